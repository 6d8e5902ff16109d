#pragma once

#include "app/store/objectrepository.h"

#include <QByteArrayView>

#include <functional>

namespace cv::store {

/// Streams the rows matching `query` as their JSON text, UTF-8 and unparsed (`visit(json)`, the view valid during
/// the call), for a reader that needs a few fields of each object and parses only those (app/reports' JsonPick)
/// instead of the whole object (ObjectRepository::forEach). However the store keeps the column, this gives the
/// object's JSON text. Returns the rows visited, -1 on an error (repository.lastError()).
qint64 forEachJsonText(const ObjectRepository &repository, const QString &collection, const ObjectQuery &query,
    const std::function<bool(QByteArrayView json)> &visit);

} // namespace cv::store
