// Issue 14: the rules of the Agreements and Listings modules as pure functions — where the vendor stands with an
// agreement (from its contract), what can be signed or joined, the kind of a document, the line diff of two
// versions' texts, and which marketplaces a product may be listed on (and why not).
#include "testmain.h"

#include "app/agreements/agreementrules.h"
#include "app/listings/listingrules.h"

#include <QJsonObject>
#include <QTest>

using namespace cv;

namespace {

QJsonObject ref(const QString &id, const QString &name = {})
{
    return { { QStringLiteral("id"), id }, { QStringLiteral("name"), name } };
}

QJsonObject contract(const QString &id, const QString &agreementId, const QString &status, int version,
    const QString &marketplaceId = {}, const QString &type = QStringLiteral("distribution"))
{
    QJsonObject c { { QStringLiteral("id"), id }, { QStringLiteral("agreement"), ref(agreementId) },
        { QStringLiteral("status"), status }, { QStringLiteral("version"), version },
        { QStringLiteral("type"), type } };
    if (!marketplaceId.isEmpty())
        c.insert(QStringLiteral("marketplace"), ref(marketplaceId));
    if (status == QLatin1String("active"))
        c.insert(QStringLiteral("events"),
            QJsonObject { { QStringLiteral("signed"),
                QJsonObject { { QStringLiteral("at"), QStringLiteral("2026-01-02T03:04:05+00:00") },
                    { QStringLiteral("by"), ref(QStringLiteral("UR-1"), QStringLiteral("Ann")) } } } });
    return c;
}

QJsonObject agreement(const QString &id, int activeVersion, const QString &type = QStringLiteral("distribution"))
{
    return { { QStringLiteral("id"), id }, { QStringLiteral("type"), type }, { QStringLiteral("name"), id },
        { QStringLiteral("owner"), ref(QStringLiteral("PA-1"), QStringLiteral("Distributor")) },
        { QStringLiteral("version"), QJsonObject { { QStringLiteral("version"), activeVersion } } } };
}

} // namespace

class TestAgreementRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void standing_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("contractVersion");
        QTest::addColumn<int>("expected");
        QTest::addColumn<bool>("canSign");
        QTest::addColumn<bool>("canEnrol");
        QTest::newRow("none") << QString() << 0 << int(agreements::Standing::NotEnrolled) << false << true;
        QTest::newRow("terminated") << "terminated" << 1 << int(agreements::Standing::NotEnrolled) << false << true;
        QTest::newRow("enrolling") << "enrolling" << 2 << int(agreements::Standing::Enrolling) << false << false;
        QTest::newRow("pending") << "pending" << 2 << int(agreements::Standing::AwaitingSignature) << true << false;
        QTest::newRow("behind") << "active" << 1 << int(agreements::Standing::NewVersionToSign) << true << false;
        QTest::newRow("signed") << "active" << 2 << int(agreements::Standing::Signed) << false << false;
    }
    void standing()
    {
        QFETCH(QString, status);
        QFETCH(int, contractVersion);
        QFETCH(int, expected);
        QFETCH(bool, canSign);
        QFETCH(bool, canEnrol);
        QList<QJsonObject> contracts { contract(
            QStringLiteral("CRD-OTHER"), QStringLiteral("AGD-2"), QStringLiteral("active"), 1) };
        if (!status.isEmpty())
            contracts << contract(QStringLiteral("CRD-1"), QStringLiteral("AGD-1"), status, contractVersion);
        const agreements::AgreementView view = agreements::viewOf(agreement(QStringLiteral("AGD-1"), 2), contracts);
        QCOMPARE(int(view.standing), expected);
        QCOMPARE(agreements::canSign(view), canSign);
        QCOMPARE(agreements::canEnrol(view), canEnrol);
        QCOMPARE(view.providerName, QStringLiteral("Distributor"));
        QCOMPARE(view.activeVersion, 2);
        if (status == QLatin1String("active")) {
            QCOMPARE(view.signedVersion, contractVersion);
            QCOMPARE(view.signedBy, QStringLiteral("Ann"));
            QCOMPARE(view.signedAt, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC));
        } else {
            QVERIFY(!view.signedAt.isValid());
        }
    }

    void programAgreementsAreNotJoinedHere()
    {
        const agreements::AgreementView view
            = agreements::viewOf(agreement(QStringLiteral("AGP-1"), 1, QStringLiteral("program")), {});
        QVERIFY(!agreements::canEnrol(view));
    }

    void openContractWinsOverAnEndedOne()
    {
        const QList<QJsonObject> contracts { contract(QStringLiteral("CRD-OLD"), QStringLiteral("AGD-1"),
                                                 QStringLiteral("terminated"), 1),
            contract(QStringLiteral("CRD-NEW"), QStringLiteral("AGD-1"), QStringLiteral("pending"), 2) };
        QCOMPARE(agreements::contractOf(QStringLiteral("AGD-1"), contracts).value(QStringLiteral("id")).toString(),
            QStringLiteral("CRD-NEW"));
        QVERIFY(agreements::contractOf(QStringLiteral("AGD-9"), contracts).isEmpty());
    }

    void documentKinds()
    {
        using agreements::DocumentKind;
        QCOMPARE(agreements::documentKindOf("application/pdf", QStringLiteral("x.bin")), DocumentKind::Pdf);
        QCOMPARE(agreements::documentKindOf("text/markdown; charset=utf-8", {}), DocumentKind::Markdown);
        QCOMPARE(agreements::documentKindOf("text/html", {}), DocumentKind::Html);
        QCOMPARE(
            agreements::documentKindOf("application/octet-stream", QStringLiteral("terms.pdf")), DocumentKind::Pdf);
        QCOMPARE(agreements::documentKindOf({}, QStringLiteral("terms.md")), DocumentKind::Markdown);
        QCOMPARE(agreements::documentKindOf("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                     QStringLiteral("t.docx")),
            DocumentKind::Other);
    }

    void diffOfTwoTexts()
    {
        const QList<agreements::DiffLine> diff
            = agreements::diffLines(QStringLiteral("a\nb\nc\nd"), QStringLiteral("a\nc\nd  \ne"));
        QStringList rendered;
        for (const agreements::DiffLine &line : diff) {
            const QString mark = line.kind == agreements::DiffLine::Added ? QStringLiteral("+")
                : line.kind == agreements::DiffLine::Removed              ? QStringLiteral("-")
                                                                          : QStringLiteral(" ");
            rendered << mark + line.text;
        }
        // Trailing spaces do not count as a change.
        QCOMPARE(rendered,
            (QStringList { QStringLiteral(" a"), QStringLiteral("-b"), QStringLiteral(" c"), QStringLiteral(" d  "),
                QStringLiteral("+e") }));
        QCOMPARE(agreements::diffLines(QStringLiteral("same"), QStringLiteral("same")).size(), 1);
    }

    void marketplaceChoices()
    {
        const QList<QJsonObject> marketplaces { ref(QStringLiteral("MP-US"), QStringLiteral("US")),
            ref(QStringLiteral("MP-EU"), QStringLiteral("EU")), ref(QStringLiteral("MP-AU"), QStringLiteral("AU")),
            ref(QStringLiteral("MP-JP"), QStringLiteral("JP")), ref(QStringLiteral("MP-CA"), QStringLiteral("CA")) };
        const QList<QJsonObject> contracts {
            contract(QStringLiteral("CRD-US"), QStringLiteral("AGD-US"), QStringLiteral("active"), 1,
                QStringLiteral("MP-US")),
            contract(QStringLiteral("CRD-EU"), QStringLiteral("AGD-EU"), QStringLiteral("active"), 1,
                QStringLiteral("MP-EU")),
            contract(QStringLiteral("CRD-JP"), QStringLiteral("AGD-JP"), QStringLiteral("enrolling"), 1,
                QStringLiteral("MP-JP")),
            contract(QStringLiteral("CRD-CA"), QStringLiteral("AGD-CA"), QStringLiteral("active"), 1,
                QStringLiteral("MP-CA")),
            // A program contract gives no marketplace.
            contract(QStringLiteral("CRP-1"), QStringLiteral("AGP-1"), QStringLiteral("active"), 1, {},
                QStringLiteral("program")),
        };
        const QList<QJsonObject> listings { { { QStringLiteral("id"), QStringLiteral("LST-1") },
            { QStringLiteral("status"), QStringLiteral("listed") },
            { QStringLiteral("product"), ref(QStringLiteral("PRD-1")) },
            { QStringLiteral("marketplace"), ref(QStringLiteral("MP-US")) } } };
        const QList<QJsonObject> requests { { { QStringLiteral("id"), QStringLiteral("LSTR-1") },
                                                { QStringLiteral("state"), QStringLiteral("reviewing") },
                                                { QStringLiteral("product"), ref(QStringLiteral("PRD-1")) },
                                                { QStringLiteral("marketplace"), ref(QStringLiteral("MP-EU")) } },
            { { QStringLiteral("id"), QStringLiteral("LSTR-2") },
                { QStringLiteral("state"), QStringLiteral("canceled") },
                { QStringLiteral("product"), ref(QStringLiteral("PRD-1")) },
                { QStringLiteral("marketplace"), ref(QStringLiteral("MP-CA")) } } };
        const QList<listings::MarketplaceChoice> choices
            = listings::marketplaceChoices(QStringLiteral("PRD-1"), marketplaces, contracts, listings, requests);
        QStringList seen;
        for (const listings::MarketplaceChoice &choice : choices)
            seen << QStringLiteral("%1:%2:%3:%4")
                        .arg(choice.marketplaceName)
                        .arg(int(choice.refusal))
                        .arg(choice.detail, choice.contractId);
        QCOMPARE(seen,
            (QStringList { QStringLiteral("AU:%1::").arg(int(listings::Refusal::NoContract)),
                QStringLiteral("CA:%1::CRD-CA").arg(int(listings::Refusal::None)),
                QStringLiteral("EU:%1:LSTR-1:CRD-EU").arg(int(listings::Refusal::RequestPending)),
                QStringLiteral("JP:%1:enrolling:").arg(int(listings::Refusal::ContractNotActive)),
                QStringLiteral("US:%1:LST-1:CRD-US").arg(int(listings::Refusal::AlreadyListed)) }));
        QCOMPARE(listings::cellOf(choices.at(0), false), listings::Cell::NotAllowed);
        QCOMPARE(listings::cellOf(choices.at(1), false), listings::Cell::Available);
        QCOMPARE(listings::cellOf(choices.at(2), false), listings::Cell::Pending);
        QCOMPARE(listings::cellOf(choices.at(4), false), listings::Cell::Listed);
        // Another product may go where PRD-1 is listed.
        QCOMPARE(listings::marketplaceChoices(QStringLiteral("PRD-2"), marketplaces, contracts, listings, requests)
                     .last()
                     .refusal,
            listings::Refusal::None);
    }

    void auditTrailNewestFirst()
    {
        QJsonObject signedContract
            = contract(QStringLiteral("CRP-1"), QStringLiteral("AGP-1"), QStringLiteral("active"), 2);
        const QList<QJsonObject> versions {
            { { QStringLiteral("version"), 1 },
                { QStringLiteral("version_created"), QStringLiteral("2025-01-01T00:00:00+00:00") },
                { QStringLiteral("author"), ref(QStringLiteral("UR-9"), QStringLiteral("Provider")) } },
            { { QStringLiteral("version"), 2 },
                { QStringLiteral("version_created"), QStringLiteral("2025-06-01T00:00:00+00:00") } }
        };
        const QList<agreements::AppAction> app { { QStringLiteral("action"), QStringLiteral("sign"),
                                                     QStringLiteral("done"), QStringLiteral("2026-01-02T03:00:00.000Z"),
                                                     QStringLiteral("2026-01-02T03:04:00.000Z"), {},
                                                     QStringLiteral("Ann") },
            { QStringLiteral("create"), {}, QStringLiteral("failed"), QStringLiteral("2026-02-01T00:00:00.000Z"), {},
                QStringLiteral("CT_001 already enrolled"), QStringLiteral("Ann") } };
        const QList<agreements::AuditEvent> trail = agreements::auditTrail(versions, signedContract, app);
        QCOMPARE(trail.size(), 5);
        QCOMPARE(trail.at(0).kind, agreements::AuditEvent::AppEnrolled);
        QCOMPARE(trail.at(0).syncState, QStringLiteral("failed"));
        QCOMPARE(trail.at(0).detail, QStringLiteral("CT_001 already enrolled"));
        QCOMPARE(trail.at(1).kind, agreements::AuditEvent::Signed); // 03:04:05 on Connect
        QCOMPARE(trail.at(1).actor, QStringLiteral("Ann"));
        QCOMPARE(trail.at(1).version, 2);
        QCOMPARE(trail.at(2).kind, agreements::AuditEvent::AppSigned);
        QCOMPARE(trail.at(2).syncedAt, QDateTime(QDate(2026, 1, 2), QTime(3, 4), Qt::UTC));
        QCOMPARE(trail.at(3).version, 2);
        QCOMPARE(trail.at(4).actor, QStringLiteral("Provider"));
    }

    void requestActions()
    {
        QVERIFY(listings::isAllowed(QStringLiteral("submit"), QStringLiteral("draft")));
        QVERIFY(!listings::isAllowed(QStringLiteral("submit"), QStringLiteral("reviewing")));
        QVERIFY(listings::isAllowed(QStringLiteral("refine"), QStringLiteral("reviewing")));
        QVERIFY(listings::isAllowed(QStringLiteral("cancel"), QStringLiteral("deploying")));
        QVERIFY(!listings::isAllowed(QStringLiteral("cancel"), QStringLiteral("completed")));
        QVERIFY(!listings::isAllowed(QStringLiteral("deploy"), QStringLiteral("reviewing"))); // the provider's
    }
};

CV_TEST_CORE_MAIN(TestAgreementRules)
#include "tst_agreementrules.moc"
