#pragma once

#include "app/accounts/account.h"

#include <QAbstractListModel>
#include <QPointer>

namespace cv::accounts {
class AccountRegistry;
}

namespace cv::models {

/// The accounts of an AccountRegistry, one row each, for the account navigator and account lists.
class AccountListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountListModel)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        TypeRole,
        EndpointRole,
        KeychainKeyRole,
        IsCurrentRole,
        IsSandboxRole,
    };

    explicit AccountListModel(accounts::AccountRegistry *registry, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void reload();

    QPointer<accounts::AccountRegistry> m_registry;
    accounts::AccountList m_accounts;
    QString m_currentKey;
};

} // namespace cv::models
