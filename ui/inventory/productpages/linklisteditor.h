#pragma once

#include <QJsonArray>
#include <QWidget>

class QPushButton;
class QTableWidget;

namespace cv::ui {

/// An editable list of links (title + URL) with add, remove, move up and move down. Keys other than
/// title and url (e.g. visible_for) are kept with their row.
class LinkListEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit LinkListEditor(QWidget *parent = nullptr);

    /// What a screen reader calls the list (the form's label is the editor's, not its table's).
    void setListName(const QString &name);

    QJsonArray links() const;
    /// Replaces the rows without emitting changed().
    void setLinks(const QJsonArray &links);
    int addLink(const QString &title, const QString &url);
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void changed();

private:
    void move(int delta);
    void updateButtons();

    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
};

} // namespace cv::ui
