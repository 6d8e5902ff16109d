#pragma once

#include <QLoggingCategory>

// The store's logging category, "cv.store" (defined in cachedatabase.cpp). Object JSON is never logged:
// it may hold customer data.
Q_DECLARE_LOGGING_CATEGORY(lcStore)
