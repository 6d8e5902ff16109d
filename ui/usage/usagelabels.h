#pragma once

#include "app/usage/usagerules.h"

#include <QCoreApplication>
#include <QString>

namespace cv::ui {

/// The words of the Usage module for Connect's raw values.
class UsageLabels final
{
    Q_DECLARE_TR_FUNCTIONS(UsageLabels)

public:
    /// Usage file and record statuses ("draft", "ready", "approved", ...).
    static QString status(const QString &raw);
    /// The button text of an action ("Submit", "Reject…").
    static QString action(usage::FileAction action);
    /// "Sheet 'records', row 5, column E (quantity): 'abc' is not a number".
    static QString rowError(const QString &sheet, const usage::UsageRowError &error);
};

} // namespace cv::ui
