// The Inventory page on a real cache, driven through its widgets: "Create Product" (the name dialog),
// the product in the list as "Unpublished", the dashboard steps from the data, the profile saving as you
// type (debounced, flushed on page switch) into the cache and the outbox, the live character counter, the
// Markdown preview (rendered, raw HTML and remote loads filtered), a logo dropped on the logo area, and
// the name locked once the product is published.
#include "testmain.h"
#include "uitestsupport.h"

#include "app/accounts/account.h"
#include "app/accounts/keystore.h"
#include "app/inventory/producteditor.h"
#include "app/store/cachedatabase.h"
#include "app/store/objectrepository.h"
#include "app/store/outbox.h"
#include "app/sync/accountsession.h"
#include "app/sync/syncengine.h"
#include "models/inventory/productlistmodel.h"
#include "ui/inventory/dashboardpage.h"
#include "ui/inventory/inventorypage.h"
#include "ui/inventory/localonlyinterceptor.h"
#include "ui/inventory/logowell.h"
#include "ui/inventory/markdownpreview.h"
#include "ui/inventory/productpage.h"
#include "ui/inventory/profilepage.h"
#include "ui/shell/theme.h"
#include "ui/style/theme.h"

#include <QApplication>
#include <QImage>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QWebEnginePage>
#include <QWebEngineSettings>

using namespace cv;

namespace {

const QString kName = QStringLiteral("Connect Web Conference Software");

QString pageHtml(QWebEnginePage *page)
{
    QString html;
    bool done = false;
    page->toHtml([&](const QString &result) {
        html = result;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        return QStringLiteral("<timeout>");
    return html;
}

} // namespace

class TestInventoryPage final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::CacheDatabase> m_db;
    std::unique_ptr<store::ObjectRepository> m_objects;
    std::unique_ptr<store::Outbox> m_outbox;
    std::unique_ptr<ui::InventoryPage> m_page;
    QString m_productId;

    QJsonObject cachedProduct() const
    {
        const auto product = m_objects->get(QStringLiteral("products"), m_productId);
        return product ? product->json : QJsonObject();
    }

    bool outboxUpdates(const QString &field, const QString &value) const
    {
        const QList<store::OutboxEntry> entries = m_outbox->pending();
        return std::any_of(entries.cbegin(), entries.cend(), [&](const store::OutboxEntry &entry) {
            return entry.collection == QLatin1String("products") && entry.objectId == m_productId
                && entry.body.value(field).toString() == value;
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto opened = store::CacheDatabase::open(m_dir.filePath(QStringLiteral("cache.sqlite")));
        QVERIFY(opened.ok());
        m_db = std::move(opened).value();
        m_objects = std::make_unique<store::ObjectRepository>(*m_db);
        m_outbox = std::make_unique<store::Outbox>(*m_db);
        m_page = std::make_unique<ui::InventoryPage>();
        m_page->resize(1200, 800);
        m_page->setStore(m_db.get(), m_objects.get(), m_outbox.get());
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QCOMPARE(m_page->objectName(), QStringLiteral("page-inventory"));
        test::screenshot(m_page.get(), QStringLiteral("empty"));
    }

    void createProductThroughTheDialog()
    {
        bool dialogSeen = false;
        QTimer::singleShot(0, this, [&] {
            (void)QTest::qWaitFor([] { return qobject_cast<QInputDialog *>(QApplication::activeModalWidget()); }, 5000);
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialogSeen = dialog->objectName() == QLatin1String("createProductDialog");
            auto *edit = dialog->findChild<QLineEdit *>();
            QTest::keyClicks(edit, kName);
            test::screenshot(dialog, QStringLiteral("create-dialog"));
            QTest::keyClick(edit, Qt::Key_Return);
        });
        QTest::mouseClick(m_page->createButton(), Qt::LeftButton);
        QVERIFY(dialogSeen);

        ui::ProductPage *product = m_page->productPage();
        QVERIFY(m_page->isProductOpen());
        m_productId = product->productId();
        QVERIFY(!m_productId.isEmpty());
        QCOMPARE(product->nameLabel()->text(), kName);
        QCOMPARE(product->statusLabel()->text(), QStringLiteral("Unpublished"));
        QVERIFY2(product->syncStateLabel()->text().contains(QStringLiteral("not synced")),
            qPrintable(product->syncStateLabel()->text()));
        QCOMPARE(product->currentPageKey(), QStringLiteral("dashboard"));

        // In the list, as "Unpublished".
        models::ProductListModel *model = m_page->productModel();
        const int row = model->rowOf(m_productId);
        QVERIFY(row >= 0);
        QCOMPARE(model->index(row, models::ProductListModel::NameColumn).data().toString(), kName);
        QCOMPARE(
            model->index(row, models::ProductListModel::StatusColumn).data().toString(), QStringLiteral("Unpublished"));
        QVERIFY(model->index(row, 0).data(models::ProductListModel::DirtyRole).toBool());
    }

    void dashboardReflectsTheData()
    {
        ui::ProductPage *product = m_page->productPage();
        ui::DashboardPage *dashboard = product->dashboard();
        // Connect gives a new product two example items and two example parameters.
        QVERIFY(dashboard->isStepDone(QStringLiteral("items")));
        QVERIFY(dashboard->isStepDone(QStringLiteral("parameters")));
        QVERIFY(!dashboard->isStepDone(QStringLiteral("profile")));
        QVERIFY(!dashboard->isStepDone(QStringLiteral("preview")));
        QVERIFY(!dashboard->isStepDone(QStringLiteral("publish")));
        QCOMPARE(dashboard->stateLabel(QStringLiteral("profile"))->text(), QStringLiteral("Not done"));
        test::screenshot(m_page.get(), QStringLiteral("dashboard"));

        // "Go to" leads to the step's page, and the navigation follows.
        QTest::mouseClick(dashboard->goToButton(QStringLiteral("items")), Qt::LeftButton);
        QCOMPARE(product->currentPageKey(), QStringLiteral("items"));
        QCOMPARE(product->navigation()->currentRow(), 2);
        test::screenshot(m_page.get(), QStringLiteral("placeholder"));
        QTest::mouseClick(dashboard->goToButton(QStringLiteral("profile")), Qt::LeftButton);
        QCOMPARE(product->currentPageKey(), QStringLiteral("profile"));
        QCOMPARE(product->navigation()->currentRow(), 1);
    }

    void profileSavesAsYouType()
    {
        ui::ProfilePage *profile = m_page->productPage()->profile();
        QCOMPARE(profile->nameEdit()->text(), kName);
        QVERIFY(!profile->nameEdit()->isReadOnly());
        QVERIFY(profile->nameLockLabel()->isHidden());
        // A product created offline gets its id from Connect at the next sync.
        QVERIFY(m_productId.startsWith(QStringLiteral("local:")));
        QVERIFY(
            profile->findChild<QLabel *>(QStringLiteral("profileId"))->text().contains(QStringLiteral("next sync")));

        const QString text = QStringLiteral("Video meetings for teams");
        profile->shortDescriptionEdit()->setFocus();
        QTest::keyClicks(profile->shortDescriptionEdit(), text);
        QCOMPARE(profile->shortDescriptionCounter()->text(), QStringLiteral("%1 / 512").arg(text.size()));
        QVERIFY(!profile->shortDescriptionCounter()->property("atLimit").toBool());
        QVERIFY(profile->hasPendingEdits());
        // Not yet: the save is debounced.
        QVERIFY(cachedProduct().value(QStringLiteral("short_description")).toString() != text);
        QTRY_COMPARE_WITH_TIMEOUT(cachedProduct().value(QStringLiteral("short_description")).toString(), text, 3000);
        QVERIFY(!profile->hasPendingEdits());
        QVERIFY(outboxUpdates(QStringLiteral("short_description"), text));

        // The counter turns red at the limit.
        profile->shortDescriptionEdit()->setPlainText(QString(510, QLatin1Char('x')));
        QTest::keyClicks(profile->shortDescriptionEdit(), QStringLiteral("yz"));
        QCOMPARE(profile->shortDescriptionCounter()->text(), QStringLiteral("512 / 512"));
        QVERIFY(profile->shortDescriptionCounter()->property("atLimit").toBool());
        QCOMPARE(profile->shortDescriptionCounter()->property("tone").toString(), QStringLiteral("error"));
        QCOMPARE(profile->shortDescriptionCounter()->palette().color(QPalette::WindowText),
            ui::Theme::color(ui::Tone::Error));
        test::screenshot(m_page.get(), QStringLiteral("profile-counter-limit"));

        // Pending text is written at once when the user switches page.
        profile->shortDescriptionEdit()->setPlainText(text);
        QVERIFY(profile->hasPendingEdits());
        m_page->productPage()->navigation()->setCurrentRow(0);
        QCOMPARE(m_page->productPage()->currentPageKey(), QStringLiteral("dashboard"));
        QCOMPARE(cachedProduct().value(QStringLiteral("short_description")).toString(), text);
        m_page->productPage()->showPage(QStringLiteral("profile"));
    }

    void markdownPreviewIsRenderedAndLockedDown()
    {
        ui::ProfilePage *profile = m_page->productPage()->profile();
        ui::MarkdownPreview *preview = profile->ensurePreview();
        QCOMPARE(preview->page()->settings()->testAttribute(QWebEngineSettings::JavascriptEnabled), false);
        QSignalSpy rendered(preview, &ui::MarkdownPreview::rendered);
        const QString markdown = QStringLiteral("# Connect Web Conference\n\nMeet **bold** ideas, ~~old~~ ways.\n\n"
                                                "| Plan | Users |\n|---|---|\n| Team | 10 |\n\n"
                                                "<script>document.title = 'hacked'</script>\n\n"
                                                "<img src=\"http://example.com/tracker.png\">\n\n"
                                                "![remote](http://example.com/remote.png)\n");
        profile->detailedDescriptionEdit()->setFocus();
        profile->detailedDescriptionEdit()->setPlainText(markdown);
        QVERIFY(rendered.wait(10000));
        const QString html = pageHtml(preview->page());
        QVERIFY2(html.contains(QStringLiteral("<strong>bold</strong>")), qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("<del>old</del>")));
        QVERIFY(html.contains(QStringLiteral("<table>")));
        QVERIFY2(!html.contains(QStringLiteral("<script")), qPrintable(html));
        QVERIFY2(!html.contains(QStringLiteral("tracker.png")), qPrintable(html));
        QVERIFY(preview->page()->title() != QLatin1String("hacked"));
        // A Markdown image pointing at the network is an element, but never loaded: the document's CSP refuses
        // it, and should any content get past that, the interceptor blocks the request.
        QVERIFY(html.contains(QStringLiteral("http://example.com/remote.png")));
        QVERIFY(!preview->interceptor()->blockedUrls().contains(QStringLiteral("http://example.com/remote.png")));
        QSignalSpy loaded(preview, &QWebEngineView::loadFinished);
        preview->setHtml(QStringLiteral("<img src=\"http://example.com/direct.png\">"), QUrl(QStringLiteral("qrc:/")));
        QVERIFY(loaded.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(
            preview->interceptor()->blockedUrls().contains(QStringLiteral("http://example.com/direct.png")), 5000);
        preview->renderNow();
        QVERIFY(rendered.wait(10000));

        QTRY_COMPARE_WITH_TIMEOUT(
            cachedProduct().value(QStringLiteral("detailed_description")).toString(), markdown, 3000);
        QVERIFY(outboxUpdates(QStringLiteral("detailed_description"), markdown));
        test::screenshot(m_page.get(), QStringLiteral("profile"));

        // Both descriptions filled: the Profile step is done.
        QVERIFY(m_page->productPage()->dashboard()->isStepDone(QStringLiteral("profile")));
    }

    void logoDroppedOnTheLogoArea()
    {
        ui::ProfilePage *profile = m_page->productPage()->profile();
        ui::LogoWell *well = profile->logoWell();
        QVERIFY(!well->hasImage());
        QImage image(160, 160, QImage::Format_ARGB32);
        image.fill(QColor(0x15, 0x65, 0xc0));
        const QString path = m_dir.filePath(QStringLiteral("logo.png"));
        QVERIFY(image.save(path));

        QMimeData mime;
        mime.setUrls({ QUrl::fromLocalFile(path) });
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(well, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(well, &drop);
        QVERIFY(well->hasImage());
        const QList<store::OutboxEntry> entries = m_outbox->pending();
        QVERIFY(std::any_of(entries.cbegin(), entries.cend(),
            [&](const store::OutboxEntry &entry) { return entry.objectId == m_productId && !entry.blob.isEmpty(); }));

        // A file that is not an image is refused, with the reason shown.
        const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not an image");
        file.close();
        QVERIFY(!profile->setLogoFromFile(text));
        QVERIFY(!profile->errorLabel()->isHidden());
        QVERIFY(!profile->errorLabel()->text().isEmpty());
        test::screenshot(m_page.get(), QStringLiteral("profile-logo"));
    }

    void searchTheList()
    {
        QTest::mouseClick(
            m_page->productPage()->findChild<QWidget *>(QStringLiteral("backToProducts")), Qt::LeftButton);
        QVERIFY(!m_page->isProductOpen());
        ui::InventoryPage *page = m_page.get();
        page->setFocus();
        QTest::keyClicks(page->searchEdit(), QStringLiteral("web conf"));
        QCOMPARE(page->productModel()->rowCount(), 1);
        test::screenshot(page, QStringLiteral("list"));
        page->searchEdit()->clear();
        QTest::keyClicks(page->searchEdit(), QStringLiteral("no such product"));
        QCOMPARE(page->productModel()->rowCount(), 0);
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("emptyState"))->isVisible());
        page->searchEdit()->clear();
        QCOMPARE(page->productModel()->rowCount(), 1);
    }

    void nameLockedOncePublished()
    {
        // Simulate a sync that brought the published product.
        QJsonObject json = cachedProduct();
        json.insert(QStringLiteral("status"), QStringLiteral("published"));
        json.insert(QStringLiteral("version"), 2);
        json.insert(QStringLiteral("stats"), QJsonObject { { QStringLiteral("versions"), 2 } });
        QVERIFY(m_objects->putServer(QStringLiteral("products"), QString(), json));
        m_page->reload();
        const int row = m_page->productModel()->rowOf(m_productId);
        QCOMPARE(m_page->productModel()->index(row, models::ProductListModel::StatusColumn).data().toString(),
            QStringLiteral("v2"));

        // Opened from the table, as a user would (Enter on the row).
        m_page->productTable()->setFocus();
        m_page->productTable()->setCurrentIndex(m_page->productModel()->index(row, 0));
        QTest::keyClick(m_page->productTable(), Qt::Key_Return);
        QVERIFY(m_page->isProductOpen());
        ui::ProductPage *product = m_page->productPage();
        QCOMPARE(product->statusLabel()->text(), QStringLiteral("v2"));
        QVERIFY(product->dashboard()->isStepDone(QStringLiteral("publish")));
        product->showPage(QStringLiteral("profile"));
        ui::ProfilePage *profile = product->profile();
        QVERIFY(profile->nameEdit()->isReadOnly());
        QVERIFY(profile->nameLockLabel()->isVisible());
        QVERIFY2(profile->nameLockLabel()->text().contains(QStringLiteral("cannot be changed")),
            qPrintable(profile->nameLockLabel()->text()));
        test::screenshot(m_page.get(), QStringLiteral("profile-published"));
    }

    void pagesCanBePluggedIn()
    {
        ui::ProductPage *product = m_page->productPage();
        auto *items = new QLabel(QStringLiteral("items page"));
        product->setPage(QStringLiteral("items"), items);
        product->showPage(QStringLiteral("items"));
        QCOMPARE(product->page(QStringLiteral("items")), items);
        QVERIFY(items->isVisible());
        QCOMPARE(product->currentPageKey(), QStringLiteral("items"));
    }

    void followsTheAccountSession()
    {
        // The shell attaches the page to the open account's services (as MainWindow does): it works on that
        // account's cache, reloads after a sync and forgets a closed account (no keychain here: the key is
        // memory-only and absent).
        QNetworkAccessManager network;
        accounts::KeyStore keyStore;
        keyStore.setMemoryOnly(true);
        sync::AccountSession session(&keyStore, &network);
        ui::InventoryPage page;
        connect(&session, &sync::AccountSession::cacheOpened, &page, [&] { page.attach(session.services()); });
        connect(&session, &sync::AccountSession::servicesClosing, &page, [&] { page.detach(); });
        page.attach(session.services());
        QVERIFY(!page.createButton()->isEnabled());

        accounts::Account first;
        first.id = QStringLiteral("VA-000-001");
        first.name = QStringLiteral("Vendor One");
        first.endpoint = QStringLiteral("http://127.0.0.1:9/public/v1");
        session.open(first);
        QVERIFY(session.cache());
        QVERIFY(page.createButton()->isEnabled());
        QCOMPARE(page.productModel()->rowCount(), 0);
        inventory::ProductEditor editor(*session.cache(), session.engine()->objects(), session.engine()->outbox());
        const auto created = editor.createProduct(QStringLiteral("Synced Product"));
        QVERIFY(created.ok());
        Q_EMIT session.synced(sync::SyncSummary {});
        QCOMPARE(page.productModel()->rowCount(), 1);
        page.openProduct(created.value().id);
        QVERIFY(page.isProductOpen());
        page.productPage()->showPage(QStringLiteral("profile"));

        // Its first sync gives the product Connect's id: the page stays on it.
        auto local = session.engine()->objects().get(QStringLiteral("products"), created.value().id);
        QVERIFY(local);
        QJsonObject server = local->json;
        server.insert(QStringLiteral("id"), QStringLiteral("PRD-123-456-789"));
        QVERIFY(session.engine()->objects().replaceId(
            QStringLiteral("products"), created.value().id, QStringLiteral("PRD-123-456-789"), server));
        Q_EMIT session.synced(sync::SyncSummary {});
        QVERIFY(page.isProductOpen());
        QCOMPARE(page.productPage()->productId(), QStringLiteral("PRD-123-456-789"));
        QCOMPARE(page.productPage()->currentPageKey(), QStringLiteral("profile"));
        QCOMPARE(page.productModel()->productIdAt(0), QStringLiteral("PRD-123-456-789"));

        accounts::Account second = first;
        second.id = QStringLiteral("VA-000-002");
        session.open(second);
        QVERIFY(!page.isProductOpen());
        QCOMPARE(page.productModel()->rowCount(), 0);

        session.open(accounts::Account {});
        QVERIFY(!page.createButton()->isEnabled());
        QCOMPARE(page.productModel()->rowCount(), 0);
    }

    void cleanupTestCase() { m_page.reset(); }
};

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    cv::test::prepareApplication(app);
    cv::ui::applyTheme(app);
    TestInventoryPage tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_inventorypage.moc"
