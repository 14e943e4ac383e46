// Benchmark (not a test): does the live Problems dock keep the UI responsive
// on a big design? Opens a design in a canvas + Problems dock (offscreen),
// then "types" (one property edit every 40 ms, as a user typing in the
// inspector) while a 5 ms timer measures how long the event loop stalls.
//
//   bench_problems FILE [EDITS]   e.g. a design from `bench_lint --write FILE 10000`
//   bench_problems --smoke        the shipped sample, few edits (ctest smoke)
//
// Prints: the check's own cost run synchronously (what the UI would freeze for
// without the worker), the worst and median event-loop stall while typing, and
// how long after the last keystroke the list shows the final design's findings.

#include "DesignModel.h"
#include "DesignScene.h"
#include "DesignView.h"
#include "Document.h"
#include "LintRunner.h"
#include "ProblemsDock.h"
#include "ProblemsModel.h"
#include "commands/SetPropertiesCommand.h"
#include "rules/Checker.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace pillar;

namespace {

// Runs the event loop until pred() holds or timeoutMs passes; false on timeout.
template <typename Pred>
bool waitFor(Pred pred, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!pred()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const bool smoke = args.value(0) == QLatin1String("--smoke");
    const QString path = smoke ? QStringLiteral(PILLAR_SOURCE_DIR "/resources/samples/three-tier.pillar") : args.value(0);
    const int edits = smoke ? 5 : args.value(1, QStringLiteral("40")).toInt();
    if (path.isEmpty() || edits <= 0) {
        std::fprintf(stderr, "usage: bench_problems FILE [EDITS] | --smoke\n");
        return 2;
    }

    Document document;
    QString error;
    if (!document.load(path, &error)) {
        std::fprintf(stderr, "bench_problems: %s\n", qPrintable(error));
        return 2;
    }
    DesignScene scene(&document);
    DesignView view(&scene);
    view.resize(1400, 800);
    view.show();
    LintRunner runner(document.model());
    scene.showFindingsOf(&runner);
    ProblemsDock dock(&document, &runner, &scene, &view);
    dock.resize(1400, 300);
    dock.show();

    const Design &design = document.model()->design();
    QElapsedTimer timer;
    timer.start();
    const int findings = int(checkDesign(design).size());
    const double syncMs = timer.nsecsElapsed() / 1e6;

    timer.restart();
    if (!waitFor([&] { return !dock.runner()->isPending(); }, 120000)) {
        std::fprintf(stderr, "bench_problems: the first check never arrived\n");
        return 1;
    }
    const double firstMs = timer.nsecsElapsed() / 1e6;

    // The UI-thread parts of one refresh: the copy handed to the worker, and
    // showing the results (table reset, counts, badges on the canvas items).
    timer.restart();
    const Design copy = design;
    const double copyMs = timer.nsecsElapsed() / 1e6;
    const QVector<Finding> all = dock.runner()->findings();
    timer.restart();
    emit dock.runner()->findingsReady(all);
    const double showMs = timer.nsecsElapsed() / 1e6;

    // The element to edit: the first EC2 instance or, failing that, any element.
    QString target = design.elements().front().id;
    for (const Element &e : design.elements()) {
        if (e.kind == ElementKind::Ec2Instance) {
            target = e.id;
            break;
        }
    }

    std::vector<double> stalls;
    QElapsedTimer tick;
    QTimer probe;
    probe.setInterval(5);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        stalls.push_back(tick.nsecsElapsed() / 1e6);
        tick.restart();
    });
    tick.start();
    probe.start();
    for (int i = 0; i < edits; ++i) {
        document.push(new SetPropertiesCommand(document.model(), target, QStringLiteral("expectedCpu"), 10 + i % 80));
        QElapsedTimer gap;
        gap.start();
        while (gap.elapsed() < 40)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    timer.restart();
    const bool settled = waitFor([&] { return !dock.runner()->isPending(); }, 120000);
    const double latencyMs = timer.nsecsElapsed() / 1e6;
    probe.stop();
    const bool current = dock.runner()->findings() == checkDesign(design);

    std::sort(stalls.begin(), stalls.end());
    const double worst = stalls.empty() ? 0 : stalls.back();
    const double median = stalls.empty() ? 0 : stalls[stalls.size() / 2];
    std::printf("%zu elements, %d findings: check %.1f ms synchronous; first results after %.1f ms\n",
                design.elements().size(), findings, syncMs, firstMs);
    std::printf("on the UI thread per refresh: copy %.1f ms, show results %.1f ms (%d rows)\n",
                copyMs, showMs, dock.problemsModel()->rowCount());
    std::printf("typing %d edits at 40 ms: event loop stall worst %.1f ms, median %.1f ms (5 ms probe); "
                "final findings %.1f ms after the last edit%s\n",
                edits, worst, median, latencyMs, settled && current ? "" : " (NOT CURRENT)");
    return settled && current ? 0 : 1;
}
