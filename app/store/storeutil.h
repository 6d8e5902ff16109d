#pragma once
// Internal helpers shared by the store's .cpp files (not part of the public API).

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QVariant>

namespace cv::store::detail {

/// Compact JSON as a QString: bound as TEXT, which json_extract() (the generated columns) requires.
inline QString toJsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

/// The zlib level of the JSON bodies stored from schema v6 (issue 12: the cache <= 1.1x the JSON it holds).
/// Measured on 4,000 synced requests of 4.3 KB (zlib, CPU time, loaded machine): level 1 keeps 38.3% of the
/// bytes, level 3 37.0%, level 6 35.1%, each 50-85 us per request to compress (noise hides the difference) and
/// about 20 us to decompress; level 1 is the cheapest for a sync storing 300,000 objects.
constexpr int kJsonCompressionLevel = 1;

/// A JSON body as stored from schema v6: qCompress() output (4-byte big-endian length, then a zlib stream),
/// bound as a BLOB. Every row of a v6 table holds this form in json and base_json; nothing outside app/store
/// sees it (objectFromText() reads both forms).
inline QByteArray compressedJson(const QByteArray &utf8)
{
    return qCompress(utf8, kJsonCompressionLevel);
}

/// The UTF-8 JSON of a stored value: a BLOB in the compressed form, or TEXT (schemas before v6, the outbox).
inline QByteArray jsonBytes(const QVariant &stored)
{
    if (stored.typeId() == QMetaType::QByteArray) {
        const QByteArray bytes = stored.toByteArray();
        // JSON text starts with '{' or '['; a compressed body with its length (an object is never 2 GB).
        if (bytes.isEmpty() || bytes.front() == '{' || bytes.front() == '[')
            return bytes;
        return qUncompress(bytes);
    }
    return stored.toString().toUtf8();
}

inline QJsonObject objectFromText(const QVariant &text)
{
    return QJsonDocument::fromJson(jsonBytes(text)).object();
}

/// The timestamps the store writes (synced_at, created_at...): UTC, ISO 8601 with milliseconds.
inline QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

/// QtSql binds a null QString as SQL NULL; parent_id uses '' for "no parent".
inline QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

/// `text` as a LIKE pattern matching it anywhere; use with ESCAPE '\\' (the escape character is a backslash).
inline QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace cv::store::detail
