#pragma once

#include "app/accounts/account.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace cv::ui {

/// Help > About: version, the libraries the app is built on with their versions and licences, and "Copy
/// diagnostic info" for a bug report (versions, system, screen, accounts by id; never a key).
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    /// `accounts` and `currentKey` are for the diagnostic report (ids and endpoints only).
    AboutDialog(accounts::AccountList accounts, QString currentKey, QWidget *parent = nullptr);

    /// The text "Copy diagnostic info" puts on the clipboard.
    QString diagnosticText() const;

private:
    void copyDiagnostics();

    QTableWidget *m_libraries;
    QLabel *m_copied;
    accounts::AccountList m_accounts;
    QString m_currentKey;
};

} // namespace cv::ui
