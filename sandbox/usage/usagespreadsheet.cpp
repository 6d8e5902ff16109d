#include "sandbox/usage/usagespreadsheet.h"

#include <QBuffer>
#include <QDir>
#include <QLoggingCategory>
#include <QMap>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <algorithm>
#include <cmath>

namespace cv::sandbox::usage {

Q_LOGGING_CATEGORY(lcUsage, "cv.sandbox.usage")

namespace {

const QString kGenericCategoryId = QStringLiteral("generic_category");
const QString kTimeFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss");

// Columns every schema needs; amount and tier depend on the schema and are checked per row.
QStringList requiredColumns()
{
    return { QStringLiteral("record_id"), QStringLiteral("item_search_criteria"), QStringLiteral("item_search_value"),
        QStringLiteral("quantity"), QStringLiteral("start_time_utc"), QStringLiteral("end_time_utc"),
        QStringLiteral("asset_search_criteria"), QStringLiteral("asset_search_value") };
}

// ---- writing --------------------------------------------------------------------------------------

const QString kMainNs = QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main");
const QString kRelNs = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
const QString kPackageRelNs = QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships");
const QString kRelTypes = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/");
const QDateTime kExcelEpoch(QDate(1899, 12, 30), QTime(0, 0), Qt::UTC); // serial 0 in the 1900 date system

enum StyleIndex { NormalStyle = 0, BoldStyle = 1, DateStyle = 2, BoldDateStyle = 3 }; ///< cellXfs in kStylesXml

const char kStylesXml[]
    = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
      "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\\ hh:mm:ss\"/></numFmts>"
      "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
      "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
      "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
      "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
      "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
      "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
      "<cellXfs count=\"4\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
      "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
      "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
      "<xf numFmtId=\"164\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" "
      "applyNumberFormat=\"1\"/></cellXfs>"
      "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
      "</styleSheet>\n";

/// XML 1.0 cannot carry most control characters, not even escaped; a spreadsheet cell has no use for them.
QString xmlSafe(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (c.unicode() >= 0x20 || c == u'\t' || c == u'\n' || c == u'\r')
            result.append(c);
    }
    return result;
}

QString isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QString columnName(int index);

// ---- reading --------------------------------------------------------------------------------------

constexpr qint64 kMaxPartSize = 256 * 1024 * 1024; // a usage file part beyond this is not a usage file

cv::core::Result<QByteArray, QString> readPart(QuaZip &zip, const QString &path)
{
    if (!zip.setCurrentFile(path))
        return QStringLiteral("xlsx: part '%1' is missing").arg(path);
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("xlsx: cannot read part '%1' (zip error %2)").arg(path).arg(file.getZipError());
    if (file.usize() > kMaxPartSize)
        return QStringLiteral("xlsx: part '%1' is too large (%2 bytes)").arg(path).arg(file.usize());
    return file.readAll();
}

QString xmlError(const QString &path, const QXmlStreamReader &xml)
{
    return QStringLiteral("xlsx: malformed XML in '%1' at line %2, column %3: %4")
        .arg(path)
        .arg(xml.lineNumber())
        .arg(xml.columnNumber())
        .arg(xml.errorString());
}

/// Text of a rich or plain string item (<si> or <is>), skipping phonetic runs (<rPh>). The reader
/// stands on the start element and is left on its end element.
QString readStringItem(QXmlStreamReader &xml)
{
    const QString endName = xml.name().toString();
    QString text;
    int phoneticDepth = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("rPh"))
                ++phoneticDepth;
            else if (xml.name() == QLatin1String("t") && phoneticDepth == 0)
                text += xml.readElementText();
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("rPh"))
                --phoneticDepth;
            else if (xml.name() == endName)
                break;
        }
    }
    return text;
}

struct Styles
{
    QList<bool> dateStyle; ///< per cellXfs index: does the number format show a date/time?
};

bool isDateFormatCode(QString code)
{
    // Quoted literals, [colour]/[$-locale] sections and escaped characters are not format letters.
    static const QRegularExpression noise(QStringLiteral("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\."));
    code.remove(noise);
    if (code.compare(QLatin1String("General"), Qt::CaseInsensitive) == 0)
        return false;
    for (const QChar c : std::as_const(code)) {
        switch (c.toLower().unicode()) {
        case 'd':
        case 'm':
        case 'y':
        case 'h':
        case 's': return true;
        default: break;
        }
    }
    return false;
}

Styles parseStyles(const QByteArray &data)
{
    QHash<int, bool> customFormats;
    Styles styles;
    QXmlStreamReader xml(data);
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("numFmt")) {
                customFormats.insert(xml.attributes().value(QLatin1String("numFmtId")).toInt(),
                    isDateFormatCode(xml.attributes().value(QLatin1String("formatCode")).toString()));
            } else if (xml.name() == QLatin1String("cellXfs")) {
                inCellXfs = true;
            } else if (inCellXfs && xml.name() == QLatin1String("xf")) {
                const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
                // Built-in date/time formats of ECMA-376 §18.8.30.
                const bool builtinDate = (id >= 14 && id <= 22) || (id >= 45 && id <= 47);
                styles.dateStyle.append(builtinDate || customFormats.value(id, false));
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = false;
        }
    }
    return styles; // styles only refine number display; a broken styles part is not worth failing for
}

/// Excel serial date (days since 1899-12-30, or 1904-01-01 in the 1904 system) as `YYYY-MM-DD HH:MM:SS`.
QString serialToTime(double serial, bool date1904)
{
    const QDateTime epoch(date1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 30), QTime(0, 0), Qt::UTC);
    return epoch.addSecs(qint64(std::llround(serial * 86400.0))).toString(kTimeFormat);
}

/// Numbers as Excel would display them in General format: integers as written, other values with the
/// binary noise of IEEE doubles removed ("0.10000000000000001" -> "0.1").
QString numberText(const QString &raw)
{
    static const QRegularExpression integer(QStringLiteral("^-?\\d+$"));
    if (integer.match(raw).hasMatch())
        return raw;
    bool ok = false;
    const double value = raw.toDouble(&ok);
    return ok ? QString::number(value, 'g', 15) : raw;
}

/// Excel's last column, XFD: a reference beyond it is not a cell.
constexpr int kColumns = 16384;

/// Zero-based column index of a cell reference such as "AB12"; -1 for none (an empty reference); -2 for a
/// reference that is not a cell: letters other than A-Z, more columns than XFD, or anything but a row
/// number after the letters (fuzz/fuzz_xlsx.cpp found "lformats.org/sn1" overflowing the column number).
int columnIndex(QStringView reference)
{
    if (reference.isEmpty())
        return -1;
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size(); ++i) {
        const char16_t c = QChar(reference.at(i)).toUpper().unicode();
        if (c < u'A' || c > u'Z')
            break;
        column = column * 26 + (c - u'A' + 1);
        if (column > kColumns)
            return -2;
    }
    if (i == 0)
        return -2;
    for (qsizetype j = i; j < reference.size(); ++j) {
        if (reference.at(j) < u'0' || reference.at(j) > u'9')
            return -2;
    }
    return column - 1;
}

QString columnName(int index)
{
    QString name;
    for (++index; index > 0; index = (index - 1) / 26)
        name.prepend(QChar(u'A' + (index - 1) % 26));
    return name;
}

using SheetRows = QMap<int, QMap<int, QString>>; ///< row number -> column index -> text

cv::core::Result<SheetRows, QString> parseSheet(
    const QString &path, const QByteArray &data, const QStringList &sharedStrings, const Styles &styles, bool date1904)
{
    SheetRows rows;
    QXmlStreamReader xml(data);
    int rowNumber = 0;
    int column = -1;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("row")) {
            const int r = xml.attributes().value(QLatin1String("r")).toInt();
            rowNumber = r > 0 ? r : rowNumber + 1; // "r" is optional: rows are then consecutive
            column = -1;
            continue;
        }
        if (xml.name() != QLatin1String("c"))
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        const QString reference = attributes.value(QLatin1String("r")).toString();
        const int referenced = columnIndex(reference);
        if (referenced == -2)
            return QStringLiteral("xlsx: '%1': cell reference '%2' is not a cell (A1 to XFD1048576)")
                .arg(path, reference);
        column = referenced >= 0 ? referenced : column + 1;
        const QString type = attributes.value(QLatin1String("t")).toString();
        const int style = attributes.value(QLatin1String("s")).toInt();
        const QString cell = reference.isEmpty() ? columnName(column) + QString::number(rowNumber) : reference;

        QString raw;
        QString inlineText;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isEndElement() && xml.name() == QLatin1String("c"))
                break;
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("v"))
                raw = xml.readElementText();
            else if (xml.name() == QLatin1String("is"))
                inlineText = readStringItem(xml);
            else
                xml.skipCurrentElement(); // <f> formulas and extensions: the cached <v> is what counts
        }

        QString text;
        if (type == QLatin1String("s")) {
            bool ok = false;
            const int index = raw.toInt(&ok);
            if (!ok || index < 0 || index >= sharedStrings.size())
                return QStringLiteral("xlsx: '%1' cell %2: shared string index '%3' out of range").arg(path, cell, raw);
            text = sharedStrings.at(index);
        } else if (type == QLatin1String("inlineStr")) {
            text = inlineText;
        } else if (type == QLatin1String("b")) {
            text = raw == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        } else if (type == QLatin1String("str") || type == QLatin1String("e") || type == QLatin1String("d")) {
            text = raw;
        } else if (!raw.isEmpty()) {
            bool ok = false;
            const double value = raw.toDouble(&ok);
            text = ok && styles.dateStyle.value(style, false) ? serialToTime(value, date1904) : numberText(raw);
        }
        text = text.trimmed();
        if (!text.isEmpty() && column >= 0 && rowNumber > 0)
            rows[rowNumber].insert(column, text);
    }
    if (xml.hasError())
        return xmlError(path, xml);
    return rows;
}

QString resolveTarget(const QString &target)
{
    // Relationship targets are relative to xl/ unless absolute within the package.
    return target.startsWith(QLatin1Char('/')) ? target.mid(1) : QDir::cleanPath(QStringLiteral("xl/") + target);
}

// ---- validation -------------------------------------------------------------------------------------

std::optional<double> number(const QString &text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

/// `YYYY-MM-DD HH:MM:SS` or ISO-8601 with `T`, optional fraction and zone; no zone means UTC.
/// Parsed by hand so that a wall-clock time that does not exist locally (DST gap) is not "fixed up".
std::optional<QDateTime> parseUtc(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})[ T](\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,3})?)(Z|[+-]\\d{2}:?\\d{2})?$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(match.captured(1), Qt::ISODate);
    const QTime time = QTime::fromString(match.captured(2), Qt::ISODateWithMs);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    const QString zone = match.captured(3);
    if (zone.isEmpty() || zone == QLatin1String("Z"))
        return QDateTime(date, time, Qt::UTC);
    QString digits = zone.mid(1);
    digits.remove(QLatin1Char(':'));
    const int offset = (digits.left(2).toInt() * 3600 + digits.mid(2).toInt() * 60) * (zone.startsWith(u'-') ? -1 : 1);
    return QDateTime(date, time, Qt::OffsetFromUTC, offset).toUTC();
}

bool isKnownPrecision(const QString &precision)
{
    static const QStringList known { QStringLiteral("integer"), QStringLiteral("decimal(1)"),
        QStringLiteral("decimal(2)"), QStringLiteral("decimal(4)"), QStringLiteral("decimal(8)") };
    return known.contains(precision);
}

} // namespace

QString usageSchemaName(UsageSchema schema)
{
    switch (schema) {
    case UsageSchema::QT: return QStringLiteral("QT");
    case UsageSchema::TR: return QStringLiteral("TR");
    case UsageSchema::PR: return QStringLiteral("PR");
    case UsageSchema::CR: return QStringLiteral("CR");
    }
    return QString();
}

std::optional<UsageSchema> parseUsageSchema(QStringView name)
{
    for (const UsageSchema schema : { UsageSchema::QT, UsageSchema::TR, UsageSchema::PR, UsageSchema::CR }) {
        if (name.compare(usageSchemaName(schema), Qt::CaseInsensitive) == 0)
            return schema;
    }
    return std::nullopt;
}

QStringList usageRecordColumns()
{
    return { QStringLiteral("record_id"), QStringLiteral("record_note"), QStringLiteral("item_search_criteria"),
        QStringLiteral("item_search_value"), QStringLiteral("amount"), QStringLiteral("quantity"),
        QStringLiteral("start_time_utc"), QStringLiteral("end_time_utc"), QStringLiteral("asset_search_criteria"),
        QStringLiteral("asset_search_value"), QStringLiteral("item_name"), QStringLiteral("item_mpn"),
        QStringLiteral("item_precision"), QStringLiteral("category_id"), QStringLiteral("asset_recon_id"),
        QStringLiteral("tier") };
}

QByteArray writeWorkbook(const QList<WorkbookSheet> &sheets, XlsxStrings strings)
{
    QStringList sharedStrings;
    QHash<QString, int> sharedIndex;
    QList<QByteArray> sheetXml;
    for (const WorkbookSheet &sheet : sheets) {
        QByteArray data;
        QXmlStreamWriter xml(&data);
        xml.writeStartDocument(QStringLiteral("1.0"), true);
        xml.writeDefaultNamespace(kMainNs);
        xml.writeStartElement(kMainNs, QStringLiteral("worksheet"));
        qsizetype columns = 0;
        for (const QVariantList &row : sheet.rows)
            columns = std::max(columns, row.size());
        if (sheet.columnWidth > 0 && columns > 0) {
            xml.writeStartElement(QStringLiteral("cols"));
            xml.writeEmptyElement(QStringLiteral("col"));
            xml.writeAttribute(QStringLiteral("min"), QStringLiteral("1"));
            xml.writeAttribute(QStringLiteral("max"), QString::number(columns));
            xml.writeAttribute(QStringLiteral("width"), QString::number(sheet.columnWidth));
            xml.writeAttribute(QStringLiteral("customWidth"), QStringLiteral("1"));
            xml.writeEndElement();
        }
        xml.writeStartElement(QStringLiteral("sheetData"));
        for (int r = 0; r < sheet.rows.size(); ++r) {
            const QVariantList &row = sheet.rows.at(r);
            const QString rowNumber = QString::number(r + 1);
            xml.writeStartElement(QStringLiteral("row"));
            xml.writeAttribute(QStringLiteral("r"), rowNumber);
            for (int c = 0; c < row.size(); ++c) {
                const QVariant &cell = row.at(c);
                if (!cell.isValid() || cell.isNull())
                    continue;
                xml.writeStartElement(QStringLiteral("c"));
                xml.writeAttribute(QStringLiteral("r"), columnName(c) + rowNumber);
                const bool isDate = cell.metaType().id() == QMetaType::QDateTime;
                const int style = (r == 0 ? BoldStyle : NormalStyle) + (isDate ? DateStyle : 0);
                if (style != NormalStyle)
                    xml.writeAttribute(QStringLiteral("s"), QString::number(style));
                if (isDate) {
                    const double serial = double(kExcelEpoch.msecsTo(cell.toDateTime().toUTC())) / 86400000.0;
                    xml.writeTextElement(
                        QStringLiteral("v"), QString::number(serial, 'g', QLocale::FloatingPointShortest));
                } else if (cell.metaType().id() != QMetaType::QString && cell.canConvert<double>()) {
                    xml.writeTextElement(
                        QStringLiteral("v"), QString::number(cell.toDouble(), 'g', QLocale::FloatingPointShortest));
                } else if (strings == XlsxStrings::Inline) {
                    xml.writeAttribute(QStringLiteral("t"), QStringLiteral("inlineStr"));
                    xml.writeStartElement(QStringLiteral("is"));
                    xml.writeStartElement(QStringLiteral("t"));
                    xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
                    xml.writeCharacters(xmlSafe(cell.toString()));
                    xml.writeEndElement();
                    xml.writeEndElement();
                } else {
                    const QString text = xmlSafe(cell.toString());
                    auto it = sharedIndex.find(text);
                    if (it == sharedIndex.end()) {
                        it = sharedIndex.insert(text, int(sharedStrings.size()));
                        sharedStrings.append(text);
                    }
                    xml.writeAttribute(QStringLiteral("t"), QStringLiteral("s"));
                    xml.writeTextElement(QStringLiteral("v"), QString::number(it.value()));
                }
                xml.writeEndElement(); // c
            }
            xml.writeEndElement(); // row
        }
        xml.writeEndDocument();
        sheetXml.append(data);
    }

    QList<std::pair<QString, QByteArray>> parts;
    {
        QByteArray data;
        QXmlStreamWriter xml(&data);
        xml.writeStartDocument(QStringLiteral("1.0"), true);
        const QString ns = QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types");
        xml.writeDefaultNamespace(ns);
        xml.writeStartElement(ns, QStringLiteral("Types"));
        const auto defaultType = [&xml](const QString &extension, const QString &type) {
            xml.writeEmptyElement(QStringLiteral("Default"));
            xml.writeAttribute(QStringLiteral("Extension"), extension);
            xml.writeAttribute(QStringLiteral("ContentType"), type);
        };
        const auto overrideType = [&xml](const QString &part, const QString &type) {
            xml.writeEmptyElement(QStringLiteral("Override"));
            xml.writeAttribute(QStringLiteral("PartName"), part);
            xml.writeAttribute(QStringLiteral("ContentType"), type);
        };
        const QString officeType = QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.");
        defaultType(QStringLiteral("rels"), QStringLiteral("application/vnd.openxmlformats-package.relationships+xml"));
        defaultType(QStringLiteral("xml"), QStringLiteral("application/xml"));
        overrideType(QStringLiteral("/xl/workbook.xml"), officeType + QStringLiteral("sheet.main+xml"));
        for (int i = 0; i < sheets.size(); ++i)
            overrideType(
                QStringLiteral("/xl/worksheets/sheet%1.xml").arg(i + 1), officeType + QStringLiteral("worksheet+xml"));
        overrideType(QStringLiteral("/xl/styles.xml"), officeType + QStringLiteral("styles+xml"));
        if (!sharedStrings.isEmpty())
            overrideType(QStringLiteral("/xl/sharedStrings.xml"), officeType + QStringLiteral("sharedStrings+xml"));
        xml.writeEndDocument();
        parts.append({ QStringLiteral("[Content_Types].xml"), data });
    }
    const auto relationships = [](const QList<std::pair<QString, QString>> &targets) {
        QByteArray data;
        QXmlStreamWriter xml(&data);
        xml.writeStartDocument(QStringLiteral("1.0"), true);
        xml.writeDefaultNamespace(kPackageRelNs);
        xml.writeStartElement(kPackageRelNs, QStringLiteral("Relationships"));
        for (int i = 0; i < targets.size(); ++i) {
            xml.writeEmptyElement(QStringLiteral("Relationship"));
            xml.writeAttribute(QStringLiteral("Id"), QStringLiteral("rId%1").arg(i + 1));
            xml.writeAttribute(QStringLiteral("Type"), kRelTypes + targets.at(i).first);
            xml.writeAttribute(QStringLiteral("Target"), targets.at(i).second);
        }
        xml.writeEndDocument();
        return data;
    };
    parts.append({ QStringLiteral("_rels/.rels"),
        relationships({ { QStringLiteral("officeDocument"), QStringLiteral("xl/workbook.xml") } }) });
    {
        QByteArray data;
        QXmlStreamWriter xml(&data);
        xml.writeStartDocument(QStringLiteral("1.0"), true);
        xml.writeDefaultNamespace(kMainNs);
        xml.writeNamespace(kRelNs, QStringLiteral("r"));
        xml.writeStartElement(kMainNs, QStringLiteral("workbook"));
        xml.writeStartElement(QStringLiteral("sheets"));
        for (int i = 0; i < sheets.size(); ++i) {
            xml.writeEmptyElement(QStringLiteral("sheet"));
            xml.writeAttribute(QStringLiteral("name"), sheets.at(i).name);
            xml.writeAttribute(QStringLiteral("sheetId"), QString::number(i + 1));
            xml.writeAttribute(kRelNs, QStringLiteral("id"), QStringLiteral("rId%1").arg(i + 1));
        }
        xml.writeEndDocument();
        parts.append({ QStringLiteral("xl/workbook.xml"), data });
    }
    QList<std::pair<QString, QString>> workbookTargets;
    for (int i = 0; i < sheets.size(); ++i)
        workbookTargets.append({ QStringLiteral("worksheet"), QStringLiteral("worksheets/sheet%1.xml").arg(i + 1) });
    workbookTargets.append({ QStringLiteral("styles"), QStringLiteral("styles.xml") });
    if (!sharedStrings.isEmpty())
        workbookTargets.append({ QStringLiteral("sharedStrings"), QStringLiteral("sharedStrings.xml") });
    parts.append({ QStringLiteral("xl/_rels/workbook.xml.rels"), relationships(workbookTargets) });
    parts.append({ QStringLiteral("xl/styles.xml"), QByteArray(kStylesXml) });
    for (int i = 0; i < sheetXml.size(); ++i)
        parts.append({ QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1), sheetXml.at(i) });
    if (!sharedStrings.isEmpty()) {
        QByteArray data;
        QXmlStreamWriter xml(&data);
        xml.writeStartDocument(QStringLiteral("1.0"), true);
        xml.writeDefaultNamespace(kMainNs);
        xml.writeStartElement(kMainNs, QStringLiteral("sst"));
        xml.writeAttribute(QStringLiteral("uniqueCount"), QString::number(sharedStrings.size()));
        for (const QString &text : std::as_const(sharedStrings)) {
            xml.writeStartElement(QStringLiteral("si"));
            xml.writeStartElement(QStringLiteral("t"));
            xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            xml.writeCharacters(text);
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndDocument();
        parts.append({ QStringLiteral("xl/sharedStrings.xml"), data });
    }

    QBuffer buffer;
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate)) {
        qCWarning(lcUsage) << "cannot create the xlsx zip, error" << zip.getZipError();
        return {};
    }
    for (const auto &[name, data] : std::as_const(parts)) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)) || file.write(data) != data.size()) {
            qCWarning(lcUsage).noquote() << "cannot write xlsx part" << name << "error" << file.getZipError();
            return {};
        }
        file.close();
    }
    zip.close();
    if (zip.getZipError() != 0) {
        qCWarning(lcUsage) << "cannot finish the xlsx zip, error" << zip.getZipError();
        return {};
    }
    return buffer.data();
}

QByteArray writeUsageTemplate(const UsageTemplateInfo &info)
{
    WorkbookSheet instructions { QStringLiteral("instructions"), {}, 110 };
    const QStringList lines {
        QStringLiteral("Usage file for %1 (%2)").arg(info.productName, info.productId),
        QString(),
        QStringLiteral("1. Fill one row per usage record on the 'records' tab; keep the header row as it is."),
        QStringLiteral("2. record_id must be unique within the file."),
        QStringLiteral(
            "3. item_search_criteria is item.mpn or item.local_id; item_search_value is the MPN or local id."),
        QStringLiteral("4. asset_search_criteria is asset.id or parameter.<name>; asset_search_value is the value."),
        QStringLiteral("5. Times are UTC, formatted YYYY-MM-DD HH:MM:SS; start_time_utc must be before end_time_utc."),
        QStringLiteral(
            "6. amount is required for the CR, PR and TR schemas; tier for TR (1, 2, or 0 for the end customer)."),
        QStringLiteral("7. category_id refers to the 'categories' tab."),
    };
    for (const QString &line : lines)
        instructions.rows.append({ line.isEmpty() ? QVariant() : QVariant(line) });

    WorkbookSheet general { QStringLiteral("general"), {}, 28 };
    general.rows = {
        { QStringLiteral("report_name"), info.reportName },
        { QStringLiteral("report_note"), info.reportNote },
        { QStringLiteral("report_id"), info.reportId },
        { QStringLiteral("report_start_time_utc"), isoUtc(info.reportStartTimeUtc) },
        { QStringLiteral("report_end_time_utc"), isoUtc(info.reportEndTimeUtc) },
        { QStringLiteral("usage_schema"), usageSchemaName(info.usageSchema) },
        { QStringLiteral("product_id"), info.productId },
        { QStringLiteral("product_name"), info.productName },
        { QStringLiteral("marketplace_id"), info.marketplaceId },
        { QStringLiteral("marketplace_name"), info.marketplaceName },
        { QStringLiteral("hub_id"), info.hubId },
        { QStringLiteral("hub_name"), info.hubName },
        { QStringLiteral("vendor_account_id"), info.vendorAccountId },
        { QStringLiteral("vendor_account_name"), info.vendorAccountName },
        { QStringLiteral("provider_account_id"), info.providerAccountId },
        { QStringLiteral("provider_account_name"), info.providerAccountName },
        { QStringLiteral("distribution_contract_id"), info.distributionContractId },
        { QStringLiteral("currency"), info.currency },
    };

    WorkbookSheet categories { QStringLiteral("categories"), {}, 30 };
    categories.rows = { { QStringLiteral("category_id"), QStringLiteral("category_name"),
                            QStringLiteral("category_description") },
        { kGenericCategoryId, QStringLiteral("Generic Category"), QStringLiteral("Generic autogenerated category") } };

    WorkbookSheet records { QStringLiteral("records"), {}, 22 };
    const QStringList header = usageRecordColumns();
    records.rows.append(QVariantList(header.cbegin(), header.cend()));
    const auto col = [&header](const char *name) { return header.indexOf(QLatin1String(name)); };
    const QString start
        = info.reportStartTimeUtc.isValid() ? info.reportStartTimeUtc.toUTC().toString(kTimeFormat) : QString();
    const QString end
        = info.reportEndTimeUtc.isValid() ? info.reportEndTimeUtc.toUTC().toString(kTimeFormat) : QString();
    // Example rows show the item columns filled in; record ids and assets are the vendor's to fill. Times
    // are text, not date cells, so they keep the exact format the upload expects whatever Excel's locale.
    for (const UsageTemplateItem &item : info.items) {
        QVariantList row(header.size());
        row[col("item_search_criteria")] = QStringLiteral("item.mpn");
        row[col("item_search_value")] = item.mpn;
        row[col("quantity")] = 0;
        row[col("start_time_utc")] = start;
        row[col("end_time_utc")] = end;
        row[col("asset_search_criteria")] = QStringLiteral("asset.id");
        row[col("item_name")] = item.name;
        row[col("item_precision")] = item.precision;
        row[col("category_id")] = kGenericCategoryId;
        records.rows.append(row);
    }
    return writeWorkbook({ instructions, general, categories, records });
}

cv::core::Result<UsageSheet, QString> readUsageSpreadsheet(const QByteArray &xlsx)
{
    QBuffer buffer;
    buffer.setData(xlsx);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip))
        return QStringLiteral("not a zip archive (an .xlsx file is one); zip error %1").arg(zip.getZipError());

    const QString workbookPath = QStringLiteral("xl/workbook.xml");
    if (!zip.setCurrentFile(workbookPath))
        return QStringLiteral("not an xlsx workbook: the zip archive has no %1").arg(workbookPath);
    const auto workbookXml = readPart(zip, workbookPath);
    if (!workbookXml)
        return workbookXml.error();

    QList<std::pair<QString, QString>> sheets; // name -> relationship id
    bool date1904 = false;
    {
        QXmlStreamReader xml(workbookXml.value());
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("sheet")) {
                sheets.append({ xml.attributes().value(QLatin1String("name")).toString(),
                    xml.attributes().value(kRelNs, QLatin1String("id")).toString() });
            } else if (xml.name() == QLatin1String("workbookPr")) {
                const auto flag = xml.attributes().value(QLatin1String("date1904"));
                date1904 = flag == QLatin1String("1") || flag == QLatin1String("true");
            }
        }
        if (xml.hasError())
            return xmlError(workbookPath, xml);
    }

    // The official template names the sheet `records`, the SDKs `usage_records` (POST /usage/files/{id}/upload).
    QString sheetName;
    QString relationshipId;
    for (const QLatin1String wanted : { QLatin1String("records"), QLatin1String("usage_records") }) {
        for (const auto &[name, id] : std::as_const(sheets)) {
            if (sheetName.isEmpty() && name.compare(wanted, Qt::CaseInsensitive) == 0) {
                sheetName = name;
                relationshipId = id;
            }
        }
    }
    if (sheetName.isEmpty()) {
        QStringList names;
        for (const auto &sheet : std::as_const(sheets))
            names.append(sheet.first);
        return QStringLiteral("no 'records' or 'usage_records' sheet in the workbook (sheets: %1)")
            .arg(names.isEmpty() ? QStringLiteral("none") : names.join(QStringLiteral(", ")));
    }

    const QString relsPath = QStringLiteral("xl/_rels/workbook.xml.rels");
    const auto relsXml = readPart(zip, relsPath);
    if (!relsXml)
        return QStringLiteral("not an xlsx workbook: %1").arg(relsXml.error());
    QString sheetPath;
    {
        QXmlStreamReader xml(relsXml.value());
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("Relationship")
                && xml.attributes().value(QLatin1String("Id")) == relationshipId)
                sheetPath = resolveTarget(xml.attributes().value(QLatin1String("Target")).toString());
        }
        if (xml.hasError())
            return xmlError(relsPath, xml);
    }
    if (sheetPath.isEmpty())
        return QStringLiteral("xlsx: sheet '%1' (relationship '%2') has no target in %3")
            .arg(sheetName, relationshipId, relsPath);

    QStringList sharedStrings;
    const QString sharedStringsPath = QStringLiteral("xl/sharedStrings.xml");
    if (zip.setCurrentFile(sharedStringsPath)) { // optional: absent when every string is inline
        const auto data = readPart(zip, sharedStringsPath);
        if (!data)
            return data.error();
        QXmlStreamReader xml(data.value());
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("si"))
                sharedStrings.append(readStringItem(xml));
        }
        if (xml.hasError())
            return xmlError(sharedStringsPath, xml);
    }

    Styles styles;
    const QString stylesPath = QStringLiteral("xl/styles.xml");
    if (zip.setCurrentFile(stylesPath)) {
        const auto data = readPart(zip, stylesPath);
        if (data)
            styles = parseStyles(data.value());
    }

    const auto sheetXml = readPart(zip, sheetPath);
    if (!sheetXml)
        return sheetXml.error();
    const auto cells = parseSheet(sheetPath, sheetXml.value(), sharedStrings, styles, date1904);
    if (!cells)
        return cells.error();

    UsageSheet sheet;
    sheet.sheetName = sheetName;
    const SheetRows &rows = cells.value();
    if (rows.isEmpty())
        return QStringLiteral("sheet '%1': no header row (the sheet is empty)").arg(sheetName);

    // Header: the first non-empty row. Its column positions map later cells to names.
    const int headerRow = rows.firstKey();
    QMap<int, QString> columns;
    for (auto it = rows.first().cbegin(); it != rows.first().cend(); ++it) {
        if (sheet.header.contains(it.value()))
            return QStringLiteral("sheet '%1', cell %2%3: duplicate column '%4'")
                .arg(sheetName, columnName(it.key()))
                .arg(headerRow)
                .arg(it.value());
        sheet.header.append(it.value());
        columns.insert(it.key(), it.value());
    }
    QStringList missing;
    for (const QString &required : requiredColumns()) {
        if (!sheet.header.contains(required))
            missing.append(required);
    }
    if (!missing.isEmpty())
        return QStringLiteral("sheet '%1', header row %2: missing required column(s): %3")
            .arg(sheetName)
            .arg(headerRow)
            .arg(missing.join(QStringLiteral(", ")));

    for (auto rowIt = std::next(rows.cbegin()); rowIt != rows.cend(); ++rowIt) {
        UsageRow row;
        row.rowNumber = rowIt.key();
        bool empty = true;
        for (auto colIt = columns.cbegin(); colIt != columns.cend(); ++colIt) {
            const QString value = rowIt.value().value(colIt.key());
            empty = empty && value.isEmpty();
            row.values.insert(colIt.value(), value);
        }
        if (!empty) // cells outside the header's columns do not make a record
            sheet.rows.append(std::move(row));
    }
    return sheet;
}

QList<UsageRowError> validateUsageRows(const UsageSheet &sheet, const UsageValidationContext &ctx)
{
    QList<UsageRowError> errors;
    QHash<QString, int> recordIds; // record_id -> first row using it
    const bool needsAmount = ctx.schema != UsageSchema::QT;

    for (const UsageRow &row : sheet.rows) {
        const auto value = [&row](const char *column) { return row.values.value(QLatin1String(column)); };
        const auto fail = [&errors, &row](const char *column, const QString &message) {
            errors.append({ row.rowNumber, QLatin1String(column), message });
        };
        const auto quoted = [](const QString &text) -> QString { return QLatin1Char('\'') + text + QLatin1Char('\''); };

        const QString recordId = value("record_id");
        if (recordId.isEmpty())
            fail("record_id", QStringLiteral("is required"));
        else if (recordIds.contains(recordId))
            fail("record_id",
                QStringLiteral("%1 is already used in row %2").arg(quoted(recordId)).arg(recordIds.value(recordId)));
        else
            recordIds.insert(recordId, row.rowNumber);

        const QString criteria = value("item_search_criteria");
        const QString itemValue = value("item_search_value");
        const bool byMpn = criteria == QLatin1String("item.mpn");
        if (!byMpn && criteria != QLatin1String("item.local_id")) {
            fail("item_search_criteria",
                criteria.isEmpty() ? QStringLiteral("is required")
                                   : QStringLiteral("%1 is not item.mpn or item.local_id").arg(quoted(criteria)));
        } else if (itemValue.isEmpty()) {
            fail("item_search_value", QStringLiteral("is required"));
        } else {
            const bool known = std::any_of(ctx.items.cbegin(), ctx.items.cend(),
                [&](const UsageTemplateItem &item) { return (byMpn ? item.mpn : item.localId) == itemValue; });
            // A dynamically reported item declares itself in the item_* columns.
            const bool dynamic = ctx.allowDynamicItems && byMpn && value("item_mpn") == itemValue
                && !value("item_name").isEmpty() && isKnownPrecision(value("item_precision"));
            if (!known && !dynamic)
                fail("item_search_value",
                    QStringLiteral("no item with %1 %2")
                        .arg(byMpn ? QStringLiteral("MPN") : QStringLiteral("local id"), quoted(itemValue)));
        }
        const QString precision = value("item_precision");
        if (!precision.isEmpty() && !isKnownPrecision(precision))
            fail("item_precision",
                QStringLiteral("%1 is not one of integer, decimal(1), decimal(2), decimal(4), decimal(8)")
                    .arg(quoted(precision)));

        const QString quantity = value("quantity");
        if (quantity.isEmpty())
            fail("quantity", QStringLiteral("is required"));
        else if (const auto q = number(quantity); !q)
            fail("quantity", QStringLiteral("%1 is not a number").arg(quoted(quantity)));
        else if (*q < 0)
            fail("quantity", QStringLiteral("%1 is negative").arg(quoted(quantity)));

        if (needsAmount) {
            const QString amount = value("amount");
            if (amount.isEmpty())
                fail("amount", QStringLiteral("is required for the %1 schema").arg(usageSchemaName(ctx.schema)));
            else if (!number(amount))
                fail("amount", QStringLiteral("%1 is not a number").arg(quoted(amount)));
        }
        if (ctx.schema == UsageSchema::TR) {
            const QString tier = value("tier");
            if (tier.isEmpty())
                fail("tier", QStringLiteral("is required for the TR schema"));
            else if (tier != QLatin1String("0") && tier != QLatin1String("1") && tier != QLatin1String("2"))
                fail("tier", QStringLiteral("%1 is not 1, 2 or 0 (end customer)").arg(quoted(tier)));
        }

        std::optional<QDateTime> start;
        std::optional<QDateTime> end;
        for (const char *column : { "start_time_utc", "end_time_utc" }) {
            const QString text = value(column);
            const auto parsed = parseUtc(text);
            if (text.isEmpty())
                fail(column, QStringLiteral("is required"));
            else if (!parsed)
                fail(column, QStringLiteral("%1 is not a time as YYYY-MM-DD HH:MM:SS").arg(quoted(text)));
            (qstrcmp(column, "start_time_utc") == 0 ? start : end) = parsed;
        }
        if (start && end && !(*start < *end))
            fail("end_time_utc",
                QStringLiteral("%1 is not after start_time_utc %2")
                    .arg(quoted(value("end_time_utc")), quoted(value("start_time_utc"))));

        const QString assetCriteria = value("asset_search_criteria");
        const QString assetValue = value("asset_search_value");
        static const QRegularExpression parameterCriteria(QStringLiteral("^parameter\\.[A-Za-z0-9_\\-]+$"));
        const bool byAssetId = assetCriteria == QLatin1String("asset.id");
        if (!byAssetId && !parameterCriteria.match(assetCriteria).hasMatch())
            fail("asset_search_criteria",
                assetCriteria.isEmpty()
                    ? QStringLiteral("is required")
                    : QStringLiteral("%1 is not asset.id or parameter.<name>").arg(quoted(assetCriteria)));
        else if (assetValue.isEmpty())
            fail("asset_search_value", QStringLiteral("is required"));
        else if (byAssetId && !ctx.assetIds.isEmpty() && !ctx.assetIds.contains(assetValue))
            fail("asset_search_value", QStringLiteral("no asset with id %1").arg(quoted(assetValue)));
    }
    return errors;
}

QString describe(const UsageRowError &error)
{
    if (error.column.isEmpty())
        return QStringLiteral("Row %1: %2").arg(error.rowNumber).arg(error.message);
    return QStringLiteral("Row %1, %2: %3").arg(error.rowNumber).arg(error.column, error.message);
}

} // namespace cv::sandbox::usage
