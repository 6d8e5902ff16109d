#include "ui/inventory/profilepage.h"
#include "ui/shell/filedialogs.h"

#include "app/api/apiclient.h"
#include "app/inventory/productendpoints.h"
#include "app/store/objectrepository.h"
#include "app/sync/accountsession.h"
#include "ui/inventory/productpages/producteditcommand.h"
#include "ui/shell/accessibility.h"

#include <QUndoStack>

#include "app/inventory/producteditor.h"
#include "app/store/objectrepository.h"
#include "app/store/outbox.h"
#include "ui/inventory/logowell.h"
#include "ui/inventory/markdownpreview.h"
#include "ui/style/theme.h"

#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QVBoxLayout>

namespace cv::ui {

namespace {

const QString s_products = QStringLiteral("products");
const QString s_name = QStringLiteral("name");
const QString s_short = QStringLiteral("short_description");
const QString s_detailed = QStringLiteral("detailed_description");

/// Replaces the text of `edit` without moving the cursor more than needed and without a textChanged save.
void setPlainTextKeepingCursor(QPlainTextEdit *edit, const QString &text)
{
    if (edit->toPlainText() == text)
        return;
    const int position = edit->textCursor().position();
    edit->setPlainText(text);
    QTextCursor cursor = edit->textCursor();
    cursor.setPosition(qMin(position, int(text.size())));
    edit->setTextCursor(cursor);
}

} // namespace

ProfilePage::ProfilePage(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_nameLock(new QLabel(this))
    , m_idLabel(new QLabel(this))
    , m_id(new QLabel(this))
    , m_logoLabel(new QLabel(this))
    , m_logo(new LogoWell(this))
    , m_chooseLogo(new QPushButton(this))
    , m_logoHint(new QLabel(this))
    , m_shortLabel(new QLabel(this))
    , m_short(new QPlainTextEdit(this))
    , m_shortCounter(new QLabel(this))
    , m_detailedLabel(new QLabel(this))
    , m_detailedHint(new QLabel(this))
    , m_detailed(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
    , m_heldNotice(new QLabel(this))
    , m_saveState(new QLabel(this))
{
    setObjectName(QStringLiteral("productProfile"));
    m_heading->setProperty("cardTitle", true);
    m_name->setObjectName(QStringLiteral("profileName"));
    m_name->setMaxLength(255);
    m_nameLock->setObjectName(QStringLiteral("nameLockReason"));
    m_nameLock->setWordWrap(true);
    Theme::setTone(m_nameLock, Tone::Muted);
    m_nameLock->hide();
    m_id->setObjectName(QStringLiteral("profileId"));
    m_id->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_logo->setObjectName(QStringLiteral("logoWell"));
    m_chooseLogo->setObjectName(QStringLiteral("chooseLogo"));
    m_logoHint->setWordWrap(true);
    Theme::setTone(m_logoHint, Tone::Muted);
    m_short->setObjectName(QStringLiteral("shortDescription"));
    m_short->setTabChangesFocus(true);
    m_short->setFixedHeight(84);
    m_shortCounter->setObjectName(QStringLiteral("shortDescriptionCounter"));
    m_shortCounter->setAlignment(Qt::AlignRight);
    m_detailed->setObjectName(QStringLiteral("detailedDescription"));
    m_detailed->setTabChangesFocus(true);
    m_detailed->setMinimumHeight(260);
    Theme::setTone(m_detailedHint, Tone::Muted);
    m_detailedHint->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("profileError"));
    m_error->setWordWrap(true);
    Theme::setTone(m_error, Tone::Error);
    m_error->hide();
    m_heldNotice->setObjectName(QStringLiteral("profileHeldNotice"));
    m_heldNotice->setWordWrap(true);
    m_heldNotice->setTextFormat(Qt::RichText);
    Theme::setStyleProperty(m_heldNotice, "notice", true);
    m_heldNotice->hide();
    m_saveState->setObjectName(QStringLiteral("profileSaveState"));
    Theme::setTone(m_saveState, Tone::Muted);

    // Only the Markdown editor and its preview take the extra height.
    for (QLabel *label : { m_nameLock, m_id, m_logoHint, m_shortCounter, m_detailedHint })
        label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    auto *nameBox = new QVBoxLayout;
    nameBox->setSpacing(2);
    nameBox->addWidget(m_name);
    nameBox->addWidget(m_nameLock);

    auto *logoButtons = new QVBoxLayout;
    logoButtons->addWidget(m_chooseLogo, 0, Qt::AlignLeft);
    logoButtons->addWidget(m_logoHint);
    auto *logoBox = new QHBoxLayout;
    logoBox->addWidget(m_logo);
    logoBox->addLayout(logoButtons, 1);
    logoBox->setAlignment(logoButtons, Qt::AlignTop);

    auto *shortBox = new QVBoxLayout;
    shortBox->setSpacing(2);
    shortBox->addWidget(m_short);
    shortBox->addWidget(m_shortCounter);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_detailed);
    splitter->setObjectName(QStringLiteral("detailedSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 400, 400 });
    splitter->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_splitter = splitter;
    auto *detailedBox = new QVBoxLayout;
    detailedBox->setSpacing(2);
    detailedBox->addWidget(m_detailedHint);
    detailedBox->addWidget(splitter, 1);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->addRow(m_nameLabel, nameBox);
    form->addRow(m_idLabel, m_id);
    form->addRow(m_logoLabel, logoBox);
    form->addRow(m_shortLabel, shortBox);
    form->addRow(m_detailedLabel, detailedBox);

    auto *header = new QHBoxLayout;
    header->addWidget(m_heading);
    header->addStretch(1);
    header->addWidget(m_saveState);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(24, 16, 24, 16);
    contentLayout->addLayout(header);
    contentLayout->addWidget(m_error);
    contentLayout->addWidget(m_heldNotice);
    contentLayout->addLayout(form, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    setTabOrder(m_name, m_chooseLogo);
    setTabOrder(m_chooseLogo, m_short);
    setTabOrder(m_short, m_detailed);

    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(kSaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &ProfilePage::flush);
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) { queue(s_name, text.trimmed()); });
    connect(m_short, &QPlainTextEdit::textChanged, this, [this] {
        updateCounter();
        queue(s_short, m_short->toPlainText());
    });
    connect(m_detailed, &QPlainTextEdit::textChanged, this, [this] {
        if (m_preview)
            m_preview->setMarkdown(m_detailed->toPlainText());
        queue(s_detailed, m_detailed->toPlainText());
    });
    connect(m_chooseLogo, &QPushButton::clicked, this, &ProfilePage::chooseLogo);
    connect(m_logo, &LogoWell::fileDropped, this, &ProfilePage::setLogoFromFile);
    connect(m_heldNotice, &QLabel::linkActivated, this, &ProfilePage::resolveHeld);
    retranslate();
}

ProfilePage::~ProfilePage()
{
    // Normally flushed by the product page already; nobody listens any more.
    blockSignals(true);
    flush();
}

void ProfilePage::load(const QString &productId)
{
    flush();
    m_productId = productId;
    m_pending = {};
    m_held = {};
    m_heldNotice->hide();
    m_error->hide();
    m_loading = true;
    QJsonObject json;
    if (m_context.isValid() && !productId.isEmpty()) {
        if (const auto product = m_context.objects->get(s_products, productId))
            json = product->json;
    }
    m_name->setText(json.value(s_name).toString());
    m_id->setText(
        productId.startsWith(QLatin1String("local:")) ? tr("Assigned by Connect at the next sync") : productId);
    m_short->setPlainText(json.value(s_short).toString());
    m_detailed->setPlainText(json.value(s_detailed).toString());
    m_base = {};
    for (const QString &field : { s_name, s_short, s_detailed })
        m_base.insert(field, json.value(field).toString());
    m_loading = false;
    updateCounter();
    updateNameLock();
    showLogo();
    if (m_preview) {
        m_preview->setMarkdown(m_detailed->toPlainText());
        m_preview->renderNow();
    }
    m_saveState->setText(tr("Changes are saved as you type."));
}

void ProfilePage::setProductId(const QString &productId)
{
    m_productId = productId;
    m_id->setText(
        productId.startsWith(QLatin1String("local:")) ? tr("Assigned by Connect at the next sync") : productId);
}

QString ProfilePage::fieldText(const QString &field) const
{
    if (field == s_name)
        return m_name->text().trimmed();
    return (field == s_short ? m_short : m_detailed)->toPlainText();
}

void ProfilePage::setFieldText(const QString &field, const QString &text)
{
    const bool wasLoading = std::exchange(m_loading, true);
    if (field == s_name) {
        if (m_name->text().trimmed() != text) {
            const int position = m_name->cursorPosition();
            m_name->setText(text);
            m_name->setCursorPosition(qMin(position, int(text.size())));
        }
    } else {
        setPlainTextKeepingCursor(field == s_short ? m_short : m_detailed, text);
    }
    m_loading = wasLoading;
}

void ProfilePage::refreshFromCache()
{
    if (!m_context.isValid() || m_productId.isEmpty())
        return;
    const auto product = m_context.objects->get(s_products, m_productId);
    if (!product)
        return;
    for (const QString &field : { s_name, s_short, s_detailed }) {
        const QString cached = product->json.value(field).toString();
        if (m_pending.contains(field) || m_held.contains(field)) {
            // Being typed in: the typing stays on screen; if the cache moved meanwhile, it is not saved over
            // the new value without the user's word.
            if (m_held.contains(field) || cached != m_base.value(field).toString()) {
                m_held.insert(field, cached);
                m_pending.remove(field);
            }
            continue;
        }
        // Shown even in the field with the focus: what it shows is saved, so only the cache can be newer.
        setFieldText(field, cached);
        m_base.insert(field, cached);
    }
    if (m_pending.isEmpty())
        m_saveTimer.stop();
    if (m_pending.isEmpty() && m_held.isEmpty() && !product->dirty)
        m_saveState->setText(tr("Changes are saved as you type.")); // "sent with the next sync" is done
    updateCounter();
    updateNameLock();
    showLogo();
    showHeldNotice();
    if (m_preview)
        m_preview->setMarkdown(m_detailed->toPlainText());
}

void ProfilePage::showHeldNotice()
{
    QStringList lines;
    for (auto it = m_held.constBegin(); it != m_held.constEnd(); ++it) {
        const QString label = it.key() == s_name ? tr("Name")
            : it.key() == s_short                ? tr("Short description")
                                                 : tr("Detailed overview");
        lines << tr("“%1” was changed meanwhile (a sync or a conflict decision) while you were typing in it; "
                    "your text is not saved yet. "
                    "<a href=\"theirs:%2\">Use the new text</a> · <a href=\"mine:%2\">Keep mine</a>")
                     .arg(label.toHtmlEscaped(), it.key());
    }
    m_heldNotice->setText(lines.join(QStringLiteral("<br>")));
    m_heldNotice->setVisible(!lines.isEmpty());
    if (!lines.isEmpty())
        m_saveState->setText(tr("Not saved"));
}

void ProfilePage::resolveHeld(const QString &link)
{
    const QString field = link.section(QLatin1Char(':'), 1);
    if (!m_held.contains(field))
        return;
    const QString theirs = m_held.take(field).toString();
    m_base.insert(field, theirs);
    if (link.startsWith(QLatin1String("theirs:"))) {
        setFieldText(field, theirs);
        updateCounter();
        if (field == s_detailed && m_preview)
            m_preview->setMarkdown(theirs);
    } else {
        m_pending.insert(field, fieldText(field)); // the user chose: saved over the new value
        flush();
    }
    showHeldNotice();
}

void ProfilePage::queue(const QString &field, const QJsonValue &value)
{
    if (m_loading || m_productId.isEmpty())
        return;
    if (m_held.contains(field))
        return; // waits for the user's word on the notice

    m_pending.insert(field, value);
    m_saveState->setText(tr("Saving…"));
    m_saveTimer.start();
}

void ProfilePage::setUndoStack(QUndoStack *stack)
{
    m_undo = stack;
    connect(stack, &QUndoStack::indexChanged, this, [this] {
        if (!m_loading)
            refreshFromCache();
    });
}

bool ProfilePage::flush()
{
    m_saveTimer.stop();
    if (m_pending.isEmpty())
        return true;
    const QJsonObject patch = std::exchange(m_pending, {});
    if (!m_context.isValid() || m_productId.isEmpty())
        return false; // the account closed meanwhile: never write to another one
    const auto before = m_context.objects->get(QStringLiteral("products"), m_productId);
    const auto result = m_context.editor->updateProduct(m_productId, patch);
    if (!result.ok()) {
        showError(result.error().errors);
        m_saveState->setText(tr("Not saved"));
        return false;
    }
    if (m_undo && before) {
        m_loading = true; // pushing moves the history: no reload over what was just typed
        m_undo->push(new ProductEditCommand(*m_context.editor, ProductEditCommand::Operation::UpdateProduct, QString(),
            m_productId, m_productId, ProductEditCommand::previousValues(before->json, patch), patch,
            tr("Edit profile")));
        m_loading = false;
    }
    for (auto it = patch.constBegin(); it != patch.constEnd(); ++it)
        m_base.insert(it.key(), it.value());
    m_error->hide();
    m_saveState->setText(tr("Saved on this computer; sent with the next sync."));
    Q_EMIT saved();
    return true;
}

void ProfilePage::showError(const QStringList &errors)
{
    // Connect's "field: message" lines; the field is evident on this page.
    QStringList messages;
    for (const QString &error : errors) {
        static const QRegularExpression field(QStringLiteral("^[a-z_.]+: "));
        messages << QString(error).remove(field);
    }
    m_error->setText(tr("This change was not saved: %1").arg(messages.join(QStringLiteral(" "))));
    m_error->show();
    m_saveState->setText(tr("Not saved"));
}

void ProfilePage::updateCounter()
{
    const int length = int(m_short->toPlainText().size());
    m_shortCounter->setText(tr("%1 / %2").arg(length).arg(kShortDescriptionLimit));
    const bool atLimit = length >= kShortDescriptionLimit;
    m_shortCounter->setProperty("atLimit", atLimit);
    m_shortCounter->setStyleSheet(atLimit ? QStringLiteral("font-weight: bold;") : QString());
    Theme::setTone(m_shortCounter, atLimit ? Tone::Error : Tone::Muted);
    m_shortCounter->setToolTip(length > kShortDescriptionLimit
            ? tr("The short description is limited to %n characters; shorten it to save it.", nullptr,
                kShortDescriptionLimit)
            : QString());
}

void ProfilePage::updateNameLock()
{
    const QString reason
        = m_context.isValid() && !m_productId.isEmpty() ? m_context.editor->nameLockReason(m_productId) : QString();
    if (m_name->isReadOnly() != !reason.isEmpty()) {
        m_name->setReadOnly(!reason.isEmpty());
        m_name->style()->unpolish(m_name); // the read-only look is a style sheet on the property
        m_name->style()->polish(m_name);
    }
    m_nameLock->setVisible(!reason.isEmpty());
    QString shown = reason;
    if (shown.startsWith(QLatin1String("name: ")))
        shown = shown.mid(6); // Connect's "field: message" form; the field is evident here
    m_nameLock->setText(shown.isEmpty() ? QString() : tr("Locked: %1").arg(shown));
}

void ProfilePage::showLogo()
{
    if (!m_context.isValid() || m_productId.isEmpty()) {
        m_logo->setPlaceholderText(tr("No logo.\nDrop a PNG or JPEG here."));
        m_logo->setImage({});
        Q_EMIT logoShown({});
        return;
    }
    // A logo set offline waits in the outbox (multipart upload): show the newest one not yet sent.
    QByteArray image;
    const QList<store::OutboxEntry> entries = m_context.outbox->pending() + m_context.outbox->failed();
    qint64 newest = -1;
    for (const store::OutboxEntry &entry : entries) {
        if (entry.collection == s_products && entry.objectId == m_productId && !entry.blob.isEmpty()
            && entry.seq > newest) {
            newest = entry.seq;
            image = entry.blob;
        }
    }
    if (!image.isEmpty()) {
        m_logo->setImage(image);
        Q_EMIT logoShown(image);
        return;
    }
    const auto product = m_context.objects->get(s_products, m_productId);
    const QString icon = product ? product->json.value(QStringLiteral("icon")).toString() : QString();
    if (icon.isEmpty()) {
        m_logo->setPlaceholderText(tr("No logo.\nDrop a PNG or JPEG here."));
        m_logo->setImage({});
        Q_EMIT logoShown({});
        return;
    }
    // On Connect: the image uploaded from here or last downloaded, while a newer one is fetched when the
    // product changed since.
    const Logo known = m_logos.value(m_productId);
    m_logo->setPlaceholderText(tr("Logo stored on Connect (shown when online).\nDrop an image here to replace it."));
    m_logo->setImage(known.image);
    Q_EMIT logoShown(known.image);
    const QString key = icon + QLatin1Char('|')
        + product->json.value(QStringLiteral("events"))
              .toObject()
              .value(QStringLiteral("updated"))
              .toObject()
              .value(QStringLiteral("at"))
              .toString();
    if (known.key != key)
        downloadLogo(m_productId, icon, key);
}

void ProfilePage::downloadLogo(const QString &productId, const QString &icon, const QString &key)
{
    sync::AccountSession *session = m_context.session;
    if (!session || !session->client()
        || (session->connection() != sync::AccountSession::Connection::Online
            && session->connection() != sync::AccountSession::Connection::Syncing))
        return;
    // Media are public on the portal host: the request carries no API key.
    QNetworkReply *reply = inventory::downloadMedia(*session->client(), icon);
    if (!reply)
        return;
    m_logos[productId].key = key; // one download per version of the product
    connect(reply, &QNetworkReply::finished, this, [this, reply, productId, key] {
        reply->deleteLater();
        const QByteArray image = reply->readAll();
        QPixmap check;
        if (reply->error() != QNetworkReply::NoError || !check.loadFromData(image)) {
            if (m_logos.value(productId).key == key)
                m_logos[productId].key.clear(); // try again at the next refresh
            return;
        }
        m_logos.insert(productId, Logo { key, image });
        if (productId == m_productId)
            showLogo();
    });
}

bool ProfilePage::setLogoFromFile(const QString &path)
{
    if (!m_context.isValid() || m_productId.isEmpty())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError({ tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), file.errorString()) });
        return false;
    }
    const QByteArray image = file.read(4 * 1024 * 1024 + 1);
    flush();
    const auto result = m_context.editor->setLogo(m_productId, image, QFileInfo(path).fileName());
    if (!result.ok()) {
        showError(result.error().errors);
        return false;
    }
    m_logos[m_productId].image = image; // shown after the upload, until a newer one is downloaded
    m_error->hide();
    showLogo();
    m_saveState->setText(tr("Logo saved on this computer; uploaded with the next sync."));
    Q_EMIT saved();
    return true;
}

void ProfilePage::chooseLogo()
{
    const QString path = FileDialogs::openFileName(
        this, QStringLiteral("images"), tr("Choose the product logo"), tr("Images (*.png *.jpg *.jpeg)"));
    if (!path.isEmpty())
        setLogoFromFile(path);
}

void ProfilePage::retranslate()
{
    m_heading->setText(tr("Profile"));
    m_nameLabel->setText(tr("&Name"));
    nameAfterLabel(m_name, m_nameLabel); // the field sits in a box with its lock note
    m_idLabel->setText(tr("Product ID"));
    m_logoLabel->setText(tr("Logo"));
    m_chooseLogo->setText(tr("Choose &logo…"));
    m_logoHint->setText(tr("PNG or JPEG, at most 1 MB; a square image of at least 120 × 120 pixels looks best. "
                           "You can also drop a file on the logo."));
    m_logo->setPlaceholderText(m_logo->hasImage() ? QString() : tr("No logo.\nDrop a PNG or JPEG here."));
    m_shortLabel->setText(tr("&Short description"));
    nameAfterLabel(m_short, m_shortLabel);
    m_short->setPlaceholderText(tr("One or two sentences shown in catalogs and search results."));
    m_detailedLabel->setText(tr("&Detailed overview"));
    nameAfterLabel(m_detailed, m_detailedLabel);
    m_detailedHint->setText(tr("Markdown: **bold**, *italic*, # headings, lists, tables and links. The preview on "
                               "the right shows it as customers will see it."));
    m_detailed->setPlaceholderText(tr("What the product does, who it is for, what is included…"));
    updateCounter();
    updateNameLock();
}

void ProfilePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

MarkdownPreview *ProfilePage::ensurePreview()
{
    if (m_preview)
        return m_preview;
    // Created when first shown: the web engine starts only when someone looks at a product profile.
    m_preview = new MarkdownPreview(this);
    m_preview->setObjectName(QStringLiteral("detailedPreview"));
    m_preview->setMinimumHeight(260);
    m_preview->setMinimumWidth(240);
    m_splitter->addWidget(m_preview);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({ 400, 400 });
    m_preview->setMarkdown(m_detailed->toPlainText());
    m_preview->renderNow();
    return m_preview;
}

void ProfilePage::showEvent(QShowEvent *event)
{
    ensurePreview();
    refreshFromCache(); // coming back shows what changed meanwhile
    QWidget::showEvent(event);
}

void ProfilePage::hideEvent(QHideEvent *event)
{
    flush();
    QWidget::hideEvent(event);
}

} // namespace cv::ui
