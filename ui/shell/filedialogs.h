#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace cv::ui {

/// Open and save dialogs that start where the user last opened or saved a file of the same kind ("reports",
/// "usage", "translations", …), else in their Documents folder. Qt's static dialogs start in the process's
/// working directory when given a bare file name, which for an app started from a menu is a folder the user never
/// chose (often / or the install folder). The folder of each kind is remembered in QSettings ("folders/<kind>").
class FileDialogs final
{
public:
    /// A save dialog suggesting `fileName` (a bare name) in the kind's folder; an empty result = cancelled.
    static QString saveFileName(
        QWidget *parent, const QString &kind, const QString &title, const QString &fileName, const QString &filter);
    static QString openFileName(QWidget *parent, const QString &kind, const QString &title, const QString &filter = {});
    static QStringList openFileNames(
        QWidget *parent, const QString &kind, const QString &title, const QString &filter = {});

    /// Where a dialog of `kind` starts: the folder remembered for it if it still exists, else Documents.
    static QString folder(const QString &kind);
    /// Remembers the folder of `path` (a file) for `kind`.
    static void remember(const QString &kind, const QString &path);
};

} // namespace cv::ui
