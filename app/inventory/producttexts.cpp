#include "app/inventory/producttexts.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>

namespace cv::inventory {

namespace {

QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

QString normalisedLocale(QString locale)
{
    return locale.replace(QLatin1Char('_'), QLatin1Char('-')).trimmed().toUpper();
}

/// "pt-BR" and "PT_BR" are the same language; a file for "pt" fits "PT-BR" only if the file says so.
bool sameLocale(const QString &a, const QString &b)
{
    return normalisedLocale(a) == normalisedLocale(b);
}

QString where(const QString &fileName, int line)
{
    return line > 0 ? QStringLiteral("%1: line %2").arg(fileName).arg(line) : fileName;
}

} // namespace

QList<ProductText> productTexts(const ProductContent &content)
{
    const QString id = str(content.product, "id");
    const QString base = QStringLiteral("product.") + id;
    QList<ProductText> texts;
    QString object; // the name of the item, parameter, template or action being listed
    auto add = [&texts, &object](
                   const QString &key, const QString &source, const QString &reference, const char *field) {
        if (source.isEmpty())
            return;
        const QString label = QLatin1String(field);
        QString kind = label.section(QLatin1Char(' '), 0, 1).toLower().replace(QLatin1Char(' '), QLatin1Char('.'));
        texts.append({ key, source, reference, object.isEmpty() ? label : QStringLiteral("%1 (%2)").arg(label, object),
            kind, object });
    };
    const QJsonObject &product = content.product;
    add(base + QStringLiteral(".name"), str(product, "name"), id + QStringLiteral("/name"), "Product name");
    add(base + QStringLiteral(".description"), str(product, "short_description"),
        id + QStringLiteral("/short_description"), "Short description");
    add(base + QStringLiteral(".detailed_overview"), str(product, "detailed_description"),
        id + QStringLiteral("/detailed_description"), "Detailed description (Markdown)");
    const QJsonObject ui = product.value(QStringLiteral("customer_ui_settings")).toObject();
    const QString uiRef = id + QStringLiteral("/customer_ui_settings/");
    add(base + QStringLiteral(".customer_ui_settings.description"), str(ui, "description"),
        uiRef + QStringLiteral("description"), "Service description");
    add(base + QStringLiteral(".customer_ui_settings.getting_started"), str(ui, "getting_started"),
        uiRef + QStringLiteral("getting_started"), "Getting started (Markdown)");
    add(base + QStringLiteral(".customer_ui_settings.provisioning_message"), str(ui, "provisioning_message"),
        uiRef + QStringLiteral("provisioning_message"), "Provisioning message");
    for (const char *list : { "download_links", "documents" }) {
        const QJsonArray links = ui.value(QLatin1String(list)).toArray();
        for (qsizetype i = 0; i < links.size(); ++i)
            add(QStringLiteral("%1.customer_ui_settings.%2.%3.title").arg(base, QLatin1String(list)).arg(i),
                str(links.at(i).toObject(), "title"),
                uiRef + QLatin1String(list) + QLatin1Char('/') + QString::number(i),
                qstrcmp(list, "documents") == 0 ? "Document title" : "Download link title");
    }
    for (const QJsonObject &item : content.items) {
        object = str(item, "name");
        const QString key = QStringLiteral("%1.items.%2").arg(base, str(item, "id"));
        const QString ref = id + QStringLiteral("/items/") + str(item, "id");
        add(key + QStringLiteral(".name"), str(item, "name"), ref, "Item name");
        add(key + QStringLiteral(".description"), str(item, "description"), ref, "Item description");
    }
    for (const QJsonObject &parameter : content.parameters) {
        object = str(parameter, "title").isEmpty() ? str(parameter, "name") : str(parameter, "title");
        const QString key = QStringLiteral("%1.parameters.%2").arg(base, str(parameter, "id"));
        const QString ref = id + QStringLiteral("/parameters/") + str(parameter, "id");
        add(key + QStringLiteral(".title"), str(parameter, "title"), ref, "Parameter title");
        add(key + QStringLiteral(".description"), str(parameter, "description"), ref, "Parameter description");
        add(key + QStringLiteral(".hint"), str(parameter, "hint"), ref, "Parameter hint");
        add(key + QStringLiteral(".placeholder"), str(parameter, "placeholder"), ref, "Parameter placeholder");
        const QJsonArray choices
            = parameter.value(QStringLiteral("constraints")).toObject().value(QStringLiteral("choices")).toArray();
        for (const QJsonValue &choice : choices) {
            const QString value = str(choice.toObject(), "value");
            add(key + QStringLiteral(".constraints.choices.") + value + QStringLiteral(".label"),
                str(choice.toObject(), "label"), ref + QStringLiteral("/choices/") + value, "Parameter choice label");
        }
    }
    for (const QJsonObject &templ : content.templates) {
        object = str(templ, "name").isEmpty() ? str(templ, "title") : str(templ, "name");
        const QString key = QStringLiteral("%1.templates.%2").arg(base, str(templ, "id"));
        const QString ref = id + QStringLiteral("/templates/") + str(templ, "id");
        const QString title = str(templ, "title").isEmpty() ? str(templ, "name") : str(templ, "title");
        add(key + QStringLiteral(".title"), title, ref, "Template title");
        add(key + QStringLiteral(".body"), str(templ, "body"), ref, "Template body (Markdown)");
    }
    for (const QJsonObject &action : content.actions) {
        object = str(action, "name");
        const QString key = QStringLiteral("%1.actions.%2").arg(base, str(action, "id"));
        const QString ref = id + QStringLiteral("/actions/") + str(action, "id");
        add(key + QStringLiteral(".name"), str(action, "name"), ref, "Action title");
        add(key + QStringLiteral(".description"), str(action, "description"), ref, "Action description");
    }
    return texts;
}

QStringList placeholdersOf(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("\\{\\{\\s*([^{}]*?)\\s*\\}\\}"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << QStringLiteral("{{%1}}").arg(it.next().captured(1));
    std::sort(found.begin(), found.end());
    return found;
}

QStringList linkTargetsOf(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("\\]\\(\\s*([^)\\s]+)[^)]*\\)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured(1);
    std::sort(found.begin(), found.end());
    return found;
}

namespace {

/// Items of `a` not in `b`, counting repeats.
QStringList missingFrom(QStringList a, const QStringList &b)
{
    for (const QString &present : b)
        a.removeOne(present);
    a.removeDuplicates();
    return a;
}

QString spaced(const QString &placeholder)
{
    return QStringLiteral("{{ %1 }}").arg(placeholder.mid(2, placeholder.size() - 4));
}

} // namespace

QStringList translationProblems(const QString &source, const QString &translation)
{
    if (translation.isEmpty())
        return {};
    QStringList problems;
    const QStringList wanted = placeholdersOf(source);
    const QStringList given = placeholdersOf(translation);
    for (const QString &missing : missingFrom(wanted, given))
        problems << QStringLiteral("missing placeholder %1").arg(spaced(missing));
    for (const QString &extra : missingFrom(given, wanted))
        problems << QStringLiteral("placeholder %1 is not in the source").arg(spaced(extra));
    const QStringList links = linkTargetsOf(source);
    const QStringList givenLinks = linkTargetsOf(translation);
    for (const QString &missing : missingFrom(links, givenLinks))
        problems << QStringLiteral("missing link target %1").arg(missing);
    for (const QString &extra : missingFrom(givenLinks, links))
        problems << QStringLiteral("link target %1 is not in the source").arg(extra);
    return problems;
}

int completion(const QList<ProductText> &texts, const Translations &translations)
{
    if (texts.isEmpty())
        return 0;
    const auto done = std::count_if(texts.begin(), texts.end(),
        [&translations](const ProductText &text) { return !translations.value(text.key).isEmpty(); });
    return int(done * 100 / texts.size());
}

int TranslationImport::outdatedCount() const
{
    return int(
        std::count_if(changes.begin(), changes.end(), [](const TranslationChange &change) { return change.outdated; }));
}

core::Result<TranslationImport, QStringList> planImport(const content::PoCatalog &catalog, const QString &fileName,
    const QString &locale, const QList<ProductText> &texts, const Translations &current)
{
    QHash<QString, const ProductText *> byKey;
    for (const ProductText &text : texts)
        byKey.insert(text.key, &text);
    QStringList errors;
    if (!catalog.language.isEmpty() && !sameLocale(catalog.language, locale))
        errors << QStringLiteral("%1: the file is for the language \"%2\", not %3")
                      .arg(fileName, catalog.language, normalisedLocale(locale));
    TranslationImport plan;
    plan.fileName = fileName;
    plan.obsolete = int(catalog.obsoleteEntries.size());
    QSet<QString> seen;
    for (const content::PoEntry &entry : catalog.entries) {
        const QString at = where(fileName, entry.line);
        QString key = entry.context;
        if (catalog.qtContexts && key.endsWith(QLatin1Char('|')))
            key.chop(1); // lconvert's "context|" for a message without disambiguation
        if (key.isEmpty()) {
            errors << QStringLiteral("%1: the entry \"%2\" has no msgctxt, so it names no field")
                          .arg(at, entry.msgid.left(40));
            continue;
        }
        const ProductText *text = byKey.value(key);
        if (!text) {
            errors << QStringLiteral("%1: msgctxt \"%2\" names no field of this product").arg(at, key);
            continue;
        }
        if (!entry.msgidPlural.isEmpty()) {
            errors << QStringLiteral("%1: msgctxt \"%2\" has plural forms (msgid_plural), but %3 has no plural")
                          .arg(at, key, text->field.toLower());
            continue;
        }
        seen.insert(key);
        if (entry.fuzzy) {
            ++plan.fuzzy;
            continue;
        }
        if (entry.msgstr.isEmpty()) {
            ++plan.untranslated;
            continue;
        }
        for (const QString &problem : translationProblems(text->source, entry.msgstr))
            errors << QStringLiteral("%1: msgctxt \"%2\": %3").arg(at, key, problem);
        const bool outdated = entry.msgid != text->source;
        if (!outdated && current.value(key) == entry.msgstr) {
            ++plan.unchanged;
            continue;
        }
        plan.changes.append(
            { key, text->field, text->source, entry.msgid, current.value(key), entry.msgstr, outdated, entry.line });
    }
    if (!errors.isEmpty())
        return errors;
    const auto left = std::count_if(
        texts.begin(), texts.end(), [&seen](const ProductText &text) { return !seen.contains(text.key); });
    if (left > 0)
        plan.warnings << QStringLiteral("%1: %2 fields of the product are not in the file").arg(fileName).arg(left);
    return plan;
}

core::Result<TranslationImport, QStringList> planPoImport(const QByteArray &data, const QString &fileName,
    const QString &locale, const QList<ProductText> &texts, const Translations &current)
{
    const auto catalog = content::parsePo(data, fileName);
    if (!catalog)
        return QStringList { catalog.error() };
    return planImport(catalog.value(), fileName, locale, texts, current);
}

content::PoCatalog catalogFor(
    const QString &productId, const QString &locale, const QList<ProductText> &texts, const Translations &current)
{
    content::PoCatalog catalog;
    catalog.language = normalisedLocale(locale).toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    catalog.sourceLanguage = QStringLiteral("en");
    catalog.projectIdVersion = productId;
    for (const ProductText &text : texts) {
        content::PoEntry entry;
        entry.context = text.key;
        entry.msgid = text.source;
        entry.msgstr = current.value(text.key);
        entry.extractedComments = { text.field };
        entry.references = { text.reference };
        catalog.entries.append(entry);
    }
    return catalog;
}

QByteArray exportPo(
    const QString &productId, const QString &locale, const QList<ProductText> &texts, const Translations &current)
{
    return content::writePo(catalogFor(productId, locale, texts, current));
}

QByteArray exportTs(
    const QString &productId, const QString &locale, const QList<ProductText> &texts, const Translations &current)
{
    const content::PoCatalog catalog = catalogFor(productId, locale, texts, current);
    QByteArray data;
    QXmlStreamWriter xml(&data);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(4);
    xml.writeStartDocument();
    xml.writeDTD(QStringLiteral("<!DOCTYPE TS>"));
    xml.writeStartElement(QStringLiteral("TS"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("2.1"));
    xml.writeAttribute(QStringLiteral("language"), catalog.language);
    xml.writeAttribute(QStringLiteral("sourcelanguage"), catalog.sourceLanguage);
    xml.writeStartElement(QStringLiteral("context"));
    xml.writeTextElement(QStringLiteral("name"), QString());
    for (const content::PoEntry &entry : catalog.entries) {
        xml.writeStartElement(QStringLiteral("message"));
        xml.writeTextElement(QStringLiteral("source"), entry.msgid);
        xml.writeTextElement(QStringLiteral("comment"), entry.context);
        xml.writeTextElement(QStringLiteral("extracomment"), entry.extractedComments.join(QLatin1Char('\n')));
        xml.writeStartElement(QStringLiteral("translation"));
        if (entry.msgstr.isEmpty())
            xml.writeAttribute(QStringLiteral("type"), QStringLiteral("unfinished"));
        xml.writeCharacters(entry.msgstr);
        xml.writeEndElement();
        // The references as lconvert keeps .po ones (a <location> would come back as "file:-1").
        xml.writeTextElement(QStringLiteral("extra-po-references"), entry.references.join(QLatin1Char(' ')));
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return data;
}

core::Result<content::PoCatalog, QString> parseTs(const QByteArray &data, const QString &fileName)
{
    if (data.size() > content::kMaxPoBytes)
        return QStringLiteral("%1: the file has %2 MB; a .ts file of more than %3 MB is refused")
            .arg(fileName)
            .arg(double(data.size()) / (1024 * 1024), 0, 'f', 1)
            .arg(content::kMaxPoBytes / (1024 * 1024));
    content::PoCatalog catalog;
    QXmlStreamReader xml(data);
    QString contextName;
    content::PoEntry entry;
    bool inMessage = false;
    bool sawTs = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                sawTs = true;
                catalog.language = xml.attributes().value(QStringLiteral("language")).toString();
                catalog.sourceLanguage = xml.attributes().value(QStringLiteral("sourcelanguage")).toString();
            } else if (name == QLatin1String("context")) {
                contextName.clear();
            } else if (name == QLatin1String("name") && !inMessage) {
                contextName = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                inMessage = true;
                entry = {};
                entry.line = int(xml.lineNumber());
                if (xml.attributes().value(QStringLiteral("numerus")) == QLatin1String("yes"))
                    entry.msgidPlural = QStringLiteral("(numerus)");
            } else if (inMessage && name == QLatin1String("location")) {
                const QString file = xml.attributes().value(QStringLiteral("filename")).toString();
                const QString line = xml.attributes().value(QStringLiteral("line")).toString();
                entry.references << (line.isEmpty() ? file : file + QLatin1Char(':') + line);
            } else if (inMessage && name == QLatin1String("extra-po-references")) {
                entry.references << xml.readElementText().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            } else if (inMessage && name == QLatin1String("source")) {
                entry.msgid = xml.readElementText();
            } else if (inMessage && name == QLatin1String("comment")) {
                entry.context = xml.readElementText();
            } else if (inMessage && name == QLatin1String("extracomment")) {
                const QString comment = xml.readElementText();
                if (!comment.isEmpty())
                    entry.extractedComments = comment.split(QLatin1Char('\n'));
            } else if (inMessage && name == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QStringLiteral("type")).toString();
                entry.obsolete = type == QLatin1String("vanished") || type == QLatin1String("obsolete");
                const bool unfinished = type == QLatin1String("unfinished");
                QString text;
                // Numerus forms arrive as <numerusform> children; plain text otherwise.
                while (!xml.atEnd()) {
                    xml.readNext();
                    if (xml.isCharacters())
                        text += xml.text();
                    else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                        entry.msgstrPlural << xml.readElementText();
                    else if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
                        break;
                }
                entry.msgstr = text;
                entry.fuzzy = unfinished && !text.isEmpty();
                if (unfinished && text.isEmpty())
                    entry.msgstr.clear();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            inMessage = false;
            if (entry.context.isEmpty())
                entry.context = contextName;
            (entry.obsolete ? catalog.obsoleteEntries : catalog.entries).append(entry);
        }
    }
    if (xml.hasError())
        return QStringLiteral("%1: line %2: %3").arg(fileName).arg(xml.lineNumber()).arg(xml.errorString());
    if (!sawTs)
        return QStringLiteral("%1: not a Qt Linguist .ts file (no <TS> element)").arg(fileName);
    return catalog;
}

QByteArray uploadPo(const QString &productId, const QString &locale, const QList<ProductText> &texts,
    const Translations &translations, const QStringList &keys)
{
    QList<ProductText> chosen;
    for (const ProductText &text : texts) {
        if (keys.contains(text.key))
            chosen.append(text);
    }
    return exportPo(productId, locale, chosen, translations);
}

namespace {

QString translated(const Translations &translations, const QString &key, const QString &source)
{
    const QString text = translations.value(key);
    return text.isEmpty() ? source : text;
}

} // namespace

QJsonObject localizedProduct(const QJsonObject &product, const Translations &translations)
{
    const QString base = QStringLiteral("product.") + str(product, "id");
    QJsonObject result = product;
    result.insert(
        QStringLiteral("name"), translated(translations, base + QStringLiteral(".name"), str(product, "name")));
    result.insert(QStringLiteral("short_description"),
        translated(translations, base + QStringLiteral(".description"), str(product, "short_description")));
    result.insert(QStringLiteral("detailed_description"),
        translated(translations, base + QStringLiteral(".detailed_overview"), str(product, "detailed_description")));
    QJsonObject ui = product.value(QStringLiteral("customer_ui_settings")).toObject();
    for (const char *field : { "description", "getting_started", "provisioning_message" }) {
        if (ui.contains(QLatin1String(field)))
            ui.insert(QLatin1String(field),
                translated(translations, base + QStringLiteral(".customer_ui_settings.") + QLatin1String(field),
                    str(ui, field)));
    }
    for (const char *list : { "download_links", "documents" }) {
        QJsonArray links = ui.value(QLatin1String(list)).toArray();
        for (qsizetype i = 0; i < links.size(); ++i) {
            QJsonObject link = links.at(i).toObject();
            link.insert(QStringLiteral("title"),
                translated(translations,
                    QStringLiteral("%1.customer_ui_settings.%2.%3.title").arg(base, QLatin1String(list)).arg(i),
                    str(link, "title")));
            links.replace(i, link);
        }
        if (ui.contains(QLatin1String(list)))
            ui.insert(QLatin1String(list), links);
    }
    if (product.contains(QStringLiteral("customer_ui_settings")))
        result.insert(QStringLiteral("customer_ui_settings"), ui);
    return result;
}

QJsonObject localizedCustomerPanel(const QJsonObject &ccp, const Translations &translations)
{
    QJsonObject product = ccp.value(QStringLiteral("product")).toObject();
    const QString base = QStringLiteral("product.") + str(product, "id");
    const auto set = [&translations](QJsonObject &object, const char *field, const QString &key) {
        if (object.contains(QLatin1String(field)))
            object.insert(QLatin1String(field), translated(translations, key, str(object, field)));
    };
    set(product, "name", base + QStringLiteral(".name"));
    set(product, "description", base + QStringLiteral(".customer_ui_settings.description"));
    set(product, "getting_started", base + QStringLiteral(".customer_ui_settings.getting_started"));
    for (const char *list : { "download_links", "documents" }) {
        QJsonArray links = product.value(QLatin1String(list)).toArray();
        for (qsizetype i = 0; i < links.size(); ++i) {
            QJsonObject link = links.at(i).toObject();
            set(link, "title",
                QStringLiteral("%1.customer_ui_settings.%2.%3.title").arg(base, QLatin1String(list)).arg(i));
            links.replace(i, link);
        }
        if (product.contains(QLatin1String(list)))
            product.insert(QLatin1String(list), links);
    }
    QJsonObject result = ccp;
    result.insert(QStringLiteral("product"), product);
    QJsonArray actions = ccp.value(QStringLiteral("actions")).toArray();
    for (qsizetype i = 0; i < actions.size(); ++i) {
        QJsonObject action = actions.at(i).toObject();
        const QString key = QStringLiteral("%1.actions.%2").arg(base, str(action, "id"));
        set(action, "title", key + QStringLiteral(".name"));
        set(action, "name", key + QStringLiteral(".name"));
        set(action, "description", key + QStringLiteral(".description"));
        actions.replace(i, action);
    }
    if (ccp.contains(QStringLiteral("actions")))
        result.insert(QStringLiteral("actions"), actions);
    return result;
}

QJsonObject localizedTemplate(const QString &productId, const QJsonObject &templ, const Translations &translations)
{
    const QString key = QStringLiteral("product.%1.templates.%2").arg(productId, str(templ, "id"));
    QJsonObject result = templ;
    const QString title = str(templ, "title").isEmpty() ? str(templ, "name") : str(templ, "title");
    result.insert(QStringLiteral("title"), translated(translations, key + QStringLiteral(".title"), title));
    result.insert(QStringLiteral("body"), translated(translations, key + QStringLiteral(".body"), str(templ, "body")));
    return result;
}

} // namespace cv::inventory
