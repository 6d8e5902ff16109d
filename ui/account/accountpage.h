#pragma once

#include "ui/shell/modulepage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace cv::models {
class UsersModel;
}

namespace cv::ui {

class FieldMessages;
class RowsFilterProxy;

/// The Account module (lab guide, "Account Module"; REFERENCE §3.24): the account's type, ID, brand and name
/// (renamed here, saved offline and sent on sync) and its users (invite by e-mail, remove with confirmation).
/// What waits for sync or was refused is said next to the field or on the row it is about.
class AccountPage final : public ModulePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountPage)

public:
    explicit AccountPage(QWidget *parent = nullptr);

    QLineEdit *searchField() const override { return m_search; }
    void retranslate() override;

    QLineEdit *nameField() const { return m_name; }
    QTableView *usersTable() const { return m_users; }
    models::UsersModel *usersModel() const { return m_model; }
    FieldMessages *accountMessages() const { return m_messages; }

protected:
    void onAttached(sync::AccountServices *services) override;

private:
    void reload();
    void showAccount();
    void saveName();
    void addUser();
    void removeUser();
    void updateButtons();

    QLabel *m_typeCaption;
    QLabel *m_type;
    QLabel *m_idCaption;
    QLabel *m_id;
    QLabel *m_brandCaption;
    QLabel *m_brand;
    QLabel *m_nameCaption;
    QLineEdit *m_name;
    QPushButton *m_saveName;
    QWidget *m_refusedBar; ///< "Send again" / "Discard my change" under a refused rename
    QPushButton *m_retryName;
    QPushButton *m_discardName;
    FieldMessages *m_messages;
    QLabel *m_accountTitle;
    QLabel *m_usersTitle;
    QLineEdit *m_search;
    QComboBox *m_status;
    QPushButton *m_add;
    QPushButton *m_remove;
    QTableView *m_users;
    models::UsersModel *m_model;
    RowsFilterProxy *m_proxy;
    QString m_shownName; ///< the name last shown from the cache: a sync does not overwrite what is being typed
    bool m_offline = false;
};

} // namespace cv::ui
