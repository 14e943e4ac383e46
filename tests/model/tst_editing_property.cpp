// A property-based test of editing, at the model level: seeded random
// sequences of the gestures a user makes (add into containers, delete
// elements, containers and security groups with their members, move and
// re-parent, nudge, resize, connect and disconnect, attach and detach
// subnets, join and leave security groups, inspector edits of properties,
// references, ingress rules, listeners and names, connection ports and
// direction, cut / copy / paste / duplicate, every quick fix the checker
// offers, suppressions, design settings, undo and redo), built as the same
// commands the designer pushes (see ModelEditor.h), on every blueprint and
// on every template of the CloudFormation corpus (../shared/corpus/cfn).
// After every step the invariants of DesignInvariants.h hold and the
// checker adds no finding an edit should have refused; undo to the start
// gives the original file byte for byte, redo to the end the forward file.
// A failure prints its seed and a delta-debugged sequence of steps, one per
// line, ready to paste into regressions_data() below.
//
// CI runs a fixed budget (kCiSequences sequences of kCiSteps steps, a
// quarter of it when built with sanitizers). A longer run is one command,
// from the source directory (ctest would stop it at the test's 300 s
// timeout; the test lifts QtTest's own watchdog):
//
//   PILLAR_SOURCE_DIR=$PWD PILLAR_PROPTEST_SECONDS=1800 build/tests/model/tst_editing_property randomSequences
//
// It runs sequences for that long, stops at the third failure and prints
// the sequences and steps it ran. Other knobs: PILLAR_PROPTEST_SEQUENCES=N (a fixed count instead),
// PILLAR_PROPTEST_STEPS=N (steps per sequence), PILLAR_PROPTEST_SEEDBASE=N
// (the first seed; seeds count up from it), PILLAR_PROPTEST_SEED=N (replay
// that one sequence, printing every step), PILLAR_PROPTEST_STATS=1 (count
// the steps of each kind the editor accepted and refused).

#include "DesignInvariants.h"
#include "EditStep.h"
#include "ModelEditor.h"
#include "SequenceRun.h"
#include "StepGenerator.h"
#include "TestPaths.h"

#include "Blueprints.h"
#include "DesignModel.h"
#include "Document.h"
#include "commands/AddElementsCommand.h"
#include "Layout.h"
#include "importers/CfnImport.h"
#include "rules/Checker.h"

#include <QDir>
#include <QElapsedTimer>
#include <QtTest>

using namespace pillar;
using namespace pillar::test;

namespace {

#ifdef PILLAR_SANITIZED
constexpr int kCiSequences = 60;
#else
constexpr int kCiSequences = 240;
#endif
constexpr int kCiSteps = 40;
constexpr quint64 kCiSeedBase = 20261201;

struct NamedDesign {
    QString name;
    Design design;
};

const QVector<NamedDesign> &designs()
{
    static const QVector<NamedDesign> all = [] {
        QVector<NamedDesign> list;
        for (const BlueprintInfo &b : blueprints()) {
            const LoadResult loaded = loadBlueprint(b.name);
            if (loaded.ok())
                list.append({b.name, *loaded.design});
        }
        const QDir corpus(sharedDir() + QStringLiteral("/corpus/cfn"));
        const QFileInfoList files = corpus.entryInfoList({QStringLiteral("*.yaml"), QStringLiteral("*.yml"), QStringLiteral("*.json")},
                                                         QDir::Files, QDir::Name);
        for (const QFileInfo &file : files) {
            const CfnImportResult imported = importCloudFormationFile(file.absoluteFilePath());
            if (imported.ok())
                list.append({file.completeBaseName(), *imported.design});
        }
        return list;
    }();
    return all;
}

const NamedDesign *designNamed(const QString &name)
{
    for (const NamedDesign &d : designs()) {
        if (d.name == name)
            return &d;
    }
    return nullptr;
}

quint64 envNumber(const char *name, quint64 fallback)
{
    bool ok = false;
    const quint64 v = qEnvironmentVariable(name).toULongLong(&ok);
    return ok ? v : fallback;
}

// One generated sequence: steps drawn and applied one by one.
struct Outcome {
    QVector<EditStep> steps;
    QString failure;
    QHash<QString, int> accepted;
    QHash<QString, int> refused;
};

Outcome runSeed(const NamedDesign &d, quint64 seed, int steps, bool verbose)
{
    Outcome outcome;
    StepGenerator generator(seed);
    SequenceRun run(d.design);
    for (int i = 0; i < steps; ++i) {
        const EditStep step = generator.next(run.design(), run.editor());
        outcome.steps << step;
        if (verbose)
            qInfo().noquote() << QStringLiteral("%1: %2").arg(i + 1).arg(step.toString());
        if (!run.apply(step))
            break;
    }
    run.finish();
    outcome.failure = run.failure();
    outcome.accepted = run.accepted();
    outcome.refused = run.refused();
    return outcome;
}

QString report(const NamedDesign &d, quint64 seed, const Outcome &outcome)
{
    const QVector<EditStep> shrunk = shrink(d.design, outcome.steps, violationCategory(outcome.failure), 400);
    QStringList lines;
    lines << QStringLiteral("Seed %1 on %2 failed after %3 steps:").arg(seed).arg(d.name).arg(outcome.steps.size());
    lines << QStringLiteral("  ") + outcome.failure;
    lines << QStringLiteral("Shrunk to %1 steps, failing with: %2").arg(shrunk.size()).arg(replay(d.design, shrunk));
    lines << QStringLiteral("Replay: PILLAR_PROPTEST_SEED=%1; as a regression row:").arg(seed);
    QStringList quoted;
    for (const EditStep &s : shrunk)
        quoted << QStringLiteral("\"%1\"").arg(s.toString().replace(QLatin1Char('"'), QStringLiteral("\\\"")));
    lines << QStringLiteral("    QTest::newRow(\"...\") << \"%1\" << QStringList{%2};").arg(d.name, quoted.join(QStringLiteral(", ")));
    return lines.join(QLatin1Char('\n'));
}

Design designWith(const QVector<Element> &elements, const QVector<Connection> &connections = {})
{
    Design d;
    for (const Element &e : elements)
        d.insertElement(e);
    for (const Connection &c : connections)
        d.insertConnection(c);
    return d;
}

Element element(const QString &id, ElementKind kind, const QString &parent, const QRectF &geometry)
{
    Element e;
    e.id = id;
    e.kind = kind;
    e.parent = parent;
    e.geometry = geometry;
    return e;
}

// A small whole design: VPC > AZ > subnet > EC2, a group, an ALB.
Design wholeDesign()
{
    Element vpc = element("vpc", ElementKind::Vpc, {}, {0, 0, 800, 500});
    Element az = element("az", ElementKind::AvailabilityZone, "vpc", {20, 40, 400, 400});
    Element subnet = element("subnet", ElementKind::Subnet, "az", {20, 40, 300, 200});
    Element ec2 = element("ec2", ElementKind::Ec2Instance, "subnet", {20, 40, 0, 0});
    Element sg = element("sg", ElementKind::SecurityGroup, "vpc", {500, 40, 0, 0});
    Element alb = element("alb", ElementKind::LoadBalancer, "vpc", {500, 200, 0, 0});
    Element web = element("web", ElementKind::Internet, {}, {900, 40, 0, 0});
    ec2.securityGroups = {"sg"};
    alb.properties.insert("subnets", QStringList{"subnet"});
    return designWith({vpc, az, subnet, ec2, sg, alb, web}, {{"c1", "web", "alb", {}, 0}, {"c2", "alb", "ec2", "http", 80}});
}

} // namespace

class TestEditingProperty : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(designs().size() >= 7 + 10, "the blueprints or the corpus (../shared/corpus/cfn) are missing");
        // Every start design is whole, so every violation below comes from an edit.
        for (const NamedDesign &d : designs()) {
            const QStringList violations = invariantViolations(d.design);
            QVERIFY2(violations.isEmpty(), qPrintable(d.name + QStringLiteral(": ") + violations.join(QStringLiteral("; "))));
        }
    }

    // The invariant checker itself: a whole design passes, each way of
    // breaking it is caught with its category.
    void invariantsCatch_data()
    {
        QTest::addColumn<QString>("category");
        QTest::newRow("whole") << QString();
        QTest::newRow("dangling security group") << "dangling security group";
        QTest::newRow("security group of another VPC") << "security group of another VPC";
        QTest::newRow("dangling reference") << "dangling reference";
        QTest::newRow("subnet of another VPC") << "subnet of another VPC";
        QTest::newRow("dangling ingress source") << "dangling ingress source";
        QTest::newRow("refused ingress") << "refused ingress";
        QTest::newRow("dangling suppression") << "dangling suppression";
        QTest::newRow("dangling connection") << "dangling connection";
        QTest::newRow("refused connection") << "refused connection";
        QTest::newRow("double connection") << "double connection";
        QTest::newRow("refused placement") << "refused placement";
        QTest::newRow("dangling parent") << "dangling parent";
        QTest::newRow("child outside container") << "child outside container";
        QTest::newRow("refused value") << "refused value";
    }
    void invariantsCatch()
    {
        QFETCH(QString, category);
        Design d = wholeDesign();
        auto edit = [&](const QString &id, const std::function<void(Element &)> &change) {
            Element e = *d.element(id);
            change(e);
            const int index = d.elementIndex(id);
            d.removeElementAt(index);
            d.insertElement(e, index);
        };
        if (category == "dangling security group")
            edit("ec2", [](Element &e) { e.securityGroups << "sg-gone"; });
        else if (category == "security group of another VPC") {
            d.insertElement(element("vpc2", ElementKind::Vpc, {}, {0, 600, 400, 300}));
            d.insertElement(element("sg2", ElementKind::SecurityGroup, "vpc2", {20, 40, 0, 0}));
            edit("ec2", [](Element &e) { e.securityGroups << "sg2"; });
        } else if (category == "dangling reference")
            edit("ec2", [](Element &e) { e.properties.insert("autoScalingGroup", QStringLiteral("asg-gone")); });
        else if (category == "subnet of another VPC") {
            d.insertElement(element("vpc2", ElementKind::Vpc, {}, {0, 600, 600, 400}));
            d.insertElement(element("az2", ElementKind::AvailabilityZone, "vpc2", {20, 40, 400, 300}));
            d.insertElement(element("subnet2", ElementKind::Subnet, "az2", {20, 40, 200, 200}));
            edit("alb", [](Element &e) { e.properties.insert("subnets", QStringList{"subnet", "subnet2"}); });
        } else if (category == "dangling ingress source")
            edit("sg", [](Element &e) {
                IngressRule r;
                r.sourceGroup = "sg-gone";
                e.ingress << r;
            });
        else if (category == "refused ingress")
            edit("sg", [](Element &e) {
                IngressRule r;
                r.cidr = "10.0.0.0/16";
                r.fromPort = 443;
                r.toPort = 80;
                e.ingress << r;
            });
        else if (category == "dangling suppression")
            d.lint.suppressions << Suppression{"ec2-without-iam-role", "ec2-gone", "later"};
        else if (category == "dangling connection")
            d.insertConnection({"c3", "web", "ec2-gone", {}, 0});
        else if (category == "refused connection")
            d.insertConnection({"c3", "ec2", "web", {}, 0});
        else if (category == "double connection")
            d.insertConnection({"c3", "alb", "ec2", {}, 0});
        else if (category == "refused placement")
            edit("ec2", [](Element &e) { e.parent = "az"; });
        else if (category == "dangling parent")
            edit("ec2", [](Element &e) { e.parent = "subnet-gone"; });
        else if (category == "child outside container")
            edit("ec2", [](Element &e) { e.geometry.moveTopLeft({290, 40}); });
        else if (category == "refused value")
            edit("ec2", [](Element &e) { e.properties.insert("expectedCpu", 250); });
        const QStringList violations = invariantViolations(d);
        if (category.isEmpty()) {
            QVERIFY2(violations.isEmpty(), qPrintable(violations.join("; ")));
            return;
        }
        QVERIFY2(!violations.isEmpty(), qPrintable(category));
        QCOMPARE(violationCategory(violations.first()), category);
    }

    // A sequence runner that checks something: an edit pushed past the
    // editor (a bare command the designer would refuse) fails it, and so
    // does a model change outside the undo stack.
    void runnerCatches()
    {
        const Design start = wholeDesign();
        SequenceRun run(start);
        EditStep add;
        add.op = EditOp::Add;
        add.key = "rds-instance";
        add.a = QPointF(950, 300); // the top level: refused, so nothing happens
        QVERIFY2(run.apply(add), qPrintable(run.failure()));
        QCOMPARE(run.design().elements().size(), start.elements().size());
        QVERIFY2(run.apply(EditStep::parse("connect ids=ec2,alb").value()), qPrintable(run.failure()));
        QVERIFY2(run.apply(EditStep::parse("rename ids=ec2 key=web%20server").value()), qPrintable(run.failure()));
        QVERIFY2(run.finish(), qPrintable(run.failure()));

        // A bare command the editor would have refused: an RDS instance at the top level.
        SequenceRun bare(start);
        Element rds = element("rds", ElementKind::RdsInstance, {}, {950, 300, 0, 0});
        bare.document()->push(new AddElementsCommand(bare.document()->model(), {rds}, {}, "Add"));
        QVERIFY(!bare.apply(add));
        QCOMPARE(violationCategory(bare.failure()), QStringLiteral("refused placement"));

        // A change behind the undo stack's back: undo no longer restores the file.
        SequenceRun behind(start);
        QVERIFY(behind.apply(EditStep::parse("rename ids=ec2 key=web").value()));
        behind.document()->model()->setProperty("alb", "healthCheckPath", QStringLiteral("/health"));
        QVERIFY(!behind.apply(EditStep::parse("undo").value()));
        QCOMPARE(violationCategory(behind.failure()), QStringLiteral("undo mismatch"));

        // The parse / print round trip of every field.
        const QString line = "edit-ingress ids=sg-1,a%20b key=tcp value=s:10.0.0.0%2F16 a=22,23.5 path=1,2;3,4 n=2";
        const auto parsed = EditStep::parse(line);
        QVERIFY(parsed);
        QCOMPARE(parsed->ids, QStringList({"sg-1", "a b"}));
        QCOMPARE(parsed->value.toString(), "10.0.0.0/16");
        QCOMPARE(EditStep::parse(parsed->toString())->toString(), parsed->toString());
        QVERIFY(!EditStep::parse("teleport ids=ec2"));
    }

    // Why a suppression must leave with its element: ids are reused, so it
    // would hide the same problem on the next, different element.
    void suppressionLeavesWithItsElement()
    {
        SequenceRun run(wholeDesign());
        for (const char *line : {"add key=ec2-instance a=250,200", "suppress ids=ec2-1 key=ec2-without-iam-role value=s:later",
                                 "remove ids=ec2-1", "add key=ec2-instance a=250,200"})
            QVERIFY2(run.apply(EditStep::parse(QString::fromLatin1(line)).value()), qPrintable(run.failure()));
        QVERIFY(run.design().element("ec2-1"));
        bool found = false;
        for (const Finding &f : checkDesign(run.design())) {
            if (f.rule == "ec2-without-iam-role" && f.primaryElement() == "ec2-1") {
                found = true;
                QVERIFY(!f.suppressed);
            }
        }
        QVERIFY(found);
        QVERIFY2(run.finish(), qPrintable(run.failure()));
    }

    // Sequences the random search once found broken, shortened; they must pass.
    void regressions_data()
    {
        QTest::addColumn<QString>("design");
        QTest::addColumn<QStringList>("steps");
        QTest::newRow("select all, delete, undo, cut, paste, undo") << "stage-4-scale-out"
            << QStringList{"remove ids=*", "undo", "cut ids=*", "paste", "undo"};
        // Seed 20261201: "Reverse direction" made a connection into Internet / users.
        // Seed 20261210: the inspector's member list joined a group of another VPC.
        QTest::newRow("member of another VPC's group") << "ECS_EC2LaunchType_clusters__private-vpc"
            << QStringList{"add key=vpc a=2000,100", "add key=security-group a=1700,200", "toggle-member ids=sg-1 key=PublicLoadBalancer",
                           "connect ids=PublicLoadBalancer,sg-1", "toggle-group ids=PublicLoadBalancer key=sg-1"};
        // Seed 20261301: a group and its member pasted into a new VPC; the
        // member went back to its old subnet, still in the pasted group.
        QTest::newRow("paste splits a group from its member") << "stage-2-database-split"
            << QStringList{"add key=vpc a=1969,99", "connect ids=web-1,sg-db", "copy ids=sg-db,web-1", "paste ids=vpc-1"};
        // Seed 20261302: a group dragged into another VPC kept its members in the old one.
        QTest::newRow("move a group into another VPC") << "stage-3-high-availability"
            << QStringList{"duplicate ids=dns-www,vpc-main,az-a,subnet-public-a,subnet-private-a,web-a,db-main,alb-web,sg-alb,sg-web,"
                           "sg-db,vpc-1,dns-www-to-alb-web,alb-web-to-web-a,web-a-to-db-main",
                           "move ids=sg-2 a=-179,156 b=766,627"};
        // Seed 1001478: the primary could not be pasted (its zone was gone), the
        // pasted replica still named it.
        QTest::newRow("paste a replica without its primary") << "stage-4-scale-out"
            << QStringList{"cut ids=sg-db,db-main,db-replica-c", "remove ids=az-a", "paste ids=vpc-main"};
        // Seed 1003203: instances moved into a subnet later in file order came
        // before it in the copy; the subnet was left out, the instances pasted
        // into it anyway.
        QTest::newRow("paste a child listed before its container") << "stage-4-scale-out"
            << QStringList{"move ids=web-c1 a=0,8 b=1088,341", "move ids=web-a2 a=-202.75,-107.25 b=1121,453", "copy ids=subnet-public-c",
                           "remove ids=subnet-data-c,subnet-private-c,az-c", "paste"};
        // Seeds 3000004, 3000026, 3000028: a suppression outlived its element.
        QTest::newRow("delete a suppressed element") << "stage-5-auto-scaling"
            << QStringList{"suppress ids=alb-web key=public-ipv4-charge value=s:accepted%20for%20now", "remove ids=sg-alb,alb-web"};
        QTest::newRow("cut a suppressed element") << "stage-2-database-split"
            << QStringList{"edit-ingress ids=sg-web key=tcp value=s:sg-db a=5432,5432",
                           "suppress ids=web-1 key=connection-blocked-by-security-group value=s:accepted%20for%20now", "cut ids=web-1"};
        QTest::newRow("cut a VPC with a suppressed element") << "stage-4-scale-out"
            << QStringList{"suppress ids=alb-web key=public-ipv4-charge value=s:accepted%20for%20now", "cut ids=vpc-main"};
        QTest::newRow("reverse into the internet") << "stage-2-database-split" << QStringList{"reverse ids=users-to-dns-www"};
    }
    void regressions()
    {
        QFETCH(QString, design);
        QFETCH(QStringList, steps);
        const NamedDesign *d = designNamed(design);
        QVERIFY2(d, qPrintable(design));
        QVector<EditStep> sequence;
        for (const QString &line : std::as_const(steps)) {
            auto step = EditStep::parse(line);
            QVERIFY2(step, qPrintable(line));
            if (step->ids == QStringList{"*"}) { // Select All
                step->ids.clear();
                for (const Element &e : d->design.elements())
                    step->ids << e.id;
                for (const Connection &c : d->design.connections())
                    step->ids << c.id;
            }
            sequence << *step;
        }
        const QString failure = replay(d->design, sequence);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    void randomSequences()
    {
        const QVector<NamedDesign> &all = designs();
        const int steps = int(envNumber("PILLAR_PROPTEST_STEPS", kCiSteps));
        const quint64 base = envNumber("PILLAR_PROPTEST_SEEDBASE", kCiSeedBase);
        if (qEnvironmentVariableIsSet("PILLAR_PROPTEST_SEED")) {
            const quint64 seed = envNumber("PILLAR_PROPTEST_SEED", 0);
            const NamedDesign &d = all[int(seed % quint64(all.size()))];
            qInfo().noquote() << "Replaying seed" << seed << "on" << d.name;
            const Outcome outcome = runSeed(d, seed, steps, true);
            QVERIFY2(outcome.failure.isEmpty(), qPrintable(report(d, seed, outcome)));
            return;
        }
        const qint64 seconds = qint64(envNumber("PILLAR_PROPTEST_SECONDS", 0));
        const quint64 sequences = envNumber("PILLAR_PROPTEST_SEQUENCES", seconds > 0 ? ~quint64(0) : quint64(kCiSequences));
        QElapsedTimer timer;
        timer.start();
        quint64 done = 0;
        qint64 stepsRun = 0;
        QStringList failures;
        QMap<QString, QPair<int, int>> exercised; // kind -> accepted, refused
        for (quint64 seed = base; done < sequences; ++seed) {
            if (seconds > 0 && timer.elapsed() >= seconds * 1000)
                break;
            const NamedDesign &d = all[int(seed % quint64(all.size()))];
            const Outcome outcome = runSeed(d, seed, steps, false);
            ++done;
            stepsRun += outcome.steps.size();
            for (auto it = outcome.accepted.constBegin(); it != outcome.accepted.constEnd(); ++it)
                exercised[it.key()].first += it.value();
            for (auto it = outcome.refused.constBegin(); it != outcome.refused.constEnd(); ++it)
                exercised[it.key()].second += it.value();
            if (!outcome.failure.isEmpty()) {
                failures << report(d, seed, outcome);
                qWarning().noquote() << failures.last();
                if (failures.size() >= 3 || seconds == 0)
                    break;
            }
        }
        QStringList lines;
        for (auto it = exercised.constBegin(); it != exercised.constEnd(); ++it)
            lines << QStringLiteral("  %1: %2 accepted, %3 refused").arg(it.key()).arg(it.value().first).arg(it.value().second);
        if (qEnvironmentVariableIsSet("PILLAR_PROPTEST_STATS"))
            qInfo().noquote() << "Steps by kind:\n" + lines.join(QLatin1Char('\n'));
        qInfo().noquote() << QStringLiteral("%1 sequences, %2 steps on %3 designs in %4 s (seeds from %5)")
                                 .arg(done).arg(stepsRun).arg(all.size()).arg(timer.elapsed() / 1000.0, 0, 'f', 1).arg(base);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QStringLiteral("\n\n"))));
    }
};

int main(int argc, char **argv)
{
    // A long run outlasts QtTest's five-minute watchdog for one test function.
    const qint64 seconds = qint64(envNumber("PILLAR_PROPTEST_SECONDS", 0));
    if (seconds > 0 && !qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", QByteArray::number((seconds + 900) * 1000));
    QCoreApplication app(argc, argv);
    TestEditingProperty test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_editing_property.moc"
