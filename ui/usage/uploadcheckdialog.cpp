#include "ui/usage/uploadcheckdialog.h"

#include "app/spreadsheet/xlsxwriter.h"
#include "ui/usage/usagelabels.h"

#include <QAbstractTableModel>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cv::ui {

namespace {

/// One sheet of a workbook as Excel shows it: columns A, B, C..., rows numbered from 1. Cells are read on demand
/// from the parsed sheet, so a sheet of many thousand rows costs no widgets.
class SheetModel final : public QAbstractTableModel
{
public:
    SheetModel(spreadsheet::XlsxSheet sheet, QObject *parent)
        : QAbstractTableModel(parent)
        , m_sheet(std::move(sheet))
        , m_rows(m_sheet.rows.isEmpty() ? 0 : m_sheet.rows.lastKey())
        , m_columns(m_sheet.columnCount())
    { }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : m_rows; }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : m_columns; }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return {};
        return m_sheet.text(index.row() + 1, index.column());
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (role != Qt::DisplayRole)
            return {};
        return orientation == Qt::Horizontal ? spreadsheet::columnName(section) : QString::number(section + 1);
    }

private:
    spreadsheet::XlsxSheet m_sheet;
    int m_rows;
    int m_columns;
};

} // namespace

UploadCheckDialog::UploadCheckDialog(
    const usage::UploadCheck &check, const QByteArray &xlsx, const QString &fileName, QWidget *parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
    , m_problems(new QTableWidget(this))
    , m_sheet(new QTableView(this))
    , m_errors(check.errors)
{
    setObjectName(QStringLiteral("usage-upload-check"));
    setWindowTitle(tr("Usage file not uploaded"));
    m_summary->setObjectName(QStringLiteral("usage-check-summary"));
    m_summary->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("usage-check-problems"));
    m_problems->setTabKeyNavigation(false); // Tab goes on to the next control, the arrows move in the table
    m_sheet->setObjectName(QStringLiteral("usage-check-sheet"));

    const QString sheetName = check.sheet.sheetName;
    if (!check.fatal.isEmpty())
        m_summary->setText(tr("%1 cannot be uploaded: %2. Nothing was sent.").arg(fileName, check.fatal));
    else
        m_summary->setText((check.errors.size() == 1
                ? tr("1 problem in %1; nothing was sent. Correct it in the spreadsheet and upload it again. Click "
                     "the problem to see its cell.")
                : tr("%n problems in %1; nothing was sent. Correct them in the spreadsheet and upload it again. "
                     "Click a problem to see its cell.",
                    nullptr, int(check.errors.size())))
                               .arg(fileName));

    m_problems->setColumnCount(4);
    m_problems->setHorizontalHeaderLabels({ tr("Sheet"), tr("Row"), tr("Column"), tr("Problem") });
    m_problems->setRowCount(int(check.errors.size()));
    for (int i = 0; i < check.errors.size(); ++i) {
        const usage::UsageRowError &error = check.errors.at(i);
        const QString column = error.columnIndex < 0
            ? error.column
            : QStringLiteral("%1 (%2)").arg(spreadsheet::columnName(error.columnIndex), error.column);
        const QStringList cells { sheetName, QString::number(error.rowNumber), column, error.message };
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            item->setToolTip(UsageLabels::rowError(sheetName, error));
            m_problems->setItem(i, c, item);
        }
    }
    m_problems->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problems->setSelectionMode(QAbstractItemView::SingleSelection);
    m_problems->verticalHeader()->hide();
    m_problems->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_problems->horizontalHeader()->setStretchLastSection(true);

    if (check.fatal.isEmpty() && !sheetName.isEmpty()) {
        const auto workbook = spreadsheet::readWorkbook(xlsx, { sheetName });
        if (workbook && workbook.value().sheet(sheetName))
            m_sheet->setModel(new SheetModel(*workbook.value().sheet(sheetName), m_sheet));
    }
    m_sheet->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sheet->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sheet->setVisible(m_sheet->model() != nullptr);
    m_problems->setVisible(!check.errors.isEmpty());

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_problems);
    split->addWidget(m_sheet);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    resize(900, 600);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_problems, &QTableWidget::currentCellChanged, this, [this](int row) { showProblem(row); });
    connect(m_problems, &QTableWidget::cellClicked, this, [this](int row) { showProblem(row); });
    if (!m_errors.isEmpty())
        m_problems->selectRow(0);
}

void UploadCheckDialog::showProblem(int index)
{
    if (index < 0 || index >= m_errors.size() || !m_sheet->model())
        return;
    const usage::UsageRowError &error = m_errors.at(index);
    const QModelIndex cell = m_sheet->model()->index(error.rowNumber - 1, std::max(0, error.columnIndex));
    m_sheet->setCurrentIndex(cell);
    m_sheet->scrollTo(cell, QAbstractItemView::PositionAtCenter);
}

} // namespace cv::ui
