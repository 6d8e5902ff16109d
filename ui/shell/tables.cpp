#include "ui/shell/tables.h"

#include <QHeaderView>
#include <QStyle>
#include <QTableView>

#include <algorithm>

namespace cv::ui {

void setUpRecordTable(
    QTableView *table, QAbstractItemModel *model, const QString &objectName, QAbstractItemView::SelectionMode selection)
{
    table->setObjectName(objectName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(selection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->setAlternatingRowColors(true);
    // Whole rows are chosen with the arrows; Tab leaves the table for the next control instead of walking its
    // cells (a keyboard user was kept in the table).
    table->setTabKeyNavigation(false);
}

void keepColumnFitted(QTableView *table, int column)
{
    const auto fit = [table, column] {
        const QAbstractItemModel *model = table->model();
        if (!model)
            return;
        QHeaderView *header = table->horizontalHeader();
        int width = header->sectionSizeHint(column);
        const int padding = 2 * table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 12;
        for (int row = 0; row < model->rowCount(); ++row)
            width = std::max(
                width, table->fontMetrics().horizontalAdvance(model->index(row, column).data().toString()) + padding);
        header->setSectionResizeMode(column, QHeaderView::Fixed);
        header->resizeSection(column, width);
    };
    fit();
    const char *key = "cvFittedColumns";
    QList<QVariant> fitted = table->property(key).toList();
    if (fitted.contains(column) || !table->model())
        return;
    table->setProperty(key, fitted << column);
    const QAbstractItemModel *model = table->model();
    QObject::connect(model, &QAbstractItemModel::dataChanged, table, fit);
    QObject::connect(model, &QAbstractItemModel::headerDataChanged, table, fit);
    QObject::connect(model, &QAbstractItemModel::rowsInserted, table, fit);
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, table, fit);
    QObject::connect(model, &QAbstractItemModel::modelReset, table, fit);
    QObject::connect(model, &QAbstractItemModel::layoutChanged, table, fit);
}

} // namespace cv::ui
