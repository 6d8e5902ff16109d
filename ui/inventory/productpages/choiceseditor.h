#pragma once

#include <QJsonArray>
#include <QWidget>

class QPushButton;
class QTableWidget;

namespace cv::ui {

/// The choices of a drop-down, choice or checkbox parameter: label/value rows with add and remove.
class ChoicesEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit ChoicesEditor(QWidget *parent = nullptr);

    QJsonArray choices() const;
    void setChoices(const QJsonArray &choices);
    /// Appends a row (as the Add button does) and returns its index.
    int addChoice(const QString &label, const QString &value);
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void changed();

private:
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace cv::ui
