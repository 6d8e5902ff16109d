#pragma once

#include "app/agreements/agreementrules.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace cv::ui {

/// The words of the Agreements module for Connect's raw values (types, contract statuses, standings).
class AgreementLabels final
{
    Q_DECLARE_TR_FUNCTIONS(AgreementLabels)

public:
    static QString type(const QString &type);
    static QString contractStatus(const QString &status);
    static QString standing(const agreements::AgreementView &view);
    /// Local date and time in the locale's short format (as on the request page).
    static QString dateTime(const QDateTime &utc);
};

} // namespace cv::ui
