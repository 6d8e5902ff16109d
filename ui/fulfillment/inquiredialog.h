#pragma once

#include <QDialog>
#include <QHash>
#include <QJsonObject>
#include <QList>

class QComboBox;
class QTableWidget;

namespace cv::ui {

/// Inquire: choose the inquire template and write, next to the parameters the customer must fix, a
/// message for the customer (value_error).
class InquireDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InquireDialog)

public:
    InquireDialog(const QList<QJsonObject> &templates, const QList<QJsonObject> &parameters, QWidget *parent = nullptr);

    QString templateId() const;
    /// Parameter id -> message, for the parameters given a message.
    QHash<QString, QString> messages() const;

private:
    QComboBox *m_template;
    QTableWidget *m_params;
};

} // namespace cv::ui
