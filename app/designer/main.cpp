// pillar: the designer.

#include "IconPath.h"
#include "MainWindow.h"
#include "SvgIcon.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>

namespace {

// Qt aborts with a platform-plugin error when there is no display. Say what
// is wrong instead, and point at the headless tool.
bool displayAvailable()
{
#if defined(Q_OS_LINUX)
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

} // namespace

int main(int argc, char **argv)
{
    if (!displayAvailable()) {
        std::fputs("pillar: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
                   "Run it in a desktop session or under xvfb-run, or check designs headless with pillar-cli.\n",
                   stderr);
        return 2;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Pillar"));
    QApplication::setOrganizationName(QStringLiteral("Pillar"));
    QApplication::setApplicationVersion(QStringLiteral(PILLAR_VERSION));
    // Matches the installed .desktop file (packaging/), so Wayland compositors
    // and docks show its name and icon for our windows.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.pillar_designer.Pillar"));
    QApplication::setWindowIcon(pillar::svgIcon(pillar::applicationIconPath()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Design AWS architectures and check them as you draw."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "Design to open."), QStringLiteral("[FILE]"));
    parser.process(app);

    pillar::MainWindow window;
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().constFirst());
    window.show();
    return app.exec();
}
