#pragma once

#include <QString>
#include <QStringList>

namespace cv::sandbox {

/// The usage file statuses the sandbox runs `action` ("upload", "submit", "accept", ...) from (usageapi.cpp;
/// compared with the client's usage rules by rules_agreement); empty for an action it does not have.
QStringList usageFileActionFrom(const QString &action);

} // namespace cv::sandbox
