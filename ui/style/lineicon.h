#pragma once

#include <QIcon>
#include <QString>

namespace cv::ui {

/// A one-colour line icon of the resources (add.svg, settings.svg, sign-out.svg: strokes in the light theme's
/// ink) drawn in the palette's button text colour when it is painted, so it stays visible in the dark theme
/// and follows a theme change without being set again.
QIcon lineIcon(const QString &resource);

} // namespace cv::ui
