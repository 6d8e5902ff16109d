// connect-sandbox over real HTTP: the lab's "Start Preview" flow end to end (previewapi.cpp): tier
// accounts and a pending purchase on the preview connection, steps advancing on each poll, the vendor's
// notification e-mail, and the customer control panel data after approval.
#include "sandboxfixture.h"
#include "testmain.h"

using namespace Qt::StringLiterals;
using cv::test::HttpResponse;
using cv::test::SandboxFixture;

class TestSandboxPreview final : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_sandbox;
    QString m_product;

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        QVERIFY2(m_sandbox->ok(), qPrintable(m_sandbox->error()));
        const HttpResponse created = m_sandbox->post(u"/products"_s, { { u"name"_s, u"Connect Cloud Storage"_s } });
        QCOMPARE(created.status, 201);
        m_product = created.object().value(u"id"_s).toString();
    }

    void cleanup() { m_sandbox.reset(); }

    void previewEndToEnd()
    {
        // A user invited a minute ago (the lab's "Add User") has not signed up: Connect notifies active users only.
        const QString accountId = m_sandbox->get(u"/accounts"_s).array().first().toObject().value(u"id"_s).toString();
        const QString invited = u"new.colleague@example.com"_s;
        QCOMPARE(m_sandbox->post(u"/accounts/%1/users"_s.arg(accountId), { { u"email"_s, invited } }).status, 201);
        const HttpResponse started = m_sandbox->post(u"/products/%1/preview"_s.arg(m_product),
            { { u"customer"_s, QJsonObject { { u"name"_s, u"Fabrikam Inc."_s } } },
                { u"asset"_s,
                    QJsonObject { { u"params"_s,
                                      QJsonArray { QJsonObject {
                                          { u"id"_s, u"param_a"_s }, { u"value"_s, u"fabrikam.example"_s } } } },
                        { u"items"_s,
                            QJsonArray { QJsonObject { { u"id"_s, u"SKU-B"_s }, { u"quantity"_s, 3 } } } } } } });
        QVERIFY2(started.status == 201, started.body.constData());
        QJsonObject preview = started.object();
        const QString previewId = preview.value(u"id"_s).toString();
        QVERIFY(QRegularExpression(u"^PRV-\\d{4}-\\d{4}$"_s).match(previewId).hasMatch());
        QCOMPARE(preview.value(u"status"_s).toString(), u"running"_s);
        const QJsonArray steps = preview.value(u"steps"_s).toArray();
        QCOMPARE(steps.size(), 5);
        QCOMPARE(steps.first().toObject().value(u"status"_s).toString(), u"running"_s);
        QCOMPARE(steps.last().toObject().value(u"status"_s).toString(), u"pending"_s);
        QVERIFY(preview.value(u"notification"_s).isNull());

        // Each poll completes one step.
        for (int poll = 1; poll <= 5; ++poll) {
            const HttpResponse polled = m_sandbox->get(u"/products/%1/preview/%2"_s.arg(m_product, previewId));
            QCOMPARE(polled.status, 200);
            preview = polled.object();
            const QJsonArray now = preview.value(u"steps"_s).toArray();
            for (int i = 0; i < 5; ++i) {
                const QString expected = i < poll ? u"done"_s : i == poll ? u"running"_s : u"pending"_s;
                QCOMPARE(now.at(i).toObject().value(u"status"_s).toString(), expected);
            }
        }
        QCOMPARE(preview.value(u"status"_s).toString(), u"done"_s);
        QCOMPARE(m_sandbox->get(u"/products/%1/preview/%2"_s.arg(m_product, previewId)).object(), preview); // stable
        QCOMPARE(m_sandbox->get(u"/products/PRD-000-000-000/preview/%1"_s.arg(previewId)).status, 404);

        const QString requestId = preview.value(u"request"_s).toObject().value(u"id"_s).toString();
        const QJsonObject request = m_sandbox->get(u"/requests/"_s + requestId).object();
        QCOMPARE(request.value(u"status"_s).toString(), u"pending"_s);
        QCOMPARE(request.value(u"type"_s).toString(), u"purchase"_s);
        const QJsonObject asset = request.value(u"asset"_s).toObject();
        const QJsonObject connection = asset.value(u"connection"_s).toObject();
        QCOMPARE(connection.value(u"id"_s).toString(), u"CT-0000-0000-0000"_s);
        QCOMPARE(connection.value(u"type"_s).toString(), u"preview"_s);
        QCOMPARE(connection.value(u"hub"_s).toObject().value(u"id"_s).toString(), u"HB-0000-0000"_s);
        QCOMPARE(connection.value(u"hub"_s).toObject().value(u"name"_s).toString(), u"Demo hub"_s);
        QCOMPARE(asset.value(u"items"_s).toArray().size(), 1);
        QCOMPARE(asset.value(u"items"_s).toArray().first().toObject().value(u"quantity"_s).toString(), u"3"_s);
        QCOMPARE(
            asset.value(u"params"_s).toArray().first().toObject().value(u"value"_s).toString(), u"fabrikam.example"_s);
        const QJsonObject customer = asset.value(u"tiers"_s).toObject().value(u"customer"_s).toObject();
        QCOMPARE(customer.value(u"name"_s).toString(), u"Fabrikam Inc."_s);
        const QJsonObject contact = customer.value(u"contact_info"_s).toObject().value(u"contact"_s).toObject();
        QVERIFY(!contact.value(u"first_name"_s).toString().isEmpty());
        QVERIFY(contact.value(u"email"_s).toString().contains(u'@'));
        QVERIFY(!contact.value(u"phone_number"_s).toObject().value(u"phone_number"_s).toString().isEmpty());
        const QJsonObject reseller = asset.value(u"tiers"_s).toObject().value(u"tier1"_s).toObject();
        QVERIFY(!reseller.value(u"name"_s).toString().isEmpty());
        QCOMPARE(m_sandbox->get(u"/tier/accounts/"_s + customer.value(u"id"_s).toString())
                     .object()
                     .value(u"environment"_s)
                     .toString(),
            u"preview"_s);
        QCOMPARE(m_sandbox->get(u"/requests?eq(asset.connection.type,preview)"_s).total(), 1);

        // The vendor's e-mail.
        const QJsonObject email = preview.value(u"notification"_s).toObject();
        QCOMPARE(email.value(u"subject"_s).toString(),
            u"New purchase request %1 for Connect Cloud Storage"_s.arg(requestId));
        QVERIFY(email.value(u"body"_s).toString().contains(u"Manual processing is required"_s));
        const QJsonArray recipients = email.value(u"to"_s).toArray();
        QVERIFY(!recipients.isEmpty());
        for (const QJsonValue &recipient : recipients)
            QVERIFY2(recipient.toObject().value(u"email"_s).toString() != invited,
                qPrintable(email.value(u"body"_s).toString()));
        const HttpResponse emails = m_sandbox->get(u"/notifications/emails"_s);
        QCOMPARE(emails.status, 200);
        QCOMPARE(emails.array().size(), 1);
        QCOMPARE(emails.array().first().toObject(), email);

        // The customer control panel: no activation until approval, then the rendered template.
        const QString assetId = asset.value(u"id"_s).toString();
        QCOMPARE(m_sandbox
                     ->put(u"/products/"_s + m_product,
                         { { u"customer_ui_settings"_s,
                             QJsonObject { { u"description"_s, u"Secure storage for teams."_s },
                                 { u"getting_started"_s, u"Sign in with your e-mail."_s } } } })
                     .status,
            200);
        QCOMPARE(m_sandbox
                     ->post(u"/products/%1/actions"_s.arg(m_product),
                         { { u"action"_s, u"reset_password"_s }, { u"name"_s, u"Reset password"_s },
                             { u"title"_s, u"Reset password"_s }, { u"description"_s, u"Sends a reset link."_s },
                             { u"scope"_s, u"asset"_s }, { u"type"_s, u"button"_s } })
                     .status,
            201);
        QJsonObject ccp = m_sandbox->get(u"/assets/%1/ccp"_s.arg(assetId)).object();
        QVERIFY(ccp.value(u"activation"_s).isNull());
        QCOMPARE(ccp.value(u"product"_s).toObject().value(u"description"_s).toString(), u"Secure storage for teams."_s);
        QCOMPARE(
            ccp.value(u"product"_s).toObject().value(u"getting_started"_s).toString(), u"Sign in with your e-mail."_s);
        QCOMPARE(ccp.value(u"actions"_s).toArray().size(), 1);
        QCOMPARE(
            ccp.value(u"actions"_s).toArray().first().toObject().value(u"title"_s).toString(), u"Reset password"_s);
        const QString templateId
            = m_sandbox->get(u"/products/%1/templates?and(eq(scope,asset),eq(type,fulfillment))"_s.arg(m_product))
                  .array()
                  .first()
                  .toObject()
                  .value(u"id"_s)
                  .toString();
        QCOMPARE(m_sandbox->post(u"/requests/%1/approve"_s.arg(requestId), { { u"template_id"_s, templateId } }).status,
            200);
        // The approval is mailed as the service does: the vendor's copy and the customer's activation e-mail.
        const QJsonArray mails = m_sandbox->get(u"/notifications/emails"_s).array();
        QCOMPARE(mails.size(), 3);
        const QJsonObject vendorCopy = mails.at(1).toObject();
        QCOMPARE(vendorCopy.value(u"type"_s).toString(), u"request_approved"_s);
        QCOMPARE(vendorCopy.value(u"subject"_s).toString(),
            u"Request %1 for Connect Cloud Storage was approved"_s.arg(requestId));
        QVERIFY(vendorCopy.value(u"body"_s).toString().contains(u"fabrikam.example"_s));
        const QJsonObject activation = mails.at(2).toObject();
        QCOMPARE(activation.value(u"type"_s).toString(), u"activation"_s);
        QCOMPARE(activation.value(u"to"_s).toArray().first().toObject().value(u"email"_s).toString(),
            contact.value(u"email"_s).toString());
        QVERIFY(activation.value(u"body"_s).toString().contains(u"**fabrikam.example**"_s));
        QCOMPARE(activation.value(u"request"_s).toObject().value(u"id"_s).toString(), requestId);
        ccp = m_sandbox->get(u"/assets/%1/ccp"_s.arg(assetId)).object();
        QVERIFY(
            ccp.value(u"activation"_s).toObject().value(u"message"_s).toString().contains(u"**fabrikam.example**"_s));
        QCOMPARE(ccp.value(u"asset"_s).toObject().value(u"status"_s).toString(), u"active"_s);
        QCOMPARE(m_sandbox->get(u"/assets/AS-0000-0000-0000/ccp"_s).status, 404);
    }

    void defaultsAndValidation()
    {
        const HttpResponse started = m_sandbox->post(u"/products/%1/preview"_s.arg(m_product));
        QCOMPARE(started.status, 201);
        const QString requestId = started.object().value(u"request"_s).toObject().value(u"id"_s).toString();
        const QJsonObject asset = m_sandbox->get(u"/requests/"_s + requestId).object().value(u"asset"_s).toObject();
        QCOMPARE(asset.value(u"items"_s).toArray().size(), 2); // every item, quantity 1
        for (const QJsonValue &item : asset.value(u"items"_s).toArray())
            QCOMPARE(item.toObject().value(u"quantity"_s).toString(), u"1"_s);
        const QJsonObject customer = asset.value(u"tiers"_s).toObject().value(u"customer"_s).toObject();
        QVERIFY(!customer.value(u"name"_s).toString().isEmpty());
        QVERIFY(!customer.value(u"contact_info"_s).toObject().value(u"address_line1"_s).toString().isEmpty());
        QVERIFY(m_sandbox->get(u"/notifications/emails"_s).array().isEmpty()); // not notified before the last step

        const HttpResponse refused = m_sandbox->post(u"/products/%1/preview"_s.arg(m_product),
            { { u"asset"_s,
                QJsonObject { { u"items"_s, QJsonArray { QJsonObject { { u"id"_s, u"NOPE"_s } } } },
                    { u"params"_s,
                        QJsonArray { QJsonObject { { u"id"_s, u"ghost"_s }, { u"value"_s, u"x"_s } } } } } } });
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.errorCode(), u"VAL_001"_s);
        QVERIFY(refused.errors().contains(u"NOPE"_s) && refused.errors().contains(u"ghost"_s));
        QCOMPARE(m_sandbox->post(u"/products/PRD-000-000-000/preview"_s).status, 404);
    }
};

CV_TEST_CORE_MAIN(TestSandboxPreview)
#include "tst_sandbox_preview.moc"
