#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace cv::sandbox::billingfactory {

/// The billing side of Connect (REFERENCE §3.15 "Billing-side view", §3.17), in the service's shapes, built
/// as plain JSON so that the demo seed, the request generator and the API all make the same objects.
/// Store kinds: "billing_requests" (BRV-/BRP-), "tier_account_requests" (TAR-); the assets' `billing`
/// block is stored on the asset itself.

/// An asset's `billing` {period {delta, uom}, next_date, anniversary {day, month}} for a subscription that
/// started at `start`, as of `now`: monthly billing, the next date the first anniversary day after now.
QJsonObject billingOf(const QDateTime &start, const QDateTime &now);

/// The vendor billing requests (BRV-) of an active asset: one per monthly cycle from `start` while the
/// cycle ended before `now`, at most `maxCycles` (the latest ones). Each carries the asset (without its
/// parameters), the reservation items with their quantities as numbers and the cycle number, and its period.
QList<QJsonObject> billingRequests(
    const QJsonObject &asset, const QDateTime &start, const QDateTime &now, int maxCycles);

/// A tier account request (TAR-…-001): the vendor is asked to take a new version of `account` (type update)
/// for `product`, in `status` (pending, accepted, ignored, unsupported); `sequence` numbers the account's requests.
QJsonObject tierAccountRequest(const QJsonObject &account, const QJsonObject &product, const QJsonObject &vendor,
    const QJsonObject &provider, const QString &status, const QDateTime &at, int sequence);

/// ISO-8601 UTC with "+00:00", as Connect writes timestamps.
QString stamp(const QDateTime &time);

} // namespace cv::sandbox::billingfactory
