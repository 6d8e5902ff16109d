#pragma once

#include <QJsonObject>

namespace cv::store {
class CacheDatabase;
class ObjectRepository;
} // namespace cv::store
namespace cv::fulfillment {
class RequestActions;
}

namespace cv::ui {

/// What the Fulfillment pages work on: the account's cache and the offline actions over it.
struct FulfillmentContext
{
    store::CacheDatabase *db = nullptr;
    store::ObjectRepository *objects = nullptr;
    fulfillment::RequestActions *actions = nullptr;
    QJsonObject currentUser; ///< {id, name, email} of the signed-in user; empty if unknown

    bool isValid() const { return db && objects && actions; }
};

} // namespace cv::ui
