#include "ui/inventory/previewpage.h"

#include "app/api/apiclient.h"
#include "app/api/apijob.h"
#include "app/fulfillment/requestactions.h"
#include "app/inventory/productendpoints.h"
#include "app/store/objectrepository.h"
#include "app/sync/accountsession.h"
#include "ui/fulfillment/ccppreview.h"
#include "ui/style/theme.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

namespace cv::ui {

namespace {

const QStringList kAccountKeys { QStringLiteral("company"), QStringLiteral("first_name"), QStringLiteral("last_name"),
    QStringLiteral("address"), QStringLiteral("city"), QStringLiteral("postal_code"), QStringLiteral("country"),
    QStringLiteral("email") };

QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

QJsonObject tierAccount(const QHash<QString, QLineEdit *> &fields)
{
    auto value = [&fields](const char *key) { return fields.value(QLatin1String(key))->text().trimmed(); };
    QJsonObject contact { { QStringLiteral("first_name"), value("first_name") },
        { QStringLiteral("last_name"), value("last_name") }, { QStringLiteral("email"), value("email") } };
    QJsonObject info { { QStringLiteral("address_line1"), value("address") }, { QStringLiteral("city"), value("city") },
        { QStringLiteral("postal_code"), value("postal_code") }, { QStringLiteral("country"), value("country") },
        { QStringLiteral("contact"), contact } };
    return { { QStringLiteral("name"), value("company") }, { QStringLiteral("contact_info"), info } };
}

/// A value a customer would plausibly give for an ordering parameter, by its type (and, for plain text, by
/// what its name or title says it is), built from the scenario's customer. Data, not UI text: not translated.
QString exampleValue(const QJsonObject &param, const QHash<QString, QLineEdit *> &customer)
{
    auto field = [&customer](const char *key) { return customer.value(QLatin1String(key))->text().trimmed(); };
    const QString email = field("email");
    const QString domain = email.section(QLatin1Char('@'), 1);
    const QString host = domain.section(QLatin1Char('.'), 0, 0);
    const QString phone = QStringLiteral("+1 415 555 01%1").arg(domain.size() % 90 + 10);
    const QString address
        = QStringLiteral("%1, %2, %3, %4").arg(field("address"), field("city"), field("postal_code"), field("country"));
    const QString url = QStringLiteral("https://www.%1").arg(domain);
    const QJsonObject constraints = param.value(QStringLiteral("constraints")).toObject();
    QJsonArray choices = param.value(QStringLiteral("value_choices")).toArray();
    if (choices.isEmpty())
        choices = constraints.value(QStringLiteral("choices")).toArray();
    const QString firstChoice = choices.isEmpty()
        ? QString()
        : (choices.first().isObject() ? choices.first().toObject().value(QStringLiteral("value")).toString()
                                      : choices.first().toString());
    const QString type = str(param, "type");
    if (type == QLatin1String("email"))
        return email;
    if (type == QLatin1String("phone"))
        return phone;
    if (type == QLatin1String("url"))
        return url;
    if (type == QLatin1String("domain"))
        return domain;
    if (type == QLatin1String("subdomain"))
        return host;
    if (type == QLatin1String("address"))
        return address;
    if (type == QLatin1String("choice") || type == QLatin1String("dropdown"))
        return firstChoice;
    if (type == QLatin1String("checkbox"))
        return firstChoice.isEmpty() ? QStringLiteral("true") : firstChoice;
    if (type == QLatin1String("object"))
        return QStringLiteral("{\"company\": \"%1\"}").arg(field("company"));
    if (type == QLatin1String("password"))
        return QStringLiteral("Preview-%1-Pass!").arg(host);
    // Plain text: guess from what the parameter is called ("admin_email", "Company domain", ...).
    const QString words = (str(param, "name") + QLatin1Char(' ') + str(param, "title")).toLower();
    auto says = [&words](std::initializer_list<const char *> keys) {
        for (const char *key : keys) {
            if (words.contains(QLatin1String(key)))
                return true;
        }
        return false;
    };
    if (says({ "mail" }))
        return email;
    if (says({ "phone", "mobile" }))
        return phone;
    if (says({ "url", "website", "site" }))
        return url;
    if (says({ "subdomain" }))
        return host;
    if (says({ "domain" }))
        return domain;
    if (says({ "address", "street" }))
        return address;
    if (says({ "company", "organization", "organisation", "tenant", "account" }))
        return field("company");
    if (says({ "first" }))
        return field("first_name");
    if (says({ "last", "surname" }))
        return field("last_name");
    if (says({ "name", "admin", "contact" }))
        return field("first_name") + QLatin1Char(' ') + field("last_name");
    if (says({ "id", "number", "code", "reference" }))
        return QStringLiteral("CUST-%1").arg(domain.size() * 97 % 9000 + 1000);
    return QStringLiteral("Sample %1")
        .arg(str(param, "title").isEmpty() ? str(param, "name") : str(param, "title").toLower());
}

} // namespace

PreviewPage::PreviewPage(
    sync::AccountSession *session, store::ObjectRepository &objects, const QString &productId, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_objects(objects)
    , m_productId(productId)
    , m_intro(new QLabel(this))
    , m_accountsBox(new QGroupBox(this))
    , m_customizeAccounts(new QCheckBox(this))
    , m_assetBox(new QGroupBox(this))
    , m_customizeAsset(new QCheckBox(this))
    , m_assetForm(new QFormLayout)
    , m_start(new QPushButton(this))
    , m_blocked(new QLabel(this))
    , m_stepsTitle(new QLabel(this))
    , m_steps(new QListWidget(this))
    , m_result(new QLabel(this))
    , m_signIn(new QPushButton(this))
    , m_openRequest(new QPushButton(this))
{
    setObjectName(QStringLiteral("previewPage"));
    m_intro->setWordWrap(true);

    m_customerBox = accountGroup(QStringLiteral("customerBox"), m_customer, m_customerForm);
    m_resellerBox = accountGroup(QStringLiteral("resellerBox"), m_reseller, m_resellerForm);
    m_customizeAccounts->setObjectName(QStringLiteral("customizeAccounts"));
    auto *accountsLayout = new QVBoxLayout(m_accountsBox);
    accountsLayout->addWidget(m_customizeAccounts);
    auto *tiers = new QHBoxLayout;
    tiers->addWidget(m_customerBox);
    tiers->addWidget(m_resellerBox);
    accountsLayout->addLayout(tiers);

    m_customizeAsset->setObjectName(QStringLiteral("customizeAsset"));
    auto *assetLayout = new QVBoxLayout(m_assetBox);
    assetLayout->addWidget(m_customizeAsset);
    assetLayout->addLayout(m_assetForm);

    m_start->setObjectName(QStringLiteral("startPreview"));
    m_start->setDefault(true);
    m_start->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_blocked->setObjectName(QStringLiteral("previewBlockedReason"));
    m_blocked->setWordWrap(true);
    m_blocked->setProperty("hint", true);
    m_steps->setObjectName(QStringLiteral("previewSteps"));
    m_steps->setFocusPolicy(Qt::NoFocus);
    m_steps->setMaximumHeight(150);
    m_steps->setSelectionMode(QAbstractItemView::NoSelection);
    m_result->setObjectName(QStringLiteral("previewResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    // Links for the mouse; the keyboard has the buttons below (a label's links trap Tab).
    m_result->setTextInteractionFlags(Qt::LinksAccessibleByMouse);
    m_result->setFocusPolicy(Qt::NoFocus);
    m_result->hide();
    m_signIn->setObjectName(QStringLiteral("previewSignInToCcp"));
    m_signIn->hide();
    m_openRequest->setObjectName(QStringLiteral("previewOpenRequest"));
    m_openRequest->hide();
    m_stepsTitle->hide();
    m_steps->hide();

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_intro);
    layout->addWidget(m_accountsBox);
    layout->addWidget(m_assetBox);
    auto *startRow = new QHBoxLayout;
    startRow->addWidget(m_start);
    startRow->addWidget(m_blocked, 1);
    startRow->addStretch(0);
    layout->addLayout(startRow);
    layout->addWidget(m_stepsTitle);
    layout->addWidget(m_steps);
    layout->addWidget(m_result);
    auto *signInRow = new QHBoxLayout;
    signInRow->addWidget(m_openRequest);
    signInRow->addWidget(m_signIn);
    signInRow->addStretch(1);
    layout->addLayout(signInRow);
    layout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_customizeAccounts, &QCheckBox::toggled, this, &PreviewPage::updateEditable);
    connect(m_customizeAsset, &QCheckBox::toggled, this, &PreviewPage::updateEditable);
    connect(m_start, &QPushButton::clicked, this, &PreviewPage::start);
    connect(m_signIn, &QPushButton::clicked, this, &PreviewPage::openCustomerPanel);
    connect(m_openRequest, &QPushButton::clicked, this, [this] {
        if (!m_resultRequestId.isEmpty())
            Q_EMIT openRequestRequested(m_resultRequestId);
    });
    connect(m_result, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(QLatin1String("request:")))
            Q_EMIT openRequestRequested(link.mid(8));
    });
    m_poll.setSingleShot(true);
    m_poll.setInterval(300);
    connect(&m_poll, &QTimer::timeout, this, &PreviewPage::poll);
    if (m_session)
        connect(m_session, &sync::AccountSession::connectionChanged, this, &PreviewPage::updateStartable);

    fillDefaults();
    reload();
}

PreviewPage::~PreviewPage() = default;

QGroupBox *PreviewPage::accountGroup(const QString &objectName, QHash<QString, QLineEdit *> &fields, QFormLayout *&form)
{
    auto *box = new QGroupBox(this);
    box->setObjectName(objectName);
    form = new QFormLayout(box);
    for (const QString &key : kAccountKeys) {
        auto *edit = new QLineEdit(box);
        edit->setObjectName(objectName + QLatin1Char('-') + key);
        fields.insert(key, edit);
        form->addRow(QString(), edit);
    }
    return box;
}

void PreviewPage::fillDefaults()
{
    // The default scenario: plausible generated details (like the portal's), different on every page.
    const quint32 n = QRandomGenerator::global()->bounded(1000u, 9999u);
    auto fill = [n](QHash<QString, QLineEdit *> &fields, const QString &company, const QString &first,
                    const QString &last, const QString &domain) {
        fields.value(QStringLiteral("company"))->setText(company.arg(n));
        fields.value(QStringLiteral("first_name"))->setText(first);
        fields.value(QStringLiteral("last_name"))->setText(last);
        fields.value(QStringLiteral("address"))->setText(QStringLiteral("%1 Market Street").arg(n % 400 + 1));
        fields.value(QStringLiteral("city"))->setText(QStringLiteral("San Francisco"));
        fields.value(QStringLiteral("postal_code"))->setText(QStringLiteral("94105"));
        fields.value(QStringLiteral("country"))->setText(QStringLiteral("US"));
        fields.value(QStringLiteral("email"))
            ->setText(QStringLiteral("%1.%2@%3").arg(first.toLower(), last.toLower(), domain.arg(n)));
    };
    fill(m_customer, QStringLiteral("Preview Customer %1 Inc."), QStringLiteral("Alex"), QStringLiteral("Morgan"),
        QStringLiteral("customer%1.example"));
    fill(m_reseller, QStringLiteral("Preview Reseller %1 LLC"), QStringLiteral("Sam"), QStringLiteral("Taylor"),
        QStringLiteral("reseller%1.example"));
}

void PreviewPage::setProductId(const QString &productId, const QHash<QString, QString> &renamed)
{
    m_productId = productId;
    QHash<QString, QSpinBox *> quantities;
    for (auto it = m_quantities.cbegin(); it != m_quantities.cend(); ++it) {
        const QString itemId = renamed.value(it.key(), it.key());
        it.value()->setObjectName(QStringLiteral("quantity-") + itemId);
        quantities.insert(itemId, it.value());
    }
    m_quantities = quantities;
    updateStartable();
}

void PreviewPage::reload()
{
    while (m_assetForm->rowCount() > 0)
        m_assetForm->removeRow(0);
    m_params.clear();
    m_quantities.clear();
    m_paramsTitle = new QLabel(m_assetBox);
    m_paramsTitle->setObjectName(QStringLiteral("orderingParametersTitle"));
    m_paramsTitle->setWordWrap(true);
    m_itemsTitle = new QLabel(m_assetBox);
    m_assetForm->addRow(m_paramsTitle);
    int ordering = 0;
    for (const store::CachedObject &param : m_objects.list(QStringLiteral("parameters"), m_productId)) {
        if (str(param.json, "phase") != QLatin1String("ordering"))
            continue;
        auto *edit = new QLineEdit(m_assetBox);
        edit->setObjectName(
            QStringLiteral("param-") + (str(param.json, "name").isEmpty() ? param.id : str(param.json, "name")));
        edit->setPlaceholderText(param.json.value(QStringLiteral("description")).toString());
        const bool required
            = param.json.value(QStringLiteral("constraints")).toObject().value(QStringLiteral("required")).toBool();
        // What a customer would type; a value the parameter's own rules refuse is left out rather than sent.
        const QString example = exampleValue(param.json, m_customer);
        if (fulfillment::validateParameterValue(param.json, example).isEmpty())
            edit->setText(example);
        // Requests and assets name a parameter by its name (e.g. param_admin_email), not its PRM- id.
        const QString name = str(param.json, "name");
        m_params.insert(name.isEmpty() ? param.id : name, edit);
        const QString title = param.json.value(QStringLiteral("title")).toString(str(param.json, "name"));
        auto *label = new QLabel(required ? title + QStringLiteral(" *") : title, m_assetBox);
        m_assetForm->addRow(label, edit);
        ++ordering;
    }
    if (ordering == 0)
        m_paramsTitle->setProperty("none", true);
    m_assetForm->addRow(m_itemsTitle);
    for (const store::CachedObject &item : m_objects.list(QStringLiteral("items"), m_productId)) {
        auto *spin = new QSpinBox(m_assetBox);
        spin->setObjectName(QStringLiteral("quantity-") + item.id);
        spin->setRange(0, 1000000);
        spin->setValue(1);
        m_quantities.insert(item.id, spin);
        const QString name = str(item.json, "name");
        const QString mpn = str(item.json, "mpn");
        m_assetForm->addRow(
            new QLabel(mpn.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, mpn), m_assetBox), spin);
    }
    retranslate();
    updateEditable();
    updateStartable();
}

QJsonObject PreviewPage::scenario() const
{
    QJsonArray params;
    for (auto it = m_params.cbegin(); it != m_params.cend(); ++it) {
        const QString value = it.value()->text().trimmed();
        if (!value.isEmpty())
            params.append(QJsonObject { { QStringLiteral("id"), it.key() }, { QStringLiteral("value"), value } });
    }
    QJsonArray items;
    for (auto it = m_quantities.cbegin(); it != m_quantities.cend(); ++it) {
        const auto item = m_objects.get(QStringLiteral("items"), it.key());
        const QString mpn = item ? str(item->json, "mpn") : QString();
        // Items created offline and not synced yet are known to the server by their MPN.
        const QString key = it.key().startsWith(QLatin1String("local:")) && !mpn.isEmpty() ? mpn : it.key();
        items.append(
            QJsonObject { { QStringLiteral("id"), key }, { QStringLiteral("quantity"), it.value()->value() } });
    }
    return { { QStringLiteral("customer"), tierAccount(m_customer) },
        { QStringLiteral("reseller"), tierAccount(m_reseller) },
        { QStringLiteral("asset"),
            QJsonObject { { QStringLiteral("params"), params }, { QStringLiteral("items"), items } } } };
}

void PreviewPage::updateEditable()
{
    // Read-only fields show as plain values (the generated scenario); Customize turns them into inputs.
    if (styleSheet().isEmpty())
        setStyleSheet(QStringLiteral("QLineEdit[readOnly=\"true\"], QSpinBox[readOnly=\"true\"] { "
                                     "background: transparent; border: 1px solid transparent; }"));
    auto apply = [](QWidget *field, bool editable) {
        field->setProperty("readOnly", !editable);
        field->style()->unpolish(field);
        field->style()->polish(field);
        field->update();
    };
    const bool accounts = m_customizeAccounts->isChecked();
    for (QLineEdit *edit : std::as_const(m_customer))
        apply(edit, accounts);
    for (QLineEdit *edit : std::as_const(m_reseller))
        apply(edit, accounts);
    const bool asset = m_customizeAsset->isChecked();
    for (QLineEdit *edit : std::as_const(m_params))
        apply(edit, asset);
    for (QSpinBox *spin : std::as_const(m_quantities)) {
        spin->setButtonSymbols(asset ? QAbstractSpinBox::UpDownArrows : QAbstractSpinBox::NoButtons);
        apply(spin, asset);
    }
}

void PreviewPage::updateStartable()
{
    QString reason;
    if (!m_session || !m_session->client())
        reason = tr("Previews run in Connect: open an account first.");
    else if (m_session->connection() != sync::AccountSession::Connection::Online)
        reason = tr("Previews run in Connect, so they need a connection: this works again once the app is online "
                    "and synced.");
    else if (m_productId.startsWith(QLatin1String("local:")))
        reason = tr("This product has not reached Connect yet: sync first, then start the preview.");
    else if (m_quantities.isEmpty())
        reason = tr("Add at least one item to the product before previewing it.");
    else if (m_running)
        reason = tr("Preparing the preview…");
    m_start->setEnabled(reason.isEmpty());
    m_blocked->setText(reason);
    m_blocked->setVisible(!reason.isEmpty());
}

void PreviewPage::start()
{
    if (!m_start->isEnabled())
        return;
    m_running = true;
    m_preview = {};
    m_steps->clear();
    m_result->hide();
    m_signIn->hide();
    m_openRequest->hide();
    m_stepsTitle->show();
    m_steps->show();
    updateStartable();
    api::ApiJob *job = inventory::startPreview(*m_session->client(), m_productId, scenario());
    connect(job, &api::ApiJob::finished, this, [this](api::ApiJob *done) {
        if (!done->ok())
            return fail(tr("The preview could not start: %1").arg(done->error().summary()));
        showPreview(done->response().json.object());
    });
}

void PreviewPage::poll()
{
    if (!m_session || !m_session->client())
        return fail(tr("The account was closed."));
    api::ApiJob *job
        = inventory::previewStatus(*m_session->client(), m_productId, inventory::PreviewRun::fromJson(m_preview).id);
    connect(job, &api::ApiJob::finished, this, [this](api::ApiJob *done) {
        if (!done->ok())
            return fail(tr("The preview status could not be read: %1").arg(done->error().summary()));
        showPreview(done->response().json.object());
    });
}

void PreviewPage::showPreview(const QJsonObject &preview)
{
    m_preview = preview;
    const inventory::PreviewRun run = inventory::PreviewRun::fromJson(preview);
    m_steps->clear();
    for (const inventory::PreviewRun::Step &step : run.steps) {
        const QString &status = step.status;
        QString state;
        QStyle::StandardPixmap icon = QStyle::SP_MediaPause;
        if (status == QLatin1String("done")) {
            state = tr("done");
            icon = QStyle::SP_DialogApplyButton;
        } else if (status == QLatin1String("running")) {
            state = tr("in progress…");
            icon = QStyle::SP_BrowserReload;
        } else if (status == QLatin1String("failed")) {
            state = tr("failed");
            icon = QStyle::SP_MessageBoxCritical;
        } else {
            state = tr("waiting");
        }
        auto *item
            = new QListWidgetItem(style()->standardIcon(icon), QStringLiteral("%1 \u2014 %2").arg(step.name, state));
        item->setData(Qt::UserRole, status);
        m_steps->addItem(item);
    }
    if (auto *scroll = findChild<QScrollArea *>())
        scroll->ensureWidgetVisible(m_steps);
    if (!run.isDone()) {
        m_poll.start();
        return;
    }
    m_running = false;
    updateStartable();
    refreshResult();
    if (auto *scroll = findChild<QScrollArea *>())
        QTimer::singleShot(0, scroll, [scroll, result = m_result] { scroll->ensureWidgetVisible(result); });
    Q_EMIT previewFinished(run.requestId);
}

void PreviewPage::refreshResult()
{
    if (m_running)
        return;
    // The run started on this page, else the product's newest preview request in the cache: the page is built
    // anew when the product is opened again, and the lab comes back to it after approving in Fulfillment.
    QString requestId, assetId, customer, earlier;
    std::optional<store::CachedObject> request;
    const inventory::PreviewRun run = inventory::PreviewRun::fromJson(m_preview);
    if (run.isDone()) {
        requestId = run.requestId;
        assetId = run.assetId;
        customer = run.customerName;
        request = m_objects.get(QStringLiteral("requests"), requestId);
    } else if (m_preview.isEmpty()) {
        store::ObjectQuery query;
        query.where(QStringLiteral("product_id"), m_productId)
            .where(QStringLiteral("environment"), QStringLiteral("preview"))
            .where(QStringLiteral("type"), QStringLiteral("purchase"));
        // The one changed last: with the product it walks the (product_id, updated) index backwards and stops at
        // the first preview purchase (0.1 ms on a 100,000-request cache; newest-created sorted every row of the
        // product, 150 ms, each time the page was shown).
        query.sortKeys = { { QStringLiteral("updated"), Qt::DescendingOrder } };
        query.limit = 1;
        const QList<store::CachedObject> latest = m_objects.list(QStringLiteral("requests"), QString(), query);
        if (latest.isEmpty())
            return;
        request = latest.first();
        //: Before the result of a preview started earlier (not on this page now); %1 is its date.
        earlier = tr("<b>Last preview</b> (%1): ").arg(str(request->json, "created").left(10).toHtmlEscaped());
        const QJsonObject asset = request->json.value(QStringLiteral("asset")).toObject();
        requestId = request->id;
        assetId = str(asset, "id");
        customer = asset.value(QStringLiteral("tiers"))
                       .toObject()
                       .value(QStringLiteral("customer"))
                       .toObject()
                       .value(QStringLiteral("name"))
                       .toString();
    } else {
        return; // still being prepared, or failed: poll() and fail() say so
    }
    if (customer.endsWith(QLatin1Char('.')))
        customer.chop(1); // "Preview Customer 1234 Inc." ends the sentence itself
    m_resultAssetId = assetId;
    m_resultRequestId = requestId;
    // What Connect said of the request at the last sync: an approval made here but not sent yet has not
    // activated anything in the customer's panel.
    const QString status = request ? str(request->json, "status") : QString();
    const bool onConnect = request && !request->dirty;
    const QString link = QStringLiteral("<a href=\"request:%1\">%1</a>").arg(requestId.toHtmlEscaped());
    QString text;
    if (status == QLatin1String("approved") && onConnect) {
        text = tr("<b>The preview is ready.</b> Purchase request %1 was approved and asset %2 is active for %3. Sign "
                  "in to the customer panel to see the product as the customer does.")
                   .arg(link, assetId.toHtmlEscaped(), customer.toHtmlEscaped());
    } else if (status == QLatin1String("approved")) {
        text = tr("Purchase request %1 is approved on this computer. The preview is ready once the approval has "
                  "reached Connect: sync (F5).")
                   .arg(link);
    } else if (status == QLatin1String("failed")) {
        text = tr("Purchase request %1 was rejected, so this preview ends without a subscription. Start Preview "
                  "again for a new one.")
                   .arg(link);
    } else {
        text = tr("Asset %1 is ready for %2. <a href=\"request:%3\">Manual processing is required for the "
                  "purchase request %3: open it in Fulfillment</a>")
                   .arg(assetId.toHtmlEscaped(), customer.toHtmlEscaped(), requestId.toHtmlEscaped());
    }
    m_result->setText(earlier + text);
    Theme::clearTone(m_result);
    m_result->show();
    m_signIn->setVisible(status == QLatin1String("approved") && onConnect && !assetId.isEmpty());
    //: %1 is a request ID.
    m_openRequest->setText(tr("Open %1 in Fulfillment").arg(requestId));
    m_openRequest->show();
}

void PreviewPage::openCustomerPanel()
{
    const QString assetId = m_resultAssetId;
    if (assetId.isEmpty())
        return;
    auto *dialog = new CcpPreview(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setLocalization(m_localization);
    dialog->load(m_session ? m_session->client() : nullptr, assetId);
    dialog->open();
}

void PreviewPage::fail(const QString &message)
{
    m_running = false;
    m_poll.stop();
    m_result->setText(message.toHtmlEscaped());
    Theme::setTone(m_result, Tone::Error);
    m_result->show();
    m_signIn->hide();
    m_openRequest->hide();
    updateStartable();
}

void PreviewPage::retranslate()
{
    m_intro->setText(tr("Simulate how the product is ordered, fulfilled and seen by the customer. Connect creates "
                        "a customer and a reseller account, a subscription and a purchase request on the preview "
                        "connection. Keep the generated details, or turn on Customize to edit them."));
    m_accountsBox->setTitle(tr("Account details"));
    m_customizeAccounts->setText(tr("C&ustomize account details"));
    m_customerBox->setTitle(tr("Customer"));
    m_resellerBox->setTitle(tr("Reseller (tier 1)"));
    const QStringList labels { tr("Company"), tr("Contact first name"), tr("Contact last name"), tr("Address"),
        tr("City"), tr("Postal code"), tr("Country"), tr("Email") };
    for (QFormLayout *form : { m_customerForm, m_resellerForm }) {
        for (int row = 0; row < labels.size() && row < form->rowCount(); ++row) {
            if (auto *label = qobject_cast<QLabel *>(form->itemAt(row, QFormLayout::LabelRole)
                        ? form->itemAt(row, QFormLayout::LabelRole)->widget()
                        : nullptr))
                label->setText(labels.at(row));
            else
                form->setWidget(row, QFormLayout::LabelRole, new QLabel(labels.at(row), form->parentWidget()));
        }
    }
    m_assetBox->setTitle(tr("Asset details"));
    m_customizeAsset->setText(tr("Customize &asset details"));
    m_paramsTitle->setText(m_paramsTitle->property("none").toBool()
            ? tr("<b>Ordering parameters:</b> none")
            : tr("<b>Ordering parameters</b><br>Example values, as a customer would enter them. Leave a required "
                 "one (*) empty to preview an order that waits for the customer: the request is Inquiring and you "
                 "fill the value in on the customer's behalf, as in the lab."));
    m_itemsTitle->setText(tr("<b>Item quantities</b>"));
    m_start->setText(tr("&Start Preview"));
    m_start->setToolTip(tr("Start the simulation in the preview environment (Ctrl+Return)"));
    m_stepsTitle->setText(tr("<b>Preview status</b>"));
    m_signIn->setText(tr("Sign in to the customer &panel"));
    m_signIn->setToolTip(tr("See the product as the customer sees it in the customer control panel (CCP; needs a "
                            "connection)"));
    updateStartable();
    refreshResult();
}

void PreviewPage::showEvent(QShowEvent *event)
{
    // Coming back after approving the request in Fulfillment shows where it stands, scrolled into view (only
    // here, when the vendor arrives: a sync refreshing the text never moves what they are looking at).
    refreshResult();
    if (!m_result->isHidden()) {
        if (auto *scroll = findChild<QScrollArea *>()) {
            QWidget *last = m_signIn->isHidden() ? static_cast<QWidget *>(m_result) : m_signIn;
            QTimer::singleShot(0, scroll, [scroll, last] { scroll->ensureWidgetVisible(last); });
        }
    }
    QWidget::showEvent(event);
}

void PreviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace cv::ui
