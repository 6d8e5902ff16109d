#include "ui/inventory/productpages/productlabels.h"

#include <QHash>

namespace cv::ui {

QString ProductLabels::itemType(const QString &type)
{
    if (type.compare(QLatin1String("reservation"), Qt::CaseInsensitive) == 0)
        return tr("Reservation");
    if (type.compare(QLatin1String("ppu"), Qt::CaseInsensitive) == 0)
        return tr("Pay-as-you-go");
    return type;
}

QString ProductLabels::period(const QString &period)
{
    const QString p = period.toLower();
    if (p == QLatin1String("onetime"))
        return tr("One-time");
    if (p == QLatin1String("monthly"))
        return tr("Monthly");
    if (p == QLatin1String("yearly"))
        return tr("Yearly");
    bool whole = false;
    const int years = p.startsWith(QLatin1String("years_")) ? p.mid(6).toInt(&whole) : 0;
    if (whole && years > 1)
        //: A billing period of several years; %n is the number of years (2 or more).
        return tr("Every %n years", nullptr, years);
    if (p == QLatin1String("monthly_trial"))
        return tr("Monthly trial");
    if (p == QLatin1String("days_7_trial"))
        return tr("7-day trial");
    if (p == QLatin1String("days_14_trial"))
        return tr("14-day trial");
    if (p == QLatin1String("days_30_trial"))
        return tr("30-day trial");
    return period;
}

QString ProductLabels::precision(const QString &precision)
{
    if (precision == QLatin1String("integer"))
        return tr("Integer (whole units)");
    bool whole = false;
    const int digits = precision.startsWith(QLatin1String("decimal(")) ? precision.mid(8).chopped(1).toInt(&whole) : 0;
    if (whole && digits == 1)
        return tr("Decimal, 1 digit");
    if (whole)
        //: %n is how many digits after the decimal point.
        return tr("Decimal, %n digits", nullptr, digits);
    return precision;
}

QString ProductLabels::commitment(const QString &period, int count)
{
    if (count <= 1)
        return tr("None");
    int periodYears = 0;
    int years = 0;
    if (period == QLatin1String("monthly"))
        years = count / 12;
    else if (period == QLatin1String("yearly"))
        periodYears = 1;
    else if (period.startsWith(QLatin1String("years_")))
        periodYears = period.mid(6).toInt();
    if (periodYears > 0)
        years = count * periodYears;
    if (years <= 0)
        return count == 1 ? tr("1 billing period") : tr("%n billing periods", nullptr, count);
    return years == 1 ? tr("1 year") : tr("%n years", nullptr, years);
}

QString ProductLabels::parameterType(const QString &type)
{
    static const QHash<QString, const char *> labels = {
        { QStringLiteral("text"), QT_TR_NOOP("Single line text") },
        { QStringLiteral("dropdown"), QT_TR_NOOP("Drop-down list") },
        { QStringLiteral("password"), QT_TR_NOOP("Password") },
        { QStringLiteral("email"), QT_TR_NOOP("Email address") },
        { QStringLiteral("checkbox"), QT_TR_NOOP("Checkboxes") },
        { QStringLiteral("subdomain"), QT_TR_NOOP("Subdomain") },
        { QStringLiteral("domain"), QT_TR_NOOP("Domain") },
        { QStringLiteral("address"), QT_TR_NOOP("Postal address") },
        { QStringLiteral("phone"), QT_TR_NOOP("Phone number") },
        { QStringLiteral("object"), QT_TR_NOOP("JSON object") },
        { QStringLiteral("url"), QT_TR_NOOP("URL") },
        { QStringLiteral("choice"), QT_TR_NOOP("Radio buttons (choice)") },
        { QStringLiteral("heading"), QT_TR_NOOP("Heading (form section title)") },
        { QStringLiteral("content"), QT_TR_NOOP("Content (read-only text)") },
    };
    const char *label = labels.value(type.toLower());
    return label ? tr(label) : type;
}

QString ProductLabels::phase(const QString &phase)
{
    if (phase == QLatin1String("ordering"))
        return tr("Ordering");
    if (phase == QLatin1String("fulfillment"))
        return tr("Fulfillment", "parameter phase: asked while the vendor fulfills the request");
    if (phase == QLatin1String("configuration"))
        return tr("Configuration");
    return phase;
}

QString ProductLabels::scope(const QString &scope)
{
    static const QHash<QString, const char *> labels = {
        { QStringLiteral("asset"), QT_TR_NOOP("Asset (subscription)") },
        { QStringLiteral("tier1"), QT_TR_NOOP("Tier 1 (reseller)") },
        { QStringLiteral("tier2"), QT_TR_NOOP("Tier 2 (reseller)") },
        { QStringLiteral("product"), QT_TR_NOOP("Product") },
        { QStringLiteral("item"), QT_TR_NOOP("Item") },
        { QStringLiteral("marketplace"), QT_TR_NOOP("Marketplace") },
        { QStringLiteral("item_marketplace"), QT_TR_NOOP("Item and marketplace") },
    };
    const char *label = labels.value(scope);
    return label ? tr(label) : scope;
}

QString ProductLabels::templateType(const QString &type)
{
    if (type == QLatin1String("fulfillment"))
        return tr("Activation");
    if (type == QLatin1String("inquire"))
        return tr("Inquire");
    if (type == QLatin1String("pending"))
        return tr("Pending", "template type: shown while a subscription request waits");
    return tr("Tier setup");
}

QString ProductLabels::status(const QString &status)
{
    if (status == QLatin1String("draft") || status.isEmpty())
        return tr("Draft");
    if (status == QLatin1String("published"))
        return tr("Published");
    if (status == QLatin1String("endofsale"))
        return tr("End of sale");
    return status;
}

QList<QPair<QString, QString>> ProductLabels::builtinUnits()
{
    return {
        { QStringLiteral("users"), tr("Users") },
        { QStringLiteral("licenses"), tr("Licenses") },
        { QStringLiteral("unit"), tr("Units") },
        { QStringLiteral("gb"), tr("GB") },
        { QStringLiteral("devices"), tr("Devices") },
        { QStringLiteral("mailboxes"), tr("Mailboxes") },
        { QStringLiteral("boolean"), tr("Boolean") },
        { QStringLiteral("boxes"), tr("Boxes") },
        { QStringLiteral("calls"), tr("Calls") },
        { QStringLiteral("computers"), tr("Computers") },
        { QStringLiteral("connections"), tr("Connections") },
        { QStringLiteral("contacts"), tr("Contacts") },
        { QStringLiteral("credits"), tr("Credits") },
        { QStringLiteral("documents"), tr("Documents") },
        { QStringLiteral("emails"), tr("Emails") },
        { QStringLiteral("employees"), tr("Employees") },
        { QStringLiteral("hosts"), tr("Hosts") },
        { QStringLiteral("hours"), tr("Hours") },
        { QStringLiteral("images"), tr("Images") },
        { QStringLiteral("invoices"), tr("Invoices") },
        { QStringLiteral("ips"), tr("IP addresses") },
        { QStringLiteral("items"), tr("Items", "unit of measure") },
        { QStringLiteral("kb"), tr("KB") },
        { QStringLiteral("kbps"), tr("Kbit/s") },
        { QStringLiteral("mbh"), tr("MB-hours (pay-as-you-go)") },
        { QStringLiteral("messages"), tr("Messages") },
        { QStringLiteral("mhz"), tr("MHz") },
        { QStringLiteral("mhzh"), tr("MHz-hours (pay-as-you-go)") },
        { QStringLiteral("minutes"), tr("Minutes") },
        { QStringLiteral("mobile_devices"), tr("Mobile devices") },
        { QStringLiteral("pages"), tr("Pages") },
        { QStringLiteral("reports"), tr("Reports") },
        { QStringLiteral("servers"), tr("Servers") },
        { QStringLiteral("stores"), tr("Stores") },
        { QStringLiteral("unith"), tr("Unit-hours (pay-as-you-go)") },
        { QStringLiteral("websites"), tr("Websites") },
    };
}

} // namespace cv::ui
