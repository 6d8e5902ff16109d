// Issue 13, points 3 and 4: the Help & Support module through its widgets, against the sandbox over loopback.
// The knowledge base opens in the system browser; "What's new" is the repository's CHANGELOG.md; a support case
// opened and replied to while Connect cannot be reached is saved at once, shown as waiting for sync, and reaches
// the server with its reply and attachment after the next sync (checked over HTTP); a file over the size limit
// is refused before anything is sent; a state change goes through the same way.
#include "app/moduletable.h"
#include "sandboxfixture.h"
#include "testmain.h"
#include "uitestsupport.h"

#include "app/accounts/accountmanager.h"
#include "app/accounts/accountregistry.h"
#include "app/accounts/keystore.h"
#include "app/core/datapaths.h"
#include "app/helpdesk/caserules.h"
#include "app/sync/accountservices.h"
#include "app/sync/accountsession.h"
#include "models/helpdesk/casesmodel.h"
#include "ui/helpdesk/casepage.h"
#include "ui/helpdesk/helpsupportpage.h"
#include "ui/helpdesk/newcasedialog.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/theme.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>

using namespace cv;
using core::ModuleId;
using models::CasesModel;

class TestHelpSupport final : public QObject
{
    Q_OBJECT

    QList<QUrl> m_opened;

public Q_SLOTS:
    /// Stands in for the system browser (QDesktopServices::setUrlHandler).
    void openUrl(const QUrl &url) { m_opened << url; }

private:
    template<typename T> static T *waitForChild(QWidget *parent, const QString &name)
    {
        T *found = nullptr;
        (void)QTest::qWaitFor([&] { return (found = parent->findChild<T *>(name)) && found->isVisible(); }, 5000);
        return found;
    }

    static int rowOfSubject(QTableView *table, const QString &subject)
    {
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->model()->index(row, CasesModel::Subject).data().toString() == subject)
                return row;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        ui::applyTheme(*qApp); // as in the running window: what fits at 1024x700 depends on it
        QDesktopServices::setUrlHandler(QStringLiteral("https"), this, "openUrl");
    }

    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(QStringLiteral("https")); }

    void caseOfflineThenSynced()
    {
        // A fixed port, so that the sandbox can go away (offline) and come back at the same address.
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        QTemporaryDir sandboxDir;
        sandbox::SandboxOptions options;
        options.port = port;
        auto sandbox = std::make_unique<test::SandboxFixture>(options, sandboxDir.path());
        QVERIFY2(sandbox->ok(), qPrintable(sandbox->error()));
        const QByteArray key = sandbox->apiKey();
        options.apiKey = QString::fromUtf8(key);

        QTemporaryDir dir;
        core::DataPaths::setRoot(dir.path());
        QNetworkAccessManager network;
        accounts::KeyStore keyStore;
        keyStore.setMemoryOnly(true);
        accounts::AccountRegistry registry(dir.filePath(QStringLiteral("accounts.json")));
        accounts::AccountManager manager(&registry, &keyStore, &network);
        bool added = false;
        manager.addAccount(sandbox->baseUrl(), key, this, [&](const accounts::AddAccountResult &r) {
            QVERIFY2(r.ok(), qPrintable(r.validation.detail));
            added = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(added, 20000);
        sync::AccountSession session(&keyStore, &network);
        session.setInterval(3600 * 1000); // syncs only when the test asks
        QSignalSpy synced(&session, &sync::AccountSession::synced);
        ui::MainWindow window(&manager, &session, moduleTable());
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), 60000);
        QVERIFY(synced.takeFirst().first().value<sync::SyncSummary>().ok);
        const auto syncNow = [&] {
            synced.clear();
            session.syncNow();
            [&] { QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), 60000); }();
            return synced.isEmpty() ? sync::SyncSummary {} : synced.first().first().value<sync::SyncSummary>();
        };

        window.showModule(ModuleId::HelpSupport);
        auto *page = qobject_cast<ui::HelpSupportPage *>(window.modulePage(ModuleId::HelpSupport));
        QVERIFY(page && page->isVisible());

        // Knowledge base: each topic opens in the system browser.
        page->tabs()->setCurrentIndex(0);
        QListWidget *links = page->knowledgeBase();
        QCOMPARE(links->count(), ui::HelpSupportPage::links().size());
        test::screenshot(&window, QStringLiteral("knowledge-base"));
        QListWidgetItem *helpdesk = links->findItems(QStringLiteral("Helpdesk"), Qt::MatchStartsWith).value(0);
        QVERIFY(helpdesk);
        QTest::mouseClick(links->viewport(), Qt::LeftButton, {}, links->visualItemRect(helpdesk).center());
        QCOMPARE(m_opened,
            QList<QUrl> { QUrl(QStringLiteral("https://connect.cloudblue.com/community/modules/helpdesk/")) });

        // What's new: the CHANGELOG.md of the repository, rendered.
        page->tabs()->setCurrentIndex(1);
        const QString changes = page->whatsNew()->toPlainText();
        QVERIFY2(changes.startsWith(QStringLiteral("Changelog")), qPrintable(changes.left(80)));
        QVERIFY(changes.contains(QStringLiteral("Unreleased")));
        QVERIFY(changes.contains(QStringLiteral("Help & Support module")));
        QVERIFY(!changes.contains(QStringLiteral("## "))); // rendered, not shown as Markdown source
        test::screenshot(&window, QStringLiteral("whats-new"));

        // Support cases: go offline, open a case with an attachment, reply.
        page->tabs()->setCurrentIndex(2);
        test::screenshot(&window, QStringLiteral("cases"));
        sandbox.reset();
        QTest::mouseClick(page->newCaseButton(), Qt::LeftButton);
        auto *dialog = waitForChild<ui::NewCaseDialog>(page, QStringLiteral("newCaseDialog"));
        QVERIFY(dialog);
        // Nothing typed: each required field says so under itself.
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("openCaseButton")), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("error-subject"))->isVisible());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("error-description"))->isVisible());
        QTest::keyClicks(dialog->subjectField(), QStringLiteral("Activation e-mails arrive late"));
        dialog->descriptionField()->setFocus();
        QTest::keyClicks(
            dialog->descriptionField(), QStringLiteral("Customers get the activation e-mail hours after approval."));
        // Tab leaves the description for the next field (it used to type a tab character into it).
        QTest::keyClick(dialog->descriptionField(), Qt::Key_Tab);
        QVERIFY(!dialog->descriptionField()->hasFocus());
        QVERIFY(!dialog->descriptionField()->toPlainText().contains(QLatin1Char('\t')));
        // Esc with text typed asks first; "Keep editing" keeps the dialog and what was typed.
        QTimer::singleShot(0, this, [] {
            QTRY_VERIFY(QApplication::activeModalWidget()
                && QApplication::activeModalWidget()->objectName() == QStringLiteral("discardCaseQuestion"));
            auto *ask = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            for (QAbstractButton *button : ask->buttons()) {
                if (ask->buttonRole(button) == QMessageBox::RejectRole)
                    button->click();
            }
        });
        dialog->reject();
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->subjectField()->text(), QStringLiteral("Activation e-mails arrive late"));
        dialog->priorityField()->setCurrentIndex(dialog->priorityField()->findData(2));
        QTemporaryDir files;
        QFile small(files.filePath(QStringLiteral("sync-log.txt")));
        QVERIFY(small.open(QIODevice::WriteOnly));
        small.write("12:00 approve PR-1\n12:01 mail queued\n");
        small.close();
        QFile big(files.filePath(QStringLiteral("full-dump.bin")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(helpdesk::rules::kMaxAttachmentBytes + 1)); // sparse: nothing is read to refuse it
        big.close();
        QVERIFY(!dialog->addAttachmentFile(big.fileName()));
        auto *attachmentError = dialog->findChild<QLabel *>(QStringLiteral("error-attachments"));
        QVERIFY(attachmentError->isVisible());
        QVERIFY2(
            attachmentError->text().contains(QStringLiteral("full-dump.bin")), qPrintable(attachmentError->text()));
        QCOMPARE(dialog->attachmentList()->count(), 0);
        QVERIFY(dialog->addAttachmentFile(small.fileName()));
        QVERIFY(!attachmentError->isVisible());
        test::screenshot(dialog, QStringLiteral("new-case"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("openCaseButton")), Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());

        ui::CasePage *casePage = page->casePage();
        QTRY_VERIFY(casePage->isVisible());
        QCOMPARE(casePage->findChild<QLabel *>(QStringLiteral("caseTitle"))->text(),
            QStringLiteral("Activation e-mails arrive late"));
        QVERIFY(casePage->findChild<QLabel *>(QStringLiteral("caseSyncState"))
                    ->text()
                    .contains(QStringLiteral("Waiting for sync")));
        QVERIFY(casePage->findChild<QLabel *>(QStringLiteral("caseAttachmentState"))
                    ->text()
                    .contains(QStringLiteral("sync-log.txt")));
        casePage->replyField()->setFocus();
        QTest::keyClicks(casePage->replyField(), QStringLiteral("It happens for every product since Monday."));
        QTest::mouseClick(casePage->findChild<QPushButton *>(QStringLiteral("sendReply")), Qt::LeftButton);
        QTRY_VERIFY(
            casePage->thread()->toPlainText().contains(QStringLiteral("It happens for every product since Monday.")));
        QVERIFY(casePage->thread()->toPlainText().contains(QStringLiteral("waiting for sync")));
        QVERIFY(casePage->replyField()->toPlainText().isEmpty());

        // A sync while Connect cannot be reached: everything stays, and says it waits.
        const sync::SyncSummary offline = syncNow();
        QVERIFY(offline.offline);
        QTRY_VERIFY(casePage->findChild<QLabel *>(QStringLiteral("caseSyncState"))
                        ->text()
                        .contains(QStringLiteral("cannot be reached")));
        test::screenshot(&window, QStringLiteral("case-offline"));
        QTest::mouseClick(casePage->findChild<QPushButton *>(QStringLiteral("backToCases")), Qt::LeftButton);
        QTableView *cases = page->casesTable();
        const int row = rowOfSubject(cases, QStringLiteral("Activation e-mails arrive late"));
        QVERIFY(row >= 0);
        QCOMPARE(cases->model()->index(row, CasesModel::Sync).data().toString(),
            QStringLiteral("Waiting for sync (offline)"));
        QCOMPARE(cases->model()->index(row, CasesModel::Priority).data().toString(), QStringLiteral("High"));
        QCOMPARE(cases->model()->index(row, CasesModel::State).data().toString(), QStringLiteral("Pending"));
        test::screenshot(&window, QStringLiteral("cases-offline"));

        // Connect is back: the case, its reply and its attachment reach it.
        sandbox = std::make_unique<test::SandboxFixture>(options, sandboxDir.path());
        QVERIFY2(sandbox->ok(), qPrintable(sandbox->error()));
        const sync::SyncSummary back = syncNow();
        QVERIFY(back.ok);
        QCOMPARE(back.pushed, 3);
        const test::HttpResponse listed = sandbox->get(QStringLiteral("/helpdesk/cases?limit=100"));
        QString caseId;
        for (const QJsonValue &kase : listed.array()) {
            if (kase.toObject().value(QStringLiteral("subject")).toString()
                == QLatin1String("Activation e-mails arrive late")) {
                QVERIFY2(caseId.isEmpty(), "the case was created twice");
                caseId = kase.toObject().value(QStringLiteral("id")).toString();
                QCOMPARE(kase.toObject().value(QStringLiteral("priority")).toInt(), 2);
                QCOMPARE(kase.toObject().value(QStringLiteral("description")).toString(),
                    QStringLiteral("Customers get the activation e-mail hours after approval."));
            }
        }
        QVERIFY(!caseId.isEmpty());
        const test::HttpResponse messages = sandbox->get(QStringLiteral("/conversations/%1/messages").arg(caseId));
        QCOMPARE(messages.status, 200);
        int replies = 0;
        for (const QJsonValue &message : messages.array())
            replies += message.toObject().value(QStringLiteral("text")).toString()
                == QLatin1String("It happens for every product since Monday.");
        QCOMPARE(replies, 1);
        const test::HttpResponse attachments
            = sandbox->get(QStringLiteral("/helpdesk/cases/%1/attachments").arg(caseId));
        QCOMPARE(attachments.status, 200);
        QCOMPARE(attachments.array().size(), 1);
        QCOMPARE(attachments.array().first().toObject().value(QStringLiteral("name")).toString(),
            QStringLiteral("sync-log.txt"));
        QCOMPARE(attachments.array().first().toObject().value(QStringLiteral("size")).toInt(), int(small.size()));

        // The table and the case follow the server id; the reply no longer waits.
        QTRY_COMPARE(cases->model()
                         ->index(rowOfSubject(cases, QStringLiteral("Activation e-mails arrive late")), CasesModel::Id)
                         .data()
                         .toString(),
            caseId);
        QVERIFY(page->openObject(caseId));
        QTRY_VERIFY(
            casePage->thread()->toPlainText().contains(QStringLiteral("It happens for every product since Monday.")));
        QVERIFY(!casePage->thread()->toPlainText().contains(QStringLiteral("waiting for sync")));
        QTRY_VERIFY2(casePage->findChild<QLabel *>(QStringLiteral("caseAttachmentState"))
                         ->text()
                         .startsWith(QStringLiteral("Attachments: sync-log.txt")),
            qPrintable(casePage->findChild<QLabel *>(QStringLiteral("caseAttachmentState"))->text()));

        // A state change: resolved here at once, on the server after the sync.
        auto *resolve = casePage->findChild<QPushButton *>(QStringLiteral("caseAction-resolve"));
        QVERIFY(resolve);
        QTest::mouseClick(resolve, Qt::LeftButton);
        QTRY_VERIFY(
            casePage->findChild<QLabel *>(QStringLiteral("caseMeta"))->text().contains(QStringLiteral("Resolved")));
        QVERIFY(casePage->findChild<QPushButton *>(QStringLiteral("caseAction-close")));
        QVERIFY(syncNow().ok);
        QCOMPARE(sandbox->get(QStringLiteral("/helpdesk/cases/") + caseId)
                     .object()
                     .value(QStringLiteral("state"))
                     .toString(),
            QStringLiteral("resolved"));
        test::screenshot(&window, QStringLiteral("case-synced"));
    }
};

CV_TEST_MAIN(TestHelpSupport)
#include "tst_helpsupport.moc"
