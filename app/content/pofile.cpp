#include "app/content/pofile.h"

#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>
#include <QStringDecoder>
#include <QTemporaryFile>

#include <gettext-po.h>

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <memory>

namespace cv::content {

Q_LOGGING_CATEGORY(lcPo, "cv.content.po")

namespace {

// libgettextpo reports problems through process-wide function pointers and keeps parser state in
// globals, so only one thread may use it at a time; the handlers find the current collector here.
QMutex s_gettextMutex;

struct ErrorCollector
{
    QString sourceName;
    QStringList errors;
    int errorCount = 0;
};
ErrorCollector *s_collector = nullptr;

QString describeLocation(const char *filename, size_t line, size_t column)
{
    if (!filename)
        return QString();
    QString where = s_collector->sourceName;
    if (line != size_t(-1)) {
        where += QStringLiteral(": line %1").arg(line);
        if (column != size_t(-1))
            where += QStringLiteral(", column %1").arg(column);
    }
    return where + QStringLiteral(": ");
}

void record(int severity, const char *filename, size_t line, size_t column, const char *text)
{
    QString message = describeLocation(filename, line, column) + QString::fromUtf8(text).trimmed();
    if (message.endsWith(QLatin1String("invalid multibyte sequence")))
        message += QStringLiteral(" (the text is not in the charset the header declares)");
    if (severity == PO_SEVERITY_WARNING) {
        qCDebug(lcPo).noquote() << "libgettextpo warning:" << message;
        return;
    }
    ++s_collector->errorCount;
    s_collector->errors.append(message);
}

// The contract says a handler must not return on PO_SEVERITY_FATAL_ERROR, but the default handlers call
// exit(), which is unacceptable inside a desktop app. libgettextpo 0.21 reports parse errors with
// PO_SEVERITY_ERROR and carries on; if a fatal one ever comes, returning lets po_file_read finish with
// what it has, and the recorded error makes us discard that result anyway.
void xerror(int severity, po_message_t, const char *filename, size_t line, size_t column, int, const char *text)
{
    record(severity, filename, line, column, text);
}

void xerror2(int severity, po_message_t, const char *filename1, size_t line1, size_t column1, int, const char *text1,
    po_message_t, const char *filename2, size_t line2, size_t column2, int, const char *text2)
{
    // Used for "duplicate message definition" + "this is the location of the first definition".
    const QString second = describeLocation(filename2, line2, column2) + QString::fromUtf8(text2).trimmed();
    record(severity, filename1, line1, column1,
        (QString::fromUtf8(text1).trimmed() + QStringLiteral(" (") + second + QLatin1Char(')')).toUtf8().constData());
}

const po_xerror_handler kHandler = { xerror, xerror2 };

/// Installs `collector` for the handlers for the lifetime of this object (mutex held by the caller).
struct CollectorScope
{
    explicit CollectorScope(ErrorCollector *collector) { s_collector = collector; }
    ~CollectorScope() { s_collector = nullptr; }
    Q_DISABLE_COPY_MOVE(CollectorScope)
};

struct PoFileDeleter
{
    void operator()(po_file *file) const { po_file_free(file); }
};
using PoFilePtr = std::unique_ptr<po_file, PoFileDeleter>;

struct IteratorDeleter
{
    void operator()(struct po_message_iterator *iterator) const { po_message_iterator_free(iterator); }
};
using IteratorPtr = std::unique_ptr<struct po_message_iterator, IteratorDeleter>;

QString headerField(const char *header, const char *field, const std::function<QString(const char *)> &decode)
{
    if (!header)
        return QString();
    char *value = po_header_field(header, field);
    if (!value)
        return QString();
    const QString result = decode(value).trimmed();
    std::free(value);
    return result;
}

QStringList commentLines(const char *comments, const std::function<QString(const char *)> &decode)
{
    QString text = comments ? decode(comments) : QString();
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    return text.isEmpty() ? QStringList() : text.split(QLatin1Char('\n'));
}

QByteArray commentText(const QStringList &lines)
{
    return lines.isEmpty() ? QByteArray() : (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}

QString headerValue(const QString &value)
{
    // A header value is one line of the header msgstr; a line break would start a bogus field.
    return value.simplified();
}

} // namespace

namespace {

/// The 1-based line numbers of the "msgid" keywords of live and of obsolete ("#~ msgid") entries, in file
/// order: libgettextpo does not tell where a message is, and its iterator yields messages in file order.
struct MsgidLines
{
    QList<int> live;
    QList<int> obsolete;
};

MsgidLines msgidLines(const QByteArray &data)
{
    MsgidLines lines;
    int number = 0;
    for (const QByteArray &line : data.split('\n')) {
        ++number;
        const QByteArray trimmed = line.trimmed();
        if (trimmed.startsWith("msgid ") || trimmed.startsWith("msgid\t"))
            lines.live.append(number);
        else if (trimmed.startsWith("#~") && trimmed.mid(2).trimmed().startsWith("msgid "))
            lines.obsolete.append(number);
    }
    return lines;
}

/// The first line holding a byte outside ASCII (1-based), or 0.
int firstNonAsciiLine(const QByteArray &data)
{
    const auto at = std::find_if(data.begin(), data.end(), [](char c) { return uchar(c) >= 0x80; });
    return at == data.end() ? 0 : int(std::count(data.begin(), at, '\n')) + 1;
}

/// The first line (1-based) that is not valid text in `charset`, or 0.
int firstUndecodableLine(const QByteArray &data, const char *charset)
{
    int number = 0;
    for (const QByteArray &line : data.split('\n')) {
        ++number;
        QStringDecoder decoder(charset);
        (void)decoder.decode(line);
        if (decoder.hasError())
            return number;
    }
    return 0;
}

} // namespace

cv::core::Result<PoCatalog, QString> parsePo(const QByteArray &data, const QString &sourceName)
{
    const QString name = sourceName.isEmpty() ? QStringLiteral("<po data>") : sourceName;
    if (data.size() > kMaxPoBytes)
        return QStringLiteral("%1: the file has %2 MB; a .po file of more than %3 MB is refused")
            .arg(name)
            .arg(double(data.size()) / (1024 * 1024), 0, 'f', 1)
            .arg(kMaxPoBytes / (1024 * 1024));
    QTemporaryFile file;
    if (!file.open() || file.write(data) != data.size() || !file.flush())
        return QStringLiteral("cannot write temporary file for the .po parser: %1").arg(file.errorString());

    QMutexLocker locker(&s_gettextMutex);
    ErrorCollector collector;
    collector.sourceName = name;
    CollectorScope scope(&collector);
    const PoFilePtr po(po_file_read(QFile::encodeName(file.fileName()).constData(), &kHandler));
    if (!po)
        return QStringLiteral("%1: libgettextpo could not open the data").arg(collector.sourceName);
    if (collector.errorCount > 0) {
        constexpr int kShown = 5;
        QString message = collector.errors.mid(0, kShown).join(QStringLiteral("; "));
        if (collector.errorCount > kShown)
            message += QStringLiteral(" (and %1 more errors)").arg(collector.errorCount - kShown);
        return message;
    }

    // libgettextpo hands strings over in the file's declared charset without converting them.
    // po_file_domain_header returns a copy (xstrdup) the caller frees, despite its const return type.
    const std::unique_ptr<char, decltype(&std::free)> header(
        const_cast<char *>(po_file_domain_header(po.get(), nullptr)), &std::free);
    QByteArray charset;
    if (header) {
        if (char *contentType = po_header_field(header.get(), "Content-Type")) {
            const QByteArray value(contentType);
            std::free(contentType);
            const qsizetype at = value.indexOf("charset=");
            if (at >= 0)
                charset = value.mid(at + 8).trimmed();
        }
    }
    const bool declared = !charset.isEmpty() && charset.compare("CHARSET", Qt::CaseInsensitive) != 0;
    if (!declared) {
        // The POT placeholder or no Content-Type: the bytes could be in any charset, so only ASCII is safe.
        if (const int line = firstNonAsciiLine(data))
            return QStringLiteral("%1: line %2: non-ASCII text, but the header declares no charset (add "
                                  "\"Content-Type: text/plain; charset=UTF-8\\n\" to the header)")
                .arg(collector.sourceName)
                .arg(line);
        charset = "UTF-8";
    }
    if (charset.compare("ASCII", Qt::CaseInsensitive) == 0)
        charset = "US-ASCII";
    QStringDecoder decoder(charset.constData());
    if (!decoder.isValid())
        return QStringLiteral("%1: unsupported charset '%2' in the header")
            .arg(collector.sourceName, QString::fromLatin1(charset));
    if (const int line = firstUndecodableLine(data, charset.constData()))
        return QStringLiteral("%1: line %2: the text is not valid %3, the charset the header declares")
            .arg(collector.sourceName)
            .arg(line)
            .arg(QString::fromLatin1(charset));
    const std::function<QString(const char *)> decode = [&decoder](const char *text) -> QString {
        if (!text)
            return QString();
        decoder.resetState(); // each string is complete; never carry a partial sequence over
        return decoder.decode(QByteArrayView(text));
    };

    PoCatalog catalog;
    catalog.language = headerField(header.get(), "Language", decode);
    if (catalog.language.isEmpty())
        catalog.language = headerField(header.get(), "X-Language", decode);
    catalog.sourceLanguage = headerField(header.get(), "X-Source-Language", decode);
    catalog.projectIdVersion = headerField(header.get(), "Project-Id-Version", decode);
    catalog.pluralForms = headerField(header.get(), "Plural-Forms", decode);
    catalog.charset = declared ? QString::fromLatin1(charset) : QString();
    catalog.qtContexts
        = headerField(header.get(), "X-Qt-Contexts", decode).compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;

    const MsgidLines lines = msgidLines(data);
    qsizetype liveIndex = 0;
    qsizetype obsoleteIndex = 0;
    const IteratorPtr iterator(po_message_iterator(po.get(), nullptr));
    while (po_message_t message = po_next_message(iterator.get())) {
        const bool obsolete = po_message_is_obsolete(message) != 0;
        const int line = obsolete ? lines.obsolete.value(obsoleteIndex++) : lines.live.value(liveIndex++);
        const char *context = po_message_msgctxt(message);
        const char *msgid = po_message_msgid(message);
        if (!context && msgid && *msgid == '\0')
            continue; // the header entry, already read above
        PoEntry entry;
        entry.obsolete = obsolete;
        entry.line = line;
        entry.context = decode(context);
        entry.msgid = decode(msgid);
        entry.msgidPlural = decode(po_message_msgid_plural(message));
        if (entry.msgidPlural.isEmpty()) {
            entry.msgstr = decode(po_message_msgstr(message));
        } else {
            for (int i = 0; const char *form = po_message_msgstr_plural(message, i); ++i)
                entry.msgstrPlural.append(decode(form));
        }
        entry.comments = commentLines(po_message_comments(message), decode);
        entry.extractedComments = commentLines(po_message_extracted_comments(message), decode);
        for (int i = 0; po_filepos_t position = po_message_filepos(message, i); ++i) {
            QString reference = decode(po_filepos_file(position));
            const size_t line = po_filepos_start_line(position);
            if (line != size_t(-1))
                reference += QLatin1Char(':') + QString::number(line);
            entry.references.append(reference);
        }
        entry.fuzzy = po_message_is_fuzzy(message) != 0;
        (obsolete ? catalog.obsoleteEntries : catalog.entries).append(std::move(entry));
    }
    return catalog;
}

QByteArray writePo(const PoCatalog &catalog)
{
    QString header;
    if (!catalog.projectIdVersion.isEmpty())
        header += QStringLiteral("Project-Id-Version: ") + headerValue(catalog.projectIdVersion) + QLatin1Char('\n');
    header += QStringLiteral("MIME-Version: 1.0\n"
                             "Content-Type: text/plain; charset=UTF-8\n"
                             "Content-Transfer-Encoding: 8bit\n");
    header += QStringLiteral("Language: ") + headerValue(catalog.language) + QLatin1Char('\n');
    header += QStringLiteral("X-Language: ") + headerValue(catalog.language) + QLatin1Char('\n');
    if (!catalog.sourceLanguage.isEmpty())
        header += QStringLiteral("X-Source-Language: ") + headerValue(catalog.sourceLanguage) + QLatin1Char('\n');
    if (!catalog.pluralForms.isEmpty())
        header += QStringLiteral("Plural-Forms: ") + headerValue(catalog.pluralForms) + QLatin1Char('\n');
    if (catalog.qtContexts)
        header += QStringLiteral("X-Qt-Contexts: true\n");

    QTemporaryFile file;
    if (!file.open()) {
        qCWarning(lcPo).noquote() << "cannot create temporary file:" << file.errorString();
        return {};
    }
    file.close(); // libgettextpo opens the path itself

    QMutexLocker locker(&s_gettextMutex);
    ErrorCollector collector;
    collector.sourceName = file.fileName();
    CollectorScope scope(&collector);
    const PoFilePtr po(po_file_create());
    {
        const IteratorPtr iterator(po_message_iterator(po.get(), nullptr));
        po_message_t headerMessage = po_message_create();
        po_message_set_msgid(headerMessage, "");
        po_message_set_msgstr(headerMessage, header.toUtf8().constData());
        po_message_insert(iterator.get(), headerMessage);

        QList<PoEntry> all = catalog.entries;
        for (PoEntry entry : catalog.obsoleteEntries) {
            entry.obsolete = true;
            all.append(entry);
        }
        for (const PoEntry &entry : all) {
            po_message_t message = po_message_create();
            if (!entry.context.isEmpty())
                po_message_set_msgctxt(message, entry.context.toUtf8().constData());
            po_message_set_msgid(message, entry.msgid.toUtf8().constData());
            if (entry.msgidPlural.isEmpty()) {
                po_message_set_msgstr(message, entry.msgstr.toUtf8().constData());
            } else {
                po_message_set_msgid_plural(message, entry.msgidPlural.toUtf8().constData());
                // A plural message needs at least msgstr[0] (and [1]) even when untranslated.
                const qsizetype forms = std::max<qsizetype>(2, entry.msgstrPlural.size());
                for (qsizetype i = 0; i < forms; ++i) {
                    const QString form = entry.msgstrPlural.value(i);
                    po_message_set_msgstr_plural(message, int(i), form.toUtf8().constData());
                }
            }
            po_message_set_comments(message, commentText(entry.comments).constData());
            po_message_set_extracted_comments(message, commentText(entry.extractedComments).constData());
            for (const QString &reference : entry.references) {
                // "file:line" unless what follows the last colon is not a line number.
                const qsizetype colon = reference.lastIndexOf(QLatin1Char(':'));
                bool isLine = false;
                const qulonglong line = colon > 0 ? reference.mid(colon + 1).toULongLong(&isLine) : 0;
                const QString path = isLine ? reference.left(colon) : reference;
                po_message_add_filepos(message, path.toUtf8().constData(), isLine ? size_t(line) : size_t(-1));
            }
            po_message_set_fuzzy(message, entry.fuzzy ? 1 : 0);
            po_message_set_obsolete(message, entry.obsolete ? 1 : 0);
            po_message_insert(iterator.get(), message);
        }
    }
    po_file_write(po.get(), QFile::encodeName(file.fileName()).constData(), &kHandler);
    if (collector.errorCount > 0) {
        qCWarning(lcPo).noquote() << "libgettextpo could not write the catalog:"
                                  << collector.errors.join(QStringLiteral("; "));
        return {};
    }
    QFile written(file.fileName());
    if (!written.open(QIODevice::ReadOnly)) {
        qCWarning(lcPo).noquote() << "cannot read back" << written.fileName() << written.errorString();
        return {};
    }
    return written.readAll();
}

} // namespace cv::content
