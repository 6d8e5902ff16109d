#pragma once

#include <QJsonObject>
#include <QString>

class QRandomGenerator;

namespace cv::sandbox::fakedata {

/// Plausible company details as a tier account carries them (REFERENCE §3.14 asset.tiers, §3.17):
/// {name, external_id, external_uid, tax_id, contact_info {address_line1, address_line2, city, state,
/// postal_code, country, contact {first_name, last_name, email, phone_number {country_code, area_code,
/// phone_number, extension}}}}. `role` ("customer", "reseller") picks the naming style. All values are
/// invented from small word lists; the e-mail domains are under .example, so nothing reaches a real inbox.
QJsonObject company(QRandomGenerator &random, const QString &role);

/// A random version-4 style UUID text (external_uid values).
QString uuid(QRandomGenerator &random);
/// `count` random digits (external ids, activation codes).
QString digits(QRandomGenerator &random, int count);

/// A structured address parameter value, {address_line1, address_line2, city, state, postal_code, country}.
QJsonObject address(QRandomGenerator &random);
/// A structured phone parameter value, {country_code, area_code, phone_number, extension}.
QJsonObject phone(QRandomGenerator &random);

} // namespace cv::sandbox::fakedata
