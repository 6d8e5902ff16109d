#include "ui/agreements/agreementdetailpage.h"

#include "app/agreements/agreementactions.h"
#include "app/api/problem.h"
#include "app/store/agreementarchive.h"
#include "app/store/objectrepository.h"
#include "app/sync/accountservices.h"
#include "app/sync/accountsession.h"
#include "ui/agreements/agreementlabels.h"
#include "ui/agreements/documentview.h"
#include "ui/agreements/sendsoon.h"
#include "ui/shell/problemtext.h"
#include "ui/style/previewtheme.h"
#include "ui/style/theme.h"

#include <QComboBox>
#include <QDebug>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cv::ui {

namespace {

QList<QJsonObject> contractsIn(store::ObjectRepository &objects)
{
    QList<QJsonObject> list;
    for (const store::CachedObject &object : objects.list(QStringLiteral("contracts"), QString()))
        list << object.json;
    return list;
}

QLabel *valueLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

AgreementDetailPage::AgreementDetailPage(QWidget *parent)
    : QWidget(parent)
    , m_back(new QPushButton(this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_status(valueLabel(this, QStringLiteral("agreement-status")))
    , m_activeLabel(new QLabel(this))
    , m_active(valueLabel(this, QStringLiteral("agreement-active-version")))
    , m_signedLabel(new QLabel(this))
    , m_signed(valueLabel(this, QStringLiteral("agreement-signed")))
    , m_contractLabel(new QLabel(this))
    , m_contract(valueLabel(this, QStringLiteral("agreement-contract")))
    , m_sign(new QPushButton(this))
    , m_enrol(new QPushButton(this))
    , m_actionMessage(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_versionsMessage(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_document(new DocumentView(this))
    , m_versionsPage(new QWidget(this))
    , m_versions(new QTableWidget(m_versionsPage))
    , m_compareLabel(new QLabel(m_versionsPage))
    , m_from(new QComboBox(m_versionsPage))
    , m_to(new QComboBox(m_versionsPage))
    , m_compare(new QPushButton(m_versionsPage))
    , m_diff(new QTextBrowser(m_versionsPage))
    , m_history(new QTableWidget(this))
{
    setObjectName(QStringLiteral("agreement-detail"));
    m_back->setObjectName(QStringLiteral("agreement-back"));
    m_back->setFlat(true);
    m_title->setProperty("heading", true);
    m_title->setObjectName(QStringLiteral("agreement-title"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_subtitle->setWordWrap(true);
    m_subtitle->setObjectName(QStringLiteral("agreement-subtitle"));
    m_sign->setObjectName(QStringLiteral("agreement-sign"));
    m_enrol->setObjectName(QStringLiteral("agreement-enrol"));
    m_notice->setObjectName(QStringLiteral("agreement-notice"));
    m_notice->setWordWrap(true);
    m_actionMessage->setObjectName(QStringLiteral("agreement-action-message"));
    m_actionMessage->setWordWrap(true);
    m_actionMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_actionMessage->hide();
    m_versionsMessage->setObjectName(QStringLiteral("agreement-versions-message"));
    m_versionsMessage->setWordWrap(true);
    m_tabs->setObjectName(QStringLiteral("agreement-tabs"));

    auto *facts = new QFormLayout;
    facts->addRow(m_statusLabel, m_status);
    facts->addRow(m_activeLabel, m_active);
    facts->addRow(m_signedLabel, m_signed);
    facts->addRow(m_contractLabel, m_contract);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_sign, 0, Qt::AlignTop);
    actions->addWidget(m_enrol, 0, Qt::AlignTop);
    // The answer to signing or enrolling, next to the button that caused it; the stretch keeps the buttons at
    // their size while there is none.
    actions->addWidget(m_actionMessage, 1);
    actions->addStretch();

    m_versions->setObjectName(QStringLiteral("agreement-versions"));
    m_versions->setTabKeyNavigation(false); // Tab goes on to the next control, the arrows move in the table
    m_versions->setColumnCount(4);
    m_versions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_versions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_versions->setSelectionMode(QAbstractItemView::SingleSelection);
    m_versions->verticalHeader()->hide();
    m_versions->horizontalHeader()->setStretchLastSection(true);
    m_versions->setMaximumHeight(150);
    m_from->setObjectName(QStringLiteral("agreement-compare-from"));
    m_to->setObjectName(QStringLiteral("agreement-compare-to"));
    m_compare->setObjectName(QStringLiteral("agreement-compare"));
    m_diff->setObjectName(QStringLiteral("agreement-diff"));
    m_diff->setOpenLinks(false);
    auto *compareRow = new QHBoxLayout;
    compareRow->addWidget(m_compareLabel);
    compareRow->addWidget(m_from);
    compareRow->addWidget(m_to);
    compareRow->addWidget(m_compare);
    compareRow->addStretch();
    auto *versionsLayout = new QVBoxLayout(m_versionsPage);
    versionsLayout->addWidget(m_versions);
    versionsLayout->addLayout(compareRow);
    versionsLayout->addWidget(m_diff, 1);
    m_history->setObjectName(QStringLiteral("agreement-history"));
    m_history->setTabKeyNavigation(false); // Tab goes on to the next control, the arrows move in the table
    m_history->setColumnCount(4);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_tabs->addTab(m_document, QString());
    m_tabs->addTab(m_versionsPage, QString());
    m_tabs->addTab(m_history, QString());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 12, 24, 12);
    layout->addWidget(m_back, 0, Qt::AlignLeft);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    auto *top = new QHBoxLayout;
    top->addLayout(facts, 1);
    layout->addLayout(top);
    layout->addLayout(actions);
    layout->addWidget(m_notice);
    layout->addWidget(m_versionsMessage);
    layout->addWidget(m_tabs, 1);

    connect(m_back, &QPushButton::clicked, this, &AgreementDetailPage::backRequested);
    connect(m_sign, &QPushButton::clicked, this, &AgreementDetailPage::sign);
    connect(m_enrol, &QPushButton::clicked, this, &AgreementDetailPage::enrol);
    connect(m_compare, &QPushButton::clicked, this, &AgreementDetailPage::compare);
    connect(m_versions, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        showVersion(m_versions->item(row, 0)->data(Qt::UserRole).toInt());
        m_tabs->setCurrentWidget(m_document);
    });
    retranslate();
}

void AgreementDetailPage::setServices(sync::AccountServices *services)
{
    m_services = services;
    disconnect(m_connectionWatch);
    if (services && services->session()) {
        m_connectionWatch = connect(services->session(), &sync::AccountSession::connectionChanged, this,
            [this](sync::AccountSession::Connection connection) {
                if (m_offlineMessage && connection == sync::AccountSession::Connection::Online) {
                    // Connect can be reached again: the button works now.
                    m_offlineMessage = false;
                    m_actionMessage->clear();
                    m_actionMessage->hide();
                }
            });
    }
    m_id.clear();
    m_documents.clear();
    ++m_generation;
}

bool AgreementDetailPage::isOnline() const
{
    return canReachConnect(m_services);
}

void AgreementDetailPage::showAgreement(const QString &id)
{
    if (id != m_id) {
        m_id = id;
        m_documents.clear();
        m_versionList.clear();
        m_versions->setRowCount(0);
        m_from->clear();
        m_to->clear();
        m_shownVersion = 0;
        m_diff->clear();
        ++m_generation;
        m_tabs->setCurrentIndex(0);
        m_actionMessage->clear();
        m_actionMessage->hide();
        m_offlineMessage = false;
    }
    refresh();
    loadVersions();
}

void AgreementDetailPage::refresh()
{
    if (!m_services || m_id.isEmpty())
        return;
    const auto agreement = m_services->objects().get(QStringLiteral("agreements"), m_id);
    if (!agreement)
        return;
    m_view = agreements::viewOf(agreement->json, contractsIn(m_services->objects()));
    m_title->setText(m_view.name);
    QStringList subtitle { AgreementLabels::type(m_view.type), m_view.id };
    if (!m_view.providerName.isEmpty())
        //: One part of the agreement's subtitle (parts are separated by " · "); %1 is the provider's name.
        subtitle << tr("Provider: %1").arg(m_view.providerName);
    if (!m_view.marketplaceName.isEmpty())
        //: One part of the agreement's subtitle (parts are separated by " · "); %1 is the marketplace's name.
        subtitle << tr("Marketplace: %1").arg(m_view.marketplaceName);
    m_subtitle->setText(subtitle.join(QStringLiteral(" · ")));
    m_status->setText(AgreementLabels::standing(m_view));
    m_active->setText(m_view.activeVersion > 0 ? tr("Version %1").arg(m_view.activeVersion) : tr("None"));
    m_signed->setText(m_view.signedAt.isValid()
            //: %1 is the version number, %2 the date and time, %3 the user who signed.
            ? tr("Version %1 on %2 by %3")
                  .arg(m_view.signedVersion)
                  .arg(AgreementLabels::dateTime(m_view.signedAt),
                      m_view.signedBy.isEmpty() ? tr("an unknown user") : m_view.signedBy)
            : tr("Not signed"));
    m_contract->setText(m_view.contractId.isEmpty()
            ? tr("None")
            : QStringLiteral("%1 (%2)").arg(m_view.contractId, AgreementLabels::contractStatus(m_view.contractStatus)));

    const bool waiting = m_services->agreementActions().isWaitingForSync(m_id);
    const bool sending = m_services->agreementActions().isSending(m_id);
    m_sign->setVisible((agreements::canSign(m_view) && !waiting) || (sending && !m_sign->isHidden()));
    m_enrol->setVisible((agreements::canEnrol(m_view) && !waiting) || (sending && !m_enrol->isHidden()));
    m_sign->setEnabled(!sending);
    m_enrol->setEnabled(!sending);
    if (!sending) {
        m_sign->setText(tr("Sign version %1…").arg(m_view.activeVersion));
        m_enrol->setText(tr("Enroll in this agreement…"));
    }
    const QString needsConnect = tr("Signing and enrolling need a connection to Connect, which records them.");
    m_sign->setToolTip(needsConnect);
    m_enrol->setToolTip(needsConnect);

    if (waiting)
        // Only an older version of this app saved a signature to send later.
        m_notice->setText(tr("A signature saved by an earlier version of this app is sent to Connect with the next "
                             "sync. It takes effect once Connect confirms it."));
    else if (m_view.standing == agreements::Standing::NewVersionToSign)
        m_notice->setText(tr("The provider published version %1; you signed version %2. Read the changes under "
                             "Versions, then sign.")
                              .arg(m_view.activeVersion)
                              .arg(m_view.signedVersion));
    else if (m_view.standing == agreements::Standing::Enrolling)
        m_notice->setText(tr("Your enrollment is waiting for the provider's approval."));
    else if (agreements::canEnrol(m_view))
        m_notice->setText(tr("Enroll to list products on %1.").arg(m_view.marketplaceName));
    else
        m_notice->clear();
    m_notice->setVisible(!m_notice->text().isEmpty());
    fillHistory();
    // The kept copy was shown: read the versions again once Connect can be reached.
    if (m_versionsFailed && canReachConnect(m_services)) {
        m_versionsFailed = false;
        loadVersions();
    }
}

void AgreementDetailPage::fillHistory()
{
    if (!m_services || m_id.isEmpty())
        return;
    // Only what Connect said counts as Connect's events: a contract changed here shows its last synced version.
    QJsonObject contract = agreements::contractOf(m_id, contractsIn(m_services->objects()));
    if (const auto cached
        = m_services->objects().get(QStringLiteral("contracts"), contract.value(QStringLiteral("id")).toString());
        cached && cached->dirty)
        contract = cached->base.value_or(QJsonObject {});
    const QString user = m_services->currentUser().value(QStringLiteral("name")).toString();
    const QList<agreements::AuditEvent> events
        = agreements::auditTrail(m_versionList, contract, m_services->agreementActions().appActions(m_id, user));
    m_history->setRowCount(int(events.size()));
    for (int row = 0; row < events.size(); ++row) {
        const agreements::AuditEvent &e = events.at(row);
        QString what;
        switch (e.kind) {
        case agreements::AuditEvent::VersionPublished: what = tr("Version %1 published").arg(e.version); break;
        case agreements::AuditEvent::ContractCreated: what = tr("Contract created"); break;
        case agreements::AuditEvent::Enrolled: what = tr("Enrollment completed"); break;
        case agreements::AuditEvent::Signed: what = tr("Signed (contract on version %1)").arg(e.version); break;
        case agreements::AuditEvent::Countersigned: what = tr("Countersigned by the provider"); break;
        case agreements::AuditEvent::Terminated: what = tr("Contract terminated"); break;
        case agreements::AuditEvent::AppSigned: what = tr("Signed from this app"); break;
        case agreements::AuditEvent::AppEnrolled: what = tr("Enrolled from this app"); break;
        case agreements::AuditEvent::AppAction:
            //: %1 is the action's name as Connect's API writes it (or the error Connect gave for it).
            what = tr("Action from this app: %1").arg(e.detail);
            break;
        }
        QString sent;
        if (!e.fromApp)
            sent = tr("on Connect");
        else if (e.syncState == QLatin1String("done"))
            sent = tr("sent %1").arg(AgreementLabels::dateTime(e.syncedAt));
        else if (e.syncState == QLatin1String("failed"))
            sent = tr("refused: %1").arg(e.detail);
        else
            sent = tr("waiting for sync");
        m_history->setItem(row, 0, new QTableWidgetItem(AgreementLabels::dateTime(e.at)));
        m_history->setItem(row, 1, new QTableWidgetItem(e.actor));
        m_history->setItem(row, 2, new QTableWidgetItem(what));
        m_history->setItem(row, 3, new QTableWidgetItem(sent));
    }
    m_history->resizeColumnsToContents();
}

void AgreementDetailPage::loadVersions()
{
    if (!m_services)
        return;
    const int generation = m_generation;
    if (m_versionList.isEmpty()) {
        m_versionsMessage->setText(tr("Loading the versions…"));
        m_versionsMessage->show();
        m_document->showMessage(tr("Loading the document…"));
    }
    if (m_versionList.isEmpty() && !isOnline()) {
        // Known to be offline: the kept copy at once, not after the attempts to reach Connect.
        if (const auto kept = m_services->agreementActions().archive().versions(m_id)) {
            agreements::VersionList list;
            list.versions = kept->versions;
            list.keptAt = kept->fetchedAt;
            list.offline = true;
            list.error = QStringLiteral("offline");
            showVersions(list);
        }
    }
    agreements::fetchVersions(m_services->client(), m_services->agreementActions().archive(), m_id, this,
        [this, generation](const agreements::VersionList &list) {
            if (generation == m_generation)
                showVersions(list);
        });
}

void AgreementDetailPage::showVersions(const agreements::VersionList &list)
{
    m_versionsFailed = !list.error.isEmpty();
    if (!list.error.isEmpty() && !list.keptAt.isValid()) {
        const QString text = list.offline
            ? tr("Connect cannot be reached. The versions and the document are kept on this computer once "
                 "this page has been opened online; this agreement's have not been read yet.")
            : tr("The versions could not be read: %1").arg(list.error);
        m_versionsMessage->setText(text);
        m_versionsMessage->show();
        m_document->showMessage(text);
        return;
    }
    if (list.keptAt.isValid()) {
        //: %1 is the date and time the versions were read from Connect.
        m_versionsMessage->setText(list.offline
                ? tr("Connect cannot be reached: versions and documents as of %1, as kept on this computer.")
                      .arg(AgreementLabels::dateTime(list.keptAt))
                //: %1 is the reason, %2 the date and time the versions were read from Connect.
                : tr("The versions could not be read (%1): shown as of %2, as kept on this computer.")
                      .arg(list.error, AgreementLabels::dateTime(list.keptAt)));
        m_versionsMessage->show();
    } else {
        m_versionsMessage->hide();
    }
    const auto flagsOf = [this](const QJsonObject &v) {
        QStringList flags;
        if (v.value(QStringLiteral("active")).toBool())
            flags << tr("active");
        if (v.value(QStringLiteral("version")).toInt() == m_view.signedVersion && m_view.signedAt.isValid())
            flags << tr("signed by you");
        return flags.join(QStringLiteral(", "));
    };
    if (!m_versionList.isEmpty() && list.versions == m_versionList) {
        // The same versions: what the user is reading and comparing stays; only what was signed may differ.
        for (int row = 0; row < m_versionList.size() && row < m_versions->rowCount(); ++row)
            m_versions->setItem(row, 3, new QTableWidgetItem(flagsOf(m_versionList.at(row))));
        fillHistory();
        return;
    }
    m_versionList = list.versions;
    m_versions->setRowCount(int(m_versionList.size()));
    m_from->clear();
    m_to->clear();
    for (int row = 0; row < m_versionList.size(); ++row) {
        const QJsonObject &v = m_versionList.at(row);
        const int number = v.value(QStringLiteral("version")).toInt();
        const QDateTime created
            = QDateTime::fromString(v.value(QStringLiteral("version_created")).toString(), Qt::ISODateWithMs);
        auto *version = new QTableWidgetItem(tr("Version %1").arg(number));
        version->setData(Qt::UserRole, number);
        m_versions->setItem(row, 0, version);
        m_versions->setItem(row, 1, new QTableWidgetItem(AgreementLabels::dateTime(created.toUTC())));
        m_versions->setItem(row, 2,
            new QTableWidgetItem(
                v.value(QStringLiteral("author")).toObject().value(QStringLiteral("name")).toString()));
        m_versions->setItem(row, 3, new QTableWidgetItem(flagsOf(v)));
        m_from->addItem(tr("Version %1").arg(number), number);
        m_to->addItem(tr("Version %1").arg(number), number);
    }
    m_versions->resizeColumnsToContents();
    // Newest first: compare the one before with the newest by default.
    m_to->setCurrentIndex(0);
    m_from->setCurrentIndex(m_from->count() > 1 ? 1 : 0);
    m_compare->setEnabled(m_from->count() > 1);
    fillHistory();
    showVersion(m_view.activeVersion > 0
            ? m_view.activeVersion
            : (m_versionList.isEmpty() ? 0 : m_versionList.first().value(QStringLiteral("version")).toInt()));
    if (!list.keptAt.isValid())
        keepDocuments();
}

void AgreementDetailPage::keepDocuments()
{
    if (!m_services)
        return;
    const QList<int> kept = m_services->agreementActions().archive().storedDocuments(m_id);
    // The newest few: enough for the diff and the history a vendor reads, without downloading an agreement's past.
    for (int i = 0; i < m_versionList.size() && i < agreements::AgreementActions::kKeptDocuments; ++i) {
        const int number = m_versionList.at(i).value(QStringLiteral("version")).toInt();
        if (!kept.contains(number) && !m_documents.contains(number))
            withDocument(number, [](const agreements::Document &) {});
    }
}

void AgreementDetailPage::withDocument(int version, std::function<void(const agreements::Document &)> done)
{
    if (m_documents.contains(version)) {
        done(m_documents.value(version));
        return;
    }
    QJsonObject chosen;
    for (const QJsonObject &v : m_versionList) {
        if (v.value(QStringLiteral("version")).toInt() == version)
            chosen = v;
    }
    if (chosen.isEmpty() || !m_services) {
        agreements::Document none;
        none.error = tr("version %1 is not known").arg(version);
        done(none);
        return;
    }
    const int generation = m_generation;
    agreements::fetchDocument(m_services->client(), m_services->agreementActions().archive(), chosen, m_id, this,
        [this, generation, version, done = std::move(done)](const agreements::Document &document) {
            if (generation != m_generation)
                return;
            if (document.error.isEmpty())
                m_documents.insert(version, document);
            done(document);
        });
}

void AgreementDetailPage::showVersion(int version)
{
    if (version <= 0) {
        m_document->showMessage(tr("This agreement has no document."));
        return;
    }
    m_shownVersion = 0;
    withDocument(version, [this, version](const agreements::Document &document) {
        m_shownVersion = version;
        m_document->showDocument(document, tr("%1, version %2").arg(m_view.name).arg(version));
    });
}

void AgreementDetailPage::compare()
{
    const int from = m_from->currentData().toInt();
    const int to = m_to->currentData().toInt();
    if (from == to) {
        m_diff->setPlainText(tr("Choose two different versions."));
        return;
    }
    m_diff->setPlainText(tr("Comparing…"));
    withDocument(from, [this, from, to](const agreements::Document &before) {
        withDocument(to, [this, from, to, before](const agreements::Document &after) {
            if (!before.error.isEmpty() || !after.error.isEmpty()) {
                m_diff->setPlainText(tr("The documents could not be downloaded: %1")
                                         .arg(before.error.isEmpty() ? after.error : before.error));
                return;
            }
            const QString a = DocumentView::textOf(before);
            const QString b = DocumentView::textOf(after);
            if ((a.isEmpty() && !before.data.isEmpty()) || (b.isEmpty() && !after.data.isEmpty())) {
                m_diff->setPlainText(tr("These documents have no text to compare (open them to read them)."));
                return;
            }
            QString html = QStringLiteral("<p>%1</p><pre style=\"font-family: monospace\">")
                               .arg(tr("Changes from version %1 to version %2: <span class=\"removed\">removed</span>, "
                                       "<span class=\"added\">added</span>.")
                                        .arg(from)
                                        .arg(to));
            int changes = 0;
            for (const agreements::DiffLine &line : agreements::diffLines(a, b)) {
                const QString text = line.text.toHtmlEscaped();
                switch (line.kind) {
                case agreements::DiffLine::Same: html += QStringLiteral("  %1\n").arg(text); break;
                case agreements::DiffLine::Added:
                    ++changes;
                    html += QStringLiteral("<span class=\"added\">+ %1</span>\n").arg(text);
                    break;
                case agreements::DiffLine::Removed:
                    ++changes;
                    html += QStringLiteral("<span class=\"removed\">- %1</span>\n").arg(text);
                    break;
                }
            }
            html += QStringLiteral("</pre>");
            if (changes == 0)
                html = QStringLiteral("<p>%1</p>")
                           .arg(tr("The texts of versions %1 and %2 are the same.").arg(from).arg(to));
            setThemedHtml(m_diff, html);
        });
    });
}

void AgreementDetailPage::sign()
{
    if (!m_services)
        return;
    if (!isOnline()) {
        needsConnection(Act::Sign);
        return;
    }
    const QString text = tr("Sign version %1 of \"%2\" on behalf of %3? This accepts the agreement's terms.")
                             .arg(m_view.activeVersion)
                             .arg(m_view.name, m_services->account().name)
        + QStringLiteral("\n\n")
        + tr("Connect records your signature as soon as you click Sign, so this needs a connection to Connect.");
    QMessageBox box(QMessageBox::Question, tr("Sign agreement"), text, QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("sign-confirmation"));
    QPushButton *confirm = box.addButton(tr("Sign"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != confirm || !m_services)
        return;
    setSending(Act::Sign, true);
    const QString id = m_id;
    m_services->agreementActions().sign(id, this, [this, id](const agreements::ActOutcome &outcome) {
        if (id == m_id)
            showOutcome(Act::Sign, outcome);
    });
}

void AgreementDetailPage::enrol()
{
    if (!m_services)
        return;
    if (!isOnline()) {
        needsConnection(Act::Enrol);
        return;
    }
    bool ok = false;
    const QString note = QInputDialog::getText(this, tr("Enroll in agreement"),
        tr("Enroll in \"%1\" to list products on %2. Connect records your enrollment as soon as you click "
           "OK. A note for the provider (optional):")
            .arg(m_view.name, m_view.marketplaceName),
        QLineEdit::Normal, QString(), &ok);
    if (!ok || !m_services)
        return;
    setSending(Act::Enrol, true);
    const QString id = m_id;
    m_services->agreementActions().enrol(id, note, this, [this, id](const agreements::ActOutcome &outcome) {
        if (id == m_id)
            showOutcome(Act::Enrol, outcome);
    });
}

void AgreementDetailPage::needsConnection(Act act)
{
    m_offlineMessage = true;
    //: %1 is the label of the Sign or Enroll button.
    showActionMessage(act == Act::Sign
            ? tr("Signing needs a connection to Connect: a signature is a legal act that Connect records when you "
                 "sign, so it is not saved on this computer to be sent later. Connect cannot be reached now. Check "
                 "your connection, then click \"%1\" again.")
                  .arg(tr("Sign version %1…").arg(m_view.activeVersion))
            : tr("Enrolling needs a connection to Connect: an enrollment is a contractual act that Connect records "
                 "when you enroll, so it is not saved on this computer to be sent later. Connect cannot be reached "
                 "now. Check your connection, then click \"%1\" again.")
                  .arg(tr("Enroll in this agreement…")),
        true);
}

void AgreementDetailPage::setSending(Act act, bool sending)
{
    QPushButton *button = act == Act::Sign ? m_sign : m_enrol;
    m_sign->setEnabled(!sending);
    m_enrol->setEnabled(!sending);
    if (sending) {
        button->setText(act == Act::Sign ? tr("Signing…") : tr("Enrolling…"));
        m_offlineMessage = false;
        showActionMessage(
            act == Act::Sign ? tr("Sending your signature to Connect…") : tr("Sending your enrollment to Connect…"),
            false);
    }
}

void AgreementDetailPage::showOutcome(Act act, const agreements::ActOutcome &outcome)
{
    using Result = agreements::ActOutcome::Result;
    const bool signing = act == Act::Sign;
    switch (outcome.result) {
    case Result::Done:
        //: %1 is the date and time Connect recorded the signature.
        showActionMessage(signing
                ? tr("Connect recorded your signature on %1.").arg(AgreementLabels::dateTime(outcome.at))
                //: %1 is the date and time Connect recorded the enrollment.
                : tr("Connect recorded your enrollment on %1.").arg(AgreementLabels::dateTime(outcome.at)),
            false);
        break;
    case Result::Offline: needsConnection(act); break;
    case Result::Unknown:
        showActionMessage(signing
                ? tr("The connection to Connect broke while your signature was being sent, so it is not known whether "
                     "Connect recorded it. Nothing is saved to be sent later: the next sync shows whether it did. If "
                     "it did not, sign again once Connect can be reached.")
                : tr("The connection to Connect broke while your enrollment was being sent, so it is not known "
                     "whether Connect recorded it. Nothing is saved to be sent later: the next sync shows whether it "
                     "did. If it did not, enroll again once Connect can be reached."),
            true);
        break;
    case Result::Refused: {
        QStringList reasons;
        if (!outcome.error.ok()) {
            for (const api::Problem &problem : api::problemsOf(outcome.error))
                reasons << ProblemText::describe(problem);
        }
        const QString why = reasons.isEmpty() ? outcome.reason : reasons.join(QLatin1Char(' '));
        //: %1 is Connect's reason in plain words.
        showActionMessage(signing ? tr("Connect refused the signature: %1").arg(why)
                                  //: %1 is Connect's reason in plain words.
                                  : tr("Connect refused the enrollment: %1").arg(why),
            true);
        break;
    }
    }
    if (!outcome.reason.isEmpty())
        qWarning().noquote() << "agreement" << m_id << (signing ? "sign:" : "enrol:") << outcome.reason;
    m_sign->setEnabled(true);
    m_enrol->setEnabled(true);
    refresh();
    Q_EMIT changed();
}

void AgreementDetailPage::showActionMessage(const QString &text, bool problem)
{
    m_actionMessage->setText(text);
    m_actionMessage->setProperty("problem", problem);
    // A refusal stands out (the error colour of ui/shell/fieldmessages.cpp); progress and success read as text.
    if (problem)
        Theme::setTone(m_actionMessage, Tone::Error);
    else
        Theme::clearTone(m_actionMessage);
    m_actionMessage->setVisible(!text.isEmpty());
}

void AgreementDetailPage::retranslate()
{
    m_back->setText(tr("← All agreements"));
    m_statusLabel->setText(tr("Status:"));
    m_activeLabel->setText(tr("Active version:"));
    m_signedLabel->setText(tr("Signed:"));
    m_contractLabel->setText(tr("Contract:"));
    m_enrol->setText(tr("Enroll in this agreement…"));
    m_tabs->setTabText(0, tr("Document"));
    m_tabs->setTabText(1, tr("Versions"));
    m_tabs->setTabText(2, tr("History"));
    m_history->setHorizontalHeaderLabels({ tr("When"), tr("Who"), tr("What"), tr("Sent to Connect") });
    m_versions->setHorizontalHeaderLabels({ tr("Version"), tr("Created"), tr("Author"), tr("Standing") });
    m_versions->setToolTip(tr("Double-click a version to read its document."));
    m_compareLabel->setText(tr("Compare"));
    m_compare->setText(tr("Show changes"));
    m_versions->setAccessibleName(tr("Versions"));
    m_history->setAccessibleName(tr("History"));
    m_from->setAccessibleName(tr("Compare from version"));
    m_to->setAccessibleName(tr("Compare to version"));
    m_diff->setAccessibleName(tr("Changes between the versions"));
    m_document->retranslate();
    refresh();
}

} // namespace cv::ui
