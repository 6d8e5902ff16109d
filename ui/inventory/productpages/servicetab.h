#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimer;
class QUndoStack;

namespace cv::inventory {
class ProductEditor;
}
namespace cv::store {
class ObjectRepository;
}

namespace cv::ui {

class LinkListEditor;

/// UI > Service (customer_ui_settings): the short description, getting started text, download links and
/// documentation links. Saved as you type (debounced) through ProductEditor::updateProduct; undoable.
class ServiceTab final : public QWidget
{
    Q_OBJECT

public:
    ServiceTab(inventory::ProductEditor &editor, store::ObjectRepository &objects, const QString &productId,
        QUndoStack *undoStack, QWidget *parent = nullptr);

    void setProductId(const QString &productId);
    void reload();
    /// Saves a pending edit now (also done 400 ms after the last keystroke).
    void flush();

    QLineEdit *descriptionEdit() const { return m_description; }
    QPlainTextEdit *gettingStartedEdit() const { return m_gettingStarted; }
    LinkListEditor *downloadLinks() const { return m_downloads; }
    LinkListEditor *documents() const { return m_documents; }

Q_SIGNALS:
    void changed();

private:
    void scheduleSave();
    void updateCounter();

    inventory::ProductEditor &m_editor;
    store::ObjectRepository &m_objects;
    QString m_productId;
    QUndoStack *m_undo;
    bool m_loading = false;
    QTimer *m_debounce;
    QLineEdit *m_description;
    QLabel *m_counter;
    QPlainTextEdit *m_gettingStarted;
    LinkListEditor *m_downloads;
    LinkListEditor *m_documents;
    QLabel *m_error;
};

} // namespace cv::ui
