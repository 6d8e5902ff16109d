#include "ui/shell/theme.h"

#include <QApplication>
#include <QFile>

namespace cv::ui {

void applyTheme(QApplication &app)
{
    QFile file(QStringLiteral(":/style/app.qss"));
    if (file.open(QIODevice::ReadOnly))
        app.setStyleSheet(QString::fromUtf8(file.readAll()));
}

} // namespace cv::ui
