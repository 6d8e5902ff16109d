#include "testmain.h"

#include "app/content/pofile.h"

#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QTemporaryDir>

using namespace cv::content;

namespace {
// QVERIFY2 evaluates its message even on success, so never call error() on an ok result there.
template<typename R> QByteArray errorText(const R &result)
{
    return result.ok() ? QByteArray() : result.error().toUtf8();
}

PoEntry entry(const QString &msgid, const QString &msgstr, const QString &context = QString())
{
    PoEntry e;
    e.context = context;
    e.msgid = msgid;
    e.msgstr = msgstr;
    return e;
}

PoCatalog sampleCatalog()
{
    PoCatalog catalog;
    catalog.language = QStringLiteral("de");
    catalog.sourceLanguage = QStringLiteral("en");
    catalog.projectIdVersion = QStringLiteral("connect-vendor 0.1");
    catalog.pluralForms = QStringLiteral("nplurals=2; plural=(n != 1);");

    PoEntry withContext = entry(QStringLiteral("Open"), QStringLiteral("\u00d6ffnen"), QStringLiteral("MainWindow"));
    withContext.comments = { QStringLiteral("Translator: keep it short"), QStringLiteral("second comment line") };
    withContext.extractedComments = { QStringLiteral("Menu entry") };
    withContext.references = { QStringLiteral("ui/mainwindow.cpp:42"), QStringLiteral("ui/menu.cpp") };
    // Same msgid, different context: must stay two messages.
    PoEntry otherContext = entry(QStringLiteral("Open"), QStringLiteral("Offen"), QStringLiteral("StatusFilter"));
    PoEntry multiLine = entry(QStringLiteral("Line one\nLine two\n"), QStringLiteral("Zeile eins\nZeile zwei\n"));
    PoEntry escapes = entry(QStringLiteral("Say \"hi\" to C:\\path\\file\tnow"),
        QStringLiteral("Sag \u201ehallo\u201c zu C:\\pfad\\datei\tjetzt"));
    PoEntry longText = entry(QStringLiteral("A very long source string that is well beyond the seventy-nine columns "
                                            "libgettextpo wraps at, so the writer has to split it across lines."),
        QString());
    PoEntry japanese = entry(QStringLiteral("Products"), QStringLiteral("\u88fd\u54c1"));
    japanese.fuzzy = true;
    PoEntry plural = entry(QStringLiteral("%n item"), QString());
    plural.msgidPlural = QStringLiteral("%n items");
    plural.msgstrPlural = { QStringLiteral("%n Artikel"), QStringLiteral("%n Artikel (mehrere)") };
    catalog.entries = { withContext, otherContext, multiLine, escapes, longText, japanese, plural };
    return catalog;
}

void compareEntries(const QList<PoEntry> &actual, const QList<PoEntry> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const PoEntry &a = actual.at(i);
        const PoEntry &e = expected.at(i);
        QCOMPARE(a.context, e.context);
        QCOMPARE(a.msgid, e.msgid);
        QCOMPARE(a.msgstr, e.msgstr);
        QCOMPARE(a.msgidPlural, e.msgidPlural);
        QCOMPARE(a.msgstrPlural, e.msgstrPlural);
        QCOMPARE(a.comments, e.comments);
        QCOMPARE(a.extractedComments, e.extractedComments);
        QCOMPARE(a.references, e.references);
        QCOMPARE(a.fuzzy, e.fuzzy);
    }
}
} // namespace

class TestPoFile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        const PoCatalog catalog = sampleCatalog();
        const QByteArray written = writePo(catalog);
        QVERIFY(!written.isEmpty());
        QVERIFY(written.contains("\"Content-Type: text/plain; charset=UTF-8\\n\""));
        QVERIFY(written.contains("\"Language: de\\n\""));
        QVERIFY(written.contains("\"X-Language: de\\n\""));
        QVERIFY(written.contains("msgctxt \"MainWindow\""));
        QVERIFY(written.contains("msgid \"Say \\\"hi\\\" to C:\\\\path\\\\file\\tnow\""));
        QVERIFY(written.contains("#, fuzzy"));
        QVERIFY(written.contains("#: ui/mainwindow.cpp:42"));
        QVERIFY(written.contains("# Translator: keep it short"));
        QVERIFY(written.contains("\u88fd\u54c1")); // UTF-8 as is, not escaped

        const auto parsed = parsePo(written);
        QVERIFY2(parsed.ok(), errorText(parsed).constData());
        QCOMPARE(parsed.value().language, catalog.language);
        QCOMPARE(parsed.value().sourceLanguage, catalog.sourceLanguage);
        QCOMPARE(parsed.value().projectIdVersion, catalog.projectIdVersion);
        QCOMPARE(parsed.value().pluralForms, catalog.pluralForms);
        compareEntries(parsed.value().entries, catalog.entries);
        // Writing what was read gives the same bytes.
        QCOMPARE(writePo(parsed.value()), written);
    }

    void writtenFilePassesMsgfmtCheck()
    {
        const QString msgfmt = QStandardPaths::findExecutable(QStringLiteral("msgfmt"));
        if (msgfmt.isEmpty())
            QSKIP("msgfmt not installed");
        QTemporaryDir dir;
        QFile po(dir.filePath(QStringLiteral("de.po")));
        QVERIFY(po.open(QIODevice::WriteOnly));
        po.write(writePo(sampleCatalog()));
        po.close();
        QProcess process;
        process.start(msgfmt,
            { QStringLiteral("--check"), QStringLiteral("-o"), dir.filePath(QStringLiteral("de.mo")), po.fileName() });
        QVERIFY(process.waitForFinished());
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    }

    void qtLconvertReadsTheLanguage()
    {
        const QString lconvert = QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lconvert");
        if (!QFile::exists(lconvert))
            QSKIP("lconvert not installed");
        QTemporaryDir dir;
        QFile po(dir.filePath(QStringLiteral("ja.po")));
        QVERIFY(po.open(QIODevice::WriteOnly));
        PoCatalog catalog = sampleCatalog();
        catalog.language = QStringLiteral("ja");
        po.write(writePo(catalog));
        po.close();
        const QString ts = dir.filePath(QStringLiteral("ja.ts"));
        QProcess process;
        process.start(lconvert, { QStringLiteral("-i"), po.fileName(), QStringLiteral("-o"), ts });
        QVERIFY(process.waitForFinished());
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        QFile tsFile(ts);
        QVERIFY(tsFile.open(QIODevice::ReadOnly));
        const QByteArray xml = tsFile.readAll();
        QVERIFY2(xml.contains("language=\"ja\""), xml.left(300).constData());
        // Without an "X-Qt-Contexts: true" header lconvert reads msgctxt as the disambiguation comment.
        QVERIFY(xml.contains("<source>Open</source>"));
    }

    void parsesHandWrittenFile()
    {
        const QByteArray data = "# Translator header comment\n"
                                "msgid \"\"\n"
                                "msgstr \"\"\n"
                                "\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
                                "\"X-Language: pt_BR\\n\"\n"
                                "\n"
                                "#. extracted\n"
                                "#: a.cpp:1 b.cpp:2\n"
                                "#, fuzzy, c-format\n"
                                "msgctxt \"Ctx\"\n"
                                "msgid \"\"\n"
                                "\"multi \"\n"
                                "\"part\"\n"
                                "msgstr \"multi parte\"\n"
                                "\n"
                                "#~ msgid \"obsolete\"\n"
                                "#~ msgstr \"obsoleto\"\n";
        const auto parsed = parsePo(data);
        QVERIFY2(parsed.ok(), errorText(parsed).constData());
        QCOMPARE(parsed.value().language, QStringLiteral("pt_BR")); // X-Language when Language is absent
        QCOMPARE(parsed.value().entries.size(), 1); // header and obsolete entry skipped
        const PoEntry &e = parsed.value().entries.first();
        QCOMPARE(e.context, QStringLiteral("Ctx"));
        QCOMPARE(e.msgid, QStringLiteral("multi part"));
        QCOMPARE(e.msgstr, QStringLiteral("multi parte"));
        QCOMPARE(e.extractedComments, QStringList { QStringLiteral("extracted") });
        QCOMPARE(e.references, (QStringList { QStringLiteral("a.cpp:1"), QStringLiteral("b.cpp:2") }));
        QVERIFY(e.fuzzy);
    }

    void latin1FileIsDecoded()
    {
        const QByteArray data = "msgid \"\"\n"
                                "msgstr \"Content-Type: text/plain; charset=ISO-8859-1\\n\"\n"
                                "\n"
                                "msgid \"Close\"\n"
                                "msgstr \"Schlie\xdf"
                                "en\"\n";
        const auto parsed = parsePo(data);
        QVERIFY2(parsed.ok(), errorText(parsed).constData());
        QCOMPARE(parsed.value().entries.first().msgstr, QStringLiteral("Schlie\u00dfen"));
    }

    void unterminatedStringNamesTheLine()
    {
        const QByteArray data = "msgid \"\"\n" // 1
                                "msgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n" // 2
                                "\n" // 3
                                "msgid \"fine\"\n" // 4
                                "msgstr \"gut\"\n" // 5
                                "\n" // 6
                                "msgid \"broken\n" // 7
                                "msgstr \"kaputt\"\n"; // 8
        const auto parsed = parsePo(data, QStringLiteral("de.po"));
        QVERIFY(!parsed.ok());
        // libgettextpo reports the position where it met the line break, which it has already
        // counted: the line after the one with the open string.
        QVERIFY2(parsed.error().startsWith(QStringLiteral("de.po: line 8")), errorText(parsed).constData());
        QVERIFY2(parsed.error().contains(QStringLiteral("end-of-line within string")), errorText(parsed).constData());
    }

    void otherErrorsCarryPositions_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expected");
        QTest::newRow("syntax") << QByteArray("msgid \"a\"\nmsgstr \"b\"\nmsgid\nmsgstr \"c\"\n")
                                << QStringLiteral("<po data>: line 4, column 7: syntax error");
        QTest::newRow("keyword") << QByteArray("msgid \"a\"\nmsgstr \"b\"\n\nbogus \"x\"\n")
                                 << QStringLiteral("line 4: keyword \"bogus\" unknown");
        QTest::newRow("duplicate") << QByteArray("msgid \"a\"\nmsgstr \"b\"\n\nmsgid \"a\"\nmsgstr \"c\"\n")
                                   << QStringLiteral("line 4: duplicate message definition");
        QTest::newRow("invalid utf-8") << QByteArray(
            "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
            "msgid \"\xff\"\nmsgstr \"\"\n")
                                       << QStringLiteral("line 4, column 8: invalid multibyte sequence");
    }

    void otherErrorsCarryPositions()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, expected);
        const auto parsed = parsePo(data);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().contains(expected), errorText(parsed).constData());
    }

    void emptyDataIsAnEmptyCatalog()
    {
        const auto parsed = parsePo(QByteArray());
        QVERIFY2(parsed.ok(), errorText(parsed).constData());
        QVERIFY(parsed.value().entries.isEmpty());
    }
};

CV_TEST_CORE_MAIN(TestPoFile)
#include "tst_pofile.moc"
