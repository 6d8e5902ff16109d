#pragma once

#include <functional>

namespace cv::inventory {
class ProductEditor;
}
namespace cv::sync {
class AccountSession;
}
namespace cv::store {
class CacheDatabase;
class ObjectRepository;
class Outbox;
} // namespace cv::store

namespace cv::ui {

/// What the product pages work on: the current account's cache and the editor that writes to it.
/// Pointers are null when no account is open. `isCurrent` says whether they are still the open account's
/// (a pending edit is dropped, never written to another account's cache).
struct InventoryContext
{
    store::CacheDatabase *db = nullptr;
    store::ObjectRepository *objects = nullptr;
    store::Outbox *outbox = nullptr;
    inventory::ProductEditor *editor = nullptr;
    std::function<bool()> isCurrent;
    sync::AccountSession *session = nullptr; ///< the account's session (online features such as Preview); may be null

    bool isValid() const { return db && objects && outbox && editor && (!isCurrent || isCurrent()); }
};

} // namespace cv::ui
