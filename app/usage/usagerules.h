#pragma once

#include "app/usage/usagespreadsheet.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

/// The client's rules of usage files (REFERENCE §3.21): what each status allows, what a new file needs, and the
/// template and upload checks built from cached objects. Pure functions over JSON.
namespace cv::usage {

/// The actions on a usage file (`POST /usage/files/{id}/<action>`, upload is `.../upload` with the .xlsx).
enum class FileAction { Upload, Submit, Accept, Reject, Close, Delete };

QString actionName(FileAction action); ///< "upload", "submit", ...
/// The statuses Connect gives a usage file, in flow order (draft → uploading → ... → closed).
QStringList fileStatuses();
/// Whether `action` is allowed on a file in `status` (the sandbox's table in sandbox/api/usageapi.cpp is the
/// server's; tst_usagerules checks they agree).
bool isAllowed(FileAction action, const QString &status);
QList<FileAction> allowedActions(const QString &status);
/// The status shown at once after queuing `action` (the server's answer replaces it on sync).
QString statusAfter(FileAction action);

/// What "Create usage file" asks for.
struct NewUsageFile
{
    QString productId;
    QString contractId; ///< an active distribution contract (it names the marketplace)
    QString name;
    QString description;
    QDateTime from; ///< UTC, inclusive
    QDateTime to; ///< UTC, exclusive
};

/// The server's checks of POST /usage/files, as "field: message" texts (empty if fine).
QStringList validateNewFile(const NewUsageFile &file);
/// Connect's ISO-8601 form of a period bound: "2024-01-01T00:00:00+00:00".
QString isoPeriodTime(const QDateTime &utc);
/// The file's period bounds (invalid when missing).
QDateTime periodFrom(const QJsonObject &file);
QDateTime periodTo(const QJsonObject &file);
/// The product's usage schema (capabilities.ppu.schema), QT when it has none.
UsageSchema schemaOfProduct(const QJsonObject &product);

/// The template's `general` tab and example rows from the cached file, its product, the product's items, the
/// contract, the marketplace and the vendor account (any may be empty).
UsageTemplateInfo templateInfo(const QJsonObject &file, const QJsonObject &product, const QList<QJsonObject> &items,
    const QJsonObject &contract, const QJsonObject &marketplace, const QJsonObject &account);
/// The items as the usage spreadsheet knows them (mpn, local id, name, precision).
QList<UsageTemplateItem> templateItems(const QList<QJsonObject> &items);

/// The result of checking a filled usage .xlsx before anything is sent.
struct UploadCheck
{
    QString fatal; ///< the file cannot be read as a usage file at all (not a zip, no records sheet, columns missing)
    UsageSheet sheet;
    QList<UsageRowError> errors; ///< every problem of every row, with sheet column positions

    bool ok() const { return fatal.isEmpty() && errors.isEmpty(); }
};

/// Reads and validates `xlsx` against the file's schema and period, the product's items and (when known) its
/// assets.
UploadCheck checkUpload(
    const QByteArray &xlsx, const QJsonObject &file, const QList<QJsonObject> &items, const QSet<QString> &assetIds);

} // namespace cv::usage
