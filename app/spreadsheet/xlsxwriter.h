#pragma once

#include "app/core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

/// The project's one .xlsx (SpreadsheetML) writer, built on QuaZip + hand-written XML.
///
/// Why not libxlsxwriter: Debian's libxlsxwriter calls the system libminizip, and libquazip1-qt6 exports a
/// patched minizip under the same symbol names; with both loaded in one process, libxlsxwriter's zipOpen()
/// lands in QuaZip's copy and crashes (and QuaZip's own calls go through the PLT too, so no link order fixes
/// it). The sandbox needs QuaZip for its uploads, the app embeds the sandbox: so QuaZip writes both.
///
/// Cell values, for both writers: QString (text), a number type (a number cell), bool (TRUE/FALSE),
/// QDateTime (UTC, a date-formatted serial number as Excel stores dates), QDate (a date-only serial), an
/// invalid or null QVariant (no cell). Anything else is written as its toString() text.
namespace cv::spreadsheet {

/// Excel's limits (ECMA-376 / Excel specifications): rows per sheet, characters per cell and sheet name.
inline constexpr int kMaxRows = 1048576;
inline constexpr int kMaxCellChars = 32767;
inline constexpr int kMaxSheetNameChars = 31;

/// "A", "B", ..., "Z", "AA" for a zero-based column index.
QString columnName(int index);
/// "B5" for zero-based column 1 and one-based row 5.
QString cellReference(int row, int column);

/// A sheet name Excel accepts: at most 31 characters, none of []:*?/\ (replaced by '_'), not empty.
QString safeSheetName(const QString &name);

/// One worksheet for writeWorkbook. The first row is bold (a header).
struct WorkbookSheet
{
    QString name;
    QList<QVariantList> rows;
    double columnWidth = 0; ///< in characters, for every used column; 0 keeps Excel's default
};

enum class XlsxStrings { Shared, Inline }; ///< how text cells are stored (Excel itself writes shared strings)

/// Writes a small workbook held in memory. Returns an empty array if the zip cannot be written (logged under
/// cv.spreadsheet). For large exports use XlsxStreamWriter.
QByteArray writeWorkbook(const QList<WorkbookSheet> &sheets, XlsxStrings strings = XlsxStrings::Shared);

/// What a finished stream wrote.
struct XlsxWriteSummary
{
    int sheets = 0;
    qint64 rows = 0; ///< data rows, headers not counted
    qint64 truncatedCells = 0; ///< text cells cut to Excel's 32,767 characters
    qint64 bytes = 0; ///< size of the .xlsx file
};

/// Writes a workbook straight to a file, row by row: each row goes into the sheet's zip entry as it is added,
/// so memory stays the same whatever the number of rows. Sheets come one after another (beginSheet closes the
/// previous one). Text is written as inline strings. The file appears only when finish() succeeds (written
/// through QSaveFile); cancel(), an error or destroying the writer unfinished leaves whatever was at `path`.
///
///     XlsxStreamWriter xlsx(path);
///     xlsx.beginSheet("Requests", { "ID", "Created", "Quantity" });
///     for (...) xlsx.addRow({ id, createdUtc, quantity });
///     const auto done = xlsx.finish(); // Result<XlsxWriteSummary, QString>
///
/// After the first error every call is ignored and finish() returns that error.
class XlsxStreamWriter final
{
public:
    explicit XlsxStreamWriter(const QString &path);
    ~XlsxStreamWriter();
    XlsxStreamWriter(const XlsxStreamWriter &) = delete;
    XlsxStreamWriter &operator=(const XlsxStreamWriter &) = delete;

    /// Starts a sheet with a bold header row (may be empty: no header). The name is made safe (safeSheetName)
    /// and unique. Column widths are fitted to the header texts (at least `minColumnWidth` characters).
    bool beginSheet(const QString &name, const QStringList &headers, double minColumnWidth = 10);
    /// Appends a row to the current sheet. False after an error (see error()), e.g. past Excel's 1,048,576 rows.
    bool addRow(const QVariantList &cells);
    /// Closes the last sheet, writes the workbook parts and commits the file.
    cv::core::Result<XlsxWriteSummary, QString> finish();
    /// Abandons the file: nothing is written to `path`.
    void cancel();

    bool hasError() const;
    QString error() const;
    qint64 rowsInSheet() const; ///< data rows of the current sheet

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cv::spreadsheet
