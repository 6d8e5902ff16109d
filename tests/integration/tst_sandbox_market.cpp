// connect-sandbox over real HTTP: marketplaces, hubs, connections, agreements (versions, documents),
// contracts and their status flow, listings and listing requests (REFERENCE §3.11, §3.18-3.20).
#include "sandboxfixture.h"
#include "testmain.h"

#include "sandbox/api/marketparts.h"
#include "sandbox/api/sandboxcontext.h"
#include "sandbox/seed/demoseed.h"

#include <QRegularExpression>

using cv::test::HttpResponse;
using cv::test::SandboxFixture;

namespace {
QString str(const QJsonObject &o, const char *path)
{
    QJsonValue v = o;
    for (const QString &part : QString::fromLatin1(path).split(QLatin1Char('.')))
        v = v.toObject().value(part);
    return v.toString();
}
bool matches(const QString &pattern, const QString &text)
{
    return QRegularExpression(QStringLiteral("^") + pattern + QStringLiteral("$")).match(text).hasMatch();
}
} // namespace

class TestSandboxMarket final : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_sandbox;
    QString m_product;
    QJsonObject m_market;

    QString newProduct(const QString &name, bool publish)
    {
        const HttpResponse created = m_sandbox->post(QStringLiteral("/products"), { { QStringLiteral("name"), name } });
        const QString id = created.object().value(QStringLiteral("id")).toString();
        if (publish)
            m_sandbox->post(QStringLiteral("/products/%1/versions").arg(id));
        return id;
    }
    QJsonObject contract(int index) const
    {
        return m_market.value(QStringLiteral("contracts")).toArray().at(index).toObject();
    }
    QJsonObject marketplace(int index) const
    {
        return m_market.value(QStringLiteral("marketplaces")).toArray().at(index).toObject();
    }
    cv::sandbox::SandboxContext &context() { return m_sandbox->server().context(); }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        QVERIFY2(m_sandbox->ok(), qPrintable(m_sandbox->error()));
        m_product = newProduct(QStringLiteral("Connect Cloud Storage"), true);
        QCOMPARE(m_sandbox->get(QStringLiteral("/products/") + m_product)
                     .object()
                     .value(QStringLiteral("status"))
                     .toString(),
            QStringLiteral("published"));
        m_market = cv::sandbox::seedMarket(context(), m_product);
    }

    void cleanup() { m_sandbox.reset(); }

    void seedReturnsConnectShapes()
    {
        QCOMPARE(m_market.value(QStringLiteral("marketplaces")).toArray().size(), 2);
        QCOMPARE(m_market.value(QStringLiteral("contracts")).toArray().size(), 3);
        const QJsonObject connections = m_market.value(QStringLiteral("connections")).toObject();
        for (const char *type : { "test", "preview", "production" }) {
            const QJsonObject c = connections.value(QLatin1String(type)).toObject();
            QCOMPARE(c.value(QStringLiteral("type")).toString(), QLatin1String(type));
            QVERIFY(matches(QStringLiteral("CT-\\d{4}-\\d{4}-\\d{4}"), c.value(QStringLiteral("id")).toString()));
            QCOMPARE(c.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
            QVERIFY(str(c, "provider.id").startsWith(QStringLiteral("PA-")));
            QVERIFY(str(c, "vendor.id").startsWith(QStringLiteral("VA-")));
            QVERIFY(matches(QStringLiteral("HB-\\d{4}-\\d{4}"), str(c, "hub.id")));
            QVERIFY(!str(c, "hub.name").isEmpty());
            QVERIFY(!c.value(QStringLiteral("created_at")).toString().isEmpty());
        }
        QCOMPARE(
            str(connections.value(QStringLiteral("preview")).toObject(), "id"), QStringLiteral("CT-0000-0000-0000"));
        QCOMPARE(
            str(connections.value(QStringLiteral("preview")).toObject(), "hub.id"), QStringLiteral("HB-0000-0000"));
        QCOMPARE(str(connections.value(QStringLiteral("preview")).toObject(), "hub.name"), QStringLiteral("Demo hub"));
        QCOMPARE(m_market.value(QStringLiteral("hubs")).toArray().size(), 3);
    }

    void marketplacesAndHubs()
    {
        const HttpResponse all = m_sandbox->get(QStringLiteral("/marketplaces"));
        QCOMPARE(all.status, 200);
        QCOMPARE(all.total(), 2);
        const QJsonObject us = all.array().at(0).toObject();
        QVERIFY(matches(QStringLiteral("MP-\\d{5}"), us.value(QStringLiteral("id")).toString()));
        QCOMPARE(us.value(QStringLiteral("name")).toString(), QStringLiteral("Cloud Marketplace US"));
        QCOMPARE(us.value(QStringLiteral("currency")).toString(), QStringLiteral("USD"));
        QCOMPARE(us.value(QStringLiteral("zone")).toString(), QStringLiteral("NA"));
        QCOMPARE(us.value(QStringLiteral("hubs")).toArray().size(), 1);
        QCOMPARE(us.value(QStringLiteral("active_contracts")).toInt(), 1);
        QCOMPARE(us.value(QStringLiteral("stats")).toObject().value(QStringLiteral("hubs")).toInt(), 1);
        const HttpResponse eu = m_sandbox->get(QStringLiteral("/marketplaces?eq(currency,EUR)"));
        QCOMPARE(eu.total(), 1);
        QCOMPARE(eu.array().at(0).toObject().value(QStringLiteral("name")).toString(),
            QStringLiteral("Cloud Marketplace EU"));
        QCOMPARE(m_sandbox->get(QStringLiteral("/marketplaces?ilike(name,*EU*)")).total(), 1);
        QCOMPARE(
            m_sandbox->get(QStringLiteral("/marketplaces/") + us.value(QStringLiteral("id")).toString()).status, 200);
        QCOMPARE(m_sandbox->get(QStringLiteral("/marketplaces/MP-00000")).status, 404);
        QCOMPARE(m_sandbox->get(QStringLiteral("/marketplaces?eq(nope,1)")).status, 400);

        const HttpResponse created = m_sandbox->post(QStringLiteral("/marketplaces"),
            { { QStringLiteral("name"), QStringLiteral("APAC") }, { QStringLiteral("currency"), QStringLiteral("aud") },
                { QStringLiteral("zone"), QStringLiteral("oc") } });
        QCOMPARE(created.status, 201);
        QCOMPARE(created.object().value(QStringLiteral("currency")).toString(), QStringLiteral("AUD"));
        const QString apac = created.object().value(QStringLiteral("id")).toString();
        QCOMPARE(m_sandbox
                     ->post(QStringLiteral("/marketplaces"),
                         { { QStringLiteral("name"), QStringLiteral("X") },
                             { QStringLiteral("zone"), QStringLiteral("MARS") } })
                     .errorCode(),
            QStringLiteral("VAL_001"));
        QCOMPARE(m_sandbox
                     ->put(QStringLiteral("/marketplaces/") + apac,
                         { { QStringLiteral("description"), QStringLiteral("d") } })
                     .object()
                     .value(QStringLiteral("description"))
                     .toString(),
            QStringLiteral("d"));
        QCOMPARE(m_sandbox->del(QStringLiteral("/marketplaces/") + apac).status, 204);
        QCOMPARE(
            m_sandbox->del(QStringLiteral("/marketplaces/") + us.value(QStringLiteral("id")).toString()).errorCode(),
            QStringLiteral("MKP_001"));

        const HttpResponse hubs = m_sandbox->get(QStringLiteral("/hubs"));
        QCOMPARE(hubs.total(), 3);
        QCOMPARE(m_sandbox->get(QStringLiteral("/hubs?eq(name,Demo%20hub)"))
                     .array()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toString(),
            QStringLiteral("HB-0000-0000"));
        const QJsonObject demo = m_sandbox->get(QStringLiteral("/hubs/HB-0000-0000")).object();
        QCOMPARE(demo.value(QStringLiteral("stats")).toObject().value(QStringLiteral("connections")).toInt(), 1);
        QCOMPARE(demo.value(QStringLiteral("instance")).toObject().value(QStringLiteral("type")).toString(),
            QStringLiteral("API"));
        const HttpResponse newHub
            = m_sandbox->post(QStringLiteral("/hubs"), { { QStringLiteral("name"), QStringLiteral("Lab Hub APAC") } });
        QCOMPARE(newHub.status, 201);
        QVERIFY(matches(QStringLiteral("HB-\\d{4}-\\d{4}"), newHub.object().value(QStringLiteral("id")).toString()));
        QCOMPARE(m_sandbox->post(QStringLiteral("/hubs"), {}).errorCode(), QStringLiteral("VAL_001"));
        QCOMPARE(m_sandbox->del(QStringLiteral("/hubs/HB-0000-0000")).errorCode(), QStringLiteral("HUB_001"));
        QCOMPARE(
            m_sandbox->del(QStringLiteral("/hubs/") + newHub.object().value(QStringLiteral("id")).toString()).status,
            204);
    }

    void connections()
    {
        const QString base = QStringLiteral("/products/%1/connections").arg(m_product);
        QCOMPARE(m_sandbox->get(base).total(), 3);
        const HttpResponse preview = m_sandbox->get(base + QStringLiteral("?eq(hub.id,HB-0000-0000)"));
        QCOMPARE(preview.total(), 1);
        QCOMPARE(preview.array().at(0).toObject().value(QStringLiteral("id")).toString(),
            QStringLiteral("CT-0000-0000-0000"));
        QCOMPARE(m_sandbox->get(base + QStringLiteral("/CT-0000-0000-0000"))
                     .object()
                     .value(QStringLiteral("type"))
                     .toString(),
            QStringLiteral("preview"));
        QCOMPARE(m_sandbox->get(base + QStringLiteral("/CT-1111-1111-1111")).status, 404);
        const HttpResponse byHub = m_sandbox->get(QStringLiteral("/hubs/HB-0000-0000/connections"));
        QCOMPARE(byHub.total(), 1);
        QCOMPARE(str(byHub.array().at(0).toObject(), "product.id"), m_product);

        const QString hub
            = m_sandbox->post(QStringLiteral("/hubs"), { { QStringLiteral("name"), QStringLiteral("H") } })
                  .object()
                  .value(QStringLiteral("id"))
                  .toString();
        const QJsonObject body { { QStringLiteral("type"), QStringLiteral("Test") },
            { QStringLiteral("hub"), QJsonObject { { QStringLiteral("id"), hub } } } };
        const HttpResponse created = m_sandbox->post(base, body);
        QCOMPARE(created.status, 201);
        QCOMPARE(created.object().value(QStringLiteral("type")).toString(), QStringLiteral("test"));
        QCOMPARE(created.object().value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
        QVERIFY(m_sandbox->post(base, body).errors().contains(QStringLiteral("already has a test connection")));
        QCOMPARE(m_sandbox->post(base, { { QStringLiteral("type"), QStringLiteral("preview") } }).errorCode(),
            QStringLiteral("VAL_001"));
        const HttpResponse updated
            = m_sandbox->put(base + QLatin1Char('/') + created.object().value(QStringLiteral("id")).toString(),
                { { QStringLiteral("note"), QStringLiteral("for QA") } });
        QCOMPARE(updated.object().value(QStringLiteral("note")).toString(), QStringLiteral("for QA"));
        QCOMPARE(m_sandbox->get(QStringLiteral("/hubs/%1/connections").arg(hub))
                     .array()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("note"))
                     .toString(),
            QStringLiteral("for QA"));
    }

    void agreementsVersionsAndDocument()
    {
        const HttpResponse all = m_sandbox->get(QStringLiteral("/agreements"));
        QCOMPARE(all.total(), 3);
        const HttpResponse program = m_sandbox->get(QStringLiteral("/agreements?eq(type,program)"));
        QCOMPARE(program.total(), 1);
        const QJsonObject agp = program.array().at(0).toObject();
        const QString agpId = agp.value(QStringLiteral("id")).toString();
        QVERIFY(matches(QStringLiteral("AGP-\\d{3}-\\d{3}-\\d{3}"), agpId));
        QCOMPARE(agp.value(QStringLiteral("version")).toObject().value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(agp.value(QStringLiteral("stats")).toObject().value(QStringLiteral("contracts")).toInt(), 1);
        const HttpResponse distribution
            = m_sandbox->get(QStringLiteral("/agreements?eq(type,distribution)&eq(marketplace.id,%1)")
                                 .arg(marketplace(1).value(QStringLiteral("id")).toString()));
        QCOMPARE(distribution.total(), 1);
        QVERIFY(matches(QStringLiteral("AGD-\\d{3}-\\d{3}-\\d{3}"),
            distribution.array().at(0).toObject().value(QStringLiteral("id")).toString()));
        QCOMPARE(str(distribution.array().at(0).toObject(), "parent.id"), agpId);
        QCOMPARE(m_sandbox->get(QStringLiteral("/agreements/%1/agreements").arg(agpId)).total(), 2);
        QCOMPARE(m_sandbox->get(QStringLiteral("/agreements/%1/contracts").arg(agpId)).total(), 1);

        // The document: 302 to a link that serves the text, without following redirects.
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(m_sandbox->baseUrl() + QStringLiteral("/agreements/%1/document").arg(agpId)));
        request.setRawHeader("Authorization", "ApiKey " + m_sandbox->apiKey());
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = network.get(request);
        QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 302);
        const QUrl location(QString::fromUtf8(reply->rawHeader("Location")));
        reply->deleteLater();
        QVERIFY2(location.isValid() && location.scheme() == QLatin1String("http"), qPrintable(location.toString()));
        QNetworkReply *doc = network.get(QNetworkRequest(location)); // no API key: a pre-signed style link
        QVERIFY(QTest::qWaitFor([doc] { return doc->isFinished(); }, 10000));
        QCOMPARE(doc->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(doc->header(QNetworkRequest::ContentTypeHeader).toString().startsWith(QStringLiteral("text/markdown")));
        QVERIFY(doc->readAll().contains(agp.value(QStringLiteral("name")).toString().toUtf8()));
        doc->deleteLater();

        // Versions: a second, active version becomes current; the active one cannot be deleted.
        const QString versions = QStringLiteral("/agreements/%1/versions").arg(agpId);
        QCOMPARE(m_sandbox->post(versions, {}).errorCode(), QStringLiteral("VAL_001"));
        const HttpResponse v2 = m_sandbox->post(versions,
            { { QStringLiteral("document_type"), QStringLiteral("external") },
                { QStringLiteral("link"), QStringLiteral("https://example.com/terms-v2") },
                { QStringLiteral("active"), true } });
        QCOMPARE(v2.status, 201);
        QCOMPARE(v2.object().value(QStringLiteral("version")).toInt(), 2);
        QCOMPARE(m_sandbox->get(versions).total(), 2);
        QCOMPARE(m_sandbox->get(QStringLiteral("/agreements/") + agpId)
                     .object()
                     .value(QStringLiteral("version"))
                     .toObject()
                     .value(QStringLiteral("version"))
                     .toInt(),
            2);
        const HttpResponse external = m_sandbox->get(versions + QStringLiteral("/2"));
        QCOMPARE(
            external.object().value(QStringLiteral("link")).toString(), QStringLiteral("https://example.com/terms-v2"));
        QCOMPARE(m_sandbox->del(versions + QStringLiteral("/2")).errorCode(), QStringLiteral("AGR_002"));
        QCOMPARE(m_sandbox->post(versions + QStringLiteral("/1/activate")).status, 200);
        QCOMPARE(m_sandbox->post(versions + QStringLiteral("/1/activate")).errorCode(), QStringLiteral("AGR_003"));
        QCOMPARE(m_sandbox->del(versions + QStringLiteral("/2")).status, 204);
        QCOMPARE(m_sandbox->get(versions + QStringLiteral("/2")).status, 404);

        // Create, edit and delete; an agreement with contracts stays.
        QCOMPARE(m_sandbox
                     ->post(QStringLiteral("/agreements"),
                         { { QStringLiteral("type"), QStringLiteral("distribution") },
                             { QStringLiteral("name"), QStringLiteral("D") },
                             { QStringLiteral("description"), QStringLiteral("d") } })
                     .errors(),
            QStringLiteral("marketplace: This field is required for a distribution agreement."));
        const HttpResponse service = m_sandbox->post(QStringLiteral("/agreements"),
            { { QStringLiteral("type"), QStringLiteral("Service") },
                { QStringLiteral("name"), QStringLiteral("Support terms") },
                { QStringLiteral("description"), QStringLiteral("SLA") } });
        QCOMPARE(service.status, 201);
        const QString agsId = service.object().value(QStringLiteral("id")).toString();
        QVERIFY(agsId.startsWith(QStringLiteral("AGS-")));
        QCOMPARE(m_sandbox
                     ->put(QStringLiteral("/agreements/") + agsId,
                         { { QStringLiteral("title"), QStringLiteral("SLA terms") } })
                     .object()
                     .value(QStringLiteral("title"))
                     .toString(),
            QStringLiteral("SLA terms"));
        QCOMPARE(m_sandbox->del(QStringLiteral("/agreements/") + agsId).status, 204);
        QCOMPARE(m_sandbox->del(QStringLiteral("/agreements/") + agpId).errorCode(), QStringLiteral("AGR_001"));
    }

    void contractFilters()
    {
        QCOMPARE(m_sandbox->get(QStringLiteral("/contracts")).total(), 3);
        QCOMPARE(m_sandbox->get(QStringLiteral("/contracts?eq(type,distribution)")).total(), 2);
        QCOMPARE(m_sandbox->get(QStringLiteral("/contracts?eq(status,active)")).total(), 3);
        const QString mp = marketplace(0).value(QStringLiteral("id")).toString();
        const HttpResponse us = m_sandbox->get(QStringLiteral("/contracts?eq(marketplace.id,%1)").arg(mp));
        QCOMPARE(us.total(), 1);
        const QJsonObject crd = us.array().at(0).toObject();
        QVERIFY(matches(QStringLiteral("CRD-\\d{5}-\\d{5}-\\d{5}"), crd.value(QStringLiteral("id")).toString()));
        QVERIFY(!str(crd, "events.signed.at").isEmpty());
        QVERIFY(!str(crd, "events.signed.by.id").isEmpty());
        QVERIFY(
            matches(QStringLiteral("CRP-\\d{5}-\\d{5}-\\d{5}"), contract(0).value(QStringLiteral("id")).toString()));
        const HttpResponse renamed
            = m_sandbox->put(QStringLiteral("/contracts/") + crd.value(QStringLiteral("id")).toString(),
                { { QStringLiteral("note"), QStringLiteral("renewed") } });
        QCOMPARE(renamed.object().value(QStringLiteral("note")).toString(), QStringLiteral("renewed"));
        QCOMPARE(m_sandbox->del(QStringLiteral("/contracts/") + crd.value(QStringLiteral("id")).toString()).errorCode(),
            QStringLiteral("CT_003"));
        QCOMPARE(m_sandbox->get(QStringLiteral("/contracts/CRD-00000-00000-00000")).status, 404);
    }

    void contractTransitions_data()
    {
        QTest::addColumn<QStringList>("steps"); // "action>status" or "action>!" (refused)
        QTest::newRow("enroll and sign") << QStringList { QStringLiteral("enroll>enrolling"),
            QStringLiteral("enroll>pending"), QStringLiteral("sign>active"), QStringLiteral("terminate>terminated") };
        QTest::newRow("sign new refused") << QStringList { QStringLiteral("sign>!"), QStringLiteral("terminate>!") };
        QTest::newRow("refine back") << QStringList { QStringLiteral("enroll>enrolling"),
            QStringLiteral("enroll>pending"), QStringLiteral("refine>enrolling"), QStringLiteral("sign>!"),
            QStringLiteral("enroll>pending"), QStringLiteral("sign>active"), QStringLiteral("enroll>!") };
        QTest::newRow("reject") << QStringList { QStringLiteral("reject>rejected"), QStringLiteral("enroll>!"),
            QStringLiteral("sign>!") };
        QTest::newRow("terminate twice") << QStringList { QStringLiteral("enroll>enrolling"),
            QStringLiteral("enroll>pending"), QStringLiteral("sign>active"), QStringLiteral("terminate>terminated"),
            QStringLiteral("terminate>!"), QStringLiteral("refine>!") };
    }

    void contractTransitions()
    {
        QFETCH(QStringList, steps);
        const QJsonObject agreement
            = m_sandbox->get(QStringLiteral("/agreements/") + str(contract(1), "agreement.id")).object();
        const QString id = cv::sandbox::market::newContract(context(), agreement, QStringLiteral("new"))
                               .value(QStringLiteral("id"))
                               .toString();
        const QString mp = str(contract(1), "marketplace.id");
        const int activeBefore = m_sandbox->get(QStringLiteral("/marketplaces/") + mp)
                                     .object()
                                     .value(QStringLiteral("active_contracts"))
                                     .toInt();
        QString status = QStringLiteral("new");
        for (const QString &step : steps) {
            const QString action = step.section(QLatin1Char('>'), 0, 0);
            const QString expected = step.section(QLatin1Char('>'), 1);
            const HttpResponse r = m_sandbox->post(QStringLiteral("/contracts/%1/%2").arg(id, action),
                { { QStringLiteral("termination_note"), QStringLiteral("end of deal") } });
            if (expected == QLatin1String("!")) {
                QCOMPARE(r.status, 400);
                QCOMPARE(r.errorCode(), QStringLiteral("CT_002"));
                QVERIFY2(r.errors().contains(id) && r.errors().contains(QStringLiteral("'%1'").arg(status)),
                    qPrintable(r.errors()));
                continue;
            }
            QVERIFY2(r.status == 200, qPrintable(step + QLatin1Char(' ') + r.errors()));
            status = r.object().value(QStringLiteral("status")).toString();
            QCOMPARE(status, expected);
            if (action == QLatin1String("sign")) {
                QVERIFY(!str(r.object(), "events.signed.at").isEmpty());
                QCOMPARE(str(r.object(), "events.signed.by.name"), QStringLiteral("Lab Admin"));
                QCOMPARE(m_sandbox->get(QStringLiteral("/marketplaces/") + mp)
                             .object()
                             .value(QStringLiteral("active_contracts"))
                             .toInt(),
                    activeBefore + 1);
            }
            if (action == QLatin1String("terminate"))
                QCOMPARE(
                    r.object().value(QStringLiteral("termination_note")).toString(), QStringLiteral("end of deal"));
        }
        QCOMPARE(m_sandbox->get(QStringLiteral("/contracts/") + id).object().value(QStringLiteral("status")).toString(),
            status);
    }

    void seededListings()
    {
        const HttpResponse listed = m_sandbox->get(QStringLiteral("/listings?eq(status,listed)"));
        QCOMPARE(listed.total(), 1);
        const QJsonObject listing = listed.array().at(0).toObject();
        QVERIFY(matches(QStringLiteral("LST-\\d{3}-\\d{3}-\\d{3}"), listing.value(QStringLiteral("id")).toString()));
        QCOMPARE(str(listing, "marketplace.id"), marketplace(0).value(QStringLiteral("id")).toString());
        QCOMPARE(str(listing, "product.id"), m_product);
        QCOMPARE(str(listing, "contract.marketplace.id"), marketplace(0).value(QStringLiteral("id")).toString());
        const HttpResponse reviewing = m_sandbox->get(QStringLiteral("/listing-requests?eq(state,reviewing)"));
        QCOMPARE(reviewing.total(), 1);
        const QJsonObject lr = reviewing.array().at(0).toObject();
        QVERIFY(matches(QStringLiteral("LSTR-\\d{3}-\\d{3}-\\d{3}-\\d{3}"), lr.value(QStringLiteral("id")).toString()));
        QCOMPARE(lr.value(QStringLiteral("type")).toString(), QStringLiteral("new"));
        QCOMPARE(m_sandbox->get(QStringLiteral("/listing-requests?eq(product.id,%1)").arg(m_product)).total(), 1);
        QCOMPARE(m_sandbox
                     ->get(QStringLiteral("/listing-requests?eq(marketplace__id,%1)")
                               .arg(marketplace(1).value(QStringLiteral("id")).toString()))
                     .total(),
            1);
        const QJsonObject pending = m_sandbox->get(QStringLiteral("/listings/") + str(lr, "listing.id")).object();
        QCOMPARE(str(pending, "pending_request.id"), lr.value(QStringLiteral("id")).toString());
        QCOMPARE(str(pending, "status"), QStringLiteral("unlisted"));
        QCOMPARE(m_sandbox->get(QStringLiteral("/listings?eq(pending_request.type,new)")).total(), 1);
        QCOMPARE(m_sandbox->get(QStringLiteral("/listings/LST-000-000-000")).status, 404);
        // PUT changes commercial attachments only.
        const QString url = QStringLiteral("/listings/") + listing.value(QStringLiteral("id")).toString();
        QCOMPARE(m_sandbox
                     ->put(url,
                         { { QStringLiteral("pricelist"),
                             QJsonObject { { QStringLiteral("id"), QStringLiteral("PL-1") } } } })
                     .object()
                     .value(QStringLiteral("pricelist"))
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toString(),
            QStringLiteral("PL-1"));
        QCOMPARE(m_sandbox->put(url, { { QStringLiteral("status"), QStringLiteral("unlisted") } }).errorCode(),
            QStringLiteral("LST_001"));
    }

    void listingRequestFlow_data()
    {
        QTest::addColumn<QStringList>("steps"); // "action>state" or "action>!" (refused)
        QTest::addColumn<QString>("listingStatus"); // the listing's status at the end
        QTest::newRow("complete lists") << QStringList { QStringLiteral("submit>reviewing"),
            QStringLiteral("deploy>deploying"), QStringLiteral("complete>completed") }
                                        << QStringLiteral("listed");
        QTest::newRow("refine and resubmit") << QStringList { QStringLiteral("submit>reviewing"),
            QStringLiteral("refine>draft"), QStringLiteral("submit>reviewing") }
                                             << QStringLiteral("unlisted");
        QTest::newRow("deploy from draft refused")
            << QStringList { QStringLiteral("deploy>!"), QStringLiteral("complete>!"), QStringLiteral("refine>!") }
            << QStringLiteral("unlisted");
        QTest::newRow("complete from reviewing refused") << QStringList { QStringLiteral("submit>reviewing"),
            QStringLiteral("complete>!"), QStringLiteral("submit>!") }
                                                         << QStringLiteral("unlisted");
        QTest::newRow("cancel ends it") << QStringList { QStringLiteral("submit>reviewing"),
            QStringLiteral("cancel>canceled"), QStringLiteral("submit>!"), QStringLiteral("cancel>!"),
            QStringLiteral("assign>!") } << QStringLiteral("unlisted");
        QTest::newRow("assign keeps state") << QStringList { QStringLiteral("assign>draft"),
            QStringLiteral("submit>reviewing"), QStringLiteral("unassign>reviewing") }
                                            << QStringLiteral("unlisted");
        QTest::newRow("cancel while deploying") << QStringList { QStringLiteral("submit>reviewing"),
            QStringLiteral("deploy>deploying"), QStringLiteral("cancel>canceled"), QStringLiteral("complete>!") }
                                                << QStringLiteral("unlisted");
    }

    void listingRequestFlow()
    {
        QFETCH(QStringList, steps);
        QFETCH(QString, listingStatus);
        const QString product = newProduct(QStringLiteral("Second product"), true);
        const HttpResponse created = m_sandbox->post(QStringLiteral("/listing-requests"),
            { { QStringLiteral("type"), QStringLiteral("New") }, { QStringLiteral("product_id"), product },
                { QStringLiteral("contract_id"), contract(1).value(QStringLiteral("id")).toString() },
                { QStringLiteral("note"), QStringLiteral("please list") } });
        QVERIFY2(created.status == 201, qPrintable(created.errors()));
        QCOMPARE(created.object().value(QStringLiteral("state")).toString(), QStringLiteral("draft"));
        QCOMPARE(created.object().value(QStringLiteral("note")).toString(), QStringLiteral("please list"));
        const QString id = created.object().value(QStringLiteral("id")).toString();
        const QString listingId = str(created.object(), "listing.id");
        QString state = QStringLiteral("draft");
        for (const QString &step : steps) {
            const QString action = step.section(QLatin1Char('>'), 0, 0);
            const QString expected = step.section(QLatin1Char('>'), 1);
            const HttpResponse r = m_sandbox->post(QStringLiteral("/listing-requests/%1/%2").arg(id, action));
            if (expected == QLatin1String("!")) {
                QCOMPARE(r.status, 400);
                QCOMPARE(r.errorCode(), QStringLiteral("LST_002"));
                QVERIFY2(r.errors().contains(id) && r.errors().contains(QStringLiteral("'%1'").arg(state)),
                    qPrintable(r.errors()));
                continue;
            }
            QVERIFY2(r.status == 200, qPrintable(step + QLatin1Char(' ') + r.errors()));
            state = r.object().value(QStringLiteral("state")).toString();
            QCOMPARE(state, expected);
            if (action == QLatin1String("assign"))
                QCOMPARE(str(r.object(), "assignee.name"), QStringLiteral("Lab Admin"));
            if (action == QLatin1String("unassign"))
                QVERIFY(r.object().value(QStringLiteral("assignee")).isNull());
        }
        const QJsonObject listing = m_sandbox->get(QStringLiteral("/listings/") + listingId).object();
        QCOMPARE(listing.value(QStringLiteral("status")).toString(), listingStatus);
        const bool open = state == QLatin1String("draft") || state == QLatin1String("reviewing")
            || state == QLatin1String("deploying");
        QCOMPARE(listing.value(QStringLiteral("pending_request")).isObject(), open);
        if (open)
            QCOMPARE(str(listing, "pending_request.status"), state);
    }

    void listingRules()
    {
        const QString crdUs = contract(1).value(QStringLiteral("id")).toString();
        const auto request = [this](const QString &product, const QString &contractId) {
            return m_sandbox->post(QStringLiteral("/listing-requests"),
                { { QStringLiteral("type"), QStringLiteral("new") }, { QStringLiteral("product_id"), product },
                    { QStringLiteral("contract_id"), contractId } });
        };
        const QString draft = newProduct(QStringLiteral("Draft product"), false);
        HttpResponse r = request(draft, crdUs);
        QCOMPARE(r.errorCode(), QStringLiteral("VAL_001"));
        QVERIFY2(r.errors().contains(QStringLiteral("must be published")), qPrintable(r.errors()));
        const QString published = newProduct(QStringLiteral("Published product"), true);
        r = request(published, contract(0).value(QStringLiteral("id")).toString()); // the program contract
        QVERIFY2(r.errors().contains(QStringLiteral("not a distribution contract")), qPrintable(r.errors()));
        const QJsonObject agreement
            = m_sandbox->get(QStringLiteral("/agreements/") + str(contract(1), "agreement.id")).object();
        const QString pending = cv::sandbox::market::newContract(context(), agreement, QStringLiteral("pending"))
                                    .value(QStringLiteral("id"))
                                    .toString();
        r = request(published, pending);
        QVERIFY2(r.errors().contains(QStringLiteral("must be active")), qPrintable(r.errors()));
        QVERIFY(request(published, QStringLiteral("CRD-00000-00000-00000"))
                    .errors()
                    .contains(QStringLiteral("does not exist")));
        QCOMPARE(m_sandbox->post(QStringLiteral("/listing-requests"), {}).errors(),
            QStringLiteral("type: This field is required."));
        QCOMPARE(
            m_sandbox->post(QStringLiteral("/listing-requests"), { { QStringLiteral("type"), QStringLiteral("move") } })
                .errorCode(),
            QStringLiteral("VAL_001"));
        // One listing per product per marketplace.
        r = request(m_product, crdUs);
        QVERIFY2(r.errors().contains(QStringLiteral("already listed")), qPrintable(r.errors()));
        r = request(m_product, contract(2).value(QStringLiteral("id")).toString()); // EU: the seeded request is pending
        QVERIFY2(r.errors().contains(QStringLiteral("pending request")), qPrintable(r.errors()));

        // Removing: needs a listed listing without a pending request; completing unlists it.
        const QString listed = m_sandbox->get(QStringLiteral("/listings?eq(status,listed)"))
                                   .array()
                                   .at(0)
                                   .toObject()
                                   .value(QStringLiteral("id"))
                                   .toString();
        const HttpResponse remove = m_sandbox->post(QStringLiteral("/listing-requests"),
            { { QStringLiteral("type"), QStringLiteral("remove") }, { QStringLiteral("listing_id"), listed } });
        QCOMPARE(remove.status, 201);
        QVERIFY(
            m_sandbox
                ->post(QStringLiteral("/listing-requests"),
                    { { QStringLiteral("type"), QStringLiteral("update") }, { QStringLiteral("listing_id"), listed } })
                .errors()
                .contains(QStringLiteral("pending request")));
        const QString removeId = remove.object().value(QStringLiteral("id")).toString();
        for (const char *action : { "submit", "deploy", "complete" })
            QCOMPARE(
                m_sandbox->post(QStringLiteral("/listing-requests/%1/%2").arg(removeId, QLatin1String(action))).status,
                200);
        QCOMPARE(
            m_sandbox->get(QStringLiteral("/listings/") + listed).object().value(QStringLiteral("status")).toString(),
            QStringLiteral("unlisted"));
        QVERIFY(
            m_sandbox
                ->post(QStringLiteral("/listing-requests"),
                    { { QStringLiteral("type"), QStringLiteral("remove") }, { QStringLiteral("listing_id"), listed } })
                .errors()
                .contains(QStringLiteral("not listed")));
        // Listing it again reuses the unlisted listing.
        const HttpResponse again = request(m_product, crdUs);
        QCOMPARE(again.status, 201);
        QCOMPARE(str(again.object(), "listing.id"), listed);
        QCOMPARE(m_sandbox->get(QStringLiteral("/listing-requests?eq(type,remove)")).total(), 1);
        QCOMPARE(m_sandbox->get(QStringLiteral("/listing-requests/LSTR-000-000-000-000")).status, 404);
    }

    // Issue 14: the vendor enrols in a distribution agreement (POST /agreements/{id}/contracts), signs a newer
    // version of an agreement on its active contract, and the demo agreements carry real documents.
    void enrolAndSignANewerVersion()
    {
        const QJsonObject program
            = m_sandbox->get(QStringLiteral("/agreements?eq(type,program)")).array().at(0).toObject();
        const QString agpId = program.value(QStringLiteral("id")).toString();
        const QString crpId = m_sandbox->get(QStringLiteral("/agreements/%1/contracts").arg(agpId))
                                  .array()
                                  .at(0)
                                  .toObject()
                                  .value(QStringLiteral("id"))
                                  .toString();
        // Nothing to sign while the contract is on the active version.
        QCOMPARE(
            m_sandbox->post(QStringLiteral("/contracts/%1/sign").arg(crpId)).errorCode(), QStringLiteral("CT_002"));
        QCOMPARE(m_sandbox
                     ->post(QStringLiteral("/agreements/%1/versions").arg(agpId),
                         { { QStringLiteral("document_type"), QStringLiteral("uploaded") },
                             { QStringLiteral("active"), true } })
                     .status,
            201);
        const HttpResponse signedV2 = m_sandbox->post(QStringLiteral("/contracts/%1/sign").arg(crpId));
        QCOMPARE(signedV2.status, 200);
        QCOMPARE(signedV2.object().value(QStringLiteral("version")).toInt(), 2);
        QCOMPARE(signedV2.object().value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QVERIFY(!str(signedV2.object(), "events.signed.at").isEmpty());
        QCOMPARE(
            m_sandbox->post(QStringLiteral("/contracts/%1/sign").arg(crpId)).errorCode(), QStringLiteral("CT_002"));
        // The active-contract counters did not move: it was already active.
        const QString usId = marketplace(0).value(QStringLiteral("id")).toString();
        QCOMPARE(m_sandbox->get(QStringLiteral("/marketplaces/") + usId)
                     .object()
                     .value(QStringLiteral("active_contracts"))
                     .toInt(),
            1);

        // Enrol: refused while the vendor has a contract; a new agreement without auto accept starts enrolling.
        const QString agdUs = str(contract(1), "agreement.id");
        QCOMPARE(m_sandbox->post(QStringLiteral("/agreements/%1/contracts").arg(agdUs)).errorCode(),
            QStringLiteral("CT_001"));
        const HttpResponse created = m_sandbox->post(QStringLiteral("/agreements"),
            { { QStringLiteral("type"), QStringLiteral("distribution") },
                { QStringLiteral("name"), QStringLiteral("Late terms") }, { QStringLiteral("description"), QString() },
                { QStringLiteral("marketplace"), QJsonObject { { QStringLiteral("id"), usId } } } });
        QCOMPARE(created.status, 201);
        const QString lateId = created.object().value(QStringLiteral("id")).toString();
        const HttpResponse enrolled = m_sandbox->post(QStringLiteral("/agreements/%1/contracts").arg(lateId),
            { { QStringLiteral("note"), QStringLiteral("hello") } });
        QCOMPARE(enrolled.status, 201);
        QCOMPARE(enrolled.object().value(QStringLiteral("status")).toString(), QStringLiteral("enrolling"));
        QCOMPARE(enrolled.object().value(QStringLiteral("note")).toString(), QStringLiteral("hello"));
        QCOMPARE(str(enrolled.object(), "marketplace.id"), usId);
        QCOMPARE(m_sandbox->post(QStringLiteral("/agreements/AGD-000-000-000/contracts")).status, 404);
    }

    void demoAgreementDocuments()
    {
        seedAgreementDocuments(context(), m_market);
        QCOMPARE(m_sandbox->get(QStringLiteral("/agreements")).total(), 4);
        const QString agpId = m_sandbox->get(QStringLiteral("/agreements?eq(type,program)"))
                                  .array()
                                  .at(0)
                                  .toObject()
                                  .value(QStringLiteral("id"))
                                  .toString();
        const HttpResponse versions = m_sandbox->get(QStringLiteral("/agreements/%1/versions").arg(agpId));
        QCOMPARE(versions.total(), 2);
        QNetworkAccessManager network;
        for (int v : { 1, 2 }) {
            QNetworkRequest request(
                QUrl(m_sandbox->baseUrl() + QStringLiteral("/agreements/%1/versions/%2/document").arg(agpId).arg(v)));
            request.setRawHeader("Authorization", "ApiKey " + m_sandbox->apiKey());
            request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
            QNetworkReply *reply = network.get(request);
            QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000));
            const QUrl location(QString::fromUtf8(reply->rawHeader("Location")));
            reply->deleteLater();
            QVERIFY2(location.path().endsWith(QStringLiteral(".pdf")), qPrintable(location.toString()));
            QNetworkReply *doc = network.get(QNetworkRequest(location));
            QVERIFY(QTest::qWaitFor([doc] { return doc->isFinished(); }, 10000));
            QCOMPARE(doc->header(QNetworkRequest::ContentTypeHeader).toString(), QStringLiteral("application/pdf"));
            const QByteArray pdf = doc->readAll();
            doc->deleteLater();
            QVERIFY(pdf.startsWith("%PDF-1.4"));
            QVERIFY(pdf.trimmed().endsWith("%%EOF"));
            QCOMPARE(pdf.contains("Data protection"), v == 2);
        }
        // The vendor signed version 1 of the program, version 2 of the distribution agreements.
        QCOMPARE(m_sandbox->get(QStringLiteral("/agreements/%1/contracts").arg(agpId))
                     .array()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("version"))
                     .toInt(),
            1);
        QCOMPARE(m_sandbox->get(QStringLiteral("/contracts/") + contract(1).value(QStringLiteral("id")).toString())
                     .object()
                     .value(QStringLiteral("version"))
                     .toInt(),
            2);
        const HttpResponse apac = m_sandbox->get(QStringLiteral("/marketplaces?eq(name,Cloud%20Marketplace%20APAC)"));
        QCOMPARE(apac.total(), 1);
        const QString apacId = apac.array().at(0).toObject().value(QStringLiteral("id")).toString();
        const HttpResponse apacAgreement
            = m_sandbox->get(QStringLiteral("/agreements?eq(marketplace.id,%1)").arg(apacId));
        QCOMPARE(apacAgreement.total(), 1);
        QVERIFY(apacAgreement.array().at(0).toObject().value(QStringLiteral("auto_accept")).toBool());
        QCOMPARE(m_sandbox
                     ->get(QStringLiteral("/agreements/%1/contracts")
                               .arg(apacAgreement.array().at(0).toObject().value(QStringLiteral("id")).toString()))
                     .total(),
            0);
    }
};

CV_TEST_CORE_MAIN(TestSandboxMarket)
#include "tst_sandbox_market.moc"
