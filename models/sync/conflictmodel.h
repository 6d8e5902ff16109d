#pragma once

#include "app/store/conflictstore.h"

#include <QAbstractTableModel>

namespace cv::store {
class CacheDatabase;
class ObjectRepository;
}

namespace cv::models {

/// The open conflicts of an account's cache: one row per field changed on both sides.
class ConflictModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictModel)

public:
    enum Column { ObjectColumn, FieldColumn, BaseColumn, MineColumn, TheirsColumn, ColumnCount };
    enum Role { ConflictIdRole = Qt::UserRole + 1, RawValueRole };

    explicit ConflictModel(QObject *parent = nullptr);

    /// Reads the conflicts of `db` (null: none). Call again after a sync or a resolution.
    void reload(store::CacheDatabase *db);
    store::Conflict conflictAt(int row) const { return m_conflicts.value(row); }
    /// Column titles, worded by the view (tr() lives in ui/).
    void setHeaderLabels(const QStringList &labels) { m_headers = labels; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// A JSON value as one line of text (strings unquoted, objects compact, missing as "—").
    static QString displayValue(const QJsonValue &value);

private:
    QList<store::Conflict> m_conflicts;
    QHash<QString, QString> m_names; ///< collection/id -> the object's name, for display
    QStringList m_headers;
};

} // namespace cv::models
