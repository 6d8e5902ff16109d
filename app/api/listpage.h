#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QSet>
#include <QStringList>

#include <optional>

namespace cv::api {

/// One page of a Connect list reply, parsed (off the GUI thread in ListJob): the objects, their ids and what
/// is wrong with the body. Pure functions, so the fuzz harness (fuzz/fuzz_listpage.cpp) runs the same code.
struct ListPage
{
    QJsonArray objects;
    QStringList ids; ///< the objects' ids, in order ("" for none)
    QString error; ///< "" = a JSON array
};

/// Parses a page body: it must be a JSON array (an empty body, invalid JSON or an object is an error that
/// says which).
ListPage parseListPage(const QByteArray &body);

/// Where the listing goes after a page: the server's total, or the reason to stop (without the URL).
struct PageStep
{
    qint64 total = 0;
    QString error;
};

/// Checks a parsed page against its `Content-Range` header and the listing so far: the header is present and
/// well formed, a non-empty page starts at `offset`, does not only repeat `seenIds` (added to) and does not lie
/// past the total the header reports.
PageStep checkListPage(const ListPage &page, const QByteArray &contentRange, qint64 offset, QSet<QString> &seenIds);

} // namespace cv::api
