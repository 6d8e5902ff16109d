#pragma once

#include "ui/shell/modulepage.h"

#include <QElapsedTimer>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace cv::models {
class CasesModel;
}

namespace cv::ui {

class CasePage;
class RowsFilterProxy;

/// The Help & Support module (lab guide, "Help & Support Module"): the knowledge base (documentation, tutorials
/// and the lab's topics, opened in the system browser), "What's new" (the repository's CHANGELOG.md, built into
/// the app) and support cases (REFERENCE §3.26) - list, open, read and reply, change state - all working offline.
class HelpSupportPage final : public ModulePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpSupportPage)

public:
    explicit HelpSupportPage(QWidget *parent = nullptr);

    QLineEdit *searchField() const override { return m_search; }
    bool openObject(const QString &id) override;
    /// "new-case": the cases tab and the "New case" dialog.
    bool runCommand(const QString &command, const QString &objectId) override;
    void showList() override;
    void retranslate() override;

    QTabWidget *tabs() const { return m_tabs; }
    QListWidget *knowledgeBase() const { return m_links; }
    QTextBrowser *whatsNew() const { return m_whatsNew; }
    QTableView *casesTable() const { return m_cases; }
    models::CasesModel *casesModel() const { return m_model; }
    CasePage *casePage() const { return m_casePage; }
    QPushButton *newCaseButton() const { return m_newCase; }

    /// The knowledge base: (title, what it covers, address); the addresses are Connect's public documentation.
    struct Link
    {
        QString title, description, url;
    };
    static QList<Link> links();

protected:
    void onAttached(sync::AccountServices *services) override;

private:
    void reload();
    void newCase();
    void openLink(int row);
    void fillLinks();

    QTabWidget *m_tabs;
    QListWidget *m_links;
    QLabel *m_linksHint;
    QTextBrowser *m_whatsNew;
    QWidget *m_casesTab;
    QLineEdit *m_search;
    QComboBox *m_state;
    QPushButton *m_newCase;
    QTableView *m_cases;
    models::CasesModel *m_model;
    RowsFilterProxy *m_proxy;
    CasePage *m_casePage;
    QElapsedTimer m_lastClick;
    QString m_lastOpened; ///< the case the dialog just opened, shown once it closes
};

} // namespace cv::ui
