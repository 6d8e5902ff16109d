#pragma once

#include "app/store/conflictstore.h"

#include <QAbstractTableModel>

#include <functional>

namespace cv::store {
class CacheDatabase;
class ObjectRepository;
} // namespace cv::store

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
    /// Words a field for people ("products", "short_description" -> "Short description"); set by the view.
    /// Without one, or when it returns "", the field's API path is shown. The path stays in the tooltip.
    using FieldLabeler = std::function<QString(const QString &collection, const QString &field)>;
    void setFieldLabeler(FieldLabeler labeler) { m_fieldLabeler = std::move(labeler); }
    /// The field of `conflict` as shown in the Field column.
    QString fieldLabel(const store::Conflict &conflict) const;

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
    FieldLabeler m_fieldLabeler;
};

} // namespace cv::models
