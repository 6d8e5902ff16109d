// connect-sandbox over real HTTP: fulfilment requests, their transitions (REFERENCE §3.14), assets,
// tier accounts, tier config requests, conversations, the demo seed and the request generator.
#include "sandboxfixture.h"
#include "testmain.h"

#include "sandbox/api/sandboxcontext.h"
#include "sandbox/seed/demoseed.h"
#include "sandbox/seed/requestgenerator.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;
using cv::test::HttpResponse;
using cv::test::SandboxFixture;

class TestSandboxRequests final : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_sandbox;
    QString m_product;
    QString m_activation; // the product's fulfilment template
    QString m_inquire; // its inquire template
    QString m_tier1Template;

    QJsonObject purchaseBody(const QString &environment = u"test"_s, const QString &status = {})
    {
        QJsonObject body { { u"type"_s, u"purchase"_s },
            { u"asset"_s,
                QJsonObject { { u"product"_s, QJsonObject { { u"id"_s, m_product } } },
                    { u"connection"_s, QJsonObject { { u"type"_s, environment } } },
                    { u"external_id"_s, u"ORDER-1001"_s },
                    { u"items"_s, QJsonArray { QJsonObject { { u"id"_s, u"SKU-A"_s }, { u"quantity"_s, 5 } } } },
                    { u"params"_s,
                        QJsonArray { QJsonObject { { u"id"_s, u"param_a"_s }, { u"value"_s, u"alpha"_s } } } },
                    { u"tiers"_s,
                        QJsonObject {
                            { u"customer"_s,
                                QJsonObject { { u"name"_s, u"Northwind Traders Inc."_s },
                                    { u"contact_info"_s,
                                        QJsonObject { { u"country"_s, u"US"_s }, { u"city"_s, u"Austin"_s },
                                            { u"contact"_s,
                                                QJsonObject { { u"email"_s, u"olivia@northwind.example"_s } } } } } } },
                            { u"tier1"_s, QJsonObject { { u"name"_s, u"Contoso Cloud Services"_s } } } } } } } };
        if (!status.isEmpty())
            body.insert(u"status"_s, status);
        return body;
    }

    QJsonObject create(const QJsonObject &body)
    {
        const HttpResponse created = m_sandbox->post(u"/requests"_s, body);
        if (created.status != 201)
            qWarning().noquote() << created.status << created.body;
        return created.object();
    }

    HttpResponse act(const QString &id, const QString &action, const QJsonObject &body = {})
    {
        return m_sandbox->post(u"/requests/%1/%2"_s.arg(id, action), body);
    }

    QJsonObject bodyFor(const QString &action)
    {
        if (action == QLatin1String("approve"))
            return { { u"template_id"_s, m_activation } };
        if (action == QLatin1String("inquire"))
            return { { u"template_id"_s, m_inquire } };
        if (action == QLatin1String("fail") || action == QLatin1String("revoke"))
            return { { u"reason"_s, u"Out of stock"_s } };
        if (action == QLatin1String("schedule"))
            return { { u"planned_date"_s, u"2030-01-01T10:00:00+00:00"_s } };
        if (action == QLatin1String("assign"))
            return { { u"email"_s, u"admin@lab-vendor.example"_s } };
        return {};
    }

    /// A purchase request brought to `status` through the API.
    QString requestIn(const QString &status)
    {
        const bool direct = status == QLatin1String("draft") || status == QLatin1String("tiers_setup");
        const QString id = create(purchaseBody(u"test"_s, direct ? status : QString())).value(u"id"_s).toString();
        const auto step = [&](const char *action) {
            const HttpResponse r = act(id, QLatin1String(action), bodyFor(QLatin1String(action)));
            if (r.status != 200)
                qWarning().noquote() << action << r.body;
        };
        if (status == QLatin1String("inquiring"))
            step("inquire");
        else if (status == QLatin1String("approved"))
            step("approve");
        else if (status == QLatin1String("failed"))
            step("fail");
        if (status == QLatin1String("scheduled") || status == QLatin1String("revoking")
            || status == QLatin1String("revoked"))
            step("schedule");
        if (status == QLatin1String("revoking") || status == QLatin1String("revoked"))
            step("revoke");
        if (status == QLatin1String("revoked"))
            step("confirm");
        return id;
    }

    QString templateId(const char *query)
    {
        return m_sandbox->get(u"/products/%1/templates?%2"_s.arg(m_product, QLatin1String(query)))
            .array()
            .first()
            .toObject()
            .value(u"id"_s)
            .toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        QVERIFY2(m_sandbox->ok(), qPrintable(m_sandbox->error()));
        const HttpResponse created = m_sandbox->post(u"/products"_s, { { u"name"_s, u"Connect Cloud Storage"_s } });
        QCOMPARE(created.status, 201);
        m_product = created.object().value(u"id"_s).toString();
        m_activation = templateId("and(eq(scope,asset),eq(type,fulfillment))");
        m_inquire = templateId("and(eq(scope,asset),eq(type,inquire))");
        m_tier1Template = templateId("eq(scope,tier1)");
        QVERIFY(!m_activation.isEmpty() && !m_inquire.isEmpty() && !m_tier1Template.isEmpty());
    }

    void cleanupTestCase() { m_sandbox.reset(); }

    void purchaseHasConnectShape()
    {
        const QJsonObject request = create(purchaseBody());
        const QString id = request.value(u"id"_s).toString();
        QVERIFY2(QRegularExpression(u"^PR-\\d{4}-\\d{4}-\\d{4}-001$"_s).match(id).hasMatch(), qPrintable(id));
        QCOMPARE(request.value(u"status"_s).toString(), u"pending"_s);
        QCOMPARE(request.value(u"assignee"_s).toString(), QString());
        const QJsonObject asset = request.value(u"asset"_s).toObject();
        QCOMPARE(id.left(17), u"PR-"_s + asset.value(u"id"_s).toString().mid(3));
        QCOMPARE(asset.value(u"status"_s).toString(), u"processing"_s);
        QCOMPARE(asset.value(u"connection"_s).toObject().value(u"type"_s).toString(), u"test"_s);
        const QJsonObject item = asset.value(u"items"_s).toArray().first().toObject();
        QCOMPARE(item.value(u"quantity"_s).toString(), u"5"_s);
        QCOMPARE(item.value(u"old_quantity"_s).toString(), u"0"_s);
        QCOMPARE(item.value(u"global_id"_s).toString(), m_product + u"-0001"_s);
        QCOMPARE(item.value(u"item_type"_s).toString(), u"Reservation"_s);
        const QJsonObject customer = asset.value(u"tiers"_s).toObject().value(u"customer"_s).toObject();
        QVERIFY(customer.value(u"id"_s).toString().startsWith(u"TA-"_s));
        QVERIFY(asset.value(u"tiers"_s)
                    .toObject()
                    .value(u"tier1"_s)
                    .toObject()
                    .value(u"id"_s)
                    .toString()
                    .startsWith(u"TA-0-"_s));
        const QJsonObject account = m_sandbox->get(u"/tier/accounts/"_s + customer.value(u"id"_s).toString()).object();
        QCOMPARE(account.value(u"environment"_s).toString(), u"test"_s);
        QCOMPARE(account.value(u"type"_s).toString(), u"customer"_s);
        QCOMPARE(
            account.value(u"contact_info"_s).toObject().value(u"contact"_s).toObject().value(u"email"_s).toString(),
            u"olivia@northwind.example"_s);
        QCOMPARE(m_sandbox->get(u"/requests/"_s + id).object(), request);
        QCOMPARE(m_sandbox->get(u"/assets/%1/requests"_s.arg(asset.value(u"id"_s).toString())).total(), 1);
        // Validation of the create body.
        QJsonObject bad = purchaseBody();
        QJsonObject badAsset = bad.value(u"asset"_s).toObject();
        badAsset.insert(u"items"_s, QJsonArray { QJsonObject { { u"id"_s, u"NOPE"_s }, { u"quantity"_s, 1 } } });
        badAsset.insert(u"params"_s, QJsonArray { QJsonObject { { u"id"_s, u"ghost"_s }, { u"value"_s, u"x"_s } } });
        bad.insert(u"asset"_s, badAsset);
        const HttpResponse refused = m_sandbox->post(u"/requests"_s, bad);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.errorCode(), u"VAL_001"_s);
        QVERIFY2(refused.errors().contains(u"NOPE"_s) && refused.errors().contains(u"ghost"_s),
            qPrintable(refused.errors()));
        QCOMPARE(m_sandbox->post(u"/requests"_s, { { u"type"_s, u"teleport"_s } }).errorCode(), u"VAL_001"_s);
        QCOMPARE(m_sandbox->get(u"/requests/PR-0000-0000-0000-001"_s).status, 404);
    }

    void transitions_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("to"); // empty: refused with REQ_003
        // The server's rules, written out independently of the sandbox's table.
        const QHash<QString, QHash<QString, QString>> allowed {
            { u"purchase"_s, { { u"draft"_s, u"pending"_s } } },
            { u"submit"_s, { { u"draft"_s, u"pending"_s }, { u"tiers_setup"_s, u"pending"_s } } },
            { u"pend"_s, { { u"inquiring"_s, u"pending"_s }, { u"draft"_s, u"pending"_s } } },
            { u"inquire"_s, { { u"pending"_s, u"inquiring"_s } } },
            { u"approve"_s, { { u"pending"_s, u"approved"_s } } },
            { u"fail"_s, { { u"pending"_s, u"failed"_s }, { u"inquiring"_s, u"failed"_s } } },
            { u"schedule"_s, { { u"pending"_s, u"scheduled"_s } } },
            { u"revoke"_s, { { u"scheduled"_s, u"revoking"_s } } },
            { u"confirm"_s, { { u"revoking"_s, u"revoked"_s } } },
        };
        const QStringList statuses { u"draft"_s, u"tiers_setup"_s, u"pending"_s, u"inquiring"_s, u"approved"_s,
            u"failed"_s, u"scheduled"_s, u"revoking"_s, u"revoked"_s };
        const QStringList open { u"draft"_s, u"tiers_setup"_s, u"pending"_s, u"inquiring"_s, u"scheduled"_s,
            u"revoking"_s };
        for (const QString &from : statuses) {
            for (auto it = allowed.cbegin(); it != allowed.cend(); ++it)
                QTest::addRow("%s %s", qPrintable(it.key()), qPrintable(from))
                    << from << it.key() << it.value().value(from);
            for (const char *keep : { "assign", "unassign" })
                QTest::addRow("%s %s", keep, qPrintable(from))
                    << from << QString::fromLatin1(keep) << (open.contains(from) ? from : QString());
        }
    }

    void transitions()
    {
        QFETCH(QString, from);
        QFETCH(QString, action);
        QFETCH(QString, to);
        const QString id = requestIn(from);
        QCOMPARE(m_sandbox->get(u"/requests/"_s + id).object().value(u"status"_s).toString(), from);
        const HttpResponse reply = act(id, action, bodyFor(action));
        if (to.isEmpty()) {
            QCOMPARE(reply.status, 400);
            QCOMPARE(reply.errorCode(), u"REQ_003"_s);
            QVERIFY2(reply.errors().startsWith(u"Request %1 cannot be "_s.arg(id)), qPrintable(reply.errors()));
            QVERIFY2(reply.errors().endsWith(u" from the '%1' status."_s.arg(from)), qPrintable(reply.errors()));
            QCOMPARE(m_sandbox->get(u"/requests/"_s + id).object().value(u"status"_s).toString(), from);
        } else {
            QVERIFY2(reply.status == 200, reply.body.constData());
            QCOMPARE(reply.object().value(u"status"_s).toString(), to);
            QCOMPARE(m_sandbox->get(u"/requests/"_s + id).object().value(u"status"_s).toString(), to);
        }
    }

    void approveRendersTemplateAndActivatesAsset()
    {
        const QString id = create(purchaseBody()).value(u"id"_s).toString();
        QCOMPARE(act(id, u"approve"_s).errorCode(), u"VAL_001"_s); // template_id is required
        QCOMPARE(act(id, u"approve"_s, { { u"template_id"_s, m_inquire } }).errorCode(), u"VAL_001"_s);
        QCOMPARE(act(id, u"approve"_s, { { u"template_id"_s, u"TL-000-000-000"_s } }).errorCode(), u"VAL_001"_s);
        const HttpResponse put = m_sandbox->put(u"/requests/"_s + id,
            { { u"note"_s, u"Checked by sales"_s },
                { u"asset"_s,
                    QJsonObject { { u"params"_s,
                        QJsonArray { QJsonObject { { u"id"_s, u"param_b"_s }, { u"value"_s, u"bravo"_s } } } } } } });
        QCOMPARE(put.status, 200);
        QCOMPARE(put.object().value(u"note"_s).toString(), u"Checked by sales"_s);
        const QString before = put.object().value(u"updated"_s).toString();
        const HttpResponse approved = act(id, u"approve"_s, { { u"template_id"_s, m_activation } });
        QVERIFY2(approved.status == 200, approved.body.constData());
        const QJsonObject request = approved.object();
        QVERIFY(request.value(u"updated"_s).toString() > before);
        const QString message = request.value(u"template"_s).toObject().value(u"message"_s).toString();
        QCOMPARE(request.value(u"template"_s).toObject().value(u"id"_s).toString(), m_activation);
        QVERIFY2(message.contains(u"**param_a** is **alpha**"_s) && message.contains(u"**param_b** is **bravo**"_s),
            qPrintable(message));
        QCOMPARE(request.value(u"activation_key"_s).toString(), message);
        QVERIFY(!request.value(u"effective_date"_s).toString().isEmpty());
        const QString assetId = request.value(u"asset"_s).toObject().value(u"id"_s).toString();
        QCOMPARE(request.value(u"asset"_s).toObject().value(u"status"_s).toString(), u"active"_s);
        QCOMPARE(m_sandbox->get(u"/assets/"_s + assetId).object().value(u"status"_s).toString(), u"active"_s);
        const HttpResponse rendered = m_sandbox->get(u"/requests/%1/render"_s.arg(id));
        QVERIFY(rendered.header("content-type").startsWith("text/markdown"));
        QCOMPARE(QString::fromUtf8(rendered.body), message);
        QVERIFY(QString::fromUtf8(m_sandbox->get(u"/assets/%1/render"_s.arg(assetId)).body).contains(u"bravo"_s));
        // Approved: values are frozen.
        const HttpResponse frozen = m_sandbox->put(u"/requests/"_s + id, { { u"note"_s, u"late"_s } });
        QCOMPARE(frozen.errorCode(), u"REQ_003"_s);

        // Follow-ups: change applies the quantities, suspend/resume/cancel move the asset.
        const HttpResponse change = m_sandbox->post(u"/requests"_s,
            { { u"type"_s, u"change"_s },
                { u"asset"_s,
                    QJsonObject { { u"id"_s, assetId },
                        { u"items"_s,
                            QJsonArray { QJsonObject {
                                { u"id"_s, QString(m_product + u"-0001"_s) }, { u"quantity"_s, 12 } } } } } } });
        QCOMPARE(change.status, 201);
        const QJsonObject line
            = change.object().value(u"asset"_s).toObject().value(u"items"_s).toArray().first().toObject();
        QCOMPARE(line.value(u"quantity"_s).toString(), u"12"_s);
        QCOMPARE(line.value(u"old_quantity"_s).toString(), u"5"_s);
        QVERIFY(change.object().value(u"id"_s).toString().endsWith(u"-002"_s));
        QCOMPARE(
            act(change.object().value(u"id"_s).toString(), u"approve"_s, { { u"template_id"_s, m_activation } }).status,
            200);
        QCOMPARE(m_sandbox->get(u"/assets/"_s + assetId)
                     .object()
                     .value(u"items"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"quantity"_s)
                     .toString(),
            u"12"_s);
        QCOMPARE(m_sandbox
                     ->post(u"/requests"_s,
                         { { u"type"_s, u"resume"_s }, { u"asset"_s, QJsonObject { { u"id"_s, assetId } } } })
                     .errorCode(),
            u"VAL_001"_s);
        for (const auto &[type, assetStatus] :
            { std::pair { "suspend", "suspended" }, { "resume", "active" }, { "cancel", "terminated" } }) {
            const HttpResponse follow = m_sandbox->post(u"/requests"_s,
                { { u"type"_s, QLatin1String(type) }, { u"asset"_s, QJsonObject { { u"id"_s, assetId } } } });
            QCOMPARE(follow.status, 201);
            QCOMPARE(
                act(follow.object().value(u"id"_s).toString(), u"approve"_s, { { u"template_id"_s, m_activation } })
                    .status,
                200);
            QCOMPARE(m_sandbox->get(u"/assets/"_s + assetId).object().value(u"status"_s).toString(),
                QLatin1String(assetStatus));
        }
        QCOMPARE(m_sandbox->get(u"/assets/%1/requests"_s.arg(assetId)).total(), 5);
    }

    void requiredFulfilmentParametersBlockApproval()
    {
        const QJsonArray parameters
            = m_sandbox->get(u"/products/%1/parameters?eq(name,param_b)"_s.arg(m_product)).array();
        const QString paramId = parameters.first().toObject().value(u"id"_s).toString();
        QCOMPARE(m_sandbox
                     ->put(u"/products/%1/parameters/%2"_s.arg(m_product, paramId),
                         { { u"constraints"_s, QJsonObject { { u"required"_s, true } } } })
                     .status,
            200);
        const QString id = create(purchaseBody()).value(u"id"_s).toString();
        const HttpResponse refused = act(id, u"approve"_s, { { u"template_id"_s, m_activation } });
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.errorCode(), u"VAL_001"_s);
        QVERIFY2(refused.errors().contains(u"param_b"_s), qPrintable(refused.errors()));
        QCOMPARE(m_sandbox
                     ->put(u"/requests/"_s + id,
                         { { u"asset"_s,
                             QJsonObject { { u"params"_s,
                                 QJsonArray { QJsonObject {
                                     { u"id"_s, u"param_b"_s }, { u"value"_s, u"tenant-42"_s } } } } } } })
                     .status,
            200);
        QCOMPARE(act(id, u"approve"_s, { { u"template_id"_s, m_activation } }).status, 200);
        QCOMPARE(m_sandbox
                     ->put(u"/products/%1/parameters/%2"_s.arg(m_product, paramId),
                         { { u"constraints"_s, QJsonObject { { u"required"_s, false } } } })
                     .status,
            200);
    }

    void inquireNeedsValueErrorOrTemplate()
    {
        const QString id = create(purchaseBody()).value(u"id"_s).toString();
        QCOMPARE(act(id, u"inquire"_s).errorCode(), u"VAL_001"_s);
        const HttpResponse unknown = m_sandbox->put(u"/requests/"_s + id,
            { { u"asset"_s,
                QJsonObject { { u"params"_s,
                    QJsonArray {
                        QJsonObject { { u"id"_s, u"no_such_param"_s }, { u"value_error"_s, u"x"_s } } } } } } });
        QCOMPARE(unknown.errorCode(), u"VAL_001"_s);
        QVERIFY(unknown.errors().contains(u"no_such_param"_s));
        QCOMPARE(m_sandbox
                     ->put(u"/requests/"_s + id,
                         { { u"asset"_s,
                             QJsonObject { { u"params"_s,
                                 QJsonArray { QJsonObject {
                                     { u"id"_s, u"param_a"_s }, { u"value_error"_s, u"Unknown domain"_s } } } } } } })
                     .status,
            200);
        const HttpResponse inquired = act(id, u"inquire"_s);
        QCOMPARE(inquired.status, 200);
        QCOMPARE(inquired.object().value(u"status"_s).toString(), u"inquiring"_s);
        QCOMPARE(inquired.object()
                     .value(u"asset"_s)
                     .toObject()
                     .value(u"params"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"value_error"_s)
                     .toString(),
            u"Unknown domain"_s);
        // With an inquire template the rendered text carries the activation form link.
        const QString other = create(purchaseBody()).value(u"id"_s).toString();
        const HttpResponse templated = act(other, u"inquire"_s, { { u"template_id"_s, m_inquire } });
        QCOMPARE(templated.status, 200);
        QVERIFY(templated.object()
                    .value(u"template"_s)
                    .toObject()
                    .value(u"message"_s)
                    .toString()
                    .contains(u"request_id="_s + other));
        QCOMPARE(act(other, u"fail"_s).errorCode(), u"VAL_001"_s); // reason required
        QCOMPARE(act(other, u"schedule"_s).errorCode(), u"REQ_003"_s);
    }

    void assignAndUnassign()
    {
        const QString id = create(purchaseBody()).value(u"id"_s).toString();
        const HttpResponse assigned = act(id, u"assign"_s, { { u"email"_s, u"admin@lab-vendor.example"_s } });
        QCOMPARE(assigned.status, 200);
        const QJsonObject assignee = assigned.object().value(u"assignee"_s).toObject();
        QVERIFY(assignee.value(u"id"_s).toString().startsWith(u"UR-"_s));
        QCOMPARE(assignee.value(u"name"_s).toString(), u"Lab Admin"_s);
        QCOMPARE(assignee.value(u"email"_s).toString(), u"admin@lab-vendor.example"_s);
        QCOMPARE(act(id, u"assign"_s, { { u"id"_s, assignee.value(u"id"_s) } }).status, 200);
        QCOMPARE(act(id, u"assign"_s, { { u"id"_s, u"UR-000-000-000"_s } }).errorCode(), u"VAL_001"_s);
        const HttpResponse unassigned = act(id, u"unassign"_s);
        QCOMPARE(unassigned.status, 200);
        QVERIFY(unassigned.object().value(u"assignee"_s).isString());
        QCOMPARE(unassigned.object().value(u"assignee"_s).toString(), QString());
    }

    void conversationsAndMessages()
    {
        const QString id = create(purchaseBody()).value(u"id"_s).toString();
        const HttpResponse found = m_sandbox->get(u"/conversations?instance_id="_s + id);
        QCOMPARE(found.total(), 1);
        const QJsonObject conversation = found.array().first().toObject();
        const QString cid = conversation.value(u"id"_s).toString();
        QVERIFY(QRegularExpression(u"^CO-\\d{3}-\\d{3}-\\d{3}-\\d{3}-\\d{3}-\\d{3}$"_s).match(cid).hasMatch());
        QCOMPARE(conversation.value(u"type"_s).toString(), u"conversation"_s);
        QCOMPARE(m_sandbox->get(u"/conversations/"_s + id).object().value(u"id"_s).toString(), cid);
        QCOMPARE(m_sandbox->get(u"/conversations/"_s + cid).object().value(u"instance_id"_s).toString(), id);
        const HttpResponse posted = m_sandbox->post(
            u"/conversations/%1/messages"_s.arg(cid), { { u"text"_s, u"Hi, I am working on it."_s } });
        QCOMPARE(posted.status, 201);
        QCOMPARE(posted.object().value(u"type"_s).toString(), u"message"_s);
        QCOMPARE(posted.object().value(u"creator"_s).toObject().value(u"name"_s).toString(), u"Lab Admin"_s);
        QCOMPARE(m_sandbox
                     ->post(u"/conversations/%1/messages"_s.arg(cid),
                         { { u"text"_s, u"note to self"_s }, { u"type"_s, u"private"_s } })
                     .status,
            201);
        QCOMPARE(m_sandbox->post(u"/conversations/%1/messages"_s.arg(cid), { { u"text"_s, u""_s } }).errorCode(),
            u"VAL_001"_s);
        QCOMPARE(act(id, u"approve"_s, { { u"template_id"_s, m_activation } }).status, 200);
        const HttpResponse messages = m_sandbox->get(u"/conversations/%1/messages?eq(type,state_change)"_s.arg(cid));
        QCOMPARE(messages.status, 200);
        bool approvedNote = false;
        for (const QJsonValue &m : messages.array())
            approvedNote
                = approvedNote || m.toObject().value(u"text"_s).toString() == QLatin1String("Request was approved.");
        QVERIFY2(approvedNote, messages.body.constData());
        QCOMPARE(m_sandbox->get(u"/conversations/%1/messages?eq(type,private)"_s.arg(cid)).total(), 1);
        QCOMPARE(m_sandbox->get(u"/conversations/CO-000-000-000-000-000-000/messages"_s).status, 404);
    }

    void filters()
    {
        const QString stamp = m_sandbox->get(u"/requests?ordering(-updated)&limit=1"_s)
                                  .array()
                                  .first()
                                  .toObject()
                                  .value(u"updated"_s)
                                  .toString();
        const QString production = create(purchaseBody(u"production"_s)).value(u"id"_s).toString();
        const QString draft = create(purchaseBody(u"test"_s, u"draft"_s)).value(u"id"_s).toString();
        const HttpResponse newer
            = m_sandbox->get(u"/requests?gt(updated,%1)"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(stamp))));
        QCOMPARE(newer.status, 200);
        QCOMPARE(newer.total(), 2);
        const HttpResponse inProduction = m_sandbox->get(u"/requests?eq(asset.connection.type,production)"_s);
        QCOMPARE(inProduction.total(), 1);
        QCOMPARE(inProduction.array().first().toObject().value(u"id"_s).toString(), production);
        QCOMPARE(m_sandbox->get(u"/requests?eq(status,draft)&ordering(-created)"_s)
                     .array()
                     .first()
                     .toObject()
                     .value(u"id"_s)
                     .toString(),
            draft);
        const qint64 all = m_sandbox->get(u"/requests?eq(asset.product.id,%1)"_s.arg(m_product)).total();
        QCOMPARE(all, m_sandbox->get(u"/requests"_s).total());
        QCOMPARE(m_sandbox->get(u"/requests?eq(asset.product.id,PRD-000-000-000)"_s).total(), 0);
        const qint64 changes = m_sandbox->get(u"/requests?eq(type,change)"_s).total();
        QVERIFY(changes >= 1);
        QCOMPARE(m_sandbox->get(u"/requests?in(type,(purchase,change,suspend,resume,cancel))"_s).total(), all);
        const QJsonArray ordered = m_sandbox->get(u"/requests?ordering(-created)&limit=2"_s).array();
        QCOMPARE(ordered.at(0).toObject().value(u"id"_s).toString(), draft);
        QCOMPARE(m_sandbox->get(u"/requests?eq(nonsense,1)"_s).status, 400);
        QVERIFY(m_sandbox->get(u"/assets?eq(status,active)"_s).status == 200);
        QVERIFY(m_sandbox->get(u"/tier/accounts?eq(type,customer)"_s).total() >= 2);
    }

    void seedAndTierConfigRequests()
    {
        cv::sandbox::SandboxContext &context = m_sandbox->server().context();
        const qint64 before = m_sandbox->get(u"/requests"_s).total();
        cv::sandbox::seedRequests(context, m_product, {});
        const qint64 seeded = m_sandbox->get(u"/requests"_s).total() - before;
        QVERIFY2(seeded >= 38 && seeded <= 45, qPrintable(QString::number(seeded)));
        for (const char *status : { "tiers_setup", "inquiring", "pending", "approved", "failed", "draft", "scheduled",
                 "revoking", "revoked" })
            QVERIFY2(m_sandbox->get(u"/requests?eq(status,%1)"_s.arg(QLatin1String(status))).total() > 0, status);
        for (const char *type : { "purchase", "change", "suspend", "resume", "cancel", "adjustment", "renew" })
            QVERIFY2(m_sandbox->get(u"/requests?eq(type,%1)"_s.arg(QLatin1String(type))).total() > 0, type);
        QVERIFY(m_sandbox->get(u"/requests?eq(asset.connection.type,preview)"_s).total() > 0);

        const HttpResponse tcrs = m_sandbox->get(u"/tier/config-requests?eq(status,pending)"_s);
        QCOMPARE(tcrs.status, 200);
        QVERIFY(tcrs.total() >= 1);
        const QJsonObject tcr = tcrs.array().first().toObject();
        const QString tcrId = tcr.value(u"id"_s).toString();
        QVERIFY(tcrId.startsWith(u"TCR-"_s));
        QCOMPARE(tcr.value(u"configuration"_s).toObject().value(u"tier_level"_s).toInt(), 1);
        QCOMPARE(m_sandbox->post(u"/tier/config-requests/%1/pend"_s.arg(tcrId)).errorCode(), u"TC_003"_s);
        QCOMPARE(m_sandbox
                     ->post(u"/tier/config-requests/%1/assign"_s.arg(tcrId),
                         { { u"email"_s, u"admin@lab-vendor.example"_s } })
                     .status,
            204);
        QCOMPARE(m_sandbox->post(u"/tier/config-requests/%1/inquire"_s.arg(tcrId)).status, 204);
        QCOMPARE(m_sandbox->post(u"/tier/config-requests/%1/pend"_s.arg(tcrId)).status, 204);
        QCOMPARE(m_sandbox
                     ->post(u"/tier/config-requests/%1/approve"_s.arg(tcrId),
                         { { u"template"_s, QJsonObject { { u"id"_s, m_activation } } } })
                     .errorCode(),
            u"VAL_001"_s);
        const HttpResponse approved = m_sandbox->post(u"/tier/config-requests/%1/approve"_s.arg(tcrId),
            { { u"template"_s, QJsonObject { { u"id"_s, m_tier1Template } } } });
        QCOMPARE(approved.status, 200);
        QVERIFY(approved.object()
                    .value(u"template"_s)
                    .toObject()
                    .value(u"representation"_s)
                    .toString()
                    .contains(u"Tier 1"_s));
        QCOMPARE(
            m_sandbox->get(u"/tier/config-requests/"_s + tcrId).object().value(u"status"_s).toString(), u"approved"_s);
        const QString configId = tcr.value(u"configuration"_s).toObject().value(u"id"_s).toString();
        QCOMPARE(m_sandbox->get(u"/tier/configs/"_s + configId).object().value(u"status"_s).toString(), u"active"_s);
        QVERIFY(QString::fromUtf8(m_sandbox->get(u"/tier/config-requests/%1/render"_s.arg(tcrId)).body)
                    .contains(u"Tier 1"_s));
        QCOMPARE(
            m_sandbox->post(u"/tier/config-requests/%1/fail"_s.arg(tcrId), { { u"reason"_s, u"x"_s } }).errorCode(),
            u"TC_003"_s);
    }

    void generatorMakesValidRequestsQuickly()
    {
        cv::sandbox::SandboxContext &context = m_sandbox->server().context();
        const qint64 before = m_sandbox->get(u"/requests"_s).total();
        QElapsedTimer timer;
        timer.start();
        const auto generated = cv::sandbox::generateRequests(context, 1000);
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(generated.ok(), generated.ok() ? "" : qPrintable(generated.error()));
        QCOMPARE(generated.value(), 1000);
        qInfo("generateRequests(1000): %lld ms", elapsed);
        QVERIFY2(elapsed < 5000, qPrintable(QString::number(elapsed)));
        QCOMPARE(m_sandbox->get(u"/requests"_s).total(), before + 1000);
        const QJsonArray page = m_sandbox->get(u"/requests?ordering(-created)&limit=50"_s).array();
        for (const QJsonValue &value : page) {
            const QJsonObject request = value.toObject();
            const QString id = request.value(u"id"_s).toString();
            QVERIFY2(QRegularExpression(u"^PR-\\d{4}-\\d{4}-\\d{4}-\\d{3}$"_s).match(id).hasMatch(), qPrintable(id));
            QVERIFY(!request.value(u"asset"_s).toObject().value(u"items"_s).toArray().isEmpty());
            QVERIFY(!request.value(u"asset"_s)
                         .toObject()
                         .value(u"tiers"_s)
                         .toObject()
                         .value(u"customer"_s)
                         .toObject()
                         .value(u"contact_info"_s)
                         .toObject()
                         .isEmpty());
            QCOMPARE(m_sandbox->get(u"/conversations?instance_id="_s + id).total(), 1);
            QCOMPARE(
                m_sandbox->get(u"/assets/"_s + request.value(u"asset"_s).toObject().value(u"id"_s).toString()).status,
                200);
        }
        // The generated data is ordinary data: follow-up transitions work on it.
        const QString pending = m_sandbox->get(u"/requests?eq(status,pending)&ordering(-created)"_s)
                                    .array()
                                    .first()
                                    .toObject()
                                    .value(u"id"_s)
                                    .toString();
        QCOMPARE(act(pending, u"fail"_s, { { u"reason"_s, u"test"_s } }).status, 200);
        QVERIFY(m_sandbox->get(u"/requests?eq(asset.connection.type,preview)"_s).total() > 0);
        QVERIFY(m_sandbox->get(u"/requests?eq(status,revoked)"_s).total() > 0);
    }
};

CV_TEST_CORE_MAIN(TestSandboxRequests)
#include "tst_sandbox_requests.moc"
