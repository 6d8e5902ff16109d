#include "ui/shell/accountnavigator.h"

#include "models/accounts/accountlistmodel.h"
#include "ui/style/lineicon.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QActionGroup>
#include <QLabel>
#include <QMenu>
#include <QWidgetAction>

namespace cv::ui {

using models::AccountListModel;

namespace {
/// The menu's header: the account's name over one whole sentence per account type.
QString accountHeader(const QString &name, const QString &type, const QString &id)
{
    //: %1 is the account's name, %2 its ID (VA-…).
    if (type.compare(QLatin1String("vendor"), Qt::CaseInsensitive) == 0)
        return AccountNavigator::tr("%1\nVendor account %2").arg(name, id);
    //: %1 is the account's name, %2 its ID (PA-…).
    if (type.compare(QLatin1String("provider"), Qt::CaseInsensitive) == 0)
        return AccountNavigator::tr("%1\nProvider account %2").arg(name, id);
    //: %1 is the account's name, %2 its ID, %3 its type as Connect names it.
    return AccountNavigator::tr("%1\nAccount %2 (%3)").arg(name, id, type);
}
} // namespace

AccountNavigator::AccountNavigator(QAbstractItemModel *accounts, QWidget *parent)
    : QToolButton(parent)
    , m_accounts(accounts)
    , m_menu(new QMenu(this))
{
    setObjectName(QStringLiteral("accountNavigator"));
    m_menu->setObjectName(QStringLiteral("accountNavigatorMenu"));
    setIcon(QIcon(QStringLiteral(":/icons/user.svg")));
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setAutoRaise(true);
    setMenu(m_menu);
    connect(m_menu, &QMenu::aboutToShow, this, &AccountNavigator::rebuildMenu);
    connect(accounts, &QAbstractItemModel::modelReset, this, &AccountNavigator::updateButton);
    connect(accounts, &QAbstractItemModel::dataChanged, this, &AccountNavigator::updateButton);
    rebuildMenu();
    updateButton();
}

void AccountNavigator::updateButton()
{
    QString current;
    for (int row = 0; row < m_accounts->rowCount(); ++row) {
        const QModelIndex index = m_accounts->index(row, 0);
        if (index.data(AccountListModel::IsCurrentRole).toBool())
            current = index.data(Qt::DisplayRole).toString();
    }
    // A single "&" in a button's text marks a shortcut letter and is not shown: "Acme & Sons" needs "&&".
    setText(current.isEmpty() ? tr("No account") : QString(current).replace(QLatin1Char('&'), QStringLiteral("&&")));
    setAccessibleName(current.isEmpty() ? tr("No account") : current);
    setToolTip(tr("Account navigator: switch accounts or sign out"));
}

void AccountNavigator::rebuildMenu()
{
    m_menu->clear();
    QModelIndex currentIndex;
    for (int row = 0; row < m_accounts->rowCount(); ++row) {
        const QModelIndex index = m_accounts->index(row, 0);
        if (index.data(AccountListModel::IsCurrentRole).toBool())
            currentIndex = index;
    }

    const QString headerText = currentIndex.isValid() ? accountHeader(currentIndex.data(Qt::DisplayRole).toString(),
                                   currentIndex.data(AccountListModel::TypeRole).toString(),
                                   currentIndex.data(AccountListModel::IdRole).toString())
                                                      : tr("Not signed in");
    // A menu item shows "\n" as a space ("Connect Lab Vendor Vendor account VA-…"): the header is a label, the
    // name on its own line in bold.
    auto *header = new QWidgetAction(m_menu);
    auto *label = new QLabel(m_menu);
    label->setObjectName(QStringLiteral("currentAccountLabel"));
    const QStringList lines = headerText.split(QLatin1Char('\n'));
    label->setText(QStringLiteral("<b>%1</b>").arg(lines.value(0).toHtmlEscaped())
        + (lines.size() > 1 ? QStringLiteral("<br>") + lines.mid(1).join(QLatin1Char(' ')).toHtmlEscaped()
                            : QString()));
    label->setContentsMargins(12, 6, 12, 6);
    header->setDefaultWidget(label);
    header->setText(headerText);
    header->setObjectName(QStringLiteral("currentAccount"));
    header->setEnabled(false);
    m_menu->addAction(header);

    if (m_accounts->rowCount() > 0) {
        m_menu->addSection(tr("Switch account"));
        auto *group = new QActionGroup(m_menu);
        for (int row = 0; row < m_accounts->rowCount(); ++row) {
            const QModelIndex index = m_accounts->index(row, 0);
            const QString key = index.data(AccountListModel::KeychainKeyRole).toString();
            auto *action = m_menu->addAction(tr("%1 (%2)").arg(
                index.data(Qt::DisplayRole).toString().replace(QLatin1Char('&'), QStringLiteral("&&")),
                index.data(AccountListModel::IdRole).toString()));
            action->setObjectName(QStringLiteral("switchAccount:") + key);
            action->setToolTip(index.data(AccountListModel::EndpointRole).toString());
            action->setCheckable(true);
            action->setChecked(index.data(AccountListModel::IsCurrentRole).toBool());
            group->addAction(action);
            connect(action, &QAction::triggered, this, [this, key] { Q_EMIT switchRequested(key); });
        }
    }
    m_menu->addSeparator();
    auto *add = m_menu->addAction(lineIcon(QStringLiteral(":/icons/add.svg")), tr("Add account…"));
    add->setObjectName(QStringLiteral("addAccount"));
    connect(add, &QAction::triggered, this, &AccountNavigator::addAccountRequested);
    if (currentIndex.isValid()) {
        const QString key = currentIndex.data(AccountListModel::KeychainKeyRole).toString();
        auto *signOut = m_menu->addAction(lineIcon(QStringLiteral(":/icons/sign-out.svg")), tr("Sign out"));
        signOut->setObjectName(QStringLiteral("signOut"));
        connect(signOut, &QAction::triggered, this, [this, key] { Q_EMIT signOutRequested(key); });
    }
    m_menu->addSeparator();
    m_menu->addActions(m_appActions); // Settings…: the window's actions, not owned by the menu (clear() keeps them)
    auto *about = m_menu->addAction(tr("About Connect Vendor Desktop"));
    about->setObjectName(QStringLiteral("about"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &AccountNavigator::aboutRequested);
}

void AccountNavigator::setAppActions(const QList<QAction *> &actions)
{
    m_appActions = actions;
    rebuildMenu();
}

} // namespace cv::ui
