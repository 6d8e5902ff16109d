#include "sandbox/api/simplepdf.h"

#include <QList>

namespace cv::sandbox {

namespace {

/// A PDF string literal: Latin-1 with (, ) and \ escaped.
QByteArray pdfString(const QString &text)
{
    QByteArray out = "(";
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const char latin = u < 0x100 ? char(u) : '?';
        if (latin == '(' || latin == ')' || latin == '\\')
            out += '\\';
        out += latin;
    }
    return out + ')';
}

} // namespace

QByteArray simplePdf(const QString &title, const QStringList &lines, int linesPerPage)
{
    linesPerPage = std::max(1, linesPerPage);
    QList<QStringList> pages;
    for (qsizetype i = 0; i < std::max<qsizetype>(1, lines.size()); i += linesPerPage)
        pages << lines.mid(i, linesPerPage);

    // Objects: 1 catalog, 2 pages, 3 Helvetica, 4 Helvetica-Bold, 5 info, then per page: page, content.
    QList<QByteArray> objects;
    objects << "<< /Type /Catalog /Pages 2 0 R >>";
    QByteArray kids;
    for (qsizetype p = 0; p < pages.size(); ++p)
        kids += QByteArray::number(6 + 2 * p) + " 0 R ";
    objects << "<< /Type /Pages /Kids [" + kids.trimmed() + "] /Count " + QByteArray::number(pages.size()) + " >>";
    objects << "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";
    objects << "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>";
    objects << "<< /Title " + pdfString(title) + " /Producer (connect-sandbox) >>";
    for (qsizetype p = 0; p < pages.size(); ++p) {
        QByteArray content = "BT\n";
        int y = 790;
        if (p == 0) {
            content += "/F2 18 Tf 56 " + QByteArray::number(y) + " Td " + pdfString(title) + " Tj\n";
            content += "/F1 11 Tf 0 -30 Td\n";
            y -= 30;
        } else {
            content += "/F1 11 Tf 56 " + QByteArray::number(y) + " Td\n";
        }
        for (const QString &line : pages.at(p))
            content += pdfString(line) + " Tj 0 -16 Td\n";
        content += "ET\n";
        objects << "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R "
                   ">> >> /Contents "
                + QByteArray::number(7 + 2 * p) + " 0 R >>";
        objects << "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "endstream";
    }

    QByteArray pdf = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R /Info 5 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace cv::sandbox
