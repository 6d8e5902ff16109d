#pragma once

#include <QLabel>

class QMimeData;

namespace cv::ui {

/// The logo area of the profile: shows the logo and takes an image file dropped onto it.
class LogoWell final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogoWell)

public:
    explicit LogoWell(QWidget *parent = nullptr);

    /// Shows `image` (empty: the placeholder text).
    void setImage(const QByteArray &image);
    void setPlaceholderText(const QString &text);
    bool hasImage() const { return m_hasImage; }

Q_SIGNALS:
    void fileDropped(const QString &path);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    static QString localFile(const QMimeData *mime);
    void setHighlighted(bool on);

    QString m_placeholder;
    bool m_hasImage = false;
};

} // namespace cv::ui
