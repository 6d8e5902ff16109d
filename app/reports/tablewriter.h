#pragma once

#include <QFile>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <memory>

namespace cv::reports {

enum class ExportFormat { Csv, Xlsx };

/// Writes a report's rows to a file as they come (nothing kept in memory). Errors name the file.
class TableWriter
{
public:
    virtual ~TableWriter() = default;
    virtual bool open(const QString &path, const QString &sheetName, const QStringList &headers) = 0;
    virtual bool addRow(const QVariantList &row) = 0;
    /// Completes the file; false (with error()) if anything failed.
    virtual bool finish() = 0;
    virtual QString error() const = 0;

    static std::unique_ptr<TableWriter> create(ExportFormat format);
};

/// RFC 4180 CSV in UTF-8 with a byte-order mark (so spreadsheet programs read accents right), CRLF line ends;
/// fields with a comma, quote or line break are quoted; numbers in the C locale.
class CsvWriter final : public TableWriter
{
public:
    bool open(const QString &path, const QString &sheetName, const QStringList &headers) override;
    bool addRow(const QVariantList &row) override;
    bool finish() override;
    QString error() const override { return m_error; }

    static QByteArray field(const QVariant &value);

private:
    bool writeLine(const QVariantList &values);

    QFile m_file;
    QByteArray m_line;
    QString m_error;
};

} // namespace cv::reports
