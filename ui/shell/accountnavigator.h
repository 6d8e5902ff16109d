#pragma once

#include <QToolButton>

class QAbstractItemModel;
class QMenu;

namespace cv::ui {

/// The top-right user pictogram: the current account, a list to switch between accounts, "Add account"
/// and "Sign out", and the app's own entries (About). Its menu is rebuilt from an account list model each time it
/// opens.
class AccountNavigator final : public QToolButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountNavigator)

public:
    explicit AccountNavigator(QAbstractItemModel *accounts, QWidget *parent = nullptr);

    QMenu *accountMenu() const { return m_menu; }

Q_SIGNALS:
    void switchRequested(const QString &keychainKey);
    void addAccountRequested();
    void signOutRequested(const QString &keychainKey);
    void aboutRequested();

private:
    void rebuildMenu();
    void updateButton();

    QAbstractItemModel *m_accounts;
    QMenu *m_menu;
};

} // namespace cv::ui
