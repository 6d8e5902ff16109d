#pragma once

#include <QAbstractItemView>

class QAbstractItemModel;
class QTableView;

namespace cv::ui {

/// The house look and behaviour of a list of records (products, items, requests...): whole rows
/// selected, no in-place editing (edits open a dialog or page), no row numbers, alternating rows, Tab leaves it.
void setUpRecordTable(QTableView *table, QAbstractItemModel *model, const QString &objectName,
    QAbstractItemView::SelectionMode selection = QAbstractItemView::SingleSelection);

/// Keeps `column` of `table` as wide as its header and the longest text it shows now, measured again whenever the
/// model changes: a sync-state column that is empty most of the time takes little room (on the Tokens tab it pushed
/// Extension past the edge at 1024 px), and a row that starts waiting later is not cut to "Waitin…"
/// (ResizeToContents does not measure again on dataChanged). Call it once the model is set; calling again only
/// measures again.
void keepColumnFitted(QTableView *table, int column);

} // namespace cv::ui
