// store::AgreementArchive (issue 14, point 2): the agreements' versions and documents kept for reading offline.
#include "testmain.h"

#include "app/store/agreementarchive.h"
#include "app/store/cachedatabase.h"

#include <QJsonObject>
#include <QTemporaryDir>

using namespace cv::store;

class TestAgreementArchive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // What the details page reads offline: the versions as last listed (replaced whole), each document's bytes.
    void agreementArchiveKeepsVersionsAndDocuments()
    {
        QTemporaryDir dir;
        auto opened = CacheDatabase::open(dir.filePath(QStringLiteral("cache.sqlite")));
        QVERIFY(opened.ok());
        AgreementArchive archive(*opened.value());
        QVERIFY(!archive.versions(QStringLiteral("AGP-1")));
        const auto version = [](int number) {
            return QJsonObject { { QStringLiteral("version"), number }, { QStringLiteral("active"), number == 2 } };
        };
        QVERIFY(archive.putVersions(QStringLiteral("AGP-1"), { version(1), version(2), version(3) }));
        QVERIFY(archive.putVersions(QStringLiteral("AGP-1"), { version(2), version(1) }));
        QVERIFY(archive.putVersions(QStringLiteral("AGD-2"), { version(1) }));
        const auto kept = archive.versions(QStringLiteral("AGP-1"));
        QVERIFY(kept);
        QCOMPARE(kept->versions.size(), 2);
        QCOMPARE(kept->versions.first().value(QStringLiteral("version")).toInt(), 2); // newest first
        QVERIFY(qAbs(kept->fetchedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);

        static const char raw[] = "%PDF-1.4 \x00\x01 binary"; // NUL bytes inside: the length is the array's
        const QByteArray pdf(raw, sizeof raw - 1);
        QVERIFY(archive.putDocument(QStringLiteral("AGP-1"), 2,
            { pdf, "application/pdf", QStringLiteral("AGP-1-v2.pdf"), QDateTime::currentDateTimeUtc() }));
        QVERIFY(!archive.document(QStringLiteral("AGP-1"), 1));
        const auto document = archive.document(QStringLiteral("AGP-1"), 2);
        QVERIFY(document);
        QCOMPARE(document->data, pdf);
        QCOMPARE(document->contentType, QByteArray("application/pdf"));
        QCOMPARE(document->fileName, QStringLiteral("AGP-1-v2.pdf"));
        QCOMPARE(archive.storedDocuments(QStringLiteral("AGP-1")), QList<int> { 2 });
        QVERIFY(archive.storedDocuments(QStringLiteral("AGD-2")).isEmpty());
    }
};

CV_TEST_CORE_MAIN(TestAgreementArchive)
#include "tst_agreementarchive.moc"
