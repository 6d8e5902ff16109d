#pragma once

#include "app/usage/usagerules.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QTableView;

namespace cv::models {
class UsageRecordsModel;
}
namespace cv::sync {
class AccountServices;
}

namespace cv::ui {

/// One usage file: what Connect says of it (status, period, records, notes, processing errors), the actions its
/// status allows, and its records in a table. Refreshed in place by each sync.
class UsageFilePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageFilePage)

public:
    explicit UsageFilePage(QWidget *parent = nullptr);

    void setServices(sync::AccountServices *services);
    void showFile(const QString &id);
    QString fileId() const { return m_id; }
    /// Re-reads the file from the cache; `renamed` maps a local id to the server's after its create was pushed.
    void refresh(const QHash<QString, QString> &renamed = {});
    void retranslate();

    QLabel *statusLabel() const { return m_status; }
    QPushButton *actionButton(usage::FileAction action) const { return m_actions.value(action); }
    QPushButton *templateButton() const { return m_template; }
    QTableView *recordsTable() const { return m_recordsTable; }
    models::UsageRecordsModel *recordsModel() const { return m_records; }

Q_SIGNALS:
    void backRequested();
    void templateRequested(const QString &id);
    void actionRequested(const QString &id, cv::usage::FileAction action);

private:
    sync::AccountServices *m_services = nullptr;
    QString m_id;
    QJsonObject m_file;
    QPushButton *m_back;
    QLabel *m_title;
    QLabel *m_status;
    QLabel *m_details;
    QLabel *m_notes;
    QLabel *m_recordsTitle;
    QPushButton *m_template;
    QHash<usage::FileAction, QPushButton *> m_actions;
    QTableView *m_recordsTable;
    models::UsageRecordsModel *m_records;
};

} // namespace cv::ui
