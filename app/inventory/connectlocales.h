#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace cv::inventory {

/// One of Connect's locales: id ("DE", "PT-BR") and English name, as GET /localization/locales gives them.
struct ConnectLocale
{
    QString id;
    QString name;
};

/// Every locale Connect offers for translations, in Connect's order.
const QList<ConnectLocale> &connectLocales();
/// The languages the Localization page always lists (issue 16): de, es, fr, it, ja, nl, pt, ru.
QStringList defaultTranslationLocales();
/// Connect's name of a locale id, or the id itself when unknown.
QString connectLocaleName(const QString &id);

} // namespace cv::inventory
