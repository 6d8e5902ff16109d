// --help and --version of both executables work with no display at all: no DISPLAY, no WAYLAND_DISPLAY
// and no QT_QPA_PLATFORM, as on a server or in a CI shell.
#include "testmain.h"

#include <QProcess>

class TestCommandLine final : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run run(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM" })
            env.remove(QString::fromLatin1(name));
        process.setProcessEnvironment(env);
        process.start(program, arguments);
        if (!process.waitForFinished(30000))
            return {};
        return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromLocal8Bit(process.readAllStandardOutput()),
            QString::fromLocal8Bit(process.readAllStandardError()) };
    }

private Q_SLOTS:
    void vendorVersion()
    {
        const Run r = run(QStringLiteral(CV_VENDOR_EXE), { QStringLiteral("--version") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("connect-vendor " CV_VERSION));
    }

    void vendorHelp()
    {
        const Run r = run(QStringLiteral(CV_VENDOR_EXE), { QStringLiteral("--help") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Usage: connect-vendor")), qPrintable(r.out));
        for (const char *option : { "--data-dir", "--sandbox", "--module", "--screenshot", "--version" })
            QVERIFY2(r.out.contains(QLatin1String(option)), option);
    }

    void vendorRejectsUnknownOption()
    {
        // Parsed before a display is needed only for --help/--version; a bad option on the GUI path must
        // still fail clearly. Run it offscreen so that the test does not depend on a display.
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(CV_VENDOR_EXE), { QStringLiteral("--no-such-option") });
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("no-such-option"));
    }

    void sandboxVersionAndHelp()
    {
        const Run version = run(QStringLiteral(CV_SANDBOX_EXE), { QStringLiteral("--version") });
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), QStringLiteral("connect-sandbox " CV_VERSION));
        const Run help = run(QStringLiteral(CV_SANDBOX_EXE), { QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        for (const char *option :
            { "--port", "--data", "--api-key", "--seed", "--seed-requests", "--load", "--faults" })
            QVERIFY2(help.out.contains(QLatin1String(option)), option);
    }

    void sandboxRejectsBadPort()
    {
        const Run r = run(QStringLiteral(CV_SANDBOX_EXE), { QStringLiteral("--port"), QStringLiteral("99999") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--port")), qPrintable(r.err));
    }
};

CV_TEST_CORE_MAIN(TestCommandLine)
#include "tst_commandline.moc"
