// connect-sandbox over real HTTP: what the reports read (issue 15, point 3). /subscriptions/assets with the
// billing block, /subscriptions/requests (vendor billing requests, BRV-) and /tier/account-requests with the
// spec's filters (REFERENCE §3.15, §3.17, Appendix B), accept/ignore, and the data `--seed demo` and
// `--seed-requests N` make for them.
#include "sandboxfixture.h"
#include "testmain.h"

#include <QDateTime>

using namespace Qt::StringLiterals;
using cv::test::HttpResponse;
using cv::test::SandboxFixture;

class TestSandboxBilling final : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_sandbox;

    QJsonArray all(const QString &path)
    {
        const HttpResponse page = m_sandbox->get(path + (path.contains(u'?') ? u"&"_s : u"?"_s) + u"limit=1000"_s);
        [&] { QVERIFY2(page.status == 200, page.body.constData()); }();
        return page.array();
    }

private Q_SLOTS:
    void initTestCase()
    {
        cv::sandbox::SandboxOptions options;
        options.seed = u"demo"_s;
        options.seedRequests = 300;
        m_sandbox = std::make_unique<SandboxFixture>(options);
        QVERIFY2(m_sandbox->ok(), qPrintable(m_sandbox->error()));
    }

    void subscriptionsCarryBilling()
    {
        const QJsonArray assets = all(u"/subscriptions/assets"_s);
        QVERIFY(assets.size() > 50);
        int billed = 0;
        for (const QJsonValue &value : assets) {
            const QJsonObject billing = value.toObject().value(u"billing"_s).toObject();
            QVERIFY2(!billing.isEmpty(), qPrintable(value.toObject().value(u"id"_s).toString()));
            QCOMPARE(billing.value(u"period"_s).toObject().value(u"uom"_s).toString(), u"monthly"_s);
            QVERIFY(QDateTime::fromString(billing.value(u"next_date"_s).toString(), Qt::ISODate).isValid());
            ++billed;
        }
        QCOMPARE(billed, assets.size());
        const QString id = assets.first().toObject().value(u"id"_s).toString();
        const HttpResponse one = m_sandbox->get(u"/subscriptions/assets/"_s + id);
        QCOMPARE(one.status, 200);
        QVERIFY(one.object().contains(u"billing"_s));
        QCOMPARE(m_sandbox->get(u"/subscriptions/assets/AS-0000-0000-0000"_s).status, 404);
        // The spec's filters: status and billing period.
        const qint64 active = m_sandbox->get(u"/subscriptions/assets?status=active&limit=1"_s).total();
        QVERIFY(active > 0 && active < assets.size());
        QCOMPARE(m_sandbox->get(u"/subscriptions/assets?eq(billing.period.uom,yearly)&limit=1"_s).total(), 0);
    }

    void billingRequestsPerActiveAsset()
    {
        const QJsonArray requests = all(u"/subscriptions/requests"_s);
        QVERIFY2(requests.size() > 20, qPrintable(QString::number(requests.size())));
        QSet<QString> ids;
        for (const QJsonValue &value : requests) {
            const QJsonObject request = value.toObject();
            const QString id = request.value(u"id"_s).toString();
            QVERIFY2(id.startsWith(u"BRV-"_s), qPrintable(id));
            QVERIFY(!ids.contains(id));
            ids.insert(id);
            QCOMPARE(request.value(u"type"_s).toString(), u"vendor"_s);
            const QJsonObject period = request.value(u"period"_s).toObject();
            const QDateTime from = QDateTime::fromString(period.value(u"from"_s).toString(), Qt::ISODate);
            const QDateTime to = QDateTime::fromString(period.value(u"to"_s).toString(), Qt::ISODate);
            QVERIFY(from.isValid() && to.isValid() && from < to);
            QVERIFY(to <= QDateTime::currentDateTimeUtc());
            const QJsonArray items = request.value(u"items"_s).toArray();
            QVERIFY2(!items.isEmpty(), qPrintable(id));
            for (const QJsonValue &item : items) {
                QVERIFY(item.toObject().value(u"quantity"_s).isDouble());
                QVERIFY(item.toObject().value(u"quantity"_s).toDouble() > 0);
                QVERIFY(item.toObject().value(u"billing"_s).toObject().value(u"cycle_number"_s).toInt() >= 1);
            }
            // Only subscriptions that went live are billed.
            const QString assetId = request.value(u"asset"_s).toObject().value(u"id"_s).toString();
            const QString status = m_sandbox->get(u"/assets/"_s + assetId).object().value(u"status"_s).toString();
            QVERIFY2(status == u"active"_s || status == u"suspended"_s || status == u"terminated"_s,
                qPrintable(assetId + u' ' + status));
        }
        const QJsonObject first = requests.first().toObject();
        const QString firstId = first.value(u"id"_s).toString();
        QCOMPARE(m_sandbox->get(u"/subscriptions/requests/"_s + firstId).object().value(u"id"_s).toString(), firstId);
        QCOMPARE(m_sandbox->get(u"/subscriptions/requests/BRV-0000"_s).status, 404);
        // Filters of the spec: the asset, the period, events.updated.at for incremental pulls.
        const QString assetId = first.value(u"asset"_s).toObject().value(u"id"_s).toString();
        int ofAsset = 0;
        for (const QJsonValue &value : requests)
            ofAsset += value.toObject().value(u"asset"_s).toObject().value(u"id"_s).toString() == assetId;
        QCOMPARE(m_sandbox->get(u"/subscriptions/requests?asset.id=%1&limit=1"_s.arg(assetId)).total(), ofAsset);
        QCOMPARE(
            m_sandbox->get(u"/subscriptions/requests?gt(events.updated.at,2999-01-01T00:00:00%2B00:00)"_s).total(), 0);
        QCOMPARE(m_sandbox->get(u"/subscriptions/requests?eq(period.uom,monthly)&limit=1"_s).total(), requests.size());
        const HttpResponse refused = m_sandbox->get(u"/subscriptions/requests?eq(nonsense,1)"_s);
        QCOMPARE(refused.status, 400);
    }

    void tierAccountRequests()
    {
        const QJsonArray requests = all(u"/tier/account-requests"_s);
        QVERIFY2(requests.size() >= 10, qPrintable(QString::number(requests.size())));
        QSet<QString> statuses;
        QString pending;
        for (const QJsonValue &value : requests) {
            const QJsonObject request = value.toObject();
            QVERIFY(request.value(u"id"_s).toString().startsWith(u"TAR-"_s));
            QVERIFY(request.value(u"account"_s).toObject().value(u"id"_s).toString().startsWith(u"TA-"_s));
            QVERIFY(!request.value(u"product"_s).toObject().value(u"id"_s).toString().isEmpty());
            statuses.insert(request.value(u"status"_s).toString());
            if (request.value(u"status"_s).toString() == QLatin1String("pending"))
                pending = request.value(u"id"_s).toString();
        }
        QVERIFY(statuses.contains(u"pending"_s) && statuses.contains(u"accepted"_s) && statuses.contains(u"ignored"_s));
        const qint64 pendingCount = m_sandbox->get(u"/tier/account-requests?status=pending&limit=1"_s).total();
        QVERIFY(pendingCount > 0);

        // Ignoring needs a reason; accepting a decided request is refused.
        QCOMPARE(m_sandbox->post(u"/tier/account-requests/%1/ignore"_s.arg(pending)).status, 400);
        const HttpResponse ignored = m_sandbox->post(
            u"/tier/account-requests/%1/ignore"_s.arg(pending), { { u"reason"_s, u"Not for this product"_s } });
        QCOMPARE(ignored.status, 200);
        QCOMPARE(ignored.object().value(u"status"_s).toString(), u"ignored"_s);
        QCOMPARE(m_sandbox->post(u"/tier/account-requests/%1/accept"_s.arg(pending)).status, 400);
        QCOMPARE(m_sandbox->get(u"/tier/account-requests?status=pending&limit=1"_s).total(), pendingCount - 1);
        QCOMPARE(m_sandbox->get(u"/tier/account-requests/TAR-0-0-001"_s).status, 404);
    }
};

CV_TEST_CORE_MAIN(TestSandboxBilling)
#include "tst_sandbox_billing.moc"
