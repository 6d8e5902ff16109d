#pragma once

#include <QAbstractItemView>

class QAbstractItemModel;
class QTableView;

namespace cv::ui {

/// The house look and behaviour of a list of records (products, items, requests...): whole rows
/// selected, no in-place editing (edits open a dialog or page), no row numbers, alternating rows, Tab leaves it.
void setUpRecordTable(QTableView *table, QAbstractItemModel *model, const QString &objectName,
    QAbstractItemView::SelectionMode selection = QAbstractItemView::SingleSelection);

} // namespace cv::ui
