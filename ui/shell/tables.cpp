#include "ui/shell/tables.h"

#include <QHeaderView>
#include <QTableView>

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

} // namespace cv::ui
