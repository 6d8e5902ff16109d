#include "testmain.h"

#include "sandbox/http/multipart.h"

using namespace cv::sandbox::http;

namespace {
// QVERIFY2 evaluates its message even on success, so never call error() on an ok result there.
template<typename R> QByteArray errorText(const R &result)
{
    return result.ok() ? QByteArray() : result.error().toUtf8();
}

// Binary payload with the bytes a careless parser would mangle: NUL, CR, LF, CRLF, a lone "--".
// (Sized from the literal: a hand-counted length once read past its end, which ASan reports.)
constexpr char kBinaryBytes[] = "PK\x03\x04\x00\x00\r\n\r\n--\xff\xfe\x00\n\rend";
const QByteArray kBinary = QByteArray(kBinaryBytes, sizeof(kBinaryBytes) - 1);

QByteArray formBody(const QByteArray &boundary, const QByteArray &preamble = {})
{
    return preamble + "--" + boundary
        + "\r\n"
          "Content-Disposition: form-data; name=\"upload_note\"\r\n"
          "\r\n"
          "first line\r\nsecond line\r\n"
          "--"
        + boundary
        + "\r\n"
          "Content-Disposition: form-data; name=\"usage_file\"; filename=\"usage.xlsx\"\r\n"
          "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n"
          "\r\n"
        + kBinary
        + "\r\n"
          "--"
        + boundary
        + "--\r\n"
          "epilogue is ignored\r\n";
}
} // namespace

class TestMultipart final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textFieldAndBinaryFile()
    {
        const QByteArray boundary = "----cvBoundary7MA4YWxkTrZu0gW";
        const auto parts = parseMultipart("multipart/form-data; boundary=" + boundary, formBody(boundary));
        QVERIFY2(parts.ok(), errorText(parts).constData());
        QCOMPARE(parts.value().size(), 2);
        const MultipartPart &text = parts.value().at(0);
        QCOMPARE(text.name, QByteArray("upload_note"));
        QVERIFY(text.fileName.isEmpty());
        QVERIFY(text.contentType.isEmpty());
        QCOMPARE(text.data, QByteArray("first line\r\nsecond line"));
        const MultipartPart &file = parts.value().at(1);
        QCOMPARE(file.name, QByteArray("usage_file"));
        QCOMPARE(file.fileName, QByteArray("usage.xlsx"));
        QCOMPARE(file.contentType, QByteArray("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        QCOMPARE(file.data.size(), kBinary.size());
        QCOMPARE(file.data, kBinary);
    }

    void quotedBoundaryAndPreamble()
    {
        // A boundary with characters that require quoting (space, '=', '?'), after a preamble.
        const QByteArray boundary = "a b=c?d";
        const auto parts = parseMultipart("Multipart/Form-Data;charset=utf-8;  BOUNDARY=\"" + boundary + '"',
            formBody(boundary, "This is the preamble.\r\nIgnore it.\r\n"));
        QVERIFY2(parts.ok(), errorText(parts).constData());
        QCOMPARE(parts.value().size(), 2);
        QCOMPARE(parts.value().at(0).data, QByteArray("first line\r\nsecond line"));
        QCOMPARE(parts.value().at(1).data, kBinary);
    }

    void emptyPartsAndEscapedNames()
    {
        const QByteArray body = "--B\r\n"
                                "content-disposition: form-data; name=\"a \\\"quoted\\\" name\"; filename=\"\"\r\n"
                                "\r\n"
                                "\r\n"
                                "--B\r\n"
                                "Content-Disposition: form-data; name=plain; filename*=UTF-8''na%C3%AFve.txt\r\n"
                                "\r\n"
                                "x\r\n"
                                "--B--";
        const auto parts = parseMultipart("multipart/form-data; boundary=B", body);
        QVERIFY2(parts.ok(), errorText(parts).constData());
        QCOMPARE(parts.value().size(), 2);
        QCOMPARE(parts.value().at(0).name, QByteArray("a \"quoted\" name"));
        QVERIFY(parts.value().at(0).data.isEmpty());
        QCOMPARE(parts.value().at(1).name, QByteArray("plain"));
        QCOMPARE(QString::fromUtf8(parts.value().at(1).fileName), QStringLiteral("na\u00efve.txt"));
        QCOMPARE(parts.value().at(1).data, QByteArray("x"));
    }

    void noPartsIsEmptyList()
    {
        const auto parts = parseMultipart("multipart/form-data; boundary=B", "--B--\r\n");
        QVERIFY2(parts.ok(), errorText(parts).constData());
        QVERIFY(parts.value().isEmpty());
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");

        const QByteArray good = formBody("B");
        QTest::newRow("wrong content type") << QByteArray("application/json") << good
                                            << QStringLiteral("expected multipart/form-data, got 'application/json'");
        QTest::newRow("mixed is not form-data")
            << QByteArray("multipart/mixed; boundary=B") << good << QStringLiteral("expected multipart/form-data");
        QTest::newRow("missing boundary")
            << QByteArray("multipart/form-data") << good << QStringLiteral("without a boundary");
        QTest::newRow("empty boundary") << QByteArray("multipart/form-data; boundary=\"\"") << good
                                        << QStringLiteral("without a boundary");
        QTest::newRow("unterminated quote")
            << QByteArray("multipart/form-data; boundary=\"B") << good << QStringLiteral("malformed parameters");
        QTest::newRow("boundary not in body") << QByteArray("multipart/form-data; boundary=Other") << good
                                              << QStringLiteral("boundary 'Other' not found");

        const QByteArray truncated = good.left(good.indexOf("\r\n--B--"));
        QTest::newRow("missing final boundary")
            << QByteArray("multipart/form-data; boundary=B") << truncated
            << QStringLiteral("multipart part 2: no closing delimiter '--B--' after its data (byte offset %1)")
                   .arg(truncated.indexOf(kBinary));
        QTest::newRow("ends after delimiter") << QByteArray("multipart/form-data; boundary=B")
                                              << QByteArray("--B\r\nContent-Disposition: form-data; "
                                                            "name=a\r\n\r\nv\r\n--B")
                                              << QStringLiteral("no closing delimiter '--B--' (byte offset 53)");
        QTest::newRow("no disposition") << QByteArray("multipart/form-data; boundary=B")
                                        << QByteArray("--B\r\nContent-Type: text/plain\r\n\r\nv\r\n--B--")
                                        << QStringLiteral(
                                               "multipart part 1: missing Content-Disposition header (byte offset 5)");
        QTest::newRow("disposition without name")
            << QByteArray("multipart/form-data; boundary=B")
            << QByteArray("--B\r\nContent-Disposition: form-data\r\n\r\nv\r\n--B\r\n"
                          "Content-Disposition: form-data; filename=\"f\"\r\n\r\nv\r\n--B--")
            << QStringLiteral("multipart part 1: Content-Disposition has no name (byte offset 5)");
        QTest::newRow("second part without name")
            << QByteArray("multipart/form-data; boundary=B")
            << QByteArray("--B\r\nContent-Disposition: form-data; name=a\r\n\r\nv\r\n--B\r\n"
                          "Content-Disposition: form-data; filename=\"f\"\r\n\r\nv\r\n--B--")
            << QStringLiteral("multipart part 2: Content-Disposition has no name (byte offset 55)");
        QTest::newRow("attachment disposition")
            << QByteArray("multipart/form-data; boundary=B")
            << QByteArray("--B\r\nContent-Disposition: attachment; name=a\r\n\r\nv\r\n--B--")
            << QStringLiteral("is not 'form-data");
        QTest::newRow("unterminated headers") << QByteArray("multipart/form-data; boundary=B")
                                              << QByteArray("--B\r\nContent-Disposition: form-data; name=a\r\n")
                                              << QStringLiteral("header block not terminated");
        QTest::newRow("bare LF after boundary") << QByteArray("multipart/form-data; boundary=B")
                                                << QByteArray("--B\nContent-Disposition: form-data; name=a\n\nv\n--B--")
                                                << QStringLiteral("expected CRLF after boundary (byte offset 3)");
    }

    void errors()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        const auto parts = parseMultipart(contentType, body);
        QVERIFY(!parts.ok());
        QVERIFY2(parts.error().contains(expected), errorText(parts).constData());
    }
};

CV_TEST_CORE_MAIN(TestMultipart)
#include "tst_multipart.moc"
