#include "ui/agreements/documentview.h"

#include "ui/inventory/markdownpreview.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPdfDocument>
#include <QPdfPageNavigator>
#include <QPdfPageRenderer>
#include <QPdfSearchModel>
#include <QPdfSelection>
#include <QPdfView>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

namespace cv::ui {

namespace {

constexpr qreal kZoomStep = 1.25;

QString htmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

/// A name safe for a file: letters, digits, dot, dash and underscore.
QString safeFileName(const QString &name)
{
    QString safe = name;
    safe.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    return safe.isEmpty() ? QStringLiteral("document") : safe;
}

} // namespace

DocumentView::DocumentView(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_pdf(new QPdfDocument(this))
    , m_markdown(new MarkdownPreview(this))
    , m_externalPage(new QWidget(this))
    , m_externalText(new QLabel(m_externalPage))
    , m_openExternally(new QPushButton(m_externalPage))
{
    setObjectName(QStringLiteral("agreement-document"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("document-message"));
    m_stack->addWidget(m_message);
    m_stack->addWidget(buildPdfPage());
    m_markdown->setObjectName(QStringLiteral("document-markdown"));
    m_stack->addWidget(m_markdown);
    auto *external = new QVBoxLayout(m_externalPage);
    m_externalText->setWordWrap(true);
    m_externalText->setObjectName(QStringLiteral("document-external-text"));
    m_openExternally->setObjectName(QStringLiteral("document-open-externally"));
    external->addStretch();
    external->addWidget(m_externalText);
    external->addWidget(m_openExternally, 0, Qt::AlignLeft);
    external->addStretch();
    m_stack->addWidget(m_externalPage);
    connect(m_openExternally, &QPushButton::clicked, this, &DocumentView::openExternally);
    retranslate();
}

DocumentView::~DocumentView()
{
    // QPdfView renders on a QThread of its QPdfPageRenderer that Qt 6.4 stops but never deletes when the view goes
    // (~QPdfPageRendererPrivate quits and waits only; found by packaging/dev.sh asan). Back to single-threaded,
    // the renderer stops and deletes that thread itself.
    if (auto *renderer = m_pdfView->findChild<QPdfPageRenderer *>())
        renderer->setRenderMode(QPdfPageRenderer::RenderMode::SingleThreaded);
    m_pdf->close();
}

QWidget *DocumentView::buildPdfPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_search = new QLineEdit(page);
    m_search->setObjectName(QStringLiteral("document-search"));
    m_search->setClearButtonEnabled(true);
    m_searchStatus = new QLabel(page);
    m_searchStatus->setObjectName(QStringLiteral("document-search-status"));
    m_prev = new QToolButton(page);
    m_next = new QToolButton(page);
    m_prev->setArrowType(Qt::UpArrow);
    m_next->setArrowType(Qt::DownArrow);
    m_zoomOut = new QToolButton(page);
    m_zoomIn = new QToolButton(page);
    m_zoomOut->setObjectName(QStringLiteral("document-zoom-out"));
    m_zoomIn->setObjectName(QStringLiteral("document-zoom-in"));
    m_zoomOut->setText(QStringLiteral("−"));
    m_zoomIn->setText(QStringLiteral("+"));
    m_pageLabel = new QLabel(page);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_prev);
    bar->addWidget(m_next);
    bar->addWidget(m_searchStatus);
    bar->addStretch();
    bar->addWidget(m_pageLabel);
    bar->addWidget(m_zoomOut);
    bar->addWidget(m_zoomIn);
    layout->addLayout(bar);
    m_pdfView = new QPdfView(page);
    m_pdfView->setObjectName(QStringLiteral("document-pdf"));
    m_pdfView->setPageMode(QPdfView::PageMode::MultiPage);
    m_pdfView->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_pdfView->setDocument(m_pdf);
    layout->addWidget(m_pdfView, 1);
    m_searchModel = new QPdfSearchModel(this);
    m_searchModel->setDocument(m_pdf);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_result = -1;
        m_searchModel->setSearchString(text);
        updateSearch();
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { jumpToResult(1); });
    connect(m_next, &QToolButton::clicked, this, [this] { jumpToResult(1); });
    connect(m_prev, &QToolButton::clicked, this, [this] { jumpToResult(-1); });
    // The search runs in steps (a page at a time): the count follows the model.
    connect(m_searchModel, &QAbstractItemModel::rowsInserted, this, &DocumentView::updateSearch);
    connect(m_searchModel, &QAbstractItemModel::modelReset, this, &DocumentView::updateSearch);
    connect(m_zoomIn, &QToolButton::clicked, this, [this] {
        m_pdfView->setZoomMode(QPdfView::ZoomMode::Custom);
        m_pdfView->setZoomFactor(std::min<qreal>(m_pdfView->zoomFactor() * kZoomStep, 8.0));
    });
    connect(m_zoomOut, &QToolButton::clicked, this, [this] {
        m_pdfView->setZoomMode(QPdfView::ZoomMode::Custom);
        m_pdfView->setZoomFactor(std::max<qreal>(m_pdfView->zoomFactor() / kZoomStep, 0.25));
    });
    connect(m_pdfView->pageNavigator(), &QPdfPageNavigator::currentPageChanged, this,
        [this](int page) { m_pageLabel->setText(tr("Page %1 of %2").arg(page + 1).arg(m_pdf->pageCount())); });
    return page;
}

int DocumentView::currentPage() const
{
    return m_pdfView->pageNavigator()->currentPage();
}

void DocumentView::updateSearch()
{
    const int count = m_searchModel->rowCount({});
    m_prev->setEnabled(count > 0);
    m_next->setEnabled(count > 0);
    if (m_search->text().isEmpty())
        m_searchStatus->clear();
    else if (count == 0)
        m_searchStatus->setText(tr("Not found"));
    else if (m_result < 0)
        m_searchStatus->setText(count == 1 ? tr("1 match") : tr("%Ln matches", nullptr, count));
    else
        m_searchStatus->setText(tr("Match %1 of %2").arg(m_result + 1).arg(count));
}

void DocumentView::jumpToResult(int step)
{
    const int count = m_searchModel->rowCount({});
    if (count == 0)
        return;
    m_result = m_result < 0 ? (step > 0 ? 0 : count - 1) : (m_result + step + count) % count;
    const QPdfLink link = m_searchModel->resultAtIndex(m_result);
    m_pdfView->pageNavigator()->jump(link.page(), link.location(), m_pdfView->pageNavigator()->currentZoom());
    updateSearch();
}

void DocumentView::showMessage(const QString &text)
{
    m_mode = Mode::Message;
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
}

void DocumentView::showDocument(const agreements::Document &document, const QString &title)
{
    m_document = document;
    m_title = title;
    if (!document.error.isEmpty()) {
        showMessage(document.offline ? tr("The document cannot be shown while Connect cannot be reached.")
                                     : tr("The document could not be downloaded: %1").arg(document.error));
        return;
    }
    if (document.externalUrl.isValid()) {
        m_mode = Mode::External;
        m_externalText->setText(
            tr("This version's document is a web page of the provider:\n%1").arg(document.externalUrl.toString()));
        m_openExternally->setText(tr("Open in browser…"));
        m_stack->setCurrentWidget(m_externalPage);
        return;
    }
    switch (agreements::documentKindOf(document.contentType, document.fileName)) {
    case agreements::DocumentKind::Pdf: {
        m_pdf->close();
        m_pdfBuffer.close();
        m_pdfBuffer.setData(document.data);
        m_pdfBuffer.open(QIODevice::ReadOnly);
        m_pdf->load(&m_pdfBuffer);
        if (m_pdf->status() == QPdfDocument::Status::Error) {
            showMessage(tr("The PDF document could not be read (%1).").arg(document.fileName));
            return;
        }
        m_mode = Mode::Pdf;
        m_search->clear();
        m_searchModel->setDocument(nullptr);
        m_searchModel->setDocument(m_pdf);
        m_pdfView->setZoomMode(QPdfView::ZoomMode::FitToWidth);
        m_pageLabel->setText(tr("Page %1 of %2").arg(1).arg(m_pdf->pageCount()));
        m_stack->setCurrentIndex(1);
        return;
    }
    case agreements::DocumentKind::Markdown:
    case agreements::DocumentKind::Html:
        m_mode = Mode::Markdown;
        m_markdown->showDocument(QStringLiteral("<p class=\"meta\">%1</p>").arg(htmlEscaped(title)), textOf(document));
        m_stack->setCurrentWidget(m_markdown);
        return;
    case agreements::DocumentKind::Other:
        m_mode = Mode::External;
        m_externalText->setText(
            tr("This document (%1, %2) cannot be shown here. You can save it and open it with the program your "
               "system uses for it.")
                .arg(document.fileName, QString::fromLatin1(document.contentType)));
        m_openExternally->setText(tr("Open with system viewer…"));
        m_stack->setCurrentWidget(m_externalPage);
        return;
    }
}

QString DocumentView::textOf(const agreements::Document &document)
{
    switch (agreements::documentKindOf(document.contentType, document.fileName)) {
    case agreements::DocumentKind::Markdown: return QString::fromUtf8(document.data);
    case agreements::DocumentKind::Html: {
        // Through QTextDocument: the HTML's text and structure as Markdown, without scripts or remote content.
        QTextDocument html;
        html.setHtml(QString::fromUtf8(document.data));
        // Images of a provider's page are remote (trackers): keep their alternative text only.
        return html.toMarkdown().replace(
            QRegularExpression(QStringLiteral("!\\[([^\\]]*)\\]\\([^)]*\\)")), QStringLiteral("\\1"));
    }
    case agreements::DocumentKind::Pdf: {
        QBuffer buffer;
        buffer.setData(document.data);
        buffer.open(QIODevice::ReadOnly);
        QPdfDocument pdf;
        pdf.load(&buffer);
        QStringList pages;
        for (int page = 0; page < pdf.pageCount(); ++page)
            pages << pdf.getAllText(page).text();
        pdf.close();
        return pages.join(QLatin1Char('\n'));
    }
    case agreements::DocumentKind::Other: break;
    }
    return {};
}

void DocumentView::openExternally()
{
    QUrl target = m_document.externalUrl;
    const QString question = target.isValid()
        ? tr("Open %1 in your web browser?").arg(target.toString())
        : tr("Save %1 and open it with your system's viewer? Files from the internet can be harmful; open it only "
             "if you trust the provider.")
              .arg(m_document.fileName);
    if (QMessageBox::question(this, tr("Open document"), question) != QMessageBox::Yes)
        return;
    if (!target.isValid()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::TempLocation);
        const QString path = QDir(dir).filePath(safeFileName(m_document.fileName));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(m_document.data) != m_document.data.size()) {
            QMessageBox::warning(this, tr("Open document"), tr("The document could not be saved to %1.").arg(path));
            return;
        }
        file.close();
        target = QUrl::fromLocalFile(path);
    }
    Q_EMIT openedExternally(target);
    QDesktopServices::openUrl(target);
}

void DocumentView::retranslate()
{
    m_search->setPlaceholderText(tr("Search the document"));
    m_search->setAccessibleName(tr("Search the document"));
    m_prev->setToolTip(tr("Previous match"));
    m_next->setToolTip(tr("Next match"));
    m_zoomIn->setToolTip(tr("Zoom in"));
    m_zoomOut->setToolTip(tr("Zoom out"));
    // Arrow and "+"/"−" buttons: their tool tips say what they do, their names must too.
    m_prev->setAccessibleName(tr("Previous match"));
    m_next->setAccessibleName(tr("Next match"));
    m_zoomIn->setAccessibleName(tr("Zoom in"));
    m_zoomOut->setAccessibleName(tr("Zoom out"));
    updateSearch();
}

} // namespace cv::ui
