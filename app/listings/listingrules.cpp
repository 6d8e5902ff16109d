#include "app/listings/listingrules.h"

#include <algorithm>

namespace cv::listings {

namespace {

QString idAt(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toObject().value(QStringLiteral("id")).toString();
}

} // namespace

QString marketplaceIdOf(const QJsonObject &object)
{
    const QString own = idAt(object, "marketplace");
    return own.isEmpty() ? object.value(QStringLiteral("contract"))
                               .toObject()
                               .value(QStringLiteral("marketplace"))
                               .toObject()
                               .value(QStringLiteral("id"))
                               .toString()
                         : own;
}

QString productIdOf(const QJsonObject &object)
{
    return idAt(object, "product");
}

bool isOpenState(const QString &state)
{
    return state == QLatin1String("draft") || state == QLatin1String("reviewing")
        || state == QLatin1String("deploying");
}

QStringList allowedFrom(const QString &action)
{
    if (action == QLatin1String("submit"))
        return { QStringLiteral("draft") };
    if (action == QLatin1String("refine"))
        return { QStringLiteral("reviewing") };
    if (action == QLatin1String("cancel"))
        return { QStringLiteral("draft"), QStringLiteral("reviewing"), QStringLiteral("deploying") };
    return {};
}

bool isAllowed(const QString &action, const QString &state)
{
    return allowedFrom(action).contains(state);
}

bool isListable(const QJsonObject &product)
{
    return product.value(QStringLiteral("status")).toString() == QLatin1String("published");
}

QList<MarketplaceChoice> marketplaceChoices(const QString &productId, const QList<QJsonObject> &marketplaces,
    const QList<QJsonObject> &contracts, const QList<QJsonObject> &listings, const QList<QJsonObject> &requests)
{
    QList<MarketplaceChoice> choices;
    for (const QJsonObject &mp : marketplaces) {
        MarketplaceChoice choice;
        choice.marketplaceId = mp.value(QStringLiteral("id")).toString();
        choice.marketplaceName = mp.value(QStringLiteral("name")).toString();
        QString otherStatus;
        for (const QJsonObject &contract : contracts) {
            if (contract.value(QStringLiteral("type")).toString() != QLatin1String("distribution")
                || idAt(contract, "marketplace") != choice.marketplaceId)
                continue;
            const QString status = contract.value(QStringLiteral("status")).toString();
            if (status == QLatin1String("active"))
                choice.contractId = contract.value(QStringLiteral("id")).toString();
            else if (status != QLatin1String("terminated") && status != QLatin1String("rejected"))
                otherStatus = status;
        }
        if (choice.contractId.isEmpty()) {
            choice.refusal = otherStatus.isEmpty() ? Refusal::NoContract : Refusal::ContractNotActive;
            choice.detail = otherStatus;
        }
        for (const QJsonObject &request : requests) {
            if (choice.refusal == Refusal::None && productIdOf(request) == productId
                && marketplaceIdOf(request) == choice.marketplaceId
                && isOpenState(request.value(QStringLiteral("state")).toString())) {
                choice.refusal = Refusal::RequestPending;
                choice.detail = request.value(QStringLiteral("id")).toString();
            }
        }
        for (const QJsonObject &listing : listings) {
            if (choice.refusal == Refusal::None && productIdOf(listing) == productId
                && marketplaceIdOf(listing) == choice.marketplaceId
                && listing.value(QStringLiteral("status")).toString() == QLatin1String("listed")) {
                choice.refusal = Refusal::AlreadyListed;
                choice.detail = listing.value(QStringLiteral("id")).toString();
            }
        }
        choices << choice;
    }
    std::sort(choices.begin(), choices.end(), [](const MarketplaceChoice &a, const MarketplaceChoice &b) {
        return a.marketplaceName.localeAwareCompare(b.marketplaceName) < 0;
    });
    return choices;
}

Cell cellOf(const MarketplaceChoice &choice, bool listed)
{
    if (listed || choice.refusal == Refusal::AlreadyListed)
        return Cell::Listed;
    if (choice.refusal == Refusal::RequestPending)
        return Cell::Pending;
    return choice.allowed() ? Cell::Available : Cell::NotAllowed;
}

} // namespace cv::listings
