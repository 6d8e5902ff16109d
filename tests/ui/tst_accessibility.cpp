// accessibility (issue 18 point 4): the main window against the in-process sandbox seeded with `--seed demo`,
// after a real sync into a real cache file.
// - Every page (Home, Fulfillment and a request, Inventory and a product with each of its pages and tabs,
//   Account, the API sections, Agreements and an agreement and a contract, Listings and a listing request,
//   Usage and a file, Reports, Help & Support and a case, Settings, the command palette) is walked, and every
//   visible interactive widget must have a name in Qt's accessibility layer (what a screen reader reads). The
//   failure lists each unnamed widget with its page, class, object name and parents.
// - Tab goes through the Fulfillment list and a request in a sane order (search, filters, table, actions) and
//   never gets stuck.
// - The lab's fulfilment part (lab guide "Simulation of manual fulfillment": find the request, switch it to
//   pending, fill the fulfilment parameter, approve with the activation template) by the keyboard alone: key
//   events only, no mouse event and no call of a page's slot; the sandbox has the request approved after F5.
#include "app/moduletable.h"
#include "sandboxfixture.h"
#include "testmain.h"
#include "uitestsupport.h"

#include "app/accounts/accountmanager.h"
#include "app/accounts/accountregistry.h"
#include "app/accounts/keystore.h"
#include "app/settings/appsettings.h"
#include "app/store/objectrepository.h"
#include "app/sync/accountservices.h"
#include "app/sync/accountsession.h"
#include "ui/agreements/agreementspage.h"
#include "ui/apimodule/apipage.h"
#include "ui/fulfillment/approvedialog.h"
#include "ui/fulfillment/fulfillmentpage.h"
#include "ui/fulfillment/requestpage.h"
#include "ui/helpdesk/casepage.h"
#include "ui/helpdesk/helpsupportpage.h"
#include "ui/inventory/inventorypage.h"
#include "ui/inventory/productpage.h"
#include "ui/listings/listingspage.h"
#include "ui/settings/settingsdialog.h"
#include "ui/shell/commandpalette.h"
#include "ui/shell/landingpage.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/modulepage.h"
#include "ui/usage/usagepage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextEdit>

using namespace cv;
using test::SandboxFixture;

namespace {

const QString kSupportEmail = QStringLiteral("param_support_email");

/// The value of parameter `id` of a request.
QString paramValue(const QJsonObject &request, const QString &id)
{
    for (const QJsonValue &p :
        request.value(QStringLiteral("asset")).toObject().value(QStringLiteral("params")).toArray()) {
        if (p.toObject().value(QStringLiteral("id")).toString() == id)
            return p.toObject().value(QStringLiteral("value")).toString();
    }
    return {};
}

/// "QPushButton#approveButton": how a widget is listed in a failure.
QString describe(const QWidget *widget)
{
    QString text = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        text += QLatin1Char('#') + widget->objectName();
    return text;
}

/// The widgets a user reaches with the keyboard or the mouse to do something, without the parts Qt builds
/// inside another control (a combo's line edit, a spin box's, a line edit's clear button, a header).
bool isInteractive(const QWidget *widget)
{
    const QWidget *parent = widget->parentWidget();
    if (qobject_cast<const QComboBox *>(parent) || qobject_cast<const QAbstractSpinBox *>(parent)
        || qobject_cast<const QLineEdit *>(parent) || qobject_cast<const QTabBar *>(parent)
        || qobject_cast<const QAbstractItemView *>(parent)) // e.g. a table's corner button
        return false;
    if (qobject_cast<const QHeaderView *>(widget) || qobject_cast<const QScrollBar *>(widget))
        return false;
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget)
        || qobject_cast<const QComboBox *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget)
        || qobject_cast<const QAbstractItemView *>(widget) || qobject_cast<const QTextEdit *>(widget)
        || qobject_cast<const QPlainTextEdit *>(widget) || qobject_cast<const QTabBar *>(widget)
        || qobject_cast<const QAbstractSlider *>(widget);
}

/// What a screen reader says the widget is, from Qt's accessibility layer. A combo box on Linux reports its
/// current value as its name (QAccessibleComboBox::text: "on Linux we use relations for this"), so for a combo
/// the name is its label (the Label relation, a QLabel buddy) or its accessible name (used on the other
/// platforms). A tab bar is named by its tabs: each must have one.
QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    if (!iface)
        return {};
    if (qobject_cast<QComboBox *>(widget)) {
        if (!widget->accessibleName().trimmed().isEmpty())
            return widget->accessibleName();
        const auto labels = iface->relations(QAccessible::Label);
        return labels.isEmpty() ? QString() : labels.first().first->text(QAccessible::Name);
    }
    if (auto *bar = qobject_cast<QTabBar *>(widget)) {
        QStringList tabs;
        for (int i = 0; i < bar->count(); ++i) {
            if (bar->tabText(i).trimmed().isEmpty() && bar->accessibleTabName(i).trimmed().isEmpty())
                return {};
            tabs << bar->tabText(i);
        }
        return tabs.join(u'|');
    }
    return iface->text(QAccessible::Name).trimmed();
}

/// The web view `widget` is part of (its content widget), if any.
QWidget *webViewOf(QWidget *widget)
{
    for (QWidget *w = widget; w; w = w->parentWidget()) {
        if (w->inherits("QWebEngineView"))
            return w;
    }
    return nullptr;
}

QString parentChain(const QWidget *widget)
{
    QStringList chain;
    for (const QWidget *p = widget->parentWidget(); p && chain.size() < 5; p = p->parentWidget()) {
        chain << describe(p);
        if (qobject_cast<const ui::ModulePage *>(p) || p->isWindow())
            break;
    }
    return chain.join(QStringLiteral(" < "));
}

/// What helps find the widget in the source: its text, placeholder or tool tip.
QString hint(QWidget *widget)
{
    if (auto *edit = qobject_cast<QLineEdit *>(widget); edit && !edit->placeholderText().isEmpty())
        return QStringLiteral(" placeholder \"%1\"").arg(edit->placeholderText());
    if (auto *edit = qobject_cast<QPlainTextEdit *>(widget); edit && !edit->placeholderText().isEmpty())
        return QStringLiteral(" placeholder \"%1\"").arg(edit->placeholderText());
    if (!widget->toolTip().isEmpty())
        return QStringLiteral(" tooltip \"%1\"").arg(widget->toolTip());
    return {};
}

/// Why a button's or a label's text does not fit in it (empty: it fits). A layout gives a widget at least its
/// minimum size unless the window is smaller than the layout's minimum: then texts are cut and widgets overlap.
QString clipped(QWidget *widget)
{
    const QSize size = widget->size();
    if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
        if (button->text().isEmpty() || qobject_cast<QTabBar *>(button->parentWidget()))
            return {};
        const QSize needed = button->minimumSizeHint();
        if (size.width() < needed.width() || size.height() < needed.height())
            return QStringLiteral("\"%1\" is %2x%3, needs %4x%5")
                .arg(button->text())
                .arg(size.width())
                .arg(size.height())
                .arg(needed.width())
                .arg(needed.height());
        return {};
    }
    auto *label = qobject_cast<QLabel *>(widget);
    if (!label || label->text().isEmpty() || label->sizePolicy().horizontalPolicy() == QSizePolicy::Ignored)
        return {};
    if (label->wordWrap()) {
        const int needed = label->heightForWidth(size.width());
        if (needed > size.height() + 1)
            return QStringLiteral("\"%1\" is %2 px high, its wrapped text needs %3")
                .arg(label->text().left(60))
                .arg(size.height())
                .arg(needed);
        return {};
    }
    const QSize needed = label->minimumSizeHint();
    if (size.width() + 1 < needed.width() || size.height() + 1 < needed.height())
        return QStringLiteral("\"%1\" is %2x%3, needs %4x%5")
            .arg(label->text().left(60))
            .arg(size.width())
            .arg(size.height())
            .arg(needed.width())
            .arg(needed.height());
    return {};
}

} // namespace

class TestAccessibility final : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_sandbox;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    accounts::KeyStore m_keyStore;
    std::unique_ptr<accounts::AccountRegistry> m_registry;
    std::unique_ptr<accounts::AccountManager> m_manager;
    std::unique_ptr<sync::AccountSession> m_session;
    std::unique_ptr<settings::AppSettings> m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
    QString m_requestId; ///< a draft purchase with an empty required fulfilment parameter (the lab's request)

    QStringList m_unnamed;
    QStringList m_clipped; ///< widgets smaller than their text needs on the 1024x700 window
    QStringList m_unreachable; ///< controls Tab never reaches
    QSet<const QWidget *> m_reached;
    QSet<const QWidget *> m_checked;
    int m_widgetCount = 0;

    template<typename T> T *page(core::ModuleId id) const { return qobject_cast<T *>(m_window->modulePage(id)); }
    ui::FulfillmentPage *fulfillment() const { return page<ui::FulfillmentPage>(core::ModuleId::Fulfillment); }
    store::ObjectRepository &objects() const { return m_session->services()->objects(); }

    bool syncAndWait()
    {
        QSignalSpy synced(m_session.get(), &sync::AccountSession::synced);
        m_session->syncNow();
        return synced.wait(60000) && synced.last().first().value<sync::SyncSummary>().ok;
    }

    QString firstId(const QString &collection) const
    {
        const auto list = objects().list(collection, QString(), store::ObjectQuery());
        return list.isEmpty() ? QString() : list.first().json.value(QStringLiteral("id")).toString();
    }

    /// Every visible interactive widget under `root` (not yet checked) must have a name.
    void audit(QWidget *root, const QString &where)
    {
        QCoreApplication::processEvents();
        const auto widgets = root->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (!widget->isVisible() || m_checked.contains(widget))
                continue;
            if (const QString cut = clipped(widget); !cut.isEmpty()) {
                m_checked.insert(widget);
                m_clipped << QStringLiteral("%1: %2 in %3: %4").arg(where, describe(widget), parentChain(widget), cut);
            }
            if (!isInteractive(widget))
                continue;
            m_checked.insert(widget);
            ++m_widgetCount;
            if (accessibleName(widget).isEmpty())
                m_unnamed
                    << QStringLiteral("%1: %2 in %3%4").arg(where, describe(widget), parentChain(widget), hint(widget));
        }
    }

    /// audit(), then again with each tab of every visible tab widget under `root` shown (tabs within tabs too).
    void auditWithTabs(QWidget *root, const QString &where, int depth = 0)
    {
        audit(root, where);
        checkKeyboardReach(root, where);
        if (depth > 3)
            return;
        const auto tabWidgets = root->findChildren<QTabWidget *>();
        for (QTabWidget *tabs : tabWidgets) {
            if (!tabs->isVisible())
                continue;
            const int shown = tabs->currentIndex();
            for (int i = 0; i < tabs->count(); ++i) {
                if (!tabs->isTabEnabled(i))
                    continue;
                tabs->setCurrentIndex(i);
                auditWithTabs(
                    tabs->widget(i), where + QStringLiteral(" / ") + tabs->tabText(i).remove(u'&'), depth + 1);
            }
            tabs->setCurrentIndex(shown);
        }
    }

    /// Every visible, enabled control of `root` that takes Tab focus is reached by pressing Tab from the first
    /// one, and the keyboard never stays on one widget (a text editor that takes Tab itself is left with Ctrl+Tab,
    /// Qt's way out of it).
    void checkKeyboardReach(QWidget *root, const QString &where)
    {
        QCoreApplication::processEvents();
        QList<QWidget *> targets;
        const auto widgets = root->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (!widget->isVisible() || !widget->isEnabled() || !isInteractive(widget)
                || !(widget->focusPolicy() & Qt::TabFocus) || m_reached.contains(widget))
                continue;
            // In a group of radio buttons Tab stops on the checked one; the arrows choose.
            if (auto *radio = qobject_cast<QRadioButton *>(widget); radio && !radio->isChecked())
                continue;
            targets << widget;
        }
        if (targets.isEmpty())
            return;
        targets.first()->setFocus(Qt::TabFocusReason);
        QSet<QWidget *> seen { targets.first() };
        const int presses = int(targets.size()) * 2 + 40;
        QWidget *previous = QApplication::focusWidget();
        int repeats = 0;
        auto missing = [&] {
            return std::any_of(targets.cbegin(), targets.cend(), [&](QWidget *w) { return !seen.contains(w); });
        };
        for (int i = 0; i < presses && missing(); ++i) {
            QWidget *focus = QApplication::focusWidget();
            if (!focus)
                break;
            // A web preview (Chromium) moves Tab among its own links and keeps it: known, left to the report;
            // the walk steps over it to the next control.
            if (QWidget *web = webViewOf(focus)) {
                for (QWidget *next = web->nextInFocusChain(); next && next != web; next = next->nextInFocusChain()) {
                    if (!web->isAncestorOf(next) && next->isVisible() && next->isEnabled()
                        && (next->focusPolicy() & Qt::TabFocus)) {
                        next->setFocus(Qt::TabFocusReason);
                        break;
                    }
                }
                previous = QApplication::focusWidget();
                continue;
            }
            QTest::keyClick(focus, Qt::Key_Tab);
            QWidget *now = QApplication::focusWidget();
            // A date edit takes Tab for its day, month and year first.
            const int allowed = qobject_cast<QDateTimeEdit *>(now) ? 4 : 0;
            repeats = now == previous ? repeats + 1 : 0;
            if (repeats > allowed) {
                m_unreachable
                    << QStringLiteral("%1: the keyboard stays on %2 in %3").arg(where, describe(now), parentChain(now));
                break;
            }
            previous = now;
            // The focus may rest on a widget's focus proxy or inside it (a combo's line edit).
            for (QWidget *w = now; w; w = w->parentWidget())
                seen.insert(w);
        }
        for (QWidget *widget : std::as_const(targets)) {
            m_reached.insert(widget);
            if (!seen.contains(widget))
                m_unreachable << QStringLiteral("%1: Tab never reaches %2 in %3%4")
                                     .arg(where, describe(widget), parentChain(widget), hint(widget));
        }
    }

    void show(core::ModuleId id)
    {
        m_window->showModule(id);
        if (auto *module = qobject_cast<ui::ModulePage *>(m_window->modulePage(id)))
            module->showList();
        QCoreApplication::processEvents();
    }

    /// Presses `key` on whatever has the keyboard (the active window when no widget has focus), as a user would.
    static void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *focus = QApplication::focusWidget() ? QApplication::focusWidget() : QApplication::activeWindow();
        QVERIFY2(focus, "no window is active");
        QTest::keyClick(focus, Qt::Key(key), modifiers);
    }

    static void type(const QString &text)
    {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY2(focus, "nothing has the keyboard");
        QTest::keyClicks(focus, text);
    }

    /// Tabs `presses` times from the current focus and returns each widget that got the keyboard.
    static QList<QWidget *> tabThrough(int presses)
    {
        QList<QWidget *> seen;
        for (int i = 0; i < presses; ++i) {
            press(Qt::Key_Tab);
            seen << QApplication::focusWidget();
        }
        return seen;
    }

    /// The widgets of `expected` appear in `sequence` in this order (other widgets may come between).
    static QString checkOrder(const QList<QWidget *> &sequence, const QList<QWidget *> &expected)
    {
        qsizetype from = 0;
        for (QWidget *widget : expected) {
            const qsizetype at = sequence.indexOf(widget, from);
            if (at < 0) {
                QStringList got;
                for (QWidget *w : sequence)
                    got << (w ? describe(w) + QStringLiteral(" [") + parentChain(w) + u']' : QStringLiteral("(none)"));
                return QStringLiteral("%1 not reached after position %2; the focus went: %3")
                    .arg(describe(widget))
                    .arg(from)
                    .arg(got.join(QStringLiteral(" → ")));
            }
            from = at + 1;
        }
        return {};
    }

    /// Where the keys go in `dialog` once it is up: a window manager makes a new dialog active (the offscreen
    /// platform does not), then its focus widget.
    static QWidget *keyboardIn(QWidget *dialog)
    {
        dialog->activateWindow();
        (void)QTest::qWaitForWindowActive(dialog);
        return dialog->focusWidget() ? dialog->focusWidget() : dialog;
    }

    /// Runs `inDialog` with the modal dialog that `open` (a key press) shows.
    template<typename Open, typename InDialog> void withModal(Open open, InDialog inDialog)
    {
        bool seen = false;
        QTimer::singleShot(0, this, [&] {
            QTRY_VERIFY(QApplication::activeModalWidget());
            seen = true;
            inDialog(QApplication::activeModalWidget());
        });
        open();
        QTRY_VERIFY(seen);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        // The offscreen platform does not give the window back its activation when a dialog closes (a window
        // manager does): as the user's window manager would.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        sandbox::SandboxOptions options;
        options.seed = QStringLiteral("demo");
        m_sandbox = std::make_unique<SandboxFixture>(options);
        QVERIFY2(m_sandbox->ok(), qPrintable(m_sandbox->error()));
        // The lab's request: a draft purchase of a product with a required fulfilment parameter left empty.
        const QString productId = m_sandbox->get(QStringLiteral("/products"))
                                      .array()
                                      .first()
                                      .toObject()
                                      .value(QStringLiteral("id"))
                                      .toString();
        QVERIFY(!productId.isEmpty());
        const auto param = m_sandbox->post(QStringLiteral("/products/%1/parameters").arg(productId),
            QJsonObject { { QStringLiteral("name"), kSupportEmail },
                { QStringLiteral("title"), QStringLiteral("Support e-mail") },
                { QStringLiteral("description"), QStringLiteral("Where the customer's admins get support.") },
                { QStringLiteral("phase"), QStringLiteral("fulfillment") },
                { QStringLiteral("scope"), QStringLiteral("asset") },
                { QStringLiteral("type"), QStringLiteral("email") },
                { QStringLiteral("constraints"), QJsonObject { { QStringLiteral("required"), true } } } });
        QVERIFY2(param.status == 201 || param.status == 200, param.body.constData());
        const auto created = m_sandbox->post(QStringLiteral("/requests"),
            QJsonObject { { QStringLiteral("type"), QStringLiteral("purchase") },
                { QStringLiteral("status"), QStringLiteral("draft") },
                { QStringLiteral("asset"),
                    QJsonObject { { QStringLiteral("product"), QJsonObject { { QStringLiteral("id"), productId } } },
                        { QStringLiteral("connection"),
                            QJsonObject { { QStringLiteral("type"), QStringLiteral("preview") } } },
                        { QStringLiteral("items"),
                            QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("CCS-100GB-M") },
                                { QStringLiteral("quantity"), 3 } } } },
                        { QStringLiteral("params"),
                            QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("param_admin_email") },
                                { QStringLiteral("value"), QStringLiteral("admin@keyboard.example") } } } },
                        { QStringLiteral("tiers"),
                            QJsonObject { { QStringLiteral("customer"),
                                QJsonObject { { QStringLiteral("name"), QStringLiteral("Keyboard Traders") },
                                    { QStringLiteral("external_id"), QStringLiteral("KB-1") } } } } } } } });
        QVERIFY2(created.status == 201 || created.status == 200, created.body.constData());
        m_requestId = created.object().value(QStringLiteral("id")).toString();
        QVERIFY(!m_requestId.isEmpty());

        m_keyStore.setMemoryOnly(true);
        m_registry = std::make_unique<accounts::AccountRegistry>(m_dir.filePath(QStringLiteral("accounts.json")));
        m_manager = std::make_unique<accounts::AccountManager>(m_registry.get(), &m_keyStore, &m_network);
        bool added = false;
        m_manager->addAccount(
            m_sandbox->baseUrl(), m_sandbox->apiKey(), this, [&](const accounts::AddAccountResult &r) {
                QVERIFY(r.ok());
                added = true;
            });
        QTRY_VERIFY(added);
        m_session = std::make_unique<sync::AccountSession>(&m_keyStore, &m_network);
        m_settings = std::make_unique<settings::AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_window = std::make_unique<ui::MainWindow>(m_manager.get(), m_session.get(), moduleTable());
        m_window->setSettings(m_settings.get());
        m_window->resize(1024, 700);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(m_session->connection() == sync::AccountSession::Connection::Online, 30000);
        QVERIFY(syncAndWait());
        QTRY_VERIFY(fulfillment()->services());
    }

    void everyInteractiveWidgetHasAName()
    {
        using core::ModuleId;
        // The window's own controls: the module and account navigators, the toolbar, the status bar.
        show(ModuleId::Home);
        audit(m_window.get(), QStringLiteral("Home"));
        test::screenshot(m_window.get(), QStringLiteral("home"));

        show(ModuleId::Fulfillment);
        auditWithTabs(fulfillment(), QStringLiteral("Fulfillment"));
        test::screenshot(m_window.get(), QStringLiteral("fulfillment"));
        QVERIFY(fulfillment()->openObject(m_requestId));
        auditWithTabs(fulfillment(), QStringLiteral("Fulfillment request"));
        test::screenshot(m_window.get(), QStringLiteral("request"));

        show(ModuleId::Inventory);
        auto *inventory = page<ui::InventoryPage>(ModuleId::Inventory);
        auditWithTabs(inventory, QStringLiteral("Inventory"));
        test::screenshot(m_window.get(), QStringLiteral("inventory"));
        const QString productId = firstId(QStringLiteral("products"));
        QVERIFY(inventory->openObject(productId));
        for (const QString &key : ui::ProductPage::pageKeys()) {
            inventory->productPage()->showPage(key);
            auditWithTabs(inventory, QStringLiteral("Product / ") + key);
            test::screenshot(m_window.get(), QStringLiteral("product-") + key);
        }
        // A short page does not scroll in a space made for the tallest (the walk saw a scroll bar beside the six
        // lines of the dashboard, after the Preview page had been shown).
        inventory->productPage()->showPage(QStringLiteral("dashboard"));
        QCoreApplication::processEvents();
        auto *pagesArea = inventory->findChild<QScrollArea *>(QStringLiteral("productPagesArea"));
        QVERIFY(pagesArea);
        QTRY_COMPARE(pagesArea->verticalScrollBar()->maximum(), 0);

        show(ModuleId::Account);
        auditWithTabs(m_window->modulePage(ModuleId::Account), QStringLiteral("Account"));
        test::screenshot(m_window.get(), QStringLiteral("account"));

        show(ModuleId::Api);
        auto *api = page<ui::ApiPage>(ModuleId::Api);
        for (const auto &[section, name] :
            { std::pair { ui::ApiPage::General, "General" }, { ui::ApiPage::Tokens, "Tokens" },
                { ui::ApiPage::Webhooks, "Webhooks" }, { ui::ApiPage::Verifier, "Verifier" } }) {
            api->showSection(section);
            auditWithTabs(api, QStringLiteral("API / ") + QLatin1String(name));
            test::screenshot(m_window.get(), QStringLiteral("api-") + QLatin1String(name));
        }

        show(ModuleId::Agreements);
        auto *agreements = page<ui::AgreementsPage>(ModuleId::Agreements);
        auditWithTabs(agreements, QStringLiteral("Agreements"));
        test::screenshot(m_window.get(), QStringLiteral("agreements"));
        QVERIFY(agreements->openObject(firstId(QStringLiteral("agreements"))));
        auditWithTabs(agreements, QStringLiteral("Agreement"));
        test::screenshot(m_window.get(), QStringLiteral("agreement"));
        show(ModuleId::Agreements);
        QVERIFY(agreements->openObject(firstId(QStringLiteral("contracts"))));
        auditWithTabs(agreements, QStringLiteral("Contract"));
        test::screenshot(m_window.get(), QStringLiteral("contract"));

        show(ModuleId::Listings);
        auto *listings = page<ui::ListingsPage>(ModuleId::Listings);
        auditWithTabs(listings, QStringLiteral("Listings"));
        test::screenshot(m_window.get(), QStringLiteral("listings"));
        const QString listingRequest = firstId(QStringLiteral("listing_requests"));
        if (!listingRequest.isEmpty()) {
            QVERIFY(listings->openObject(listingRequest));
            auditWithTabs(listings, QStringLiteral("Listing request"));
            test::screenshot(m_window.get(), QStringLiteral("listing-request"));
        }

        show(ModuleId::Usage);
        auto *usage = page<ui::UsagePage>(ModuleId::Usage);
        auditWithTabs(usage, QStringLiteral("Usage"));
        test::screenshot(m_window.get(), QStringLiteral("usage"));
        QVERIFY(usage->openObject(firstId(QStringLiteral("usage_files"))));
        auditWithTabs(usage, QStringLiteral("Usage file"));
        test::screenshot(m_window.get(), QStringLiteral("usage-file"));

        show(ModuleId::Reports);
        auditWithTabs(m_window->modulePage(ModuleId::Reports), QStringLiteral("Reports"));
        test::screenshot(m_window.get(), QStringLiteral("reports"));

        show(ModuleId::HelpSupport);
        auto *help = page<ui::HelpSupportPage>(ModuleId::HelpSupport);
        auditWithTabs(help, QStringLiteral("Help & Support"));
        test::screenshot(m_window.get(), QStringLiteral("help"));
        // A case: Enter on the first row of the cases table, as the keyboard opens it.
        QTableView *cases = help->casesTable();
        QVERIFY2(cases->model()->rowCount() > 0, "the demo seed has no support case");
        help->tabs()->setCurrentIndex(help->tabs()->indexOf(cases->parentWidget()) >= 0
                ? help->tabs()->indexOf(cases->parentWidget())
                : help->tabs()->currentIndex());
        cases->setFocus();
        cases->setCurrentIndex(cases->model()->index(0, 0));
        QTest::keyClick(cases, Qt::Key_Return);
        QTRY_VERIFY(help->casePage()->isVisible());
        auditWithTabs(help, QStringLiteral("Support case"));
        test::screenshot(m_window.get(), QStringLiteral("case"));

        // Settings (Ctrl+,) and the command palette (Ctrl+K).
        show(ModuleId::Home);
        press(Qt::Key_Comma, Qt::ControlModifier);
        QTRY_VERIFY(m_window->settingsDialog() && m_window->settingsDialog()->isVisible());
        auditWithTabs(m_window->settingsDialog(), QStringLiteral("Settings"));
        test::screenshot(m_window->settingsDialog(), QStringLiteral("settings"));
        m_window->settingsDialog()->close();
        QTRY_VERIFY(!m_window->settingsDialog());
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        press(Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(m_window->commandPalette()->isVisible());
        type(QStringLiteral("go to"));
        audit(m_window->commandPalette(), QStringLiteral("Command palette"));
        test::screenshot(m_window.get(), QStringLiteral("palette"));
        press(Qt::Key_Escape);
        QVERIFY(!m_window->commandPalette()->isVisible());

        qInfo("%d interactive widgets checked, %lld without a name", m_widgetCount, qint64(m_unnamed.size()));
        // One line each (QTest cuts a long failure message).
        for (const QString &line : std::as_const(m_unnamed))
            qWarning().noquote() << "unnamed:" << line;
        for (const QString &line : std::as_const(m_clipped))
            qWarning().noquote() << "cut:" << line;
        for (const QString &line : std::as_const(m_unreachable))
            qWarning().noquote() << "keyboard:" << line;
        QVERIFY2(m_widgetCount > 100, "the walk did not reach the pages");
        QVERIFY2(m_unnamed.isEmpty(),
            qPrintable(QStringLiteral("%1 interactive widgets have no accessible name (listed above as "
                                      "\"unnamed:\"), the first: %2")
                           .arg(m_unnamed.size())
                           .arg(m_unnamed.value(0))));
    }

    /// At 1024x700 (the window's size since initTestCase) every button and label the walk saw shows its text.
    void nothingClippedAt1024x700()
    {
        QVERIFY2(m_widgetCount > 0, "the walk did not run");
        QVERIFY2(m_window->minimumSizeHint().width() <= 1024 && m_window->minimumSizeHint().height() <= 700,
            qPrintable(QStringLiteral("the window needs at least %1x%2")
                           .arg(m_window->minimumSizeHint().width())
                           .arg(m_window->minimumSizeHint().height())));
        QVERIFY2(m_clipped.isEmpty(),
            qPrintable(QStringLiteral("%1 texts are cut (listed as \"cut:\"), the first: %2")
                           .arg(m_clipped.size())
                           .arg(m_clipped.value(0))));
    }

    /// Tab reaches every control the walk saw and never stays on one.
    void everyControlReachedByTab()
    {
        QVERIFY2(!m_reached.isEmpty(), "the walk did not run");
        QVERIFY2(m_unreachable.isEmpty(),
            qPrintable(QStringLiteral("%1 problems (listed as \"keyboard:\"), the first: %2")
                           .arg(m_unreachable.size())
                           .arg(m_unreachable.value(0))));
    }

    void tabOrderFulfillmentList()
    {
        m_window->showModule(core::ModuleId::Fulfillment);
        fulfillment()->showList();
        press(Qt::Key_F, Qt::ControlModifier);
        QWidget *search = fulfillment()->searchField();
        QTRY_COMPARE(QApplication::focusWidget(), search);
        auto *f = fulfillment();
        const auto sequence = tabThrough(60);
        const QString order = checkOrder(sequence,
            { f->findChild<QWidget *>(QStringLiteral("filter-type")),
                f->findChild<QWidget *>(QStringLiteral("filter-status")),
                f->findChild<QWidget *>(QStringLiteral("filter-environment")),
                f->findChild<QWidget *>(QStringLiteral("assigneeFilter")),
                f->findChild<QWidget *>(QStringLiteral("productFilter")),
                f->findChild<QWidget *>(QStringLiteral("createdFilter")),
                f->findChild<QWidget *>(QStringLiteral("clearFilters")),
                f->findChild<QWidget *>(QStringLiteral("chip-all")),
                f->findChild<QWidget *>(QStringLiteral("requestTable")), search });
        QVERIFY2(order.isEmpty(), qPrintable(order));
        // Never stuck: the keyboard moves on every press.
        for (qsizetype i = 1; i < sequence.size(); ++i)
            QVERIFY2(sequence.at(i) != sequence.at(i - 1), qPrintable(describe(sequence.at(i))));
    }

    /// The product list in the order it reads: search, Import, Export, Create, the table (the walk found Tab
    /// jumping from the search to Create and reaching Import and Export only after the table).
    void tabOrderInventoryList()
    {
        m_window->showModule(core::ModuleId::Inventory);
        auto *inventory = page<ui::InventoryPage>(core::ModuleId::Inventory);
        inventory->showList();
        QWidget *search = inventory->findChild<QWidget *>(QStringLiteral("productSearch"));
        search->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), search);
        QList<QWidget *> expected;
        for (const char *name : { "importProduct", "exportProduct", "createProduct", "productTable" }) {
            auto *w = inventory->findChild<QWidget *>(QLatin1String(name));
            if (w && w->isVisible() && w->isEnabled())
                expected << w;
        }
        QVERIFY(expected.size() >= 3);
        const auto sequence = tabThrough(int(expected.size()));
        QStringList got;
        for (QWidget *w : sequence)
            got << (w ? describe(w) : QStringLiteral("(none)"));
        QVERIFY2(sequence == expected, qPrintable(got.join(QStringLiteral(" → "))));
        m_window->showModule(core::ModuleId::Fulfillment); // where the next test starts
    }

    void tabOrderRequestPage()
    {
        auto *f = fulfillment();
        QVERIFY(f->openObject(m_requestId));
        ui::RequestPage *request = f->requestPage();
        QTRY_VERIFY(request->isVisible());
        // Opening a request puts the keyboard on it.
        QTRY_VERIFY(request->isAncestorOf(QApplication::focusWidget()));
        auto *back = request->findChild<QWidget *>(QStringLiteral("backToRequests"));
        back->setFocus(Qt::TabFocusReason);
        const auto sequence = tabThrough(40);
        QList<QWidget *> expected;
        for (const char *name : { "pendButton", "rejectButton", "assignToMe" }) {
            auto *w = request->findChild<QWidget *>(QLatin1String(name));
            if (w && w->isVisible() && w->isEnabled())
                expected << w;
        }
        expected << request->findChild<QTabWidget *>(QStringLiteral("requestTabs"))->tabBar() << back;
        const QString order = checkOrder(sequence, expected);
        QVERIFY2(order.isEmpty(), qPrintable(order));
        for (qsizetype i = 1; i < sequence.size(); ++i)
            QVERIFY2(sequence.at(i) != sequence.at(i - 1), qPrintable(describe(sequence.at(i))));
        f->showList();
    }

    /// The lab's "Simulation of manual fulfillment" with key events only.
    void keyboardOnlyFulfilment()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        // Ctrl+1: Home, the keyboard on its first module tile; Ctrl+2: Fulfillment, the keyboard in the page.
        press(Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(m_window->currentModule(), core::ModuleId::Home);
        QTRY_VERIFY(m_window->landingPage()->isAncestorOf(QApplication::focusWidget()));
        press(Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(m_window->currentModule(), core::ModuleId::Fulfillment);
        QTRY_VERIFY2(fulfillment()->isAncestorOf(QApplication::focusWidget()),
            qPrintable(QApplication::focusWidget() ? describe(QApplication::focusWidget()) : QStringLiteral("none")));
        // Find the request: Ctrl+F, its id, Enter opens it (the only row).
        press(Qt::Key_F, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget(), fulfillment()->searchField());
        type(m_requestId);
        press(Qt::Key_Return);
        ui::RequestPage *request = fulfillment()->requestPage();
        QTRY_VERIFY(request->isVisible());
        QCOMPARE(request->requestId(), m_requestId);
        QTRY_VERIFY(request->isAncestorOf(QApplication::focusWidget()));
        auto *status = request->findChild<QLabel *>(QStringLiteral("requestStatus"));
        QCOMPARE(status->text(), QStringLiteral("Draft"));
        test::screenshot(m_window.get(), QStringLiteral("keyboard-01-draft"));

        // Switch to Pending (Alt+P), confirmed with Enter.
        withModal([] { press(Qt::Key_P, Qt::AltModifier); },
            [](QWidget *dialog) {
                QVERIFY(qobject_cast<QMessageBox *>(dialog));
                QTest::keyClick(keyboardIn(dialog), Qt::Key_Return);
            });
        QTRY_COMPARE(status->text(), QStringLiteral("Pending"));

        // The Parameters tab: Ctrl+Tab from the Items tab, then Tab into the first field.
        auto *tabs = request->findChild<QTabWidget *>(QStringLiteral("requestTabs"));
        QTRY_VERIFY(request->isAncestorOf(QApplication::focusWidget()));
        while (tabs->currentIndex() != 1) {
            const int before = tabs->currentIndex();
            press(Qt::Key_Tab, Qt::ControlModifier);
            QVERIFY2(tabs->currentIndex() != before, "Ctrl+Tab does not switch the request's tabs");
        }
        auto *email = request->findChild<QLineEdit *>(QStringLiteral("param-") + kSupportEmail);
        QVERIFY(email);
        for (int i = 0; i < 30 && QApplication::focusWidget() != email; ++i)
            press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), email);
        type(QStringLiteral("support@keyboard.example"));
        auto *save = request->findChild<QPushButton *>(QStringLiteral("saveParameters"));
        QVERIFY(save->isEnabled());
        press(Qt::Key_S, Qt::AltModifier); // &Save parameters (a mnemonic clicks after a short animation)
        QTRY_VERIFY(!save->isEnabled());
        QTRY_VERIFY(request->findChild<QLabel *>(QStringLiteral("waitingForSync"))->isVisible());
        // Saved offline at once: the cache holds the value.
        QCOMPARE(paramValue(objects().get(QStringLiteral("requests"), m_requestId)->json, kSupportEmail),
            QStringLiteral("support@keyboard.example"));
        test::screenshot(m_window.get(), QStringLiteral("keyboard-02-parameters"));

        // Approve (Alt+A): the product's other required fulfilment parameter is still empty; the page says so and
        // puts the keyboard on it.
        press(Qt::Key_A, Qt::AltModifier);
        auto *message = request->findChild<QLabel *>(QStringLiteral("actionMessage"));
        QTRY_VERIFY2(
            message->isVisible() && message->text().contains(QStringLiteral("Tenant ID")), qPrintable(message->text()));
        QTRY_COMPARE(
            QApplication::focusWidget(), request->findChild<QWidget *>(QStringLiteral("param-param_tenant_id")));
        type(QStringLiteral("TEN-4242"));
        // Alt+A again: "save them and approve?" (Enter), then the approval dialog on the activation template (Enter).
        withModal([] { press(Qt::Key_A, Qt::AltModifier); },
            [](QWidget *first) {
                QVERIFY(qobject_cast<QMessageBox *>(first));
                QTest::keyClick(keyboardIn(first), Qt::Key_Return);
                QTRY_VERIFY(qobject_cast<ui::ApproveDialog *>(QApplication::activeModalWidget()));
                auto *approve = qobject_cast<ui::ApproveDialog *>(QApplication::activeModalWidget());
                QVERIFY(!approve->templateId().isEmpty());
                QVERIFY2(
                    approve->renderedText().contains(QStringLiteral("TEN-4242")), qPrintable(approve->renderedText()));
                test::screenshot(approve, QStringLiteral("keyboard-03-approve"));
                QTest::keyClick(keyboardIn(approve), Qt::Key_Return);
            });
        QTRY_COMPARE(status->text(), QStringLiteral("Approved"));
        // F5 sends it; the sandbox has it approved with the template's message.
        QSignalSpy synced(m_session.get(), &sync::AccountSession::synced);
        press(Qt::Key_F5);
        QVERIFY(synced.wait(60000));
        const QJsonObject server = m_sandbox->get(QStringLiteral("/requests/") + m_requestId).object();
        QCOMPARE(server.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
        QVERIFY(
            !server.value(QStringLiteral("template")).toObject().value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(paramValue(server, kSupportEmail), QStringLiteral("support@keyboard.example"));
        QCOMPARE(paramValue(server, QStringLiteral("param_tenant_id")), QStringLiteral("TEN-4242"));
        QVERIFY(server.value(QStringLiteral("template"))
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("TEN-4242")));
        test::screenshot(m_window.get(), QStringLiteral("keyboard-04-approved"));
    }
};

CV_TEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
