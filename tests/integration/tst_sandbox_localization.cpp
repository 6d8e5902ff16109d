// Issue 16 point 2: the sandbox's product localization endpoints (REFERENCE §3.13) over real HTTP.
// A plural entry for a field without plural must be refused (it erased the translation with a 200), a stale
// msgid must be reported as outdated (it was applied silently), and GET /localization/contexts is served.
#include "sandboxfixture.h"
#include "testmain.h"

#include "app/content/pofile.h"

using cv::test::HttpResponse;
using cv::test::SandboxFixture;

class TestSandboxLocalization final : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_sandbox;
    QString m_product;

    QString path() const { return QStringLiteral("/products/%1/localizations").arg(m_product); }
    QString nameKey() const { return QStringLiteral("product.%1.name").arg(m_product); }

    HttpResponse upload(const cv::content::PoCatalog &catalog)
    {
        return m_sandbox->multipart("POST", path(),
            { { "locale", {}, {}, "DE" },
                { "file", "de.po", "text/x-gettext-translation", cv::content::writePo(catalog) } });
    }

    static cv::content::PoEntry entry(const QString &context, const QString &msgid, const QString &msgstr)
    {
        cv::content::PoEntry e;
        e.context = context;
        e.msgid = msgid;
        e.msgstr = msgstr;
        return e;
    }

    cv::content::PoCatalog catalogWith(const cv::content::PoEntry &entry)
    {
        cv::content::PoCatalog catalog;
        catalog.language = QStringLiteral("de");
        catalog.entries.append(entry);
        return catalog;
    }

    QString translationOfName()
    {
        const auto po = cv::content::parsePo(m_sandbox->get(path() + QStringLiteral("/DE/download")).body);
        if (!po)
            return QStringLiteral("<unparsable: %1>").arg(po.error());
        for (const cv::content::PoEntry &entry : po.value().entries) {
            if (entry.context == nameKey())
                return entry.msgstr;
        }
        return QStringLiteral("<no entry>");
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        QVERIFY2(m_sandbox->ok(), qPrintable(m_sandbox->error()));
        const HttpResponse created = m_sandbox->post(
            QStringLiteral("/products"), { { QStringLiteral("name"), QStringLiteral("Cloud Backup") } });
        QCOMPARE(created.status, 201);
        m_product = created.object().value(QStringLiteral("id")).toString();
        const cv::content::PoEntry name
            = entry(nameKey(), QStringLiteral("Cloud Backup"), QStringLiteral("Cloud-Sicherung"));
        const HttpResponse first = upload(catalogWith(name));
        QVERIFY2(first.status == 201 || first.status == 200, qPrintable(first.errors()));
        QCOMPARE(translationOfName(), QStringLiteral("Cloud-Sicherung"));
    }

    void cleanup() { m_sandbox.reset(); }

    void pluralEntryForAFieldWithoutPluralIsRefused()
    {
        cv::content::PoEntry plural;
        plural.context = nameKey();
        plural.msgid = QStringLiteral("Cloud Backup");
        plural.msgidPlural = QStringLiteral("Cloud Backups");
        plural.msgstrPlural
            = { QStringLiteral("Cloud-Sicherung"), QStringLiteral("Cloud-Sicherungen"), QStringLiteral("x") };
        const HttpResponse refused = upload(catalogWith(plural));
        QCOMPARE(refused.status, 400);
        QVERIFY2(refused.errors().contains(QStringLiteral("plural")), qPrintable(refused.errors()));
        QVERIFY2(refused.errors().contains(nameKey()), qPrintable(refused.errors()));
        QCOMPARE(translationOfName(), QStringLiteral("Cloud-Sicherung"));
    }

    void staleMsgidIsReportedAsOutdated()
    {
        const cv::content::PoEntry stale = entry(nameKey(), QStringLiteral("Cloud Backup Pro"), QStringLiteral("Alt"));
        const HttpResponse refused = upload(catalogWith(stale));
        QCOMPARE(refused.status, 400);
        QVERIFY2(refused.errors().contains(QStringLiteral("outdated")), qPrintable(refused.errors()));
        QVERIFY2(refused.errors().contains(nameKey()), qPrintable(refused.errors()));
        QCOMPARE(translationOfName(), QStringLiteral("Cloud-Sicherung"));
    }

    void localeCanComeAsJsonBodyPart()
    {
        // The app's outbox sends an upload's fields as one JSON part named "body" (app/sync/pusher.cpp).
        const cv::content::PoEntry name = entry(nameKey(), QStringLiteral("Cloud Backup"), QStringLiteral("Sicherung"));
        const HttpResponse uploaded = m_sandbox->multipart("POST", path(),
            { { "body", {}, "application/json", R"({"locale":{"id":"DE"}})" },
                { "file", "de.po", "text/x-gettext-translation", cv::content::writePo(catalogWith(name)) } });
        QVERIFY2(uploaded.status == 200, qPrintable(uploaded.errors()));
        QCOMPARE(translationOfName(), QStringLiteral("Sicherung"));
    }

    void contextsAreServed()
    {
        const HttpResponse list = m_sandbox->get(QStringLiteral("/localization/contexts"));
        QCOMPARE(list.status, 200);
        QJsonObject mine;
        for (const QJsonValue &value : list.array()) {
            if (value.toObject().value(QStringLiteral("instance_id")).toString() == m_product)
                mine = value.toObject();
        }
        QVERIFY2(!mine.isEmpty(), list.body.constData());
        QCOMPARE(mine.value(QStringLiteral("type")).toString(), QStringLiteral("product"));
        QCOMPARE(mine.value(QStringLiteral("name")).toString(), QStringLiteral("Cloud Backup"));
        QVERIFY(mine.value(QStringLiteral("translations")).isArray()); // required by the spec
        const QString id = mine.value(QStringLiteral("id")).toString();
        QVERIFY(id.startsWith(QStringLiteral("LCX-")));
        const HttpResponse filtered
            = m_sandbox->get(QStringLiteral("/localization/contexts?instance_id=%1").arg(m_product));
        QCOMPARE(filtered.status, 200);
        QCOMPARE(filtered.array().size(), 1);
        const HttpResponse one = m_sandbox->get(QStringLiteral("/localization/contexts/") + id);
        QCOMPARE(one.status, 200);
        QCOMPARE(one.object().value(QStringLiteral("instance_id")).toString(), m_product);
        QCOMPARE(m_sandbox->get(QStringLiteral("/localization/contexts/LCX-0000-0000-0000")).status, 404);
    }
};

CV_TEST_CORE_MAIN(TestSandboxLocalization)
#include "tst_sandbox_localization.moc"
