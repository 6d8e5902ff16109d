#include "app/inventory/productrules.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace cv::inventory::rules {

namespace {

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

void checkLength(QStringList &errors, const QString &field, const QString &value, int max)
{
    if (value.size() > max)
        errors << QStringLiteral("%1: Ensure this field has no more than %2 characters.").arg(field).arg(max);
}

void checkRequired(QStringList &errors, const QJsonObject &object, const char *key)
{
    if (text(object, key).trimmed().isEmpty())
        errors << QStringLiteral("%1: This field is required.").arg(QLatin1String(key));
}

void checkOneOf(QStringList &errors, const QString &field, const QString &value, const QStringList &allowed)
{
    if (!allowed.contains(canonical(value)))
        errors << QStringLiteral("%1: \"%2\" is not a valid choice (%3).")
                      .arg(field, value, allowed.join(QStringLiteral(", ")));
}

bool sameText(const QJsonObject &a, const QJsonObject &b, const char *key)
{
    return canonical(text(a, key)) == canonical(text(b, key));
}

} // namespace

QString canonical(const QString &value)
{
    return value.trimmed().toLower();
}

QStringList itemPeriods()
{
    return { QStringLiteral("onetime"), QStringLiteral("monthly"), QStringLiteral("yearly"), QStringLiteral("years_2"),
        QStringLiteral("years_3"), QStringLiteral("years_4"), QStringLiteral("years_5"), QStringLiteral("years_6"),
        QStringLiteral("monthly_trial"), QStringLiteral("days_7_trial"), QStringLiteral("days_14_trial"),
        QStringLiteral("days_30_trial") };
}

QStringList itemPrecisions()
{
    return { QStringLiteral("integer"), QStringLiteral("decimal(1)"), QStringLiteral("decimal(2)"),
        QStringLiteral("decimal(4)"), QStringLiteral("decimal(8)") };
}

QList<int> allowedCommitments(const QString &period)
{
    const QString p = canonical(period);
    if (p == QLatin1String("monthly"))
        return { 1, 12, 24, 36, 48, 60, 72 };
    if (p == QLatin1String("yearly"))
        return { 1, 2, 3, 4, 5, 6 };
    if (p == QLatin1String("years_2"))
        return { 1, 2, 3 }; // none, 4 or 6 years
    if (p == QLatin1String("years_3"))
        return { 1, 2 }; // none or 6 years
    return { 1 };
}

QStringList validateItem(const QJsonObject &item, const QList<QJsonObject> &siblings, const QStringList &knownUnits)
{
    QStringList errors;
    checkRequired(errors, item, "name");
    checkRequired(errors, item, "mpn");
    checkLength(errors, QStringLiteral("name"), text(item, "name"), 255);
    checkLength(errors, QStringLiteral("mpn"), text(item, "mpn"), 255);
    const QString type = canonical(text(item, "type"));
    checkOneOf(
        errors, QStringLiteral("type"), text(item, "type"), { QStringLiteral("reservation"), QStringLiteral("ppu") });
    const QString period = canonical(text(item, "period"));
    if (!period.isEmpty())
        checkOneOf(errors, QStringLiteral("period"), period, itemPeriods());
    const QString precision = canonical(text(item, "precision"));
    if (!precision.isEmpty())
        checkOneOf(errors, QStringLiteral("precision"), precision, itemPrecisions());
    const QString unit = item.value(QStringLiteral("unit")).toObject().value(QStringLiteral("id")).toString();
    if (unit.isEmpty())
        errors << QStringLiteral("unit: This field is required.");
    else if (!knownUnits.isEmpty() && !knownUnits.contains(unit))
        errors << QStringLiteral("unit: Unit \"%1\" does not exist.").arg(unit);
    if (type == QLatin1String("reservation")) {
        if (!precision.isEmpty() && precision != QLatin1String("integer"))
            errors << QStringLiteral("precision: Reservation items must have integer precision.");
        if (period.isEmpty())
            errors << QStringLiteral("period: Reservation items need a billing period.");
    }
    if (type == QLatin1String("ppu") && !period.isEmpty() && period != QLatin1String("monthly"))
        errors << QStringLiteral("period: Pay-as-you-go items must be billed monthly.");
    const int commitment = item.value(QStringLiteral("commitment")).toObject().value(QStringLiteral("count")).toInt(1);
    if (!allowedCommitments(period).contains(commitment))
        errors << QStringLiteral(
            "commitment: A commitment of %1 billing periods is not allowed for the %2 billing period.")
                      .arg(commitment)
                      .arg(period.isEmpty() ? QStringLiteral("(none)") : period);
    const QString id = text(item, "id");
    for (const QJsonObject &other : siblings) {
        if (text(other, "id") == id)
            continue;
        if (!text(item, "mpn").isEmpty() && text(other, "mpn") == text(item, "mpn"))
            errors << QStringLiteral("mpn: Item with same mpn already exists for the product.");
        if (!text(item, "name").isEmpty() && text(other, "name") == text(item, "name"))
            errors << QStringLiteral("name: Item with same name already exists for the product.");
    }
    return errors;
}

QStringList validatePublishedItemChange(const QJsonObject &before, const QJsonObject &after)
{
    QStringList errors;
    for (const char *key : { "type", "period", "precision" }) {
        if (!sameText(before, after, key))
            errors << QStringLiteral("%1: Published items can only change name, MPN and description.")
                          .arg(QLatin1String(key));
    }
    if (before.value(QStringLiteral("unit")).toObject().value(QStringLiteral("id"))
        != after.value(QStringLiteral("unit")).toObject().value(QStringLiteral("id")))
        errors << QStringLiteral("unit: Published items can only change name, MPN and description.");
    if (before.value(QStringLiteral("commitment")).toObject().value(QStringLiteral("count")).toInt(1)
        != after.value(QStringLiteral("commitment")).toObject().value(QStringLiteral("count")).toInt(1))
        errors << QStringLiteral("commitment: Published items can only change name, MPN and description.");
    return errors;
}

QStringList parameterTypes()
{
    return { QStringLiteral("text"), QStringLiteral("dropdown"), QStringLiteral("password"), QStringLiteral("email"),
        QStringLiteral("checkbox"), QStringLiteral("subdomain"), QStringLiteral("domain"), QStringLiteral("address"),
        QStringLiteral("phone"), QStringLiteral("object"), QStringLiteral("url"), QStringLiteral("choice"),
        QStringLiteral("heading"), QStringLiteral("content") };
}

QStringList scopesForPhase(const QString &phase)
{
    if (canonical(phase) == QLatin1String("configuration"))
        return { QStringLiteral("product"), QStringLiteral("item"), QStringLiteral("marketplace"),
            QStringLiteral("item_marketplace") };
    return { QStringLiteral("asset"), QStringLiteral("tier1"), QStringLiteral("tier2") };
}

QStringList validateParameter(const QJsonObject &parameter, const QList<QJsonObject> &siblings)
{
    QStringList errors;
    checkRequired(errors, parameter, "name");
    checkRequired(errors, parameter, "title");
    checkLength(errors, QStringLiteral("name"), text(parameter, "name"), 100);
    checkLength(errors, QStringLiteral("title"), text(parameter, "title"), 255);
    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z0-9_-]*$"));
    if (!namePattern.match(text(parameter, "name")).hasMatch())
        errors << QStringLiteral("name: Only letters, digits, \"_\" and \"-\" are allowed.");
    const QString type = canonical(text(parameter, "type"));
    checkOneOf(errors, QStringLiteral("type"), type, parameterTypes());
    const QString phase = canonical(text(parameter, "phase"));
    checkOneOf(errors, QStringLiteral("phase"), phase,
        { QStringLiteral("ordering"), QStringLiteral("fulfillment"), QStringLiteral("configuration") });
    const QString scope = canonical(text(parameter, "scope"));
    if (!scopesForPhase(phase).contains(scope))
        errors << QStringLiteral("scope: \"%1\" is not a valid scope for the %2 phase (%3).")
                      .arg(scope, phase, scopesForPhase(phase).join(QStringLiteral(", ")));
    const QJsonObject constraints = parameter.value(QStringLiteral("constraints")).toObject();
    if (type == QLatin1String("dropdown") || type == QLatin1String("choice") || type == QLatin1String("checkbox")) {
        const QJsonArray choices = constraints.value(QStringLiteral("choices")).toArray();
        if (choices.isEmpty())
            errors << QStringLiteral("constraints.choices: A %1 parameter needs at least one choice.").arg(type);
        QStringList values;
        for (const QJsonValue &choice : choices) {
            const QString value = choice.toObject().value(QStringLiteral("value")).toString();
            if (value.isEmpty() || values.contains(value))
                errors << QStringLiteral("constraints.choices: Choice values must be present and unique.");
            values << value;
        }
    }
    for (const QJsonObject &other : siblings) {
        if (text(other, "id") != text(parameter, "id") && text(other, "name") == text(parameter, "name"))
            errors << QStringLiteral("name: Parameter with same name already exists for the product.");
    }
    errors.removeDuplicates();
    return errors;
}

QStringList validateTemplate(const QJsonObject &templ, const QList<QJsonObject> &siblings)
{
    QStringList errors;
    checkRequired(errors, templ, "name");
    checkLength(errors, QStringLiteral("name"), text(templ, "name"), 255);
    const QString scope = canonical(text(templ, "scope"));
    checkOneOf(errors, QStringLiteral("scope"), scope,
        { QStringLiteral("asset"), QStringLiteral("tier1"), QStringLiteral("tier2") });
    if (scope == QLatin1String("asset"))
        checkOneOf(errors, QStringLiteral("type"), text(templ, "type"),
            { QStringLiteral("fulfillment"), QStringLiteral("inquire"), QStringLiteral("pending") });
    for (const QJsonObject &other : siblings) {
        if (text(other, "id") != text(templ, "id") && text(other, "name") == text(templ, "name")
            && sameText(other, templ, "scope"))
            errors << QStringLiteral("name: Template with same name already exists for this scope.");
    }
    return errors;
}

QStringList validateAction(const QJsonObject &action, const QList<QJsonObject> &siblings)
{
    QStringList errors;
    checkRequired(errors, action, "action");
    checkRequired(errors, action, "name");
    checkRequired(errors, action, "description");
    checkLength(errors, QStringLiteral("action"), text(action, "action"), 100);
    checkLength(errors, QStringLiteral("name"), text(action, "name"), 100);
    checkLength(errors, QStringLiteral("description"), text(action, "description"), 300);
    checkOneOf(errors, QStringLiteral("scope"), text(action, "scope"),
        { QStringLiteral("asset"), QStringLiteral("tier1"), QStringLiteral("tier2") });
    for (const QJsonObject &other : siblings) {
        if (text(other, "id") != text(action, "id") && text(other, "action") == text(action, "action"))
            errors << QStringLiteral("action: Action with same ID already exists for the product.");
    }
    return errors;
}

QStringList validateProductAttributes(const QJsonObject &product)
{
    QStringList errors;
    checkRequired(errors, product, "name");
    checkLength(errors, QStringLiteral("name"), text(product, "name"), 255);
    checkLength(errors, QStringLiteral("short_description"), text(product, "short_description"), 512);
    checkLength(errors, QStringLiteral("detailed_description"), text(product, "detailed_description"), 4000);
    const QJsonObject ui = product.value(QStringLiteral("customer_ui_settings")).toObject();
    checkLength(errors, QStringLiteral("customer_ui_settings.description"), text(ui, "description"), 255);
    checkLength(errors, QStringLiteral("customer_ui_settings.getting_started"), text(ui, "getting_started"), 4096);
    for (const char *list : { "download_links", "documents" }) {
        const QJsonArray links = ui.value(QLatin1String(list)).toArray();
        for (qsizetype i = 0; i < links.size(); ++i) {
            const QJsonObject link = links.at(i).toObject();
            const QString prefix = QStringLiteral("customer_ui_settings.%1.%2").arg(QLatin1String(list)).arg(i);
            if (text(link, "title").isEmpty())
                errors << prefix + QStringLiteral(".title: This field is required.");
            checkLength(errors, prefix + QStringLiteral(".title"), text(link, "title"), 64);
            checkLength(errors, prefix + QStringLiteral(".url"), text(link, "url"), 1024);
            const QString url = text(link, "url");
            if (!url.startsWith(QLatin1String("https://")) && !url.startsWith(QLatin1String("http://")))
                errors << prefix + QStringLiteral(".url: Enter a valid URL.");
        }
    }
    return errors;
}

} // namespace cv::inventory::rules
