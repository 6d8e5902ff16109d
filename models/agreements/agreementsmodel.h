#pragma once

#include "app/agreements/agreementrules.h"
#include "models/common/cachedtablemodel.h"

#include <functional>

namespace cv::store {
class ObjectRepository;
}

namespace cv::models {

/// The account's agreements from the cache, each with where the vendor stands (its contract): type, name,
/// provider, status, active version, signed on. Type and text filters run in SQLite over the agreements'
/// indexed columns (type, name); the standing filter over the joined rows.
class AgreementsModel final : public CachedTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgreementsModel)

public:
    enum Column { TypeColumn, NameColumn, ProviderColumn, StatusColumn, VersionColumn, SignedColumn, ColumnCount };

    explicit AgreementsModel(QObject *parent = nullptr);

    void setRepository(store::ObjectRepository *objects);
    /// Re-reads the cache; rows that stay are updated in place.
    void reload();

    /// "" = every type; else "program", "distribution", "service", ...
    void setTypeFilter(const QString &type);
    /// -1 = any; else an agreements::Standing.
    void setStandingFilter(int standing);
    /// Name or id containing `text`.
    void setFilterText(const QString &text);

    /// The words for types, standings and dates, given by the view (tr() lives in ui/).
    struct Wording
    {
        std::function<QString(const QString &type)> type;
        std::function<QString(const agreements::AgreementView &)> status;
        std::function<QString(const QDateTime &)> date;
    };
    void setWording(Wording wording);

    /// The view of the agreement `id` as last read, or an empty one.
    agreements::AgreementView viewOf(const QString &id) const;

private:
    store::ObjectRepository *m_objects = nullptr;
    QString m_type, m_text;
    int m_standing = -1;
    Wording m_wording;
    QList<agreements::AgreementView> m_views;
};

} // namespace cv::models
