#include "app/spreadsheet/xlsxwriter.h"

#include <QBuffer>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSet>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <algorithm>
#include <cmath>
#include <functional>

namespace cv::spreadsheet {

Q_LOGGING_CATEGORY(lcSpreadsheet, "cv.spreadsheet")

namespace {

const QDateTime kExcelEpoch(QDate(1899, 12, 30), QTime(0, 0), Qt::UTC); // serial 0 in the 1900 date system
constexpr int kFlushBytes = 256 * 1024; // rows are gathered up to this much XML before going to the zip entry

/// cellXfs of kStylesXml: normal, bold, date-time, bold date-time, date, bold date.
enum StyleIndex { NormalStyle = 0, BoldStyle = 1, DateTimeStyle = 2, DateStyle = 4 };

const char kStylesXml[]
    = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
      "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\\ hh:mm:ss\"/>"
      "<numFmt numFmtId=\"165\" formatCode=\"yyyy\\-mm\\-dd\"/></numFmts>"
      "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
      "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
      "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
      "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
      "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
      "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
      "<cellXfs count=\"6\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
      "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
      "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
      "<xf numFmtId=\"164\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" "
      "applyNumberFormat=\"1\"/>"
      "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
      "<xf numFmtId=\"165\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" "
      "applyNumberFormat=\"1\"/></cellXfs>"
      "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
      "</styleSheet>\n";

const char kXmlDeclaration[] = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

/// Appends `text` escaped for XML content and attribute values. XML 1.0 cannot carry most control characters,
/// not even escaped; a spreadsheet cell has no use for them, so they are dropped.
void appendEscaped(QByteArray &out, QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    // Most cells (ids, names, dates) need no escaping: one scan, one append.
    const bool plain = std::all_of(utf8.cbegin(), utf8.cend(),
        [](char c) { return c != '&' && c != '<' && c != '>' && c != '"' && static_cast<unsigned char>(c) >= 0x20; });
    if (plain) {
        out.append(utf8);
        return;
    }
    out.reserve(out.size() + utf8.size());
    for (const char c : utf8) {
        switch (c) {
        case '&': out.append("&amp;"); break;
        case '<': out.append("&lt;"); break;
        case '>': out.append("&gt;"); break;
        case '"': out.append("&quot;"); break;
        default:
            if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n' || c == '\r')
                out.append(c);
            break;
        }
    }
}

QByteArray escaped(QStringView text)
{
    QByteArray out;
    appendEscaped(out, text);
    return out;
}

/// "A".."Z", "AA"... of a zero-based column, appended: once per cell of a 250,000-row export, so no QString.
void appendColumnName(QByteArray &out, int index)
{
    char name[8];
    int size = 0;
    for (++index; index > 0 && size < 8; index = (index - 1) / 26)
        name[size++] = char('A' + (index - 1) % 26);
    while (size > 0)
        out.append(name[--size]);
}

enum class CellKind { None, Text, Number, Bool, DateTime, Date };

struct CellValue
{
    CellKind kind = CellKind::None;
    QByteArray number; ///< the <v> text for numbers, booleans and dates
    QString text;
};

CellValue cellValue(const QVariant &cell)
{
    if (!cell.isValid() || cell.isNull())
        return {};
    switch (cell.metaType().id()) {
    case QMetaType::QString: return { CellKind::Text, {}, cell.toString() };
    case QMetaType::Bool: return { CellKind::Bool, cell.toBool() ? "1" : "0", {} };
    case QMetaType::Int:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::Char:
    case QMetaType::SChar: return { CellKind::Number, QByteArray::number(cell.toLongLong()), {} };
    case QMetaType::UInt:
    case QMetaType::ULong:
    case QMetaType::ULongLong:
    case QMetaType::UShort:
    case QMetaType::UChar: return { CellKind::Number, QByteArray::number(cell.toULongLong()), {} };
    case QMetaType::Double:
    case QMetaType::Float: {
        const double value = cell.toDouble();
        if (!std::isfinite(value))
            return {}; // a spreadsheet number cannot be NaN or infinite
        return { CellKind::Number, QByteArray::number(value, 'g', QLocale::FloatingPointShortest), {} };
    }
    case QMetaType::QDateTime: {
        const QDateTime time = cell.toDateTime();
        if (!time.isValid())
            return {};
        const double serial = double(kExcelEpoch.msecsTo(time.toUTC())) / 86400000.0;
        return { CellKind::DateTime, QByteArray::number(serial, 'g', QLocale::FloatingPointShortest), {} };
    }
    case QMetaType::QDate: {
        const QDate date = cell.toDate();
        if (!date.isValid())
            return {};
        return { CellKind::Date, QByteArray::number(kExcelEpoch.date().daysTo(date)), {} };
    }
    default: return { CellKind::Text, {}, cell.toString() };
    }
}

/// Appends one <c> element. Text is inline or, with `shared`, an index into the shared strings. Returns true if
/// the text was cut to Excel's limit.
bool appendCell(QByteArray &out, const QVariant &cell, const QByteArray &row, int column, bool bold,
    const std::function<int(const QString &)> &shared)
{
    CellValue value = cellValue(cell);
    if (value.kind == CellKind::None)
        return false;
    bool truncated = false;
    if (value.kind == CellKind::Text && value.text.size() > kMaxCellChars) {
        value.text.truncate(kMaxCellChars);
        truncated = true;
    }
    out.append("<c r=\"");
    appendColumnName(out, column);
    out.append(row);
    out.append('"');
    int style = bold ? BoldStyle : NormalStyle;
    if (value.kind == CellKind::DateTime)
        style += DateTimeStyle;
    else if (value.kind == CellKind::Date)
        style += DateStyle;
    if (style != NormalStyle) {
        out.append(" s=\"");
        out.append(QByteArray::number(style));
        out.append('"');
    }
    switch (value.kind) {
    case CellKind::Text:
        if (shared) {
            out.append(" t=\"s\"><v>");
            out.append(QByteArray::number(shared(value.text)));
            out.append("</v></c>");
        } else {
            out.append(" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
            appendEscaped(out, value.text);
            out.append("</t></is></c>");
        }
        break;
    case CellKind::Bool:
        out.append(" t=\"b\"><v>");
        out.append(value.number);
        out.append("</v></c>");
        break;
    default:
        out.append("><v>");
        out.append(value.number);
        out.append("</v></c>");
        break;
    }
    return truncated;
}

void appendRow(QByteArray &out, const QVariantList &cells, int row, bool bold, qint64 *truncated,
    const std::function<int(const QString &)> &shared = {})
{
    const QByteArray rowText = QByteArray::number(row);
    out.append("<row r=\"");
    out.append(rowText);
    out.append("\">");
    for (int c = 0; c < cells.size(); ++c) {
        if (appendCell(out, cells.at(c), rowText, c, bold, shared) && truncated)
            ++*truncated;
    }
    out.append("</row>");
}

QByteArray sheetStart(const QList<double> &widths)
{
    QByteArray out(kXmlDeclaration);
    out.append("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
               "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">");
    if (!widths.isEmpty()) {
        out.append("<cols>");
        for (int i = 0; i < widths.size(); ++i) {
            out.append("<col min=\"" + QByteArray::number(i + 1) + "\" max=\"" + QByteArray::number(i + 1)
                + "\" width=\"" + QByteArray::number(widths.at(i), 'g', 6) + "\" customWidth=\"1\"/>");
        }
        out.append("</cols>");
    }
    out.append("<sheetData>");
    return out;
}

const QByteArray kSheetEnd = "</sheetData></worksheet>";

/// The package parts besides the sheets: content types, relationships, workbook, styles.
QList<std::pair<QString, QByteArray>> packageParts(const QStringList &sheetNames, bool sharedStrings)
{
    QList<std::pair<QString, QByteArray>> parts;
    const QByteArray officeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

    QByteArray types(kXmlDeclaration);
    types.append(
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/xl/workbook.xml\" ContentType=\""
        + officeType + "sheet.main+xml\"/>");
    for (int i = 0; i < sheetNames.size(); ++i)
        types.append("<Override PartName=\"/xl/worksheets/sheet" + QByteArray::number(i + 1) + ".xml\" ContentType=\""
            + officeType + "worksheet+xml\"/>");
    types.append("<Override PartName=\"/xl/styles.xml\" ContentType=\"" + officeType + "styles+xml\"/>");
    if (sharedStrings)
        types.append(
            "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"" + officeType + "sharedStrings+xml\"/>");
    types.append("</Types>");
    parts.append({ QStringLiteral("[Content_Types].xml"), types });

    const QByteArray relTypes = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    const auto relationships = [&relTypes](const QList<std::pair<QByteArray, QByteArray>> &targets) {
        QByteArray data(kXmlDeclaration);
        data.append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (int i = 0; i < targets.size(); ++i)
            data.append("<Relationship Id=\"rId" + QByteArray::number(i + 1) + "\" Type=\"" + relTypes
                + targets.at(i).first + "\" Target=\"" + targets.at(i).second + "\"/>");
        data.append("</Relationships>");
        return data;
    };
    parts.append({ QStringLiteral("_rels/.rels"), relationships({ { "officeDocument", "xl/workbook.xml" } }) });

    QByteArray workbook(kXmlDeclaration);
    workbook.append("<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>");
    for (int i = 0; i < sheetNames.size(); ++i)
        workbook.append("<sheet name=\"" + escaped(sheetNames.at(i)) + "\" sheetId=\"" + QByteArray::number(i + 1)
            + "\" r:id=\"rId" + QByteArray::number(i + 1) + "\"/>");
    workbook.append("</sheets></workbook>");
    parts.append({ QStringLiteral("xl/workbook.xml"), workbook });

    QList<std::pair<QByteArray, QByteArray>> targets;
    for (int i = 0; i < sheetNames.size(); ++i)
        targets.append({ "worksheet", "worksheets/sheet" + QByteArray::number(i + 1) + ".xml" });
    targets.append(std::pair<QByteArray, QByteArray>("styles", "styles.xml"));
    if (sharedStrings)
        targets.append(std::pair<QByteArray, QByteArray>("sharedStrings", "sharedStrings.xml"));
    parts.append({ QStringLiteral("xl/_rels/workbook.xml.rels"), relationships(targets) });
    parts.append({ QStringLiteral("xl/styles.xml"), QByteArray(kStylesXml) });
    return parts;
}

QString uniqueSheetName(const QString &wanted, const QStringList &taken)
{
    QString name = safeSheetName(wanted);
    for (int n = 2; taken.contains(name, Qt::CaseInsensitive); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        name = safeSheetName(wanted).left(kMaxSheetNameChars - int(suffix.size())) + suffix;
    }
    return name;
}

} // namespace

QString columnName(int index)
{
    QString name;
    for (++index; index > 0; index = (index - 1) / 26)
        name.prepend(QChar(u'A' + (index - 1) % 26));
    return name;
}

QString cellReference(int row, int column)
{
    return columnName(column) + QString::number(row);
}

QString safeSheetName(const QString &name)
{
    QString safe;
    for (const QChar c : name) {
        static const QString forbidden = QStringLiteral("[]:*?/\\");
        safe.append(forbidden.contains(c) || c.unicode() < 0x20 ? QChar(u'_') : c);
    }
    // Excel also refuses a name starting or ending with an apostrophe.
    while (safe.startsWith(u'\''))
        safe.remove(0, 1);
    safe = safe.left(kMaxSheetNameChars);
    while (safe.endsWith(u'\''))
        safe.chop(1);
    return safe.trimmed().isEmpty() ? QStringLiteral("Sheet") : safe;
}

QByteArray writeWorkbook(const QList<WorkbookSheet> &sheets, XlsxStrings strings)
{
    QStringList sharedStrings;
    QHash<QString, int> sharedIndex;
    const auto share = [&](const QString &text) {
        auto it = sharedIndex.find(text);
        if (it == sharedIndex.end()) {
            it = sharedIndex.insert(text, int(sharedStrings.size()));
            sharedStrings.append(text);
        }
        return it.value();
    };
    std::function<int(const QString &)> shared;
    if (strings == XlsxStrings::Shared)
        shared = share;

    QStringList names;
    QList<QByteArray> sheetXml;
    for (const WorkbookSheet &sheet : sheets) {
        names.append(uniqueSheetName(sheet.name, names));
        qsizetype columns = 0;
        for (const QVariantList &row : sheet.rows)
            columns = std::max(columns, row.size());
        QByteArray data
            = sheetStart(sheet.columnWidth > 0 ? QList<double>(columns, sheet.columnWidth) : QList<double>());
        for (int r = 0; r < sheet.rows.size(); ++r)
            appendRow(data, sheet.rows.at(r), r + 1, r == 0, nullptr, shared);
        data.append(kSheetEnd);
        sheetXml.append(data);
    }

    QList<std::pair<QString, QByteArray>> parts = packageParts(names, !sharedStrings.isEmpty());
    for (int i = 0; i < sheetXml.size(); ++i)
        parts.append({ QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1), sheetXml.at(i) });
    if (!sharedStrings.isEmpty()) {
        QByteArray data(kXmlDeclaration);
        data.append("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" uniqueCount=\""
            + QByteArray::number(sharedStrings.size()) + "\">");
        for (const QString &text : std::as_const(sharedStrings)) {
            data.append("<si><t xml:space=\"preserve\">");
            appendEscaped(data, text);
            data.append("</t></si>");
        }
        data.append("</sst>");
        parts.append({ QStringLiteral("xl/sharedStrings.xml"), data });
    }

    QBuffer buffer;
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate)) {
        qCWarning(lcSpreadsheet) << "cannot create the xlsx zip, error" << zip.getZipError();
        return {};
    }
    for (const auto &[name, data] : std::as_const(parts)) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)) || file.write(data) != data.size()) {
            qCWarning(lcSpreadsheet).noquote() << "cannot write xlsx part" << name << "error" << file.getZipError();
            return {};
        }
        file.close();
    }
    zip.close();
    if (zip.getZipError() != 0) {
        qCWarning(lcSpreadsheet) << "cannot finish the xlsx zip, error" << zip.getZipError();
        return {};
    }
    return buffer.data();
}

// ---- XlsxStreamWriter ------------------------------------------------------------------------------

struct XlsxStreamWriter::Private
{
    QString path;
    QSaveFile file;
    QuaZip zip;
    std::unique_ptr<QuaZipFile> entry; ///< the open sheet's zip entry
    QByteArray pending; ///< XML not yet handed to the entry
    QStringList sheetNames;
    int columns = 0;
    int nextRow = 1;
    qint64 sheetRows = 0;
    XlsxWriteSummary summary;
    QString error;
    bool started = false;
    bool done = false;

    explicit Private(const QString &p)
        : path(p)
        , file(p)
        , zip(&file)
    {
        zip.setAutoClose(false); // QSaveFile is committed by us, never closed through QIODevice
    }

    bool fail(const QString &message)
    {
        if (error.isEmpty())
            error = message;
        entry.reset();
        return false;
    }

    bool start()
    {
        if (started)
            return true;
        started = true;
        if (!file.open(QIODevice::WriteOnly))
            return fail(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
        if (!zip.open(QuaZip::mdCreate))
            return fail(
                QStringLiteral("cannot create the zip archive %1 (zip error %2)").arg(path).arg(zip.getZipError()));
        return true;
    }

    bool flush()
    {
        if (!entry || pending.isEmpty())
            return true;
        if (entry->write(pending) != pending.size())
            return fail(
                QStringLiteral("cannot write %1: zip error %2 (disk full?)").arg(path).arg(entry->getZipError()));
        pending.clear();
        return true;
    }

    bool closeSheet()
    {
        if (!entry)
            return true;
        pending.append(kSheetEnd);
        if (!flush())
            return false;
        entry->close();
        const int zipError = entry->getZipError();
        entry.reset();
        if (zipError != 0)
            return fail(QStringLiteral("cannot write %1: zip error %2").arg(path).arg(zipError));
        return true;
    }

    bool writePart(const QString &name, const QByteArray &data)
    {
        QuaZipFile part(&zip);
        if (!part.open(QIODevice::WriteOnly, QuaZipNewInfo(name)) || part.write(data) != data.size())
            return fail(
                QStringLiteral("cannot write part %1 of %2 (zip error %3)").arg(name, path).arg(part.getZipError()));
        part.close();
        return part.getZipError() == 0
            || fail(QStringLiteral("cannot write %1 (zip error %2)").arg(path).arg(part.getZipError()));
    }
};

XlsxStreamWriter::XlsxStreamWriter(const QString &path)
    : d(std::make_unique<Private>(path))
{ }

XlsxStreamWriter::~XlsxStreamWriter()
{
    if (!d->done)
        cancel();
}

bool XlsxStreamWriter::beginSheet(const QString &name, const QStringList &headers, double minColumnWidth)
{
    if (hasError() || d->done || !d->start() || !d->closeSheet())
        return false;
    const QString sheetName = uniqueSheetName(name, d->sheetNames);
    d->sheetNames.append(sheetName);
    d->entry = std::make_unique<QuaZipFile>(&d->zip);
    const QString partName = QStringLiteral("xl/worksheets/sheet%1.xml").arg(d->sheetNames.size());
    // The fastest deflate level: a sheet of 250,000 rows is some 500 MB of XML, which the default level (6)
    // took longer to compress than the whole report to compute; level 1 makes the file about a fifth larger.
    if (!d->entry->open(QIODevice::WriteOnly, QuaZipNewInfo(partName), nullptr, 0, Z_DEFLATED, Z_BEST_SPEED))
        return d->fail(QStringLiteral("cannot add sheet '%1' to %2 (zip error %3)")
                           .arg(sheetName, d->path)
                           .arg(d->entry->getZipError()));
    QList<double> widths;
    for (const QString &header : headers)
        widths.append(std::max(minColumnWidth, std::min(60.0, double(header.size()) + 2)));
    d->pending = sheetStart(widths);
    d->columns = int(headers.size());
    d->nextRow = 1;
    d->sheetRows = 0;
    ++d->summary.sheets;
    if (!headers.isEmpty()) {
        appendRow(
            d->pending, QVariantList(headers.cbegin(), headers.cend()), d->nextRow++, true, &d->summary.truncatedCells);
    }
    return true;
}

bool XlsxStreamWriter::addRow(const QVariantList &cells)
{
    if (hasError() || d->done)
        return false;
    if (!d->entry)
        return d->fail(QStringLiteral("addRow before beginSheet"));
    if (d->nextRow > kMaxRows)
        return d->fail(QStringLiteral("sheet '%1' would have more than %2 rows, Excel's limit; split the export")
                           .arg(d->sheetNames.constLast())
                           .arg(kMaxRows));
    appendRow(d->pending, cells, d->nextRow++, false, &d->summary.truncatedCells);
    ++d->sheetRows;
    ++d->summary.rows;
    return d->pending.size() < kFlushBytes || d->flush();
}

cv::core::Result<XlsxWriteSummary, QString> XlsxStreamWriter::finish()
{
    if (d->done && !hasError())
        return QStringLiteral("the workbook %1 is already finished").arg(d->path);
    if (!hasError() && d->sheetNames.isEmpty())
        beginSheet(QStringLiteral("Sheet1"), {}); // a workbook needs at least one sheet
    if (!hasError() && d->closeSheet()) {
        for (const auto &[name, data] : packageParts(d->sheetNames, false)) {
            if (!d->writePart(name, data))
                break;
        }
    }
    if (!hasError()) {
        d->zip.close();
        if (d->zip.getZipError() != 0)
            d->fail(QStringLiteral("cannot finish the zip archive %1 (zip error %2)")
                        .arg(d->path)
                        .arg(d->zip.getZipError()));
    }
    if (!hasError()) {
        d->summary.bytes = d->file.size();
        if (!d->file.commit())
            d->fail(QStringLiteral("cannot save %1: %2").arg(d->path, d->file.errorString()));
    }
    d->done = true;
    if (hasError()) {
        d->file.cancelWriting();
        if (d->file.isOpen())
            d->file.commit(); // after cancelWriting() this only removes the temporary file
        return d->error;
    }
    return d->summary;
}

void XlsxStreamWriter::cancel()
{
    d->entry.reset();
    if (d->zip.isOpen())
        d->zip.close();
    d->file.cancelWriting();
    if (d->file.isOpen())
        d->file.commit(); // after cancelWriting() commit() only closes and removes the temporary file
    d->done = true;
    if (d->error.isEmpty())
        d->error = QStringLiteral("cancelled");
}

bool XlsxStreamWriter::hasError() const
{
    return !d->error.isEmpty();
}

QString XlsxStreamWriter::error() const
{
    return d->error;
}

qint64 XlsxStreamWriter::rowsInSheet() const
{
    return d->sheetRows;
}

} // namespace cv::spreadsheet
