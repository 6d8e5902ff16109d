#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSortFilterProxyModel>
#include <QVariant>

namespace cv::store {
class ObjectRepository;
class Outbox;
struct CachedObject;
} // namespace cv::store

namespace cv::models {

/// The shared part of the API module's tables (tokens, webhooks): every cached object of one collection
/// as a row of display and raw values, plus its sync state (waiting for sync, or refused by Connect with the
/// reason). reload() updates rows in place: a row whose object did not change is left alone, a changed one
/// emits dataChanged, so the selection and the scroll position survive a background sync. The words for
/// column titles and raw values come from the view (tr() lives in ui/).
class IntegrationTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntegrationTableModel)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        RawValueRole, ///< the column's raw value (sorting, filtering)
        SyncStateRole, ///< SyncState
        RefusalRole, ///< the server's refusal of the last push of this object ("" if none)
        JsonRole, ///< the cached JSON (QJsonObject)
    };
    enum class SyncState { Synced, Waiting, Refused };
    Q_ENUM(SyncState)

    void setStore(store::ObjectRepository *objects, store::Outbox *outbox);
    void reload();

    void setHeaderLabels(const QStringList &labels);
    /// Display words for the raw values of `column` (e.g. "active" -> "Active").
    void setValueLabels(int column, const QHash<QString, QString> &labels);

    QString idAt(int row) const;
    int rowOf(const QString &id) const;
    QJsonObject jsonAt(int row) const;
    SyncState syncStateAt(int row) const;
    QString refusalAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    IntegrationTableModel(QString collection, int columnCount, int syncColumn, QObject *parent);
    /// The raw value of every column (the sync column is filled by the base).
    virtual QVariantList extract(const QJsonObject &json) const = 0;

private:
    struct Row
    {
        QString id;
        QJsonObject json;
        QVariantList raw;
        SyncState state = SyncState::Synced;
        QString refusal;
    };
    QList<Row> readRows() const;
    QString display(int column, const QVariant &raw) const;

    QString m_collection;
    int m_columnCount;
    int m_syncColumn;
    store::ObjectRepository *m_objects = nullptr;
    store::Outbox *m_outbox = nullptr;
    QStringList m_headers;
    QHash<int, QHash<QString, QString>> m_labels;
    QList<Row> m_rows;
};

/// API tokens (REFERENCE §3.22).
class TokensModel final : public IntegrationTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokensModel)

public:
    enum Column { Name, Id, Status, Sync, Created, Expires, Permissions, Extension, Description, ColumnCount };
    explicit TokensModel(QObject *parent = nullptr);

protected:
    QVariantList extract(const QJsonObject &json) const override;
};

/// Webhooks (REFERENCE §3.23).
class WebhooksModel final : public IntegrationTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhooksModel)

public:
    enum Column { Label, Status, Sync, ObjectClass, Trigger, Product, LastCall, Id, ColumnCount };
    explicit WebhooksModel(QObject *parent = nullptr);

protected:
    QVariantList extract(const QJsonObject &json) const override;
};

/// Search (every column's words, case-insensitive) and one column's raw value filter over a table model;
/// sorts by raw value.
class IntegrationFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntegrationFilterModel)

public:
    explicit IntegrationFilterModel(QObject *parent = nullptr);
    void setSearchText(const QString &text);
    /// Rows whose raw value in `column` equals `value` ("" = any).
    void setValueFilter(int column, const QString &value);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_search;
    int m_valueColumn = -1;
    QString m_value;
};

} // namespace cv::models
