#pragma once

#include "app/core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace cv::content {

/// One translatable message of a GNU gettext catalog.
struct PoEntry
{
    QString context; ///< msgctxt; empty means none (Qt contexts are never empty)
    QString msgid;
    QString msgstr; ///< empty = untranslated; unused when msgidPlural is set
    QString msgidPlural; ///< empty = not a plural message
    QStringList msgstrPlural; ///< msgstr[0..n-1] of a plural message
    QStringList comments; ///< translator comments ("# ..."), one per line
    QStringList extractedComments; ///< comments for translators from the source ("#. ..."), one per line
    QStringList references; ///< "#: file:line" source references, as "file:line" or "file"
    bool fuzzy = false;
    bool obsolete = false; ///< a "#~" entry: kept by translators, never applied
    int line = 0; ///< line of the entry's msgid in the parsed data (1-based); 0 when written, not parsed
};

/// A .po catalog: the header fields we use plus the messages (header entry and obsolete "#~" entries are
/// not part of `entries`).
struct PoCatalog
{
    QString language; ///< Language / X-Language header, e.g. "de" or "pt_BR"
    QString sourceLanguage; ///< X-Source-Language (written by Qt's lconvert), optional
    QString projectIdVersion; ///< Project-Id-Version, optional
    QString pluralForms; ///< Plural-Forms, e.g. "nplurals=2; plural=(n != 1);", optional
    QString charset; ///< the charset the header declares ("" = none declared; then only ASCII is accepted)
    bool qtContexts = false; ///< X-Qt-Contexts: true (lconvert's .ts -> .po): msgctxt is "context|comment"
    QList<PoEntry> entries;
    QList<PoEntry> obsoleteEntries; ///< "#~" entries, in file order
};

/// The largest .po data parsePo() accepts: product catalogs are kilobytes, a bigger file is a mistake.
inline constexpr qsizetype kMaxPoBytes = 10 * 1024 * 1024;

/// Parses .po data with libgettextpo (GNU's own parser). Any error libgettextpo reports fails the parse;
/// the message carries libgettextpo's line and column, prefixed by `sourceName` (e.g. the file name) when
/// given. Strings are decoded from the charset the header declares; without a declared charset only ASCII is
/// accepted, and bytes that are not valid in the declared charset are refused with their line. Data larger
/// than kMaxPoBytes is refused before parsing.
cv::core::Result<PoCatalog, QString> parsePo(const QByteArray &data, const QString &sourceName = QString());

/// Writes `catalog` as UTF-8 .po data with libgettextpo (so escaping and line wrapping are GNU's): a
/// header entry with Content-Type: text/plain; charset=UTF-8, Language and X-Language (Qt's lconvert
/// reads the latter), then the entries in order. Returns an empty array if libgettextpo fails to write.
QByteArray writePo(const PoCatalog &catalog);

} // namespace cv::content
