#include "app/account/accountactions.h"

#include "app/account/accountrules.h"
#include "app/store/cachedatabase.h"
#include "app/store/localchanges.h"
#include "app/store/objectrepository.h"
#include "app/store/outbox.h"

#include <QDateTime>

namespace cv::account {

namespace {
const QString kAccounts = QStringLiteral("accounts");
const QString kUsers = QStringLiteral("users");
} // namespace

AccountActions::AccountActions(store::CacheDatabase &db, store::ObjectRepository &objects, store::Outbox &outbox)
    : m_db(db)
    , m_objects(objects)
    , m_outbox(outbox)
{ }

std::optional<QJsonObject> AccountActions::account(const QString &accountId) const
{
    const auto cached = m_objects.get(kAccounts, accountId);
    if (!cached || cached->deleted)
        return std::nullopt;
    return cached->json;
}

core::Result<bool, QStringList> AccountActions::rename(const QString &accountId, const QString &name)
{
    const auto current = account(accountId);
    if (!current)
        return QStringList {
            QStringLiteral("name: Account %1 is not in the offline data yet; sync first.").arg(accountId)
        };
    const QStringList invalid = rules::validateAccountName(name);
    if (!invalid.isEmpty())
        return invalid;
    const QString trimmed = name.trimmed();
    if (current->value(QStringLiteral("name")).toString() == trimmed)
        return true;
    QJsonObject renamed = *current;
    renamed.insert(QStringLiteral("name"), trimmed);
    store::OutboxEntry entry;
    entry.body = QJsonObject { { QStringLiteral("name"), trimmed } };
    store::LocalChanges changes(m_db, m_objects, m_outbox);
    const auto done = changes.update(kAccounts, accountId, renamed, entry);
    if (!done)
        return QStringList { QStringLiteral("name: ") + done.error() };
    return true;
}

core::Result<QString, QStringList> AccountActions::invite(const QString &accountId, const QString &email)
{
    QStringList existing;
    for (const store::CachedObject &user : m_objects.list(kUsers, accountId))
        existing << user.json.value(QStringLiteral("email")).toString();
    const QStringList invalid = rules::validateInviteEmail(email, existing);
    if (!invalid.isEmpty())
        return invalid;
    const QString trimmed = email.trimmed();
    // Shown as Connect will show it after the sync: invited, no name until the user registers.
    const QJsonObject user { { QStringLiteral("email"), trimmed }, { QStringLiteral("name"), QString() },
        { QStringLiteral("status"), QStringLiteral("invited") }, { QStringLiteral("active"), false },
        { QStringLiteral("role"), QStringLiteral("admin") },
        { QStringLiteral("events"),
            QJsonObject { { QStringLiteral("invited"),
                QJsonObject { { QStringLiteral("at"),
                    QDateTime::currentDateTimeUtc()
                        .toString(Qt::ISODate)
                        .replace(QLatin1Char('Z'), QStringLiteral("+00:00")) } } } } } };
    store::OutboxEntry entry;
    entry.body = QJsonObject { { QStringLiteral("email"), trimmed } };
    entry.naturalKey = trimmed;
    store::LocalChanges changes(m_db, m_objects, m_outbox);
    const auto created = changes.create(kUsers, accountId, user, entry);
    if (!created)
        return QStringList { QStringLiteral("email: ") + created.error() };
    return created.value().id;
}

core::Result<bool, QStringList> AccountActions::removeUser(const QString &accountId, const QString &userId)
{
    const auto user = m_objects.get(kUsers, userId);
    if (!user || user->deleted || user->parentId != accountId)
        return QStringList { QStringLiteral("User %1 is not in this account.").arg(userId) };
    if (store::LocalChanges::isLocalId(userId)) {
        store::CacheDatabase::Transaction transaction(m_db);
        QList<store::OutboxEntry> queued = m_outbox.pending();
        queued << m_outbox.failed();
        for (const store::OutboxEntry &entry : std::as_const(queued)) {
            if (entry.collection == kUsers && entry.objectId == userId && !m_outbox.discard(entry.seq))
                return QStringList { m_outbox.lastError() };
        }
        if (!m_objects.remove(kUsers, userId) || !transaction.commit())
            return QStringList { m_objects.lastError() };
        return true;
    }
    store::LocalChanges changes(m_db, m_objects, m_outbox);
    const auto done = changes.remove(kUsers, userId, {});
    if (!done)
        return QStringList { done.error() };
    return true;
}

} // namespace cv::account
