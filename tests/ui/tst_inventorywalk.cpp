// inventory_walk: the Inventory defects found by walking the lab by hand (issue 9), each driven through
// the real widgets of the running window against the in-process sandbox over real HTTP (through a relay
// that can be "unplugged" to work offline):
// a sync keeps open dialogs and what was typed in them; an open page shows the cache after a sync or a
// conflict resolution; template completion replaces the word typed, the lint sees broken placeholders and
// the preview follows the text; the action secret is read after a sync; the publish diff compares like
// with like; and the smaller ones (logo shown, one "preview run" answer, undo after delete, the Publish
// button at 1024x700, human field names in the conflicts panel).
#include "app/moduletable.h"
#include "sandboxfixture.h"
#include "testmain.h"
#include "uitestsupport.h"
#include "unpluggablenetwork.h"

#include "app/accounts/accountmanager.h"
#include "app/accounts/accountregistry.h"
#include "app/accounts/keystore.h"
#include "app/inventory/producteditor.h"
#include "app/store/objectrepository.h"
#include "app/sync/accountsession.h"
#include "app/sync/syncengine.h"
#include "models/sync/conflictmodel.h"
#include "ui/inventory/dashboardpage.h"
#include "ui/inventory/inventorypage.h"
#include "ui/inventory/logowell.h"
#include "ui/inventory/previewpage.h"
#include "ui/inventory/productpage.h"
#include "ui/inventory/productpages/actionstab.h"
#include "ui/inventory/productpages/itemdialog.h"
#include "ui/inventory/productpages/itemspage.h"
#include "ui/inventory/productpages/parameterdialog.h"
#include "ui/inventory/productpages/parameterspage.h"
#include "ui/inventory/productpages/previewwebview.h"
#include "ui/inventory/productpages/templatestab.h"
#include "ui/inventory/productpages/uipage.h"
#include "ui/inventory/profilepage.h"
#include "ui/inventory/publishpage.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/theme.h"
#include "ui/sync/conflictsdialog.h"
#include "ui/sync/syncstatuswidget.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QImage>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QToolButton>
#include <QTreeWidget>
#include <QWebEnginePage>

using namespace cv;
using test::SandboxFixture;

namespace {

using Network = test::UnpluggableNetwork;

bool select(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    combo->setCurrentIndex(index);
    return index >= 0;
}

int rowWith(QAbstractItemModel *model, int column, const QString &text)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, column).data().toString() == text)
            return row;
    }
    return -1;
}

/// The diff rows as "section|label|change|versioned".
QStringList diffRows(QTreeWidget *tree)
{
    QStringList rows;
    for (int s = 0; s < tree->topLevelItemCount(); ++s) {
        QTreeWidgetItem *section = tree->topLevelItem(s);
        if (section->childCount() == 0)
            rows << section->text(0);
        for (int r = 0; r < section->childCount(); ++r) {
            QTreeWidgetItem *row = section->child(r);
            rows << QStringLiteral("%1|%2|%3|%4")
                        .arg(section->text(0), row->text(0), row->text(1),
                            row->data(2, Qt::UserRole).toBool() ? QStringLiteral("versioned") : QStringLiteral("live"));
        }
    }
    return rows;
}

bool checkDone(ui::PublishPage *page, inventory::PublishCheckItem::Key key)
{
    for (int row = 0; row < page->checklist()->count(); ++row) {
        QListWidgetItem *item = page->checklist()->item(row);
        if (item->data(Qt::UserRole).toInt() == int(key))
            return item->data(Qt::UserRole + 1).toBool();
    }
    return false;
}

QString previewHtml(QWebEngineView *view)
{
    QString html;
    bool done = false;
    view->page()->toHtml([&](const QString &result) {
        html = result;
        done = true;
    });
    (void)QTest::qWaitFor([&] { return done; }, 10000);
    return html;
}

QByteArray pngLogo(const QColor &color)
{
    QImage image(128, 128, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

/// Answers the next modal QInputDialog with `text` (runs from the event loop while it is open).
void answerInputDialog(QObject *context, const QString &text, QString *labelSeen)
{
    QTimer::singleShot(0, context, [text, labelSeen] {
        (void)QTest::qWaitFor([] { return qobject_cast<QInputDialog *>(QApplication::activeModalWidget()); }, 5000);
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        if (labelSeen)
            *labelSeen = dialog->windowTitle() + QLatin1Char('\n') + dialog->labelText();
        dialog->setTextValue(text);
        dialog->accept();
    });
}

} // namespace

class TestInventoryWalk final : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<Network> m_net;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    accounts::KeyStore m_keyStore;
    std::unique_ptr<accounts::AccountRegistry> m_registry;
    std::unique_ptr<accounts::AccountManager> m_manager;
    std::unique_ptr<sync::AccountSession> m_session;
    std::unique_ptr<ui::MainWindow> m_window;
    QString m_productId; ///< made offline in openDialogsSurviveTheFirstSync, PRD- after it

    ui::InventoryPage *inventory() const
    {
        return qobject_cast<ui::InventoryPage *>(m_window->modulePage(core::ModuleId::Inventory));
    }
    ui::ProductPage *product() const { return inventory()->productPage(); }
    inventory::ProductEditor *editor() const { return inventory()->context().editor; }
    store::ObjectRepository &objects() const { return m_session->engine()->objects(); }

    bool syncAndWait()
    {
        QSignalSpy synced(m_session.get(), &sync::AccountSession::synced);
        m_session->syncNow();
        return synced.wait(60000) && synced.last().first().value<sync::SyncSummary>().ok;
    }

    /// A product created offline with one item of its own (the examples removed), opened.
    QString createLocalProduct(const QString &name)
    {
        const auto created = editor()->createProduct(name);
        if (!created)
            return {};
        const QString id = created.value().id;
        for (const store::CachedObject &item : objects().list(QStringLiteral("items"), id))
            (void)editor()->remove(QStringLiteral("items"), id, item.id);
        (void)editor()->create(QStringLiteral("items"), id,
            QJsonObject { { QStringLiteral("name"), QStringLiteral("SKU Users") },
                { QStringLiteral("mpn"), QString(name + QStringLiteral("-USERS")) },
                { QStringLiteral("type"), QStringLiteral("reservation") },
                { QStringLiteral("period"), QStringLiteral("monthly") },
                { QStringLiteral("unit"), QJsonObject { { QStringLiteral("id"), QStringLiteral("users") } } } });
        m_window->showModule(core::ModuleId::Inventory);
        inventory()->openProduct(id);
        return id;
    }

    /// The synced product the tests work on: the one made in openDialogsSurviveTheFirstSync, or (if that
    /// test failed) one made here, so that each test reproduces its own defect.
    QString walkProduct()
    {
        if (!m_productId.isEmpty())
            return m_productId;
        m_net->setUp(true);
        const QString name = QStringLiteral("Walk Base Product");
        const QString local = createLocalProduct(name);
        if (local.isEmpty()
            || !editor()->create(QStringLiteral("parameters"), local,
                QJsonObject { { QStringLiteral("name"), QStringLiteral("param_admin_email") },
                    { QStringLiteral("title"), QStringLiteral("Administrator email") },
                    { QStringLiteral("description"), QStringLiteral("The customer's administrator.") },
                    { QStringLiteral("phase"), QStringLiteral("ordering") },
                    { QStringLiteral("scope"), QStringLiteral("asset") },
                    { QStringLiteral("type"), QStringLiteral("email") },
                    { QStringLiteral("constraints"), QJsonObject { { QStringLiteral("required"), true } } } }))
            return {};
        if (!syncAndWait())
            return {};
        m_productId = serverIdOf(name);
        return m_productId;
    }

    QString serverIdOf(const QString &name)
    {
        const test::HttpResponse products
            = m_sandbox->get(QStringLiteral("/products?eq(name,%1)")
                                 .arg(QString(name).replace(QLatin1Char(' '), QStringLiteral("%20"))));
        return products.total() == 1 ? products.array().first().toObject().value(QStringLiteral("id")).toString()
                                     : QString();
    }

    ui::PublishPage *openPublishPage(const QString &productId)
    {
        inventory()->openProduct(productId);
        product()->showPage(QStringLiteral("publish"));
        auto *page = qobject_cast<ui::PublishPage *>(product()->page(QStringLiteral("publish")));
        if (page)
            (void)QTest::qWaitFor([page] { return page->isDiffReady(); }, 20000);
        return page;
    }

    /// Opens the conflicts panel from the status bar.
    ui::ConflictsDialog *openConflicts()
    {
        auto *status = m_window->findChild<ui::SyncStatusWidget *>();
        if (!status || !QTest::qWaitFor([status] { return status->conflictsButton()->isVisible(); }, 10000))
            return nullptr;
        QTest::mouseClick(status->conflictsButton(), Qt::LeftButton);
        ui::ConflictsDialog *dialog = nullptr;
        (void)QTest::qWaitFor(
            [&] { return (dialog = m_window->findChild<ui::ConflictsDialog *>()) && dialog->isVisible(); }, 5000);
        return dialog;
    }

    /// The same field changed here (typed into `edit` on the Profile page) and on the server, then synced.
    bool makeProfileConflict(const QString &productId, QPlainTextEdit *edit, const QString &field, const QString &mine,
        const QString &theirs)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, mine);
        if (!product()->flushPendingEdits())
            return false;
        if (m_sandbox->put(QStringLiteral("/products/") + productId, QJsonObject { { field, theirs } }).status != 200)
            return false;
        QSignalSpy synced(m_session.get(), &sync::AccountSession::synced);
        m_session->syncNow();
        return synced.wait(60000) && synced.last().first().value<sync::SyncSummary>().newConflicts > 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        QVERIFY2(m_sandbox->ok(), qPrintable(m_sandbox->error()));
        m_keyStore.setMemoryOnly(true);
        m_registry = std::make_unique<accounts::AccountRegistry>(m_dir.filePath(QStringLiteral("accounts.json")));
        m_manager = std::make_unique<accounts::AccountManager>(m_registry.get(), &m_keyStore, &m_network);
        m_net = std::make_unique<Network>(quint16(QUrl(m_sandbox->baseUrl()).port()));
        bool added = false;
        m_manager->addAccount(m_net->endpoint(), m_sandbox->apiKey(), this, [&](const accounts::AddAccountResult &r) {
            QVERIFY(r.ok());
            added = true;
        });
        QTRY_VERIFY(added);
        m_session = std::make_unique<sync::AccountSession>(&m_keyStore, &m_network);
        // The look of the running app (its style sheet sets heading sizes: what fits at 1024x700 depends on it).
        ui::applyTheme(*qApp);
        m_window = std::make_unique<ui::MainWindow>(m_manager.get(), m_session.get(), moduleTable());
        m_window->resize(1280, 820);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(m_session->connection() == sync::AccountSession::Connection::Online, 30000);
        m_window->showModule(core::ModuleId::Inventory);
        QTRY_VERIFY(editor());
    }

    /// Point 1: Parameters > Add Parameter on a product made offline; the first sync gives the product its
    /// server id while the dialog is open: the dialog stays, with what was typed, and saves to the product.
    /// The same for the edit dialog of an item made offline (it gets its server id too) and the page shown.
    void openDialogsSurviveTheFirstSync()
    {
        m_net->setUp(false);
        const QString name = QStringLiteral("Walk Dialog Product");
        const QString localId = createLocalProduct(name);
        QVERIFY(localId.startsWith(QStringLiteral("local:")));
        QVERIFY(editor()->create(QStringLiteral("items"), localId,
            QJsonObject { { QStringLiteral("name"), QStringLiteral("SKU Local") },
                { QStringLiteral("mpn"), QStringLiteral("MPN-WALK-LOCAL") },
                { QStringLiteral("type"), QStringLiteral("reservation") },
                { QStringLiteral("period"), QStringLiteral("monthly") },
                { QStringLiteral("unit"), QJsonObject { { QStringLiteral("id"), QStringLiteral("users") } } } }));
        inventory()->openProduct(localId); // as if opened from the list now

        // The edit dialog of an item made offline, with a new name typed and not saved yet.
        product()->showPage(QStringLiteral("items"));
        auto *items = qobject_cast<ui::ItemsPage *>(product()->page(QStringLiteral("items")));
        QVERIFY(items);
        const int row = rowWith(items->table()->model(), 1, QStringLiteral("MPN-WALK-LOCAL"));
        QVERIFY(row >= 0);
        QPointer<ui::ItemDialog> itemDialog = items->openEditDialog(row);
        QVERIFY(itemDialog);
        itemDialog->nameEdit()->selectAll();
        QTest::keyClicks(itemDialog->nameEdit(), QStringLiteral("SKU Local Renamed"));

        // Parameters > Add Parameter: an ID and a title typed.
        product()->showPage(QStringLiteral("parameters"));
        auto *parameters = qobject_cast<ui::ParametersPage *>(product()->page(QStringLiteral("parameters")));
        QVERIFY(parameters);
        QTest::mouseClick(parameters->addButton(), Qt::LeftButton);
        QPointer<ui::ParameterDialog> dialog;
        QTRY_VERIFY((dialog = parameters->findChild<ui::ParameterDialog *>()) && dialog->isVisible());
        dialog->idEdit()->end(false);
        QTest::keyClicks(dialog->idEdit(), QStringLiteral("admin_email"));
        QTest::keyClicks(dialog->titleEdit(), QStringLiteral("Administrator email"));
        test::screenshot(m_window.get(), QStringLiteral("dialog-before-sync"));

        // The network comes back and the sync runs (the app does it by itself; F5 here).
        m_net->setUp(true);
        QVERIFY(syncAndWait());
        const QString serverId = serverIdOf(name);
        QVERIFY(serverId.startsWith(QStringLiteral("PRD-")));
        QCOMPARE(product()->productId(), serverId);
        QCOMPARE(product()->currentPageKey(), QStringLiteral("parameters"));
        QVERIFY2(dialog, "the sync closed the Add Parameter dialog");
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->idEdit()->text(), QStringLiteral("param_admin_email"));
        QCOMPARE(dialog->titleEdit()->text(), QStringLiteral("Administrator email"));
        QVERIFY2(itemDialog, "the sync closed the item's edit dialog");
        QCOMPARE(itemDialog->nameEdit()->text(), QStringLiteral("SKU Local Renamed"));
        test::screenshot(m_window.get(), QStringLiteral("dialog-after-sync"));

        // Finishing the dialog saves the parameter to the product under its server id.
        QTest::keyClicks(dialog->descriptionEdit(), QStringLiteral("The customer's administrator."));
        QVERIFY(select(dialog->phaseCombo(), QStringLiteral("ordering")));
        QVERIFY(select(dialog->scopeCombo(), QStringLiteral("asset")));
        QTest::mouseClick(dialog->nextButton(), Qt::LeftButton);
        QVERIFY(select(dialog->typeCombo(), QStringLiteral("email")));
        dialog->requiredCheck()->click();
        QVERIFY2(dialog->finishButton()->isEnabled(), qPrintable(dialog->shownMessages().join(QLatin1Char('\n'))));
        QTest::mouseClick(dialog->finishButton(), Qt::LeftButton);
        QTRY_VERIFY2(!dialog, qPrintable(dialog ? dialog->shownMessages().join(QLatin1Char('\n')) : QString()));
        QVERIFY(rowWith(parameters->table()->model(), 0, QStringLiteral("param_admin_email")) >= 0);

        // The item's dialog saves to the item under its server id.
        product()->showPage(QStringLiteral("items"));
        QVERIFY(itemDialog->finishButton()->isEnabled());
        QTest::mouseClick(itemDialog->finishButton(), Qt::LeftButton);
        QTRY_VERIFY2(
            !itemDialog, qPrintable(itemDialog ? itemDialog->shownMessages().join(QLatin1Char('\n')) : QString()));

        QVERIFY(syncAndWait());
        const QJsonArray onServer = m_sandbox->get(QStringLiteral("/products/%1/parameters").arg(serverId)).array();
        bool found = false;
        for (const QJsonValue &p : onServer)
            found
                = found || p.toObject().value(QStringLiteral("name")).toString() == QStringLiteral("param_admin_email");
        QVERIFY(found);
        const QJsonArray serverItems
            = m_sandbox->get(QStringLiteral("/products/%1/items?eq(mpn,MPN-WALK-LOCAL)").arg(serverId)).array();
        QCOMPARE(serverItems.size(), 1);
        QCOMPARE(serverItems.first().toObject().value(QStringLiteral("name")).toString(),
            QStringLiteral("SKU Local Renamed"));
        m_productId = serverId;
    }

    /// Point 2: the short description edited here and on the server, resolved with "Edit...", synced: the
    /// open Profile page shows the merged text at once and after leaving and coming back.
    void openPageShowsTheResolvedValue()
    {
        QVERIFY(!walkProduct().isEmpty());
        inventory()->openProduct(m_productId);
        product()->showPage(QStringLiteral("profile"));
        ui::ProfilePage *profile = product()->profile();
        QPlainTextEdit *shortDescription = profile->shortDescriptionEdit();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(makeProfileConflict(m_productId, shortDescription, QStringLiteral("short_description"),
            QStringLiteral("Mine, typed here"), QStringLiteral("Theirs, from the portal")));

        ui::ConflictsDialog *conflicts = openConflicts();
        QVERIFY(conflicts);
        QCOMPARE(conflicts->table()->model()->rowCount(), 1);
        QString asked;
        answerInputDialog(this, QStringLiteral("Merged: mine and theirs"), &asked);
        QTest::mouseClick(conflicts->findChild<QPushButton *>(QStringLiteral("editValue")), Qt::LeftButton);
        QTRY_COMPARE(conflicts->table()->model()->rowCount(), 0);
        QSignalSpy synced(m_session.get(), &sync::AccountSession::synced);
        conflicts->reject(); // closing syncs what the decision left to send
        // Back in the window, the caret is where it was: in the short description.
        m_window->activateWindow();
        shortDescription->setFocus();
        QTRY_VERIFY(shortDescription->hasFocus());
        QVERIFY(synced.wait(60000));
        QTRY_VERIFY(!m_window->findChild<ui::ConflictsDialog *>());

        QCOMPARE(m_sandbox->get(QStringLiteral("/products/") + m_productId)
                     .object()
                     .value(QStringLiteral("short_description"))
                     .toString(),
            QStringLiteral("Merged: mine and theirs"));
        QCOMPARE(objects()
                     .get(QStringLiteral("products"), m_productId)
                     ->json.value(QStringLiteral("short_description"))
                     .toString(),
            QStringLiteral("Merged: mine and theirs"));
        QTRY_COMPARE(shortDescription->toPlainText(), QStringLiteral("Merged: mine and theirs"));
        test::screenshot(m_window.get(), QStringLiteral("profile-after-resolution"));
        product()->showPage(QStringLiteral("dashboard"));
        product()->showPage(QStringLiteral("profile"));
        QCOMPARE(
            product()->profile()->shortDescriptionEdit()->toPlainText(), QStringLiteral("Merged: mine and theirs"));

        // A server change arriving while nothing is typed shows at once, even in the field with the focus.
        shortDescription->setFocus();
        QVERIFY(
            m_sandbox
                ->put(QStringLiteral("/products/") + m_productId,
                    QJsonObject { { QStringLiteral("short_description"), QStringLiteral("Changed on the portal") } })
                .status
            == 200);
        QVERIFY(syncAndWait());
        QTRY_COMPARE(shortDescription->toPlainText(), QStringLiteral("Changed on the portal"));
        // And nothing was sent back over it.
        QVERIFY(syncAndWait());
        QCOMPARE(m_sandbox->get(QStringLiteral("/products/") + m_productId)
                     .object()
                     .value(QStringLiteral("short_description"))
                     .toString(),
            QStringLiteral("Changed on the portal"));
    }

    /// Point 2, the other way: a decision lands while the user is typing in the same field. The typing stays
    /// on screen and is not saved over the new value; the page says so and lets the user choose.
    void typingIsNeverOverwrittenNorSavedOver()
    {
        QVERIFY(!walkProduct().isEmpty());
        inventory()->openProduct(m_productId);
        product()->showPage(QStringLiteral("profile"));
        ui::ProfilePage *profile = product()->profile();
        QPlainTextEdit *shortDescription = profile->shortDescriptionEdit();
        QVERIFY(makeProfileConflict(m_productId, shortDescription, QStringLiteral("short_description"),
            QStringLiteral("Mine"), QStringLiteral("Theirs")));
        ui::ConflictsDialog *conflicts = openConflicts();
        QVERIFY(conflicts);
        // Typing goes on in the field (not saved yet: the save waits for a pause) when "Keep theirs" is chosen.
        shortDescription->moveCursor(QTextCursor::End);
        QTest::keyClicks(shortDescription, QStringLiteral(", still typing"));
        QVERIFY(profile->hasPendingEdits());
        QTest::mouseClick(conflicts->findChild<QPushButton *>(QStringLiteral("keepTheirs")), Qt::LeftButton);
        QCOMPARE(shortDescription->toPlainText(), QStringLiteral("Mine, still typing"));
        QTest::qWait(ui::ProfilePage::kSaveDelayMs * 3);
        QCOMPARE(objects()
                     .get(QStringLiteral("products"), m_productId)
                     ->json.value(QStringLiteral("short_description"))
                     .toString(),
            QStringLiteral("Theirs"));
        auto *notice = profile->findChild<QLabel *>(QStringLiteral("profileHeldNotice"));
        QVERIFY2(notice && notice->isVisible(), "no word that the typing was held back");
        test::screenshot(m_window.get(), QStringLiteral("profile-held"));
        // "Use the new text" shows the decision; nothing of the typing is saved.
        Q_EMIT notice->linkActivated(QStringLiteral("theirs:short_description"));
        QCOMPARE(shortDescription->toPlainText(), QStringLiteral("Theirs"));
        QVERIFY(!notice->isVisible());
        QSignalSpy synced(m_session.get(), &sync::AccountSession::synced);
        conflicts->reject();
        QVERIFY(synced.wait(60000));
        QCOMPARE(m_sandbox->get(QStringLiteral("/products/") + m_productId)
                     .object()
                     .value(QStringLiteral("short_description"))
                     .toString(),
            QStringLiteral("Theirs"));
    }

    /// Point 4: completion replaces the word typed and Enter accepts it; the lint sees broken placeholders;
    /// the preview follows the text as typed.
    void templateCompletionLintAndPreview()
    {
        QVERIFY(!walkProduct().isEmpty());
        inventory()->openProduct(m_productId);
        product()->showPage(QStringLiteral("ui"));
        auto *ui = qobject_cast<ui::UiPage *>(product()->page(QStringLiteral("ui")));
        QVERIFY(ui);
        ui->tabs()->setCurrentWidget(ui->templates());
        ui::TemplatesTab *templates = ui->templates();
        QTRY_VERIFY(!templates->currentTemplateId().isEmpty());
        QPlainTextEdit *body = templates->bodyEdit();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        body->setFocus();
        body->selectAll();
        QTest::keyClick(body, Qt::Key_Delete);

        // "{{ param_ad" + Enter: the suggestion is accepted.
        QTest::keyClicks(body, QStringLiteral("Admin: {{ param_ad"));
        QAbstractItemView *popup = templates->completer()->popup();
        QTRY_VERIFY(popup->isVisible());
        test::screenshot(m_window.get(), QStringLiteral("completion-popup"));
        QTest::keyClick(popup, Qt::Key_Return);
        QCOMPARE(body->toPlainText(), QStringLiteral("Admin: {{ param_admin_email }}"));

        // "{{ param_ad" + a click on the suggestion: the same, the word typed replaced.
        QTest::keyClicks(body, QStringLiteral(" and {{ param_ad"));
        QTRY_VERIFY(popup->isVisible());
        const QModelIndex first = popup->model()->index(0, 0);
        QCOMPARE(first.data().toString(), QStringLiteral("param_admin_email"));
        QTest::mouseClick(popup->viewport(), Qt::LeftButton, {}, popup->visualRect(first).center());
        QCOMPARE(body->toPlainText(), QStringLiteral("Admin: {{ param_admin_email }} and {{ param_admin_email }}"));
        QTRY_VERIFY(templates->lintLabel()->text().contains(QStringLiteral("Every parameter is known")));

        // Broken placeholders are reported, not called known.
        body->selectAll();
        QTest::keyClicks(body, QStringLiteral("Hello {{ para param_admin_email }}"));
        QTRY_VERIFY(!popup->isVisible());
        QVERIFY2(!templates->lintLabel()->text().contains(QStringLiteral("Every parameter is known")),
            qPrintable(templates->lintLabel()->text()));
        QVERIFY2(templates->lintLabel()->text().contains(QStringLiteral("para param_admin_email")),
            qPrintable(templates->lintLabel()->text()));
        test::screenshot(m_window.get(), QStringLiteral("lint-broken"));
        body->selectAll();
        QTest::keyClicks(body, QStringLiteral("Hello {{ param_admin_email"));
        QTest::keyClick(popup, Qt::Key_Escape);
        QVERIFY2(!templates->lintLabel()->text().contains(QStringLiteral("Every parameter is known")),
            qPrintable(templates->lintLabel()->text()));

        // The preview follows the text without pressing Preview.
        body->selectAll();
        QTest::keyClicks(body, QStringLiteral("Welcome **typed just now**"));
        QTRY_VERIFY_WITH_TIMEOUT(
            previewHtml(templates->previewView()).contains(QStringLiteral("<strong>typed just now</strong>")), 20000);
        test::screenshot(m_window.get(), QStringLiteral("template-live-preview"));
        product()->flushPendingEdits();
    }

    /// Point 5: after Regenerate and a sync the secret is known (copyable) on the open page, from the
    /// server; the cache never holds it.
    void actionSecretReadAfterTheSync()
    {
        QVERIFY(!walkProduct().isEmpty());
        inventory()->openProduct(m_productId);
        product()->showPage(QStringLiteral("ui"));
        auto *ui = qobject_cast<ui::UiPage *>(product()->page(QStringLiteral("ui")));
        QVERIFY(ui);
        ui->tabs()->setCurrentWidget(ui->actions());
        ui::ActionsTab *actions = ui->actions();
        QTest::mouseClick(actions->regenerateButton(), Qt::LeftButton);
        QVERIFY(!actions->copyButton()->isEnabled());
        QVERIFY(actions->secretNote()->text().contains(QStringLiteral("next sync")));
        QVERIFY(syncAndWait());
        QTRY_VERIFY2_WITH_TIMEOUT(actions->copyButton()->isEnabled(), qPrintable(actions->secretNote()->text()), 10000);
        QVERIFY(!actions->secretNote()->text().contains(QStringLiteral("appears after the next sync")));
        test::screenshot(m_window.get(), QStringLiteral("secret-known"));
        actions->copyButton()->click();
        const QString secret = m_sandbox->get(QStringLiteral("/products/") + m_productId)
                                   .object()
                                   .value(QStringLiteral("customer_ui_settings"))
                                   .toObject()
                                   .value(QStringLiteral("action"))
                                   .toObject()
                                   .value(QStringLiteral("jwt_secret"))
                                   .toString();
        QVERIFY(!secret.isEmpty());
        QCOMPARE(QApplication::clipboard()->text(), secret);
        const QJsonObject cached = objects().get(QStringLiteral("products"), m_productId)->json;
        QVERIFY(!QJsonDocument(cached).toJson().contains(secret.toUtf8()));
    }

    /// Point 6: right after v1 nothing is listed as changed; a new action is a versioned change; offline
    /// the page says it cannot compare instead of calling v1 a first version.
    void publishDiffComparesLikeWithLike()
    {
        QVERIFY(!walkProduct().isEmpty());
        ui::PublishPage *page = openPublishPage(m_productId);
        QVERIFY(page);
        QVERIFY(page->publishButton()->isEnabled());
        QTimer::singleShot(0, this, [] {
            (void)QTest::qWaitFor([] { return qobject_cast<QMessageBox *>(QApplication::activeModalWidget()); }, 5000);
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                for (QAbstractButton *button : box->buttons()) {
                    if (box->buttonRole(button) == QMessageBox::AcceptRole)
                        button->click();
                }
            }
        });
        QSignalSpy published(page, &ui::PublishPage::published);
        QSignalSpy synced(m_session.get(), &sync::AccountSession::synced);
        QTest::mouseClick(page->publishButton(), Qt::LeftButton);
        QVERIFY(published.wait(20000));
        QVERIFY(!synced.isEmpty() || synced.wait(60000));
        page = openPublishPage(m_productId);
        QVERIFY(page);
        QTRY_VERIFY(page->isDiffReady());
        QVERIFY2(page->diffHeading()->text().contains(QStringLiteral("since version 1")),
            qPrintable(page->diffHeading()->text()));
        QStringList rows = diffRows(page->diffTree());
        QVERIFY2(rows == QStringList { QStringLiteral("No changes since version 1") },
            qPrintable(rows.join(QLatin1Char('\n'))));
        test::screenshot(m_window.get(), QStringLiteral("publish-after-v1"));

        // A new action is a versioned change.
        QVERIFY(editor()->create(QStringLiteral("actions"), m_productId,
            QJsonObject { { QStringLiteral("action"), QStringLiteral("open_console") },
                { QStringLiteral("name"), QStringLiteral("Open console") },
                { QStringLiteral("title"), QStringLiteral("Open console") },
                { QStringLiteral("description"), QStringLiteral("Opens the console") },
                { QStringLiteral("type"), QStringLiteral("button") },
                { QStringLiteral("scope"), QStringLiteral("asset") } }));
        QVERIFY(syncAndWait());
        page = openPublishPage(m_productId);
        rows = diffRows(page->diffTree());
        QVERIFY2(rows.contains(QStringLiteral("Actions|Open console|added|versioned")),
            qPrintable(rows.join(QLatin1Char('\n'))));
        QCOMPARE(rows.size(), 1);
        test::screenshot(m_window.get(), QStringLiteral("publish-new-action"));

        // Offline: v1 is not called a first version; the page says it cannot compare.
        m_net->setUp(false);
        QVERIFY(!syncAndWait());
        page = openPublishPage(m_productId);
        QVERIFY(page);
        QVERIFY2(!page->diffHeading()->text().contains(QStringLiteral("first version")),
            qPrintable(page->diffHeading()->text()));
        QVERIFY2(
            page->diffHeading()->text().contains(QStringLiteral("version 1")), qPrintable(page->diffHeading()->text()));
        rows = diffRows(page->diffTree());
        QVERIFY2(!rows.join(QLatin1Char('\n')).contains(QStringLiteral("SKU Users|added")),
            qPrintable(rows.join(QLatin1Char('\n'))));
        test::screenshot(m_window.get(), QStringLiteral("publish-offline"));
        m_net->setUp(true);
        QVERIFY(syncAndWait());
    }

    /// Point 9: after its upload the logo shows on the Profile; a logo set on the portal is downloaded.
    void logoIsShown()
    {
        QVERIFY(!walkProduct().isEmpty());
        inventory()->openProduct(m_productId);
        product()->showPage(QStringLiteral("profile"));
        const QString logoFile = m_dir.filePath(QStringLiteral("logo.png"));
        {
            QFile file(logoFile);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(pngLogo(QColor(0x2d, 0x72, 0xd9)));
        }
        QVERIFY(product()->profile()->setLogoFromFile(logoFile));
        QVERIFY(product()->profile()->logoWell()->hasImage());
        QVERIFY(syncAndWait());
        QVERIFY(!m_sandbox->get(QStringLiteral("/products/") + m_productId)
                     .object()
                     .value(QStringLiteral("icon"))
                     .toString()
                     .isEmpty());
        QTRY_VERIFY(product()->profile()->logoWell()->hasImage());
        inventory()->showList();
        inventory()->openProduct(m_productId);
        product()->showPage(QStringLiteral("profile"));
        QTRY_VERIFY_WITH_TIMEOUT(product()->profile()->logoWell()->hasImage(), 10000);
        // ... and beside the product's name in the header, on every page.
        auto *headerLogo = product()->findChild<QLabel *>(QStringLiteral("productLogo"));
        QVERIFY(headerLogo && headerLogo->isVisible() && !headerLogo->pixmap().isNull());

        // A logo set on the portal is downloaded.
        const auto portal = m_sandbox->multipart("PUT", QStringLiteral("/products/") + m_productId,
            { { "body", {}, "application/json", "{}" }, { "icon", "portal.png", "image/png", pngLogo(Qt::red) } });
        QCOMPARE(portal.status, 200);
        QVERIFY(syncAndWait());
        const auto centreColour = [this] {
            const QPixmap shown = product()->profile()->logoWell()->pixmap();
            return shown.isNull() ? QColor() : shown.toImage().pixelColor(shown.width() / 2, shown.height() / 2);
        };
        QTRY_COMPARE_WITH_TIMEOUT(centreColour(), QColor(Qt::red), 10000);
        test::screenshot(m_window.get(), QStringLiteral("profile-logo"));
    }

    /// Point 9: the dashboard and the publish checklist agree that a preview was run.
    void dashboardAgreesOnThePreview()
    {
        QVERIFY(!walkProduct().isEmpty());
        inventory()->openProduct(m_productId);
        product()->showPage(QStringLiteral("preview"));
        auto *preview = qobject_cast<ui::PreviewPage *>(product()->page(QStringLiteral("preview")));
        QVERIFY(preview);
        QTRY_VERIFY(preview->startButton()->isEnabled());
        QSignalSpy finished(preview, &ui::PreviewPage::previewFinished);
        QTest::mouseClick(preview->startButton(), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QVERIFY(syncAndWait());
        ui::PublishPage *publish = openPublishPage(m_productId);
        QVERIFY(checkDone(publish, inventory::PublishCheckItem::Preview));
        product()->showPage(QStringLiteral("dashboard"));
        QVERIFY(product()->dashboard()->isStepDone(QStringLiteral("preview")));
        QCOMPARE(product()->dashboard()->stateLabel(QStringLiteral("preview"))->text(), QStringLiteral("✓ Done"));
        test::screenshot(m_window.get(), QStringLiteral("dashboard-preview-done"));
    }

    /// Point 9: deleting an item or a parameter offers Undo (the product's undo history), which brings it back.
    void deleteOffersUndo()
    {
        createLocalProduct(QStringLiteral("Walk Undo Product"));
        product()->showPage(QStringLiteral("items"));
        auto *items = qobject_cast<ui::ItemsPage *>(product()->page(QStringLiteral("items")));
        QVERIFY(items);
        const int before = items->table()->model()->rowCount();
        QVERIFY(before > 0);
        const QString itemName = items->table()->model()->index(0, 0).data().toString();
        QPointer<ui::ItemDialog> itemDialog = items->openEditDialog(0);
        QVERIFY(itemDialog);
        QTest::mouseClick(itemDialog->deleteButton(), Qt::LeftButton);
        QTRY_VERIFY(!itemDialog);
        QCOMPARE(items->table()->model()->rowCount(), before - 1);
        auto *toast = product()->findChild<QWidget *>(QStringLiteral("undoToast"));
        QVERIFY2(toast, "no undo toast after deleting an item");
        QTRY_VERIFY(toast->isVisible());
        auto *message = toast->findChild<QLabel *>(QStringLiteral("undoToastMessage"));
        auto *undo = toast->findChild<QPushButton *>(QStringLiteral("undoToastButton"));
        QVERIFY(message && undo);
        QVERIFY2(message->text().contains(itemName), qPrintable(message->text()));
        test::screenshot(m_window.get(), QStringLiteral("undo-toast"));
        QTest::mouseClick(undo, Qt::LeftButton);
        QTRY_COMPARE(items->table()->model()->rowCount(), before);
        QVERIFY(!toast->isVisible());

        product()->showPage(QStringLiteral("parameters"));
        auto *parameters = qobject_cast<ui::ParametersPage *>(product()->page(QStringLiteral("parameters")));
        QVERIFY(parameters);
        const int parametersBefore = parameters->table()->model()->rowCount();
        QVERIFY(parametersBefore > 0);
        QPointer<ui::ParameterDialog> parameterDialog = parameters->openEditDialog(0);
        QVERIFY(parameterDialog);
        QTest::mouseClick(parameterDialog->deleteButton(), Qt::LeftButton);
        QTRY_VERIFY(!parameterDialog);
        QCOMPARE(parameters->table()->model()->rowCount(), parametersBefore - 1);
        QTRY_VERIFY(toast->isVisible());
        QTest::mouseClick(undo, Qt::LeftButton);
        QTRY_COMPARE(parameters->table()->model()->rowCount(), parametersBefore);
    }

    /// Point 9: at 1024x700 the Publish button is whole on screen.
    void publishButtonFitsAt1024x700()
    {
        QVERIFY(!walkProduct().isEmpty());
        m_window->resize(1024, 700);
        ui::PublishPage *publish = openPublishPage(m_productId);
        QVERIFY(publish);
        QTRY_VERIFY(publish->publishButton()->isVisible());
        QCoreApplication::processEvents();
        QPushButton *button = publish->publishButton();
        const QRect inWindow(button->mapTo(m_window.get(), QPoint(0, 0)), button->size());
        test::screenshot(m_window.get(), QStringLiteral("publish-1024x700"));
        m_window->resize(1280, 820);
        QCOMPARE(button->visibleRegion().boundingRect(), button->rect());
        QVERIFY2(inWindow.bottom() < 700 - 30,
            qPrintable(QStringLiteral("button at y %1..%2").arg(inWindow.top()).arg(inWindow.bottom())));
    }

    /// Point 9: the conflicts panel names the field as the Profile page does, not by its API path.
    void conflictsPanelNamesFields()
    {
        QVERIFY(!walkProduct().isEmpty());
        inventory()->openProduct(m_productId);
        product()->showPage(QStringLiteral("profile"));
        QVERIFY(makeProfileConflict(m_productId, product()->profile()->detailedDescriptionEdit(),
            QStringLiteral("detailed_description"), QStringLiteral("# Mine"), QStringLiteral("# Theirs")));
        ui::ConflictsDialog *conflicts = openConflicts();
        QVERIFY(conflicts);
        const QString field
            = conflicts->table()->model()->index(0, models::ConflictModel::FieldColumn).data().toString();
        test::screenshot(conflicts, QStringLiteral("conflicts-labels"));
        QTest::mouseClick(conflicts->findChild<QPushButton *>(QStringLiteral("keepTheirs")), Qt::LeftButton);
        QSignalSpy synced(m_session.get(), &sync::AccountSession::synced);
        conflicts->reject();
        QVERIFY(synced.wait(60000));
        QCOMPARE(field, QStringLiteral("Detailed overview"));
    }
};

CV_TEST_MAIN(TestInventoryWalk)
#include "tst_inventorywalk.moc"
