// connect-sandbox over real HTTP: auth, paging, and the product definition rules of REFERENCE §3.1-3.8
// (items, parameters, templates, actions, media, logo, localization, publish and versioning).
#include "sandboxfixture.h"
#include "testmain.h"

#include "app/content/pofile.h"

#include <QBuffer>
#include <QImage>

using cv::test::HttpResponse;
using cv::test::SandboxFixture;

class TestSandboxProducts final : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_sandbox;
    QString m_product;

    QJsonObject item(const QString &name, const QString &mpn, const QString &type = QStringLiteral("reservation"),
        const QString &period = QStringLiteral("monthly"), const QString &precision = QStringLiteral("integer"),
        int commitment = 1)
    {
        return { { QStringLiteral("name"), name }, { QStringLiteral("mpn"), mpn }, { QStringLiteral("type"), type },
            { QStringLiteral("period"), period }, { QStringLiteral("precision"), precision },
            { QStringLiteral("unit"), QJsonObject { { QStringLiteral("id"), QStringLiteral("users") } } },
            { QStringLiteral("commitment"), QJsonObject { { QStringLiteral("count"), commitment } } } };
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        QVERIFY2(m_sandbox->ok(), qPrintable(m_sandbox->error()));
        const HttpResponse created = m_sandbox->post(QStringLiteral("/products"),
            { { QStringLiteral("name"), QStringLiteral("Connect Web Conference Software") } });
        QCOMPARE(created.status, 201);
        m_product = created.object().value(QStringLiteral("id")).toString();
        QVERIFY(QRegularExpression(QStringLiteral("^PRD-\\d{3}-\\d{3}-\\d{3}$")).match(m_product).hasMatch());
    }

    void cleanup() { m_sandbox.reset(); }

    void authIsRequired()
    {
        const HttpResponse none = m_sandbox->send("GET", QStringLiteral("/products"), {}, {}, {}, false);
        QCOMPARE(none.status, 401);
        QCOMPARE(none.object(),
            (QJsonObject { { QStringLiteral("error_code"), QStringLiteral("AUTH_001") },
                { QStringLiteral("errors"), QJsonArray { QStringLiteral("API request is unauthorized.") } } }));
        QCOMPARE(m_sandbox->send("GET", QStringLiteral("/products"), {}, {}, "SU-000-000-000:wrong").status, 401);
        const HttpResponse accounts = m_sandbox->get(QStringLiteral("/accounts"));
        QCOMPARE(accounts.status, 200);
        QCOMPARE(accounts.array().first().toObject().value(QStringLiteral("name")).toString(),
            QStringLiteral("Connect Lab Vendor"));
        QVERIFY(accounts.array()
                    .first()
                    .toObject()
                    .value(QStringLiteral("id"))
                    .toString()
                    .startsWith(QStringLiteral("VA-")));
    }

    void newProductHasConnectDefaults()
    {
        const QJsonArray items = m_sandbox->get(QStringLiteral("/products/%1/items").arg(m_product)).array();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Sku A"));
        QCOMPARE(items.at(1).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Sku B"));
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("id")).toString(), m_product + QStringLiteral("-0001"));
        QCOMPARE(m_sandbox->get(QStringLiteral("/products/%1/parameters").arg(m_product)).array().size(), 2);
        const HttpResponse templates
            = m_sandbox->get(QStringLiteral("/products/%1/templates?eq(scope,asset)").arg(m_product));
        QCOMPARE(templates.total(), 2);
        QCOMPARE(
            templates.array().at(0).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("fulfillment"));
        QCOMPARE(
            templates.array().at(1).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("inquire"));
        QCOMPARE(
            m_sandbox->get(QStringLiteral("/products/%1/templates?in(scope,(tier1,tier2))").arg(m_product)).total(), 2);
        // The spec does not let templates be sorted by type: the sandbox says so.
        const HttpResponse refused
            = m_sandbox->get(QStringLiteral("/products/%1/templates?ordering(type)").arg(m_product));
        QCOMPARE(refused.status, 400);
        QVERIFY2(refused.errors().contains(QStringLiteral("type")), qPrintable(refused.errors()));
        const QJsonObject product = m_sandbox->get(QStringLiteral("/products/") + m_product).object();
        QCOMPARE(product.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
        QVERIFY(product.value(QStringLiteral("owner"))
                    .toObject()
                    .value(QStringLiteral("id"))
                    .toString()
                    .startsWith(QStringLiteral("VA-")));
        // The Service UI comes filled with Connect's examples (the lab keeps its Downloads and Documentation
        // links), and the action already has its JWT secret (the Actions tab could never copy one before).
        const QJsonObject ui = product.value(QStringLiteral("customer_ui_settings")).toObject();
        QVERIFY(!ui.value(QStringLiteral("description")).toString().isEmpty());
        QVERIFY(!ui.value(QStringLiteral("getting_started")).toString().isEmpty());
        QCOMPARE(ui.value(QStringLiteral("download_links")).toArray().size(), 4);
        QCOMPARE(ui.value(QStringLiteral("download_links")).toArray().at(0).toObject().value(QStringLiteral("title")),
            QStringLiteral("Windows"));
        QCOMPARE(ui.value(QStringLiteral("documents")).toArray().size(), 1);
        QCOMPARE(
            ui.value(QStringLiteral("action")).toObject().value(QStringLiteral("jwt_secret")).toString().size(), 32);
    }

    void pagingAndContentRange()
    {
        for (int i = 0; i < 5; ++i)
            QCOMPARE(
                m_sandbox
                    ->post(QStringLiteral("/products"), { { QStringLiteral("name"), QStringLiteral("P%1").arg(i) } })
                    .status,
                201);
        const HttpResponse page = m_sandbox->get(QStringLiteral("/products?limit=2&offset=2&ordering(name)"));
        QCOMPARE(page.status, 200);
        QCOMPARE(page.header("content-range"), QByteArray("items 2-3/6"));
        // Sorted: "Connect Web Conference Software", P0, P1, P2, ...
        QCOMPARE(page.array().at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("P1"));
        QCOMPARE(
            m_sandbox->get(QStringLiteral("/products?limit=0")).header("content-range"), QByteArray("items 0-0/6"));
        QCOMPARE(
            m_sandbox->get(QStringLiteral("/products?offset=50")).header("content-range"), QByteArray("items 50-50/6"));
        const HttpResponse bad = m_sandbox->get(QStringLiteral("/products?and(eq(name,x)"));
        QCOMPARE(bad.status, 400);
        QVERIFY(!bad.errors().isEmpty());
        QCOMPARE(m_sandbox->get(QStringLiteral("/products/PRD-000-000-000")).status, 404);
        QCOMPARE(m_sandbox->get(QStringLiteral("/no-such-collection")).status, 404);
    }

    void itemRules_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("expectedError"); // empty: accepted
        QTest::newRow("reservation monthly users")
            << item(QStringLiteral("SKU Users"), QStringLiteral("MPN-246-USERS")) << QString();
        QTest::newRow("duplicate mpn") << item(QStringLiteral("Other"), QStringLiteral("SKU-A"))
                                       << QStringLiteral("mpn: Item with same mpn");
        QTest::newRow("duplicate name") << item(QStringLiteral("Sku A"), QStringLiteral("X1"))
                                        << QStringLiteral("name: Item with same name");
        QTest::newRow("reservation decimal") << item(QStringLiteral("D"), QStringLiteral("D1"),
            QStringLiteral("reservation"), QStringLiteral("monthly"), QStringLiteral("decimal(2)"))
                                             << QStringLiteral("integer precision");
        QTest::newRow("ppu yearly") << item(QStringLiteral("P"), QStringLiteral("P1"), QStringLiteral("ppu"),
            QStringLiteral("yearly"), QStringLiteral("decimal(2)"))
                                    << QStringLiteral("billed monthly");
        QTest::newRow("ppu monthly decimal") << item(QStringLiteral("P2"), QStringLiteral("P2"), QStringLiteral("PPU"),
            QStringLiteral("Monthly"), QStringLiteral("decimal(2)"))
                                             << QString();
        QTest::newRow("monthly 1 year commitment") << item(QStringLiteral("C1"), QStringLiteral("C1"),
            QStringLiteral("reservation"), QStringLiteral("monthly"), QStringLiteral("integer"), 12)
                                                   << QString();
        QTest::newRow("monthly 7 months") << item(QStringLiteral("C2"), QStringLiteral("C2"),
            QStringLiteral("reservation"), QStringLiteral("monthly"), QStringLiteral("integer"), 7)
                                          << QStringLiteral("commitment:");
        QTest::newRow("years_3 6 years") << item(QStringLiteral("C3"), QStringLiteral("C3"),
            QStringLiteral("reservation"), QStringLiteral("years_3"), QStringLiteral("integer"), 2)
                                         << QString();
        QTest::newRow("onetime commitment") << item(QStringLiteral("C4"), QStringLiteral("C4"),
            QStringLiteral("reservation"), QStringLiteral("onetime"), QStringLiteral("integer"), 12)
                                            << QStringLiteral("commitment:");
        QTest::newRow("unknown unit") << QJsonObject { { QStringLiteral("name"), QStringLiteral("U") },
            { QStringLiteral("mpn"), QStringLiteral("U") }, { QStringLiteral("type"), QStringLiteral("reservation") },
            { QStringLiteral("unit"), QJsonObject { { QStringLiteral("id"), QStringLiteral("parsecs") } } } }
                                      << QStringLiteral("unit: Unit \"parsecs\"");
        QTest::newRow("missing mpn") << QJsonObject { { QStringLiteral("name"), QStringLiteral("N") },
            { QStringLiteral("type"), QStringLiteral("ppu") },
            { QStringLiteral("unit"), QJsonObject { { QStringLiteral("id"), QStringLiteral("unit") } } } }
                                     << QStringLiteral("mpn: This field is required.");
    }

    void itemRules()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, expectedError);
        const HttpResponse r = m_sandbox->post(QStringLiteral("/products/%1/items").arg(m_product), body);
        if (expectedError.isEmpty()) {
            QVERIFY2(r.status == 201, qPrintable(r.errors()));
            QCOMPARE(r.object().value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
            QCOMPARE(r.object().value(QStringLiteral("type")).toString(),
                body.value(QStringLiteral("type")).toString().toLower());
        } else {
            QCOMPARE(r.status, 400);
            QCOMPARE(r.errorCode(), QStringLiteral("VAL_001"));
            QVERIFY2(r.errors().contains(expectedError), qPrintable(r.errors()));
        }
    }

    void publishLocksNameAndItems()
    {
        const QString items = QStringLiteral("/products/%1/items").arg(m_product);
        const QJsonArray examples = m_sandbox->get(items).array();
        // The lab: delete both example items, add SKU Users.
        for (const QJsonValue &example : examples)
            QCOMPARE(
                m_sandbox->del(items + QLatin1Char('/') + example.toObject().value(QStringLiteral("id")).toString())
                    .status,
                204);
        const HttpResponse users
            = m_sandbox->post(items, item(QStringLiteral("SKU Users"), QStringLiteral("MPN-246-USERS")));
        QCOMPARE(users.status, 201);
        const QString itemPath = items + QLatin1Char('/') + users.object().value(QStringLiteral("id")).toString();

        const HttpResponse v1 = m_sandbox->post(QStringLiteral("/products/%1/versions").arg(m_product));
        QVERIFY2(v1.status == 201, qPrintable(v1.errors()));
        QCOMPARE(v1.object().value(QStringLiteral("version")).toInt(), 1);
        const QJsonObject product = m_sandbox->get(QStringLiteral("/products/") + m_product).object();
        QCOMPARE(product.value(QStringLiteral("status")).toString(), QStringLiteral("published"));
        QCOMPARE(product.value(QStringLiteral("version")).toInt(), 1);

        const HttpResponse deleteRefused = m_sandbox->del(itemPath);
        QCOMPARE(deleteRefused.status, 400);
        QCOMPARE(deleteRefused.errorCode(), QStringLiteral("PRD_038"));
        QCOMPARE(deleteRefused.errors(), QStringLiteral("Only draft Item can be deleted."));
        QCOMPARE(m_sandbox->put(itemPath, { { QStringLiteral("period"), QStringLiteral("yearly") } }).status, 400);
        const HttpResponse renamed = m_sandbox->put(itemPath,
            { { QStringLiteral("name"), QStringLiteral("SKU Named Users") },
                { QStringLiteral("description"), QStringLiteral("Per user") } });
        QCOMPARE(renamed.status, 200);
        QCOMPARE(renamed.object().value(QStringLiteral("name")).toString(), QStringLiteral("SKU Named Users"));

        const HttpResponse rename = m_sandbox->put(
            QStringLiteral("/products/") + m_product, { { QStringLiteral("name"), QStringLiteral("New name") } });
        QCOMPARE(rename.status, 400);
        QVERIFY(rename.errors().contains(QStringLiteral("cannot be changed after the first version")));
        QCOMPARE(m_sandbox
                     ->put(QStringLiteral("/products/") + m_product,
                         { { QStringLiteral("short_description"), QStringLiteral("Video meetings") } })
                     .status,
            200);

        // Parameters are live at once and can still change; a second publish makes v2.
        QCOMPARE(m_sandbox->post(QStringLiteral("/products/%1/versions").arg(m_product))
                     .object()
                     .value(QStringLiteral("version"))
                     .toInt(),
            2);
        const HttpResponse versions
            = m_sandbox->get(QStringLiteral("/products/%1/versions?ordering(-version)").arg(m_product));
        QCOMPARE(versions.total(), 2);
        QCOMPARE(versions.array().at(0).toObject().value(QStringLiteral("version")).toInt(), 2);
        QCOMPARE(versions.array().at(0).toObject().value(QStringLiteral("id")).toString(), m_product);
        const HttpResponse snapshot = m_sandbox->get(QStringLiteral("/products/%1/versions/1/items").arg(m_product));
        QCOMPARE(snapshot.array().size(), 1);
        QCOMPARE(
            snapshot.array().at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("SKU Users"));
    }

    void parameterRules()
    {
        const QString path = QStringLiteral("/products/%1/parameters").arg(m_product);
        QJsonObject email { { QStringLiteral("name"), QStringLiteral("param_admin_email") },
            { QStringLiteral("title"), QStringLiteral("Admin e-mail") },
            { QStringLiteral("description"), QStringLiteral("Administrator") },
            { QStringLiteral("type"), QStringLiteral("text") }, { QStringLiteral("phase"), QStringLiteral("ordering") },
            { QStringLiteral("scope"), QStringLiteral("asset") },
            { QStringLiteral("constraints"), QJsonObject { { QStringLiteral("required"), true } } } };
        const HttpResponse created = m_sandbox->post(path, email);
        QVERIFY2(created.status == 201, qPrintable(created.errors()));
        QVERIFY(created.object()
                    .value(QStringLiteral("id"))
                    .toString()
                    .startsWith(QStringLiteral("PRM-") + m_product.mid(4)));
        QCOMPARE(m_sandbox->post(path, email).errors(),
            QStringLiteral("name: Parameter with same name already exists for the product."));
        QJsonObject bad = email;
        bad.insert(QStringLiteral("name"), QStringLiteral("bad name!"));
        bad.insert(QStringLiteral("scope"), QStringLiteral("product"));
        const HttpResponse refused = m_sandbox->post(path, bad);
        QVERIFY(refused.errors().contains(QStringLiteral("name: Only letters")));
        QVERIFY(refused.errors().contains(QStringLiteral("scope:")));
        QJsonObject dropdown = email;
        dropdown.insert(QStringLiteral("name"), QStringLiteral("param_plan"));
        dropdown.insert(QStringLiteral("type"), QStringLiteral("dropdown"));
        QVERIFY(m_sandbox->post(path, dropdown).errors().contains(QStringLiteral("constraints.choices")));
        const HttpResponse filtered
            = m_sandbox->get(path + QStringLiteral("?eq(phase,ordering)&eq(constraints.required,true)"));
        QCOMPARE(filtered.total(), 1);
        const QString id = created.object().value(QStringLiteral("id")).toString();
        QCOMPARE(m_sandbox
                     ->put(path + QLatin1Char('/') + id,
                         { { QStringLiteral("title"), QStringLiteral("Administrator e-mail") } })
                     .status,
            200);
        QCOMPARE(m_sandbox->del(path + QLatin1Char('/') + id).status, 204);
        QCOMPARE(m_sandbox->get(path + QLatin1Char('/') + id).status, 404);
    }

    void templateRenderAndActions()
    {
        const QString templates = QStringLiteral("/products/%1/templates").arg(m_product);
        const QString id = m_sandbox->get(templates + QStringLiteral("?eq(type,fulfillment)"))
                               .array()
                               .at(0)
                               .toObject()
                               .value(QStringLiteral("id"))
                               .toString();
        QCOMPARE(
            m_sandbox
                ->put(templates + QLatin1Char('/') + id,
                    { { QStringLiteral("body"), QStringLiteral("Admin: {{ param_admin_email }} / A: {{param_a}}") } })
                .status,
            200);
        const HttpResponse rendered = m_sandbox->get(templates + QLatin1Char('/') + id + QStringLiteral("/render"));
        QCOMPARE(rendered.status, 200);
        QCOMPARE(QJsonDocument::fromJson("[" + rendered.body + "]").array().at(0).toString(),
            QStringLiteral("Admin:  / A: <Parameter A>"));

        const QString actions = QStringLiteral("/products/%1/actions").arg(m_product);
        const HttpResponse action = m_sandbox->post(actions,
            { { QStringLiteral("action"), QStringLiteral("sso") },
                { QStringLiteral("name"), QStringLiteral("Open console") },
                { QStringLiteral("description"), QStringLiteral("Sign in") },
                { QStringLiteral("scope"), QStringLiteral("asset") } });
        QCOMPARE(action.status, 201);
        QVERIFY(action.object().value(QStringLiteral("id")).toString().startsWith(QStringLiteral("ACT-")));
        const HttpResponse secret = m_sandbox->post(actions + QStringLiteral("/regeneratesecret"));
        QCOMPARE(secret.status, 200);
        const QString first = secret.object().value(QStringLiteral("jwt_secret")).toString();
        QCOMPARE(first.size(), 32);
        QVERIFY(m_sandbox->post(actions + QStringLiteral("/regeneratesecret"))
                    .object()
                    .value(QStringLiteral("jwt_secret"))
                    .toString()
            != first);
    }

    void logoAndMediaUploads()
    {
        QImage image(64, 64, QImage::Format_ARGB32);
        image.fill(Qt::blue);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        const QByteArray body
            = QJsonDocument(QJsonObject { { QStringLiteral("short_description"), QStringLiteral("With a logo") } })
                  .toJson();
        const HttpResponse logo = m_sandbox->multipart("PUT", QStringLiteral("/products/") + m_product,
            { { "body", {}, "application/json", body }, { "icon", "logo.png", "image/png", png } });
        QVERIFY2(logo.status == 200, qPrintable(logo.errors()));
        const QString icon = logo.object().value(QStringLiteral("icon")).toString();
        QVERIFY(icon.endsWith(QStringLiteral("-logo.png")));
        const HttpResponse refused = m_sandbox->multipart("PUT", QStringLiteral("/products/") + m_product,
            { { "body", {}, "application/json", body }, { "icon", "logo.gif", "image/gif", "GIF89a...." } });
        QCOMPARE(refused.status, 400);
        QVERIFY(refused.errors().contains(QStringLiteral("PNG or JPEG")));
        QCOMPARE(
            m_sandbox->get(QStringLiteral("/products/") + m_product).object().value(QStringLiteral("icon")).toString(),
            icon);

        const HttpResponse media = m_sandbox->multipart("POST", QStringLiteral("/products/%1/media").arg(m_product),
            { { "body", {}, "application/json", R"({"type":"image","position":"1"})" },
                { "thumbnail", "shot.png", "image/png", png } });
        QVERIFY2(media.status == 201, qPrintable(media.errors()));
        QCOMPARE(m_sandbox->get(QStringLiteral("/products/%1/media").arg(m_product)).total(), 1);
    }

    void poDownloadAndUpload()
    {
        const QString localizations = QStringLiteral("/products/%1/localizations").arg(m_product);
        QCOMPARE(
            m_sandbox
                ->post(localizations,
                    { { QStringLiteral("locale"), QJsonObject { { QStringLiteral("id"), QStringLiteral("DE") } } } })
                .status,
            201);
        const HttpResponse po = m_sandbox->get(localizations + QStringLiteral("/DE/download"));
        QCOMPARE(po.status, 200);
        QCOMPARE(po.header("content-type"), QByteArray("text/x-gettext-translation"));
        auto catalog = cv::content::parsePo(po.body);
        QVERIFY2(catalog.ok(), catalog.ok() ? "" : qPrintable(catalog.error()));
        cv::content::PoCatalog translated = catalog.value();
        bool found = false;
        for (cv::content::PoEntry &entry : translated.entries) {
            if (entry.context == QStringLiteral("product.%1.name").arg(m_product)) {
                QCOMPARE(entry.msgid, QStringLiteral("Connect Web Conference Software"));
                entry.msgstr = QStringLiteral("Connect Webkonferenz-Software");
                found = true;
            }
        }
        QVERIFY(found);
        const HttpResponse uploaded = m_sandbox->multipart("POST", localizations,
            { { "locale", {}, {}, "DE" },
                { "file", "de.po", "text/x-gettext-translation", cv::content::writePo(translated) } });
        QVERIFY2(uploaded.status == 200, qPrintable(uploaded.errors()));
        QCOMPARE(
            uploaded.object().value(QStringLiteral("stats")).toObject().value(QStringLiteral("translated")).toInt(), 1);
        const auto again = cv::content::parsePo(m_sandbox->get(localizations + QStringLiteral("/DE/download")).body);
        QVERIFY(again.ok());
        QVERIFY(std::any_of(again.value().entries.begin(), again.value().entries.end(),
            [](const cv::content::PoEntry &e) { return e.msgstr == QStringLiteral("Connect Webkonferenz-Software"); }));
        // A file with an unknown key changes nothing and says which entry is wrong.
        cv::content::PoCatalog wrong = translated;
        wrong.entries.first().context = QStringLiteral("product.PRD-999-999-999.name");
        const HttpResponse refused = m_sandbox->multipart(
            "POST", localizations, { { "locale", {}, {}, "DE" }, { "file", "x.po", {}, cv::content::writePo(wrong) } });
        QCOMPARE(refused.status, 400);
        QVERIFY2(refused.errors().contains(QStringLiteral("PRD-999-999-999")), qPrintable(refused.errors()));
        const HttpResponse garbage = m_sandbox->multipart("POST", localizations,
            { { "locale", {}, {}, "DE" }, { "file", "x.po", {}, "msgid \"unterminated\nmsgstr" } });
        QCOMPARE(garbage.status, 400);
    }

    void dataSurvivesRestart()
    {
        QCOMPARE(m_sandbox
                     ->put(QStringLiteral("/products/") + m_product,
                         { { QStringLiteral("short_description"), QStringLiteral("Kept") } })
                     .status,
            200);
        const QByteArray key = m_sandbox->apiKey();
        QVERIFY(m_sandbox->restart());
        QCOMPARE(m_sandbox->apiKey(), key);
        QCOMPARE(m_sandbox->get(QStringLiteral("/products/") + m_product)
                     .object()
                     .value(QStringLiteral("short_description"))
                     .toString(),
            QStringLiteral("Kept"));
    }
};

CV_TEST_CORE_MAIN(TestSandboxProducts)
#include "tst_sandbox_products.moc"
