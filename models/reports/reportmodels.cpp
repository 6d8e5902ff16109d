#include "models/reports/reportmodels.h"

#include "app/core/displaytime.h"
#include "app/store/objectrepository.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>
#include <QMap>

#include <algorithm>

namespace cv::models {

void ReportPreviewModel::setRows(const QStringList &headers, const QList<QVariantList> &rows)
{
    beginResetModel();
    m_headers = headers;
    m_rows = rows;
    endResetModel();
}

int ReportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

void ReportPreviewModel::setWordedColumns(const QList<int> &columns, std::function<QString(const QString &)> wording)
{
    m_wordedColumns = columns;
    m_wording = std::move(wording);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, int(m_headers.size()) - 1));
}

QVariant ReportPreviewModel::shown(int column, const QVariant &value) const
{
    if (m_wording && value.typeId() == QMetaType::QString && m_wordedColumns.contains(column))
        return m_wording(value.toString());
    return shown(value);
}

QVariant ReportPreviewModel::shown(const QVariant &value)
{
    if (value.typeId() == QMetaType::Double)
        return QLocale().toString(value.toDouble(), 'g', 15);
    // Connect's timestamps ("2026-12-03T23:14:05+00:00") read as "2026-12-03 23:14"; the export keeps them whole.
    // Checked by position, not a regular expression: this runs for every cell painted.
    if (value.typeId() == QMetaType::QString) {
        const QString text = value.toString();
        const auto digits = [&text](std::initializer_list<int> at) {
            return std::all_of(at.begin(), at.end(), [&text](int i) { return text.at(i).isDigit(); });
        };
        if (text.size() >= 16 && text.size() <= 32 && text.at(4) == u'-' && text.at(7) == u'-' && text.at(10) == u'T'
            && text.at(13) == u':' && digits({ 0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15 }))
            return QString(text.left(10) + QLatin1Char(' ') + text.mid(11, 5));
    }
    return value;
}

QVariant ReportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QVariantList &row = m_rows.at(index.row());
    const QVariant value = index.column() < row.size() ? row.at(index.column()) : QVariant();
    switch (role) {
    case Qt::DisplayRole: return shown(index.column(), value);
    case Qt::EditRole: return value;
    case Qt::ToolTipRole:
        return value.toString().size() > 40 || shown(index.column(), value) != value ? value : QVariant();
    case Qt::TextAlignmentRole:
        return value.typeId() == QMetaType::Double ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default: return {};
    }
}

QVariant ReportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section < m_headers.size())
        return m_headers.at(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

void ReportHistoryModel::reload(const store::ObjectRepository &repository)
{
    beginResetModel();
    m_runs = reports::ReportHistory(const_cast<store::ObjectRepository &>(repository)).runs();
    endResetModel();
}

void ReportHistoryModel::clear()
{
    beginResetModel();
    m_runs.clear();
    endResetModel();
}

void ReportHistoryModel::setHeaders(const QStringList &headers)
{
    m_headers = headers;
    if (!m_headers.isEmpty())
        emit headerDataChanged(Qt::Horizontal, 0, int(m_headers.size()) - 1);
}

void ReportHistoryModel::setWording(std::function<QString(Column, const reports::ReportRun &)> wording)
{
    m_wording = std::move(wording);
    if (!m_runs.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_runs.size()) - 1, ColumnCount - 1));
}

const reports::ReportRun *ReportHistoryModel::run(int row) const
{
    return row >= 0 && row < m_runs.size() ? &m_runs.at(row) : nullptr;
}

int ReportHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int ReportHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportHistoryModel::data(const QModelIndex &index, int role) const
{
    const reports::ReportRun *entry = run(index.row());
    if (!entry)
        return {};
    if (role == RunIdRole)
        return entry->id;
    if (role == Qt::ToolTipRole && index.column() == File)
        return entry->file;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const auto worded = [&](Column column) { return m_wording ? m_wording(column, *entry) : QString(); };
    switch (Column(index.column())) {
    case Report: return m_wording ? worded(Report) : entry->reportId;
    case RanAt: return role == Qt::EditRole ? QVariant(entry->ranAt) : QVariant(core::displayTime(entry->ranAt));
    case Parameters: return worded(Parameters);
    case Rows: return role == Qt::EditRole ? QVariant(entry->rows) : QVariant(QLocale().toString(entry->rows));
    case Format: return entry->format.toUpper();
    case File: return QFileInfo(entry->file).fileName();
    case Outcome: return m_wording ? worded(Outcome) : entry->outcome;
    case ColumnCount: break;
    }
    return {};
}

QVariant ReportHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section < m_headers.size())
        return m_headers.at(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

ReportChoices ReportChoices::load(const store::ObjectRepository &repository)
{
    ReportChoices choices;
    const auto fill = [&](const QString &collection, QList<QPair<QString, QString>> &into) {
        repository.forEachValues(collection,
            store::ObjectQuery().sortBy(QStringLiteral("name"), Qt::AscendingOrder, true),
            { QStringLiteral("id"), QStringLiteral("name") }, [&](const QVariantList &values) {
                into.append({ values.at(0).toString(), values.at(1).toString() });
                return true;
            });
    };
    fill(QStringLiteral("products"), choices.products);
    fill(QStringLiteral("marketplaces"), choices.marketplaces);
    QMap<QString, QString> requesters; // id → name, sorted by id, each once
    const auto collect = [&](const QString &collection, const QString &key) {
        repository.forEach(collection, store::ObjectQuery(), [&](const QString &, const QJsonObject &json) {
            const QJsonObject account = json.value(key).toObject();
            const QString id = account.value(QStringLiteral("id")).toString();
            if (id.startsWith(QStringLiteral("PA-")))
                requesters.insert(id, account.value(QStringLiteral("name")).toString());
            return true;
        });
    };
    collect(QStringLiteral("marketplaces"), QStringLiteral("owner"));
    collect(QStringLiteral("hubs"), QStringLiteral("company"));
    collect(QStringLiteral("listings"), QStringLiteral("provider"));
    collect(QStringLiteral("contracts"), QStringLiteral("issuer"));
    for (auto it = requesters.cbegin(); it != requesters.cend(); ++it)
        choices.requesters.append({ it.key(), it.value() });
    std::sort(choices.requesters.begin(), choices.requesters.end(),
        [](const auto &a, const auto &b) { return a.second.localeAwareCompare(b.second) < 0; });
    return choices;
}

} // namespace cv::models
