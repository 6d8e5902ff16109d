#pragma once
// Helpers for widget tests: screenshots of what the test saw, and clicks inside popup menus.

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QWidget>

#include <functional>

namespace cv::test {

/// The convention of every UI test: when CV_SCREENSHOT_DIR is set, save a PNG of each screen the test
/// checks, named `<test>-<step>.png`, so anyone can look at what the test saw.
inline void screenshot(QWidget *widget, const QString &step)
{
    const QString dir = qEnvironmentVariable("CV_SCREENSHOT_DIR");
    if (dir.isEmpty() || !widget)
        return;
    QDir().mkpath(dir);
    const QString test = QFileInfo(QCoreApplication::applicationFilePath()).baseName();
    QCoreApplication::processEvents();
    widget->grab().save(QDir(dir).filePath(test + QLatin1Char('-') + step + QStringLiteral(".png")));
}

/// Clicks a tool button whose menu opens modally (InstantPopup), then runs `inMenu` with the open menu.
/// `inMenu` must close the menu, e.g. by clicking one of its actions.
inline bool withPopupMenu(QToolButton *button, const std::function<void(QMenu *)> &inMenu)
{
    bool seen = false;
    QTimer::singleShot(0, button, [&] {
        // The menu is shown from within the button's event handler; poll until it is up.
        (void)QTest::qWaitFor([] { return qobject_cast<QMenu *>(QApplication::activePopupWidget()) != nullptr; }, 3000);
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        seen = true;
        inMenu(menu);
        if (menu->isVisible())
            menu->close();
    });
    QTest::mouseClick(button, Qt::LeftButton);
    return seen;
}

/// Clicks the action named `objectName` inside an open menu, as a user would.
inline bool clickMenuAction(QMenu *menu, const QString &objectName)
{
    for (QAction *action : menu->actions()) {
        if (action->objectName() == objectName) {
            const QRect rect = menu->actionGeometry(action);
            if (rect.isEmpty())
                return false;
            QTest::mouseClick(menu, Qt::LeftButton, {}, rect.center());
            return true;
        }
    }
    return false;
}

} // namespace cv::test
