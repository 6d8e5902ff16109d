// Renders the app's SVG icon to the PNG sizes of the freedesktop hicolor theme at build time, so the package
// carries raster icons for launchers and panels that do not draw SVG, and the SVG stays the one source.
//
//   cv-render-icons <icon.svg> <output folder> <size>...
// writes <output folder>/<size>x<size>/apps/com.cloudblue.ConnectVendorDesktop.png for each size.

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    // No display is needed: the offscreen platform renders into an image.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: cv-render-icons <icon.svg> <output folder> <size>...\n");
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        std::fprintf(stderr, "cv-render-icons: %s is not a valid SVG file\n", qPrintable(args.at(1)));
        return 1;
    }
    for (const QString &sizeText : args.mid(3)) {
        bool ok = false;
        const int size = sizeText.toInt(&ok);
        if (!ok || size < 8 || size > 1024) {
            std::fprintf(stderr, "cv-render-icons: '%s' is not an icon size (8-1024)\n", qPrintable(sizeText));
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter);
        painter.end();
        const QString folder = QStringLiteral("%1/%2x%2/apps").arg(args.at(2)).arg(size);
        const QString file = folder + QStringLiteral("/com.cloudblue.ConnectVendorDesktop.png");
        if (!QDir().mkpath(folder) || !image.save(file, "PNG")) {
            std::fprintf(stderr, "cv-render-icons: cannot write %s\n", qPrintable(file));
            return 1;
        }
    }
    return 0;
}
