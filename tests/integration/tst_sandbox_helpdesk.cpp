// connect-sandbox over real HTTP: helpdesk cases (REFERENCE §3.26) — creation and validation, list and
// search, every state transition allowed and refused, closing with a rating, and the case's
// conversation (§3.25) through /conversations.
#include "sandboxfixture.h"
#include "testmain.h"

#include "sandbox/api/apiroutes.h"
#include "sandbox/api/sandboxcontext.h"
#include "sandbox/seed/demoseed.h"
#include "sandbox/store/sandboxstore.h"

#include <QRegularExpression>

using cv::test::HttpResponse;
using cv::test::SandboxFixture;

class TestSandboxHelpdesk final : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_sandbox;
    QString m_product;

    QJsonObject caseBody(const QString &subject = QStringLiteral("Provisioning is slow")) const
    {
        return { { QStringLiteral("subject"), subject },
            { QStringLiteral("description"), QStringLiteral("Provisioning of the asset takes hours.") } };
    }

    QJsonObject createCase(const QJsonObject &body)
    {
        const HttpResponse created = m_sandbox->post(QStringLiteral("/helpdesk/cases"), body);
        [&] { QVERIFY2(created.status == 201, created.body.constData()); }();
        return created.object();
    }

    /// A case brought to `state` through the API.
    QString caseIn(const QString &state)
    {
        const QString id = createCase(caseBody()).value(QStringLiteral("id")).toString();
        QStringList path;
        if (state == QLatin1String("inquiring"))
            path = { QStringLiteral("inquire") };
        else if (state == QLatin1String("resolved"))
            path = { QStringLiteral("resolve") };
        else if (state == QLatin1String("closed"))
            path = { QStringLiteral("resolve"), QStringLiteral("close") };
        for (const QString &action : path)
            [&] { QCOMPARE(m_sandbox->post(QStringLiteral("/helpdesk/cases/%1/%2").arg(id, action)).status, 200); }();
        return id;
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        QVERIFY2(m_sandbox->ok(), qPrintable(m_sandbox->error()));
        const HttpResponse product = m_sandbox->post(
            QStringLiteral("/products"), { { QStringLiteral("name"), QStringLiteral("Supported Product") } });
        QCOMPARE(product.status, 201);
        m_product = product.object().value(QStringLiteral("id")).toString();
    }

    void cleanup() { m_sandbox.reset(); }

    void createdCaseIsPendingWithConversation()
    {
        QJsonObject body = caseBody();
        body.insert(QStringLiteral("product"), QJsonObject { { QStringLiteral("id"), m_product } });
        body.insert(QStringLiteral("priority"), 3);
        body.insert(QStringLiteral("type"), QStringLiteral("Business"));
        const QJsonObject kase = createCase(body);
        const QString id = kase.value(QStringLiteral("id")).toString();
        QVERIFY2(QRegularExpression(QStringLiteral("^CA-\\d{3}-\\d{3}-\\d{3}$")).match(id).hasMatch(), qPrintable(id));
        QCOMPARE(kase.value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
        QCOMPARE(kase.value(QStringLiteral("priority")).toInt(), 3);
        QCOMPARE(kase.value(QStringLiteral("type")).toString(), QStringLiteral("business"));
        QCOMPARE(kase.value(QStringLiteral("product")).toObject().value(QStringLiteral("name")).toString(),
            QStringLiteral("Supported Product"));
        const QJsonObject issuer = kase.value(QStringLiteral("issuer")).toObject();
        QCOMPARE(issuer.value(QStringLiteral("account")).toObject().value(QStringLiteral("id")).toString(),
            m_sandbox->server().context().accountId());
        QVERIFY(issuer.value(QStringLiteral("agent"))
                    .toObject()
                    .value(QStringLiteral("id"))
                    .toString()
                    .startsWith(QStringLiteral("UR-")));
        // No receiver given: the sandbox's provider, created on first need and reused after.
        const QJsonObject receiver
            = kase.value(QStringLiteral("receiver")).toObject().value(QStringLiteral("account")).toObject();
        QVERIFY2(QRegularExpression(QStringLiteral("^PA-\\d{3}-\\d{3}$"))
                     .match(receiver.value(QStringLiteral("id")).toString())
                     .hasMatch(),
            qPrintable(receiver.value(QStringLiteral("id")).toString()));
        QCOMPARE(receiver.value(QStringLiteral("name")).toString(), QStringLiteral("Connect Lab Provider"));
        const QJsonObject events = kase.value(QStringLiteral("events")).toObject();
        QVERIFY(events.contains(QStringLiteral("created")) && events.contains(QStringLiteral("pending"))
            && events.contains(QStringLiteral("updated")));
        QVERIFY(kase.value(QStringLiteral("rating")).isNull());

        const QJsonObject plain = createCase(caseBody());
        QCOMPARE(plain.value(QStringLiteral("priority")).toInt(), 0);
        QCOMPARE(plain.value(QStringLiteral("type")).toString(), QStringLiteral("technical"));
        QVERIFY(!plain.contains(QStringLiteral("product")));
        QCOMPARE(plain.value(QStringLiteral("receiver"))
                     .toObject()
                     .value(QStringLiteral("account"))
                     .toObject()
                     .value(QStringLiteral("id")),
            receiver.value(QStringLiteral("id")));
        QCOMPARE(m_sandbox->get(QStringLiteral("/accounts?ilike(name,*provider*)")).array().size(), 1);
        // An explicit receiver is honoured.
        QJsonObject addressed = caseBody();
        addressed.insert(QStringLiteral("receiver"),
            QJsonObject { { QStringLiteral("account"),
                QJsonObject { { QStringLiteral("id"), receiver.value(QStringLiteral("id")) } } } });
        QCOMPARE(createCase(addressed)
                     .value(QStringLiteral("receiver"))
                     .toObject()
                     .value(QStringLiteral("account"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
            QStringLiteral("Connect Lab Provider"));

        // The conversation exists from the start, for both parties.
        const HttpResponse conversations = m_sandbox->get(QStringLiteral("/conversations?eq(instance_id,%1)").arg(id));
        QCOMPARE(conversations.status, 200);
        QCOMPARE(conversations.array().size(), 1);
        const QJsonObject conversation = conversations.array().first().toObject();
        QVERIFY2(QRegularExpression(QStringLiteral("^CO-(\\d{3}-){5}\\d{3}$"))
                     .match(conversation.value(QStringLiteral("id")).toString())
                     .hasMatch(),
            qPrintable(conversation.value(QStringLiteral("id")).toString()));
        QCOMPARE(conversation.value(QStringLiteral("topic")).toString(), QStringLiteral("Case: ") + id);
        QCOMPARE(conversation.value(QStringLiteral("type")).toString(), QStringLiteral("conversation"));
        QCOMPARE(conversation.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        QCOMPARE(conversation.value(QStringLiteral("accounts")).toArray().size(), 2);
        QVERIFY(!conversation.value(QStringLiteral("created")).toString().isEmpty());
    }

    void createValidation_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("error");
        QTest::newRow("no subject") << QStringLiteral("subject") << QJsonValue(QJsonValue::Undefined)
                                    << QStringLiteral("subject:");
        QTest::newRow("blank subject") << QStringLiteral("subject") << QJsonValue(QStringLiteral(" "))
                                       << QStringLiteral("subject:");
        QTest::newRow("long subject") << QStringLiteral("subject") << QJsonValue(QString(301, QLatin1Char('s')))
                                      << QStringLiteral("subject:");
        QTest::newRow("no description") << QStringLiteral("description") << QJsonValue(QJsonValue::Undefined)
                                        << QStringLiteral("description:");
        QTest::newRow("long description")
            << QStringLiteral("description") << QJsonValue(QString(10001, QLatin1Char('d')))
            << QStringLiteral("description:");
        QTest::newRow("priority 4") << QStringLiteral("priority") << QJsonValue(4) << QStringLiteral("priority:");
        QTest::newRow("priority -1") << QStringLiteral("priority") << QJsonValue(-1) << QStringLiteral("priority:");
        QTest::newRow("priority text") << QStringLiteral("priority") << QJsonValue(QStringLiteral("high"))
                                       << QStringLiteral("priority:");
        QTest::newRow("bad type") << QStringLiteral("type") << QJsonValue(QStringLiteral("legal"))
                                  << QStringLiteral("type:");
        QTest::newRow("unknown product") << QStringLiteral(
            "product") << QJsonValue(QJsonObject { { QStringLiteral("id"), QStringLiteral("PRD-000-000-000") } })
                                         << QStringLiteral("product.id:");
        QTest::newRow("unknown receiver")
            << QStringLiteral("receiver")
            << QJsonValue(QJsonObject { { QStringLiteral("account"),
                   QJsonObject { { QStringLiteral("id"), QStringLiteral("PA-000-000") } } } })
            << QStringLiteral("receiver.account.id:");
        QTest::newRow("not pending") << QStringLiteral("state") << QJsonValue(QStringLiteral("resolved"))
                                     << QStringLiteral("state:");
        QTest::newRow("unknown recipient")
            << QStringLiteral("issuer")
            << QJsonValue(QJsonObject { { QStringLiteral("recipients"),
                   QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("UR-000-000-000") } } } } })
            << QStringLiteral("issuer.recipients:");
    }

    void createValidation()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, error);
        QJsonObject body = caseBody();
        if (value.isUndefined())
            body.remove(field);
        else
            body.insert(field, value);
        const HttpResponse refused = m_sandbox->post(QStringLiteral("/helpdesk/cases"), body);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.errorCode(), QStringLiteral("VAL_001"));
        QVERIFY2(refused.errors().startsWith(error), qPrintable(refused.errors()));
        QCOMPARE(m_sandbox->get(QStringLiteral("/helpdesk/cases")).total(), 0);
    }

    void cannotAddressOwnAccount()
    {
        QJsonObject body = caseBody();
        body.insert(QStringLiteral("receiver"),
            QJsonObject { { QStringLiteral("account"),
                QJsonObject { { QStringLiteral("id"), m_sandbox->server().context().accountId() } } } });
        const HttpResponse refused = m_sandbox->post(QStringLiteral("/helpdesk/cases"), body);
        QCOMPARE(refused.status, 400);
        QVERIFY2(refused.errors().startsWith(QStringLiteral("receiver.account.id:")), qPrintable(refused.errors()));
    }

    void listSearchAndFilters()
    {
        createCase(caseBody(QStringLiteral("Printer driver missing")));
        QJsonObject urgent = caseBody(QStringLiteral("Billing mismatch"));
        urgent.insert(QStringLiteral("priority"), 3);
        urgent.insert(QStringLiteral("description"), QStringLiteral("Invoice totals differ from the price list."));
        urgent.insert(QStringLiteral("type"), QStringLiteral("business"));
        const QString urgentId = createCase(urgent).value(QStringLiteral("id")).toString();
        const QString resolved = caseIn(QStringLiteral("resolved"));

        const HttpResponse all = m_sandbox->get(QStringLiteral("/helpdesk/cases"));
        QCOMPARE(all.status, 200);
        QCOMPARE(all.total(), 3);
        QCOMPARE(m_sandbox->get(QStringLiteral("/helpdesk/cases?search=printer")).total(), 1);
        const HttpResponse byDescription = m_sandbox->get(QStringLiteral("/helpdesk/cases?search=invoice"));
        QCOMPARE(byDescription.total(), 1);
        QCOMPARE(byDescription.array().first().toObject().value(QStringLiteral("id")).toString(), urgentId);
        QCOMPARE(m_sandbox->get(QStringLiteral("/helpdesk/cases?eq(priority,3)")).total(), 1);
        QCOMPARE(m_sandbox->get(QStringLiteral("/helpdesk/cases?eq(type,business)")).total(), 1);
        const HttpResponse pending = m_sandbox->get(QStringLiteral("/helpdesk/cases?eq(state,pending)"));
        QCOMPARE(pending.total(), 2);
        const HttpResponse done = m_sandbox->get(QStringLiteral("/helpdesk/cases?eq(state,resolved)"));
        QCOMPARE(done.array().first().toObject().value(QStringLiteral("id")).toString(), resolved);
        const HttpResponse sorted = m_sandbox->get(QStringLiteral("/helpdesk/cases?ordering(-priority)&limit=1"));
        QCOMPARE(sorted.array().size(), 1);
        QCOMPARE(sorted.array().first().toObject().value(QStringLiteral("id")).toString(), urgentId);
        QCOMPARE(m_sandbox->get(QStringLiteral("/helpdesk/cases/") + urgentId)
                     .object()
                     .value(QStringLiteral("subject"))
                     .toString(),
            QStringLiteral("Billing mismatch"));
        QCOMPARE(m_sandbox->get(QStringLiteral("/helpdesk/cases/CA-000-000-000")).status, 404);
    }

    void transitions_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("to"); // empty: refused
        QTest::addColumn<QString>("code"); // when refused
        const QString refused;
        QTest::newRow("pending inquire") << QStringLiteral("pending") << QStringLiteral("inquire")
                                         << QStringLiteral("inquiring") << QString();
        QTest::newRow("pending pend") << QStringLiteral("pending") << QStringLiteral("pend") << refused
                                      << QStringLiteral("HD_002");
        QTest::newRow("pending resolve") << QStringLiteral("pending") << QStringLiteral("resolve")
                                         << QStringLiteral("resolved") << QString();
        QTest::newRow("pending close") << QStringLiteral("pending") << QStringLiteral("close") << refused
                                       << QStringLiteral("HD_004");
        QTest::newRow("inquiring inquire")
            << QStringLiteral("inquiring") << QStringLiteral("inquire") << refused << QStringLiteral("HD_001");
        QTest::newRow("inquiring pend") << QStringLiteral("inquiring") << QStringLiteral("pend")
                                        << QStringLiteral("pending") << QString();
        QTest::newRow("inquiring resolve")
            << QStringLiteral("inquiring") << QStringLiteral("resolve") << refused << QStringLiteral("HD_003");
        QTest::newRow("inquiring close") << QStringLiteral("inquiring") << QStringLiteral("close") << refused
                                         << QStringLiteral("HD_004");
        QTest::newRow("resolved inquire")
            << QStringLiteral("resolved") << QStringLiteral("inquire") << refused << QStringLiteral("HD_001");
        QTest::newRow("resolved pend") << QStringLiteral("resolved") << QStringLiteral("pend")
                                       << QStringLiteral("pending") << QString();
        QTest::newRow("resolved resolve")
            << QStringLiteral("resolved") << QStringLiteral("resolve") << refused << QStringLiteral("HD_003");
        QTest::newRow("resolved close") << QStringLiteral("resolved") << QStringLiteral("close")
                                        << QStringLiteral("closed") << QString();
        QTest::newRow("closed inquire") << QStringLiteral("closed") << QStringLiteral("inquire") << refused
                                        << QStringLiteral("HD_001");
        QTest::newRow("closed pend") << QStringLiteral("closed") << QStringLiteral("pend") << refused
                                     << QStringLiteral("HD_002");
        QTest::newRow("closed resolve") << QStringLiteral("closed") << QStringLiteral("resolve") << refused
                                        << QStringLiteral("HD_003");
        QTest::newRow("closed close") << QStringLiteral("closed") << QStringLiteral("close") << refused
                                      << QStringLiteral("HD_004");
    }

    void transitions()
    {
        QFETCH(QString, from);
        QFETCH(QString, action);
        QFETCH(QString, to);
        QFETCH(QString, code);
        const QString id = caseIn(from);
        QCOMPARE(
            m_sandbox->get(QStringLiteral("/helpdesk/cases/") + id).object().value(QStringLiteral("state")).toString(),
            from);
        const HttpResponse reply = m_sandbox->post(QStringLiteral("/helpdesk/cases/%1/%2").arg(id, action));
        if (to.isEmpty()) {
            QCOMPARE(reply.status, 400);
            QCOMPARE(reply.errorCode(), code);
            QVERIFY2(reply.errors().contains(id) && reply.errors().contains(action)
                    && reply.errors().contains(QLatin1Char('\'') + from + QLatin1Char('\'')),
                qPrintable(reply.errors()));
            QCOMPARE(m_sandbox->get(QStringLiteral("/helpdesk/cases/") + id)
                         .object()
                         .value(QStringLiteral("state"))
                         .toString(),
                from);
        } else {
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.object().value(QStringLiteral("state")).toString(), to);
            const QJsonObject events = reply.object().value(QStringLiteral("events")).toObject();
            QVERIFY(events.value(to).toObject().contains(QStringLiteral("at")));
            QCOMPARE(events.value(QStringLiteral("updated")).toObject().value(QStringLiteral("at")),
                events.value(to).toObject().value(QStringLiteral("at")));
            QCOMPARE(m_sandbox->get(QStringLiteral("/helpdesk/cases?eq(state,%1)").arg(to)).total(), 1);
        }
    }

    void closeRating()
    {
        const QString id = caseIn(QStringLiteral("resolved"));
        const QString close = QStringLiteral("/helpdesk/cases/%1/close").arg(id);
        for (const QJsonValue &bad :
            { QJsonValue(0), QJsonValue(6), QJsonValue(2.5), QJsonValue(QStringLiteral("great")) }) {
            const HttpResponse refused = m_sandbox->post(close, { { QStringLiteral("rating"), bad } });
            QCOMPARE(refused.status, 400);
            QCOMPARE(refused.errorCode(), QStringLiteral("VAL_001"));
            QVERIFY2(refused.errors().startsWith(QStringLiteral("rating:")), qPrintable(refused.errors()));
        }
        QCOMPARE(
            m_sandbox->get(QStringLiteral("/helpdesk/cases/") + id).object().value(QStringLiteral("state")).toString(),
            QStringLiteral("resolved"));
        const HttpResponse closed = m_sandbox->post(
            close, { { QStringLiteral("rating"), 4 }, { QStringLiteral("feedback"), QStringLiteral("Helpful") } });
        QCOMPARE(closed.status, 200);
        QCOMPARE(closed.object().value(QStringLiteral("state")).toString(), QStringLiteral("closed"));
        QCOMPARE(closed.object().value(QStringLiteral("rating")).toInt(), 4);
        QCOMPARE(closed.object().value(QStringLiteral("feedback")).toString(), QStringLiteral("Helpful"));
        // Closed cases are final.
        const HttpResponse edit = m_sandbox->put(
            QStringLiteral("/helpdesk/cases/") + id, { { QStringLiteral("subject"), QStringLiteral("Again") } });
        QCOMPARE(edit.status, 400);
        QCOMPARE(edit.errorCode(), QStringLiteral("HD_005"));
        // A rating is optional.
        const HttpResponse plain
            = m_sandbox->post(QStringLiteral("/helpdesk/cases/%1/close").arg(caseIn(QStringLiteral("resolved"))));
        QCOMPARE(plain.status, 200);
        QVERIFY(plain.object().value(QStringLiteral("rating")).isNull());
    }

    void update()
    {
        const QString id = createCase(caseBody()).value(QStringLiteral("id")).toString();
        const HttpResponse updated = m_sandbox->put(QStringLiteral("/helpdesk/cases/") + id,
            { { QStringLiteral("subject"), QStringLiteral("Provisioning takes hours") },
                { QStringLiteral("priority"), 2 },
                { QStringLiteral("product"), QJsonObject { { QStringLiteral("id"), m_product } } } });
        QCOMPARE(updated.status, 200);
        QCOMPARE(
            updated.object().value(QStringLiteral("subject")).toString(), QStringLiteral("Provisioning takes hours"));
        QCOMPARE(updated.object().value(QStringLiteral("priority")).toInt(), 2);
        QCOMPARE(updated.object().value(QStringLiteral("description")).toString(),
            caseBody().value(QStringLiteral("description")).toString());
        QCOMPARE(updated.object().value(QStringLiteral("product")).toObject().value(QStringLiteral("id")).toString(),
            m_product);
        QCOMPARE(m_sandbox->put(QStringLiteral("/helpdesk/cases/") + id, { { QStringLiteral("subject"), QString() } })
                     .status,
            400);
        const HttpResponse state = m_sandbox->put(
            QStringLiteral("/helpdesk/cases/") + id, { { QStringLiteral("state"), QStringLiteral("closed") } });
        QCOMPARE(state.status, 400);
        QVERIFY2(state.errors().startsWith(QStringLiteral("state:")), qPrintable(state.errors()));
        QCOMPARE(m_sandbox
                     ->put(QStringLiteral("/helpdesk/cases/CA-000-000-000"),
                         { { QStringLiteral("subject"), QStringLiteral("x") } })
                     .status,
            404);
    }

    void repliesGoToTheCaseConversation()
    {
        const QString id = createCase(caseBody()).value(QStringLiteral("id")).toString();
        const HttpResponse byInstance = m_sandbox->get(QStringLiteral("/conversations/") + id);
        QCOMPARE(byInstance.status, 200);
        const QString conversation = byInstance.object().value(QStringLiteral("id")).toString();
        QVERIFY(conversation.startsWith(QStringLiteral("CO-")));

        const QString messages = QStringLiteral("/conversations/%1/messages").arg(conversation);
        const HttpResponse posted
            = m_sandbox->post(messages, { { QStringLiteral("text"), QStringLiteral("Any news on this?") } });
        QCOMPARE(posted.status, 201);
        const QJsonObject message = posted.object();
        QVERIFY2(QRegularExpression(QStringLiteral("^ME-(\\d{3}-){5}\\d{3}$"))
                     .match(message.value(QStringLiteral("id")).toString())
                     .hasMatch(),
            qPrintable(message.value(QStringLiteral("id")).toString()));
        QCOMPARE(message.value(QStringLiteral("conversation")).toString(), conversation);
        QCOMPARE(message.value(QStringLiteral("type")).toString(), QStringLiteral("message"));

        const HttpResponse listed = m_sandbox->get(messages);
        QCOMPARE(listed.status, 200);
        QCOMPARE(listed.array().size(), 1);
        QCOMPARE(listed.array().first().toObject().value(QStringLiteral("text")).toString(),
            QStringLiteral("Any news on this?"));
        // Stored under the conversation, as every area stores messages.
        const QList<QJsonObject> stored = m_sandbox->server().store().all(QStringLiteral("messages"), conversation);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().value(QStringLiteral("creator")).toObject().value(QStringLiteral("id")),
            m_sandbox->server().context().actor().value(QStringLiteral("id")));
    }

    void seedHasCasesInSeveralStates()
    {
        cv::sandbox::seedHelpdesk(m_sandbox->server().context(), m_product);
        const HttpResponse cases = m_sandbox->get(QStringLiteral("/helpdesk/cases"));
        QCOMPARE(cases.total(), 3);
        QSet<QString> states;
        for (const QJsonValue &c : cases.array()) {
            const QJsonObject kase = c.toObject();
            states.insert(kase.value(QStringLiteral("state")).toString());
            const HttpResponse conversation
                = m_sandbox->get(QStringLiteral("/conversations/") + kase.value(QStringLiteral("id")).toString());
            QCOMPARE(conversation.status, 200);
            const HttpResponse messages
                = m_sandbox->get(QStringLiteral("/conversations/%1/messages")
                                     .arg(conversation.object().value(QStringLiteral("id")).toString()));
            QVERIFY(messages.array().size() >= 1);
        }
        QCOMPARE(states,
            (QSet<QString> { QStringLiteral("pending"), QStringLiteral("inquiring"), QStringLiteral("closed") }));
        const HttpResponse closed = m_sandbox->get(QStringLiteral("/helpdesk/cases?eq(state,closed)"));
        QCOMPARE(closed.array().first().toObject().value(QStringLiteral("rating")).toInt(), 5);
    }

    // Issue 13: attachments (REFERENCE §3.26, multipart field "file"), refused over the size limit the client
    // also applies (rules_agreement compares the two).
    void attachmentsUpToTheLimit()
    {
        const QString id = createCase(caseBody()).value(QStringLiteral("id")).toString();
        const QString path = QStringLiteral("/helpdesk/cases/%1/attachments").arg(id);
        const HttpResponse tooBig = m_sandbox->multipart("POST", path,
            { { "file", "big.bin", "application/octet-stream",
                QByteArray(cv::sandbox::maxCaseAttachmentBytes() + 1, 'x') } });
        QCOMPARE(tooBig.status, 400);
        QVERIFY2(tooBig.errors().startsWith(QStringLiteral("file: ")), qPrintable(tooBig.errors()));
        QCOMPARE(m_sandbox->multipart("POST", path, {}).status, 400);
        const HttpResponse fits
            = m_sandbox->multipart("POST", path, { { "file", "log.txt", "text/plain", QByteArray("12:00 approve") } });
        QCOMPARE(fits.status, 201);
        const QJsonObject attachment = fits.object();
        QVERIFY(attachment.value(QStringLiteral("id")).toString().startsWith(QStringLiteral("CAAT-")));
        QCOMPARE(attachment.value(QStringLiteral("name")).toString(), QStringLiteral("log.txt"));
        QCOMPARE(attachment.value(QStringLiteral("size")).toInt(), 13);
        QCOMPARE(attachment.value(QStringLiteral("type")).toString(), QStringLiteral("text/plain"));
        const HttpResponse listed = m_sandbox->get(path);
        QCOMPARE(listed.array().size(), 1);
        QCOMPARE(listed.total(), 1);
        const QString one = path + QLatin1Char('/') + attachment.value(QStringLiteral("id")).toString();
        QCOMPARE(m_sandbox->get(one).status, 200);
        QCOMPARE(m_sandbox->del(one).status, 204);
        QCOMPARE(m_sandbox->get(one).status, 404);
        QCOMPARE(m_sandbox
                     ->multipart("POST", QStringLiteral("/helpdesk/cases/CA-000-000-000/attachments"),
                         { { "file", "log.txt", "text/plain", QByteArray("x") } })
                     .status,
            404);
    }

    // Issue 13: a token with module permissions may change only what they name (403 otherwise); reads stay open,
    // the demo key and tokens without grants keep full access.
    void tokenWithoutThePermissionGets403()
    {
        const HttpResponse token = m_sandbox->post(QStringLiteral("/auth/tokens"),
            { { QStringLiteral("name"), QStringLiteral("Helpdesk only") },
                { QStringLiteral("extension"),
                    QJsonObject { { QStringLiteral("name"), QStringLiteral("custom") } } } });
        QCOMPARE(token.status, 201);
        const QString tokenId = token.object().value(QStringLiteral("id")).toString();
        const QByteArray secret = token.object().value(QStringLiteral("token")).toString().toUtf8();
        const QString account = m_sandbox->get(QStringLiteral("/accounts"))
                                    .array()
                                    .first()
                                    .toObject()
                                    .value(QStringLiteral("id"))
                                    .toString();
        const QByteArray rename
            = QJsonDocument(QJsonObject { { QStringLiteral("name"), QStringLiteral("Renamed") } }).toJson();
        // No grants yet: full access.
        QCOMPARE(
            m_sandbox->send("PUT", QStringLiteral("/accounts/") + account, rename, "application/json", secret).status,
            200);
        QCOMPARE(m_sandbox
                     ->post(QStringLiteral("/auth/tokens/%1/permissions").arg(tokenId),
                         { { QStringLiteral("id"), QStringLiteral("help-support") } })
                     .status,
            201);
        const HttpResponse refused
            = m_sandbox->send("PUT", QStringLiteral("/accounts/") + account, rename, "application/json", secret);
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.errorCode(), QStringLiteral("AUTH_003"));
        QVERIFY2(refused.errors().contains(QStringLiteral("the account module")), qPrintable(refused.errors()));
        QCOMPARE(
            m_sandbox->send("GET", QStringLiteral("/accounts/") + account, {}, "application/json", secret).status, 200);
        const QByteArray kase = QJsonDocument(caseBody()).toJson();
        QCOMPARE(
            m_sandbox->send("POST", QStringLiteral("/helpdesk/cases"), kase, "application/json", secret).status, 201);
        QCOMPARE(m_sandbox
                     ->put(QStringLiteral("/accounts/") + account,
                         { { QStringLiteral("name"), QStringLiteral("By the demo key") } })
                     .status,
            200);
    }
};

CV_TEST_CORE_MAIN(TestSandboxHelpdesk)
#include "tst_sandbox_helpdesk.moc"
