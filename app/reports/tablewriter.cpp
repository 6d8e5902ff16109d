#include "app/reports/tablewriter.h"

#include <algorithm>

namespace cv::reports {

std::unique_ptr<TableWriter> makeXlsxTableWriter(); // xlsxtablewriter.cpp

std::unique_ptr<TableWriter> TableWriter::create(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv: return std::make_unique<CsvWriter>();
    case ExportFormat::Xlsx: return makeXlsxTableWriter();
    }
    return nullptr;
}

QByteArray CsvWriter::field(const QVariant &value)
{
    if (value.typeId() == QMetaType::Double) {
        const double number = value.toDouble();
        return QByteArray::number(number, 'g', 15);
    }
    if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
        return QByteArray::number(value.toLongLong());
    QByteArray text = value.toString().toUtf8();
    const bool quoted = std::any_of(
        text.cbegin(), text.cend(), [](char c) { return c == ',' || c == '"' || c == '\n' || c == '\r'; });
    if (quoted) {
        text.replace('"', "\"\"");
        return '"' + text + '"';
    }
    return text;
}

bool CsvWriter::open(const QString &path, const QString &, const QStringList &headers)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_error = QStringLiteral("%1: %2").arg(path, m_file.errorString());
        return false;
    }
    m_file.write("\xEF\xBB\xBF");
    QVariantList values;
    for (const QString &header : headers)
        values << header;
    return writeLine(values);
}

bool CsvWriter::writeLine(const QVariantList &values)
{
    m_line.clear();
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i)
            m_line += ',';
        m_line += field(values.at(i));
    }
    m_line += "\r\n";
    if (m_file.write(m_line) != m_line.size()) {
        m_error = QStringLiteral("%1: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    return true;
}

bool CsvWriter::addRow(const QVariantList &row)
{
    return writeLine(row);
}

bool CsvWriter::finish()
{
    if (!m_file.flush()) {
        m_error = QStringLiteral("%1: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    m_file.close();
    return m_error.isEmpty();
}

} // namespace cv::reports
