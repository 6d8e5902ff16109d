#include "app/spreadsheet/xlsxreader.h"

#include "app/spreadsheet/xlsxwriter.h"

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <cmath>

namespace cv::spreadsheet {

namespace {

const QString kRelNs = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
const QString kTimeFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss");
constexpr qint64 kMaxPartSize = 256 * 1024 * 1024; // a worksheet part beyond this is refused, not read
constexpr qint64 kMaxFileSize = 512 * 1024 * 1024;

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

/// Per cellXfs index: does the number format show a date/time?
QList<bool> parseDateStyles(const QByteArray &data)
{
    QHash<int, bool> customFormats;
    QList<bool> dateStyle;
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
                dateStyle.append(builtinDate || customFormats.value(id, false));
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = false;
        }
    }
    return dateStyle; // styles only refine number display; a broken styles part is not worth failing for
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

/// Zero-based column index of a cell reference such as "AB12", or -1.
int columnIndex(QStringView reference)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size() && i < 3 && reference.at(i).isLetter(); ++i)
        column = column * 26 + (reference.at(i).toUpper().unicode() - 'A' + 1);
    return i == 0 ? -1 : column - 1;
}

struct SheetContext
{
    const QStringList &sharedStrings;
    const QList<bool> &dateStyles;
    bool date1904 = false;
};

cv::core::Result<XlsxSheet, QString> parseSheet(
    const QString &name, const QString &path, const QByteArray &data, const SheetContext &context)
{
    XlsxSheet sheet;
    sheet.name = name;
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
        column = referenced >= 0 ? referenced : column + 1;
        const QString type = attributes.value(QLatin1String("t")).toString();
        const int style = attributes.value(QLatin1String("s")).toInt();
        const QString cell = reference.isEmpty() ? cellReference(rowNumber, column) : reference;

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
            if (!ok || index < 0 || index >= context.sharedStrings.size())
                return QStringLiteral("xlsx: sheet '%1' cell %2: shared string index '%3' out of range")
                    .arg(name, cell, raw);
            text = context.sharedStrings.at(index);
        } else if (type == QLatin1String("inlineStr")) {
            text = inlineText;
        } else if (type == QLatin1String("b")) {
            text = raw == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        } else if (type == QLatin1String("str") || type == QLatin1String("e") || type == QLatin1String("d")) {
            text = raw;
        } else if (!raw.isEmpty()) {
            bool ok = false;
            const double value = raw.toDouble(&ok);
            text = ok && context.dateStyles.value(style, false) ? serialToTime(value, context.date1904)
                                                                : numberText(raw);
        }
        text = text.trimmed();
        if (!text.isEmpty() && column >= 0 && rowNumber > 0)
            sheet.rows[rowNumber].insert(column, text);
    }
    if (xml.hasError())
        return xmlError(path, xml);
    return sheet;
}

QString resolveTarget(const QString &target)
{
    // Relationship targets are relative to xl/ unless absolute within the package.
    return target.startsWith(QLatin1Char('/')) ? target.mid(1) : QDir::cleanPath(QStringLiteral("xl/") + target);
}

} // namespace

QString XlsxCell::reference() const
{
    return cellReference(row, column);
}

int XlsxSheet::columnCount() const
{
    int count = 0;
    for (const auto &row : rows) {
        if (!row.isEmpty())
            count = std::max(count, row.lastKey() + 1);
    }
    return count;
}

QList<XlsxCell> XlsxSheet::cells() const
{
    QList<XlsxCell> result;
    for (auto r = rows.cbegin(); r != rows.cend(); ++r) {
        for (auto c = r.value().cbegin(); c != r.value().cend(); ++c)
            result.append({ name, r.key(), c.key(), c.value() });
    }
    return result;
}

const XlsxSheet *XlsxWorkbook::sheet(const QString &name) const
{
    for (const XlsxSheet &s : sheets) {
        if (s.name.compare(name, Qt::CaseInsensitive) == 0)
            return &s;
    }
    return nullptr;
}

cv::core::Result<XlsxWorkbook, QString> readWorkbook(const QByteArray &xlsx, const QStringList &onlySheets)
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

    XlsxWorkbook workbook;
    QStringList relationshipIds;
    bool date1904 = false;
    {
        QXmlStreamReader xml(workbookXml.value());
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("sheet")) {
                workbook.sheetNames.append(xml.attributes().value(QLatin1String("name")).toString());
                relationshipIds.append(xml.attributes().value(kRelNs, QLatin1String("id")).toString());
            } else if (xml.name() == QLatin1String("workbookPr")) {
                const auto flag = xml.attributes().value(QLatin1String("date1904"));
                date1904 = flag == QLatin1String("1") || flag == QLatin1String("true");
            }
        }
        if (xml.hasError())
            return xmlError(workbookPath, xml);
    }

    const QString relsPath = QStringLiteral("xl/_rels/workbook.xml.rels");
    const auto relsXml = readPart(zip, relsPath);
    if (!relsXml)
        return QStringLiteral("not an xlsx workbook: %1").arg(relsXml.error());
    QHash<QString, QString> targets; // relationship id -> part path
    {
        QXmlStreamReader xml(relsXml.value());
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("Relationship"))
                targets.insert(xml.attributes().value(QLatin1String("Id")).toString(),
                    resolveTarget(xml.attributes().value(QLatin1String("Target")).toString()));
        }
        if (xml.hasError())
            return xmlError(relsPath, xml);
    }

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

    QList<bool> dateStyles;
    const QString stylesPath = QStringLiteral("xl/styles.xml");
    if (zip.setCurrentFile(stylesPath)) {
        if (const auto data = readPart(zip, stylesPath))
            dateStyles = parseDateStyles(data.value());
    }

    const SheetContext context { sharedStrings, dateStyles, date1904 };
    for (int i = 0; i < workbook.sheetNames.size(); ++i) {
        const QString &name = workbook.sheetNames.at(i);
        if (!onlySheets.isEmpty() && !onlySheets.contains(name, Qt::CaseInsensitive))
            continue;
        const QString path = targets.value(relationshipIds.at(i));
        if (path.isEmpty())
            return QStringLiteral("xlsx: sheet '%1' (relationship '%2') has no target in %3")
                .arg(name, relationshipIds.at(i), relsPath);
        const auto sheetXml = readPart(zip, path);
        if (!sheetXml)
            return sheetXml.error();
        auto sheet = parseSheet(name, path, sheetXml.value(), context);
        if (!sheet)
            return sheet.error();
        workbook.sheets.append(std::move(sheet).value());
    }
    return workbook;
}

cv::core::Result<XlsxWorkbook, QString> readWorkbookFile(const QString &path, const QStringList &onlySheets)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("%1: %2").arg(path, file.errorString());
    if (file.size() > kMaxFileSize)
        return QStringLiteral("%1: too large for a spreadsheet (%2 bytes)").arg(path).arg(file.size());
    auto workbook = readWorkbook(file.readAll(), onlySheets);
    if (!workbook)
        return QStringLiteral("%1: %2").arg(path, workbook.error());
    return workbook;
}

} // namespace cv::spreadsheet
