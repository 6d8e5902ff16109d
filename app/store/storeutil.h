#pragma once
// Internal helpers shared by the store's .cpp files (not part of the public API).

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

inline QJsonObject objectFromText(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
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
