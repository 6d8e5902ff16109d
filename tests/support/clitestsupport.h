#pragma once
// Helpers for tests that run the `connect-vendor` executable (CV_VENDOR_EXE) as a child process against
// an in-process sandbox: the child is waited for with QTest::qWaitFor, so this process's event loop keeps
// turning and the sandbox answers. Also: the keychain without nested event loops blocking for long, and
// a byte search of a directory tree (no secret on disk).

#include "app/accounts/keystore.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <functional>

#ifndef CV_VENDOR_EXE
#error "CV_VENDOR_EXE must name the connect-vendor executable (target_compile_definitions)"
#endif

namespace cv::test {

struct VendorRun
{
    int exitCode = -1;
    bool crashed = false; ///< ended by a signal (e.g. the test's SIGKILL)
    bool timedOut = false; ///< still running at the deadline (then killed)
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromLocal8Bit(out); }
    QString errText() const { return QString::fromLocal8Bit(err); }
    bool succeeded() const { return !crashed && !timedOut && exitCode == 0; }
    /// For failure messages.
    QString describe() const
    {
        return QStringLiteral("exit %1%2%3\n--- stdout:\n%4\n--- stderr:\n%5")
            .arg(exitCode)
            .arg(crashed ? QStringLiteral(" (killed)") : QString(),
                timedOut ? QStringLiteral(" (timed out)") : QString(), outText(), errText());
    }
};

struct VendorOptions
{
    QByteArray input; ///< written to stdin, which is then closed
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    int timeoutMs = 60000;
    std::function<void(QProcess *)> started; ///< called once the child runs (to arm a kill)
};

/// `connect-vendor --data-dir <dataDir> <arguments>`, to its end.
inline VendorRun runVendor(const QString &dataDir, const QStringList &arguments, const VendorOptions &options = {})
{
    QProcess process;
    process.setProcessEnvironment(options.environment);
    process.start(QStringLiteral(CV_VENDOR_EXE), QStringList { QStringLiteral("--data-dir"), dataDir } + arguments);
    VendorRun run;
    if (!process.waitForStarted(10000)) {
        run.err = process.errorString().toLocal8Bit();
        return run;
    }
    if (!options.input.isEmpty())
        process.write(options.input);
    process.closeWriteChannel();
    if (options.started)
        options.started(&process);
    if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, options.timeoutMs)) {
        run.timedOut = true;
        process.kill();
        process.waitForFinished(5000);
    }
    run.crashed = process.exitStatus() == QProcess::CrashExit;
    run.exitCode = run.crashed ? -1 : process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

/// The keychain, waited for while the event loop turns.
inline accounts::KeyStoreResult keyStoreCall(
    const std::function<void(accounts::KeyStore &, QObject *, accounts::KeyStore::Callback)> &call)
{
    accounts::KeyStore store;
    accounts::KeyStoreResult result;
    result.status = accounts::KeyStoreStatus::Failed;
    result.detail = QStringLiteral("the keychain did not answer in time");
    bool done = false;
    QObject context;
    call(store, &context, [&](const accounts::KeyStoreResult &r) {
        result = r;
        done = true;
    });
    (void)QTest::qWaitFor([&] { return done; }, 20000);
    return result;
}

inline accounts::KeyStoreResult writeKey(const QString &name, const QByteArray &secret)
{
    return keyStoreCall([&](accounts::KeyStore &s, QObject *c, accounts::KeyStore::Callback cb) {
        s.write(name, secret, c, std::move(cb));
    });
}

inline accounts::KeyStoreResult readKey(const QString &name)
{
    return keyStoreCall(
        [&](accounts::KeyStore &s, QObject *c, accounts::KeyStore::Callback cb) { s.read(name, c, std::move(cb)); });
}

/// Every file under `root` (hidden ones, SQLite files and their -wal/-shm included) whose bytes contain
/// `needle` as UTF-8 or UTF-16 (either byte order).
inline QStringList filesContaining(const QString &root, const QByteArray &needle)
{
    const QString text = QString::fromUtf8(needle);
    const QByteArray utf16le(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    QByteArray utf16be = utf16le;
    for (qsizetype i = 0; i + 1 < utf16be.size(); i += 2)
        std::swap(utf16be[i], utf16be[i + 1]);
    QStringList found;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            found << path + QStringLiteral(" (unreadable)");
            continue;
        }
        const QByteArray bytes = file.readAll();
        if (bytes.contains(needle) || bytes.contains(utf16le) || bytes.contains(utf16be))
            found << path;
    }
    return found;
}

/// Files under `root` (for a check that the search above had something to search).
inline int fileCount(const QString &root)
{
    int count = 0;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}

} // namespace cv::test
