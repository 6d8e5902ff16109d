#include "ui/inventory/productpages/wordingproxymodel.h"

#include "models/inventory/productcollectionmodel.h"

namespace cv::ui {

WordingProxyModel::WordingProxyModel(QObject *parent)
    : QIdentityProxyModel(parent)
{ }

void WordingProxyModel::setWording(int column, Wording wording)
{
    m_wordings.insert(column, std::move(wording));
}

QVariant WordingProxyModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DisplayRole) {
        const auto it = m_wordings.constFind(index.column());
        if (it != m_wordings.constEnd())
            return (*it)(QIdentityProxyModel::data(index, models::ProductCollectionModel::RawValueRole),
                QIdentityProxyModel::data(index, Qt::DisplayRole).toString());
    }
    if (role == Qt::ToolTipRole && index.column() == 0
        && QIdentityProxyModel::data(index, models::ProductCollectionModel::DirtyRole).toBool())
        return tr("Changed here; sent to Connect by the next sync");
    return QIdentityProxyModel::data(index, role);
}

} // namespace cv::ui
