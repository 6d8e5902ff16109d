#pragma once

#include "app/core/moduleid.h"

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace cv::ui {

/// The frame every module page shares: a heading with the module's icon and purpose, then the module's
/// own content. Modules not built yet show what they will hold and that nothing is cached yet.
class ModulePage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModulePage)

public:
    explicit ModulePage(core::ModuleId id, QWidget *parent = nullptr);

    core::ModuleId moduleId() const { return m_id; }
    virtual void retranslate();

protected:
    QVBoxLayout *contentLayout() const { return m_content; }

private:
    core::ModuleId m_id;
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_description;
    QLabel *m_empty;
    QVBoxLayout *m_content;
};

} // namespace cv::ui
