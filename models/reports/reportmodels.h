#pragma once

#include "app/reports/reporthistory.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QVariantList>

#include <functional>

namespace cv::store {
class ObjectRepository;
}

namespace cv::models {

/// The preview of a report: its headers and the first rows of the last run (ReportOutcome::preview).
/// Numbers stay numbers (Qt::EditRole) so that the view sorts them as numbers.
class ReportPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    void setRows(const QStringList &headers, const QList<QVariantList> &rows);
    void clear() { setRows({}, {}); }
    /// Columns holding Connect's enumerated values ("tiers_setup") show `wording`'s words ("Tiers setup"), as the
    /// page's filters do; the export and the edit role keep the API value. The page gives the words, as models
    /// hold no user-visible text.
    void setWordedColumns(const QList<int> &columns, std::function<QString(const QString &)> wording);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    /// What a cell shows: numbers in the locale, timestamps to the minute.
    QVariant shown(int column, const QVariant &value) const;
    static QVariant shown(const QVariant &value);
    QStringList m_headers;
    QList<QVariantList> m_rows;
    QList<int> m_wordedColumns;
    std::function<QString(const QString &)> m_wording;
};

/// The saved-report history (ReportHistory), newest first. The page gives the words (report names,
/// parameter summaries, outcomes) through setWording(), as models hold no user-visible text.
class ReportHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Report, RanAt, Parameters, Rows, Format, File, Outcome, ColumnCount };
    static constexpr int RunIdRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void reload(const store::ObjectRepository &repository);
    void clear();
    void setHeaders(const QStringList &headers);
    /// (column, run) -> the text shown for Report, Parameters and Outcome.
    void setWording(std::function<QString(Column, const reports::ReportRun &)> wording);
    const reports::ReportRun *run(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<reports::ReportRun> m_runs;
    QStringList m_headers;
    std::function<QString(Column, const reports::ReportRun &)> m_wording;
};

/// The choices of the parameter form, from the cache: (id, name) of products, of marketplaces and of the
/// providers that can send requests (requesters: the owners of the marketplaces and hubs, the providers of the
/// listings and the issuers of the contracts; small collections, read whole).
struct ReportChoices
{
    QList<QPair<QString, QString>> products, marketplaces, requesters;
    static ReportChoices load(const store::ObjectRepository &repository);
};

} // namespace cv::models
