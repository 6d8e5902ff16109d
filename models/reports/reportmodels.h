#pragma once

#include "app/reports/reporthistory.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QVariantList>

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

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    /// What a cell shows: numbers in the locale, timestamps to the minute.
    static QVariant shown(const QVariant &value);
    QStringList m_headers;
    QList<QVariantList> m_rows;
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

/// The choices of the parameter form, from the cache: (id, name) of products and of marketplaces.
struct ReportChoices
{
    QList<QPair<QString, QString>> products, marketplaces;
    static ReportChoices load(const store::ObjectRepository &repository);
};

} // namespace cv::models
