#pragma once

class QApplication;

namespace cv::ui {

/// Applies the app's style sheet (resources/style/app.qss) on top of the platform style.
void applyTheme(QApplication &app);

} // namespace cv::ui
