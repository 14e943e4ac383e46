// pillar-icon-render SVG SIZE OUT.png       render one icon at SIZE px
// pillar-icon-render --sheet OUT.png SVG...  contact sheet for review
#include "IconRendering.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace pillar::tools;

int main(int argc, char **argv)
{
    // Raster painting into a QImage needs no platform plugin, so a build
    // step without a display can run this; icons carry no text, so no fonts.
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = app.arguments().mid(1);
    const QString usage = QCoreApplication::translate("IconRender",
        "usage: pillar-icon-render SVG SIZE OUT.png\n"
        "       pillar-icon-render --sheet OUT.png SVG...\n");

    QString error;
    QImage image;
    QString out;
    if (args.size() >= 3 && args[0] == QLatin1String("--sheet")) {
        out = args[1];
        image = contactSheet(args.mid(2), &error);
    } else if (args.size() == 3) {
        bool ok = false;
        const int size = args[1].toInt(&ok);
        if (!ok || size < 1 || size > 4096) {
            err << QCoreApplication::translate("IconRender", "invalid size: %1\n").arg(args[1]) << usage;
            return 2;
        }
        out = args[2];
        image = renderSvgFile(args[0], size, &error);
    } else {
        err << usage;
        return 2;
    }
    if (image.isNull()) {
        err << error << '\n';
        return 1;
    }
    if (!image.save(out, "PNG")) {
        err << QCoreApplication::translate("IconRender", "%1: cannot write the PNG file\n").arg(out);
        return 1;
    }
    return 0;
}
