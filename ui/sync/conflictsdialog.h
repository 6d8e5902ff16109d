#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace cv::models {
class ConflictModel;
}
namespace cv::sync {
class AccountSession;
}

namespace cv::ui {

/// The conflicts panel (from the status bar): every field changed both here and on the server since the
/// last sync, with the last synced value, mine and theirs. Keep mine, keep theirs or edit one at a time,
/// or apply one policy to all. Until decided, the object's local changes are not sent.
class ConflictsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictsDialog)

public:
    explicit ConflictsDialog(sync::AccountSession *session, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    void reload();

private:
    void resolveSelected(int resolution);
    void resolveAll(int resolution);
    void editSelected();
    void updateButtons();

    sync::AccountSession *m_session;
    models::ConflictModel *m_model;
    QTableView *m_table;
    QLabel *m_summary;
    QPushButton *m_keepMine;
    QPushButton *m_keepTheirs;
    QPushButton *m_edit;
    QPushButton *m_allMine;
    QPushButton *m_allTheirs;
};

} // namespace cv::ui
