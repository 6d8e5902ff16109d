#include "ui/inventory/productpages/choiceseditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cv::ui {

ChoicesEditor::ChoicesEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_add(new QPushButton(tr("Add choice"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    m_table->setObjectName(QStringLiteral("choicesTable"));
    m_table->setHorizontalHeaderLabels({ tr("Label (shown)"), tr("Value (sent)") });
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setMinimumHeight(110);
    m_add->setObjectName(QStringLiteral("addChoiceButton"));
    m_remove->setEnabled(false);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] {
        const int row = addChoice(tr("Option %1").arg(m_table->rowCount() + 1), QString());
        m_table->setCurrentCell(row, 1);
        m_table->editItem(m_table->item(row, 1));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0) {
            m_table->removeRow(m_table->currentRow());
            Q_EMIT changed();
        }
    });
    connect(m_table, &QTableWidget::itemChanged, this, &ChoicesEditor::changed);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { m_remove->setEnabled(row >= 0); });
}

int ChoicesEditor::addChoice(const QString &label, const QString &value)
{
    const int row = m_table->rowCount();
    {
        const QSignalBlocker blocker(m_table);
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(label));
        m_table->setItem(row, 1, new QTableWidgetItem(value));
    }
    Q_EMIT changed();
    return row;
}

QJsonArray ChoicesEditor::choices() const
{
    QJsonArray list;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString label = m_table->item(row, 0) ? m_table->item(row, 0)->text() : QString();
        const QString value = m_table->item(row, 1) ? m_table->item(row, 1)->text() : QString();
        list.append(QJsonObject { { QStringLiteral("label"), label }, { QStringLiteral("value"), value } });
    }
    return list;
}

void ChoicesEditor::setChoices(const QJsonArray &choices)
{
    {
        const QSignalBlocker blocker(m_table);
        m_table->setRowCount(0);
    }
    for (const QJsonValue &choice : choices) {
        const QJsonObject o = choice.toObject();
        addChoice(o.value(QStringLiteral("label")).toString(), o.value(QStringLiteral("value")).toString());
    }
}

} // namespace cv::ui
