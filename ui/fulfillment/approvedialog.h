#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QTextBrowser;

namespace cv::ui {

/// Approve a request: choose the activation template and read it rendered with the request's values
/// before confirming. The preview is a read-only QTextBrowser (Markdown without raw HTML, no links followed).
class ApproveDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApproveDialog)

public:
    /// `request` may be empty for a bulk approval (the template is shown unrendered).
    ApproveDialog(
        const QList<QJsonObject> &templates, const QJsonObject &request, int count, QWidget *parent = nullptr);

    QString templateId() const;
    QString renderedText() const;

private:
    void render();

    QList<QJsonObject> m_templates;
    QJsonObject m_request;
    QComboBox *m_template;
    QTextBrowser *m_preview;
    QLabel *m_note;
    QDialogButtonBox *m_buttons;
};

} // namespace cv::ui
