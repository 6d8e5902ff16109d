#pragma once

#include "app/core/moduleid.h"

#include <QHash>
#include <QPushButton>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace cv::ui {

/// One tile of the landing page: the module's icon, name and what it is for. A button, so it takes
/// focus, answers Enter/Space and reads well to screen readers.
class ModuleTile final : public QPushButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModuleTile)

public:
    explicit ModuleTile(core::ModuleId id, QWidget *parent = nullptr);
    core::ModuleId moduleId() const { return m_id; }
    void retranslate();

    QSize sizeHint() const override;

private:
    core::ModuleId m_id;
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_description;
};

/// The landing page: a greeting and one tile per module (the Home tile is left out: we are on it).
class LandingPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LandingPage)

public:
    explicit LandingPage(QWidget *parent = nullptr);

    ModuleTile *tile(core::ModuleId id) const { return m_tiles.value(id); }
    void setAccountName(const QString &name);
    void retranslate();

Q_SIGNALS:
    void moduleRequested(cv::core::ModuleId id);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    /// Three tiles a row when they fit, else two (or one): never cut off, e.g. beside the notifications.
    void arrangeTiles();

    QGridLayout *m_grid = nullptr;
    int m_columns = 0;
    QLabel *m_heading;
    QLabel *m_subheading;
    QString m_accountName;
    QHash<core::ModuleId, ModuleTile *> m_tiles;
};

} // namespace cv::ui
