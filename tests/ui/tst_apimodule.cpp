// The API module (issue 13 point 2, and point 4 for its pages) through its widgets, in the real window, against
// the in-process sandbox over loopback: the General page; tokens listed, searched and filtered; "Generate token"
// shows the secret once and afterwards no file under the data, config or log folders (nor any log message)
// holds it; deactivate / activate / delete with "waiting for sync" and the server's state after the sync; a
// refusal shown on its row. Webhooks: the four steps (problems written under their fields), created on sync
// with the secret the wizard showed; "Send test" delivered to a listener started here whose Bearer JWT is
// checked here with QMessageAuthenticationCode; the verifier accepts the received call and refuses it with one
// byte changed. A validation error of Connect shown under the field it names, and a 403 on its row.
// Screenshots with CV_SCREENSHOT_DIR.
#include "app/moduletable.h"
#include "sandboxfixture.h"
#include "testmain.h"
#include "uitestsupport.h"
#include "unpluggablenetwork.h"

#include "app/accounts/accountmanager.h"
#include "app/accounts/accountregistry.h"
#include "app/accounts/keystore.h"
#include "app/core/datapaths.h"
#include "app/store/localchanges.h"
#include "app/store/objectrepository.h"
#include "app/sync/accountservices.h"
#include "app/sync/accountsession.h"
#include "models/apimodule/integrationmodels.h"
#include "ui/apimodule/apipage.h"
#include "ui/apimodule/tokendialog.h"
#include "ui/apimodule/tokensview.h"
#include "ui/apimodule/verifierview.h"
#include "ui/apimodule/webhooksview.h"
#include "ui/apimodule/webhookwizard.h"
#include "ui/shell/mainwindow.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageAuthenticationCode>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTextBrowser>

using namespace cv;
using test::SandboxFixture;

namespace {

QStringList g_messages; ///< every log message of this process, to look for secrets in
QtMessageHandler g_previous = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_messages << message;
    if (g_previous)
        g_previous(type, context, message);
}

using Network = test::UnpluggableNetwork;

/// A webhook handler on loopback: records each call (raw request) and answers 200 {"ok": true}.
class HookListener final : public QTcpServer
{
public:
    HookListener()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    buffer->append(socket->readAll());
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    qsizetype length = 0;
                    for (const QByteArray &line : buffer->left(end).split('\n')) {
                        if (line.toLower().startsWith("content-length:"))
                            length = line.mid(15).trimmed().toLongLong();
                    }
                    if (buffer->size() < end + 4 + length)
                        return;
                    requests << *buffer;
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 12\r\n"
                                  "Connection: close\r\n\r\n{\"ok\": true}");
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QList<QByteArray> requests;
};

QByteArray headerOf(const QByteArray &request, const QByteArray &name)
{
    for (const QByteArray &line : request.left(request.indexOf("\r\n\r\n")).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

/// The test's own HS256 check (independent of the app's verifier and of the sandbox's signer).
bool signedWith(const QByteArray &jwt, const QByteArray &secret)
{
    const QList<QByteArray> parts = jwt.split('.');
    if (parts.size() != 3)
        return false;
    const QByteArray mac
        = QMessageAuthenticationCode::hash(parts[0] + '.' + parts[1], secret, QCryptographicHash::Sha256);
    return mac.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) == parts[2];
}

/// Files under `dirs` whose bytes contain `needle`.
QStringList filesContaining(const QStringList &dirs, const QByteArray &needle)
{
    QStringList found;
    for (const QString &dir : dirs) {
        QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
                found << file.fileName();
        }
    }
    return found;
}

/// Part `index` of "SU-xxx:secret" (0: the token id, 1: the secret).
QByteArray keyPart(const QByteArray &key, int index)
{
    return key.split(':').value(index);
}

/// Answers the next modal message box by clicking its button `buttonName`.
void answerNextMessageBox(QObject *context, const QString &buttonName)
{
    QTimer::singleShot(0, context, [buttonName] {
        (void)QTest::qWaitFor([] { return qobject_cast<QMessageBox *>(QApplication::activeModalWidget()); }, 5000);
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        if (auto *button = box->findChild<QPushButton *>(buttonName))
            button->click();
        else
            box->reject();
    });
}

} // namespace

class TestApiModule final : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_sandbox;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    accounts::KeyStore m_keyStore;
    std::unique_ptr<accounts::AccountRegistry> m_registry;
    std::unique_ptr<accounts::AccountManager> m_manager;
    std::unique_ptr<sync::AccountSession> m_session;
    std::unique_ptr<ui::MainWindow> m_window;
    HookListener m_listener;
    std::unique_ptr<Network> m_net;
    QString m_productId;
    QByteArray m_tokenSecret; ///< the generated token's secret, as the user copied it (memory only)
    QString m_tokenId;
    QString m_webhookSecret; ///< the secret the wizard showed
    QString m_webhookId;
    QByteArray m_delivery; ///< the test call the listener received

    ui::ApiPage *page() const { return qobject_cast<ui::ApiPage *>(m_window->modulePage(core::ModuleId::Api)); }
    ui::TokensView *tokens() const { return page()->tokensView(); }
    ui::WebhooksView *webhooks() const { return page()->webhooksView(); }

    bool syncAndWait(bool mustSucceed = true)
    {
        QSignalSpy synced(m_session.get(), &sync::AccountSession::synced);
        m_session->syncNow();
        if (!synced.wait(60000))
            return false;
        const auto summary = synced.last().first().value<sync::SyncSummary>();
        if (mustSucceed && !summary.ok)
            qWarning().noquote() << "sync failed:" << summary.error.summary() << "push failed" << summary.pushFailed
                                 << "skipped" << summary.pushSkipped;
        return !mustSucceed || summary.ok;
    }

    QJsonObject serverToken(const QString &id)
    {
        return m_sandbox->get(QStringLiteral("/auth/tokens/%1").arg(id)).object();
    }

    /// The four steps through the widgets; `url` and `productId` as given. Returns the secret shown.
    QString runWizard(const QString &label, const QString &productId, const QString &url, const QString &shot)
    {
        QTest::mouseClick(webhooks()->newButton(), Qt::LeftButton);
        ui::WebhookWizard *wizard = nullptr;
        if (!QTest::qWaitFor([&] { return (wizard = webhooks()->wizard()) && wizard->isVisible(); }, 5000))
            return {};
        // Step 1: Next with no label is refused, with the reason under the label field.
        QTest::mouseClick(wizard->nextButton(), Qt::LeftButton);
        if (wizard->step() != 0 || !wizard->problemLabel(QStringLiteral("label"))->isVisible())
            return {};
        if (!shot.isEmpty())
            test::screenshot(wizard, shot + QStringLiteral("step1-required"));
        QTest::keyClicks(wizard->labelEdit(), label);
        QTest::keyClicks(wizard->descriptionEdit(), QStringLiteral("Pushes new purchase requests to the lab's bot."));
        QTest::mouseClick(wizard->nextButton(), Qt::LeftButton);
        // Step 2: one product, fulfillment requests, any change.
        wizard->productCombo()->setCurrentIndex(wizard->productCombo()->findData(productId));
        wizard->objectClassCombo()->setCurrentIndex(
            wizard->objectClassCombo()->findData(QStringLiteral("fulfillment_request")));
        if (!shot.isEmpty())
            test::screenshot(wizard, shot + QStringLiteral("step2"));
        QTest::mouseClick(wizard->nextButton(), Qt::LeftButton);
        if (wizard->step() != 2)
            return {};
        // Step 3: a URL that is not one is refused under the URL field.
        QTest::keyClicks(wizard->urlEdit(), QStringLiteral("hooks.example.com/connect"));
        QTest::mouseClick(wizard->nextButton(), Qt::LeftButton);
        if (wizard->step() != 2 || !wizard->problemLabel(QStringLiteral("external_url"))->isVisible())
            return {};
        if (!shot.isEmpty())
            test::screenshot(wizard, shot + QStringLiteral("step3-bad-url"));
        wizard->urlEdit()->clear();
        QTest::keyClicks(wizard->urlEdit(), url);
        // The secret is masked; Copy puts it on the clipboard.
        if (wizard->secretEdit()->echoMode() != QLineEdit::Password)
            return {};
        QTest::mouseClick(wizard->copySecretButton(), Qt::LeftButton);
        const QString secret = QGuiApplication::clipboard()->text();
        if (secret != wizard->secretEdit()->text() || !secret.startsWith(QStringLiteral("JWT-")))
            return {};
        wizard->headersEdit()->moveCursor(QTextCursor::End);
        QTest::keyClick(wizard->headersEdit(), Qt::Key_Return);
        QTest::keyClicks(wizard->headersEdit(), QStringLiteral("X-Lab-Team: fulfillment"));
        if (!shot.isEmpty())
            test::screenshot(wizard, shot + QStringLiteral("step3"));
        QTest::mouseClick(wizard->nextButton(), Qt::LeftButton);
        // Step 4: the review shows what will be sent, the secret masked.
        const QString review = wizard->review()->toPlainText();
        if (wizard->step() != 3 || !review.contains(label) || !review.contains(url) || review.contains(secret))
            return {};
        if (!shot.isEmpty())
            test::screenshot(wizard, shot + QStringLiteral("step4-review"));
        QTest::mouseClick(wizard->finishButton(), Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return !webhooks()->wizard(); }, 5000))
            return {};
        return secret;
    }

    int webhookRow(const QString &label) const
    {
        auto *model = webhooks()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->jsonAt(row).value(QStringLiteral("label")).toString() == label)
                return row;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        g_previous = qInstallMessageHandler(recordMessage);
        sandbox::SandboxOptions options;
        options.seed = QStringLiteral("demo");
        options.seedRequests = 6;
        m_sandbox = std::make_unique<SandboxFixture>(options);
        QVERIFY2(m_sandbox->ok(), qPrintable(m_sandbox->error()));
        m_productId = m_sandbox->get(QStringLiteral("/products"))
                          .array()
                          .first()
                          .toObject()
                          .value(QStringLiteral("id"))
                          .toString();
        QVERIFY(!m_productId.isEmpty());
        QVERIFY(m_listener.listen(QHostAddress::LocalHost));

        m_keyStore.setMemoryOnly(true);
        m_registry = std::make_unique<accounts::AccountRegistry>(m_dir.filePath(QStringLiteral("accounts.json")));
        m_manager = std::make_unique<accounts::AccountManager>(m_registry.get(), &m_keyStore, &m_network);
        bool added = false;
        m_net = std::make_unique<Network>(quint16(QUrl(m_sandbox->baseUrl()).port()));
        m_manager->addAccount(m_net->endpoint(), m_sandbox->apiKey(), this, [&](const accounts::AddAccountResult &r) {
            QVERIFY(r.ok());
            added = true;
        });
        QTRY_VERIFY(added);
        m_session = std::make_unique<sync::AccountSession>(&m_keyStore, &m_network);
        m_window = std::make_unique<ui::MainWindow>(m_manager.get(), m_session.get(), moduleTable());
        m_window->resize(1024, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(m_session->connection() == sync::AccountSession::Connection::Online, 30000);
        QTRY_VERIFY(page() && page()->services());
    }

    void generalPage()
    {
        m_window->showModule(core::ModuleId::Api);
        page()->showSection(ui::ApiPage::General);
        QVERIFY(page()->isVisible());
        QCOMPARE(page()->findChild<QLabel *>(QStringLiteral("apiUrl"))->text(), m_net->endpoint());
        const QString curl = page()->curlExample()->toPlainText();
        const QByteArray key = m_sandbox->apiKey();
        QVERIFY(curl.contains(QString::fromUtf8(keyPart(key, 0))));
        QVERIFY2(!curl.contains(QString::fromUtf8(keyPart(key, 1))), "the key's secret is masked");
        QVERIFY(curl.contains(m_net->endpoint() + QStringLiteral("/products")));
        test::screenshot(m_window.get(), QStringLiteral("general"));
    }

    void tokensListSearchAndFilter()
    {
        // Ctrl+F from the General page goes to the tokens' search.
        QTest::keySequence(page()->curlExample(), QKeySequence::Find);
        QCOMPARE(page()->section(), ui::ApiPage::Tokens);
        QVERIFY(tokens()->searchField()->isVisible());
        auto *model = tokens()->model();
        QCOMPARE(qint64(model->rowCount()), m_sandbox->get(QStringLiteral("/auth/tokens")).total());
        QCOMPARE(tokens()->table()->model()->headerData(models::TokensModel::Status, Qt::Horizontal).toString(),
            QStringLiteral("Status"));
        test::screenshot(m_window.get(), QStringLiteral("tokens"));
        QTest::keyClicks(tokens()->searchField(), QStringLiteral("zapier"));
        QTRY_COMPARE(tokens()->table()->model()->rowCount(), 1);
        tokens()->searchField()->clear();
        tokens()->statusFilter()->setCurrentIndex(tokens()->statusFilter()->findData(QStringLiteral("inactive")));
        QCOMPARE(qint64(tokens()->table()->model()->rowCount()),
            m_sandbox->get(QStringLiteral("/auth/tokens?eq(status,inactive)")).total());
        test::screenshot(m_window.get(), QStringLiteral("tokens-inactive"));
        tokens()->statusFilter()->setCurrentIndex(0);
        // Sorted by any column (here: by name, as the header click does).
        tokens()->table()->sortByColumn(models::TokensModel::Name, Qt::AscendingOrder);
        QAbstractItemModel *shown = tokens()->table()->model();
        for (int row = 1; row < shown->rowCount(); ++row)
            QVERIFY(
                shown->index(row - 1, 0).data().toString().localeAwareCompare(shown->index(row, 0).data().toString())
                <= 0);
    }

    void generateTokenShowsTheSecretOnce()
    {
        QTest::mouseClick(tokens()->generateButton(), Qt::LeftButton);
        ui::TokenDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = tokens()->tokenDialog()) && dialog->isVisible());
        // No name: refused under the name field, nothing sent.
        const qint64 before = m_sandbox->get(QStringLiteral("/auth/tokens")).total();
        QTest::mouseClick(dialog->generateButton(), Qt::LeftButton);
        QVERIFY(dialog->problemLabel(QStringLiteral("name"))->isVisible());
        QCOMPARE(dialog->problemLabel(QStringLiteral("name"))->text(), QStringLiteral("Required."));
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Lab fulfillment script"));
        QTest::keyClicks(dialog->descriptionEdit(), QStringLiteral("Approves lab orders."));
        // Only the Fulfillment module.
        for (const QCheckBox *box : dialog->findChildren<QCheckBox *>())
            const_cast<QCheckBox *>(box)->setChecked(box->objectName() == QLatin1String("permission-fulfillment"));
        test::screenshot(dialog, QStringLiteral("generate-token"));
        QTest::mouseClick(dialog->generateButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->secretField()->isVisible(), 10000);
        m_tokenSecret = dialog->secretField()->text().toUtf8();
        QVERIFY2(m_tokenSecret.startsWith("SU-") && m_tokenSecret.contains(':'), m_tokenSecret.constData());
        m_tokenId = QString::fromUtf8(keyPart(m_tokenSecret, 0));
        QTest::mouseClick(dialog->copyButton(), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text().toUtf8(), m_tokenSecret);
        test::screenshot(dialog, QStringLiteral("token-secret"));
        // On the server with its one permission; in the list at once.
        QCOMPARE(m_sandbox->get(QStringLiteral("/auth/tokens")).total(), before + 1);
        const QJsonArray permissions = serverToken(m_tokenId).value(QStringLiteral("permissions")).toArray();
        QCOMPARE(permissions.size(), 1);
        QCOMPARE(permissions.first().toObject().value(QStringLiteral("id")).toString(), QStringLiteral("fulfillment"));
        QVERIFY(tokens()->model()->rowOf(m_tokenId) >= 0);
        QCOMPARE(tokens()->selectedId(), m_tokenId);
        QVERIFY(tokens()
                    ->findChild<QLabel *>(QStringLiteral("tokenDetail"))
                    ->text()
                    .contains(QStringLiteral("Fulfillment")));
        QTest::mouseClick(dialog->doneButton(), Qt::LeftButton);
        QTRY_VERIFY(!tokens()->tokenDialog());
        QGuiApplication::clipboard()->clear();
        test::screenshot(m_window.get(), QStringLiteral("tokens-generated"));
        // Shown once: nothing of it in the cache, the data, config or log folders, or any log message.
        QVERIFY(!tokens()->model()->jsonAt(tokens()->model()->rowOf(m_tokenId)).contains(QStringLiteral("token")));
        QVERIFY(syncAndWait());
        const QByteArray secretPart = keyPart(m_tokenSecret, 1);
        const QStringList dirs { core::DataPaths::root(), core::DataPaths::configDir(), core::DataPaths::dataDir(),
            core::DataPaths::logDir(), m_dir.path(),
            QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) };
        QCOMPARE(filesContaining(dirs, secretPart), QStringList());
        for (const QString &message : std::as_const(g_messages))
            QVERIFY2(!message.contains(QString::fromUtf8(secretPart)), "a log message holds the token's secret");
        // ... and the cache does hold the token (so the search above looked in the right file).
        QVERIFY(!filesContaining(dirs, m_tokenId.toUtf8()).isEmpty());
    }

    void deactivateActivateDeleteWaitForSync()
    {
        QVERIFY(tokens()->select(m_tokenId));
        QTest::mouseClick(tokens()->deactivateButton(), Qt::LeftButton);
        QCOMPARE(
            tokens()->model()->jsonAt(tokens()->model()->rowOf(m_tokenId)).value(QStringLiteral("status")).toString(),
            QStringLiteral("inactive"));
        QVERIFY(tokens()->rowState()->text().contains(QStringLiteral("waiting for sync")));
        QCOMPARE(serverToken(m_tokenId).value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        // The Sync column grows to the words a row shows ("Waitin…" was cut once) ...
        QTableView *table = tokens()->table();
        QString waiting;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            waiting += table->model()->index(row, models::TokensModel::Sync).data().toString();
        QVERIFY(!waiting.isEmpty());
        QVERIFY2(table->columnWidth(models::TokensModel::Sync) > table->fontMetrics().horizontalAdvance(waiting),
            qPrintable(waiting));
        test::screenshot(m_window.get(), QStringLiteral("token-waiting"));
        QVERIFY(syncAndWait());
        // ... and takes little room when no row waits: at 1024 px every column up to Extension shows whole (an empty
        // Sync column as wide as its longest state pushed Extension past the edge).
        QVERIFY(table->columnWidth(models::TokensModel::Sync) < table->fontMetrics().horizontalAdvance(waiting));
        QVERIFY2(table->columnViewportPosition(models::TokensModel::Extension)
                    + table->columnWidth(models::TokensModel::Extension)
                <= table->viewport()->width(),
            qPrintable(QStringLiteral("Extension ends at %1 in a %2 px table")
                           .arg(table->columnViewportPosition(models::TokensModel::Extension)
                               + table->columnWidth(models::TokensModel::Extension))
                           .arg(table->viewport()->width())));
        QCOMPARE(serverToken(m_tokenId).value(QStringLiteral("status")).toString(), QStringLiteral("inactive"));
        QCOMPARE(tokens()->selectedId(), m_tokenId); // refreshed in place: still selected
        QVERIFY(tokens()->rowState()->text().isEmpty());
        QTest::mouseClick(tokens()->activateButton(), Qt::LeftButton);
        QVERIFY(syncAndWait());
        QCOMPARE(serverToken(m_tokenId).value(QStringLiteral("status")).toString(), QStringLiteral("active"));

        // The demo key cannot be deactivated: Connect's refusal is shown on its row, in words.
        const QString demoId = QString::fromUtf8(keyPart(m_sandbox->apiKey(), 0));
        QVERIFY(tokens()->select(demoId));
        QTest::mouseClick(tokens()->deactivateButton(), Qt::LeftButton);
        QVERIFY(syncAndWait(false));
        QCOMPARE(tokens()->selectedId(), demoId);
        QVERIFY2(tokens()->rowState()->text().contains(QStringLiteral("Connect refused this change (400)")),
            qPrintable(tokens()->rowState()->text()));
        QVERIFY(tokens()->rowState()->text().contains(QStringLiteral("demo key")));
        QCOMPARE(tokens()->model()->jsonAt(tokens()->model()->rowOf(demoId)).value(QStringLiteral("status")).toString(),
            QStringLiteral("active"));
        test::screenshot(m_window.get(), QStringLiteral("token-refused"));
        QTest::mouseClick(tokens()->findChild<QPushButton *>(QStringLiteral("dismissTokenRefusal")), Qt::LeftButton);
        QVERIFY(tokens()->rowState()->text().isEmpty());

        // Delete asks first; Cancel keeps it.
        QVERIFY(tokens()->select(m_tokenId));
        answerNextMessageBox(this, QString());
        QTest::mouseClick(tokens()->deleteButton(), Qt::LeftButton);
        QVERIFY(tokens()->model()->rowOf(m_tokenId) >= 0);
        // The restricted token is used for the 403 below: delete the seed's Zapier token instead.
        QString zapier;
        for (int row = 0; row < tokens()->model()->rowCount(); ++row) {
            if (tokens()->model()->jsonAt(row).value(QStringLiteral("name")).toString()
                == QLatin1String("Zapier integration"))
                zapier = tokens()->model()->idAt(row);
        }
        QVERIFY(tokens()->select(zapier));
        answerNextMessageBox(this, QStringLiteral("confirmDelete"));
        QTest::mouseClick(tokens()->deleteButton(), Qt::LeftButton);
        QTRY_VERIFY(tokens()->model()->rowOf(zapier) < 0);
        QVERIFY(syncAndWait());
        QCOMPARE(m_sandbox->get(QStringLiteral("/auth/tokens/%1").arg(zapier)).status, 404);
    }

    void webhookWizardCreatesAndSendTestDelivers()
    {
        page()->showSection(ui::ApiPage::Webhooks);
        QCOMPARE(
            qint64(webhooks()->model()->rowCount()), m_sandbox->get(QStringLiteral("/notifications/webhooks")).total());
        test::screenshot(m_window.get(), QStringLiteral("webhooks"));
        const QString url = QStringLiteral("http://127.0.0.1:%1/hook").arg(m_listener.serverPort());
        m_webhookSecret = runWizard(QStringLiteral("Lab bot"), m_productId, url, QStringLiteral("wizard-"));
        QVERIFY(!m_webhookSecret.isEmpty());
        const int row = webhookRow(QStringLiteral("Lab bot"));
        QVERIFY(row >= 0);
        QVERIFY(store::LocalChanges::isLocalId(webhooks()->model()->idAt(row)));
        QCOMPARE(webhooks()->selectedId(), webhooks()->model()->idAt(row));
        QVERIFY(webhooks()->rowState()->text().startsWith(QStringLiteral("Waiting for sync")));
        test::screenshot(m_window.get(), QStringLiteral("webhook-waiting"));
        // Nothing of the secret in the cache file while it waits.
        QCOMPARE(filesContaining({ core::DataPaths::root() }, m_webhookSecret.toUtf8()), QStringList());

        QVERIFY(syncAndWait());
        const int synced = webhookRow(QStringLiteral("Lab bot"));
        m_webhookId = webhooks()->model()->idAt(synced);
        QVERIFY2(m_webhookId.startsWith(QStringLiteral("WH-")), qPrintable(m_webhookId));
        const QJsonObject server
            = m_sandbox->get(QStringLiteral("/notifications/webhooks/%1").arg(m_webhookId)).object();
        QCOMPARE(server.value(QStringLiteral("jwt_secret")).toString(), m_webhookSecret);
        QCOMPARE(server.value(QStringLiteral("external_url")).toString(), url);
        QCOMPARE(
            server.value(QStringLiteral("product")).toObject().value(QStringLiteral("id")).toString(), m_productId);
        QCOMPARE(server.value(QStringLiteral("headers")).toObject().value(QStringLiteral("X-Lab-Team")).toString(),
            QStringLiteral("fulfillment"));
        QVERIFY(!webhooks()->model()->jsonAt(synced).contains(QStringLiteral("jwt_secret")));

        // Send test: Connect's answer and time, then the delivery on our listener, signed with the secret.
        QVERIFY(webhooks()->select(m_webhookId));
        const qsizetype seen = m_listener.requests.size();
        QTest::mouseClick(webhooks()->testButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_listener.requests.size() > seen, 10000);
        m_delivery = m_listener.requests.last();
        const QByteArray authorization = headerOf(m_delivery, "Authorization");
        QVERIFY2(authorization.startsWith("Bearer "), authorization.constData());
        QVERIFY(signedWith(authorization.mid(7), m_webhookSecret.toUtf8()));
        QVERIFY(!signedWith(authorization.mid(7), "JWT-another-secret"));
        QCOMPARE(headerOf(m_delivery, "X-Lab-Team"), QByteArray("fulfillment"));
        const QJsonObject body = QJsonDocument::fromJson(m_delivery.mid(m_delivery.indexOf("\r\n\r\n") + 4)).object();
        QCOMPARE(body.value(QStringLiteral("webhook_id")).toString(), m_webhookId);
        QTRY_VERIFY_WITH_TIMEOUT(
            webhooks()->testResult()->text().contains(QStringLiteral("Your handler answered 200")), 10000);
        QVERIFY(webhooks()->testResult()->text().contains(QStringLiteral("Connect answered 200")));
        QVERIFY(webhooks()->testResult()->text().contains(QStringLiteral("UTC")));
        test::screenshot(m_window.get(), QStringLiteral("webhook-test-sent"));
    }

    void verifierAcceptsTheDeliveryAndRefusesAChangedByte()
    {
        page()->showSection(ui::ApiPage::Verifier);
        ui::VerifierView *verifier = page()->verifierView();
        verifier->webhookCombo()->setCurrentIndex(verifier->webhookCombo()->findData(m_webhookId));
        QTest::mouseClick(verifier->readSecretButton(), Qt::LeftButton);
        QTRY_COMPARE(verifier->secretField()->text(), m_webhookSecret);
        QCOMPARE(verifier->secretField()->echoMode(), QLineEdit::Password);
        verifier->input()->setPlainText(QString::fromUtf8(m_delivery));
        QTest::mouseClick(verifier->verifyButton(), Qt::LeftButton);
        QVERIFY2(
            verifier->result()->text().startsWith(QStringLiteral("Valid")), qPrintable(verifier->result()->text()));
        QVERIFY(verifier->claims()->toPlainText().contains(m_webhookId));
        test::screenshot(m_window.get(), QStringLiteral("verifier-valid"));

        // One byte of the token's claims changed: refused.
        QByteArray changed = m_delivery;
        const qsizetype dot = changed.indexOf('.', changed.indexOf("Bearer "));
        changed[dot + 5] = changed[dot + 5] == 'A' ? 'B' : 'A';
        verifier->input()->setPlainText(QString::fromUtf8(changed));
        QTest::mouseClick(verifier->verifyButton(), Qt::LeftButton);
        QVERIFY2(verifier->result()->text().contains(QStringLiteral("signature does not match")),
            qPrintable(verifier->result()->text()));
        test::screenshot(m_window.get(), QStringLiteral("verifier-refused"));
        // One byte of the body changed: refused too (the body must say what was signed).
        QByteArray body = m_delivery;
        const qsizetype at = body.indexOf(m_webhookId.toUtf8(), body.indexOf("\r\n\r\n"));
        body[at + 3] = body[at + 3] == '9' ? '8' : '9';
        verifier->input()->setPlainText(QString::fromUtf8(body));
        QTest::mouseClick(verifier->verifyButton(), Qt::LeftButton);
        QVERIFY2(
            verifier->result()->text().contains(QStringLiteral("webhook_id")), qPrintable(verifier->result()->text()));
    }

    void validationErrorUnderItsField()
    {
        // A product Connect no longer has (deleted elsewhere) is still in the cache: the client cannot know.
        sync::AccountServices *s = page()->services();
        QVERIFY(s->objects().putServer(QStringLiteral("products"), QString(),
            QJsonObject { { QStringLiteral("id"), QStringLiteral("PRD-000-000-404") },
                { QStringLiteral("name"), QStringLiteral("Retired product") },
                { QStringLiteral("status"), QStringLiteral("published") } }));
        page()->showSection(ui::ApiPage::Webhooks);
        const QString url = QStringLiteral("http://127.0.0.1:%1/retired").arg(m_listener.serverPort());
        QVERIFY(
            !runWizard(QStringLiteral("Retired hook"), QStringLiteral("PRD-000-000-404"), url, QString()).isEmpty());
        // (Out of the cache again, so that the pull does not ask Connect for its items.)
        QVERIFY(s->objects().remove(QStringLiteral("products"), QStringLiteral("PRD-000-000-404")));
        QVERIFY(syncAndWait(false));
        const int row = webhookRow(QStringLiteral("Retired hook"));
        QVERIFY(row >= 0);
        QVERIFY(webhooks()->select(webhooks()->model()->idAt(row)));
        QVERIFY2(webhooks()->rowState()->text().contains(QStringLiteral("PRD-000-000-404 does not exist")),
            qPrintable(webhooks()->rowState()->text()));
        test::screenshot(m_window.get(), QStringLiteral("webhook-refused"));
        // Edit opens on the step with the field Connect named, the reason under it.
        QTest::mouseClick(webhooks()->editButton(), Qt::LeftButton);
        ui::WebhookWizard *wizard = nullptr;
        QTRY_VERIFY((wizard = webhooks()->wizard()) && wizard->isVisible());
        QCOMPARE(wizard->step(), 1);
        QLabel *problem = wizard->problemLabel(QStringLiteral("product_id"));
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QStringLiteral("Product PRD-000-000-404 does not exist")),
            qPrintable(problem->text()));
        test::screenshot(wizard, QStringLiteral("webhook-refused-field"));
        // Fixed and sent again: created on Connect.
        wizard->productCombo()->setCurrentIndex(wizard->productCombo()->findData(m_productId));
        QTest::mouseClick(wizard->nextButton(), Qt::LeftButton);
        QTest::mouseClick(wizard->nextButton(), Qt::LeftButton);
        QTest::mouseClick(wizard->finishButton(), Qt::LeftButton);
        QTRY_VERIFY(!webhooks()->wizard());
        QVERIFY(syncAndWait());
        const QJsonArray server
            = m_sandbox->get(QStringLiteral("/notifications/webhooks?eq(label,Retired%20hook)")).array();
        QCOMPARE(server.size(), 1);
        QCOMPARE(server.first()
                     .toObject()
                     .value(QStringLiteral("product"))
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toString(),
            m_productId);
    }

    void forbiddenShownOnItsRow()
    {
        // The app now uses the generated token, which may only use Fulfillment.
        QSignalSpy keySync(m_session.get(), &sync::AccountSession::synced);
        m_session->setApiKey(m_tokenSecret); // syncs at once (the pulls of other modules answer 403)
        QVERIFY(keySync.wait(60000));
        page()->showSection(ui::ApiPage::Webhooks);
        QVERIFY(webhooks()->select(m_webhookId));
        QCOMPARE(webhooks()->toggleButton()->text(), QStringLiteral("Disable"));
        QTest::mouseClick(webhooks()->toggleButton(), Qt::LeftButton);
        QVERIFY(webhooks()->rowState()->text().startsWith(QStringLiteral("Waiting for sync")));
        QVERIFY(syncAndWait(false));
        QCOMPARE(webhooks()->selectedId(), m_webhookId);
        QVERIFY2(
            webhooks()->rowState()->text().contains(QStringLiteral("403")), qPrintable(webhooks()->rowState()->text()));
        QVERIFY(webhooks()->rowState()->text().startsWith(QStringLiteral("Not allowed")));
        QVERIFY(webhooks()->rowState()->text().contains(QStringLiteral("no permission for the api module")));
        test::screenshot(m_window.get(), QStringLiteral("webhook-forbidden"));
        // Back to the full key: Dismiss, and the server still has it enabled.
        QSignalSpy back(m_session.get(), &sync::AccountSession::synced);
        m_session->setApiKey(m_sandbox->apiKey());
        QVERIFY(back.wait(60000));
        QTest::mouseClick(
            webhooks()->findChild<QPushButton *>(QStringLiteral("dismissWebhookRefusal")), Qt::LeftButton);
        QVERIFY(webhooks()->rowState()->text().isEmpty());
        QVERIFY(m_sandbox->get(QStringLiteral("/notifications/webhooks/%1").arg(m_webhookId))
                    .object()
                    .value(QStringLiteral("active"))
                    .toBool());
    }

    void offlineShownWhereItHappens()
    {
        m_net->setUp(false);
        page()->showSection(ui::ApiPage::Webhooks);
        QVERIFY(webhooks()->select(m_webhookId));
        // Send test needs Connect: said under the buttons.
        QTest::mouseClick(webhooks()->testButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            webhooks()->testResult()->text().contains(QStringLiteral("Could not reach Connect")), 60000);
        // An edit is saved and waits, also through a sync that cannot reach Connect.
        QTest::mouseClick(webhooks()->toggleButton(), Qt::LeftButton);
        QVERIFY(webhooks()->rowState()->text().startsWith(QStringLiteral("Waiting for sync")));
        QVERIFY(syncAndWait(false));
        QCOMPARE(webhooks()->selectedId(), m_webhookId);
        QVERIFY(webhooks()->rowState()->text().startsWith(QStringLiteral("Waiting for sync")));
        test::screenshot(m_window.get(), QStringLiteral("webhook-offline"));
        // A token cannot be generated offline: said in the dialog, nothing else happens.
        page()->showSection(ui::ApiPage::Tokens);
        QTest::mouseClick(tokens()->generateButton(), Qt::LeftButton);
        ui::TokenDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = tokens()->tokenDialog()) && dialog->isVisible());
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("offline attempt"));
        QTest::mouseClick(dialog->generateButton(), Qt::LeftButton);
        QLabel *general = dialog->problemLabel(QString());
        QTRY_VERIFY_WITH_TIMEOUT(
            general->isVisible() && general->text().contains(QStringLiteral("Could not reach Connect")), 60000);
        test::screenshot(dialog, QStringLiteral("generate-token-offline"));
        dialog->reject();
        QTRY_VERIFY(!tokens()->tokenDialog());
        // Back online: the waiting edit goes out.
        m_net->setUp(true);
        page()->showSection(ui::ApiPage::Webhooks);
        QVERIFY(syncAndWait());
        QVERIFY(!m_sandbox->get(QStringLiteral("/notifications/webhooks/%1").arg(m_webhookId))
                     .object()
                     .value(QStringLiteral("active"))
                     .toBool());
        QVERIFY(webhooks()->select(m_webhookId));
        QVERIFY(webhooks()->rowState()->text().isEmpty());
    }

    void noSecretAnywhereAtTheEnd()
    {
        const QStringList dirs { core::DataPaths::root(), m_dir.path(),
            QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
            QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) };
        QCOMPARE(filesContaining(dirs, keyPart(m_tokenSecret, 1)), QStringList());
        QCOMPARE(filesContaining(dirs, m_webhookSecret.toUtf8()), QStringList());
        for (const QString &message : std::as_const(g_messages)) {
            QVERIFY(!message.contains(QString::fromUtf8(keyPart(m_tokenSecret, 1))));
            QVERIFY(!message.contains(m_webhookSecret));
        }
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_session.reset();
        qInstallMessageHandler(g_previous);
    }
};

CV_TEST_MAIN(TestApiModule)
#include "tst_apimodule.moc"
