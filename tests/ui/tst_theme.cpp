// Issue 18 point 3: dark and light. The theme's colours are readable (WCAG AA, 4.5:1 for text, computed from the
// sheets the app ships); switching the theme in Settings repaints the pages already open (a status label's
// colour, the dark sheet applied) and the web previews -- Markdown, product template, customer panel -- take the
// theme's page background and go back.
#include "testmain.h"
#include "uitestsupport.h"

#include "app/accounts/accountmanager.h"
#include "app/accounts/accountregistry.h"
#include "app/accounts/keystore.h"
#include "app/content/templatepreview.h"
#include "app/settings/appsettings.h"
#include "ui/fulfillment/ccppreview.h"
#include "ui/inventory/markdownpreview.h"
#include "ui/inventory/productpages/previewwebview.h"
#include "ui/shell/fieldmessages.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/theme.h"
#include "ui/style/theme.h"

#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QVBoxLayout>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QWebEngineView>

#include <memory>

using namespace cv;
using settings::AppSettings;
using ui::Theme;
using ui::Tone;

namespace {

double luminance(const QColor &colour)
{
    const auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

/// The page's body background as the page computes it ("rgb(30, 34, 39)"), through the application's script
/// world: the previews turn JavaScript off for the page itself.
QString bodyBackground(QWebEngineView *view)
{
    QString value;
    bool done = false;
    view->page()->runJavaScript(QStringLiteral("getComputedStyle(document.body).backgroundColor"),
        QWebEngineScript::ApplicationWorld, [&](const QVariant &result) {
            value = result.toString();
            done = true;
        });
    (void)QTest::qWaitFor([&] { return done; }, 10000);
    return value;
}

const QString kLightBody = QStringLiteral("rgb(255, 255, 255)");
const QString kDarkBody = QStringLiteral("rgb(30, 34, 39)");

} // namespace

class TestTheme final : public QObject
{
    Q_OBJECT

private:
    /// Sets `theme` as Settings does and waits until `view` has loaded what it re-rendered, if `view`.
    bool switchTo(AppSettings &settings, AppSettings::Theme theme, QWebEngineView *view = nullptr)
    {
        std::unique_ptr<QSignalSpy> loaded;
        if (view)
            loaded = std::make_unique<QSignalSpy>(view, &QWebEngineView::loadFinished);
        settings.setTheme(theme);
        return !view || loaded->wait(20000) || loaded->count() > 0;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<AppSettings>(m_dir->filePath(QStringLiteral("settings.ini")));
        ui::bindTheme(*qApp, m_settings.get());
        m_settings->setTheme(AppSettings::Theme::Light);
    }

    void cleanup()
    {
        m_settings->setTheme(AppSettings::Theme::Light);
        m_settings.reset();
    }

    void tonesAndChipsAreReadableInBothThemes()
    {
        const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        const QPalette light = fusion->standardPalette();
        const QPalette dark = ui::darkPalette();
        for (const auto &[scheme, palette] :
            { std::pair { Theme::Scheme::Light, light }, std::pair { Theme::Scheme::Dark, dark } }) {
            const char *name = scheme == Theme::Scheme::Dark ? "dark" : "light";
            for (const Tone tone : { Tone::Muted, Tone::Info, Tone::Success, Tone::Warning, Tone::Error }) {
                const QString what = QStringLiteral("%1 %2").arg(QLatin1String(name), Theme::toneName(tone));
                const QColor text = Theme::color(tone, scheme);
                QVERIFY2(text.isValid(), qPrintable(what));
                for (const auto role : { QPalette::Window, QPalette::Base }) {
                    const double ratio = contrast(text, palette.color(role));
                    QVERIFY2(ratio >= 4.5,
                        qPrintable(QStringLiteral("%1 on %2: %3:1").arg(what, palette.color(role).name()).arg(ratio)));
                }
                const double chip = contrast(Theme::chipText(tone, scheme), Theme::chipBackground(tone, scheme));
                QVERIFY2(chip >= 4.5, qPrintable(QStringLiteral("%1 chip: %2:1").arg(what).arg(chip)));
            }
            for (const auto role : { QPalette::WindowText, QPalette::Text, QPalette::PlaceholderText }) {
                const double ratio = contrast(palette.color(role), palette.color(QPalette::Base));
                QVERIFY2(ratio >= 4.5,
                    qPrintable(
                        QStringLiteral("%1 palette role %2: %3:1").arg(QLatin1String(name)).arg(int(role)).arg(ratio)));
            }
        }
    }

    void switchingThemeRepaintsOpenPages()
    {
        QTemporaryDir dir;
        accounts::AccountRegistry registry(dir.filePath(QStringLiteral("accounts.json")));
        accounts::KeyStore keyStore;
        QNetworkAccessManager network;
        accounts::AccountManager manager(&registry, &keyStore, &network);
        ui::MainWindow window(&manager);
        window.openOfflineWorkspace();
        window.resize(1024, 700);
        // A form's error under its field, open on the page while the theme changes.
        auto *form = new QWidget;
        auto *layout = new QVBoxLayout(form);
        auto *field = new QLineEdit(form);
        layout->addWidget(field);
        ui::FieldMessages messages(form);
        QLabel *error = messages.add(QStringLiteral("name"), field);
        layout->addWidget(error);
        messages.showText(QStringLiteral("name"), QStringLiteral("Name is required."), ui::FieldMessages::Tone::Error);
        window.setCentralWidget(form);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const QColor lightError = error->palette().color(QPalette::WindowText);
        QCOMPARE(lightError, Theme::color(Tone::Error, Theme::Scheme::Light));
        QVERIFY(!qApp->styleSheet().contains(QStringLiteral("The dark theme's colours")));
        test::screenshot(&window, QStringLiteral("light"));

        QVERIFY(switchTo(*m_settings, AppSettings::Theme::Dark));
        QVERIFY(Theme::isDark());
        QVERIFY(qApp->styleSheet().contains(QStringLiteral("The dark theme's colours")));
        QTRY_COMPARE(error->palette().color(QPalette::WindowText), Theme::color(Tone::Error, Theme::Scheme::Dark));
        QVERIFY(window.palette().color(QPalette::Window).lightness() < 80);
        QVERIFY2(
            contrast(error->palette().color(QPalette::WindowText), window.palette().color(QPalette::Window)) >= 4.5,
            "the error stays readable on the dark window");
        test::screenshot(&window, QStringLiteral("dark"));

        QVERIFY(switchTo(*m_settings, AppSettings::Theme::Light));
        QTRY_COMPARE(error->palette().color(QPalette::WindowText), lightError);
        QVERIFY(!qApp->styleSheet().contains(QStringLiteral("The dark theme's colours")));
    }

    void markdownPreviewFollowsTheTheme()
    {
        ui::MarkdownPreview view;
        view.resize(600, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy rendered(&view, &ui::MarkdownPreview::rendered);
        view.setMarkdown(QStringLiteral("# Hello\n\nSome *text* and a [link](https://example.com)."));
        QVERIFY(rendered.wait(20000));
        QCOMPARE(bodyBackground(&view), kLightBody);

        QVERIFY(switchTo(*m_settings, AppSettings::Theme::Dark, &view));
        QCOMPARE(bodyBackground(&view), kDarkBody);
        QCOMPARE(view.markdown(), QStringLiteral("# Hello\n\nSome *text* and a [link](https://example.com)."));
        test::screenshot(&view, QStringLiteral("markdown-dark"));
        QVERIFY(switchTo(*m_settings, AppSettings::Theme::Light, &view));
        QCOMPARE(bodyBackground(&view), kLightBody);
    }

    void templatePreviewFollowsTheTheme()
    {
        ui::PreviewWebView view;
        view.resize(600, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy loaded(&view, &QWebEngineView::loadFinished);
        view.showHtml(content::renderTemplatePreview(
            QStringLiteral("# Welcome {{ name }}"), { { QStringLiteral("name"), QStringLiteral("Ann") } }));
        QVERIFY(loaded.wait(20000));
        QCOMPARE(bodyBackground(&view), kLightBody);
        QVERIFY(switchTo(*m_settings, AppSettings::Theme::Dark, &view));
        QCOMPARE(bodyBackground(&view), kDarkBody);
        test::screenshot(&view, QStringLiteral("template-dark"));
        QVERIFY(switchTo(*m_settings, AppSettings::Theme::Light, &view));
        QCOMPARE(bodyBackground(&view), kLightBody);
    }

    void customerPanelPreviewFollowsTheTheme()
    {
        ui::CcpPreview dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy shown(&dialog, &ui::CcpPreview::shown);
        dialog.showCcp(QJsonObject { { QStringLiteral("product"),
                                         QJsonObject { { QStringLiteral("id"), QStringLiteral("PRD-1") },
                                             { QStringLiteral("name"), QStringLiteral("Cloud Backup") } } },
            { QStringLiteral("asset"), QJsonObject { { QStringLiteral("id"), QStringLiteral("AS-1") } } } });
        QVERIFY(shown.wait(20000));
        // The panel's page is a light grey in the light theme, the dark base in the dark one.
        const QString light = bodyBackground(dialog.view());
        QCOMPARE(light, QStringLiteral("rgb(244, 246, 249)"));
        QVERIFY(switchTo(*m_settings, AppSettings::Theme::Dark, dialog.view()));
        QCOMPARE(bodyBackground(dialog.view()), kDarkBody);
        test::screenshot(&dialog, QStringLiteral("ccp-dark"));
        QVERIFY(switchTo(*m_settings, AppSettings::Theme::Light, dialog.view()));
        QCOMPARE(bodyBackground(dialog.view()), light);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSettings> m_settings;
};

CV_TEST_MAIN(TestTheme)
#include "tst_theme.moc"
