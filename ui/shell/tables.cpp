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
}

} // namespace cv::ui
