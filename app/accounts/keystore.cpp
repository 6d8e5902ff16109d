#include "app/accounts/keystore.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

#include <type_traits>

#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcKeyStore, "cv.keystore")

namespace cv::accounts {

namespace {

KeyStoreResult resultOf(const QKeychain::Job &job)
{
    KeyStoreResult result;
    result.detail = job.errorString();
    switch (job.error()) {
    case QKeychain::NoError: result.status = KeyStoreStatus::Ok; break;
    case QKeychain::EntryNotFound: result.status = KeyStoreStatus::NotFound; break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::OtherError: // what libsecret reports without a session bus or an unlocked keyring
        result.status = KeyStoreStatus::Unavailable;
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser: result.status = KeyStoreStatus::Denied; break;
    default: result.status = KeyStoreStatus::Failed; break;
    }
    return result;
}

// Delivers a memory-only result on the next event-loop turn, so that callers see the same
// asynchronous behaviour whichever backend is in use.
void deliverLater(QObject *context, KeyStore::Callback done, KeyStoreResult result)
{
    QTimer::singleShot(0, context, [done = std::move(done), result = std::move(result)] { done(result); });
}

} // namespace

KeyStore::KeyStore(QObject *parent)
    : QObject(parent)
{ }

void KeyStore::keepInMemory(const QString &key)
{
    m_memoryKeys.insert(key);
}

template<typename JobT> void KeyStore::run(JobT *job, const QString &key, QObject *context, Callback done)
{
    QPointer<QObject> guard(context);
    QObject::connect(
        job, &QKeychain::Job::finished, this, [this, key, guard, done = std::move(done)](QKeychain::Job *finished) {
            KeyStoreResult result = resultOf(*finished);
            if constexpr (std::is_same_v<JobT, QKeychain::ReadPasswordJob>) {
                if (result.ok())
                    result.secret = static_cast<JobT *>(finished)->binaryData();
            }
            if (!result.ok())
                qCInfo(lcKeyStore).noquote() << "keychain job failed:" << int(result.status) << result.detail;
            Q_EMIT accessFinished(key, result.status);
            if (guard)
                done(result);
        });
    Q_EMIT accessStarted(key);
    job->start();
}

QString KeyStore::serviceName()
{
    return QStringLiteral("connect-vendor");
}

void KeyStore::write(const QString &key, const QByteArray &secret, QObject *context, Callback done)
{
    if (isInMemory(key)) {
        m_memory.insert(key, secret);
        deliverLater(context, std::move(done), {});
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setBinaryData(secret);
    run(job, key, context, std::move(done));
}

void KeyStore::read(const QString &key, QObject *context, Callback done)
{
    if (isInMemory(key)) {
        KeyStoreResult result;
        if (m_memory.contains(key))
            result.secret = m_memory.value(key);
        else
            result.status = KeyStoreStatus::NotFound;
        deliverLater(context, std::move(done), result);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setKey(key);
    run(job, key, context, std::move(done));
}

void KeyStore::remove(const QString &key, QObject *context, Callback done)
{
    if (isInMemory(key)) {
        KeyStoreResult result;
        if (m_memory.remove(key) == 0)
            result.status = KeyStoreStatus::NotFound;
        deliverLater(context, std::move(done), result);
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setKey(key);
    run(job, key, context, std::move(done));
}

} // namespace cv::accounts
