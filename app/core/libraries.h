#pragma once

#include "app/accounts/account.h"

#include <QList>
#include <QString>

namespace cv::core {

/// A library the app is built on, as the About dialog and the diagnostic report name it.
struct Library
{
    QString name;
    QString version; ///< as the library reports itself at run time; empty when it cannot say
    QString licence; ///< SPDX identifier
    QString use; ///< what the app uses it for (English; shown as is in the About dialog's table)
};

/// The libraries of the app layer (Qt, SQLite, QtKeychain, cmark-gfm, GNU libgettextpo, QuaZip), with the
/// versions loaded at run time where the library can tell. The UI adds its own (Qt WebEngine, Qt PDF).
QList<Library> appLibraries();

/// A plain-text report for bug reports: versions, system, paths, accounts (ids and endpoints only). Never a key
/// or secret: nothing here reads the keychain, and `extraLines` come from the UI (screen, platform).
QString diagnosticReport(const QList<Library> &libraries, const QStringList &extraLines,
    const accounts::AccountList &accounts, const QString &currentKey);

} // namespace cv::core
