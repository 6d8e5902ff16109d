#pragma once

#include <QDialog>
#include <QHash>
#include <QJsonObject>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace cv::api {
class ApiClient;
}

namespace cv::ui {

/// "Generate token": name, description and module permissions, then Connect's answer: the secret, shown
/// this once with a copy button and the Authorization header to use. The secret lives only in this
/// dialog's widgets and is cleared when it closes; the token goes to the cache without it (generated()).
/// Online only: Connect makes the secret and shows it in its answer to the create, nowhere else.
class TokenDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenDialog)

public:
    explicit TokenDialog(api::ApiClient *client, QWidget *parent = nullptr);
    ~TokenDialog() override;

    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QCheckBox *permissionBox(const QString &id) const { return m_permissions.value(id); }
    QPushButton *generateButton() const { return m_generate; }
    QLineEdit *secretField() const { return m_secret; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *doneButton() const { return m_done; }
    QLabel *problemLabel(const QString &field) const { return m_problems.value(field); }

Q_SIGNALS:
    /// Connect created the token (the JSON carries the secret: store it only through a path that strips it).
    void generated(const QJsonObject &token);

protected:
    void done(int result) override;

private:
    void generate();
    QLabel *addProblemLabel(const QString &field);
    void clearProblems();

    api::ApiClient *m_client;
    QStackedWidget *m_pages;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QHash<QString, QCheckBox *> m_permissions;
    QPushButton *m_generate;
    QLabel *m_tokenTitle;
    QLineEdit *m_secret;
    QLineEdit *m_header;
    QPushButton *m_copy;
    QPushButton *m_copyHeader;
    QPushButton *m_done;
    QHash<QString, QLabel *> m_problems;
};

} // namespace cv::ui
