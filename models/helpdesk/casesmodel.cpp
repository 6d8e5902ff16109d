#include "models/helpdesk/casesmodel.h"

#include "app/store/localchanges.h"

namespace cv::models {

CasesModel::CasesModel(QObject *parent)
    : CachedRowsModel(parent)
{ }

void CasesModel::reload(const store::ObjectRepository &objects, const store::Outbox &outbox)
{
    setRows(rowsFrom(objects, outbox, QStringLiteral("cases"), QString()));
}

QVariant CasesModel::value(const Row &row, int column) const
{
    switch (Column(column)) {
    case Subject: return row.json.value(QStringLiteral("subject")).toString();
    case Id: return store::LocalChanges::isLocalId(row.id) ? QString() : row.id; // no id until Connect gives one
    case Priority: return row.json.value(QStringLiteral("priority")).toInt();
    case State: return row.json.value(QStringLiteral("state")).toString();
    case Updated: {
        const QJsonObject events = row.json.value(QStringLiteral("events")).toObject();
        const QString updated
            = events.value(QStringLiteral("updated")).toObject().value(QStringLiteral("at")).toString();
        return updated.isEmpty()
            ? events.value(QStringLiteral("created")).toObject().value(QStringLiteral("at")).toString()
            : updated;
    }
    case Sync: return int(row.state);
    case ColumnCount: break;
    }
    return {};
}

} // namespace cv::models
