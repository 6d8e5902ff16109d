#pragma once

#include <QMenu>

class QActionGroup;

namespace cv::ui {

/// "Language": the system's language or one of the shipped ones, each named in its own language. Choosing
/// one switches the open window at once (ui::switchLanguage) and is remembered (ui::setChosenLanguage).
class LanguageMenu final : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget *parent = nullptr);

    /// The action of `language` ("" = system, "en", "de", ...).
    QAction *actionFor(const QString &language) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QActionGroup *m_group;
    QAction *m_system;
};

} // namespace cv::ui
