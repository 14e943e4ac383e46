// pillar: the designer.

#include "FileActions.h"
#include "IconPath.h"
#include "MainWindow.h"
#include "RenderStyle.h"
#include "SvgIcon.h"
#include "TestHooks.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QTimer>

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

// A dark Fusion palette, for users whose desktop does not pass its theme to
// Qt and for checking that the window reads well dark. The canvas follows
// (style::Theme::Dark); exported pictures stay light, for documents.
void applyDarkTheme()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p;
    const QColor window(0x2B, 0x2D, 0x31), base(0x1E, 0x1F, 0x22), text(0xE6, 0xE7, 0xE9);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, QColor(0x6C, 0xA8, 0xF5));
    p.setColor(QPalette::Highlight, QColor(0x1A, 0x73, 0xE8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x9A, 0x9D, 0xA3));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x83, 0x88));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x83, 0x88));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x83, 0x88));
    QApplication::setPalette(p);
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
    const QCommandLineOption themeOption(QStringLiteral("theme"),
                                         QApplication::translate("main", "Colour theme: system (default), light or dark. "
                                                                          "Also read from PILLAR_THEME."),
                                         QStringLiteral("THEME"), qEnvironmentVariable("PILLAR_THEME", QStringLiteral("system")));
    parser.addOption(themeOption);
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "Design to open."), QStringLiteral("[FILE]"));
    parser.process(app);

    const QString theme = parser.value(themeOption);
    if (theme == QLatin1String("dark")) {
        applyDarkTheme();
        pillar::style::setTheme(pillar::style::Theme::Dark);
    } else if (theme == QLatin1String("light")) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
    } else if (theme == QLatin1String("system")) {
        // A dark desktop gets a dark canvas too.
        if (QApplication::palette().color(QPalette::Window).lightness() < 128)
            pillar::style::setTheme(pillar::style::Theme::Dark);
    } else {
        std::fprintf(stderr, "%s\n", qPrintable(QApplication::translate("main", "pillar: unknown theme '%1' (use system, light or dark)").arg(theme)));
        return 2;
    }

    pillar::MainWindow window;
    window.show();
    // Once the window is up: open the file (an import report then sits over
    // the window, not over an empty screen), offer what a crashed session
    // left, then the test hooks.
    const QString file = parser.positionalArguments().value(0);
    QTimer::singleShot(0, &window, [&window, file] {
        if (!file.isEmpty())
            window.openFile(file);
        window.fileActions()->offerRecovery(qEnvironmentVariable("PILLAR_TEST_RECOVERY"));
        pillar::runTestHooks(&window, window.document());
    });
    return app.exec();
}
