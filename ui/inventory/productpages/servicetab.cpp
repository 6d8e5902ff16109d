#include "ui/inventory/productpages/servicetab.h"

#include "app/inventory/producteditor.h"
#include "app/store/objectrepository.h"
#include "ui/inventory/productpages/linklisteditor.h"
#include "ui/inventory/productpages/producteditcommand.h"
#include "ui/style/theme.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace cv::ui {

namespace {
const QString kSettings = QStringLiteral("customer_ui_settings");
const int kDescriptionLimit = 255;
} // namespace

ServiceTab::ServiceTab(inventory::ProductEditor &editor, store::ObjectRepository &objects, const QString &productId,
    QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_objects(objects)
    , m_productId(productId)
    , m_undo(undoStack)
    , m_debounce(new QTimer(this))
    , m_description(new QLineEdit(this))
    , m_counter(new QLabel(this))
    , m_gettingStarted(new QPlainTextEdit(this))
    , m_downloads(new LinkListEditor(this))
    , m_documents(new LinkListEditor(this))
    , m_error(new QLabel(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(400);
    m_description->setObjectName(QStringLiteral("serviceDescription"));
    m_description->setMaxLength(kDescriptionLimit);
    m_description->setPlaceholderText(tr("One sentence shown to customers in the subscription's service tab"));
    m_gettingStarted->setObjectName(QStringLiteral("gettingStarted"));
    m_gettingStarted->setPlaceholderText(tr("Markdown: the first steps after the subscription is activated"));
    m_gettingStarted->setTabChangesFocus(true);
    m_downloads->setObjectName(QStringLiteral("downloadLinks"));
    m_documents->setObjectName(QStringLiteral("documentationLinks"));
    Theme::setTone(m_error, Tone::Error);
    m_error->setWordWrap(true);
    m_error->hide();

    auto *intro = new QLabel(tr("What customers see about the service in their portal. Changes are saved as you "
                                "type and sent to Connect by the next sync."),
        this);
    intro->setWordWrap(true);
    auto *descriptionRow = new QHBoxLayout;
    descriptionRow->addWidget(m_description, 1);
    descriptionRow->addWidget(m_counter);
    auto *form = new QFormLayout;
    auto *descriptionLabel = new QLabel(tr("&Description:"), this);
    descriptionLabel->setBuddy(m_description);
    form->addRow(descriptionLabel, descriptionRow);
    form->addRow(tr("&Getting started:"), m_gettingStarted);
    form->addRow(tr("Download links:"), m_downloads);
    form->addRow(tr("Documentation:"), m_documents);
    m_downloads->setListName(tr("Download links"));
    m_documents->setListName(tr("Documentation links"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_error);
    layout->addLayout(form, 1);

    connect(m_debounce, &QTimer::timeout, this, &ServiceTab::flush);
    connect(m_description, &QLineEdit::textChanged, this, [this] {
        updateCounter();
        scheduleSave();
    });
    connect(m_gettingStarted, &QPlainTextEdit::textChanged, this, &ServiceTab::scheduleSave);
    connect(m_downloads, &LinkListEditor::changed, this, &ServiceTab::scheduleSave);
    connect(m_documents, &LinkListEditor::changed, this, &ServiceTab::scheduleSave);
    if (m_undo)
        connect(m_undo, &QUndoStack::indexChanged, this, &ServiceTab::reload);
    reload();
}

void ServiceTab::setProductId(const QString &productId)
{
    // The product took its server id: an edit still waiting for the debounce is saved under it.
    m_productId = productId;
    reload();
}

void ServiceTab::updateCounter()
{
    const int length = int(m_description->text().size());
    m_counter->setText(tr("%1/%2").arg(length).arg(kDescriptionLimit));
    if (length >= kDescriptionLimit)
        Theme::setTone(m_counter, Tone::Error);
    else
        Theme::clearTone(m_counter);
}

void ServiceTab::reload()
{
    if (m_debounce->isActive())
        return; // an edit is about to be saved; it wins over what is cached
    const auto product = m_objects.get(QStringLiteral("products"), m_productId);
    const QJsonObject settings = product ? product->json.value(kSettings).toObject() : QJsonObject();
    m_loading = true;
    if (m_description->text() != settings.value(QStringLiteral("description")).toString())
        m_description->setText(settings.value(QStringLiteral("description")).toString());
    if (m_gettingStarted->toPlainText() != settings.value(QStringLiteral("getting_started")).toString())
        m_gettingStarted->setPlainText(settings.value(QStringLiteral("getting_started")).toString());
    if (m_downloads->links() != settings.value(QStringLiteral("download_links")).toArray())
        m_downloads->setLinks(settings.value(QStringLiteral("download_links")).toArray());
    if (m_documents->links() != settings.value(QStringLiteral("documents")).toArray())
        m_documents->setLinks(settings.value(QStringLiteral("documents")).toArray());
    m_loading = false;
    updateCounter();
}

void ServiceTab::scheduleSave()
{
    if (!m_loading)
        m_debounce->start();
}

void ServiceTab::flush()
{
    m_debounce->stop();
    const auto product = m_objects.get(QStringLiteral("products"), m_productId);
    if (!product)
        return;
    const QJsonObject before = product->json.value(kSettings).toObject();
    QJsonObject settings = before; // keeps languages, action, provisioning_message ...
    settings.insert(QStringLiteral("description"), m_description->text());
    settings.insert(QStringLiteral("getting_started"), m_gettingStarted->toPlainText());
    settings.insert(QStringLiteral("download_links"), m_downloads->links());
    settings.insert(QStringLiteral("documents"), m_documents->links());
    const auto saved = updateProductUndoable(m_editor, m_undo, m_productId, QJsonObject { { kSettings, before } },
        QJsonObject { { kSettings, settings } }, tr("Edit service texts"));
    if (!saved.errors.isEmpty()) {
        // Not saved: say why, keep the text so the user can fix it.
        m_error->setText(saved.errors.join(QLatin1Char('\n')));
        m_error->show();
        return;
    }
    if (!saved.changed)
        return;
    m_error->hide();
    Q_EMIT changed();
}

} // namespace cv::ui
