#pragma once

#include <QHash>
#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QDialog;
class QCompleter;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QToolButton;
class QTreeWidget;
class QUndoStack;

namespace cv::inventory {
class ProductEditor;
}
namespace cv::store {
class ObjectRepository;
}

namespace cv::ui {

class PreviewWebView;

/// UI > Templates: the product's templates grouped by scope and type; the selected one is edited in a
/// Markdown editor with `{{ parameter }}` completion, an "Insert parameter" button, a lint line (unknown
/// ids, parameters of the wrong phase) and a safe preview with example values. Saved as you type.
class TemplatesTab final : public QWidget
{
    Q_OBJECT

public:
    /// The preview follows the text this long after the last keystroke.
    static constexpr int kPreviewDelayMs = 600;

    TemplatesTab(inventory::ProductEditor &editor, store::ObjectRepository &objects, const QString &productId,
        QUndoStack *undoStack, QWidget *parent = nullptr);

    /// The product took its server id in a sync; `renamed` maps the other local ids that changed.
    void setProductId(const QString &productId, const QHash<QString, QString> &renamed = {});
    void reload();
    /// Saves a pending edit now (also done 400 ms after the last keystroke).
    void flush();
    /// Selects the template `id`; true if it is listed.
    bool selectTemplate(const QString &id);
    QString currentTemplateId() const { return m_currentId; }
    /// Inserts `{{ name }}` at the cursor (what the Insert parameter menu does).
    void insertParameter(const QString &name);
    /// Renders the preview (what the Preview button does).
    void preview();
    /// The Preview button: the rendered message in a window of its own, as in the portal (Close to leave).
    void showPreviewWindow();
    /// Creates a template in the selected group; returns its id ("" if refused).
    QString createTemplate();
    /// Deletes the selected template (not a default one); returns the refusal, empty when deleted.
    QStringList deleteTemplate();

    QTreeWidget *list() const { return m_list; }
    QComboBox *filter() const { return m_filter; }
    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    QToolButton *insertButton() const { return m_insert; }
    QLabel *lintLabel() const { return m_lint; }
    QLabel *variablesLabel() const { return m_variables; }
    QPushButton *previewButton() const { return m_previewButton; }
    /// The preview's language: "" = the source (English), else a locale id with translations ("DE").
    QComboBox *previewLanguage() const { return m_previewLanguage; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *deleteButton() const { return m_delete; }
    PreviewWebView *previewView() const { return m_preview; }
    QCompleter *completer() const { return m_completer; }

Q_SIGNALS:
    void changed();
    /// A template was deleted (undoable); `message` says which, for the undo notice.
    void deleted(const QString &message);
    /// The preview HTML was set (its load may still be running).
    void previewRendered();

private:
    void refreshPreviewLanguages();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showTemplate(const QString &id);
    void scheduleSave();
    void updateLint();
    void updateCompletion();
    /// Replaces the placeholder being typed with the suggestion `name`.
    void acceptCompletion(const QString &name);
    void fillParameterMenu();
    void applyFilter();
    QList<QJsonObject> parameters() const;
    static bool isDefault(const QJsonObject &templ);

    inventory::ProductEditor &m_editor;
    store::ObjectRepository &m_objects;
    QString m_productId;
    QUndoStack *m_undo;
    QString m_currentId;
    QJsonObject m_current;
    bool m_loading = false;
    bool m_completing = false;
    QTimer *m_debounce;
    QTimer *m_previewDelay;
    QComboBox *m_filter;
    QTreeWidget *m_list;
    QPushButton *m_new;
    QPushButton *m_delete;
    QLabel *m_kind;
    QLineEdit *m_name;
    QPlainTextEdit *m_body;
    QToolButton *m_insert;
    QCompleter *m_completer;
    QLabel *m_lint;
    QLabel *m_error;
    QPushButton *m_previewButton;
    QComboBox *m_previewLanguage;
    QLabel *m_variables;
    PreviewWebView *m_preview;
    QDialog *m_previewWindow = nullptr;
    QString m_lastPreviewHtml;
};

} // namespace cv::ui
