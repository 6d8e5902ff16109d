// The product pages Items, Parameters (+ Capabilities) and UI (Service, Templates, Actions), driven as a
// vendor would in the lab, against a real cache (CacheDatabase + ObjectRepository + Outbox on temp files).
#include "testmain.h"
#include "uitestsupport.h"

#include "app/inventory/producteditor.h"
#include "app/store/cachedatabase.h"
#include "app/store/objectrepository.h"
#include "app/store/outbox.h"
#include "ui/inventory/productpages/actiondialog.h"
#include "ui/inventory/productpages/actionstab.h"
#include "ui/inventory/productpages/capabilitiespage.h"
#include "ui/inventory/productpages/choiceseditor.h"
#include "ui/inventory/productpages/itemdialog.h"
#include "ui/inventory/productpages/itemspage.h"
#include "ui/inventory/productpages/linklisteditor.h"
#include "ui/inventory/productpages/parameterdialog.h"
#include "ui/inventory/productpages/parameterspage.h"
#include "ui/inventory/productpages/previewwebview.h"
#include "ui/inventory/productpages/servicetab.h"
#include "ui/inventory/productpages/templatestab.h"
#include "ui/inventory/productpages/uipage.h"
#include "ui/inventory/productpages/undoshortcuts.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QWebEnginePage>
#include <QWebEngineView>

using namespace cv;

namespace {

QStringList column(
    const store::ObjectRepository &objects, const QString &collection, const QString &productId, const char *key)
{
    QStringList values;
    for (const store::CachedObject &o : objects.list(collection, productId))
        values << o.json.value(QLatin1String(key)).toString();
    values.sort();
    return values;
}

int rowWith(QAbstractItemModel *model, int col, const QString &text)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, col).data().toString() == text)
            return row;
    }
    return -1;
}

void selectData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    combo->setCurrentIndex(index);
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

/// keyClicks that also types line breaks (QTest's ASCII table has no '\n').
void typeText(QWidget *widget, const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(widget, Qt::Key_Return);
        QTest::keyClicks(widget, lines.at(i));
    }
}

} // namespace

class TestInventoryPages final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::CacheDatabase> m_db;
    std::unique_ptr<store::ObjectRepository> m_objects;
    std::unique_ptr<store::Outbox> m_outbox;
    std::unique_ptr<inventory::ProductEditor> m_editor;
    QString m_productId;
    QUndoStack m_undo;
    QString m_activationBody;

    template<typename Dialog> Dialog *openedDialog(QWidget *page)
    {
        Dialog *dialog = nullptr;
        (void)QTest::qWaitFor(
            [&] {
                dialog = page->findChild<Dialog *>();
                return dialog && dialog->isVisible();
            },
            2000);
        return dialog;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto opened = store::CacheDatabase::open(m_dir.filePath(QStringLiteral("cache.sqlite")));
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error()));
        m_db = std::move(opened).value();
        m_objects = std::make_unique<store::ObjectRepository>(*m_db);
        m_outbox = std::make_unique<store::Outbox>(*m_db);
        m_editor = std::make_unique<inventory::ProductEditor>(*m_db, *m_objects, *m_outbox);
        auto created = m_editor->createProduct(QStringLiteral("Connect Web Conference Software"));
        QVERIFY(created);
        m_productId = created.value().id;
        QCOMPARE(column(*m_objects, QStringLiteral("items"), m_productId, "mpn").size(), 2);
    }

    void newItemWizard()
    {
        ui::ItemsPage page(*m_editor, *m_objects, m_productId, &m_undo);
        QAbstractItemModelTester tester(page.table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(960, 560);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.table()->model()->rowCount(), 2);
        cv::test::screenshot(&page, QStringLiteral("items"));

        QTest::mouseClick(page.newItemButton(), Qt::LeftButton);
        auto *dialog = openedDialog<ui::ItemDialog>(&page);
        QVERIFY(dialog);
        QVERIFY(!dialog->nextButton()->isEnabled()); // name and MPN missing
        cv::test::screenshot(dialog, QStringLiteral("item-wizard-empty"));
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("SKU Users"));
        QTest::keyClicks(dialog->mpnEdit(), QStringLiteral("SKU-A")); // the example item's MPN
        QVERIFY2(dialog->messageFor(QStringLiteral("mpn")).contains(QStringLiteral("same mpn")),
            qPrintable(dialog->shownMessages().join(QLatin1Char('|'))));
        QVERIFY(!dialog->nextButton()->isEnabled());
        cv::test::screenshot(dialog, QStringLiteral("item-wizard-duplicate-mpn"));
        typeInto(dialog->mpnEdit(), QStringLiteral("MPN-246-USERS"));
        QVERIFY(dialog->messageFor(QStringLiteral("mpn")).isEmpty());
        QVERIFY(dialog->nextButton()->isEnabled());
        QTest::mouseClick(dialog->nextButton(), Qt::LeftButton);
        QCOMPARE(dialog->currentStep(), 1);

        // Pay-as-you-go must be monthly.
        selectData(dialog->typeCombo(), QStringLiteral("ppu"));
        selectData(dialog->periodCombo(), QStringLiteral("yearly"));
        QVERIFY2(dialog->messageFor(QStringLiteral("period")).contains(QStringLiteral("monthly")),
            qPrintable(dialog->shownMessages().join(QLatin1Char('|'))));
        QVERIFY(!dialog->finishButton()->isEnabled());
        cv::test::screenshot(dialog, QStringLiteral("item-wizard-ppu-yearly"));

        // A one-year commitment is fine monthly, not for a one-time item.
        selectData(dialog->typeCombo(), QStringLiteral("reservation"));
        selectData(dialog->periodCombo(), QStringLiteral("monthly"));
        QVERIFY(dialog->commitmentCombo()->isEnabled());
        selectData(dialog->commitmentCombo(), 12);
        QVERIFY(dialog->finishButton()->isEnabled());
        selectData(dialog->periodCombo(), QStringLiteral("onetime"));
        QVERIFY2(!dialog->messageFor(QStringLiteral("commitment")).isEmpty(),
            qPrintable(dialog->shownMessages().join(QLatin1Char('|'))));
        QVERIFY(!dialog->finishButton()->isEnabled());
        cv::test::screenshot(dialog, QStringLiteral("item-wizard-commitment"));
        selectData(dialog->commitmentCombo(), 1);
        selectData(dialog->periodCombo(), QStringLiteral("monthly"));

        // The lab's item: reservation, monthly, users.
        selectData(dialog->unitCombo(), QStringLiteral("users"));
        QCOMPARE(dialog->precisionCombo()->currentData().toString(), QStringLiteral("integer"));
        QVERIFY(dialog->shownMessages().isEmpty());
        QVERIFY(dialog->finishButton()->isEnabled());
        cv::test::screenshot(dialog, QStringLiteral("item-wizard-step2"));
        QTest::mouseClick(dialog->finishButton(), Qt::LeftButton);
        QTRY_VERIFY(!page.findChild<ui::ItemDialog *>());
        QCOMPARE(page.table()->model()->rowCount(), 3);

        const auto items = m_objects->list(QStringLiteral("items"), m_productId);
        const auto users = std::find_if(items.begin(), items.end(), [](const store::CachedObject &o) {
            return o.json.value(QStringLiteral("mpn")) == QStringLiteral("MPN-246-USERS");
        });
        QVERIFY(users != items.end());
        QCOMPARE(users->json.value(QStringLiteral("name")).toString(), QStringLiteral("SKU Users"));
        QCOMPARE(users->json.value(QStringLiteral("type")).toString(), QStringLiteral("reservation"));
        QCOMPARE(users->json.value(QStringLiteral("period")).toString(), QStringLiteral("monthly"));
        QCOMPARE(users->json.value(QStringLiteral("unit")).toObject().value(QStringLiteral("id")).toString(),
            QStringLiteral("users"));
    }

    void deleteExampleItems()
    {
        ui::ItemsPage page(*m_editor, *m_objects, m_productId, &m_undo);
        page.resize(960, 560);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        for (const QString &mpn : { QStringLiteral("SKU-A"), QStringLiteral("SKU-B") }) {
            const int row = rowWith(page.table()->model(), 1, mpn);
            QVERIFY(row >= 0);
            const QRect rect = page.table()->visualRect(page.table()->model()->index(row, 0));
            QTest::mouseClick(page.table()->viewport(), Qt::LeftButton, {}, rect.center());
            QTest::mouseDClick(page.table()->viewport(), Qt::LeftButton, {}, rect.center());
            auto *dialog = openedDialog<ui::ItemDialog>(&page);
            QVERIFY(dialog);
            QVERIFY(dialog->deleteButton());
            QCOMPARE(dialog->deleteButton()->text(), QStringLiteral("Delete item"));
            if (mpn == QLatin1String("SKU-A"))
                cv::test::screenshot(dialog, QStringLiteral("item-edit"));
            QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
            QTRY_VERIFY(!page.findChild<ui::ItemDialog *>());
        }
        QCOMPARE(column(*m_objects, QStringLiteral("items"), m_productId, "mpn"),
            QStringList { QStringLiteral("MPN-246-USERS") });

        // Ctrl+Z brings the last deleted item back, Ctrl+Shift+Z deletes it again.
        ui::installUndoShortcuts(&page, &m_undo);
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.table()->setFocus();
        QTest::keyClick(page.table(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(column(*m_objects, QStringLiteral("items"), m_productId, "mpn"),
            (QStringList { QStringLiteral("MPN-246-USERS"), QStringLiteral("SKU-B") }));
        QCOMPARE(page.table()->model()->rowCount(), 2);
        QTest::keyClick(page.table(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(column(*m_objects, QStringLiteral("items"), m_productId, "mpn"),
            QStringList { QStringLiteral("MPN-246-USERS") });
        QCOMPARE(page.table()->model()->rowCount(), 1);

        // A published item: only name, MPN and description editable; it cannot be deleted.
        const QJsonObject published { { QStringLiteral("id"), QStringLiteral("PRD-000-000-000-0009") },
            { QStringLiteral("name"), QStringLiteral("Old SKU") }, { QStringLiteral("mpn"), QStringLiteral("OLD-1") },
            { QStringLiteral("type"), QStringLiteral("reservation") },
            { QStringLiteral("period"), QStringLiteral("monthly") },
            { QStringLiteral("precision"), QStringLiteral("integer") },
            { QStringLiteral("status"), QStringLiteral("published") },
            { QStringLiteral("unit"), QJsonObject { { QStringLiteral("id"), QStringLiteral("users") } } } };
        QVERIFY(m_objects->putServer(QStringLiteral("items"), m_productId, published));
        page.reload();
        auto *dialog = page.openEditDialog(rowWith(page.table()->model(), 1, QStringLiteral("OLD-1")));
        QVERIFY(dialog);
        QVERIFY(dialog->nameEdit()->isEnabled());
        QVERIFY(!dialog->typeCombo()->isEnabled());
        QVERIFY(dialog->typeCombo()->toolTip().contains(QStringLiteral("published")));
        cv::test::screenshot(dialog, QStringLiteral("item-edit-published"));
        QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY2(
            dialog->shownMessages().join(QLatin1Char('\n')).contains(QStringLiteral("Only draft Item can be deleted.")),
            qPrintable(dialog->shownMessages().join(QLatin1Char('|'))));
        dialog->reject();
        QVERIFY(m_objects->remove(QStringLiteral("items"), QStringLiteral("PRD-000-000-000-0009")));
    }

    void addParameterWizard()
    {
        ui::ParametersPage page(*m_editor, *m_objects, m_productId, &m_undo);
        QAbstractItemModelTester tester(page.table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(960, 560);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.table()->model()->rowCount(), 2);
        cv::test::screenshot(&page, QStringLiteral("parameters"));

        QTest::mouseClick(page.addButton(), Qt::LeftButton);
        auto *dialog = openedDialog<ui::ParameterDialog>(&page);
        QVERIFY(dialog);
        QCOMPARE(dialog->idEdit()->text(), QStringLiteral("param_"));
        QVERIFY(!dialog->nextButton()->isEnabled());
        dialog->idEdit()->end(false);
        QTest::keyClicks(dialog->idEdit(), QStringLiteral("admin email"));
        QVERIFY2(!dialog->messageFor(QStringLiteral("name")).isEmpty(),
            qPrintable(dialog->shownMessages().join(QLatin1Char('|'))));
        QTest::keyClicks(dialog->titleEdit(), QStringLiteral("Administrator email"));
        QVERIFY(!dialog->nextButton()->isEnabled());
        cv::test::screenshot(dialog, QStringLiteral("parameter-wizard-bad-id"));
        typeInto(dialog->idEdit(), QStringLiteral("param_admin_email"));
        QVERIFY(dialog->messageFor(QStringLiteral("name")).isEmpty());
        QTest::keyClicks(dialog->descriptionEdit(), QStringLiteral("The email of the account's first administrator."));
        selectData(dialog->phaseCombo(), QStringLiteral("ordering"));
        selectData(dialog->scopeCombo(), QStringLiteral("asset"));
        QVERIFY(dialog->nextButton()->isEnabled());
        cv::test::screenshot(dialog, QStringLiteral("parameter-wizard-step1"));
        QTest::mouseClick(dialog->nextButton(), Qt::LeftButton);
        selectData(dialog->typeCombo(), QStringLiteral("text"));
        QVERIFY(!dialog->choicesEditor()->isVisible());
        dialog->requiredCheck()->click();
        QVERIFY(dialog->finishButton()->isEnabled());
        cv::test::screenshot(dialog, QStringLiteral("parameter-wizard-step2"));
        QTest::mouseClick(dialog->finishButton(), Qt::LeftButton);
        QTRY_VERIFY(!page.findChild<ui::ParameterDialog *>());
        QCOMPARE(page.table()->model()->rowCount(), 3);

        // A drop-down needs choices.
        QTest::mouseClick(page.addButton(), Qt::LeftButton);
        dialog = openedDialog<ui::ParameterDialog>(&page);
        QVERIFY(dialog);
        dialog->idEdit()->end(false);
        QTest::keyClicks(dialog->idEdit(), QStringLiteral("plan"));
        QTest::keyClicks(dialog->titleEdit(), QStringLiteral("Plan"));
        QTest::mouseClick(dialog->nextButton(), Qt::LeftButton);
        selectData(dialog->typeCombo(), QStringLiteral("dropdown"));
        QVERIFY(dialog->choicesEditor()->isVisible());
        QVERIFY2(!dialog->messageFor(QStringLiteral("constraints.choices")).isEmpty(),
            qPrintable(dialog->shownMessages().join(QLatin1Char('|'))));
        QVERIFY(!dialog->finishButton()->isEnabled());
        cv::test::screenshot(dialog, QStringLiteral("parameter-wizard-dropdown"));
        dialog->choicesEditor()->addChoice(QStringLiteral("Basic"), QStringLiteral("basic"));
        QVERIFY(dialog->messageFor(QStringLiteral("constraints.choices")).isEmpty());
        QVERIFY(dialog->finishButton()->isEnabled());
        cv::test::screenshot(dialog, QStringLiteral("parameter-wizard-dropdown-choice"));
        dialog->reject(); // not part of the lab's product
        QTRY_VERIFY(!page.findChild<ui::ParameterDialog *>());

        // Delete the two examples through their edit dialogs.
        for (const QString &name : { QStringLiteral("param_a"), QStringLiteral("param_b") }) {
            const int row = rowWith(page.table()->model(), 0, name);
            QVERIFY(row >= 0);
            const QRect rect = page.table()->visualRect(page.table()->model()->index(row, 1));
            QTest::mouseClick(page.table()->viewport(), Qt::LeftButton, {}, rect.center());
            QTest::mouseDClick(page.table()->viewport(), Qt::LeftButton, {}, rect.center());
            dialog = openedDialog<ui::ParameterDialog>(&page);
            QVERIFY(dialog);
            QVERIFY(!dialog->typeCombo()->isEnabled());
            // Why they are greyed is said in the dialog, not only in a tooltip.
            const auto notes = dialog->findChildren<QLabel *>(QStringLiteral("fixedFieldsNote"));
            QVERIFY(!notes.isEmpty());
            QVERIFY(std::any_of(notes.cbegin(), notes.cend(), [](QLabel *note) { return note->isVisible(); }));
            QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
            QTRY_VERIFY(!page.findChild<ui::ParameterDialog *>());
        }
        QCOMPARE(column(*m_objects, QStringLiteral("parameters"), m_productId, "name"),
            QStringList { QStringLiteral("param_admin_email") });
        const auto parameter = m_objects->list(QStringLiteral("parameters"), m_productId).value(0).json;
        QCOMPARE(parameter.value(QStringLiteral("type")).toString(), QStringLiteral("text"));
        QCOMPARE(parameter.value(QStringLiteral("phase")).toString(), QStringLiteral("ordering"));
        QCOMPARE(parameter.value(QStringLiteral("scope")).toString(), QStringLiteral("asset"));
        QVERIFY(parameter.value(QStringLiteral("constraints")).toObject().value(QStringLiteral("required")).toBool());
        cv::test::screenshot(&page, QStringLiteral("parameters-after"));
    }

    void capabilities()
    {
        ui::ParametersPage page(*m_editor, *m_objects, m_productId, &m_undo);
        page.resize(960, 700);
        page.tabs()->setCurrentIndex(1);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        ui::CapabilitiesPage *caps = page.capabilities();
        QVERIFY(!caps->suspendResume()->isChecked());
        caps->suspendResume()->click();
        selectData(caps->tierLevel(), 2);
        const auto product = m_objects->get(QStringLiteral("products"), m_productId);
        QVERIFY(product);
        QVERIFY(product->json.value(QStringLiteral("configurations"))
                    .toObject()
                    .value(QStringLiteral("suspend_resume_supported"))
                    .toBool());
        QCOMPARE(product->json.value(QStringLiteral("capabilities"))
                     .toObject()
                     .value(QStringLiteral("tiers"))
                     .toObject()
                     .value(QStringLiteral("configs"))
                     .toObject()
                     .value(QStringLiteral("level"))
                     .toInt(),
            2);
        cv::test::screenshot(&page, QStringLiteral("capabilities"));
        // Undo the tier level: back to disabled, in the cache and on screen.
        m_undo.undo();
        QCOMPARE(caps->tierLevel()->currentData().toInt(), 0);
        QVERIFY(caps->suspendResume()->isChecked());
    }

    void serviceTab()
    {
        ui::UiPage page(*m_editor, *m_objects, m_productId, &m_undo);
        page.resize(1000, 720);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        ui::ServiceTab *service = page.service();
        QTest::keyClicks(service->descriptionEdit(), QStringLiteral("Video meetings for teams of any size."));
        service->gettingStartedEdit()->setFocus();
        QTest::keyClicks(service->gettingStartedEdit(), QStringLiteral("Sign in with your administrator email."));
        service->documents()->addLink(QStringLiteral("User guide"), QStringLiteral("https://example.com/guide"));
        service->downloadLinks()->addLink(
            QStringLiteral("Windows client"), QStringLiteral("https://example.com/win.msi"));
        const auto settings = [this] {
            return m_objects->get(QStringLiteral("products"), m_productId)
                ->json.value(QStringLiteral("customer_ui_settings"))
                .toObject();
        };
        QTRY_COMPARE(settings().value(QStringLiteral("description")).toString(),
            QStringLiteral("Video meetings for teams of any size."));
        QCOMPARE(settings().value(QStringLiteral("documents")).toArray().size(), 1);
        QCOMPARE(settings()
                     .value(QStringLiteral("download_links"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("title"))
                     .toString(),
            QStringLiteral("Windows client"));
        cv::test::screenshot(&page, QStringLiteral("ui-service"));
    }

    void templatesTab()
    {
        ui::UiPage page(*m_editor, *m_objects, m_productId, &m_undo);
        page.resize(1100, 760);
        page.tabs()->setCurrentWidget(page.templates());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        ui::TemplatesTab *tab = page.templates();

        // The default templates exist: activation per scope and the inquire one; defaults cannot be deleted.
        QCOMPARE(m_objects->count(QStringLiteral("templates"), m_productId), 4);
        QVERIFY(!tab->currentTemplateId().isEmpty());
        const auto current = m_objects->get(QStringLiteral("templates"), tab->currentTemplateId());
        QCOMPARE(current->json.value(QStringLiteral("name")).toString(), QStringLiteral("Default Activation Template"));
        QCOMPARE(current->json.value(QStringLiteral("scope")).toString(), QStringLiteral("asset"));
        QVERIFY(!tab->deleteButton()->isEnabled());
        // The example parameters were deleted: the default body now refers to unknown ids.
        QVERIFY(tab->lintLabel()->text().contains(QStringLiteral("Unknown parameter: param_a")));

        // Rewrite the body and insert the parameter with the button.
        tab->bodyEdit()->setFocus();
        tab->bodyEdit()->selectAll();
        QTest::keyClick(tab->bodyEdit(), Qt::Key_Delete);
        typeText(tab->bodyEdit(), QStringLiteral("# Welcome\n\nYour administrator is **"));
        QVERIFY(cv::test::withPopupMenu(tab->insertButton(),
            [](QMenu *menu) { QVERIFY(cv::test::clickMenuAction(menu, QStringLiteral("param_admin_email"))); }));
        QTest::keyClicks(tab->bodyEdit(), QStringLiteral("**."));
        m_activationBody = QStringLiteral("# Welcome\n\nYour administrator is **{{ param_admin_email }}**.");
        QCOMPARE(tab->bodyEdit()->toPlainText(), m_activationBody);
        QVERIFY2(tab->lintLabel()->text().contains(QStringLiteral("Every parameter is known")),
            qPrintable(tab->lintLabel()->text()));
        tab->flush();
        QCOMPARE(m_objects->get(QStringLiteral("templates"), tab->currentTemplateId())
                     ->json.value(QStringLiteral("body"))
                     .toString(),
            m_activationBody);

        // The completer offers the product's parameters after "{{".
        typeText(tab->bodyEdit(), QStringLiteral("\n{{ param_adm"));
        QCOMPARE(tab->completer()->completionPrefix(), QStringLiteral("param_adm"));
        QCOMPARE(tab->completer()->currentCompletion(), QStringLiteral("param_admin_email"));
        tab->completer()->popup()->hide();

        // An unknown id is flagged.
        QTest::keyClicks(tab->bodyEdit(), QStringLiteral("in }} {{ param_nope }}"));
        QVERIFY2(tab->lintLabel()->text().contains(QStringLiteral("Unknown parameter: param_nope")),
            qPrintable(tab->lintLabel()->text()));
        cv::test::screenshot(&page, QStringLiteral("ui-templates-lint"));
        tab->flush();
        const QString withNope = tab->bodyEdit()->toPlainText();

        // Undo and redo of the template edit, through the editor and the cache.
        m_undo.undo();
        QCOMPARE(tab->bodyEdit()->toPlainText(), m_activationBody);
        QCOMPARE(m_objects->get(QStringLiteral("templates"), tab->currentTemplateId())
                     ->json.value(QStringLiteral("body"))
                     .toString(),
            m_activationBody);
        m_undo.redo();
        QCOMPARE(tab->bodyEdit()->toPlainText(), withNope);
        m_undo.undo();
        QCOMPARE(tab->bodyEdit()->toPlainText(), m_activationBody);
        QVERIFY(tab->lintLabel()->text().contains(QStringLiteral("Every parameter is known")));

        // Preview: the parameter's title in angle brackets, escaped; the variables used are listed.
        const auto pageHtml = [tab] {
            QString html;
            bool got = false;
            tab->previewView()->page()->toHtml([&](const QString &result) {
                html = result;
                got = true;
            });
            (void)QTest::qWaitFor([&] { return got; }, 10000);
            return html;
        };
        QTest::mouseClick(tab->previewButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            pageHtml().contains(QStringLiteral("<strong>&lt;Administrator email&gt;</strong>")), 20000);
        QVERIFY(!pageHtml().contains(QStringLiteral("param_nope")));
        // The button also opens the preview in a window of its own, as the lab's "Preview ... click close".
        auto *window = tab->findChild<QDialog *>(QStringLiteral("templatePreviewWindow"));
        QVERIFY(window);
        QTRY_VERIFY(window->isVisible());
        QString windowHtml;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                bool got = false;
                window->findChild<QWebEngineView *>()->page()->toHtml([&](const QString &result) {
                    windowHtml = result;
                    got = true;
                });
                (void)QTest::qWaitFor([&] { return got; }, 5000);
                return windowHtml.contains(QStringLiteral("<strong>&lt;Administrator email&gt;</strong>"));
            }(),
            20000);
        cv::test::screenshot(window, QStringLiteral("ui-templates-preview-window"));
        window->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close)->click();
        QTRY_VERIFY(!window->isVisible());
        QVERIFY(tab->variablesLabel()->text().contains(QStringLiteral("param_admin_email")));
        cv::test::screenshot(&page, QStringLiteral("ui-templates-preview"));

        // A new template can be created and deleted; the count is back to the four defaults.
        QTest::mouseClick(tab->newButton(), Qt::LeftButton);
        QCOMPARE(m_objects->count(QStringLiteral("templates"), m_productId), 5);
        QVERIFY(tab->deleteButton()->isEnabled());
        QTest::mouseClick(tab->deleteButton(), Qt::LeftButton);
        QCOMPARE(m_objects->count(QStringLiteral("templates"), m_productId), 4);
    }

    void actionsTab()
    {
        ui::UiPage page(*m_editor, *m_objects, m_productId, &m_undo);
        page.resize(1000, 700);
        page.tabs()->setCurrentWidget(page.actions());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        ui::ActionsTab *tab = page.actions();
        QAbstractItemModelTester tester(tab->table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        QTest::mouseClick(tab->addButton(), Qt::LeftButton);
        auto *dialog = openedDialog<ui::ActionDialog>(tab);
        QVERIFY(dialog);
        QVERIFY(!dialog->finishButton()->isEnabled());
        // The disabled Add says why (the walk found it silent until Description was typed).
        auto *needed = dialog->findChild<QLabel *>(QStringLiteral("stillNeeded"));
        QVERIFY(needed);
        QVERIFY(needed->isVisible());
        QVERIFY2(needed->text().contains(QStringLiteral("Description")), qPrintable(needed->text()));
        QTest::keyClicks(dialog->idEdit(), QStringLiteral("sso_login"));
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Open admin panel"));
        QVERIFY(!dialog->finishButton()->isEnabled());
        QCOMPARE(needed->text(), QStringLiteral("Still needed: Description"));
        QTest::keyClicks(
            dialog->descriptionEdit(), QStringLiteral("Signs the administrator in to the conference service."));
        QVERIFY2(dialog->finishButton()->isEnabled(), qPrintable(dialog->shownMessages().join(QLatin1Char('|'))));
        QVERIFY(!needed->isVisible());
        cv::test::screenshot(dialog, QStringLiteral("action-dialog"));
        QTest::mouseClick(dialog->finishButton(), Qt::LeftButton);
        QTRY_VERIFY(!tab->findChild<ui::ActionDialog *>());
        QCOMPARE(tab->table()->model()->rowCount(), 1);
        QCOMPARE(column(*m_objects, QStringLiteral("actions"), m_productId, "action"),
            QStringList { QStringLiteral("sso_login") });

        // Edit (double click) and undo.
        const QRect rect = tab->table()->visualRect(tab->table()->model()->index(0, 1));
        QTest::mouseClick(tab->table()->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(tab->table()->viewport(), Qt::LeftButton, {}, rect.center());
        dialog = openedDialog<ui::ActionDialog>(tab);
        QVERIFY(dialog);
        QCOMPARE(dialog->idEdit()->text(), QStringLiteral("sso_login"));
        typeInto(dialog->nameEdit(), QStringLiteral("Admin panel"));
        QTest::mouseClick(dialog->finishButton(), Qt::LeftButton);
        QTRY_VERIFY(!tab->findChild<ui::ActionDialog *>());
        QCOMPARE(column(*m_objects, QStringLiteral("actions"), m_productId, "name"),
            QStringList { QStringLiteral("Admin panel") });
        m_undo.undo();
        QCOMPARE(column(*m_objects, QStringLiteral("actions"), m_productId, "name"),
            QStringList { QStringLiteral("Open admin panel") });
        QCOMPARE(tab->table()->model()->index(0, 1).data().toString(), QStringLiteral("Open admin panel"));

        // Delete, then walk the stack: a re-created object gets a new id that older commands follow.
        tab->table()->selectRow(0);
        QTest::mouseClick(tab->findChild<QPushButton *>(QStringLiteral("deleteActionButton")), Qt::LeftButton);
        QCOMPARE(tab->table()->model()->rowCount(), 0);
        const auto actionCount = [this] { return m_objects->count(QStringLiteral("actions"), m_productId); };
        m_undo.undo(); // the delete
        QCOMPARE(actionCount(), 1);
        m_undo.undo(); // the create
        QCOMPARE(actionCount(), 0);
        m_undo.redo();
        QCOMPARE(actionCount(), 1);
        m_undo.redo();
        QCOMPARE(actionCount(), 0);
        m_undo.undo();
        QCOMPARE(actionCount(), 1);
        QCOMPARE(tab->table()->model()->rowCount(), 1);

        // The secret: masked, not copyable while unknown, regenerate goes to the outbox.
        QCOMPARE(tab->secretLabel()->text(), QStringLiteral("••••••"));
        QVERIFY(!tab->copyButton()->isEnabled());
        QTest::mouseClick(tab->regenerateButton(), Qt::LeftButton);
        QVERIFY(tab->secretNote()->text().contains(QStringLiteral("next sync")));
        tab->setKnownSecret(QStringLiteral("s3cret"));
        QCOMPARE(tab->secretLabel()->text(), QStringLiteral("••••••"));
        QVERIFY(tab->copyButton()->isEnabled());

        QTest::keyClicks(tab->urlEdit(), QStringLiteral("https://example.com/sso"));
        tab->flush();
        QCOMPARE(m_objects->get(QStringLiteral("products"), m_productId)
                     ->json.value(QStringLiteral("customer_ui_settings"))
                     .toObject()
                     .value(QStringLiteral("action"))
                     .toObject()
                     .value(QStringLiteral("url"))
                     .toString(),
            QStringLiteral("https://example.com/sso"));
        cv::test::screenshot(&page, QStringLiteral("ui-actions"));
    }

    void finalState()
    {
        QCOMPARE(column(*m_objects, QStringLiteral("items"), m_productId, "mpn"),
            QStringList { QStringLiteral("MPN-246-USERS") });
        QCOMPARE(column(*m_objects, QStringLiteral("parameters"), m_productId, "name"),
            QStringList { QStringLiteral("param_admin_email") });
        QCOMPARE(column(*m_objects, QStringLiteral("actions"), m_productId, "action"),
            QStringList { QStringLiteral("sso_login") });
        QCOMPARE(m_objects->count(QStringLiteral("templates"), m_productId), 4);
        bool activationFound = false;
        for (const store::CachedObject &t : m_objects->list(QStringLiteral("templates"), m_productId)) {
            if (t.json.value(QStringLiteral("scope")) == QStringLiteral("asset")
                && t.json.value(QStringLiteral("type")) == QStringLiteral("fulfillment")) {
                QCOMPARE(t.json.value(QStringLiteral("body")).toString(), m_activationBody);
                activationFound = true;
            }
        }
        QVERIFY(activationFound);

        // The outbox holds what sync has to send.
        QStringList entries;
        for (const store::OutboxEntry &e : m_outbox->pending())
            entries << QStringLiteral("%1 %2 %3 %4").arg(e.operation, e.collection, e.naturalKey, e.action);
        const QString all = entries.join(QLatin1Char('\n'));
        const auto has = [&all](const QString &needle) { return all.contains(needle); };
        QVERIFY2(has(QStringLiteral("create items MPN-246-USERS")), qPrintable(all));
        QVERIFY2(has(QStringLiteral("create parameters param_admin_email")), qPrintable(all));
        QVERIFY2(has(QStringLiteral("create actions sso_login")), qPrintable(all));
        QVERIFY2(all.contains(QRegularExpression(QStringLiteral("update templates"))), qPrintable(all));
        QVERIFY2(has(QStringLiteral("regeneratesecret")) || has(QStringLiteral("action products")), qPrintable(all));
    }
};

CV_TEST_MAIN(TestInventoryPages)
#include "tst_inventorypages.moc"
