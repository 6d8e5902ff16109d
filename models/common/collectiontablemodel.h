#pragma once

#include "models/common/cachedtablemodel.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>

#include <functional>

namespace cv::store {
class ObjectRepository;
struct CachedObject;
} // namespace cv::store

namespace cv::models {

/// A CachedTableModel over one cached collection, with the plumbing the list pages of Listings and Usage share:
/// the repository, exact filters on the collection's indexed columns (run in SQLite), a text filter matched over
/// the words of each row, and the words for raw codes and dates given by the view (tr() lives in ui/).
/// A subclass only says how one cached object becomes a row (fillRow).
class CollectionTableModel : public CachedTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollectionTableModel)

public:
    using CodeWords = std::function<QString(const QString &)>;
    using DateWords = std::function<QString(const QDateTime &)>;

    void setRepository(store::ObjectRepository *objects);
    /// Rows whose words (fillRow's choice) contain `text`, ignoring case; an empty text keeps every row.
    void setFilterText(const QString &text);
    /// Words for the raw codes (status, type, ...) and for dates.
    void setWording(CodeWords word, DateWords date);
    /// Re-reads the cache; rows that stay are updated in place.
    void reload();

protected:
    CollectionTableModel(QString collection, int columnCount, QObject *parent);

    /// An exact filter on one of the collection's indexed columns; an empty value removes it. Reloads on a change.
    void setColumnFilter(const QString &column, const QString &value);
    QString columnFilter(const QString &column) const { return m_filters.value(column); }
    /// False while the model lacks what it needs to list anything (the records table before a file is chosen).
    virtual bool ready() const { return true; }
    /// Fills `row` (its id, dirty flag, cells and sort values are the subclass's); false leaves the object out.
    virtual bool fillRow(const store::CachedObject &object, Row &row) const = 0;

    bool matchesFilterText(const QStringList &values) const;
    QString word(const QString &raw) const { return m_word(raw); }
    /// The date in the view's words, or empty when it is not a valid time.
    QString dateText(const QDateTime &time) const { return time.isValid() ? m_date(time) : QString(); }

private:
    QString m_collection;
    store::ObjectRepository *m_objects = nullptr;
    QMap<QString, QString> m_filters;
    QString m_text;
    CodeWords m_word;
    DateWords m_date;
};

/// Small readers of Connect objects the list models share.
namespace fields {
/// `object[key].name`, e.g. the product's name of a listing.
QString nameAt(const QJsonObject &object, const char *key);
/// An ISO 8601 time of the API as UTC; invalid when empty or malformed.
QDateTime timeOf(const QString &iso);
} // namespace fields

} // namespace cv::models
