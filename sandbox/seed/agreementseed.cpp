// `--seed demo`, agreements (issue 14): real documents with two versions each, so the Agreements module's
// history and diff have something to show, and a marketplace the vendor is not enrolled in yet.
#include "sandbox/api/marketparts.h"
#include "sandbox/api/sandboxcontext.h"
#include "sandbox/api/simplepdf.h"
#include "sandbox/seed/demoseed.h"

#include <QJsonArray>

namespace cv::sandbox {

namespace {

QByteArray programTerms(int version)
{
    QStringList lines { QStringLiteral("Connect Lab Vendor Program - version %1").arg(version), QString(),
        QStringLiteral("1. Scope. The vendor offers its cloud products to the distributor's resellers."),
        QStringLiteral("2. Listings. Each product is listed per marketplace under a distribution contract."),
        QStringLiteral("3. Support. The vendor answers support cases within two business days."),
        QStringLiteral("4. Payment. The distributor pays the vendor within 45 days of the invoice."),
        QStringLiteral("5. Termination. Either party may terminate with 60 days' notice.") };
    if (version > 1)
        lines << QStringLiteral("6. Data protection. Customer data stays in the region of its marketplace.");
    return simplePdf(QStringLiteral("Vendor Program Agreement"), lines);
}

QByteArray distributionTerms(const QString &marketplace, int version)
{
    QString text = QStringLiteral("# Distribution Agreement %1\n\nVersion %2.\n\n"
                                  "1. The vendor supplies the products listed under this agreement.\n"
                                  "2. The distributor resells them on %1.\n")
                       .arg(marketplace)
                       .arg(version);
    text += version > 1 ? QStringLiteral("3. Either party may terminate with 60 days' notice.\n"
                                         "4. Prices are set in the marketplace's currency.\n")
                        : QStringLiteral("3. Either party may terminate with 30 days' notice.\n");
    return text.toUtf8();
}

QString idOf(const QJsonObject &object)
{
    return object.value(QStringLiteral("id")).toString();
}

} // namespace

void seedAgreementDocuments(SandboxContext &context, const QJsonObject &market)
{
    SandboxStore &store = context.store();
    const QByteArray markdown = "text/markdown; charset=utf-8";
    for (const QJsonValue &value : market.value(QStringLiteral("contracts")).toArray()) {
        const QJsonObject contract = value.toObject();
        const QString agreementId
            = contract.value(QStringLiteral("agreement")).toObject().value(QStringLiteral("id")).toString();
        const auto agreement = store.get(QStringLiteral("agreements"), agreementId);
        if (!agreement)
            continue;
        if (agreement->value(QStringLiteral("type")).toString() == QLatin1String("program")) {
            // Version 1 becomes a PDF too, then version 2: the vendor signed version 1 and is asked to sign 2.
            if (auto v1 = store.get(QStringLiteral("agreement_versions"), agreementId + QStringLiteral(":v1"))) {
                const QString file = QStringLiteral("/media/agreements/%1/v1/%1-v1.pdf").arg(agreementId);
                store.putBlob(file, "application/pdf", programTerms(1));
                v1->insert(QStringLiteral("link"), file);
                v1->insert(QStringLiteral("file"), file);
                store.put(QStringLiteral("agreement_versions"), *v1, agreementId);
            }
            market::addAgreementVersion(
                context, agreementId, QStringLiteral("pdf"), "application/pdf", programTerms(2), true);
            continue;
        }
        const QString mpName
            = agreement->value(QStringLiteral("marketplace")).toObject().value(QStringLiteral("name")).toString();
        market::addAgreementVersion(
            context, agreementId, QStringLiteral("md"), markdown, distributionTerms(mpName, 2), true);
        // The vendor already signed version 2 of the distribution agreements.
        if (auto stored = store.get(QStringLiteral("contracts"), idOf(contract))) {
            stored->insert(QStringLiteral("version"), 2);
            store.put(QStringLiteral("contracts"), *stored);
        }
    }

    // A third marketplace whose distribution agreement the vendor has not joined: listing there is refused
    // until it enrols (the agreement accepts at once).
    QJsonObject program;
    for (const QJsonObject &agreement :
        store.findBy(QStringLiteral("agreements"), QStringLiteral("type"), QStringLiteral("program")))
        program = agreement;
    const QJsonObject apac = market::createMarketplace(context,
        { { QStringLiteral("name"), QStringLiteral("Cloud Marketplace APAC") },
            { QStringLiteral("description"), QStringLiteral("Resellers in Asia and Oceania.") },
            { QStringLiteral("currency"), QStringLiteral("AUD") }, { QStringLiteral("zone"), QStringLiteral("OC") },
            { QStringLiteral("countries"),
                QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("AU") },
                    { QStringLiteral("name"), QStringLiteral("Australia") } } } } });
    const QJsonObject distribution = market::newAgreement(context,
        { { QStringLiteral("type"), QStringLiteral("distribution") },
            { QStringLiteral("name"), QStringLiteral("Distribution Agreement Cloud Marketplace APAC") },
            { QStringLiteral("description"),
                QStringLiteral("Terms for distributing products on Cloud Marketplace APAC.") },
            { QStringLiteral("marketplace"), market::iconReference(apac) },
            { QStringLiteral("parent"), market::reference(program) }, { QStringLiteral("auto_accept"), true } });
    market::addAgreementVersion(context, idOf(distribution), QStringLiteral("md"), markdown,
        distributionTerms(QStringLiteral("Cloud Marketplace APAC"), 2), true);
}

} // namespace cv::sandbox
