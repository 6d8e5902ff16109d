#pragma once

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;

namespace cv::ui {

/// Asks for the reason of a rejection (required: the customer reads it).
class ReasonDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReasonDialog)

public:
    explicit ReasonDialog(int count, QWidget *parent = nullptr);
    QString reason() const;

private:
    QPlainTextEdit *m_reason;
    QDialogButtonBox *m_buttons;
};

} // namespace cv::ui
