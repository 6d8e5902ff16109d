#pragma once

#include "app/spreadsheet/xlsxreader.h"
#include "app/usage/usagerules.h"

#include <QDialog>

class QLabel;
class QTableView;
class QTableWidget;

namespace cv::ui {

/// What is wrong with a filled usage file, before anything is sent: every problem by sheet, row and column, and
/// the sheet itself beside it; clicking a problem selects its cell in the sheet (scrolled into view).
class UploadCheckDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UploadCheckDialog)

public:
    UploadCheckDialog(
        const usage::UploadCheck &check, const QByteArray &xlsx, const QString &fileName, QWidget *parent = nullptr);

    QTableWidget *problemsTable() const { return m_problems; }
    QTableView *sheetView() const { return m_sheet; }
    /// Selects the problem's cell in the sheet view.
    void showProblem(int index);

private:
    QLabel *m_summary;
    QTableWidget *m_problems;
    QTableView *m_sheet;
    QList<usage::UsageRowError> m_errors;
};

} // namespace cv::ui
