#pragma once

#include "app/inventory/producttexts.h"

#include <QDialog>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QComboBox;
class QTableWidget;
class QTimer;

namespace cv::inventory {
class LocalizationEditor;
}

namespace cv::ui {

/// What an uploaded .po/.ts file will change, field by field; outdated translations (their source changed
/// since) are listed apart and applied only when "Apply the outdated ones too" is checked.
class TranslationImportDialog final : public QDialog
{
    Q_OBJECT

public:
    /// `labels`: the words for each field (key -> label), see LocalizationTab::fieldLabel().
    TranslationImportDialog(const inventory::TranslationImport &plan, const QString &languageName,
        const QHash<QString, QString> &labels, QWidget *parent);

    bool includeOutdated() const;
    QTableWidget *changesTable() const { return m_table; }
    QCheckBox *outdatedBox() const { return m_outdated; }
    QPushButton *applyButton() const { return m_apply; }

private:
    QTableWidget *m_table;
    QCheckBox *m_outdated;
    QPushButton *m_apply;
};

/// UI > Localization (issue 16): the product's languages with their completion, .po and .ts download and
/// upload, and a grid (field | source | translation) of one language with search, "untranslated first" and
/// the placeholder check as you type. Every change is saved in the cache at once and synced through the
/// outbox (inventory::LocalizationEditor); a sync never replaces what is being typed.
class LocalizationTab final : public QWidget
{
    Q_OBJECT

public:
    LocalizationTab(inventory::LocalizationEditor &editor, const QString &productId, QWidget *parent = nullptr);

    void setProductId(const QString &productId);
    /// Re-reads texts and translations (after a sync); the text being typed stays.
    void reload();
    /// Saves the translation being typed now (also done 400 ms after the last keystroke).
    void flush();

    /// What a text is, in the interface's language: "Parameter hint (Plan)".
    static QString fieldLabel(const inventory::ProductText &text);

    /// The language shown in the grid ("DE").
    QString language() const;
    void setLanguage(const QString &locale);

    /// Writes the grid's language as .po or .ts (by the file's extension); returns an error or "".
    QString exportTo(const QString &path);
    /// Reads a .po or .ts, shows what it changes and applies it if the user agrees. Errors are shown in a
    /// message box naming the file and line; nothing is applied then. Returns the errors (empty = fine).
    QStringList importFrom(const QString &path);

    QTableWidget *languagesTable() const { return m_languages; }
    QComboBox *addLanguageBox() const { return m_addLanguage; }
    QTableWidget *grid() const { return m_grid; }
    QLineEdit *searchField() const { return m_search; }
    QCheckBox *untranslatedFirstBox() const { return m_untranslatedFirst; }
    QPlainTextEdit *translationEdit() const { return m_translation; }
    QPlainTextEdit *sourceView() const { return m_source; }
    QLabel *checkLabel() const { return m_check; }
    QPushButton *downloadPoButton() const { return m_downloadPo; }
    QPushButton *uploadPoButton() const { return m_uploadPo; }
    /// What the last download or upload did, or why it was refused (file and line).
    QLabel *resultLabel() const { return m_result; }

Q_SIGNALS:
    void changed();
    /// An import dialog is about to run (tests answer it).
    void importDialogOpened(cv::ui::TranslationImportDialog *dialog);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillLanguages();
    void fillGrid();
    void applyFilter();
    void showRow();
    void checkAsYouType();
    void save();
    QStringList shownLocales() const;

    inventory::LocalizationEditor &m_editor;
    QString m_productId;
    QString m_locale;
    QList<inventory::ProductText> m_texts;
    inventory::Translations m_translations;
    QString m_currentKey;
    bool m_loading = false;

    QLabel *m_intro;
    QTableWidget *m_languages;
    QComboBox *m_addLanguage;
    QLabel *m_gridTitle;
    QLineEdit *m_search;
    QCheckBox *m_untranslatedFirst;
    QTableWidget *m_grid;
    QLabel *m_sourceLabel;
    QPlainTextEdit *m_source;
    QLabel *m_translationLabel;
    QPlainTextEdit *m_translation;
    QLabel *m_check;
    QPushButton *m_downloadPo;
    QPushButton *m_uploadPo;
    QPushButton *m_downloadTs;
    QPushButton *m_uploadTs;
    QLabel *m_result;
    QTimer *m_debounce;
};

} // namespace cv::ui
