// The .xlsx side of TableWriter: the project's one .xlsx writer (app/spreadsheet, XlsxStreamWriter), rows
// streamed into the zip entry as they come.
#include "app/reports/tablewriter.h"

#include "app/spreadsheet/xlsxwriter.h"

namespace cv::reports {

namespace {

class XlsxTableWriter final : public TableWriter
{
public:
    bool open(const QString &path, const QString &sheetName, const QStringList &headers) override
    {
        m_writer = std::make_unique<spreadsheet::XlsxStreamWriter>(path);
        m_path = path;
        if (!m_writer->beginSheet(sheetName, headers, 12))
            return fail();
        return true;
    }
    bool addRow(const QVariantList &row) override { return m_writer->addRow(row) || fail(); }
    bool finish() override
    {
        const auto done = m_writer->finish();
        if (!done) {
            m_error = done.error();
            return false;
        }
        m_done = true;
        return true;
    }
    QString error() const override { return m_error; }
    ~XlsxTableWriter() override
    {
        if (m_writer && !m_done)
            m_writer->cancel(); // unfinished (cancelled): nothing is written
    }

private:
    bool fail()
    {
        m_error = m_writer->error();
        if (!m_error.startsWith(m_path))
            m_error = QStringLiteral("%1: %2").arg(m_path, m_error);
        return false;
    }

    std::unique_ptr<spreadsheet::XlsxStreamWriter> m_writer;
    QString m_path;
    QString m_error;
    bool m_done = false;
};

} // namespace

std::unique_ptr<TableWriter> makeXlsxTableWriter()
{
    return std::make_unique<XlsxTableWriter>();
}

} // namespace cv::reports
