// Import + lint time per corpus template: parses, resolves, maps and lays out
// each file, then runs the checker, `runs` times; prints the medians.
// Run by ctest with few runs as a smoke test; run by hand for figures:
//   bench_import [runs]
#include "TestPaths.h"
#include "importers/CfnImport.h"
#include "rules/Checker.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>

using namespace pillar;

namespace {

double median(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 5;
    const QString dir = test::sharedDir() + QStringLiteral("/corpus/cfn");
    const QFileInfoList files = QDir(dir).entryInfoList({QStringLiteral("*.yaml"), QStringLiteral("*.yml"), QStringLiteral("*.json")},
                                                        QDir::Files, QDir::Name);
    std::printf("%-80s %6s %9s %10s %8s %9s\n", "template", "bytes", "elements", "import ms", "lint ms", "findings");
    double worst = 0;
    int count = 0;
    for (const QFileInfo &f : files) {
        if (f.fileName() == QLatin1String("manifest.json"))
            continue;
        QFile file(f.absoluteFilePath());
        if (!file.open(QIODevice::ReadOnly))
            return 2;
        const QByteArray bytes = file.readAll();
        QVector<double> times, lintTimes;
        int elements = 0, findings = 0;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            const CfnImportResult r = importCloudFormation(bytes, f.fileName());
            times << timer.nsecsElapsed() / 1e6;
            if (!r.ok()) {
                std::fprintf(stderr, "%s\n", qPrintable(r.error.toString()));
                return 1;
            }
            elements = int(r.design->elements().size());
            timer.restart();
            findings = int(checkDesign(*r.design).size());
            lintTimes << timer.nsecsElapsed() / 1e6;
        }
        const double m = median(times), l = median(lintTimes);
        worst = std::max(worst, m + l);
        ++count;
        std::printf("%-80s %6lld %9d %10.2f %8.2f %9d\n", qPrintable(f.fileName()), qlonglong(bytes.size()), elements, m, l, findings);
    }
    std::printf("%d templates, slowest median import + lint %.2f ms\n", count, worst);
    // "Well under a second": fail loudly if a template gets anywhere near it.
    return count >= 10 && worst < 500 ? 0 : 1;
}
