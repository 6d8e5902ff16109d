#pragma once

#include <QDialog>
#include <QList>
#include <QPair>

class QTableWidget;

namespace cv::ui {

/// The outcome of a bulk action, one row per request: done (waiting for sync) or why it was refused.
class BulkResultDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkResultDialog)

public:
    struct Result
    {
        QString requestId;
        bool ok = false;
        QString message;
    };
    BulkResultDialog(const QString &title, const QList<Result> &results, QWidget *parent = nullptr);
    int rowCount() const;

private:
    QTableWidget *m_table;
};

} // namespace cv::ui
