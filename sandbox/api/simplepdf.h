#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace cv::sandbox {

/// A small, valid PDF 1.4 document: one A4 page per `linesPerPage` lines of text in Helvetica (a standard
/// font every reader has), `title` in bold on the first page, and the title in the document information.
/// Text outside Latin-1 is replaced by '?'. The sandbox has no Qt Gui (no QPdfWriter), and the agreements'
/// demo documents must be real PDFs a viewer renders and searches.
QByteArray simplePdf(const QString &title, const QStringList &lines, int linesPerPage = 40);

} // namespace cv::sandbox
