#pragma once

#include "app/listings/listingactions.h"
#include "app/listings/listingrules.h"

#include <QCoreApplication>
#include <QString>

namespace cv::ui {

/// The words of the Listings module for Connect's raw values and the client's refusals.
class ListingLabels final
{
    Q_DECLARE_TR_FUNCTIONS(ListingLabels)

public:
    /// Listing statuses, request types and states ("listed", "new", "reviewing", ...).
    static QString word(const QString &raw);
    static QString cell(listings::Cell cell);
    /// Why a marketplace is not offered, e.g. "No active distribution contract — enrol in its distribution
    /// agreement under Agreements first".
    static QString refusal(listings::Refusal refusal, const QString &detail);
    static QString error(const listings::ListingError &error);
};

} // namespace cv::ui
