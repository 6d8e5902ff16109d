#include "ui/i18n/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QSettings>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcI18n, "cv.i18n")

namespace cv::ui {

QStringList shippedLanguages()
{
    return { QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr"), QStringLiteral("it"),
        QStringLiteral("ja"), QStringLiteral("nl"), QStringLiteral("pt"), QStringLiteral("ru") };
}

QString chosenLanguage()
{
    const QString language = QSettings().value(QStringLiteral("ui/language")).toString();
    return language == QLatin1String("system") ? QString() : language;
}

void setChosenLanguage(const QString &language)
{
    QSettings settings;
    if (language.isEmpty() || language == QLatin1String("system"))
        settings.remove(QStringLiteral("ui/language"));
    else
        settings.setValue(QStringLiteral("ui/language"), language);
}

QLocale localeFor(const QString &language)
{
    return language.isEmpty() || language == QLatin1String("system") ? QLocale::system() : QLocale(language);
}

bool switchLanguage(QCoreApplication &app, const QLocale &locale)
{
    // Only the translators this file installed (children of the application) are removed.
    for (QTranslator *translator : app.findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(translator);
        translator->deleteLater();
    }
    QLocale::setDefault(locale);
    // Installing or removing a translator posts QEvent::LanguageChange to every window.
    return installTranslations(app, locale);
}

bool installTranslations(QCoreApplication &app, const QLocale &locale)
{
    // Qt's translations of its own dialogs come from the system; missing ones are not an error.
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qtTranslator);
    else
        delete qtTranslator;

    auto *translator = new QTranslator(&app);
    if (!translator->load(locale, QStringLiteral("connect-vendor"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        qCDebug(lcI18n) << "no translation for" << locale.name();
        delete translator;
        return false;
    }
    app.installTranslator(translator);
    qCDebug(lcI18n) << "installed" << translator->filePath();
    return true;
}

} // namespace cv::ui
