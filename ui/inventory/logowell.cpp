#include "ui/inventory/logowell.h"

#include "ui/style/theme.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QPixmap>
#include <QStyle>
#include <QUrl>

namespace cv::ui {

LogoWell::LogoWell(QWidget *parent)
    : QLabel(parent)
{
    setAcceptDrops(true);
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setFixedSize(128, 128);
    setFrameShape(QFrame::StyledPanel);
    setProperty("dropTarget", true);
    // The dashed border and its highlighted colour: cv--ui--LogoWell in the theme's style sheet.
}

void LogoWell::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    if (!m_hasImage)
        setText(text);
}

void LogoWell::setImage(const QByteArray &image)
{
    QPixmap pixmap;
    if (!image.isEmpty() && pixmap.loadFromData(image)) {
        m_hasImage = true;
        setPixmap(pixmap.scaled(size() - QSize(12, 12), Qt::KeepAspectRatio, Qt::SmoothTransformation));
        return;
    }
    m_hasImage = false;
    setPixmap(QPixmap());
    setText(m_placeholder);
}

QString LogoWell::localFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().constFirst();
    return url.isLocalFile() ? url.toLocalFile() : QString();
}

void LogoWell::setHighlighted(bool on)
{
    Theme::setStyleProperty(this, "highlight", on);
}

void LogoWell::dragEnterEvent(QDragEnterEvent *event)
{
    if (localFile(event->mimeData()).isEmpty())
        return;
    setHighlighted(true);
    event->acceptProposedAction();
}

void LogoWell::dragLeaveEvent(QDragLeaveEvent *event)
{
    setHighlighted(false);
    QLabel::dragLeaveEvent(event);
}

void LogoWell::dropEvent(QDropEvent *event)
{
    setHighlighted(false);
    const QString path = localFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    Q_EMIT fileDropped(path);
}

} // namespace cv::ui
