#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace cv::reports {

/// Reads a few paths out of an object's JSON text without building the whole document: a report reads some
/// 40 values of a 4.4 KB request, and parsing all of it (QJsonDocument) for 100,000 requests was most of the
/// run. The text is scanned once; what no path names is skipped without being decoded, and what a path names
/// is decoded exactly as QJsonDocument decodes it, so the picked object answers those paths as the whole one.
///
/// Paths are dotted ("asset.tiers.customer.name"); "[]" after a part means each element of that array
/// ("asset.items[].quantity": the array is kept with its elements reduced to their quantity; "asset.items[]":
/// with its elements reduced to empty objects, for counting). A path ending on a part keeps that value whole.
class JsonPick final
{
public:
    explicit JsonPick(const QStringList &paths);

    /// The object with only the picked paths; an empty object if `json` is not a JSON object or breaks off (as
    /// QJsonDocument::fromJson(...).object() gives). Skipped values are only scanned, not validated.
    QJsonObject pick(QByteArrayView json) const;

    struct Node
    {
        QString key;
        QByteArray utf8Key;
        bool whole = false; ///< the value is kept as it is
        bool each = false; ///< an array whose elements are reduced by `children`
        std::vector<Node> children;
    };

private:
    Node m_root;
};

} // namespace cv::reports
