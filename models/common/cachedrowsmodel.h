#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <functional>

namespace cv::store {
class ObjectRepository;
class Outbox;
} // namespace cv::store

namespace cv::models {

/// A table over a small cached collection (an account's users, the support cases): every row is one cached
/// object with its sync state. reload() re-reads the cache and changes the rows in place - dataChanged for a
/// changed row, rows inserted and removed one by one - so a sync never resets the view, its selection or its
/// scroll. Sorting, filtering and search are a QSortFilterProxyModel's job over SortRole and the text columns.
///
/// No user-visible text is made here (tr() is for ui/): headers, value labels and the wording of the sync
/// state come from the page (setHeaders, setLabels, setSyncWording).
class CachedRowsModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CachedRowsModel)

public:
    enum class SyncState {
        Synced, ///< the server has it as shown
        Waiting, ///< edited here; sent on the next sync
        Refused, ///< the server refused the change (reason in ProblemRole)
    };
    enum Role {
        SortRole = Qt::UserRole, ///< the raw value to sort on
        IdRole,
        SyncStateRole, ///< int(SyncState)
        ProblemRole, ///< the refusal as the outbox keeps it (ApiError::summary()), "" if none
        JsonRole, ///< the whole cached object (QJsonObject)
    };

    struct Row
    {
        QString id;
        QJsonObject json;
        SyncState state = SyncState::Synced;
        QString problem;
        bool operator==(const Row &) const = default;
    };

    /// The text of the sync column; `full` for the tooltip, else the short text of the cell.
    using SyncWording = std::function<QString(SyncState state, const QString &problem, bool full)>;

    explicit CachedRowsModel(QObject *parent = nullptr);

    void setHeaders(const QStringList &headers);
    /// Raw value -> text for one column (e.g. "invited" -> "Invited").
    void setLabels(int column, const QHash<QString, QString> &labels);
    void setSyncWording(SyncWording wording);

    /// Re-reads the rows (see rowsFrom) and updates the table in place.
    void setRows(const QList<Row> &rows);
    const Row *rowAt(int row) const;
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The rows of `collection` under `parentId` (tombstones left out), each with its sync state: Waiting while
    /// the row has unsent edits, Refused with the reason when the outbox holds a failed change of it.
    /// The column that shows the sync state (-1 if none).
    virtual int syncColumn() const { return -1; }

    static QList<Row> rowsFrom(const store::ObjectRepository &objects, const store::Outbox &outbox,
        const QString &collection, const QString &parentId);

protected:
    /// The raw value of `column` for `row` (a string, number or date text): shown through the column's labels and
    /// used to sort.
    virtual QVariant value(const Row &row, int column) const = 0;
    virtual int columns() const = 0;
    /// The shown text of a date column's raw ISO-8601 value: local time, minutes.
    static QString dateText(const QVariant &iso);
    /// Whether `column` holds ISO-8601 dates (shown through dateText).
    virtual bool isDateColumn(int column) const
    {
        Q_UNUSED(column);
        return false;
    }

private:
    QList<Row> m_rows;
    QStringList m_headers;
    QHash<int, QHash<QString, QString>> m_labels;
    SyncWording m_syncWording;
};

} // namespace cv::models
