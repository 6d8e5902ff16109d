#include "sandbox/api/fakedata.h"

#include <QJsonArray>
#include <QRandomGenerator>

#include <array>

using namespace Qt::StringLiterals;

namespace cv::sandbox::fakedata {

namespace {

template<std::size_t N> QString pick(QRandomGenerator &random, const std::array<const char *, N> &words)
{
    return QString::fromLatin1(words[random.bounded(int(N))]);
}

const std::array<const char *, 40> kFirstNames { "Olivia", "Liam", "Emma", "Noah", "Amelia", "Oliver", "Ava", "Elijah",
    "Sophia", "Lucas", "Isabella", "Mateo", "Mia", "Levi", "Evelyn", "Ethan", "Harper", "Hiroshi", "Camila",
    "Sebastian", "Lena", "Jonas", "Chiara", "Marco", "Ines", "Pablo", "Aisha", "Omar", "Freya", "Lars", "Zofia",
    "Piotr", "Maya", "Arjun", "Chloe", "Hugo", "Nora", "Rod", "Hillard", "Greta" };
const std::array<const char *, 40> kLastNames { "Smith", "Johnson", "Williams", "Brown", "Garcia", "Miller", "Davis",
    "Martinez", "Lopez", "Wilson", "Anderson", "Thomas", "Moore", "Jackson", "Martin", "Lee", "Thompson", "White",
    "Harris", "Clark", "Lewis", "Walker", "Hall", "Young", "King", "Schneider", "Fischer", "Rossi", "Bianchi", "Dubois",
    "Nowak", "Kowalski", "Tanaka", "Sato", "Novak", "Jensen", "Runte", "Bernier", "Osinski", "Kilback" };
const std::array<const char *, 24> kCompanyWords { "Northwind", "Contoso", "Fabrikam", "Blue Yonder", "Tailspin",
    "Wide World", "Adventure Works", "Litware", "Proseware", "Alpine Ski", "Coho", "Lucerne", "Margie's", "Trey",
    "Wingtip", "Humongous", "Graphic Design", "Fourth Coffee", "Southridge", "Woodgrove", "Relecloud", "Bellows",
    "Datum", "VanArsdel" };
const std::array<const char *, 8> kCustomerSuffixes { "Inc.", "LLC", "Ltd", "GmbH", "S.L.", "Group", "Corp.",
    "Partners" };
const std::array<const char *, 6> kResellerSuffixes { "IT Solutions", "Cloud Services", "Systems", "Technologies",
    "Distribution", "Digital" };
const std::array<const char *, 20> kStreets { "Green Land", "Anya Way", "Oak Street", "Maple Avenue", "Pine Road",
    "Cedar Lane", "Elm Street", "Lake View", "Hill Road", "Park Avenue", "Sunset Boulevard", "River Drive",
    "Market Street", "Church Lane", "Mill Road", "High Street", "Station Road", "Beer Fall", "Mohr Hollow",
    "Harbour Way" };

struct Place
{
    const char *city;
    const char *state;
    const char *postalCode;
    const char *country;
    const char *countryCode;
    const char *areaCode;
};
const std::array<Place, 12> kPlaces { {
    { "Baldwin", "Alabama", "36507", "US", "+1", "251" },
    { "Austin", "Texas", "78701", "US", "+1", "512" },
    { "Seattle", "Washington", "98101", "US", "+1", "206" },
    { "Denver", "Colorado", "80202", "US", "+1", "303" },
    { "Boston", "Massachusetts", "02108", "US", "+1", "617" },
    { "Toronto", "Ontario", "M5H 2N2", "CA", "+1", "416" },
    { "Barcelona", "Catalonia", "08001", "ES", "+34", "93" },
    { "Munich", "Bavaria", "80331", "DE", "+49", "89" },
    { "Lyon", "Auvergne-Rhone-Alpes", "69001", "FR", "+33", "4" },
    { "Milan", "Lombardy", "20121", "IT", "+39", "02" },
    { "Manchester", "England", "M1 1AE", "GB", "+44", "161" },
    { "Sydney", "New South Wales", "2000", "AU", "+61", "2" },
} };

QString slug(QString text)
{
    text = text.toLower();
    QString out;
    for (const QChar c : std::as_const(text)) {
        if (c.isLetterOrNumber())
            out += c;
    }
    return out;
}

QJsonObject addressOf(QRandomGenerator &random, const Place &place)
{
    return { { u"address_line1"_s, u"%1 %2"_s.arg(random.bounded(1, 999)).arg(pick(random, kStreets)) },
        { u"address_line2"_s, random.bounded(3) == 0 ? u"Suite %1"_s.arg(random.bounded(100, 990)) : QString() },
        { u"city"_s, QString::fromLatin1(place.city) }, { u"state"_s, QString::fromLatin1(place.state) },
        { u"postal_code"_s, QString::fromLatin1(place.postalCode) },
        { u"country"_s, QString::fromLatin1(place.country) } };
}

QJsonObject phoneOf(QRandomGenerator &random, const Place &place)
{
    return { { u"country_code"_s, QString::fromLatin1(place.countryCode) },
        { u"area_code"_s, QString::fromLatin1(place.areaCode) }, { u"phone_number"_s, digits(random, 7) },
        { u"extension"_s, QString() } };
}

} // namespace

QString digits(QRandomGenerator &random, int count)
{
    QString text(count, u'0');
    for (QChar &c : text)
        c = QChar(u'0' + random.bounded(10));
    return text;
}

QString uuid(QRandomGenerator &random)
{
    static const char hex[] = "0123456789abcdef";
    QString text = u"xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx"_s;
    for (QChar &c : text) {
        if (c == u'x')
            c = QLatin1Char(hex[random.bounded(16)]);
        else if (c == u'y')
            c = QLatin1Char(hex[8 + random.bounded(4)]);
    }
    return text;
}

QJsonObject address(QRandomGenerator &random)
{
    return addressOf(random, kPlaces[random.bounded(int(kPlaces.size()))]);
}

QJsonObject phone(QRandomGenerator &random)
{
    return phoneOf(random, kPlaces[random.bounded(int(kPlaces.size()))]);
}

QJsonObject company(QRandomGenerator &random, const QString &role)
{
    const Place &place = kPlaces[random.bounded(int(kPlaces.size()))];
    const bool reseller = role == QLatin1String("reseller");
    QString name;
    if (reseller)
        name = pick(random, kCompanyWords) + u' ' + pick(random, kResellerSuffixes);
    else if (random.bounded(3) == 0) // the "Macejkovic - Osinski" style of Connect's own demo data
        name = pick(random, kLastNames) + u" - "_s + pick(random, kLastNames);
    else
        name = pick(random, kCompanyWords) + u' ' + pick(random, kCustomerSuffixes);
    const QString first = pick(random, kFirstNames);
    const QString last = pick(random, kLastNames);
    const QString domain = slug(name.section(u' ', 0, 0)) + u".example"_s;
    QJsonObject info = addressOf(random, place);
    info.insert(u"contact"_s,
        QJsonObject { { u"first_name"_s, first }, { u"last_name"_s, last },
            { u"email"_s, QString(slug(first) + u'.' + slug(last) + u'@' + domain) },
            { u"phone_number"_s, phoneOf(random, place) } });
    return { { u"name"_s, name }, { u"external_id"_s, digits(random, 5) }, { u"external_uid"_s, uuid(random) },
        { u"tax_id"_s, QString(QString::fromLatin1(place.country) + digits(random, 9)) }, { u"contact_info"_s, info } };
}

} // namespace cv::sandbox::fakedata
