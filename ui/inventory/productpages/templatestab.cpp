#include "ui/inventory/productpages/templatestab.h"

#include "app/content/templatepreview.h"
#include "app/inventory/connectlocales.h"
#include "app/inventory/localizationeditor.h"
#include "app/inventory/producteditor.h"
#include "app/inventory/templatelint.h"
#include "app/store/objectrepository.h"
#include "ui/inventory/productpages/previewwebview.h"
#include "ui/inventory/productpages/producteditcommand.h"
#include "ui/inventory/productpages/productlabels.h"
#include "ui/style/theme.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QStringListModel>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace cv::ui {

namespace {

const QString kTemplates = QStringLiteral("templates");
const int kIdRole = Qt::UserRole + 1;
const int kGroupRole = Qt::UserRole + 2;

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

/// "asset/fulfillment", "asset/inquire", "tier1" ...: the groups of the list and of the filter.
QString groupOf(const QJsonObject &templ)
{
    const QString scope = str(templ, "scope");
    return scope == QLatin1String("asset") ? scope + QLatin1Char('/') + str(templ, "type") : scope;
}

/// A placeholder whose parameter belongs to a phase this template cannot use: one whole sentence per case, so
/// that translations can inflect the phase (no lowercased label inside a sentence).
QString wrongPhaseMessage(const QString &variable, const QString &phase, bool fulfillmentAllowed)
{
    //: %1 is a parameter ID written in the template between {{ and }}.
    if (fulfillmentAllowed && phase == QLatin1String("configuration"))
        return TemplatesTab::tr(
            "%1 is a configuration parameter; this template can use ordering and fulfillment parameters.")
            .arg(variable);
    //: %1 is a parameter ID written in the template between {{ and }}.
    if (fulfillmentAllowed)
        return TemplatesTab::tr("%1 is not an ordering or fulfillment parameter; this template can use only those.")
            .arg(variable);
    //: %1 is a parameter ID written in the template between {{ and }}.
    if (phase == QLatin1String("fulfillment"))
        return TemplatesTab::tr("%1 is a fulfillment parameter; this template can use only ordering parameters.")
            .arg(variable);
    //: %1 is a parameter ID written in the template between {{ and }}.
    if (phase == QLatin1String("configuration"))
        return TemplatesTab::tr("%1 is a configuration parameter; this template can use only ordering parameters.")
            .arg(variable);
    //: %1 is a parameter ID written in the template between {{ and }}.
    return TemplatesTab::tr("%1 is not an ordering parameter; this template can use only ordering parameters.")
        .arg(variable);
}

} // namespace

TemplatesTab::TemplatesTab(inventory::ProductEditor &editor, store::ObjectRepository &objects, const QString &productId,
    QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_objects(objects)
    , m_productId(productId)
    , m_undo(undoStack)
    , m_debounce(new QTimer(this))
    , m_previewDelay(new QTimer(this))
    , m_filter(new QComboBox(this))
    , m_list(new QTreeWidget(this))
    , m_new(new QPushButton(tr("New template"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
    , m_kind(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_insert(new QToolButton(this))
    , m_completer(new QCompleter(this))
    , m_lint(new QLabel(this))
    , m_error(new QLabel(this))
    , m_previewButton(new QPushButton(tr("&Preview"), this))
    , m_previewLanguage(new QComboBox(this))
    , m_variables(new QLabel(this))
    , m_preview(new PreviewWebView(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(400);

    m_filter->setObjectName(QStringLiteral("templateFilter"));
    m_filter->addItem(tr("All templates"), QString());
    m_filter->addItem(tr("Subscription: activation"), QStringLiteral("asset/fulfillment"));
    m_filter->addItem(tr("Subscription: inquire"), QStringLiteral("asset/inquire"));
    m_filter->addItem(tr("Subscription: pending"), QStringLiteral("asset/pending"));
    m_filter->addItem(tr("Tier 1 setup"), QStringLiteral("tier1"));
    m_filter->addItem(tr("Tier 2 setup"), QStringLiteral("tier2"));
    m_list->setObjectName(QStringLiteral("templateList"));
    m_filter->setAccessibleName(tr("Template kind filter"));
    m_list->setAccessibleName(tr("Templates"));
    m_list->setHeaderHidden(true);
    m_list->setRootIsDecorated(false);
    m_list->setMinimumWidth(240);
    m_new->setObjectName(QStringLiteral("newTemplateButton"));
    m_delete->setObjectName(QStringLiteral("deleteTemplateButton"));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_list, 1);
    auto *leftButtons = new QHBoxLayout;
    leftButtons->addWidget(m_new);
    leftButtons->addWidget(m_delete);
    leftLayout->addLayout(leftButtons);

    m_name->setObjectName(QStringLiteral("templateName"));
    m_body->setObjectName(QStringLiteral("templateBody"));
    m_body->setTabChangesFocus(true);
    m_body->setAccessibleName(tr("Template body"));
    m_body->setAccessibleDescription(tr("Markdown. Type {{ to insert a parameter."));
    m_body->setPlaceholderText(tr("Markdown. Type {{ to insert a parameter."));
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    m_body->setFont(mono);
    m_insert->setObjectName(QStringLiteral("insertParameterButton"));
    m_insert->setText(tr("Insert parameter"));
    m_insert->setToolTip(tr("Insert {{ parameter_id }} at the cursor"));
    m_insert->setPopupMode(QToolButton::InstantPopup);
    m_insert->setMenu(new QMenu(m_insert));
    m_lint->setObjectName(QStringLiteral("templateLint"));
    m_lint->setWordWrap(true);
    m_lint->setTextFormat(Qt::RichText);
    Theme::setTone(m_error, Tone::Error);
    m_error->setWordWrap(true);
    m_error->hide();
    m_previewButton->setObjectName(QStringLiteral("previewButton"));
    m_previewButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_previewButton->setToolTip(tr("Render with example values (Ctrl+P)"));
    m_variables->setObjectName(QStringLiteral("templateVariables"));
    m_variables->setWordWrap(true);
    Theme::setTone(m_kind, Tone::Muted);
    m_preview->setMinimumHeight(160);

    auto *editor_ = new QWidget(this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_kind);
    auto *editorTools = new QHBoxLayout;
    editorTools->addWidget(m_insert);
    editorTools->addStretch(1);
    editorTools->addWidget(m_previewLanguage);
    editorTools->addWidget(m_previewButton);
    auto *editorLayout = new QVBoxLayout(editor_);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addLayout(form);
    editorLayout->addLayout(editorTools);
    editorLayout->addWidget(m_body, 2);
    editorLayout->addWidget(m_lint);
    editorLayout->addWidget(m_error);
    editorLayout->addWidget(m_variables);
    editorLayout->addWidget(m_preview, 2);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(editor_);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    setTabOrder(m_filter, m_list);
    setTabOrder(m_list, m_name);
    setTabOrder(m_name, m_insert);
    setTabOrder(m_insert, m_body);
    setTabOrder(m_body, m_previewButton);

    // Completion of {{ parameter }}: the popup shows while the text before the cursor is an open "{{ ...".
    m_completer->setModel(new QStringListModel(m_completer));
    m_completer->setWidget(m_body);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &TemplatesTab::acceptCompletion);
    // QCompleter gives Enter to the text editor first, which takes it as a new line: Enter and Tab are
    // caught on the popup before that (this filter runs before QCompleter's, installed earlier).
    m_completer->popup()->installEventFilter(this);

    connect(m_debounce, &QTimer::timeout, this, &TemplatesTab::flush);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &TemplatesTab::applyFilter);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        const QString id = item ? item->data(0, kIdRole).toString() : QString();
        if (id != m_currentId) {
            flush();
            showTemplate(id);
            if (!id.isEmpty())
                preview(); // the selected template as the customer will see it
        }
    });
    connect(m_name, &QLineEdit::textChanged, this, &TemplatesTab::scheduleSave);
    connect(m_body, &QPlainTextEdit::textChanged, this, [this] {
        updateLint();
        updateCompletion();
        scheduleSave();
        if (!m_loading)
            m_previewDelay->start(); // the preview follows the text, once typing pauses
    });
    m_previewDelay->setSingleShot(true);
    m_previewDelay->setInterval(kPreviewDelayMs);
    connect(m_previewDelay, &QTimer::timeout, this, &TemplatesTab::preview);
    connect(m_insert->menu(), &QMenu::aboutToShow, this, &TemplatesTab::fillParameterMenu);
    connect(m_previewButton, &QPushButton::clicked, this, [this] {
        preview();
        showPreviewWindow();
    });
    // Issue 16 point 4: the preview in any translated language (UI > Localization holds the translations).
    // Sized to a few characters, not to the longest of Connect's locale names: the product page must still fit
    // a 1024 px window beside the notifications panel (preview_page checks the window's minimum width).
    m_previewLanguage->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_previewLanguage->setMinimumContentsLength(14);
    m_previewLanguage->setObjectName(QStringLiteral("templatePreviewLanguage"));
    m_previewLanguage->setToolTip(tr("Preview the template in this language"));
    m_previewLanguage->setAccessibleName(tr("Preview language"));
    refreshPreviewLanguages();
    connect(m_previewLanguage, &QComboBox::activated, this, &TemplatesTab::preview);
    connect(m_new, &QPushButton::clicked, this, &TemplatesTab::createTemplate);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const QStringList refused = deleteTemplate();
        m_error->setText(refused.join(QLatin1Char('\n')));
        m_error->setVisible(!refused.isEmpty());
    });
    if (m_undo)
        connect(m_undo, &QUndoStack::indexChanged, this, &TemplatesTab::reload);
    reload();
}

bool TemplatesTab::isDefault(const QJsonObject &templ)
{
    // Connect creates these with every product; they cannot be deleted (only edited).
    const QString name = str(templ, "name");
    return name == QLatin1String("Default Activation Template")
        || (str(templ, "type") == QLatin1String("inquire")
            && name == QLatin1String("Additional information is required to process your request"));
}

QList<QJsonObject> TemplatesTab::parameters() const
{
    QList<QJsonObject> list;
    for (const store::CachedObject &p : m_objects.list(QStringLiteral("parameters"), m_productId))
        list << p.json;
    return list;
}

void TemplatesTab::setProductId(const QString &productId, const QHash<QString, QString> &renamed)
{
    // A sync gave the product (and maybe the template shown) its server id: follow it in place; what is
    // typed stays and is saved under the new ids.
    m_productId = productId;
    m_currentId = renamed.value(m_currentId, m_currentId);
    reload();
}

void TemplatesTab::reload()
{
    if (m_debounce->isActive())
        return; // a pending edit is saved first; its own reload follows
    refreshPreviewLanguages();
    const QString keep = m_currentId;
    QString keepGroup;
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        const QList<QPair<QString, QString>> groups = {
            { QStringLiteral("asset/fulfillment"), tr("Subscription: activation") },
            { QStringLiteral("asset/inquire"), tr("Subscription: inquire") },
            { QStringLiteral("asset/pending"), tr("Subscription: pending") },
            { QStringLiteral("tier1"), tr("Tier 1 setup") },
            { QStringLiteral("tier2"), tr("Tier 2 setup") },
        };
        QHash<QString, QTreeWidgetItem *> groupItems;
        for (const auto &[key, title] : groups) {
            auto *group = new QTreeWidgetItem(m_list, { title });
            group->setData(0, kGroupRole, key);
            group->setFlags(Qt::ItemIsEnabled);
            QFont font = group->font(0);
            font.setBold(true);
            group->setFont(0, font);
            groupItems.insert(key, group);
        }
        for (const store::CachedObject &t : m_objects.list(kTemplates, m_productId)) {
            QTreeWidgetItem *group = groupItems.value(groupOf(t.json));
            if (!group) {
                group = new QTreeWidgetItem(m_list, { groupOf(t.json) });
                group->setData(0, kGroupRole, groupOf(t.json));
                group->setFlags(Qt::ItemIsEnabled);
                groupItems.insert(groupOf(t.json), group);
            }
            auto *item = new QTreeWidgetItem(group, { QStringLiteral("    ") + str(t.json, "name") });
            item->setData(0, kIdRole, t.id);
            item->setData(0, kGroupRole, groupOf(t.json));
            if (isDefault(t.json))
                item->setToolTip(0, tr("A default template (cannot be deleted)"));
        }
        m_list->expandAll();
    }
    applyFilter();
    if (!keep.isEmpty() && selectTemplate(keep)) {
        showTemplate(keep);
        return;
    }
    // Nothing selected yet: start with the activation template, the one the lab edits.
    for (int g = 0; g < m_list->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_list->topLevelItem(g);
        if (group->childCount() > 0 && !group->isHidden()) {
            m_list->setCurrentItem(group->child(0));
            return;
        }
    }
    showTemplate({});
}

void TemplatesTab::applyFilter()
{
    const QString wanted = m_filter->currentData().toString();
    for (int g = 0; g < m_list->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_list->topLevelItem(g);
        const bool shown = wanted.isEmpty() || group->data(0, kGroupRole).toString() == wanted;
        group->setHidden(!shown || group->childCount() == 0);
    }
}

bool TemplatesTab::selectTemplate(const QString &id)
{
    for (int g = 0; g < m_list->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_list->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            if (group->child(i)->data(0, kIdRole).toString() == id) {
                const QSignalBlocker blocker(m_list);
                m_list->setCurrentItem(group->child(i));
                return true;
            }
        }
    }
    return false;
}

void TemplatesTab::showTemplate(const QString &id)
{
    const auto cached = id.isEmpty() ? std::nullopt : m_objects.get(kTemplates, id);
    m_currentId = cached ? id : QString();
    m_current = cached ? cached->json : QJsonObject();
    m_loading = true;
    if (m_name->text() != str(m_current, "name"))
        m_name->setText(str(m_current, "name"));
    if (m_body->toPlainText() != str(m_current, "body")) {
        // Keep the cursor where it was (undo/redo reloads the same template).
        const int position = m_body->textCursor().position();
        m_body->setPlainText(str(m_current, "body"));
        QTextCursor cursor = m_body->textCursor();
        cursor.setPosition(qMin(position, int(m_body->toPlainText().size())));
        m_body->setTextCursor(cursor);
    }
    m_loading = false;
    const QString scope = str(m_current, "scope");
    m_kind->setText(cached ? tr("%1, %2").arg(ProductLabels::scope(scope),
                        scope == QLatin1String("asset") ? ProductLabels::templateType(str(m_current, "type"))
                                                        : ProductLabels::templateType({}))
                           : QString());
    for (QWidget *w : std::initializer_list<QWidget *> { m_name, m_body, m_insert, m_previewButton })
        w->setEnabled(cached.has_value());
    m_delete->setEnabled(cached && !isDefault(m_current));
    m_delete->setToolTip(cached && isDefault(m_current) ? tr("Default templates cannot be deleted.") : QString());
    m_error->hide();
    updateLint();
}

void TemplatesTab::fillParameterMenu()
{
    QMenu *menu = m_insert->menu();
    menu->clear();
    const QStringList phases = inventory::allowedPhases(str(m_current, "scope"), str(m_current, "type"));
    for (const QJsonObject &p : parameters()) {
        const QString name = str(p, "name");
        QAction *action = menu->addAction(
            //: A parameter in the Insert menu: %1 its title, %2 its ID, %3 its phase ("Ordering"…).
            tr("%1 (%2, %3)").arg(str(p, "title"), name, ProductLabels::phase(str(p, "phase"))));
        action->setObjectName(name);
        if (!phases.contains(str(p, "phase"))) {
            action->setEnabled(false);
            action->setToolTip(tr("Not available in this template's phase"));
        }
        connect(action, &QAction::triggered, this, [this, name] { insertParameter(name); });
    }
    for (const QString &special : inventory::specialVariables(str(m_current, "scope"), str(m_current, "type"))) {
        QAction *action = menu->addAction(tr("Activation form link (%1)").arg(special));
        action->setObjectName(special);
        connect(action, &QAction::triggered, this, [this, special] { insertParameter(special); });
    }
    if (menu->isEmpty())
        menu->addAction(tr("The product has no parameters yet"))->setEnabled(false);
}

void TemplatesTab::insertParameter(const QString &name)
{
    m_body->insertPlainText(QStringLiteral("{{ %1 }}").arg(name));
    m_body->setFocus();
}

void TemplatesTab::updateCompletion()
{
    if (m_loading || m_completing || !m_body->isVisible())
        return;
    static const QRegularExpression open(QStringLiteral("\\{\\{\\s*([A-Za-z0-9_-]*)$"));
    const QString before = m_body->toPlainText().left(m_body->textCursor().position());
    const auto match = open.match(before.right(120));
    if (!match.hasMatch()) {
        m_completer->popup()->hide();
        return;
    }
    QStringList names;
    const QStringList phases = inventory::allowedPhases(str(m_current, "scope"), str(m_current, "type"));
    for (const QJsonObject &p : parameters()) {
        if (phases.contains(str(p, "phase")))
            names << str(p, "name");
    }
    names << inventory::specialVariables(str(m_current, "scope"), str(m_current, "type"));
    static_cast<QStringListModel *>(m_completer->model())->setStringList(names);
    m_completer->setCompletionPrefix(match.captured(1));
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    QRect rect = m_body->cursorRect();
    rect.setWidth(m_completer->popup()->sizeHintForColumn(0) + 24);
    m_completer->complete(rect);
    // The first suggestion is selected, so Enter (or Tab) accepts it instead of starting a new line.
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
}

bool TemplatesTab::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_completer->popup() && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        const QModelIndex current = m_completer->popup()->currentIndex();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Tab) && current.isValid()) {
            const QString name = current.data(m_completer->completionRole()).toString();
            m_completer->popup()->hide();
            acceptCompletion(name);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TemplatesTab::acceptCompletion(const QString &name)
{
    // Replaces the whole placeholder being typed: from after "{{" to the cursor, plus the rest of the
    // word and a closing "}}" already right of the cursor, with " name }}".
    static const QRegularExpression open(QStringLiteral("\\{\\{[ \\t]*[A-Za-z0-9_.-]*$"));
    static const QRegularExpression rest(QStringLiteral("^[A-Za-z0-9_.-]*([ \\t]*\\}\\})?"));
    const QString text = m_body->toPlainText();
    QTextCursor cursor = m_body->textCursor();
    const int position = cursor.position();
    const auto before = open.match(text.left(position));
    if (!before.hasMatch())
        return;
    const auto after = rest.match(text.mid(position));
    const int start = int(before.capturedStart(0)) + 2; // keep "{{"
    const int end = position + (after.hasMatch() ? int(after.capturedLength(0)) : 0);
    cursor.beginEditBlock();
    cursor.setPosition(start);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    m_completing = true;
    cursor.insertText(QStringLiteral(" %1 }}").arg(name));
    m_completing = false;
    cursor.endEditBlock();
    m_body->setTextCursor(cursor);
    m_completer->popup()->hide();
}

void TemplatesTab::updateLint()
{
    if (m_currentId.isEmpty()) {
        m_lint->clear();
        m_variables->clear();
        return;
    }
    const QString body = m_body->toPlainText();
    const QString scope = str(m_current, "scope");
    const QString type = str(m_current, "type");
    const auto issues = inventory::lintTemplate(body, scope, type, parameters());
    QStringList lines;
    for (const inventory::TemplateLintIssue &issue : issues) {
        if (issue.kind == inventory::TemplateLintIssue::UnknownVariable) {
            lines << tr("Unknown parameter: %1").arg(issue.variable.toHtmlEscaped());
        } else if (issue.kind == inventory::TemplateLintIssue::Malformed) {
            lines << tr("“{{ %1 }}” is not a parameter: put exactly one parameter ID between {{ and }}.")
                         .arg(issue.variable.toHtmlEscaped());
        } else if (issue.kind == inventory::TemplateLintIssue::Unclosed) {
            lines << tr("“{{ %1” is not closed: end it with }}.").arg(issue.variable.toHtmlEscaped());
        } else {
            lines << wrongPhaseMessage(issue.variable.toHtmlEscaped(), issue.phase,
                inventory::allowedPhases(scope, type).contains(QStringLiteral("fulfillment")));
        }
    }
    Theme::setTone(m_lint, lines.isEmpty() ? Tone::Success : Tone::Error);
    m_lint->setText(lines.isEmpty() ? tr("✓ Every parameter is known.") : lines.join(QStringLiteral("<br>")));
    const QStringList used = inventory::templateVariables(body);
    m_variables->setText(
        used.isEmpty() ? tr("Variables used: none") : tr("Variables used: %1").arg(used.join(QStringLiteral(", "))));
}

void TemplatesTab::refreshPreviewLanguages()
{
    const QString keep = m_previewLanguage->currentData().toString();
    m_previewLanguage->clear();
    m_previewLanguage->addItem(tr("English (source)"), QString());
    for (const QString &locale : m_editor.localization().localesOf(m_productId)) {
        if (!m_editor.localization().translations(m_productId, locale).isEmpty())
            m_previewLanguage->addItem(
                QStringLiteral("%1 (%2)").arg(inventory::connectLocaleName(locale), locale), locale);
    }
    m_previewLanguage->setCurrentIndex(std::max(0, m_previewLanguage->findData(keep)));
}

void TemplatesTab::preview()
{
    const QString locale = m_previewLanguage->currentData().toString();
    const inventory::Translations translations
        = locale.isEmpty() ? inventory::Translations() : m_editor.localization().translations(m_productId, locale);
    QHash<QString, QString> examples;
    for (const QJsonObject &p : parameters()) {
        QString title = translations.value(
            QStringLiteral("product.%1.parameters.%2.title").arg(m_productId, str(p, "id")), str(p, "title"));
        examples.insert(str(p, "name"), QStringLiteral("<%1>").arg(title.isEmpty() ? str(p, "name") : title));
    }
    examples.insert(QStringLiteral("activation_form_url"), QStringLiteral("https://example.com/activation-form"));
    // A translated preview shows the body's translation (the English text where there is none yet).
    const QString body = locale.isEmpty()
        ? m_body->toPlainText()
        : inventory::localizedTemplate(m_productId,
            QJsonObject { { QStringLiteral("id"), m_currentId }, { QStringLiteral("body"), m_body->toPlainText() } },
            translations)
              .value(QStringLiteral("body"))
              .toString();
    m_lastPreviewHtml = content::renderTemplatePreview(body, examples);
    m_preview->showHtml(m_lastPreviewHtml);
    if (m_previewWindow && m_previewWindow->isVisible())
        m_previewWindow->findChild<PreviewWebView *>()->showHtml(m_lastPreviewHtml);
    updateLint();
    Q_EMIT previewRendered();
}

void TemplatesTab::showPreviewWindow()
{
    // The lab's "Preview" of the pop-up editor: the message at the size the customer reads it, with Close. The
    // inline preview beside the editor already follows every keystroke; this one follows it while open.
    if (!m_previewWindow) {
        m_previewWindow = new QDialog(this);
        m_previewWindow->setObjectName(QStringLiteral("templatePreviewWindow"));
        auto *view = new PreviewWebView(m_previewWindow);
        auto *close = new QDialogButtonBox(QDialogButtonBox::Close, m_previewWindow);
        connect(close, &QDialogButtonBox::rejected, m_previewWindow, &QDialog::close);
        auto *layout = new QVBoxLayout(m_previewWindow);
        layout->addWidget(view, 1);
        layout->addWidget(close);
        m_previewWindow->resize(720, 560);
    }
    //: The preview window's title; %1 is the template's name.
    m_previewWindow->setWindowTitle(tr("Preview: %1").arg(m_name->text()));
    m_previewWindow->findChild<PreviewWebView *>()->showHtml(m_lastPreviewHtml);
    m_previewWindow->show();
    m_previewWindow->raise();
    m_previewWindow->activateWindow();
}

void TemplatesTab::scheduleSave()
{
    if (!m_loading && !m_currentId.isEmpty())
        m_debounce->start();
}

void TemplatesTab::flush()
{
    m_debounce->stop();
    if (m_currentId.isEmpty())
        return;
    const auto cached = m_objects.get(kTemplates, m_currentId);
    if (!cached)
        return;
    const QJsonObject patch { { QStringLiteral("name"), m_name->text().trimmed() },
        { QStringLiteral("body"), m_body->toPlainText() } };
    const QJsonObject before = ProductEditCommand::previousValues(cached->json, patch);
    if (before == patch)
        return;
    QJsonObject candidate = cached->json;
    for (auto it = patch.constBegin(); it != patch.constEnd(); ++it)
        candidate.insert(it.key(), it.value());
    QStringList refused = m_editor.checkTemplate(m_productId, candidate);
    if (refused.isEmpty()) {
        auto saved = m_editor.update(kTemplates, m_productId, m_currentId, patch);
        if (!saved)
            refused = saved.error().errors;
    }
    m_error->setText(refused.join(QLatin1Char('\n')));
    m_error->setVisible(!refused.isEmpty());
    if (!refused.isEmpty())
        return;
    m_current = candidate;
    if (m_undo)
        m_undo->push(new ProductEditCommand(m_editor, ProductEditCommand::Operation::Update, kTemplates, m_productId,
            m_currentId, before, patch, tr("Edit template %1").arg(m_name->text().trimmed())));
    Q_EMIT changed();
}

QString TemplatesTab::createTemplate()
{
    flush();
    QString group = m_list->currentItem() ? m_list->currentItem()->data(0, kGroupRole).toString() : QString();
    if (group.isEmpty())
        group = m_filter->currentData().toString();
    if (group.isEmpty())
        group = QStringLiteral("asset/fulfillment");
    const QString scope = group.section(QLatin1Char('/'), 0, 0);
    QJsonObject templ { { QStringLiteral("scope"), scope },
        { QStringLiteral("body"), tr("# Thank you for your order\n\n") } };
    if (scope == QLatin1String("asset")) {
        templ.insert(QStringLiteral("type"), group.section(QLatin1Char('/'), 1));
        templ.insert(QStringLiteral("title"), tr("New template"));
    }
    const auto nameTaken = [this, &templ](const QString &candidate) {
        QJsonObject check = templ;
        check.insert(QStringLiteral("name"), candidate);
        return !m_editor.checkTemplate(m_productId, check).isEmpty();
    };
    QString name = tr("New template");
    for (int n = 2; nameTaken(name) && n < 100; ++n)
        name = tr("New template %1").arg(n);
    templ.insert(QStringLiteral("name"), name);
    auto created = m_editor.create(kTemplates, m_productId, templ);
    if (!created) {
        m_error->setText(created.error().errors.join(QLatin1Char('\n')));
        m_error->show();
        return {};
    }
    m_currentId = created.value().id;
    if (m_undo)
        m_undo->push(new ProductEditCommand(m_editor, ProductEditCommand::Operation::Create, kTemplates, m_productId,
            m_currentId, {}, templ, tr("Add template %1").arg(name)));
    reload();
    m_name->setFocus();
    m_name->selectAll();
    Q_EMIT changed();
    return m_currentId;
}

QStringList TemplatesTab::deleteTemplate()
{
    m_debounce->stop();
    if (m_currentId.isEmpty() || isDefault(m_current))
        return { tr("Default templates cannot be deleted.") };
    const auto cached = m_objects.get(kTemplates, m_currentId);
    auto removed = m_editor.remove(kTemplates, m_productId, m_currentId);
    if (!removed)
        return removed.error().errors;
    const QString id = m_currentId;
    m_currentId.clear();
    if (m_undo && cached)
        m_undo->push(new ProductEditCommand(m_editor, ProductEditCommand::Operation::Remove, kTemplates, m_productId,
            id, cached->json, {}, tr("Delete template %1").arg(str(cached->json, "name"))));
    reload();
    Q_EMIT changed();
    if (cached)
        Q_EMIT deleted(tr("Template “%1” deleted.").arg(str(cached->json, "name")));
    return {};
}

} // namespace cv::ui
