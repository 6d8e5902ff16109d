#pragma once

#include <QCoreApplication>
#include <QHash>

namespace cv::ui {

/// The words for a case's state and priority (REFERENCE §3.26).
class CaseLabels final
{
    Q_DECLARE_TR_FUNCTIONS(CaseLabels)

public:
    static QString state(const QString &state);
    static QString priority(int priority);
    static QHash<QString, QString> states();
    static QHash<QString, QString> priorities();
};

} // namespace cv::ui
