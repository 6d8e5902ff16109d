#pragma once

#include <QHash>
#include <QWidget>

class QTabWidget;
class QUndoStack;

namespace cv::inventory {
class ProductEditor;
}
namespace cv::store {
class ObjectRepository;
}

namespace cv::ui {

class ActionsTab;
class LocalizationTab;
class ServiceTab;
class TemplatesTab;

/// The product's "UI" step (lab: "UI Service", "UI Templates", "UI Actions", "UI Localization") as four tabs.
class UiPage final : public QWidget
{
    Q_OBJECT

public:
    UiPage(inventory::ProductEditor &editor, store::ObjectRepository &objects, const QString &productId,
        QUndoStack *undoStack, QWidget *parent = nullptr);

    /// A sync gave the product (and maybe its templates) server ids: the tabs follow in place.
    void setProductId(const QString &productId, const QHash<QString, QString> &renamed = {});
    void reload();
    /// Saves pending (debounced) edits now, e.g. before leaving the page.
    void flush();

    QTabWidget *tabs() const { return m_tabs; }
    ServiceTab *service() const { return m_service; }
    TemplatesTab *templates() const { return m_templates; }
    ActionsTab *actions() const { return m_actions; }
    LocalizationTab *localization() const { return m_localization; }

Q_SIGNALS:
    void changed();
    /// An action or a template was deleted (undoable); `message` says which.
    void deleted(const QString &message);

private:
    QTabWidget *m_tabs;
    ServiceTab *m_service;
    TemplatesTab *m_templates;
    ActionsTab *m_actions;
    LocalizationTab *m_localization;
};

} // namespace cv::ui
