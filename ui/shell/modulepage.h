#pragma once

#include "app/core/moduleid.h"
#include "app/sync/accountservices.h"

#include <QMargins>
#include <QPointer>
#include <QWidget>

class QBoxLayout;
class QLabel;
class QLineEdit;
class QStackedWidget;

namespace cv::ui {

/// The frame every module page shares: a heading with the module's icon and purpose on its list page, a stack
/// of the list and its detail pages, Ctrl+F to the module's search, the open account's services (attach on
/// open, detach on switch) and retranslation. A module derives from it and is registered once in the module
/// registry (see ModuleRegistry); a module not built yet is a PlaceholderPage.
class ModulePage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModulePage)

public:
    explicit ModulePage(core::ModuleId id, QWidget *parent = nullptr);
    ~ModulePage() override;

    core::ModuleId moduleId() const { return m_id; }

    /// Works on `services` (the open account's) from now on; null: no account. The shell calls it when an
    /// account opens; the page keeps nothing of the previous account.
    void attach(sync::AccountServices *services);
    /// Forgets the account (its services are about to be deleted).
    void detach() { attach(nullptr); }
    sync::AccountServices *services() const { return m_services; }

    /// Back to the module's list (its first page).
    virtual void showList();
    /// Opens the module's object `id` (e.g. a request) if the account's cache has it; false if not.
    virtual bool openObject(const QString &id);
    /// Runs one of the module's commands for the command palette (Ctrl+K): "approve" on request `objectId`
    /// (Fulfillment), "new-case" (Help & Support). It asks what the page's own button asks (the same dialogs);
    /// false if the page has no such command or it does not apply to the object.
    virtual bool runCommand(const QString &command, const QString &objectId = {});
    /// The field Ctrl+F goes to (null: the module has no search).
    virtual QLineEdit *searchField() const { return nullptr; }
    virtual void retranslate();

Q_SIGNALS:
    /// Asks the shell to open object `id` of module `module` (e.g. the request a preview created).
    void openObjectRequested(cv::core::ModuleId module, const QString &id);
    /// Connect has probably sent new notifications (e.g. after a preview): the shell refreshes its panel.
    void notificationsChanged();

protected:
    /// Called by attach() with the new services (null on detach). Connections made to `services` with
    /// this page as context end by themselves when the services go.
    virtual void onAttached(sync::AccountServices *services);

    /// The list page (index 0 of the stack) and its heading, to put on top of the list page's layout.
    QWidget *listPage() const { return m_listPage; }
    QBoxLayout *takeHeading();
    /// The margins of every module's first page, so that headings and content line up from module to module
    /// (the walk saw Account, Help & Support and Reports sit closer to the edge than the rest).
    static QMargins listMargins() { return { 32, 24, 32, 24 }; }
    void setHeading(const QString &title, const QString &subtitle);
    QStackedWidget *stack() const { return m_stack; }
    /// Adds a detail page to the stack (after the list page; call it once the list page is built).
    void addDetailPage(QWidget *page);
    /// Puts the list page into the stack and the stack into the page (addDetailPage() does it; a module
    /// without detail pages calls it once its list page is built).
    void finishFrame();

    /// The text of a module whose screens are not built yet.
    static QString placeholderText(core::ModuleId id);

    void changeEvent(QEvent *event) override;

private:
    core::ModuleId m_id;
    QPointer<sync::AccountServices> m_services;
    QStackedWidget *m_stack;
    QWidget *m_listPage;
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_subtitle;
    QBoxLayout *m_heading;
};

/// A module whose screens are not built yet: its heading, what it will hold, and that its data already syncs.
class PlaceholderPage final : public ModulePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceholderPage)

public:
    explicit PlaceholderPage(core::ModuleId id, QWidget *parent = nullptr);
    void retranslate() override;

private:
    QLabel *m_empty;
};

} // namespace cv::ui
