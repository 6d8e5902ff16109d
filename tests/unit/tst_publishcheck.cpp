// publishcheck: the publish checklist and the diff of a draft against the last published version,
// table-driven over JSON fixtures.
#include "testmain.h"

#include "app/inventory/publishcheck.h"

#include <QJsonDocument>
#include <QTest>

using namespace cv::inventory;

namespace {

QJsonObject obj(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

PublishDraft completeDraft()
{
    PublishDraft draft;
    draft.productId = QStringLiteral("PRD-1");
    draft.product = obj(R"({"id": "PRD-1", "name": "Web Conference", "short_description": "Meetings",
        "detailed_description": "Video meetings for teams.", "customer_ui_settings": {"download_links": []},
        "capabilities": {"ppu": null, "tiers": {"configs": null}}})");
    draft.items = { obj(
        R"({"id": "PRD-1-0001", "name": "SKU Users", "mpn": "MPN-1", "type": "reservation", "period": "monthly"})") };
    draft.parameters = {
        obj(R"({"id": "PRM-1", "name": "param_admin_email", "phase": "ordering",
        "events": {"created": {"at": "2026-01-01T10:00:00.000000+00:00"}, "updated": {"at": "2026-01-01T10:00:00.000000+00:00"}}})")
    };
    draft.templates = { obj(R"({"id": "TL-1", "name": "Activation", "scope": "asset", "type": "fulfillment",
        "body": "Your administrator is {{ param_admin_email }}."})") };
    draft.previewRun = true;
    draft.synced = true;
    return draft;
}

PublishedVersion versionOf(const PublishDraft &draft)
{
    PublishedVersion version;
    version.version = 1;
    version.product = draft.product;
    QJsonObject events { { QStringLiteral("published"),
        QJsonObject { { QStringLiteral("at"), QStringLiteral("2026-01-02T10:00:00.000000+00:00") } } } };
    version.product.insert(QStringLiteral("events"), events);
    version.items = draft.items;
    version.templates = draft.templates;
    version.actions = draft.actions;
    return version;
}

PublishCheckItem checkOf(const QList<PublishCheckItem> &list, PublishCheckItem::Key key)
{
    for (const PublishCheckItem &item : list) {
        if (item.key == key)
            return item;
    }
    return {};
}

} // namespace

Q_DECLARE_METATYPE(PublishDraft)

class TestPublishCheck final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checklist_data()
    {
        QTest::addColumn<PublishDraft>("draft");
        QTest::addColumn<int>("key");
        QTest::addColumn<bool>("done");
        QTest::addColumn<QStringList>("missing");
        QTest::addColumn<bool>("canPublish");

        const PublishDraft complete = completeDraft();
        QTest::newRow("complete profile")
            << complete << int(PublishCheckItem::Profile) << true << QStringList() << true;
        PublishDraft noDescriptions = complete;
        noDescriptions.product.remove(QStringLiteral("short_description"));
        noDescriptions.product.insert(QStringLiteral("detailed_description"), QStringLiteral("  "));
        QTest::newRow("profile without descriptions")
            << noDescriptions << int(PublishCheckItem::Profile) << false
            << QStringList { QStringLiteral("short_description"), QStringLiteral("detailed_description") } << true;
        PublishDraft noItems = complete;
        noItems.items.clear();
        QTest::newRow("no item blocks") << noItems << int(PublishCheckItem::Items) << false << QStringList() << false;
        PublishDraft noParameters = complete;
        noParameters.parameters.clear();
        QTest::newRow("no parameter") << noParameters << int(PublishCheckItem::Parameters) << false << QStringList()
                                      << true;
        QTest::newRow("template variables known")
            << complete << int(PublishCheckItem::Templates) << true << QStringList() << true;
        QTest::newRow("template uses a removed parameter")
            << noParameters << int(PublishCheckItem::Templates) << false
            << QStringList { QStringLiteral("param_admin_email") } << true;
        PublishDraft noActivation = complete;
        noActivation.templates.first().insert(QStringLiteral("type"), QStringLiteral("inquire"));
        noActivation.templates.first().insert(QStringLiteral("body"), QStringLiteral("Fill in the form."));
        QTest::newRow("no activation template") << noActivation << int(PublishCheckItem::Templates) << false
                                                << QStringList { QStringLiteral("no_activation_template") } << true;
        PublishDraft noPreview = complete;
        noPreview.previewRun = false;
        QTest::newRow("no preview") << noPreview << int(PublishCheckItem::Preview) << false << QStringList() << true;
        PublishDraft unsynced = complete;
        unsynced.synced = false;
        QTest::newRow("unsynced blocks") << unsynced << int(PublishCheckItem::Synced) << false << QStringList()
                                         << false;
    }

    void checklist()
    {
        QFETCH(PublishDraft, draft);
        QFETCH(int, key);
        QFETCH(bool, done);
        QFETCH(QStringList, missing);
        QFETCH(bool, canPublish);
        const QList<PublishCheckItem> list = publishChecklist(draft);
        QCOMPARE(list.size(), 6);
        const PublishCheckItem item = checkOf(list, PublishCheckItem::Key(key));
        QCOMPARE(int(item.key), key);
        QCOMPARE(item.done, done);
        QCOMPARE(item.missing, missing);
        QCOMPARE(cv::inventory::canPublish(list), canPublish);
    }

    void diff_data()
    {
        QTest::addColumn<PublishDraft>("draft");
        QTest::addColumn<bool>("againstVersion");
        QTest::addColumn<QStringList>("expected"); // "section change id fields versioned"

        const PublishDraft base = completeDraft();
        QTest::newRow("first version") << base << false
                                       << QStringList { QStringLiteral("0 0 name name 1"),
                                              QStringLiteral("0 0 short_description short_description 1"),
                                              QStringLiteral("0 0 detailed_description detailed_description 1"),
                                              QStringLiteral("0 0 customer_ui_settings customer_ui_settings 1"),
                                              QStringLiteral("1 0 PRD-1-0001  1"), QStringLiteral("2 0 TL-1  1"),
                                              QStringLiteral("3 0 PRM-1  0") };
        QTest::newRow("unchanged") << base << true << QStringList();

        PublishDraft itemRenamed = base;
        itemRenamed.items.first().insert(QStringLiteral("name"), QStringLiteral("SKU Seats"));
        itemRenamed.items << obj(R"({"id": "PRD-1-0002", "name": "SKU Storage", "mpn": "MPN-2"})");
        QTest::newRow("item changed and added")
            << itemRenamed << true
            << QStringList { QStringLiteral("1 1 PRD-1-0001 name 1"), QStringLiteral("1 0 PRD-1-0002  1") };
        PublishDraft itemRemoved = base;
        itemRemoved.items.clear();
        QTest::newRow("item removed") << itemRemoved << true << QStringList { QStringLiteral("1 2 PRD-1-0001  1") };

        PublishDraft templateChanged = base;
        templateChanged.templates.first().insert(QStringLiteral("body"), QStringLiteral("Welcome."));
        QTest::newRow("template body") << templateChanged << true << QStringList { QStringLiteral("2 1 TL-1 body 1") };

        PublishDraft general = base;
        general.product.insert(QStringLiteral("detailed_description"), QStringLiteral("Better."));
        QTest::newRow("general attribute")
            << general << true << QStringList { QStringLiteral("0 1 detailed_description detailed_description 1") };

        PublishDraft parameterUpdated = base;
        parameterUpdated.parameters.first().insert(QStringLiteral("events"),
            obj(R"({"created": {"at": "2026-01-01T10:00:00.000000+00:00"}, "updated": {"at": "2026-01-03T10:00:00.000000+00:00"}})"));
        parameterUpdated.parameters << obj(R"({"id": "PRM-2", "name": "param_new",
            "events": {"created": {"at": "2026-01-03T11:00:00.000000+00:00"}}})");
        QTest::newRow("parameters live") << parameterUpdated << true
                                         << QStringList { QStringLiteral("3 1 PRM-1  0"),
                                                QStringLiteral("3 0 PRM-2  0") };
        PublishDraft parameterDirty = base;
        parameterDirty.dirtyParameters = { QStringLiteral("PRM-1") };
        QTest::newRow("parameter edited locally")
            << parameterDirty << true << QStringList { QStringLiteral("3 1 PRM-1  0") };

        PublishDraft capabilities = base;
        capabilities.product.insert(
            QStringLiteral("capabilities"), obj(R"({"ppu": null, "tiers": {"configs": {"level": 1}}})"));
        QTest::newRow("capabilities live")
            << capabilities << true << QStringList { QStringLiteral("4 1 capabilities tiers 0") };

        PublishDraft actionAdded = base;
        actionAdded.actions << obj(
            R"({"id": "ACT-1", "action": "open_console", "name": "Open console", "scope": "asset"})");
        QTest::newRow("action added (versioned)")
            << actionAdded << true << QStringList { QStringLiteral("5 0 ACT-1  1") };
    }

    /// Issue 9: the version carries the action's JWT secret, the cache never does: not a change. A field
    /// the version does not carry is not called changed either.
    void diffComparesLikeWithLike()
    {
        const PublishDraft draft = completeDraft();
        PublishedVersion version = versionOf(draft);
        QJsonObject settings = version.product.value(QStringLiteral("customer_ui_settings")).toObject();
        settings.insert(QStringLiteral("action"), obj(R"({"jwt_secret": "s3cr3t"})"));
        version.product.insert(QStringLiteral("customer_ui_settings"), settings);
        version.product.remove(QStringLiteral("detailed_description"));
        PublishDraft withAction = draft;
        QJsonObject draftSettings = withAction.product.value(QStringLiteral("customer_ui_settings")).toObject();
        draftSettings.insert(QStringLiteral("action"), QJsonObject());
        withAction.product.insert(QStringLiteral("customer_ui_settings"), draftSettings);
        QCOMPARE(publishDiff(withAction, version).entries.size(), 0);
    }

    void diff()
    {
        QFETCH(PublishDraft, draft);
        QFETCH(bool, againstVersion);
        QFETCH(QStringList, expected);
        const std::optional<PublishedVersion> last
            = againstVersion ? std::optional(versionOf(completeDraft())) : std::nullopt;
        const PublishDiff result = publishDiff(draft, last);
        QCOMPARE(result.firstVersion, !againstVersion);
        QCOMPARE(result.baseVersion, againstVersion ? 1 : 0);
        QStringList got;
        for (const PublishDiffEntry &entry : result.entries)
            got << QStringLiteral("%1 %2 %3 %4 %5")
                       .arg(int(entry.section))
                       .arg(int(entry.change))
                       .arg(entry.id, entry.fields.join(QLatin1Char(',')))
                       .arg(entry.versioned ? 1 : 0);
        // General entries of a first version name the field in `fields` too.
        QCOMPARE(got, expected);
    }
};

CV_TEST_CORE_MAIN(TestPublishCheck)
#include "tst_publishcheck.moc"
