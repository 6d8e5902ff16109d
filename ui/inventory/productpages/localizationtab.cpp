#include "ui/inventory/productpages/localizationtab.h"
#include "ui/shell/filedialogs.h"

#include "app/inventory/connectlocales.h"
#include "app/inventory/localizationeditor.h"
#include "ui/shell/accessibility.h"
#include "ui/style/theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace cv::ui {

namespace {

constexpr int kKeyRole = Qt::UserRole + 1;

QString oneLine(const QString &text)
{
    QString line = text;
    line.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
    return line.size() > 160 ? line.left(160) + QStringLiteral("…") : line;
}

QTableWidgetItem *readOnly(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

} // namespace

// --- TranslationImportDialog ---------------------------------------------------------------------------

TranslationImportDialog::TranslationImportDialog(const inventory::TranslationImport &plan, const QString &languageName,
    const QHash<QString, QString> &labels, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(int(plan.changes.size()), 4, this))
    , m_outdated(new QCheckBox(this))
    , m_apply(nullptr)
{
    setObjectName(QStringLiteral("translationImportDialog"));
    setWindowTitle(tr("Upload translations: %1").arg(QFileInfo(plan.fileName).fileName()));
    auto *summary = new QLabel(this);
    summary->setWordWrap(true);
    QString text = tr("Fields of %1 that will change: %2.").arg(languageName).arg(plan.changes.size());
    if (plan.unchanged + plan.untranslated + plan.fuzzy + plan.obsolete > 0)
        text += QLatin1Char(' ')
            + tr("Left as they are: %1 unchanged, %2 empty (not translated), %3 fuzzy, %4 obsolete.")
                  .arg(plan.unchanged)
                  .arg(plan.untranslated)
                  .arg(plan.fuzzy)
                  .arg(plan.obsolete);
    for (const QString &warning : plan.warnings)
        text += QLatin1Char('\n') + warning;
    summary->setText(text);
    m_table->setHorizontalHeaderLabels({ tr("Field"), tr("Now"), tr("After the upload"), tr("Status") });
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    for (int row = 0; row < plan.changes.size(); ++row) {
        const inventory::TranslationChange &change = plan.changes.at(row);
        m_table->setItem(row, 0, readOnly(labels.value(change.key, change.field)));
        m_table->item(row, 0)->setToolTip(change.key);
        m_table->setItem(row, 1, readOnly(change.before.isEmpty() ? tr("(not translated)") : oneLine(change.before)));
        m_table->setItem(row, 2, readOnly(oneLine(change.after)));
        auto *status = readOnly(change.outdated ? tr("Outdated") : tr("New translation"));
        if (change.outdated) {
            status->setForeground(Theme::color(Tone::Warning));
            status->setToolTip(tr("The file translated \"%1\"; the text is now \"%2\".")
                                   .arg(oneLine(change.fileSource), oneLine(change.source)));
        }
        m_table->setItem(row, 3, status);
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    const int outdated = plan.outdatedCount();
    m_outdated->setText(outdated == 1
            ? tr("Apply the outdated translation too (its source text changed since)")
            : tr("Apply the %n outdated translations too (their source text changed since)", nullptr, outdated));
    m_outdated->setVisible(outdated > 0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_outdated);
    layout->addWidget(buttons);
    resize(820, 480);
}

bool TranslationImportDialog::includeOutdated() const
{
    return m_outdated->isChecked();
}

// --- LocalizationTab -----------------------------------------------------------------------------------

LocalizationTab::LocalizationTab(inventory::LocalizationEditor &editor, const QString &productId, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_productId(productId)
    , m_locale(inventory::defaultTranslationLocales().first())
    , m_intro(new QLabel(this))
    , m_languages(new QTableWidget(0, 3, this))
    , m_addLanguage(new QComboBox(this))
    , m_gridTitle(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_untranslatedFirst(new QCheckBox(this))
    , m_grid(new QTableWidget(0, 3, this))
    , m_sourceLabel(new QLabel(this))
    , m_source(new QPlainTextEdit(this))
    , m_translationLabel(new QLabel(this))
    , m_translation(new QPlainTextEdit(this))
    , m_check(new QLabel(this))
    , m_downloadPo(new QPushButton(this))
    , m_uploadPo(new QPushButton(this))
    , m_downloadTs(new QPushButton(this))
    , m_uploadTs(new QPushButton(this))
    , m_result(new QLabel(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("localizationTab"));
    m_intro->setWordWrap(true);
    m_languages->setObjectName(QStringLiteral("localizationLanguages"));
    m_languages->setTabKeyNavigation(false); // Tab goes on to the next control, the arrows move in the table
    m_languages->verticalHeader()->hide();
    m_languages->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_languages->setSelectionMode(QAbstractItemView::SingleSelection);
    m_languages->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_languages->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_languages->setMaximumWidth(250);
    // Sized to a few characters, not to the longest of Connect's locale names: the product page must still fit
    // a 1024 px window beside the notifications panel (preview_page checks the window's minimum width).
    m_addLanguage->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_addLanguage->setMinimumContentsLength(14);
    m_addLanguage->setObjectName(QStringLiteral("localizationAddLanguage"));
    m_grid->setObjectName(QStringLiteral("localizationGrid"));
    m_grid->setTabKeyNavigation(false); // Tab goes on to the next control, the arrows move in the table
    m_grid->verticalHeader()->hide();
    m_grid->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setWordWrap(false);
    // "Template title (Default Activation Template …)": what tells rows apart is often at the end of the name.
    m_grid->setTextElideMode(Qt::ElideMiddle);
    m_grid->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_grid->horizontalHeader()->resizeSection(0, 190);
    m_grid->verticalHeader()->setDefaultSectionSize(m_grid->fontMetrics().height() + 8);
    m_grid->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_grid->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_search->setObjectName(QStringLiteral("localizationSearch"));
    m_search->setClearButtonEnabled(true);
    m_source->setReadOnly(true);
    m_source->setMaximumHeight(90);
    m_translation->setObjectName(QStringLiteral("localizationTranslation"));
    m_translation->setMaximumHeight(90);
    m_translation->setTabChangesFocus(true); // Tab goes on to the buttons; a translation holds no tab character
    m_check->setObjectName(QStringLiteral("localizationCheck"));
    m_check->setWordWrap(true);
    m_result->setObjectName(QStringLiteral("localizationResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(400);

    // The file buttons first: under a language list that takes the column's height they were out of sight at
    // 1024x700, and sending the texts to a translator is the lab's first localization step.
    auto *left = new QVBoxLayout;
    auto *fileButtons = new QGridLayout;
    fileButtons->addWidget(m_downloadPo, 0, 0);
    fileButtons->addWidget(m_uploadPo, 0, 1);
    fileButtons->addWidget(m_downloadTs, 1, 0);
    fileButtons->addWidget(m_uploadTs, 1, 1);
    left->addLayout(fileButtons);
    left->addWidget(m_languages, 1);
    left->addWidget(m_addLanguage);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_gridTitle, 1);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_untranslatedFirst);
    auto *editors = new QGridLayout;
    editors->addWidget(m_sourceLabel, 0, 0);
    editors->addWidget(m_translationLabel, 0, 1);
    editors->addWidget(m_source, 1, 0);
    editors->addWidget(m_translation, 1, 1);
    editors->addWidget(m_check, 2, 1);
    auto *right = new QVBoxLayout;
    right->addLayout(filters);
    right->addWidget(m_result);
    right->addWidget(m_grid, 1);
    right->addLayout(editors);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left);
    columns->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(columns, 1);

    connect(m_languages, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = m_languages->selectionModel()->selectedRows();
        if (!m_loading && !rows.isEmpty())
            setLanguage(m_languages->item(rows.first().row(), 1)->text());
    });
    connect(m_addLanguage, &QComboBox::activated, this, [this](int index) {
        const QString locale = m_addLanguage->itemData(index).toString();
        m_addLanguage->setCurrentIndex(0);
        if (!locale.isEmpty())
            setLanguage(locale);
    });
    connect(m_search, &QLineEdit::textChanged, this, &LocalizationTab::applyFilter);
    connect(m_untranslatedFirst, &QCheckBox::toggled, this, &LocalizationTab::fillGrid);
    connect(m_grid, &QTableWidget::itemSelectionChanged, this, [this] {
        if (!m_loading)
            showRow();
    });
    connect(m_translation, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        checkAsYouType();
        m_debounce->start();
    });
    connect(m_debounce, &QTimer::timeout, this, &LocalizationTab::save);
    connect(m_downloadPo, &QPushButton::clicked, this, [this] {
        const QString path = FileDialogs::saveFileName(this, QStringLiteral("translations"), tr("Download .po"),
            QStringLiteral("%1-%2.po").arg(m_productId, m_locale.toLower()), tr("Gettext catalogs (*.po)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    connect(m_downloadTs, &QPushButton::clicked, this, [this] {
        const QString path = FileDialogs::saveFileName(this, QStringLiteral("translations"), tr("Download .ts"),
            QStringLiteral("%1-%2.ts").arg(m_productId, m_locale.toLower()), tr("Qt Linguist files (*.ts)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    const auto upload = [this](const QString &filter) {
        const QString path
            = FileDialogs::openFileName(this, QStringLiteral("translations"), tr("Upload translations"), filter);
        if (!path.isEmpty())
            importFrom(path);
    };
    connect(m_uploadPo, &QPushButton::clicked, this, [upload, this] { upload(tr("Gettext catalogs (*.po)")); });
    connect(m_uploadTs, &QPushButton::clicked, this, [upload, this] { upload(tr("Qt Linguist files (*.ts)")); });

    retranslate();
    reload();
}

QString LocalizationTab::fieldLabel(const inventory::ProductText &text)
{
    static const QHash<QString, const char *> words {
        { QStringLiteral("product.name"), QT_TR_NOOP("Product name") },
        { QStringLiteral("short.description"), QT_TR_NOOP("Short description") },
        { QStringLiteral("detailed.description"), QT_TR_NOOP("Detailed description") },
        { QStringLiteral("service.description"), QT_TR_NOOP("Service description") },
        { QStringLiteral("getting.started"), QT_TR_NOOP("Getting started") },
        { QStringLiteral("provisioning.message"), QT_TR_NOOP("Provisioning message") },
        { QStringLiteral("download.link"), QT_TR_NOOP("Download link title") },
        { QStringLiteral("document.title"), QT_TR_NOOP("Document title") },
        { QStringLiteral("item.name"), QT_TR_NOOP("Item name") },
        { QStringLiteral("item.description"), QT_TR_NOOP("Item description") },
        { QStringLiteral("parameter.title"), QT_TR_NOOP("Parameter title") },
        { QStringLiteral("parameter.description"), QT_TR_NOOP("Parameter description") },
        { QStringLiteral("parameter.hint"), QT_TR_NOOP("Parameter hint") },
        { QStringLiteral("parameter.placeholder"), QT_TR_NOOP("Parameter placeholder") },
        { QStringLiteral("parameter.choice"), QT_TR_NOOP("Choice label") },
        { QStringLiteral("template.title"), QT_TR_NOOP("Template title") },
        { QStringLiteral("template.body"), QT_TR_NOOP("Template body") },
        { QStringLiteral("action.title"), QT_TR_NOOP("Action title") },
        { QStringLiteral("action.description"), QT_TR_NOOP("Action description") },
    };
    const char *word = words.value(text.kind);
    const QString label = word ? tr(word) : text.field;
    return word && !text.objectName.isEmpty() ? tr("%1 (%2)").arg(label, text.objectName) : label;
}

void LocalizationTab::retranslate()
{
    m_intro->setText(tr("Translate what customers see of this product. Edits are saved at once and sent with the "
                        "next sync; translators can work on a .po (gettext) or .ts (Qt Linguist) file."));
    m_languages->setHorizontalHeaderLabels({ tr("Language"), tr("Code"), tr("Done") });
    m_grid->setHorizontalHeaderLabels({ tr("Field"), tr("Source"), tr("Translation") });
    m_search->setPlaceholderText(tr("Search fields and texts"));
    m_untranslatedFirst->setText(tr("&Untranslated first"));
    m_sourceLabel->setText(tr("Source (English)"));
    m_translationLabel->setText(tr("Translation"));
    // Names for screen readers: the labels above the editors are not their siblings.
    m_languages->setAccessibleName(tr("Languages"));
    m_addLanguage->setAccessibleName(tr("Language to add"));
    m_search->setAccessibleName(tr("Search fields and texts"));
    m_grid->setAccessibleName(tr("Texts and their translations"));
    nameAfterLabel(m_source, m_sourceLabel);
    nameAfterLabel(m_translation, m_translationLabel);
    m_downloadPo->setText(tr("&Download .po"));
    m_uploadPo->setText(tr("U&pload .po…"));
    m_downloadTs->setText(tr("Download .&ts"));
    m_uploadTs->setText(tr("Upload .ts…"));
    m_gridTitle->setText(tr("%1 (%2)").arg(inventory::connectLocaleName(m_locale), m_locale));
    m_addLanguage->setItemText(0, tr("Add a language…"));
}

void LocalizationTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LocalizationTab::setProductId(const QString &productId)
{
    flush();
    m_productId = productId;
    reload();
}

QString LocalizationTab::language() const
{
    return m_locale;
}

void LocalizationTab::setLanguage(const QString &locale)
{
    flush();
    m_locale = locale.toUpper();
    m_currentKey.clear();
    reload();
}

QStringList LocalizationTab::shownLocales() const
{
    QStringList locales = inventory::defaultTranslationLocales();
    for (const QString &locale : m_editor.localesOf(m_productId)) {
        if (!locales.contains(locale))
            locales << locale;
    }
    if (!locales.contains(m_locale))
        locales << m_locale;
    return locales;
}

void LocalizationTab::reload()
{
    m_texts = m_editor.texts(m_productId);
    m_translations = m_editor.translations(m_productId, m_locale);
    if (m_debounce->isActive() && !m_currentKey.isEmpty())
        m_translations.insert(m_currentKey, m_translation->toPlainText()); // being typed: stays as typed
    fillLanguages();
    fillGrid();
    retranslate();
    const bool editable = inventory::LocalizationEditor::canTranslate(m_productId);
    for (QWidget *widget : std::initializer_list<QWidget *> { m_translation, m_uploadPo, m_uploadTs })
        widget->setEnabled(editable);
    const QString notOnConnect = tr("This product was created on this computer: it can be translated once it has "
                                    "reached Connect (after the next sync).");
    if (!editable)
        m_result->setText(notOnConnect);
    else if (m_result->text() == notOnConnect)
        m_result->clear(); // it has reached Connect since: the sentence no longer holds
}

void LocalizationTab::fillLanguages()
{
    m_loading = true;
    const QStringList locales = shownLocales();
    m_languages->setRowCount(int(locales.size()));
    for (int row = 0; row < locales.size(); ++row) {
        const QString &locale = locales.at(row);
        const int done = inventory::completion(m_texts, m_editor.translations(m_productId, locale));
        m_languages->setItem(row, 0, readOnly(inventory::connectLocaleName(locale)));
        m_languages->setItem(row, 1, readOnly(locale));
        auto *completion = readOnly(tr("%1 %").arg(done));
        completion->setData(Qt::UserRole, done);
        completion->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_languages->setItem(row, 2, completion);
        if (locale == m_locale)
            m_languages->selectRow(row);
    }
    m_languages->resizeColumnToContents(1);
    m_languages->resizeColumnToContents(2);
    m_addLanguage->clear();
    m_addLanguage->addItem(tr("Add a language…"));
    for (const inventory::ConnectLocale &locale : inventory::connectLocales()) {
        if (!locales.contains(locale.id) && locale.id != QLatin1String("EN"))
            m_addLanguage->addItem(QStringLiteral("%1 (%2)").arg(locale.name, locale.id), locale.id);
    }
    m_loading = false;
}

void LocalizationTab::fillGrid()
{
    m_loading = true;
    QList<inventory::ProductText> rows = m_texts;
    if (m_untranslatedFirst->isChecked())
        std::stable_sort(rows.begin(), rows.end(), [this](const auto &a, const auto &b) {
            return m_translations.value(a.key).isEmpty() && !m_translations.value(b.key).isEmpty();
        });
    m_grid->setRowCount(int(rows.size()));
    int selected = -1;
    for (int row = 0; row < rows.size(); ++row) {
        const inventory::ProductText &text = rows.at(row);
        auto *field = readOnly(fieldLabel(text));
        field->setData(kKeyRole, text.key);
        field->setToolTip(QStringLiteral("%1\n%2").arg(text.key, text.reference));
        m_grid->setItem(row, 0, field);
        m_grid->setItem(row, 1, readOnly(oneLine(text.source)));
        const QString translation = m_translations.value(text.key);
        auto *cell = readOnly(translation.isEmpty() ? tr("(not translated)") : oneLine(translation));
        if (translation.isEmpty())
            cell->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        m_grid->setItem(row, 2, cell);
        if (text.key == m_currentKey)
            selected = row;
    }
    if (selected < 0 && !rows.isEmpty()) {
        selected = 0;
        m_currentKey.clear();
    }
    if (selected >= 0)
        m_grid->selectRow(selected);
    m_loading = false;
    applyFilter();
    if (m_currentKey.isEmpty() || !m_debounce->isActive())
        showRow();
}

void LocalizationTab::applyFilter()
{
    const QString needle = m_search->text().trimmed();
    for (int row = 0; row < m_grid->rowCount(); ++row) {
        const QString key = m_grid->item(row, 0)->data(kKeyRole).toString();
        const auto text = std::find_if(m_texts.begin(), m_texts.end(), [&key](const auto &t) { return t.key == key; });
        const bool match = needle.isEmpty() || key.contains(needle, Qt::CaseInsensitive)
            || m_grid->item(row, 0)->text().contains(needle, Qt::CaseInsensitive)
            || (text != m_texts.end() && text->source.contains(needle, Qt::CaseInsensitive))
            || m_translations.value(key).contains(needle, Qt::CaseInsensitive);
        m_grid->setRowHidden(row, !match);
    }
}

void LocalizationTab::showRow()
{
    const auto rows = m_grid->selectionModel()->selectedRows();
    const QString key = rows.isEmpty() ? QString() : m_grid->item(rows.first().row(), 0)->data(kKeyRole).toString();
    if (key != m_currentKey)
        flush();
    m_currentKey = key;
    const auto text = std::find_if(m_texts.begin(), m_texts.end(), [&key](const auto &t) { return t.key == key; });
    m_loading = true;
    m_source->setPlainText(text == m_texts.end() ? QString() : text->source);
    m_translation->setPlainText(m_translations.value(key));
    m_translation->setEnabled(text != m_texts.end() && inventory::LocalizationEditor::canTranslate(m_productId));
    m_loading = false;
    checkAsYouType();
}

void LocalizationTab::checkAsYouType()
{
    const auto text
        = std::find_if(m_texts.begin(), m_texts.end(), [this](const auto &t) { return t.key == m_currentKey; });
    if (text == m_texts.end()) {
        m_check->clear();
        return;
    }
    const QString typed = m_translation->toPlainText();
    const QStringList problems = inventory::translationProblems(text->source, typed);
    if (typed.isEmpty()) {
        Theme::clearTone(m_check);
        m_check->setText(tr("Not translated: customers see the English text."));
    } else if (problems.isEmpty()) {
        Theme::setTone(m_check, Tone::Success);
        m_check->setText(inventory::placeholdersOf(text->source).isEmpty()
                ? tr("Saved as you type.")
                : tr("Placeholders and links match the source."));
    } else {
        Theme::setTone(m_check, Tone::Error);
        QStringList words;
        for (const QString &problem : problems) {
            if (problem.startsWith(QLatin1String("missing placeholder ")))
                words << tr("missing placeholder %1").arg(problem.mid(20));
            else if (problem.startsWith(QLatin1String("missing link target ")))
                words << tr("missing link target %1").arg(problem.mid(20));
            else
                words << problem;
        }
        m_check->setText(tr("Not saved: %1").arg(words.join(QStringLiteral("; "))));
    }
}

void LocalizationTab::flush()
{
    if (m_debounce->isActive()) {
        m_debounce->stop();
        save();
    }
}

void LocalizationTab::save()
{
    if (m_currentKey.isEmpty())
        return;
    const QString typed = m_translation->toPlainText();
    if (typed == m_editor.translations(m_productId, m_locale).value(m_currentKey))
        return;
    const auto saved = m_editor.setTranslation(m_productId, m_locale, m_currentKey, typed);
    if (!saved.ok())
        return; // the check label already says why; nothing is written
    m_translations.insert(m_currentKey, typed);
    for (int row = 0; row < m_grid->rowCount(); ++row) {
        if (m_grid->item(row, 0)->data(kKeyRole).toString() == m_currentKey)
            m_grid->item(row, 2)->setText(typed.isEmpty() ? tr("(not translated)") : oneLine(typed));
    }
    for (int row = 0; row < m_languages->rowCount(); ++row) {
        if (m_languages->item(row, 1)->text() == m_locale)
            m_languages->item(row, 2)->setText(tr("%1 %").arg(inventory::completion(m_texts, m_translations)));
    }
    Q_EMIT changed();
}

QString LocalizationTab::exportTo(const QString &path)
{
    flush();
    const bool ts = path.endsWith(QLatin1String(".ts"), Qt::CaseInsensitive);
    const QByteArray data = ts ? inventory::exportTs(m_productId, m_locale, m_texts, m_translations)
                               : inventory::exportPo(m_productId, m_locale, m_texts, m_translations);
    QFile file(path);
    if (data.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(data) != data.size()) {
        const QString error = tr("%1 could not be written: %2").arg(path, file.errorString());
        m_result->setText(error);
        return error;
    }
    m_result->setText((
        m_texts.size() == 1 ? tr("1 text written to %1.") : tr("%n texts written to %1.", nullptr, int(m_texts.size())))
                          .arg(QDir::toNativeSeparators(path)));
    return {};
}

QStringList LocalizationTab::importFrom(const QString &path)
{
    flush();
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    QStringList errors;
    core::Result<inventory::TranslationImport, QStringList> plan = QStringList();
    if (!file.open(QIODevice::ReadOnly)) {
        errors << tr("%1 could not be read: %2").arg(name, file.errorString());
    } else if (file.size() > content::kMaxPoBytes) {
        errors << tr("%1: the file has %2 MB; files of more than %3 MB are refused.")
                      .arg(name)
                      .arg(double(file.size()) / (1024 * 1024), 0, 'f', 1)
                      .arg(content::kMaxPoBytes / (1024 * 1024));
    } else {
        const QByteArray data = file.readAll();
        if (path.endsWith(QLatin1String(".ts"), Qt::CaseInsensitive)) {
            const auto catalog = inventory::parseTs(data, name);
            plan = catalog.ok()
                ? inventory::planImport(catalog.value(), name, m_locale, m_texts, m_translations)
                : core::Result<inventory::TranslationImport, QStringList>(QStringList { catalog.error() });
        } else {
            plan = inventory::planPoImport(data, name, m_locale, m_texts, m_translations);
        }
        if (!plan.ok())
            errors = plan.error();
    }
    if (!errors.isEmpty()) {
        constexpr int kShown = 8;
        QString text = tr("Nothing was applied. Problems in %1:").arg(name);
        for (const QString &error : errors.mid(0, kShown))
            text += QStringLiteral("\n• ") + error;
        if (errors.size() > kShown)
            text += QStringLiteral("\n• ") + tr("… and %1 more").arg(errors.size() - kShown);
        Theme::setTone(m_result, Tone::Error);
        m_result->setText(text);
        return errors;
    }
    Theme::clearTone(m_result);
    const inventory::TranslationImport &checked = plan.value();
    if (checked.changes.isEmpty()) {
        m_result->setText(tr("Nothing to apply: every translation in %1 is already there.").arg(name));
        return {};
    }
    QHash<QString, QString> labels;
    for (const inventory::ProductText &text : m_texts)
        labels.insert(text.key, fieldLabel(text));
    TranslationImportDialog dialog(checked, inventory::connectLocaleName(m_locale), labels, this);
    Q_EMIT importDialogOpened(&dialog);
    if (dialog.exec() != QDialog::Accepted) {
        m_result->setText(tr("Upload of %1 canceled; nothing was applied.").arg(name));
        return {};
    }
    const auto applied = m_editor.apply(m_productId, m_locale, checked, dialog.includeOutdated());
    if (!applied.ok()) {
        Theme::setTone(m_result, Tone::Error);
        m_result->setText(tr("Nothing was applied: %1").arg(applied.error().join(QStringLiteral("; "))));
        return applied.error();
    }
    const int skipped = dialog.includeOutdated() ? 0 : checked.outdatedCount();
    m_result->setText(skipped > 0
            ? tr("%1: %2 translations applied; %3 outdated ones left out. They are sent with the next sync.")
                  .arg(name)
                  .arg(applied.value())
                  .arg(skipped)
            : tr("%1: %2 translations applied. They are sent with the next sync.").arg(name).arg(applied.value()));
    reload();
    Q_EMIT changed();
    return {};
}

} // namespace cv::ui
