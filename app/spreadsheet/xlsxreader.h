#pragma once

#include "app/core/result.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

/// The project's .xlsx reader (QuaZip + QXmlStreamReader), the counterpart of xlsxwriter.h.
namespace cv::spreadsheet {

/// One non-empty cell, with where it is, so that an error can say "sheet 'records', row 5, column C".
struct XlsxCell
{
    QString sheet;
    int row = 0; ///< 1-based, as Excel shows it
    int column = 0; ///< 0-based (column A is 0)
    QString text;

    QString reference() const; ///< "C5"
};

/// A sheet's cells as text: shared strings, inline strings and numbers as Excel shows them in General
/// format ("0.1", not "0.10000000000000001"), booleans as TRUE/FALSE, date-formatted numbers as
/// `YYYY-MM-DD HH:MM:SS` (UTC, no zone). Text is trimmed; empty cells are left out.
struct XlsxSheet
{
    QString name;
    QMap<int, QMap<int, QString>> rows; ///< row (1-based) -> column (0-based) -> text

    QString text(int row, int column) const { return rows.value(row).value(column); }
    int columnCount() const; ///< one past the right-most used column
    QList<XlsxCell> cells() const; ///< in reading order
};

struct XlsxWorkbook
{
    QStringList sheetNames; ///< in workbook order
    QList<XlsxSheet> sheets; ///< the sheets read (all of them, or those asked for)

    const XlsxSheet *sheet(const QString &name) const; ///< case-insensitive; null if absent or not read
};

/// Reads the sheets of an .xlsx held in memory; `onlySheets` (case-insensitive names) limits what is parsed.
/// Errors say whether the data is not a zip, not an xlsx workbook, or where the XML is malformed.
cv::core::Result<XlsxWorkbook, QString> readWorkbook(const QByteArray &xlsx, const QStringList &onlySheets = {});
/// The same from a file; the error starts with the file's path.
cv::core::Result<XlsxWorkbook, QString> readWorkbookFile(const QString &path, const QStringList &onlySheets = {});

} // namespace cv::spreadsheet
