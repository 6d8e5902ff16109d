// Offline request actions over a real cache: the server's rules mirrored client-side (allowed statuses,
// required fulfillment parameters, reason, templates), parameter validation by type (table-driven), the
// optimistic status, the queued outbox entries and the rendered activation message.
#include "testmain.h"

#include "app/content/templaterender.h"
#include "app/fulfillment/requestactions.h"
#include "app/store/cachedatabase.h"
#include "app/store/objectrepository.h"
#include "app/store/outbox.h"

#include <QJsonArray>
#include <QTemporaryDir>

using namespace cv;
using namespace cv::fulfillment;

namespace {

const QString kRequests = QStringLiteral("requests");
const QString kProduct = QStringLiteral("PRD-111-222-333");

QJsonObject param(const QString &type, bool required = false, const QJsonArray &choices = {})
{
    QJsonObject constraints { { QStringLiteral("required"), required } };
    if (!choices.isEmpty())
        constraints.insert(QStringLiteral("choices"), choices);
    return { { QStringLiteral("id"), QStringLiteral("p") }, { QStringLiteral("type"), type },
        { QStringLiteral("constraints"), constraints } };
}

QJsonArray choices(const QStringList &values)
{
    QJsonArray list;
    for (const QString &value : values)
        list.append(QJsonObject { { QStringLiteral("label"), value.toUpper() }, { QStringLiteral("value"), value } });
    return list;
}

QJsonObject line(const QString &id, const QString &phase, const QString &type, bool required, const QString &value = {})
{
    return { { QStringLiteral("id"), id }, { QStringLiteral("name"), id }, { QStringLiteral("title"), id },
        { QStringLiteral("phase"), phase }, { QStringLiteral("type"), type },
        { QStringLiteral("constraints"), QJsonObject { { QStringLiteral("required"), required } } },
        { QStringLiteral("value"), value }, { QStringLiteral("value_error"), QString() } };
}

QJsonObject request(const QString &id, const QString &status)
{
    const QJsonArray params { line(QStringLiteral("param_admin_email"), QStringLiteral("fulfillment"),
                                  QStringLiteral("email"), true),
        line(QStringLiteral("param_note"), QStringLiteral("fulfillment"), QStringLiteral("text"), false),
        line(QStringLiteral("company"), QStringLiteral("ordering"), QStringLiteral("text"), true,
            QStringLiteral("ACME")) };
    return { { QStringLiteral("id"), id }, { QStringLiteral("type"), QStringLiteral("purchase") },
        { QStringLiteral("status"), status },
        { QStringLiteral("created"), QStringLiteral("2026-01-02T10:00:00+00:00") },
        { QStringLiteral("updated"), QStringLiteral("2026-01-02T10:00:00+00:00") },
        { QStringLiteral("note"), QString() }, { QStringLiteral("assignee"), QString() },
        { QStringLiteral("asset"),
            QJsonObject { { QStringLiteral("id"), QStringLiteral("AS-1") },
                { QStringLiteral("product"),
                    QJsonObject {
                        { QStringLiteral("id"), kProduct }, { QStringLiteral("name"), QStringLiteral("Demo") } } },
                { QStringLiteral("params"), params } } } };
}

QJsonObject templ(const QString &id, const QString &type, const QString &body)
{
    return { { QStringLiteral("id"), id }, { QStringLiteral("name"), QString(id + QStringLiteral(" name")) },
        { QStringLiteral("scope"), QStringLiteral("asset") }, { QStringLiteral("type"), type },
        { QStringLiteral("body"), body } };
}

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<store::CacheDatabase> db;
    std::unique_ptr<store::ObjectRepository> objects;
    std::unique_ptr<store::Outbox> outbox;
    std::unique_ptr<RequestActions> actions;

    bool open()
    {
        auto opened = store::CacheDatabase::open(dir.filePath(QStringLiteral("cache.sqlite")));
        if (!opened)
            return false;
        db = std::move(opened).value();
        objects = std::make_unique<store::ObjectRepository>(*db);
        outbox = std::make_unique<store::Outbox>(*db);
        actions = std::make_unique<RequestActions>(*db, *objects, *outbox);
        for (const QString &status : { QStringLiteral("pending"), QStringLiteral("inquiring"),
                 QStringLiteral("approved"), QStringLiteral("draft") })
            objects->putServer(kRequests, {}, request(QStringLiteral("PR-") + status, status));
        objects->putServer(QStringLiteral("templates"), kProduct,
            templ(QStringLiteral("TL-1"), QStringLiteral("fulfillment"),
                QStringLiteral("Admin: {{ param_admin_email }}.")));
        objects->putServer(QStringLiteral("templates"), kProduct,
            templ(QStringLiteral("TL-2"), QStringLiteral("inquire"), QStringLiteral("Please fix.")));
        return true;
    }
    QJsonObject json(const QString &id) const { return objects->get(kRequests, id)->json; }
    QString status(const QString &id) const { return json(id).value(QStringLiteral("status")).toString(); }
};

} // namespace

class TestRequestActions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validate_data()
    {
        QTest::addColumn<QJsonObject>("param");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("required empty") << param(QStringLiteral("text"), true) << QString() << false;
        QTest::newRow("required blank") << param(QStringLiteral("text"), true) << QStringLiteral("  ") << false;
        QTest::newRow("optional empty") << param(QStringLiteral("email")) << QString() << true;
        QTest::newRow("email ok") << param(QStringLiteral("email")) << QStringLiteral("admin@example.com") << true;
        QTest::newRow("email plus") << param(QStringLiteral("email")) << QStringLiteral("a.b+c@mail.example.org")
                                    << true;
        QTest::newRow("email no at") << param(QStringLiteral("email")) << QStringLiteral("admin.example.com") << false;
        QTest::newRow("email no tld") << param(QStringLiteral("email")) << QStringLiteral("admin@example") << false;
        QTest::newRow("email space") << param(QStringLiteral("email")) << QStringLiteral("ad min@example.com") << false;
        QTest::newRow("url ok") << param(QStringLiteral("url")) << QStringLiteral("https://example.com/path?q=1")
                                << true;
        QTest::newRow("url ftp") << param(QStringLiteral("url")) << QStringLiteral("ftp://example.com") << false;
        QTest::newRow("url bare") << param(QStringLiteral("url")) << QStringLiteral("example.com") << false;
        QTest::newRow("phone ok") << param(QStringLiteral("phone")) << QStringLiteral("+34 687 769 698") << true;
        QTest::newRow("phone letters") << param(QStringLiteral("phone")) << QStringLiteral("call me") << false;
        QTest::newRow("phone short") << param(QStringLiteral("phone")) << QStringLiteral("123") << false;
        QTest::newRow("domain ok") << param(QStringLiteral("domain")) << QStringLiteral("shop.example.co.uk") << true;
        QTest::newRow("domain bad") << param(QStringLiteral("domain")) << QStringLiteral("-bad-.com") << false;
        QTest::newRow("domain no dot") << param(QStringLiteral("domain")) << QStringLiteral("localhost") << false;
        QTest::newRow("subdomain ok") << param(QStringLiteral("subdomain")) << QStringLiteral("my-shop1") << true;
        QTest::newRow("subdomain dot") << param(QStringLiteral("subdomain")) << QStringLiteral("my.shop") << false;
        QTest::newRow("address ok") << param(QStringLiteral("address"))
                                    << QStringLiteral("1 Main St, Springfield, 12345, US") << true;
        QTest::newRow("address short") << param(QStringLiteral("address")) << QStringLiteral("Main St") << false;
        const QJsonArray abc = choices({ QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") });
        QTest::newRow("choice ok") << param(QStringLiteral("choice"), true, abc) << QStringLiteral("b") << true;
        QTest::newRow("choice bad") << param(QStringLiteral("choice"), true, abc) << QStringLiteral("z") << false;
        QTest::newRow("dropdown ok") << param(QStringLiteral("dropdown"), false, abc) << QStringLiteral("c") << true;
        QTest::newRow("dropdown label") << param(QStringLiteral("dropdown"), false, abc) << QStringLiteral("C")
                                        << false;
        QTest::newRow("checkbox ok") << param(QStringLiteral("checkbox"), false, abc) << QStringLiteral("a,c") << true;
        QTest::newRow("checkbox bad") << param(QStringLiteral("checkbox"), false, abc) << QStringLiteral("a,x")
                                      << false;
        QTest::newRow("checkbox bool") << param(QStringLiteral("checkbox")) << QStringLiteral("true") << true;
        QTest::newRow("object ok") << param(QStringLiteral("object")) << QStringLiteral("{\"a\": 1}") << true;
        QTest::newRow("object bad") << param(QStringLiteral("object")) << QStringLiteral("[1]") << false;
        QJsonObject limited = param(QStringLiteral("password"));
        limited.insert(QStringLiteral("constraints"),
            QJsonObject { { QStringLiteral("min_length"), 8 }, { QStringLiteral("max_length"), 10 } });
        QTest::newRow("password short") << limited << QStringLiteral("abc") << false;
        QTest::newRow("password long") << limited << QStringLiteral("abcdefghijk") << false;
        QTest::newRow("password ok") << limited << QStringLiteral("abcdefgh") << true;
        QTest::newRow("text anything") << param(QStringLiteral("text")) << QStringLiteral("<b>any</b>") << true;
    }
    void validate()
    {
        QFETCH(QJsonObject, param);
        QFETCH(QString, value);
        QFETCH(bool, valid);
        const QStringList errors = validateParameterValue(param, value);
        QVERIFY2(errors.isEmpty() == valid, qPrintable(errors.join(QStringLiteral("; "))));
    }

    void allowedStatuses()
    {
        QVERIFY(isAllowed(QStringLiteral("approve"), QStringLiteral("pending")));
        QVERIFY(!isAllowed(QStringLiteral("approve"), QStringLiteral("inquiring")));
        QVERIFY(isAllowed(QStringLiteral("pend"), QStringLiteral("inquiring")));
        QVERIFY(!isAllowed(QStringLiteral("pend"), QStringLiteral("pending")));
        QVERIFY(isAllowed(QStringLiteral("fail"), QStringLiteral("inquiring")));
        QVERIFY(!isAllowed(QStringLiteral("fail"), QStringLiteral("approved")));
        QVERIFY(!isAllowed(QStringLiteral("update"), QStringLiteral("approved")));
        QVERIFY(!isAllowed(QStringLiteral("nonsense"), QStringLiteral("pending")));
    }

    void renderTemplateMoved()
    {
        const QHash<QString, QString> values { { QStringLiteral("a"), QStringLiteral("1") } };
        QCOMPARE(content::renderTemplate(QStringLiteral("x {{a}} {{ a }} {{b}}."), values), QStringLiteral("x 1 1 ."));
        QCOMPARE(content::templateVariables(QStringLiteral("{{ b }} {{a}} {{b}}")),
            (QStringList { QStringLiteral("b"), QStringLiteral("a") }));
    }

    void requiredOrderingParametersAreNeededToo()
    {
        // The lab's admin email is an ordering parameter the customer may leave empty: the vendor fills it on
        // their behalf before approving (approving without it sent "credentials to - sign in"). A hidden one is
        // not the vendor's to fill.
        QJsonObject r = request(QStringLiteral("PR-x"), QStringLiteral("pending"));
        QJsonObject hidden = line(QStringLiteral("internal"), QStringLiteral("ordering"), QStringLiteral("text"), true);
        hidden.insert(QStringLiteral("constraints"),
            QJsonObject { { QStringLiteral("required"), true }, { QStringLiteral("hidden"), true } });
        const QJsonArray params { line(QStringLiteral("tenant"), QStringLiteral("fulfillment"), QStringLiteral("text"),
                                      true, QStringLiteral("T-1")),
            line(QStringLiteral("param_admin_email"), QStringLiteral("ordering"), QStringLiteral("email"), true),
            hidden };
        QJsonObject asset = r.value(QStringLiteral("asset")).toObject();
        asset.insert(QStringLiteral("params"), params);
        r.insert(QStringLiteral("asset"), asset);
        QCOMPARE(missingRequiredParameters(r), QStringList { QStringLiteral("param_admin_email") });
    }

    void approveNeedsRequiredParameters()
    {
        Fixture f;
        QVERIFY(f.open());
        auto refused = f.actions->approve(QStringLiteral("PR-pending"), QStringLiteral("TL-1"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ActionError::MissingRequired);
        QCOMPARE(refused.error().parameters, QStringList { QStringLiteral("param_admin_email") });
        QCOMPARE(f.outbox->size(), 0);
        QVERIFY(!f.actions->isWaitingForSync(QStringLiteral("PR-pending")));

        auto bad = f.actions->setParameterValues(
            QStringLiteral("PR-pending"), { { QStringLiteral("param_admin_email"), QStringLiteral("not-an-email") } });
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, ActionError::InvalidValues);
        QVERIFY(bad.error().messages.join(u' ').contains(QStringLiteral("valid email")));
        QCOMPARE(f.outbox->size(), 0);

        QVERIFY(f.actions->setParameterValues(QStringLiteral("PR-pending"),
            { { QStringLiteral("param_admin_email"), QStringLiteral("admin@example.com") } }));
        QVERIFY(f.actions->isWaitingForSync(QStringLiteral("PR-pending")));
        auto entries = f.outbox->pending();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().method, QByteArray("PUT"));
        QCOMPARE(entries.first().path, QStringLiteral("/requests/PR-pending"));
        const QJsonArray sent
            = entries.first().body.value(QStringLiteral("asset")).toObject().value(QStringLiteral("params")).toArray();
        QCOMPARE(sent.size(), 1);
        QCOMPARE(
            sent.first().toObject().value(QStringLiteral("value")).toString(), QStringLiteral("admin@example.com"));

        auto noTemplate = f.actions->approve(QStringLiteral("PR-pending"), QString());
        QCOMPARE(noTemplate.error().code, ActionError::TemplateRequired);
        auto wrongTemplate = f.actions->approve(QStringLiteral("PR-pending"), QStringLiteral("TL-2"));
        QCOMPARE(wrongTemplate.error().code, ActionError::WrongTemplate);

        QVERIFY(f.actions->approve(QStringLiteral("PR-pending"), QStringLiteral("TL-1")));
        QCOMPARE(f.status(QStringLiteral("PR-pending")), QStringLiteral("approved"));
        QCOMPARE(f.json(QStringLiteral("PR-pending"))
                     .value(QStringLiteral("template"))
                     .toObject()
                     .value(QStringLiteral("message"))
                     .toString(),
            QStringLiteral("Admin: admin@example.com."));
        entries = f.outbox->pending();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.last().path, QStringLiteral("/requests/PR-pending/approve"));
        QCOMPARE(entries.last().body.value(QStringLiteral("template_id")).toString(), QStringLiteral("TL-1"));

        // Approved: nothing else is allowed.
        auto again = f.actions->reject(QStringLiteral("PR-pending"), QStringLiteral("late"));
        QCOMPARE(again.error().code, ActionError::NotAllowed);
        QCOMPARE(again.error().status, QStringLiteral("approved"));
    }

    void rejectNeedsReason()
    {
        Fixture f;
        QVERIFY(f.open());
        auto refused = f.actions->reject(QStringLiteral("PR-inquiring"), QStringLiteral("   "));
        QCOMPARE(refused.error().code, ActionError::ReasonRequired);
        QVERIFY(f.actions->reject(QStringLiteral("PR-inquiring"), QStringLiteral("Out of stock")));
        QCOMPARE(f.status(QStringLiteral("PR-inquiring")), QStringLiteral("failed"));
        QCOMPARE(
            f.outbox->pending().last().body.value(QStringLiteral("reason")).toString(), QStringLiteral("Out of stock"));
        QCOMPARE(f.actions->reject(QStringLiteral("PR-approved"), QStringLiteral("x")).error().code,
            ActionError::NotAllowed);
        QCOMPARE(f.actions->reject(QStringLiteral("PR-none"), QStringLiteral("x")).error().code, ActionError::NotFound);
    }

    void pendAndInquire()
    {
        Fixture f;
        QVERIFY(f.open());
        QCOMPARE(f.actions->switchToPending(QStringLiteral("PR-pending")).error().code, ActionError::NotAllowed);
        QVERIFY(f.actions->switchToPending(QStringLiteral("PR-draft")));
        QCOMPARE(f.status(QStringLiteral("PR-draft")), QStringLiteral("pending"));

        QCOMPARE(f.actions->inquire(QStringLiteral("PR-pending"), {}, {}).error().code, ActionError::NothingToInquire);
        QVERIFY(f.actions->inquire(QStringLiteral("PR-pending"), QStringLiteral("TL-2"),
            { { QStringLiteral("company"), QStringLiteral("Give the legal name") } }));
        QCOMPARE(f.status(QStringLiteral("PR-pending")), QStringLiteral("inquiring"));
        const auto entries = f.outbox->pending();
        QCOMPARE(entries.size(), 3); // pend, PUT value_error, inquire
        QCOMPARE(entries.at(1).method, QByteArray("PUT"));
        QCOMPARE(entries.at(1)
                     .body.value(QStringLiteral("asset"))
                     .toObject()
                     .value(QStringLiteral("params"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("value_error"))
                     .toString(),
            QStringLiteral("Give the legal name"));
        QCOMPARE(entries.at(2).path, QStringLiteral("/requests/PR-pending/inquire"));
        QCOMPARE(entries.at(2).body.value(QStringLiteral("template_id")).toString(), QStringLiteral("TL-2"));
    }

    void assignAndNote()
    {
        Fixture f;
        QVERIFY(f.open());
        QCOMPARE(f.actions->assignToMe(QStringLiteral("PR-pending"), {}).error().code, ActionError::UserRequired);
        QVERIFY(f.actions->assignToMe(QStringLiteral("PR-pending"),
            { { QStringLiteral("id"), QStringLiteral("UR-1") }, { QStringLiteral("name"), QStringLiteral("Ann") } }));
        QCOMPARE(f.json(QStringLiteral("PR-pending"))
                     .value(QStringLiteral("assignee"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
            QStringLiteral("Ann"));
        QCOMPARE(f.outbox->pending().last().body.value(QStringLiteral("id")).toString(), QStringLiteral("UR-1"));
        QVERIFY(f.actions->setNote(QStringLiteral("PR-pending"), QStringLiteral("Called the customer")));
        QCOMPARE(f.json(QStringLiteral("PR-pending")).value(QStringLiteral("note")).toString(),
            QStringLiteral("Called the customer"));
        QCOMPARE(f.outbox->pending().last().body,
            (QJsonObject { { QStringLiteral("note"), QStringLiteral("Called the customer") } }));
        QCOMPARE(f.actions->setNote(QStringLiteral("PR-approved"), QStringLiteral("x")).error().code,
            ActionError::NotAllowed);
    }
};

CV_TEST_CORE_MAIN(TestRequestActions)
#include "tst_requestactions.moc"
