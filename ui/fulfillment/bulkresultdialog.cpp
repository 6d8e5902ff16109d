#include "ui/fulfillment/bulkresultdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cv::ui {

BulkResultDialog::BulkResultDialog(const QString &title, const QList<Result> &results, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(int(results.size()), 2, this))
{
    setObjectName(QStringLiteral("bulkResultDialog"));
    setWindowTitle(title);
    m_table->setObjectName(QStringLiteral("bulkResults"));
    m_table->setTabKeyNavigation(false); // Tab goes on to the next control, the arrows move in the table
    m_table->setHorizontalHeaderLabels({ tr("Request"), tr("Result") });
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    int done = 0;
    for (int row = 0; row < results.size(); ++row) {
        const Result &result = results.at(row);
        done += result.ok ? 1 : 0;
        m_table->setItem(row, 0, new QTableWidgetItem(result.requestId));
        auto *item = new QTableWidgetItem(
            style()->standardIcon(result.ok ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxCritical),
            result.message);
        item->setToolTip(result.message);
        m_table->setItem(row, 1, item);
    }
    auto *summary = new QLabel(
        //: %1 is how many of the %n selected requests were done.
        tr("%1 of %Ln done; the changes reach Connect at the next sync.", nullptr, int(results.size())).arg(done),
        this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    resize(560, 320);
}

int BulkResultDialog::rowCount() const
{
    return m_table->rowCount();
}

} // namespace cv::ui
