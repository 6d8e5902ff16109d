#include "ui/shell/filedialogs.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace cv::ui {

namespace {

QString settingsKey(const QString &kind)
{
    return QStringLiteral("folders/") + kind;
}

} // namespace

QString FileDialogs::folder(const QString &kind)
{
    const QString remembered = QSettings().value(settingsKey(kind)).toString();
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir())
        return remembered;
    // An open dialog given a folder that does not exist takes its name for a file name ("Documents").
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return !documents.isEmpty() && QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

void FileDialogs::remember(const QString &kind, const QString &path)
{
    if (!path.isEmpty())
        QSettings().setValue(settingsKey(kind), QFileInfo(path).absolutePath());
}

QString FileDialogs::saveFileName(
    QWidget *parent, const QString &kind, const QString &title, const QString &fileName, const QString &filter)
{
    const QString path = QFileDialog::getSaveFileName(parent, title, QDir(folder(kind)).filePath(fileName), filter);
    remember(kind, path);
    return path;
}

QString FileDialogs::openFileName(QWidget *parent, const QString &kind, const QString &title, const QString &filter)
{
    const QString path = QFileDialog::getOpenFileName(parent, title, folder(kind), filter);
    remember(kind, path);
    return path;
}

QStringList FileDialogs::openFileNames(
    QWidget *parent, const QString &kind, const QString &title, const QString &filter)
{
    const QStringList paths = QFileDialog::getOpenFileNames(parent, title, folder(kind), filter);
    if (!paths.isEmpty())
        remember(kind, paths.first());
    return paths;
}

} // namespace cv::ui
