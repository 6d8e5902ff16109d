// Issue 12 (fifth session, point 5): a first full sync loads the requests with the read model paused and the
// Fulfillment table shows them when the pass ends. Until then the empty table says how far the load is
// ("Loading requests: N of M") instead of staying blank or claiming there are no requests.
#include "sandboxfixture.h"
#include "synctestsupport.h"
#include "testmain.h"

#include "app/api/apiclient.h"
#include "app/store/outbox.h"
#include "models/fulfillment/requestsmodel.h"
#include "ui/fulfillment/fulfillmentpage.h"

#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace cv;

class TestFulfillmentLoading final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyTableSaysHowFarTheFirstLoadIs()
    {
        sandbox::SandboxOptions options;
        options.seed = QStringLiteral("demo");
        options.seedRequests = 2500;
        test::SandboxFixture sandbox(options);
        QVERIFY2(sandbox.ok(), qPrintable(sandbox.error()));
        QTemporaryDir dir;
        QNetworkAccessManager network;
        api::ApiClient api(&network);
        api.setEndpoint(QUrl(sandbox.baseUrl()));
        api.setApiKey(sandbox.apiKey());
        auto db = std::move(store::CacheDatabase::open(dir.filePath(QStringLiteral("cache.sqlite")))).value();
        sync::SyncEngine engine(api, *db);

        ui::FulfillmentPage page;
        page.setCache(db.get(), &engine.objects(), &engine.outbox());
        page.followSync(&engine);
        page.resize(1200, 800);
        page.show();
        QCOMPARE(page.emptyText(), ui::FulfillmentPage::tr("No requests in the local cache yet. Sync to fetch them."));

        // What the empty table says each time the sync reports stored requests (connected after the page).
        QStringList seen;
        connect(&engine, &sync::SyncEngine::progress, this, [&](const QString &collection, qint64, qint64) {
            if (collection == QLatin1String("requests") && page.model()->rowCount() == 0)
                seen << page.emptyText();
        });
        const sync::SyncSummary summary = test::runSync(engine);
        QVERIFY2(summary.ok, qPrintable(summary.error.detail));
        qInfo() << "empty state while loading:" << seen;
        QVERIFY(!seen.isEmpty());
        static const QRegularExpression loading(
            QStringLiteral("^Loading requests: [0-9,.\u00a0 ]+ of [0-9,.\u00a0 ]+$"));
        for (const QString &text : std::as_const(seen))
            QVERIFY2(loading.match(text).hasMatch(), qPrintable(text));

        // The pass ended: the table shows the requests, the loading text is gone.
        page.reload();
        QTRY_VERIFY(page.model()->rowCount() > 0);
        QCOMPARE(page.emptyText(), QString());
    }
};

CV_TEST_MAIN(TestFulfillmentLoading)
#include "tst_fulfillmentloading.moc"
