#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace cv::ui {

/// Readable words for Connect's enum values on the product pages (the wire values stay in item data).
class ProductLabels final
{
    Q_DECLARE_TR_FUNCTIONS(ProductLabels)

public:
    static QString itemType(const QString &type);
    static QString period(const QString &period);
    static QString precision(const QString &precision);
    /// A commitment of `count` billing periods of `period`, e.g. "1 year", or "None".
    static QString commitment(const QString &period, int count);
    static QString parameterType(const QString &type);
    static QString phase(const QString &phase);
    static QString scope(const QString &scope);
    static QString templateType(const QString &type);
    static QString status(const QString &status);
    /// Connect's built-in units (REFERENCE §3.4): id and title.
    static QList<QPair<QString, QString>> builtinUnits();
};

} // namespace cv::ui
