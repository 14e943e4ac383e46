// Benchmark (not a test): lints generated designs of growing size and compares
// the cost with loading the same design from JSON.
//
//   bench_lint [--runs N] [SIZE...]   default sizes 1000 10000 100000, 5 runs
//   bench_lint --smoke                one small design, one run (ctest smoke)
//   bench_lint --write FILE SIZE      write a generated design, e.g. to time pillar-cli
//   bench_lint --breakdown SIZE       where one lint's time goes: the index, then each rule
//
// Prints one line per size with medians, then the 10k -> 100k growth.

#include "io/DesignJson.h"
#include "cost/CostModel.h"
#include "rules/Checker.h"
#include "rules/DesignIndex.h"
#include "rules/RuleContext.h"
#include "rules/RuleRegistry.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace pillar;

namespace {

Element make(ElementKind kind, const QString &id, const QString &parent, QVariantMap props = {})
{
    Element e;
    e.kind = kind;
    e.id = id;
    e.parent = parent;
    e.properties = std::move(props);
    return e;
}

IngressRule fromGroup(int port, const QString &group)
{
    IngressRule r;
    r.fromPort = r.toPort = port;
    r.sourceGroup = group;
    return r;
}

IngressRule fromCidr(int port, const QString &cidr)
{
    IngressRule r;
    r.fromPort = r.toPort = port;
    r.cidr = cidr;
    return r;
}

void connect(Design &d, const QString &from, const QString &to, int port)
{
    Connection c;
    c.id = from + QStringLiteral("--") + to;
    c.from = from;
    c.to = to;
    c.port = port;
    c.protocol = QStringLiteral("tcp");
    d.insertConnection(c);
}

// VPCs of two AZs, filled with three-tier cells (public and private subnet per
// AZ, ALB, one instance per AZ, RDS, three security groups: 11 elements, 5
// connections). Some cells carry the usual mistakes so rules report.
Design generate(int targetElements)
{
    Design d;
    d.info.region = QStringLiteral("eu-west-1");
    d.insertElement(make(ElementKind::Internet, QStringLiteral("users"), QString()));
    int cell = 0;
    for (int v = 0; int(d.elements().size()) < targetElements; ++v) {
        const QString vpc = QStringLiteral("vpc%1").arg(v);
        const int second = v % 256;
        const int first = 10 + v / 256;
        d.insertElement(make(ElementKind::Vpc, vpc, QString(), {{"cidr", QStringLiteral("%1.%2.0.0/16").arg(first).arg(second)}}));
        const QString azA = vpc + QStringLiteral("-a"), azC = vpc + QStringLiteral("-c");
        d.insertElement(make(ElementKind::AvailabilityZone, azA, vpc, {{"zone", QStringLiteral("eu-west-1a")}}));
        d.insertElement(make(ElementKind::AvailabilityZone, azC, vpc, {{"zone", QStringLiteral("eu-west-1c")}}));
        for (int k = 0; k < 60 && int(d.elements().size()) < targetElements; ++k, ++cell) {
            const QString p = QStringLiteral("c%1-").arg(cell);
            auto subnet = [&](const char *name, const QString &az, int third, bool pub) {
                d.insertElement(make(ElementKind::Subnet, p + QLatin1String(name), az,
                                     {{"cidr", QStringLiteral("%1.%2.%3.0/24").arg(first).arg(second).arg(third)}, {"public", pub}}));
            };
            subnet("pub-a", azA, 4 * k, true);
            subnet("pub-c", azC, 4 * k + 1, true);
            subnet("app-a", azA, 4 * k + 2, false);
            subnet("app-c", azC, 4 * k + 3, false);
            Element sgLb = make(ElementKind::SecurityGroup, p + QStringLiteral("sg-lb"), vpc);
            sgLb.ingress << fromCidr(443, QStringLiteral("0.0.0.0/0"));
            Element sgApp = make(ElementKind::SecurityGroup, p + QStringLiteral("sg-app"), vpc);
            sgApp.ingress << fromGroup(8080, sgLb.id);
            if (cell % 5 == 0)
                sgApp.ingress << fromCidr(22, QStringLiteral("0.0.0.0/0"));
            Element sgDb = make(ElementKind::SecurityGroup, p + QStringLiteral("sg-db"), vpc);
            sgDb.ingress << fromGroup(5432, sgApp.id);
            d.insertElement(sgLb);
            d.insertElement(sgApp);
            d.insertElement(sgDb);
            Element lb = make(ElementKind::LoadBalancer, p + QStringLiteral("lb"), vpc,
                              {{"subnets", QStringList{p + QStringLiteral("pub-a"), p + QStringLiteral("pub-c")}},
                               {"healthCheckPath", QStringLiteral("/health")}});
            lb.securityGroups << sgLb.id;
            Listener https;
            https.protocol = QStringLiteral("HTTPS");
            https.port = 443;
            lb.listeners << https;
            d.insertElement(lb);
            for (const char *az : {"a", "c"}) {
                Element ec2 = make(ElementKind::Ec2Instance, p + QStringLiteral("app-") + QLatin1String(az),
                                   p + QStringLiteral("app-") + QLatin1String(az),
                                   {{"instanceType", QStringLiteral("m7g.large")}, {"iamRole", QStringLiteral("app")},
                                    {"expectedCpu", 30}});
                ec2.id = p + QStringLiteral("vm-") + QLatin1String(az);
                ec2.securityGroups << sgApp.id;
                d.insertElement(ec2);
            }
            Element db = make(ElementKind::RdsInstance, p + QStringLiteral("db"), p + QStringLiteral("app-a"),
                              {{"engine", QStringLiteral("postgres")}, {"multiAz", cell % 7 != 0},
                               {"storageEncrypted", true}, {"backupRetentionDays", 7}});
            db.securityGroups << sgDb.id;
            d.insertElement(db);
            connect(d, QStringLiteral("users"), lb.id, 443);
            connect(d, lb.id, p + QStringLiteral("vm-a"), 8080);
            connect(d, lb.id, p + QStringLiteral("vm-c"), 8080);
            connect(d, p + QStringLiteral("vm-a"), db.id, 5432);
            connect(d, p + QStringLiteral("vm-c"), db.id, 5432);
        }
    }
    return d;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

struct Size {
    int elements = 0;
    int connections = 0;
    QByteArray json;
    std::vector<double> loadMs, lintMs, costMs;
    int findings = 0;
    int priced = 0;
};

// Sizes are measured in turn within each run (1k, 10k, 100k, 1k, ...), so a
// machine that speeds up or slows down during the benchmark moves every size
// alike and the growth figures stay meaningful.
void measure(std::vector<Size> &sizes, int runs)
{
    for (int r = 0; r < runs; ++r) {
        for (Size &size : sizes) {
            QElapsedTimer t;
            t.start();
            const LoadResult loaded = readDesign(size.json, QStringLiteral("generated.pillar"));
            size.loadMs.push_back(t.nsecsElapsed() / 1e6);
            if (!loaded.ok()) {
                std::fprintf(stderr, "generated design does not load: %s\n", qPrintable(loaded.error.toString()));
                std::exit(2);
            }
            t.restart();
            size.findings = int(checkDesign(*loaded.design).size());
            size.lintMs.push_back(t.nsecsElapsed() / 1e6);
            // Costing must stay cheaper than linting (the Cost dock reprices
            // on the UI thread); the table is read once, as the dock does.
            const auto prices = PriceTable::forRegion(QStringLiteral("us-east-1"));
            t.restart();
            size.priced = int(estimateCost(*loaded.design, *prices).elements.size());
            size.costMs.push_back(t.nsecsElapsed() / 1e6);
        }
    }
}

// Times the index build and every rule's check on one loaded design (medians
// of `runs`), largest first: which part of a lint grows faster than the design.
void breakdown(int elements, int runs)
{
    const LoadResult loaded = readDesign(writeDesign(generate(elements)), QStringLiteral("generated.pillar"));
    const Design &design = *loaded.design;
    std::vector<double> indexMs;
    std::vector<std::vector<double>> ruleMs(allRules().size());
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        const DesignIndex index(design);
        indexMs.push_back(t.nsecsElapsed() / 1e6);
        const RuleContext context(index);
        for (size_t k = 0; k < allRules().size(); ++k) {
            const Rule &rule = allRules()[k];
            QVector<Finding> findings;
            Reporter reporter(rule.info, findings);
            t.restart();
            rule.check(context, reporter);
            ruleMs[k].push_back(t.nsecsElapsed() / 1e6);
        }
    }
    std::vector<std::pair<double, QString>> parts{{median(indexMs), QStringLiteral("(index)")}};
    double total = parts.front().first;
    for (size_t k = 0; k < ruleMs.size(); ++k) {
        if (ruleMs[k].empty())
            continue;
        parts.emplace_back(median(ruleMs[k]), allRules()[k].get().info.idString());
        total += parts.back().first;
    }
    std::sort(parts.begin(), parts.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    std::printf("%zu elements: %.1f ms in the index and the rules (medians of %d runs)\n", design.elements().size(), total, runs);
    for (const auto &[ms, name] : parts)
        std::printf("  %8.2f ms  %5.1f%%  %s\n", ms, 100 * ms / total, qPrintable(name));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int runs = 5;
    std::vector<int> sizes;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--write") && i + 2 < args.size()) {
            QString error;
            if (!writeDesignFile(generate(args[i + 2].toInt()), args[i + 1], &error)) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 2;
            }
            return 0;
        }
        if (args[i] == QLatin1String("--breakdown") && i + 1 < args.size() && args[i + 1].toInt() > 0) {
            breakdown(args[i + 1].toInt(), runs);
            return 0;
        }
        if (args[i] == QLatin1String("--smoke")) {
            runs = 1;
            sizes = {1000};
        } else if (args[i] == QLatin1String("--runs") && i + 1 < args.size()) {
            runs = std::max(1, args[++i].toInt());
        } else if (args[i].toInt() > 0) {
            sizes.push_back(args[i].toInt());
        } else {
            std::fprintf(stderr, "usage: bench_lint [--smoke] [--runs N] [SIZE...] | --write FILE SIZE | [--runs N] --breakdown SIZE\n");
            return 2;
        }
    }
    if (sizes.empty())
        sizes = {1000, 10000, 100000};
    std::vector<Size> measured;
    for (int n : sizes) {
        const Design design = generate(n);
        Size size;
        size.elements = int(design.elements().size());
        size.connections = int(design.connections().size());
        size.json = writeDesign(design);
        measured.push_back(std::move(size));
    }
    measure(measured, runs);
    for (const Size &s : measured) {
        const double load = median(s.loadMs), lint = median(s.lintMs), cost = median(s.costMs);
        std::printf("%8d elements %7d connections %6.1f MB  load %9.1f ms  lint %8.1f ms  lint/load %.2f  %d findings"
                    "  cost %7.1f ms  cost/lint %.2f  %d priced\n",
                    s.elements, s.connections, s.json.size() / 1e6, load, lint, lint / load, s.findings, cost, cost / lint, s.priced);
    }
    for (size_t i = 1; i < measured.size(); ++i) {
        // Median of the per-run ratios: each pair was measured back to back.
        std::vector<double> lintRatio, loadRatio;
        for (int r = 0; r < runs; ++r) {
            lintRatio.push_back(measured[i].lintMs[size_t(r)] / measured[i - 1].lintMs[size_t(r)]);
            loadRatio.push_back(measured[i].loadMs[size_t(r)] / measured[i - 1].loadMs[size_t(r)]);
        }
        std::printf("growth %d -> %d elements: lint x%.1f, load x%.1f (medians of per-run ratios)\n", measured[i - 1].elements,
                    measured[i].elements, median(lintRatio), median(loadRatio));
    }
    return 0;
}
