// What `connect-vendor sync` draws on stderr: on a terminal one bar redrawn in place (never a line per page),
// in a log one line when a collection starts and one when it ends.
#include "testmain.h"

#include "app/cli/syncprogress.h"

#include <QTest>

using cv::cli::SyncProgress;

class TestSyncProgress final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linesStyleWritesStartAndEndOfEachCollection()
    {
        QStringList written;
        SyncProgress progress(SyncProgress::Style::Lines, [&](const QString &text) { written << text; });
        progress.update(QStringLiteral("requests"), 1000, 100000);
        for (qint64 done = 2000; done < 100000; done += 1000)
            progress.update(QStringLiteral("requests"), done, 100000);
        progress.update(QStringLiteral("products"), 1, 1);
        progress.update(QStringLiteral("requests"), 100000, 100000);
        progress.update(QStringLiteral("tokens"), 0, 0);
        progress.finish();
        QCOMPARE(written,
            (QStringList { QStringLiteral("requests: 1000/100000\n"), QStringLiteral("products: 1/1\n"),
                QStringLiteral("requests: 100000/100000\n"), QStringLiteral("tokens: 0/0\n") }));
    }

    void barIsRedrawnInPlaceAndEndsWithANewline()
    {
        QStringList written;
        SyncProgress progress(
            SyncProgress::Style::Bar, [&](const QString &text) { written << text; }, 80);
        progress.update(QStringLiteral("requests"), 25000, 100000);
        // Many pages within 100 ms: no redraw for each (a terminal would flicker and the sync would slow).
        for (qint64 done = 26000; done < 50000; done += 1000)
            progress.update(QStringLiteral("requests"), done, 100000);
        QCOMPARE(written.size(), 1);
        QVERIFY(written.first().startsWith(QLatin1Char('\r')));
        QVERIFY(!written.first().contains(QLatin1Char('\n')));
        QCOMPARE(written.first().size(), 80); // \r + 79 columns: fits an 80-column terminal
        QVERIFY2(written.first().contains(QStringLiteral(" 25% 25,000/100,000 objects  requests")),
            qPrintable(written.first()));
        // A collection that ends is always drawn; two collections add up.
        progress.update(QStringLiteral("products"), 1, 1);
        progress.update(QStringLiteral("requests"), 100000, 100000);
        QVERIFY2(written.last().contains(QStringLiteral("100% 100,001/100,001 objects")), qPrintable(written.last()));
        const QString bar = progress.barText();
        QCOMPARE(bar.count(QLatin1Char('.')), 0);
        progress.finish();
        QVERIFY(written.last().endsWith(QLatin1Char('\n')));
    }

    void barHalfFull()
    {
        SyncProgress progress(
            SyncProgress::Style::Bar, [](const QString &) {}, 100);
        progress.update(QStringLiteral("assets"), 500, 1000);
        const QString bar = progress.barText();
        const qsizetype hashes = bar.count(QLatin1Char('#'));
        const qsizetype dots = bar.count(QLatin1Char('.'));
        QVERIFY2(qAbs(hashes - dots) <= 1, qPrintable(bar));
        QVERIFY(bar.size() <= 99);
    }
};

CV_TEST_CORE_MAIN(TestSyncProgress)
#include "tst_syncprogress.moc"
