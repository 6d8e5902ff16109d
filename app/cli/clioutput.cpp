#include "app/cli/clioutput.h"

#include "app/core/appinfo.h"

#include <QJsonDocument>

#include <cstdio>

namespace cv::cli {

namespace {
void write(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}
} // namespace

void printOut(const QString &text)
{
    write(stdout, text);
}

void printError(const QString &message)
{
    write(stderr, core::AppInfo::executableName() + QStringLiteral(": ") + message + QLatin1Char('\n'));
}

void printJson(const QJsonObject &object)
{
    write(stdout, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
}

void printJson(const QJsonArray &array)
{
    write(stdout, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
}

void printProgress(const QString &text)
{
    write(stderr, text);
}

void printTable(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = std::max(widths[i], row.at(i).size());
        }
    }
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += row.at(i).leftJustified(widths.at(i) + 2);
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        write(stdout, line + QLatin1Char('\n'));
    }
}

} // namespace cv::cli
