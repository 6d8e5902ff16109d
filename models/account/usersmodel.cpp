#include "models/account/usersmodel.h"

#include "app/account/accountrules.h"

namespace cv::models {

UsersModel::UsersModel(QObject *parent)
    : CachedRowsModel(parent)
{ }

void UsersModel::reload(const store::ObjectRepository &objects, const store::Outbox &outbox, const QString &accountId)
{
    setRows(rowsFrom(objects, outbox, QStringLiteral("users"), accountId));
}

QVariant UsersModel::value(const Row &row, int column) const
{
    switch (Column(column)) {
    case Name: return row.json.value(QStringLiteral("name")).toString();
    case Email: return row.json.value(QStringLiteral("email")).toString();
    case Role: return account::rules::roleOf(row.json);
    case Status: return row.json.value(QStringLiteral("status")).toString();
    case LastActivity: return account::rules::lastActivityOf(row.json);
    case Sync: return int(row.state);
    case ColumnCount: break;
    }
    return {};
}

} // namespace cv::models
