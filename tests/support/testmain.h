#pragma once
// Test bootstrap shared by every test (pattern: owncloud/client test/testutils/testutilsloader.cpp):
// test mode for QStandardPaths, a private temporary data root for the app's own files, and Qt's
// asserts forced on. CV_TEST_MAIN runs widget tests, CV_TEST_CORE_MAIN tests without a GUI.

#include "app/core/appinfo.h"
#include "app/core/datapaths.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace cv::test {

/// A data root that lives as long as the test process.
inline QString isolatedDataRoot()
{
    static QTemporaryDir dir;
    return dir.path();
}

inline void prepareApplication(QCoreApplication &app)
{
    cv::core::AppInfo::applyTo(app);
    QStandardPaths::setTestModeEnabled(true);
    cv::core::DataPaths::setRoot(isolatedDataRoot());
}

} // namespace cv::test

#define CV_TEST_MAIN_IMPL(AppType, TestObject)                                                                         \
    int main(int argc, char *argv[])                                                                                   \
    {                                                                                                                  \
        QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); /* WebEngine views in widget tests */              \
        AppType app(argc, argv);                                                                                       \
        cv::test::prepareApplication(app);                                                                             \
        TestObject tc;                                                                                                 \
        QTEST_SET_MAIN_SOURCE_PATH                                                                                     \
        return QTest::qExec(&tc, argc, argv);                                                                          \
    }

#define CV_TEST_CORE_MAIN(TestObject) CV_TEST_MAIN_IMPL(QCoreApplication, TestObject)
#define CV_TEST_MAIN(TestObject) CV_TEST_MAIN_IMPL(QApplication, TestObject)
