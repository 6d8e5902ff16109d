#include "ui/inventory/productpages/linklisteditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cv::ui {

namespace {
const int kExtraRole = Qt::UserRole + 1; // the link's other keys
}

LinkListEditor::LinkListEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_up(new QPushButton(tr("Up"), this))
    , m_down(new QPushButton(tr("Down"), this))
{
    m_table->setHorizontalHeaderLabels({ tr("Title"), tr("URL") });
    m_table->setTabKeyNavigation(false); // Tab goes on to the next control, the arrows move in the table
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setColumnWidth(0, 200);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setMinimumHeight(100);
    m_add->setObjectName(QStringLiteral("addLinkButton"));
    m_remove->setObjectName(QStringLiteral("removeLinkButton"));
    m_up->setToolTip(tr("Move up"));
    m_down->setToolTip(tr("Move down"));
    auto *buttons = new QVBoxLayout;
    for (QPushButton *b : { m_add, m_remove, m_up, m_down })
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] {
        const int row = addLink(tr("New link"), QStringLiteral("https://"));
        m_table->setCurrentCell(row, 0);
        m_table->editItem(m_table->item(row, 0));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() < 0)
            return;
        m_table->removeRow(m_table->currentRow());
        Q_EMIT changed();
    });
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    connect(m_table, &QTableWidget::itemChanged, this, &LinkListEditor::changed);
    connect(m_table, &QTableWidget::currentCellChanged, this, &LinkListEditor::updateButtons);
    updateButtons();
}

void LinkListEditor::updateButtons()
{
    const int row = m_table->currentRow();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_table->rowCount() - 1);
}

int LinkListEditor::addLink(const QString &title, const QString &url)
{
    const int row = m_table->rowCount();
    {
        const QSignalBlocker blocker(m_table);
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(title));
        m_table->setItem(row, 1, new QTableWidgetItem(url));
    }
    updateButtons();
    Q_EMIT changed();
    return row;
}

void LinkListEditor::move(int delta)
{
    const int row = m_table->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_table->rowCount())
        return;
    {
        const QSignalBlocker blocker(m_table);
        for (int column = 0; column < 2; ++column) {
            QTableWidgetItem *a = m_table->takeItem(row, column);
            QTableWidgetItem *b = m_table->takeItem(target, column);
            m_table->setItem(row, column, b);
            m_table->setItem(target, column, a);
        }
    }
    m_table->setCurrentCell(target, m_table->currentColumn());
    Q_EMIT changed();
}

void LinkListEditor::setListName(const QString &name)
{
    m_table->setAccessibleName(name);
}

QJsonArray LinkListEditor::links() const
{
    QJsonArray list;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QJsonObject link = m_table->item(row, 0)->data(kExtraRole).toJsonObject();
        link.insert(QStringLiteral("title"), m_table->item(row, 0)->text().trimmed());
        link.insert(QStringLiteral("url"), m_table->item(row, 1)->text().trimmed());
        list.append(link);
    }
    return list;
}

void LinkListEditor::setLinks(const QJsonArray &links)
{
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    for (const QJsonValue &value : links) {
        const QJsonObject link = value.toObject();
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *title = new QTableWidgetItem(link.value(QStringLiteral("title")).toString());
        title->setData(kExtraRole, link);
        m_table->setItem(row, 0, title);
        m_table->setItem(row, 1, new QTableWidgetItem(link.value(QStringLiteral("url")).toString()));
    }
    updateButtons();
}

} // namespace cv::ui
