#pragma once

#include "app/accounts/accountmanager.h"
#include "app/core/embeddedserver.h"

#include <QCoreApplication>

namespace cv::ui {

/// Words the error values of the core for people: what went wrong and what to do about it.
class UserFacingErrors final
{
    Q_DECLARE_TR_FUNCTIONS(UserFacingErrors)

public:
    static QString describe(const accounts::AddAccountResult &result);
    static QString describe(const accounts::KeyStoreResult &result);
    static QString describe(const core::EmbeddedServerResult &result);
};

} // namespace cv::ui
