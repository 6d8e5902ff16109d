#pragma once
// Usage record processing shared by the usage API and its seed (usagerecords.cpp).

#include "app/usage/usagespreadsheet.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace cv::sandbox {
class SandboxContext;
}

namespace cv::sandbox::usagefiles {

inline const QString kRecords = QStringLiteral("usage_records");

QString productIdOf(const QJsonObject &file);
/// The product's usage schema (capabilities.ppu.schema), lowercase; "qt" when the product has none.
QString schemaOf(const QJsonObject &product);
/// "2024-05-01 00:00:00" (the spreadsheet's form) or ISO-8601 -> ISO-8601 UTC as Connect writes it.
QString isoTime(const QString &text);
/// The product's items as the usage spreadsheet knows them (mpn, local id, name, precision).
QList<usage::UsageTemplateItem> templateItems(SandboxContext &context, const QString &productId);
void setRecordsStatus(SandboxContext &context, const QString &fileId, const QString &status);
void removeRecords(SandboxContext &context, const QString &fileId);
/// Validates the rows and moves the file to ready (records created) or invalid (errors reported line by
/// line as "Row N, column: message", as Connect's processing report does). The caller stores the file.
void processSheet(SandboxContext &context, QJsonObject &file, const usage::UsageSheet &sheet);
/// The billing chunk of an accepted file (usagechunks.cpp): one per file, "ready" until it is closed.
void makeChunk(SandboxContext &context, const QJsonObject &file);

} // namespace cv::sandbox::usagefiles
