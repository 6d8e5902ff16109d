#include "app/listings/listingactions.h"

#include "app/store/localchanges.h"
#include "app/store/objectrepository.h"
#include "app/store/outbox.h"

#include <QDateTime>

namespace cv::listings {

namespace {

const QString kRequests = QStringLiteral("listing_requests");

QList<QJsonObject> jsonOf(const QList<store::CachedObject> &objects)
{
    QList<QJsonObject> list;
    list.reserve(objects.size());
    for (const store::CachedObject &object : objects)
        list << object.json;
    return list;
}

ListingError failure(ListingError::Code code, const QString &detail = {})
{
    ListingError error;
    error.code = code;
    error.detail = detail;
    return error;
}

QJsonObject ref(const QJsonObject &object)
{
    return { { QStringLiteral("id"), object.value(QStringLiteral("id")) },
        { QStringLiteral("name"), object.value(QStringLiteral("name")) } };
}

} // namespace

ListingActions::ListingActions(store::CacheDatabase &db, store::ObjectRepository &objects, store::Outbox &outbox)
    : m_objects(objects)
    , m_outbox(outbox)
    , m_changes(std::make_unique<store::LocalChanges>(db, objects, outbox))
{ }

ListingActions::~ListingActions() = default;

QList<MarketplaceChoice> ListingActions::choicesFor(const QString &productId) const
{
    return marketplaceChoices(productId, jsonOf(m_objects.list(QStringLiteral("marketplaces"), QString())),
        jsonOf(m_objects.list(QStringLiteral("contracts"), QString())),
        jsonOf(m_objects.list(QStringLiteral("listings"), QString())), jsonOf(m_objects.list(kRequests, QString())));
}

core::Result<QString, ListingError> ListingActions::requestListing(
    const QString &productId, const QString &marketplaceId, const QString &note, bool submit)
{
    const auto product = m_objects.get(QStringLiteral("products"), productId);
    if (!product || product->deleted)
        return failure(ListingError::NotFound, productId);
    if (!isListable(product->json))
        return failure(ListingError::NotListable, product->json.value(QStringLiteral("status")).toString());
    MarketplaceChoice chosen;
    for (const MarketplaceChoice &choice : choicesFor(productId)) {
        if (choice.marketplaceId == marketplaceId)
            chosen = choice;
    }
    if (chosen.marketplaceId.isEmpty())
        return failure(ListingError::NotFound, marketplaceId);
    if (!chosen.allowed()) {
        ListingError error = failure(ListingError::MarketplaceRefused, chosen.detail);
        error.refusal = chosen.refusal;
        return error;
    }
    const QJsonObject marketplace { { QStringLiteral("id"), chosen.marketplaceId },
        { QStringLiteral("name"), chosen.marketplaceName } };
    const QJsonObject shown { { QStringLiteral("type"), QStringLiteral("new") },
        { QStringLiteral("state"), QStringLiteral("draft") }, { QStringLiteral("product"), ref(product->json) },
        { QStringLiteral("marketplace"), marketplace },
        { QStringLiteral("contract"), QJsonObject { { QStringLiteral("id"), chosen.contractId } } },
        { QStringLiteral("note"), note } };
    const QJsonObject body { { QStringLiteral("type"), QStringLiteral("new") },
        { QStringLiteral("product_id"), productId }, { QStringLiteral("contract_id"), chosen.contractId },
        { QStringLiteral("note"), note } };
    return create(shown, body, submit);
}

core::Result<QString, ListingError> ListingActions::requestChange(
    const QString &listingId, const QString &type, const QString &note, bool submit)
{
    const auto listing = m_objects.get(QStringLiteral("listings"), listingId);
    if (!listing)
        return failure(ListingError::NotFound, listingId);
    if (listing->json.value(QStringLiteral("status")).toString() != QLatin1String("listed"))
        return failure(ListingError::NotAllowed, listing->json.value(QStringLiteral("status")).toString());
    if (listing->json.value(QStringLiteral("pending_request")).isObject()) {
        ListingError error = failure(ListingError::MarketplaceRefused,
            listing->json.value(QStringLiteral("pending_request")).toObject().value(QStringLiteral("id")).toString());
        error.refusal = Refusal::RequestPending;
        return error;
    }
    for (const QJsonObject &request : jsonOf(m_objects.list(kRequests, QString()))) {
        if (request.value(QStringLiteral("listing")).toObject().value(QStringLiteral("id")).toString() == listingId
            && isOpenState(request.value(QStringLiteral("state")).toString())) {
            ListingError error
                = failure(ListingError::MarketplaceRefused, request.value(QStringLiteral("id")).toString());
            error.refusal = Refusal::RequestPending;
            return error;
        }
    }
    const QJsonObject shown { { QStringLiteral("type"), type }, { QStringLiteral("state"), QStringLiteral("draft") },
        { QStringLiteral("product"), listing->json.value(QStringLiteral("product")) },
        { QStringLiteral("marketplace"),
            QJsonObject { { QStringLiteral("id"), marketplaceIdOf(listing->json) },
                { QStringLiteral("name"),
                    listing->json.value(QStringLiteral("marketplace")).toObject().value(QStringLiteral("name")) } } },
        { QStringLiteral("listing"), QJsonObject { { QStringLiteral("id"), listingId } } },
        { QStringLiteral("contract"), listing->json.value(QStringLiteral("contract")) },
        { QStringLiteral("note"), note } };
    const QJsonObject body { { QStringLiteral("type"), type }, { QStringLiteral("listing_id"), listingId },
        { QStringLiteral("note"), note } };
    return create(shown, body, submit);
}

core::Result<QString, ListingError> ListingActions::create(
    const QJsonObject &shown, const QJsonObject &body, bool submit)
{
    QJsonObject json = shown;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    json.insert(QStringLiteral("created"), now);
    json.insert(QStringLiteral("updated"), now);
    store::OutboxEntry entry;
    entry.body = body;
    const auto created = m_changes->create(kRequests, QString(), json, entry);
    if (!created)
        return failure(ListingError::StorageFailed, created.error());
    const QString id = created.value().id;
    if (submit) {
        const auto submitted = run(id, QStringLiteral("submit"));
        if (!submitted)
            return submitted.error();
    }
    return id;
}

core::Result<QString, ListingError> ListingActions::run(const QString &requestId, const QString &action)
{
    const auto request = m_objects.get(kRequests, requestId);
    if (!request || request->deleted)
        return failure(ListingError::NotFound, requestId);
    const QString state = request->json.value(QStringLiteral("state")).toString();
    if (!isAllowed(action, state))
        return failure(ListingError::NotAllowed, state);
    QJsonObject optimistic = request->json;
    optimistic.insert(QStringLiteral("state"),
        action == QLatin1String("submit")       ? QStringLiteral("reviewing")
            : action == QLatin1String("refine") ? QStringLiteral("draft")
                                                : QStringLiteral("canceled"));
    store::OutboxEntry entry;
    entry.action = action;
    const auto done = m_changes->action(kRequests, requestId, optimistic, entry);
    if (!done)
        return failure(ListingError::StorageFailed, done.error());
    return requestId;
}

bool ListingActions::isWaitingForSync(const QString &requestId) const
{
    const auto request = m_objects.get(kRequests, requestId);
    return (request && request->dirty) || m_outbox.hasUnpushed(kRequests, requestId);
}

} // namespace cv::listings
