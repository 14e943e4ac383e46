// Benchmark (not a test): what autosave costs the window on a big design.
// Opens a design, then edits it (one property change every EDIT_GAP ms, as a
// user clicking through the inspector) while autosave copies every change,
// and a 5 ms timer measures how long the event loop stalls.
//
//   bench_autosave FILE [EDITS]   e.g. a design from `bench_lint --write FILE 10000`
//   bench_autosave --smoke        the shipped sample, few edits (ctest smoke)
//
// Prints: the GUI thread's share of one copy (the snapshot), a whole copy
// written synchronously for comparison, the worst and median event-loop
// stall while editing, and the worst time from an edit to its copy on disk.
// Budget (issue "Never lose an edit"): a stall under 50 ms on 10,000
// elements, and every change on disk within 2 s.

#include "Autosave.h"
#include "DesignModel.h"
#include "Document.h"
#include "commands/SetPropertiesCommand.h"
#include "io/DesignJson.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace pillar;

namespace {

constexpr int kEditGapMs = 100;

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    // Copies go to a folder of our own, never the user's autosave folder.
    QTemporaryDir home;
    qputenv("XDG_DATA_HOME", home.path().toUtf8());
    QApplication app(argc, argv);
    app.setOrganizationName(QStringLiteral("PillarBench"));
    app.setApplicationName(QStringLiteral("bench_autosave"));
    const QStringList args = app.arguments().mid(1);
    const bool smoke = args.value(0) == QLatin1String("--smoke");
    const QString path = smoke ? QStringLiteral(PILLAR_SOURCE_DIR "/resources/samples/three-tier.pillar") : args.value(0);
    const int edits = smoke ? 4 : args.value(1, QStringLiteral("30")).toInt();
    if (path.isEmpty() || edits <= 0) {
        std::fprintf(stderr, "usage: bench_autosave FILE [EDITS] | --smoke\n");
        return 2;
    }
    Document document;
    QString error;
    if (!document.load(path, &error)) {
        std::fprintf(stderr, "bench_autosave: %s\n", qPrintable(error));
        return 2;
    }
    Autosave autosave(&document);
    const Design &design = document.model()->design();

    std::vector<double> snapshots;
    for (int i = 0; i < 7; ++i)
        snapshots.push_back(Autosave::snapshotNanoseconds(&document) / 1e6);
    QElapsedTimer timer;
    timer.start();
    (void)writeDesignFile(design, home.filePath("sync.pillar"), &error);
    const double syncMs = timer.nsecsElapsed() / 1e6;

    // A different EC2 instance each time, set to a value it did not have:
    // edits that neither merge nor undo one another back to the saved design.
    QStringList targets;
    for (const Element &e : design.elements()) {
        if (e.kind == ElementKind::Ec2Instance && targets.size() < edits)
            targets << e.id;
    }
    if (targets.isEmpty()) {
        std::fprintf(stderr, "bench_autosave: %s has no EC2 instance to edit\n", qPrintable(path));
        return 2;
    }

    // Edit i is on disk when a copy whose snapshot was taken after it is written.
    std::vector<qint64> editAt;
    std::vector<double> latencies;
    size_t inSnapshot = 0; // edits made before the snapshot of the copy being written
    QElapsedTimer clock;
    clock.start();
    size_t copied = 0;
    int writes = 0;
    int failures = 0;
    QObject::connect(&autosave, &Autosave::written, [&] {
        ++writes;
        const qint64 now = clock.elapsed();
        while (copied < inSnapshot) {
            latencies.push_back(double(now - editAt[copied]));
            ++copied;
        }
    });
    QObject::connect(&autosave, &Autosave::copyStarted, [&] { inSnapshot = editAt.size(); });
    QObject::connect(&autosave, &Autosave::failed, [&](const QString &message) {
        ++failures;
        std::fprintf(stderr, "bench_autosave: %s\n", qPrintable(message));
    });

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
        editAt.push_back(clock.elapsed());
        const QString target = targets[i % targets.size()];
        const int cpu = document.model()->element(target)->intValue(QStringLiteral("expectedCpu"));
        document.push(new SetPropertiesCommand(document.model(), target, QStringLiteral("expectedCpu"), (cpu + 13) % 100));
        QElapsedTimer gap;
        gap.start();
        while (gap.elapsed() < kEditGapMs)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    QElapsedTimer settle;
    settle.start();
    while (copied < editAt.size() && settle.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    probe.stop();

    std::sort(stalls.begin(), stalls.end());
    const double worstStall = stalls.empty() ? 0 : stalls.back();
    const double worstLatency = latencies.empty() ? 0 : *std::max_element(latencies.begin(), latencies.end());
    std::printf("%zu elements: snapshot on the GUI thread %.2f ms (median of 7); a whole copy written synchronously %.1f ms\n",
                design.elements().size(), median(snapshots), syncMs);
    std::printf("%d edits %d ms apart: %d copies written; event loop stall worst %.1f ms, median %.1f ms (5 ms probe); "
                "edit to copy on disk worst %.0f ms, median %.0f ms\n",
                edits, kEditGapMs, writes, worstStall, median(stalls), worstLatency, median(latencies));
    if (failures || copied < editAt.size()) {
        std::fprintf(stderr, "bench_autosave: %zu of %zu edits never reached a copy\n", editAt.size() - copied, editAt.size());
        return 1;
    }
    return 0;
}
