// Counts are written with plural forms (issue 16, point 5; the translators' findings): a language with three
// forms (Russian: 1 / 2-4 / 5-20, and 21 again like 1) gets the right one from its numerus translation, which
// only works when the code asks tr("…%n…", nullptr, n) rather than building "%1 years" itself. English, which
// ships no .qm, still reads right for 1 and for more. The Russian texts come from a test fixture
// (tests/data/i18n/plurals_ru.ts), not from translations/.
#include "testmain.h"

#include "ui/inventory/productpages/productlabels.h"

#include <QApplication>
#include <QTranslator>

using cv::ui::ProductLabels;

class TestPluralForms final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void englishReadsRightForOneAndMore()
    {
        QCOMPARE(ProductLabels::commitment(QStringLiteral("monthly"), 12), QStringLiteral("1 year"));
        QCOMPARE(ProductLabels::commitment(QStringLiteral("yearly"), 3), QStringLiteral("3 years"));
        QCOMPARE(ProductLabels::commitment(QStringLiteral("monthly"), 5), QStringLiteral("5 billing periods"));
        QCOMPARE(ProductLabels::period(QStringLiteral("years_3")), QStringLiteral("Every 3 years"));
        QCOMPARE(ProductLabels::precision(QStringLiteral("decimal(1)")), QStringLiteral("Decimal, 1 digit"));
        QCOMPARE(ProductLabels::precision(QStringLiteral("decimal(4)")), QStringLiteral("Decimal, 4 digits"));
        // Values the app does not know are shown as they are, not turned into "Every 0 years".
        QCOMPARE(ProductLabels::period(QStringLiteral("years_x")), QStringLiteral("years_x"));
    }

    void russianGetsEachOfItsThreeForms_data()
    {
        QTest::addColumn<QString>("period");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("expected");
        QTest::newRow("2 years: few") << QStringLiteral("yearly") << 2 << QStringLiteral("2 года");
        QTest::newRow("5 years: many") << QStringLiteral("yearly") << 5 << QStringLiteral("5 лет");
        QTest::newRow("21 years: one") << QStringLiteral("yearly") << 21 << QStringLiteral("21 год");
        QTest::newRow("3 periods: few") << QStringLiteral("monthly") << 3 << QStringLiteral("3 расчётных периода");
        QTest::newRow("11 periods: many") << QStringLiteral("monthly") << 11 << QStringLiteral("11 расчётных периодов");
    }

    void russianGetsEachOfItsThreeForms()
    {
        QFETCH(QString, period);
        QFETCH(int, count);
        QFETCH(QString, expected);
        QTranslator russian;
        QVERIFY(russian.load(QStringLiteral(":/test-i18n/plurals_ru.qm")));
        QVERIFY(QCoreApplication::installTranslator(&russian));
        const QString text = ProductLabels::commitment(period, count);
        QCoreApplication::removeTranslator(&russian);
        QCOMPARE(text, expected);
    }

    void russianPeriodsAndDigits()
    {
        QTranslator russian;
        QVERIFY(russian.load(QStringLiteral(":/test-i18n/plurals_ru.qm")));
        QVERIFY(QCoreApplication::installTranslator(&russian));
        const QString years = ProductLabels::period(QStringLiteral("years_5"));
        const QString digits = ProductLabels::precision(QStringLiteral("decimal(2)"));
        QCoreApplication::removeTranslator(&russian);
        QCOMPARE(years, QStringLiteral("Каждые 5 лет"));
        QCOMPARE(digits, QStringLiteral("Десятичное, 2 знака"));
    }
};

CV_TEST_MAIN(TestPluralForms)
#include "tst_pluralforms.moc"
