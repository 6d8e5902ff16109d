#pragma once

#include "app/core/result.h"
#include "app/usage/usagerules.h"
#include "ui/shell/modulepage.h"

#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace cv::models {
class UsageFilesModel;
}

namespace cv::ui {

class CreateUsageFileDialog;
class UploadCheckDialog;
class UsageFilePage;

/// The Usage module (lab guide, "Usage Module"; REFERENCE §3.21): the usage files from the cache (product,
/// marketplace, period, schema, status), searchable, filterable and sortable, refreshed in place by each sync;
/// "Create usage file" (saved offline, created on sync); "Download template" (the Connect usage .xlsx written from
/// the cache); "Upload" (the filled .xlsx is checked row by row first: nothing is sent while a problem remains, and
/// each problem shows its cell); submit, accept, reject and close as the status allows; the records of a file.
class UsagePage final : public ModulePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsagePage)

public:
    explicit UsagePage(QWidget *parent = nullptr);

    QLineEdit *searchField() const override { return m_search; }
    bool openObject(const QString &id) override;
    void retranslate() override;

    QTableView *filesTable() const { return m_table; }
    QComboBox *statusFilter() const { return m_status; }
    QPushButton *createButton() const { return m_create; }
    QPushButton *templateButton() const { return m_template; }
    QPushButton *uploadButton() const { return m_upload; }
    models::UsageFilesModel *filesModel() const { return m_files; }
    UsageFilePage *filePage() const { return m_filePage; }
    /// The dialog of the last upload that found problems (null if none or closed).
    UploadCheckDialog *lastCheckDialog() const;

    /// Opens "Create usage file" (window-modal, returns at once); on OK the new draft is opened.
    CreateUsageFileDialog *createFile();
    /// Writes the Connect usage template of the file to `path`.
    core::Result<bool, QString> downloadTemplate(const QString &fileId, const QString &path);
    /// Reads the filled file at `path`, checks every row, and queues the upload only if nothing is wrong;
    /// otherwise opens the problems (lastCheckDialog()) and returns false. An error means the file was not read.
    core::Result<bool, QString> uploadFile(const QString &fileId, const QString &path);
    /// Queues submit, accept, reject (a note is required) or close and sends it when online.
    core::Result<bool, QString> runAction(const QString &fileId, usage::FileAction action, const QString &note = {});
    void openFile(const QString &id);

protected:
    void onAttached(sync::AccountServices *services) override;

private:
    void reload(const QHash<QString, QString> &renamed = {});
    QString selectedId() const;
    void updateButtons();
    void askTemplate(const QString &fileId);
    void askUpload(const QString &fileId);
    void askAction(const QString &fileId, usage::FileAction action);

    QLineEdit *m_search;
    QComboBox *m_status;
    QPushButton *m_create;
    QPushButton *m_template;
    QPushButton *m_upload;
    QLabel *m_hint;
    QTableView *m_table;
    models::UsageFilesModel *m_files;
    UsageFilePage *m_filePage;
    QPointer<UploadCheckDialog> m_checkDialog;
};

} // namespace cv::ui
