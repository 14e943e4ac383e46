// Copy / paste of design pieces: nesting kept, ids fresh and unique, links
// inside the piece renamed, outside links restored when the target has them,
// and the clipboard form survives a round trip.

#include "DesignFragment.h"
#include "Layout.h"
#include "Placement.h"
#include "TestPaths.h"
#include "io/DesignJson.h"

#include <QMimeData>
#include <QSet>
#include <QTest>

#include <memory>

using namespace pillar;

namespace {

Design sampleDesign()
{
    LoadResult r = readDesignFile(test::sourceDir() + QStringLiteral("/resources/samples/three-tier.pillar"));
    if (!r.ok())
        qFatal("cannot read sample: %s", qPrintable(r.error.toString()));
    layout::autoLayout(*r.design);
    return *r.design;
}

Design applied(const Design &target, const PasteResult &pasted)
{
    Design d = target;
    for (const Element &e : pasted.elements)
        d.insertElement(e);
    for (const Connection &c : pasted.connections)
        d.insertConnection(c);
    return d;
}

} // namespace

class TestFragment : public QObject
{
    Q_OBJECT

private slots:
    void copyTakesDescendantsAndInnerConnections();
    void pasteKeepsNestingAndUniqueIds();
    void pasteIntoContainerNests();
    void pasteRefusedWhereAwsForbids();
    void mimeRoundTrip();
    void garbageOnClipboardIsAnError();
};

void TestFragment::copyTakesDescendantsAndInnerConnections()
{
    const Design d = sampleDesign();
    const DesignFragment f = copyFragment(d, {QStringLiteral("az-a")});
    QStringList ids;
    for (const Element &e : f.design.elements())
        ids << e.id;
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()),
             (QSet<QString>{QStringLiteral("az-a"), QStringLiteral("subnet-public-a"), QStringLiteral("subnet-private-a"),
                            QStringLiteral("web-a"), QStringLiteral("db-main")}));
    QCOMPARE(f.design.connections().size(), size_t(1)); // web-a -> db-main only
    QCOMPARE(f.design.element(QStringLiteral("az-a"))->parent, QString());
    QCOMPARE(f.originalParent.value(QStringLiteral("az-a")), QStringLiteral("vpc-main"));
    QCOMPARE(f.design.element(QStringLiteral("az-a"))->geometry.topLeft(), layout::scenePosition(d, QStringLiteral("az-a")));
    QVERIFY(f.outsideGroups.value(QStringLiteral("web-a")).contains(QStringLiteral("sg-web")));
    // The piece alone is a valid design file.
    const LoadResult reread = readDesign(writeDesign(f.design), QStringLiteral("fragment"));
    QVERIFY2(reread.ok(), qPrintable(reread.error.toString()));
}

void TestFragment::pasteKeepsNestingAndUniqueIds()
{
    const Design d = sampleDesign();
    const DesignFragment f = copyFragment(d, {QStringLiteral("az-a")});
    const PasteResult p = pasteFragment(d, f, QString(), QPointF(40, 40));
    QVERIFY(p.refused.isEmpty());
    QCOMPARE(p.elements.size(), 5);
    const Design after = applied(d, p);
    QSet<QString> seen;
    for (const Element &e : after.elements()) {
        QVERIFY2(!seen.contains(e.id), qPrintable(e.id));
        seen.insert(e.id);
    }
    // Same shape: the new AZ is in the old VPC, its subnets in it, the EC2 in the new private subnet.
    const Element &az = p.elements[0];
    QCOMPARE(az.kind, ElementKind::AvailabilityZone);
    QCOMPARE(az.parent, QStringLiteral("vpc-main"));
    QCOMPARE(after.children(az.id).size(), 2);
    const Element *ec2 = nullptr;
    for (const Element &e : p.elements) {
        if (e.kind == ElementKind::Ec2Instance)
            ec2 = &e;
    }
    QVERIFY(ec2);
    QCOMPARE(after.enclosing(ec2->id, ElementKind::AvailabilityZone)->id, az.id);
    QCOMPARE(after.element(ec2->parent)->name, QStringLiteral("Private A"));
    QVERIFY(ec2->securityGroups.contains(QStringLiteral("sg-web"))); // outside group kept
    QCOMPARE(p.connections.size(), 1);
    QCOMPARE(p.connections[0].from, ec2->id);
    QVERIFY(p.connections[0].to != QStringLiteral("db-main"));
    QCOMPARE(layout::scenePosition(after, az.id), layout::scenePosition(d, QStringLiteral("az-a")) + QPointF(40, 40));
    const LoadResult reread = readDesign(writeDesign(after), QStringLiteral("pasted"));
    QVERIFY2(reread.ok(), qPrintable(reread.error.toString()));
}

void TestFragment::pasteIntoContainerNests()
{
    const Design d = sampleDesign();
    const DesignFragment f = copyFragment(d, {QStringLiteral("web-a")});
    const PasteResult p = pasteFragment(d, f, QStringLiteral("subnet-public-c"), QPointF());
    QCOMPARE(p.elements.size(), 1);
    QCOMPARE(p.elements[0].parent, QStringLiteral("subnet-public-c"));
    QVERIFY(!d.hasId(p.elements[0].id));
}

void TestFragment::pasteRefusedWhereAwsForbids()
{
    Design d = sampleDesign();
    const DesignFragment f = copyFragment(d, {QStringLiteral("web-a")});
    // The original subnet is gone and the target is a VPC: nowhere to go.
    Design target = d;
    target.removeElementAt(target.elementIndex(QStringLiteral("web-a")));
    target.removeElementAt(target.elementIndex(QStringLiteral("db-main")));
    target.removeElementAt(target.elementIndex(QStringLiteral("subnet-private-a")));
    const PasteResult p = pasteFragment(target, f, QStringLiteral("vpc-main"), QPointF());
    QVERIFY(p.elements.isEmpty());
    QCOMPARE(p.refused.size(), 1);
    QCOMPARE(p.refused[0], placementProblem(target, ElementKind::Ec2Instance, QStringLiteral("vpc-main")));
}

void TestFragment::mimeRoundTrip()
{
    const Design d = sampleDesign();
    const DesignFragment f = copyFragment(d, {QStringLiteral("az-a"), QStringLiteral("alb-web")});
    std::unique_ptr<QMimeData> mime(fragmentToMime(f));
    QString error;
    const DesignFragment back = fragmentFromMime(mime.get(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(back.design == f.design);
    QCOMPARE(back.originalParent, f.originalParent);
    QCOMPARE(back.outsideGroups, f.outsideGroups);
    QCOMPARE(back.outsideRefs.keys(), f.outsideRefs.keys());
}

void TestFragment::garbageOnClipboardIsAnError()
{
    QMimeData mime;
    mime.setData(QString::fromLatin1(kFragmentMimeType), QByteArray("{\"format\": \"pillar-design\", \"version\": 1, \"elements\": [{]}"));
    QString error;
    const DesignFragment f = fragmentFromMime(&mime, &error);
    QVERIFY(f.isEmpty());
    QVERIFY2(error.startsWith(QLatin1String("clipboard:")), qPrintable(error));
    QMimeData empty;
    QVERIFY(fragmentFromMime(&empty, &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestFragment)
#include "tst_fragment.moc"
