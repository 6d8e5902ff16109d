#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace cv::inventory::rules {

/// Connect's rules for product definitions (REFERENCE §3.1-3.8), shared by the app (checked as you type,
/// offline) and the sandbox (the same rules on the server). Each check returns Connect-style "field: message" strings;
/// empty means valid.

/// Canonical lower-case enum value (the service mixes "Reservation" and "reservation").
QString canonical(const QString &value);

QStringList itemPeriods();
QStringList itemPrecisions();
/// The commitment counts (in billing periods) allowed for a billing period; {1} means none.
QList<int> allowedCommitments(const QString &period);

/// Checks an item as it would be stored (after merging an update). `siblings` are the product's other
/// items, for MPN and name uniqueness. `knownUnits` are the unit ids of /settings/units.
QStringList validateItem(const QJsonObject &item, const QList<QJsonObject> &siblings, const QStringList &knownUnits);
/// A published item may change only name, mpn, description and ui (REFERENCE §3.4).
QStringList validatePublishedItemChange(const QJsonObject &before, const QJsonObject &after);

QStringList parameterTypes();
QStringList scopesForPhase(const QString &phase);
QStringList validateParameter(const QJsonObject &parameter, const QList<QJsonObject> &siblings);

QStringList validateTemplate(const QJsonObject &templ, const QList<QJsonObject> &siblings);
QStringList validateAction(const QJsonObject &action, const QList<QJsonObject> &siblings);
/// Length limits of the product's general attributes and customer UI settings.
QStringList validateProductAttributes(const QJsonObject &product);

} // namespace cv::inventory::rules
