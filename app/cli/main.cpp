// pillar-cli: Pillar without a window. Lints, converts and imports designs so a
// team can run the same checks in CI that the designer runs live.

#include "CliCommand.h"
#include "CliIo.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

using namespace pillar::cli;

namespace {

QString usage()
{
    QString text = tr("Usage: pillar-cli COMMAND [OPTIONS] [ARGS]\n\n"
                      "Design AWS architectures and check them against Well-Architected practice.\n\n"
                      "Commands:\n");
    for (const CliCommand &c : commands())
        text += QStringLiteral("  %1  %2\n").arg(QString::fromLatin1(c.name).leftJustified(10), tr(c.summary));
    text += tr("\nOptions:\n"
               "  -h, --help     Show this help (pillar-cli COMMAND --help for a command's)\n"
               "  -v, --version  Show the version\n\n"
               "Exit status: 0 success, 1 findings at or above the failure threshold, 2 usage or input error.\n");
    return text;
}

} // namespace

int main(int argc, char **argv)
{
    // Drawing pictures needs fonts, so QGuiApplication; pillar-cli never shows
    // a window, so the offscreen platform works with or without a display.
    std::unique_ptr<QCoreApplication> app;
    QStringList raw;
    for (int i = 2; i < argc; ++i)
        raw << QString::fromLocal8Bit(argv[i]);
    if (argc > 1 && qstrcmp(argv[1], "convert") == 0 && convertWantsGui(raw)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("pillar-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PILLAR_VERSION));

    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        printErr(usage());
        return ExitUsage;
    }
    const QString first = args.at(1);
    if (first == QLatin1String("-h") || first == QLatin1String("--help") || first == QLatin1String("help")) {
        printOut(usage());
        return ExitOk;
    }
    if (first == QLatin1String("-v") || first == QLatin1String("--version")) {
        printOut(QStringLiteral("pillar-cli %1\n").arg(QCoreApplication::applicationVersion()));
        return ExitOk;
    }
    for (const CliCommand &c : commands()) {
        if (first == QLatin1String(c.name)) {
            QStringList rest = args.mid(2);
            rest.prepend(QStringLiteral("pillar-cli ") + first);
            return c.run(rest);
        }
    }
    printErr(tr("pillar-cli: unknown command '%1'\n\n").arg(first) + usage());
    return ExitUsage;
}
