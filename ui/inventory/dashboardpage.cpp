#include "ui/inventory/dashboardpage.h"

#include "app/inventory/publishcheck.h"

#include "ui/inventory/productpage.h"

#include "app/inventory/producteditor.h"
#include "app/store/objectrepository.h"
#include "ui/style/theme.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cv::ui {

namespace {

bool filled(const QJsonValue &value)
{
    return !value.toString().trimmed().isEmpty();
}

} // namespace

DashboardPage::DashboardPage(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("productDashboard"));
    m_heading->setProperty("cardTitle", true);
    m_summary->setProperty("pageSubheading", true);
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    m_summary->setWordWrap(true); // one long sentence must not set the window's minimum width

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(6);
    grid->setColumnStretch(1, 1);
    int row = 0;
    const QStringList keys = stepKeys();
    for (int i = 0; i < keys.size(); ++i) {
        const QString &key = keys.at(i);
        Step step;
        step.number = new QLabel(QString::number(i + 1), this);
        step.number->setFixedSize(28, 28);
        step.number->setAlignment(Qt::AlignCenter);
        step.title = new QLabel(this);
        QFont bold = step.title->font();
        bold.setBold(true);
        step.title->setFont(bold);
        step.detail = new QLabel(this);
        step.detail->setWordWrap(true);
        step.detail->setObjectName(QStringLiteral("stepDetail-") + key);
        step.state = new QLabel(this);
        step.state->setObjectName(QStringLiteral("stepState-") + key);
        step.button = new QPushButton(this);
        step.button->setObjectName(QStringLiteral("goto-") + key);
        connect(step.button, &QPushButton::clicked, this, [this, key] { Q_EMIT goToRequested(key); });

        auto *titles = new QVBoxLayout;
        titles->setSpacing(2);
        titles->addWidget(step.title);
        titles->addWidget(step.detail);
        grid->addWidget(step.number, row, 0, Qt::AlignTop);
        grid->addLayout(titles, row, 1);
        grid->addWidget(step.state, row, 2, Qt::AlignTop);
        grid->addWidget(step.button, row, 3, Qt::AlignTop);
        ++row;
        if (i + 1 < keys.size()) {
            auto *line = new QFrame(this);
            line->setFrameShape(QFrame::HLine);
            line->setFrameShadow(QFrame::Sunken);
            grid->addWidget(line, row++, 0, 1, 4);
        }
        m_steps.insert(key, step);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(m_heading);
    layout->addWidget(m_summary);
    layout->addSpacing(12);
    layout->addLayout(grid);
    layout->addStretch(1);
    retranslate();
}

QStringList DashboardPage::stepKeys()
{
    return { QStringLiteral("profile"), QStringLiteral("items"), QStringLiteral("parameters"), QStringLiteral("ui"),
        QStringLiteral("preview"), QStringLiteral("publish") };
}

void DashboardPage::refresh(const QString &productId)
{
    m_productId = productId;
    m_done.clear();
    m_counts.clear();
    if (m_context.isValid() && !productId.isEmpty()) {
        const auto product = m_context.objects->get(QStringLiteral("products"), productId);
        const QJsonObject json = product ? product->json : QJsonObject();
        m_done.insert(QStringLiteral("profile"),
            filled(json.value(QStringLiteral("short_description")))
                && filled(json.value(QStringLiteral("detailed_description"))));
        for (const QString &collection : { QStringLiteral("items"), QStringLiteral("parameters") }) {
            const qint64 count = m_context.objects->count(collection, productId);
            m_counts.insert(collection, int(qMax<qint64>(count, 0)));
            m_done.insert(collection, count > 0);
        }
        const QJsonObject ui = json.value(QStringLiteral("customer_ui_settings")).toObject();
        m_done.insert(QStringLiteral("ui"),
            filled(ui.value(QStringLiteral("description"))) || filled(ui.value(QStringLiteral("getting_started"))));
        // The same answer as the publish checklist's: a preview request of the product is in the cache.
        m_done.insert(QStringLiteral("preview"), inventory::previewWasRun(*m_context.objects, productId));
        m_done.insert(QStringLiteral("publish"), m_context.editor->isPublished(productId));
    }
    showState();
}

QString DashboardPage::stepDetail(const QString &key, bool done) const
{
    if (key == QLatin1String("profile"))
        return done ? tr("Short description and detailed overview are filled in.")
                    : tr("Fill in the short description and the detailed overview; add a logo.");
    if (key == QLatin1String("items"))
        return !done ? tr("Add at least one item (SKU) that customers can buy.")
            : m_counts.value(QStringLiteral("items")) == 1
            ? tr("1 item defined.")
            : tr("%n items defined.", nullptr, m_counts.value(QStringLiteral("items")));
    if (key == QLatin1String("parameters"))
        return !done ? tr("Add at least one parameter, e.g. the administrator's email asked when ordering.")
            : m_counts.value(QStringLiteral("parameters")) == 1
            ? tr("1 parameter defined.")
            : tr("%n parameters defined.", nullptr, m_counts.value(QStringLiteral("parameters")));
    if (key == QLatin1String("ui"))
        return done ? tr("The customer description or getting started text is filled in.")
                    : tr("Describe the service and how to get started for customers; edit the templates and actions.");
    if (key == QLatin1String("preview"))
        return done ? tr("A preview request was run.")
                    : tr("Check how customers will see the product before you publish it (recommended), once the "
                         "rest is done and synced.");
    return done
        ? tr("A version of this product is published.")
        : tr("Publish a version so it can be listed in marketplaces. Publishing needs a connection to Connect.");
}

void DashboardPage::showState()
{
    int doneCount = 0;
    const QStringList keys = stepKeys();
    for (const QString &key : keys) {
        const Step &step = m_steps.value(key);
        const bool done = m_done.value(key);
        doneCount += done ? 1 : 0;
        step.title->setText(ProductPage::pageTitle(key));
        step.detail->setText(stepDetail(key, done));
        step.state->setText(done ? tr("✓ Done") : tr("Not done"));
        step.state->setStyleSheet(done ? QStringLiteral("font-weight: bold;") : QString());
        Theme::setTone(step.state, done ? Tone::Success : Tone::Warning);
        Theme::setStyleProperty(step.number, "stepNumber", done ? QStringLiteral("done") : QStringLiteral("todo"));
        //: %1 is the name of a product page ("Items", "Parameters"…).
        step.button->setText(tr("Go to %1").arg(ProductPage::pageTitle(key)));
    }
    //: %1 is how many of the %n steps are done.
    m_summary->setText(tr("%1 of %n steps done. Everything is saved on this computer as you type and sent to "
                          "Connect by the next sync.",
        nullptr, int(keys.size()))
                           .arg(doneCount));
}

void DashboardPage::retranslate()
{
    m_heading->setText(tr("Dashboard"));
    showState();
}

void DashboardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace cv::ui
