#include "testmain.h"
class TestPlaceholder final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QSKIP("being written"); }
};
CV_TEST_CORE_MAIN(TestPlaceholder)
#include "tst_usagespreadsheet.moc"
