#pragma once

#include "app/agreements/agreementendpoints.h"
#include "app/agreements/agreementrules.h"

#include <QBuffer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPdfDocument;
class QPdfSearchModel;
class QPdfView;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace cv::ui {

class MarkdownPreview;

/// An agreement's document inside the app: a PDF in Qt PDF's viewer with search and zoom; Markdown (and HTML,
/// turned into Markdown first so no script or remote content survives) in the locked-down web view the
/// notifications and the product profile use; anything else (or an external web page) only after the user
/// confirms, with the system's viewer or browser.
class DocumentView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentView)

public:
    enum class Mode { Message, Pdf, Markdown, External };

    explicit DocumentView(QWidget *parent = nullptr);
    ~DocumentView() override;

    void showMessage(const QString &text);
    /// Shows `document` (`title`: the agreement and version, for the header and a saved file's name).
    void showDocument(const agreements::Document &document, const QString &title);
    Mode mode() const { return m_mode; }

    /// The document's text: the Markdown source, or the PDF's text page by page (for the version diff).
    static QString textOf(const agreements::Document &document);

    QPdfDocument *pdfDocument() const { return m_pdf; }
    QPdfView *pdfView() const { return m_pdfView; }
    QLineEdit *searchField() const { return m_search; }
    QLabel *searchStatus() const { return m_searchStatus; }
    QToolButton *zoomInButton() const { return m_zoomIn; }
    QToolButton *zoomOutButton() const { return m_zoomOut; }
    MarkdownPreview *markdownView() const { return m_markdown; }
    QPushButton *openExternallyButton() const { return m_openExternally; }
    /// The number of the PDF page shown (0-based).
    int currentPage() const;

    void retranslate();

Q_SIGNALS:
    /// The user confirmed opening a file with the system viewer (`path`) or a link in the browser.
    void openedExternally(const QUrl &url);

private:
    QWidget *buildPdfPage();
    void updateSearch();
    void jumpToResult(int step);
    void openExternally();

    Mode m_mode = Mode::Message;
    QStackedWidget *m_stack;
    QLabel *m_message;
    // PDF
    QPdfDocument *m_pdf;
    QBuffer m_pdfBuffer;
    QPdfView *m_pdfView = nullptr;
    QPdfSearchModel *m_searchModel = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_searchStatus = nullptr;
    QToolButton *m_prev = nullptr;
    QToolButton *m_next = nullptr;
    QToolButton *m_zoomIn = nullptr;
    QToolButton *m_zoomOut = nullptr;
    QLabel *m_pageLabel = nullptr;
    int m_result = -1;
    // Markdown
    MarkdownPreview *m_markdown;
    // Other and external
    QWidget *m_externalPage;
    QLabel *m_externalText;
    QPushButton *m_openExternally;
    agreements::Document m_document;
    QString m_title;
};

} // namespace cv::ui
