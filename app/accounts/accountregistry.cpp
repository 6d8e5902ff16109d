#include "app/accounts/accountregistry.h"

#include "app/core/datapaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>

Q_LOGGING_CATEGORY(lcAccounts, "cv.accounts")

namespace cv::accounts {

namespace {
/// Every field of a stored account has the type Account::toJson() writes (a number where a name belongs is a
/// damaged entry, not an empty name).
bool hasExpectedTypes(const QJsonObject &json)
{
    for (const char *field : { "id", "name", "type", "endpoint", "label" }) {
        const QJsonValue value = json.value(QLatin1String(field));
        if (!value.isUndefined() && !value.isString())
            return false;
    }
    const QJsonValue sandbox = json.value(QStringLiteral("sandbox"));
    return sandbox.isUndefined() || sandbox.isBool();
}
} // namespace

AccountRegistry::AccountRegistry(const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_filePath(filePath.isEmpty() ? core::DataPaths::configDir() + QStringLiteral("/accounts.json") : filePath)
{
    load();
}

Account AccountRegistry::current() const
{
    return find(m_currentKey);
}

Account AccountRegistry::find(const QString &keychainKey) const
{
    for (const Account &account : m_accounts) {
        if (account.keychainKey() == keychainKey)
            return account;
    }
    return {};
}

bool AccountRegistry::addOrUpdate(const Account &account)
{
    if (!account.isValid())
        return false;
    const QString key = account.keychainKey();
    bool replaced = false;
    for (Account &existing : m_accounts) {
        if (existing.keychainKey() == key) {
            existing = account;
            replaced = true;
        }
    }
    if (!replaced)
        m_accounts.append(account);
    m_currentKey = key;
    if (!save())
        return false;
    Q_EMIT accountsChanged();
    Q_EMIT currentChanged(account);
    return true;
}

bool AccountRegistry::setCurrent(const QString &keychainKey)
{
    const Account account = find(keychainKey);
    if (!account.isValid())
        return false;
    if (m_currentKey == keychainKey)
        return true;
    m_currentKey = keychainKey;
    if (!save())
        return false;
    Q_EMIT currentChanged(account);
    return true;
}

bool AccountRegistry::setName(const QString &keychainKey, const QString &name)
{
    for (Account &account : m_accounts) {
        if (account.keychainKey() != keychainKey)
            continue;
        if (account.name == name)
            return true;
        account.name = name;
        if (!save())
            return false;
        Q_EMIT accountsChanged();
        return true;
    }
    return false;
}

bool AccountRegistry::remove(const QString &keychainKey)
{
    const auto removed = m_accounts.removeIf([&](const Account &a) { return a.keychainKey() == keychainKey; });
    if (removed == 0)
        return false;
    const bool currentChangedToo = m_currentKey == keychainKey;
    if (currentChangedToo)
        m_currentKey = m_accounts.isEmpty() ? QString() : m_accounts.first().keychainKey();
    save();
    Q_EMIT accountsChanged();
    if (currentChangedToo)
        Q_EMIT currentChanged(current());
    return true;
}

namespace {

/// What a file holds that is not a JSON object, for a message ("an array", "an empty file", ...), or empty when
/// it starts like an object or array (then the parser's error and offset say what is wrong).
QString notAnObject(const QByteArray &data, const QJsonDocument &doc)
{
    const QByteArray text = data.trimmed();
    if (text.isEmpty())
        return QStringLiteral("an empty file");
    if (doc.isArray())
        return QStringLiteral("an array");
    switch (text.at(0)) {
    case '{':
    case '[': return {};
    case '"': return QStringLiteral("a string");
    case 't':
    case 'f':
    case 'n': return QStringLiteral("true, false or null");
    default: return QStringLiteral("a number or other text");
    }
}

} // namespace

void AccountRegistry::load()
{
    QFile file(m_filePath);
    if (!file.exists())
        return;
    if (!file.open(QIODevice::ReadOnly)) {
        m_loadError = QStringLiteral("%1: %2").arg(m_filePath, file.errorString());
        return;
    }
    QJsonParseError parseError;
    const QByteArray data = file.readAll();
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    file.close();
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        // Valid JSON of another shape has no parse error to quote ("no error occurred at offset 0"): say what
        // the file holds instead.
        const QString found = notAnObject(data, doc);
        m_loadError = found.isEmpty()
            ? QStringLiteral("%1: not a valid accounts file (%2 at offset %3)")
                  .arg(m_filePath, parseError.errorString())
                  .arg(parseError.offset)
            : QStringLiteral("%1: not a valid accounts file (expected an object with \"accounts\", found %2)")
                  .arg(m_filePath, found);
        QFile::remove(m_filePath + QStringLiteral(".bad"));
        QFile::copy(m_filePath, m_filePath + QStringLiteral(".bad"));
        m_loadError += QStringLiteral("; the file is kept as %1.bad").arg(m_filePath);
        qCWarning(lcAccounts).noquote() << m_loadError;
        return;
    }
    const QJsonObject root = doc.object();
    const QJsonArray list = root.value(QStringLiteral("accounts")).toArray();
    int dropped
        = root.contains(QStringLiteral("accounts")) && !root.value(QStringLiteral("accounts")).isArray() ? 1 : 0;
    for (const QJsonValue &value : list) {
        const Account account = Account::fromJson(value.toObject());
        if (value.isObject() && hasExpectedTypes(value.toObject()) && account.isValid())
            m_accounts.append(account);
        else
            ++dropped;
    }
    if (dropped > 0) {
        // The next save would erase what could not be read: the file as it was stays aside.
        QFile::remove(m_filePath + QStringLiteral(".bad"));
        QFile::copy(m_filePath, m_filePath + QStringLiteral(".bad"));
        m_loadWarning = QStringLiteral("%1: %2 account entr%3 could not be read and %4 left out; the file as it was "
                                       "is kept as %1.bad")
                            .arg(m_filePath)
                            .arg(dropped)
                            .arg(dropped == 1 ? QStringLiteral("y") : QStringLiteral("ies"),
                                dropped == 1 ? QStringLiteral("is") : QStringLiteral("are"));
        qCWarning(lcAccounts).noquote() << m_loadWarning;
    }
    m_currentKey = root.value(QStringLiteral("current")).toString();
    if (!find(m_currentKey).isValid())
        m_currentKey = m_accounts.isEmpty() ? QString() : m_accounts.first().keychainKey();
}

bool AccountRegistry::save()
{
    QJsonArray list;
    for (const Account &account : std::as_const(m_accounts))
        list.append(account.toJson());
    const QJsonObject root { { QStringLiteral("current"), m_currentKey }, { QStringLiteral("accounts"), list } };
    // QSaveFile writes to a temporary file and renames: a killed process leaves the old file whole.
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcAccounts).noquote() << "cannot write" << m_filePath << file.errorString();
        return false;
    }
    // Private to the owner from the start (QSaveFile keeps the mode of the file it replaces).
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.write(QJsonDocument(root).toJson());
    return file.commit();
}

} // namespace cv::accounts
