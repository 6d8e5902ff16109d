#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace cv::cli {

/// Plain output for the command line: stdout for results, stderr for progress and errors
/// ("connect-vendor: <message>").
void printOut(const QString &text);
void printError(const QString &message);
void printProgress(const QString &text);
/// A command's result for --json: one indented JSON document on stdout.
void printJson(const QJsonObject &object);
void printJson(const QJsonArray &array);
/// Left-aligned columns, the first row as header.
void printTable(const QList<QStringList> &rows);

} // namespace cv::cli
