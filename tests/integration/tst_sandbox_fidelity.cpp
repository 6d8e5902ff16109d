// Issue 17, point 4: the deviations from Connect that a client nobody here wrote found in connect-sandbox,
// each tried over real HTTP on loopback: select() adds to the default fields, --load keeps going past a bad
// file, an item's 201 carries product_version, HEAD/OPTIONS/PATCH, item end of sale, editing a message.
#include "sandboxfixture.h"
#include "testmain.h"

#include <QTcpSocket>

using namespace Qt::StringLiterals;
using cv::test::HttpResponse;
using cv::test::SandboxFixture;

namespace {

/// What came back on the wire: status line, headers and every byte after them until the server closed.
struct RawReply
{
    int status = 0;
    QHash<QByteArray, QByteArray> headers; // lower-cased names
    QByteArray body;
};

/// One request over a plain socket, so that bytes the HTTP client would hide (a body after HEAD) are seen.
RawReply rawRequest(SandboxFixture &sandbox, const QByteArray &verb, const QString &path)
{
    const QUrl base(sandbox.baseUrl());
    QTcpSocket socket;
    socket.connectToHost(base.host(), quint16(base.port()));
    RawReply reply;
    if (!socket.waitForConnected(5000))
        return reply;
    socket.write(verb + ' ' + (base.path() + path).toUtf8() + " HTTP/1.1\r\nHost: " + base.host().toUtf8()
        + "\r\nAuthorization: ApiKey " + sandbox.apiKey() + "\r\nConnection: close\r\n\r\n");
    QByteArray data;
    // The in-process server answers from this thread's event loop: spin it while waiting.
    (void)QTest::qWaitFor(
        [&] {
            data += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        5000);
    // A HEAD reply holds its connection open (nothing tells the server to close): give it a moment.
    QTest::qWait(200);
    data += socket.readAll();
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0)
        return reply;
    const QList<QByteArray> lines = data.left(end).split('\n');
    reply.status = lines.value(0).split(' ').value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            reply.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
    }
    reply.body = data.mid(end + 4);
    return reply;
}

QStringList allowOf(const QByteArray &header)
{
    QStringList methods;
    for (const QByteArray &m : header.split(','))
        methods << QString::fromLatin1(m.trimmed());
    methods.sort();
    return methods;
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
}

} // namespace

class TestSandboxFidelity final : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_sandbox;

    QString newProduct(const QString &name)
    {
        const HttpResponse r = m_sandbox->post(u"/products"_s, { { u"name"_s, name } });
        return r.object().value(u"id"_s).toString();
    }

private slots:
    void initTestCase()
    {
        cv::sandbox::SandboxOptions options;
        options.seed = u"demo"_s;
        m_sandbox = std::make_unique<SandboxFixture>(options);
        QVERIFY2(m_sandbox->ok(), qPrintable(m_sandbox->error()));
    }

    // django-rql: select(a) adds a to the default fields; only select(-a) removes one.
    void positiveSelectAddsToTheDefaults()
    {
        const HttpResponse plain = m_sandbox->get(u"/requests?limit=1"_s);
        QCOMPARE(plain.status, 200);
        const QJsonObject request = plain.array().first().toObject();
        QVERIFY(request.contains(u"status"_s));
        // asset.product.capabilities is hidden by default for /requests (the spec's filter list says so).
        QVERIFY(!request.value(u"asset"_s).toObject().value(u"product"_s).toObject().contains(u"capabilities"_s));

        const HttpResponse selected = m_sandbox->get(u"/requests?select(asset.product.capabilities)&limit=1"_s);
        QVERIFY2(selected.status == 200, qPrintable(selected.errors()));
        const QJsonObject shown = selected.array().first().toObject();
        QVERIFY2(shown.keys().size() > 1, qPrintable(QString::fromUtf8(selected.body.left(200))));
        for (const QString &key : request.keys())
            QVERIFY2(shown.contains(key), qPrintable(key));
        const QJsonObject product = shown.value(u"asset"_s).toObject().value(u"product"_s).toObject();
        QVERIFY2(product.value(u"capabilities"_s).isObject(), QJsonDocument(product).toJson().constData());
        QCOMPARE(
            product.value(u"id"_s), request.value(u"asset"_s).toObject().value(u"product"_s).toObject().value(u"id"_s));

        // A positive select of an ordinary field changes nothing; a negative one removes it.
        const QJsonObject same = m_sandbox->get(u"/requests?select(status)&limit=1"_s).array().first().toObject();
        QCOMPARE(same.keys(), request.keys());
        const QJsonObject less
            = m_sandbox->get(u"/requests?select(-status,-asset)&limit=1"_s).array().first().toObject();
        QVERIFY(!less.contains(u"status"_s));
        QVERIFY(!less.contains(u"asset"_s));
        QVERIFY(less.contains(u"id"_s));
        QVERIFY(less.contains(u"type"_s));
    }

    void itemCreateAnswersWithProductVersion()
    {
        const QString product = newProduct(u"Versioned"_s);
        const int version = m_sandbox->get(u"/products/"_s + product).object().value(u"version"_s).toInt();
        QVERIFY(version >= 1);
        const HttpResponse r = m_sandbox->post(u"/products/%1/items"_s.arg(product),
            { { u"name"_s, u"Seats"_s }, { u"mpn"_s, u"SEATS-1"_s }, { u"type"_s, u"reservation"_s },
                { u"precision"_s, u"integer"_s }, { u"description"_s, u"Seats"_s },
                { u"unit"_s, QJsonObject { { u"id"_s, u"users"_s } } } });
        QVERIFY2(r.status == 201, qPrintable(r.errors()));
        // dp.ItemCreate (the 201 schema of dp_product_items_list_createItemCreate) requires it.
        QVERIFY2(r.object().value(u"product_version"_s).isDouble(), qPrintable(QString::fromUtf8(r.body)));
        QCOMPARE(r.object().value(u"product_version"_s).toInt(), version);
    }

    void headCarriesNoBody()
    {
        const RawReply get = rawRequest(*m_sandbox, "GET", u"/products?limit=2"_s);
        QCOMPARE(get.status, 200);
        QVERIFY(!get.body.isEmpty());
        const RawReply head = rawRequest(*m_sandbox, "HEAD", u"/products?limit=2"_s);
        QCOMPARE(head.status, 200);
        QCOMPARE(head.headers.value("content-length"), get.headers.value("content-length"));
        QCOMPARE(head.headers.value("content-range"), get.headers.value("content-range"));
        QCOMPARE(head.body, QByteArray());
        // Refused the same as GET, still without a body.
        const RawReply missing = rawRequest(*m_sandbox, "HEAD", u"/products/PRD-000-000-000"_s);
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.body, QByteArray());
    }

    void optionsAndPatchNameTheAllowedMethods()
    {
        const QStringList collection { u"GET"_s, u"HEAD"_s, u"OPTIONS"_s, u"POST"_s };
        const RawReply options = rawRequest(*m_sandbox, "OPTIONS", u"/products"_s);
        QCOMPARE(options.status, 200);
        QCOMPARE(allowOf(options.headers.value("allow")), collection);

        const QString product = newProduct(u"Patched"_s);
        const RawReply patch = rawRequest(*m_sandbox, "PATCH", u"/products/"_s + product);
        QCOMPARE(patch.status, 405);
        QCOMPARE(allowOf(patch.headers.value("allow")),
            (QStringList { u"DELETE"_s, u"GET"_s, u"HEAD"_s, u"OPTIONS"_s, u"PUT"_s }));
        const RawReply wrong = rawRequest(*m_sandbox, "DELETE", u"/products"_s);
        QCOMPARE(wrong.status, 405);
        QCOMPARE(allowOf(wrong.headers.value("allow")), collection);
        QCOMPARE(rawRequest(*m_sandbox, "OPTIONS", u"/no/such/path"_s).status, 404);
    }

    // dp_product_items_endsale_postEndsaleUIItem / dp_product_items_resumesale_postResumesaleUIItem
    void itemEndOfSaleAndResume()
    {
        const QString product = newProduct(u"Ending"_s);
        const QJsonArray items = m_sandbox->get(u"/products/%1/items"_s.arg(product)).array();
        QVERIFY(items.size() >= 2);
        const QString item = items.at(0).toObject().value(u"id"_s).toString();
        const QString replacement = items.at(1).toObject().value(u"id"_s).toString();
        const QString endsale = u"/products/%1/items/%2/endsale"_s.arg(product, item);
        // A draft item is not on sale yet.
        const HttpResponse draft = m_sandbox->post(endsale, {});
        QCOMPARE(draft.status, 400);
        QVERIFY2(draft.errors().contains(u"draft"_s), qPrintable(draft.errors()));

        QCOMPARE(m_sandbox->post(u"/products/%1/versions"_s.arg(product)).status, 201);
        const HttpResponse ended = m_sandbox->post(endsale,
            { { u"end_of_sale_notes"_s, u"Replaced by the yearly plan"_s },
                { u"replacement"_s, QJsonObject { { u"id"_s, replacement } } } });
        QVERIFY2(ended.status == 200, qPrintable(ended.errors()));
        const QJsonObject stored = m_sandbox->get(u"/products/%1/items/%2"_s.arg(product, item)).object();
        QCOMPARE(stored.value(u"status"_s).toString(), u"endofsale"_s);
        QCOMPARE(stored.value(u"end_of_sale_notes"_s).toString(), u"Replaced by the yearly plan"_s);
        QCOMPARE(stored.value(u"replacement"_s).toObject().value(u"id"_s).toString(), replacement);
        QCOMPARE(m_sandbox->post(endsale, {}).status, 400); // already ended
        QCOMPARE(m_sandbox
                     ->post(u"/products/%1/items/%2/endsale"_s.arg(product, replacement),
                         { { u"replacement"_s, QJsonObject { { u"id"_s, u"PRD-000-000-000-0001"_s } } } })
                     .status,
            400); // a replacement that is not an item of the product

        const HttpResponse resumed = m_sandbox->post(u"/products/%1/items/%2/resumesale"_s.arg(product, item));
        QVERIFY2(resumed.status == 200, qPrintable(resumed.errors()));
        QCOMPARE(m_sandbox->get(u"/products/%1/items/%2"_s.arg(product, item)).object().value(u"status"_s).toString(),
            u"published"_s);
        QCOMPARE(m_sandbox->post(u"/products/%1/items/%2/resumesale"_s.arg(product, item)).status, 400);
        QCOMPARE(m_sandbox->post(u"/products/%1/items/PRD-000-000-000-0009/endsale"_s.arg(product)).status, 404);
    }

    // conversations_conversation_messages_detail_updateMessage
    void messageCanBeEdited()
    {
        const HttpResponse conversations = m_sandbox->get(u"/conversations?limit=1"_s);
        QCOMPARE(conversations.status, 200);
        QVERIFY(!conversations.array().isEmpty());
        const QString cid = conversations.array().first().toObject().value(u"id"_s).toString();
        const HttpResponse posted
            = m_sandbox->post(u"/conversations/%1/messages"_s.arg(cid), { { u"text"_s, u"Frist draft"_s } });
        QCOMPARE(posted.status, 201);
        const QString mid = posted.object().value(u"id"_s).toString();
        const QString path = u"/conversations/%1/messages/%2"_s.arg(cid, mid);
        const HttpResponse edited = m_sandbox->put(path, { { u"text"_s, u"First draft"_s } });
        QVERIFY2(edited.status == 200, qPrintable(edited.errors()));
        QCOMPARE(edited.object().value(u"text"_s).toString(), u"First draft"_s);
        QCOMPARE(edited.object().value(u"id"_s).toString(), mid);
        const QJsonArray listed = m_sandbox->get(u"/conversations/%1/messages?eq(id,%2)"_s.arg(cid, mid)).array();
        QCOMPARE(listed.first().toObject().value(u"text"_s).toString(), u"First draft"_s);
        QCOMPARE(m_sandbox->put(path, { { u"text"_s, u" "_s } }).status, 400);
        QCOMPARE(
            m_sandbox->put(u"/conversations/%1/messages/ME-000"_s.arg(cid), { { u"text"_s, u"x"_s } }).status, 404);
    }

    // --load: every file that can be loaded is; each rejected file is listed with why.
    void loadKeepsTheGoodFilesAndNamesTheBadOnes()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(u"a-product.json"_s),
            R"({"id": "PRD-123-456-789", "name": "Loaded", "status": "published", "version": 1})");
        writeFile(dir.filePath(u"b-broken.json"_s), R"([{"id": "PRD-111-111-111", )");
        writeFile(dir.filePath(u"c-unknown.json"_s), R"({"id": "ZZZ-1", "name": "what"})");
        writeFile(dir.filePath(u"d-orphan-parameter.json"_s),
            R"([{"id": "PRM-999-999-999-0001", "name": "orphan", "phase": "ordering"}])");
        writeFile(dir.filePath(u"e-parameter.json"_s),
            R"([{"id": "PRM-123-456-789-0001", "name": "seats", "phase": "ordering"}])");
        writeFile(dir.filePath(u"f-usage-records.json"_s),
            R"([{"id": "UR-2026-12-0001-0001", "status": "valid", "usagefile": {"id": "UF-2026-12-0001"}}])");
        writeFile(dir.filePath(u"g-conversation.json"_s),
            R"({"id": "CO-000-000-000-000-000-001", "instance_id": "PR-0000-0000-0001-001", "topic": "t"})");
        writeFile(dir.filePath(u"h-messages.json"_s),
            R"([{"id": "ME-000-000-000-000-000-001", "conversation": "CO-000-000-000-000-000-001", "text": "hi"}])");
        writeFile(dir.filePath(u"i-billing.json"_s),
            R"([{"id": "BRV-0000-0000-0001", "type": "vendor"}, {"id": "BRP-0000-0000-0002", "type": "provider"}])");
        writeFile(dir.filePath(u"j-orphan-message.json"_s),
            R"([{"id": "ME-000-000-000-000-000-009", "conversation": "CO-999", "text": "lost"}])");

        cv::sandbox::SandboxOptions options;
        options.loadDir = dir.path();
        SandboxFixture sandbox(options);
        QVERIFY2(sandbox.ok(), qPrintable(sandbox.error()));
        const QStringList rejected = sandbox.server().loadRejections();
        QCOMPARE(rejected.size(), 4);
        const QString all = rejected.join(u'\n');
        QVERIFY2(rejected.at(0).contains(u"b-broken.json"_s) && rejected.at(0).contains(u"offset"_s), qPrintable(all));
        QVERIFY2(rejected.at(1).contains(u"c-unknown.json"_s) && rejected.at(1).contains(u"ZZZ-1"_s), qPrintable(all));
        QVERIFY2(rejected.at(2).contains(u"d-orphan-parameter.json"_s) && rejected.at(2).contains(u"PRD-999-999-999"_s)
                && rejected.at(2).contains(u"not loaded"_s),
            qPrintable(all));
        QVERIFY2(rejected.at(3).contains(u"j-orphan-message.json"_s) && rejected.at(3).contains(u"CO-999"_s),
            qPrintable(all));

        QCOMPARE(sandbox.get(u"/products/PRD-123-456-789"_s).object().value(u"name"_s).toString(), u"Loaded"_s);
        QCOMPARE(sandbox.get(u"/products/PRD-123-456-789/parameters"_s).total(), 1);
        QCOMPARE(sandbox.get(u"/products/PRD-111-111-111"_s).status, 404);
        QCOMPARE(sandbox.get(u"/usage/records/UR-2026-12-0001-0001"_s).status, 200);
        const HttpResponse messages = sandbox.get(u"/conversations/CO-000-000-000-000-000-001/messages"_s);
        QCOMPARE(messages.total(), 1);
        QCOMPARE(messages.array().first().toObject().value(u"text"_s).toString(), u"hi"_s);
        QCOMPARE(sandbox.get(u"/subscriptions/requests"_s).total(), 2);
        QCOMPARE(sandbox.get(u"/subscriptions/requests/BRP-0000-0000-0002"_s).object().value(u"type"_s).toString(),
            u"provider"_s);

        // Nothing loadable at all is still an error of the whole folder.
        cv::sandbox::SandboxOptions missing;
        missing.loadDir = dir.filePath(u"no-such-folder"_s);
        SandboxFixture none(missing);
        QVERIFY(!none.ok());
        QVERIFY2(none.error().contains(u"no-such-folder"_s), qPrintable(none.error()));
    }
};

CV_TEST_CORE_MAIN(TestSandboxFidelity)
#include "tst_sandbox_fidelity.moc"
