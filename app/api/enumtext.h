#pragma once

#include <QString>

namespace cv::api {

/// The canonical spelling of a Connect enum value: trimmed and case-folded. The service mixes spellings of the
/// same value ("Reservation" in fulfillment requests, "reservation" on product items; REFERENCE §0), so enum values
/// are compared and stored in this form.
QString canonicalEnum(const QString &value);

/// Case-insensitive comparison of two enum values ("Reservation" == "reservation", " PPU" == "ppu").
bool sameEnum(const QString &a, const QString &b);

} // namespace cv::api
