#pragma once

#include "app/core/result.h"
#include "app/store/outbox.h"

#include <QList>
#include <QString>

namespace cv::store {
class CacheDatabase;
class ObjectRepository;
} // namespace cv::store

namespace cv::sync {

/// The changes of one object that the server refused (failed outbox entries): the page that shows the refusal
/// next to the object offers to send them again (after the cause was fixed, e.g. a permission granted) or to give
/// them up, so nothing waits forever and nothing is dropped without the user asking.
class RefusedChanges final
{
public:
    RefusedChanges(store::CacheDatabase &db, store::ObjectRepository &objects, store::Outbox &outbox);

    /// The refused entries of (collection, id), oldest first.
    QList<store::OutboxEntry> of(const QString &collection, const QString &id) const;
    /// Puts them back in the queue for the next sync; returns how many.
    int retry(const QString &collection, const QString &id);
    /// Gives up every unsent change of the object (refused or waiting behind them) in one transaction: the
    /// server's version is shown again, or - for an object created here - the object and what was queued under it
    /// go.
    core::Result<bool, QString> discard(const QString &collection, const QString &id);

private:
    store::CacheDatabase &m_db;
    store::ObjectRepository &m_objects;
    store::Outbox &m_outbox;
};

} // namespace cv::sync
