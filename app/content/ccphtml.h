#pragma once

#include <QJsonObject>
#include <QString>

namespace cv::content {

/// The customer control panel (CCP) as a complete, self-contained HTML document, from the sandbox's
/// GET /assets/{id}/ccp answer: product name, description, getting started and the activation message
/// (Markdown through cmark-gfm, raw HTML off), download and documentation links, action buttons and the
/// asset's items and parameters. Every value is HTML-escaped; only http/https URLs become links (others are
/// shown as plain text); a content security policy forbids scripts and any remote resource.
QString ccpHtml(const QJsonObject &ccp);

} // namespace cv::content
