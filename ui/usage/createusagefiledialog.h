#pragma once

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace cv::usage {
class UsageActions;
struct NewUsageFile;
} // namespace cv::usage

namespace cv::ui {

class FieldMessages;

/// "Create usage file": product, marketplace (an active distribution contract), period, name, description. The
/// draft is saved in the cache at once and created on Connect at the next sync.
class CreateUsageFileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateUsageFileDialog)

public:
    CreateUsageFileDialog(usage::UsageActions &actions, bool online, QWidget *parent = nullptr);

    QString createdId() const { return m_createdId; }
    QComboBox *productBox() const { return m_products; }
    QComboBox *marketplaceBox() const { return m_marketplaces; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    FieldMessages *messages() const { return m_messages; }
    QPushButton *templateButton() const { return m_template; }
    QLabel *templateResult() const { return m_templateResult; }
    /// Writes the usage template for what the dialog holds now to `path` and says so in the dialog.
    bool saveTemplate(const QString &path);

    void accept() override;

private:
    /// The file as the fields describe it now.
    usage::NewUsageFile draft() const;

    usage::UsageActions &m_actions;
    QComboBox *m_products;
    QComboBox *m_marketplaces;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QLabel *m_offline;
    QDialogButtonBox *m_buttons;
    FieldMessages *m_messages;
    QPushButton *m_template;
    QLabel *m_templateResult;
    QString m_createdId;
};

} // namespace cv::ui
