#include "app/inventory/connectlocales.h"

namespace cv::inventory {

const QList<ConnectLocale> &connectLocales()
{
    // Connect's locale list (GET /localization/locales, captured in resources/sandbox/locales.json), kept
    // here so the Localization page offers every language offline.
    static const QList<ConnectLocale> all { { QStringLiteral("AF"), QStringLiteral("Afrikaans") },
        { QStringLiteral("AR"), QStringLiteral("Arabic") },
        { QStringLiteral("AR-DZ"), QStringLiteral("Algerian Arabic") },
        { QStringLiteral("AST"), QStringLiteral("Asturian") }, { QStringLiteral("AZ"), QStringLiteral("Azerbaijani") },
        { QStringLiteral("BE"), QStringLiteral("Belarusian") }, { QStringLiteral("BG"), QStringLiteral("Bulgarian") },
        { QStringLiteral("BN"), QStringLiteral("Bengali") }, { QStringLiteral("BR"), QStringLiteral("Breton") },
        { QStringLiteral("BS"), QStringLiteral("Bosnian") }, { QStringLiteral("CA"), QStringLiteral("Catalan") },
        { QStringLiteral("CS"), QStringLiteral("Czech") }, { QStringLiteral("CY"), QStringLiteral("Welsh") },
        { QStringLiteral("DA"), QStringLiteral("Danish") }, { QStringLiteral("DE"), QStringLiteral("German") },
        { QStringLiteral("DSB"), QStringLiteral("Lower Sorbian") }, { QStringLiteral("EL"), QStringLiteral("Greek") },
        { QStringLiteral("EN"), QStringLiteral("English") },
        { QStringLiteral("EN-AU"), QStringLiteral("Australian English") },
        { QStringLiteral("EN-GB"), QStringLiteral("British English") },
        { QStringLiteral("EO"), QStringLiteral("Esperanto") }, { QStringLiteral("ES"), QStringLiteral("Spanish") },
        { QStringLiteral("ES-AR"), QStringLiteral("Argentinian Spanish") },
        { QStringLiteral("ES-CO"), QStringLiteral("Colombian Spanish") },
        { QStringLiteral("ES-MX"), QStringLiteral("Mexican Spanish") },
        { QStringLiteral("ES-NI"), QStringLiteral("Nicaraguan Spanish") },
        { QStringLiteral("ES-VE"), QStringLiteral("Venezuelan Spanish") },
        { QStringLiteral("ET"), QStringLiteral("Estonian") }, { QStringLiteral("EU"), QStringLiteral("Basque") },
        { QStringLiteral("FA"), QStringLiteral("Persian") }, { QStringLiteral("FI"), QStringLiteral("Finnish") },
        { QStringLiteral("FR"), QStringLiteral("French") }, { QStringLiteral("FY"), QStringLiteral("Frisian") },
        { QStringLiteral("GA"), QStringLiteral("Irish") }, { QStringLiteral("GD"), QStringLiteral("Scottish Gaelic") },
        { QStringLiteral("GL"), QStringLiteral("Galician") }, { QStringLiteral("HE"), QStringLiteral("Hebrew") },
        { QStringLiteral("HI"), QStringLiteral("Hindi") }, { QStringLiteral("HR"), QStringLiteral("Croatian") },
        { QStringLiteral("HSB"), QStringLiteral("Upper Sorbian") },
        { QStringLiteral("HU"), QStringLiteral("Hungarian") }, { QStringLiteral("HY"), QStringLiteral("Armenian") },
        { QStringLiteral("IA"), QStringLiteral("Interlingua") }, { QStringLiteral("ID"), QStringLiteral("Indonesian") },
        { QStringLiteral("IG"), QStringLiteral("Igbo") }, { QStringLiteral("IO"), QStringLiteral("Ido") },
        { QStringLiteral("IS"), QStringLiteral("Icelandic") }, { QStringLiteral("IT"), QStringLiteral("Italian") },
        { QStringLiteral("JA"), QStringLiteral("Japanese") }, { QStringLiteral("KA"), QStringLiteral("Georgian") },
        { QStringLiteral("KAB"), QStringLiteral("Kabyle") }, { QStringLiteral("KK"), QStringLiteral("Kazakh") },
        { QStringLiteral("KM"), QStringLiteral("Khmer") }, { QStringLiteral("KN"), QStringLiteral("Kannada") },
        { QStringLiteral("KO"), QStringLiteral("Korean") }, { QStringLiteral("KY"), QStringLiteral("Kyrgyz") },
        { QStringLiteral("LB"), QStringLiteral("Luxembourgish") },
        { QStringLiteral("LT"), QStringLiteral("Lithuanian") }, { QStringLiteral("LV"), QStringLiteral("Latvian") },
        { QStringLiteral("MK"), QStringLiteral("Macedonian") }, { QStringLiteral("ML"), QStringLiteral("Malayalam") },
        { QStringLiteral("MN"), QStringLiteral("Mongolian") }, { QStringLiteral("MR"), QStringLiteral("Marathi") },
        { QStringLiteral("MY"), QStringLiteral("Burmese") },
        { QStringLiteral("NB"), QStringLiteral("Norwegian Bokmal") },
        { QStringLiteral("NE"), QStringLiteral("Nepali") }, { QStringLiteral("NL"), QStringLiteral("Dutch") },
        { QStringLiteral("NN"), QStringLiteral("Norwegian Nynorsk") },
        { QStringLiteral("NO"), QStringLiteral("Norwegian") }, { QStringLiteral("OS"), QStringLiteral("Ossetic") },
        { QStringLiteral("PA"), QStringLiteral("Punjabi") }, { QStringLiteral("PL"), QStringLiteral("Polish") },
        { QStringLiteral("PT"), QStringLiteral("Portuguese") },
        { QStringLiteral("PT-BR"), QStringLiteral("Brazilian Portuguese") },
        { QStringLiteral("RO"), QStringLiteral("Romanian") }, { QStringLiteral("RU"), QStringLiteral("Russian") },
        { QStringLiteral("SK"), QStringLiteral("Slovak") }, { QStringLiteral("SL"), QStringLiteral("Slovenian") },
        { QStringLiteral("SQ"), QStringLiteral("Albanian") }, { QStringLiteral("SR"), QStringLiteral("Serbian") },
        { QStringLiteral("SR-LATN"), QStringLiteral("Serbian Latin") },
        { QStringLiteral("SV"), QStringLiteral("Swedish") }, { QStringLiteral("SW"), QStringLiteral("Swahili") },
        { QStringLiteral("TA"), QStringLiteral("Tamil") }, { QStringLiteral("TE"), QStringLiteral("Telugu") },
        { QStringLiteral("TG"), QStringLiteral("Tajik") }, { QStringLiteral("TH"), QStringLiteral("Thai") },
        { QStringLiteral("TK"), QStringLiteral("Turkmen") }, { QStringLiteral("TR"), QStringLiteral("Turkish") },
        { QStringLiteral("TT"), QStringLiteral("Tatar") }, { QStringLiteral("UDM"), QStringLiteral("Udmurt") },
        { QStringLiteral("UK"), QStringLiteral("Ukrainian") }, { QStringLiteral("UR"), QStringLiteral("Urdu") },
        { QStringLiteral("UZ"), QStringLiteral("Uzbek") }, { QStringLiteral("VI"), QStringLiteral("Vietnamese") },
        { QStringLiteral("ZH-HANS"), QStringLiteral("Simplified Chinese") },
        { QStringLiteral("ZH-HANT"), QStringLiteral("Traditional Chinese") } };
    return all;
}

QStringList defaultTranslationLocales()
{
    return { QStringLiteral("DE"), QStringLiteral("ES"), QStringLiteral("FR"), QStringLiteral("IT"),
        QStringLiteral("JA"), QStringLiteral("NL"), QStringLiteral("PT"), QStringLiteral("RU") };
}

QString connectLocaleName(const QString &id)
{
    for (const ConnectLocale &locale : connectLocales()) {
        if (locale.id.compare(id, Qt::CaseInsensitive) == 0)
            return locale.name;
    }
    return id;
}

} // namespace cv::inventory
