#include "models/accounts/accountlistmodel.h"

#include "app/accounts/accountregistry.h"

namespace cv::models {

AccountListModel::AccountListModel(accounts::AccountRegistry *registry, QObject *parent)
    : QAbstractListModel(parent)
    , m_registry(registry)
{
    connect(registry, &accounts::AccountRegistry::accountsChanged, this, &AccountListModel::reload);
    connect(registry, &accounts::AccountRegistry::currentChanged, this, [this] {
        m_currentKey = m_registry->currentKey();
        if (!m_accounts.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_accounts.size()) - 1), { IsCurrentRole, Qt::CheckStateRole });
    });
    reload();
}

int AccountListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

QVariant AccountListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const accounts::Account &account = m_accounts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return account.name.isEmpty() ? account.id : account.name;
    case Qt::ToolTipRole: return account.endpoint;
    case Qt::CheckStateRole: return account.keychainKey() == m_currentKey ? Qt::Checked : Qt::Unchecked;
    case IdRole: return account.id;
    case TypeRole: return account.type;
    case EndpointRole: return account.endpoint;
    case KeychainKeyRole: return account.keychainKey();
    case IsCurrentRole: return account.keychainKey() == m_currentKey;
    case IsSandboxRole: return account.sandbox;
    default: return {};
    }
}

QHash<int, QByteArray> AccountListModel::roleNames() const
{
    auto roles = QAbstractListModel::roleNames();
    roles.insert({ { IdRole, "accountId" }, { NameRole, "name" }, { TypeRole, "type" }, { EndpointRole, "endpoint" },
        { KeychainKeyRole, "keychainKey" }, { IsCurrentRole, "isCurrent" }, { IsSandboxRole, "isSandbox" } });
    return roles;
}

void AccountListModel::reload()
{
    beginResetModel();
    m_accounts = m_registry ? m_registry->accounts() : accounts::AccountList();
    m_currentKey = m_registry ? m_registry->currentKey() : QString();
    endResetModel();
}

} // namespace cv::models
