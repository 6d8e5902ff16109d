#include "app/api/listpage.h"

#include "app/api/contentrange.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace cv::api {

ListPage parseListPage(const QByteArray &body)
{
    ListPage parsed;
    if (body.trimmed().isEmpty()) {
        parsed.error = QStringLiteral("expected a JSON array, got an empty body");
        return parsed;
    }
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        parsed.error = QStringLiteral("the response is not JSON (%1 at offset %2)")
                           .arg(parseError.errorString())
                           .arg(parseError.offset);
    else if (!document.isArray())
        parsed.error
            = QStringLiteral("expected a JSON array, got %1")
                  .arg(document.isObject() ? QStringLiteral("a JSON object") : QStringLiteral("another JSON value"));
    else
        parsed.objects = document.array();
    parsed.ids.reserve(parsed.objects.size());
    for (const QJsonValue &value : std::as_const(parsed.objects))
        parsed.ids << value.toObject().value(QStringLiteral("id")).toString();
    return parsed;
}

PageStep checkListPage(const ListPage &page, const QByteArray &contentRange, qint64 offset, QSet<QString> &seenIds)
{
    PageStep step;
    if (!page.error.isEmpty()) {
        step.error = page.error;
        return step;
    }
    if (contentRange.isEmpty()) {
        step.error = QStringLiteral("missing Content-Range header");
        return step;
    }
    const auto range = ContentRange::parse(contentRange);
    if (!range) {
        step.error = QStringLiteral("malformed Content-Range: %1").arg(QString::fromLatin1(contentRange));
        return step;
    }
    const QJsonArray &objects = page.objects;
    if (!objects.isEmpty() && range->first != offset) {
        step.error = QStringLiteral("Content-Range %1 does not start at the requested offset %2")
                         .arg(QString::fromLatin1(contentRange))
                         .arg(offset);
        return step;
    }
    // A server whose paging never ends (the same page again, or more objects than its own total) would
    // keep the listing going forever: stop with an error that says so.
    qsizetype repeated = 0;
    QString repeatedId;
    for (const QString &id : page.ids) {
        if (id.isEmpty())
            continue;
        if (seenIds.contains(id)) {
            ++repeated;
            repeatedId = id;
        } else {
            seenIds.insert(id);
        }
    }
    if (!objects.isEmpty() && repeated == objects.size()) {
        step.error = QStringLiteral("the page at offset %1 repeats objects already received (e.g. %2): the server's "
                                    "paging does not advance")
                         .arg(offset)
                         .arg(repeatedId);
        return step;
    }
    if (!objects.isEmpty() && offset >= range->total) {
        step.error = QStringLiteral("objects at offset %1, past the total of %2 the server reported")
                         .arg(offset)
                         .arg(range->total);
        return step;
    }
    step.total = range->total;
    return step;
}

} // namespace cv::api
