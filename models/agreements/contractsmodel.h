#pragma once

#include "models/common/cachedtablemodel.h"

#include <QDateTime>
#include <functional>

namespace cv::store {
class ObjectRepository;
}

namespace cv::models {

/// The account's contracts (program, distribution, service, syndication) from the cache: id, name, type,
/// status, agreement, marketplace, version, signed on. Type, status and text filters run in SQLite.
class ContractsModel final : public CachedTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContractsModel)

public:
    enum Column {
        IdColumn,
        NameColumn,
        TypeColumn,
        StatusColumn,
        AgreementColumn,
        MarketplaceColumn,
        VersionColumn,
        SignedColumn,
        ColumnCount
    };

    explicit ContractsModel(QObject *parent = nullptr);

    void setRepository(store::ObjectRepository *objects);
    void reload();
    void setTypeFilter(const QString &type);
    void setStatusFilter(const QString &status);
    void setFilterText(const QString &text);

    struct Wording
    {
        std::function<QString(const QString &type)> type;
        std::function<QString(const QString &status)> status;
        std::function<QString(const QDateTime &)> date;
    };
    void setWording(Wording wording);

private:
    store::ObjectRepository *m_objects = nullptr;
    QString m_type, m_status, m_text;
    Wording m_wording;
};

} // namespace cv::models
