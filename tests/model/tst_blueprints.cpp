// Every shipped blueprint is a well-formed design: it loads from the
// resources compiled into the model, places every element where AWS allows,
// draws only connections AWS can have, and is laid out cleanly (nothing
// overlapping, children inside their containers). Findings per blueprint are
// asserted by the rules tests.

#include "Blueprints.h"
#include "Placement.h"
#include "TestPaths.h"
#include "KindInfo.h"

#include <QFile>
#include <QtTest>

using namespace pillar;

namespace {

QRectF boxOf(const Element &e)
{
    const QRectF g = e.geometry;
    if (kindInfo(e.kind).container)
        return g;
    return QRectF(g.topLeft(), QSizeF(kNodeWidth, kNodeHeight));
}

} // namespace

class TestBlueprints : public QObject
{
    Q_OBJECT

private slots:
    void catalogue()
    {
        const QVector<BlueprintInfo> list = blueprints();
        QCOMPARE(list.size(), 10);
        QCOMPARE(list.first().name, QStringLiteral("stage-1-one-user"));
        QCOMPARE(list.at(2).name, QStringLiteral("stage-3-high-availability"));
        for (const BlueprintInfo &b : list) {
            QVERIFY2(!b.title.isEmpty(), qPrintable(b.name));
            // What it is, and what changed / what to notice.
            QVERIFY2(b.description.size() > 300, qPrintable(b.name));
            QVERIFY2(b.description.contains("What changed") || b.description.contains("What to notice"), qPrintable(b.name));
        }
        QVERIFY(!loadBlueprint("no-such-blueprint").ok());
        QVERIFY(loadBlueprint("no-such-blueprint").error.message.contains("choose one of: stage-1-one-user"));
    }

    void wellFormed_data()
    {
        QTest::addColumn<QString>("name");
        for (const BlueprintInfo &b : blueprints())
            QTest::newRow(qPrintable(b.name)) << b.name;
    }
    void wellFormed()
    {
        QFETCH(QString, name);
        const LoadResult loaded = loadBlueprint(name);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error.toString()));
        const Design &d = *loaded.design;

        // The compiled-in copy is the file in the source tree, byte for byte, in canonical form.
        QFile source(test::sourceDir() + "/resources/blueprints/" + name + ".pillar");
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QByteArray bytes = source.readAll();
        QCOMPARE(writeDesign(d), bytes);

        for (const Element &e : d.elements()) {
            const QString problem = placementProblem(d, e.kind, e.parent);
            QVERIFY2(problem.isEmpty(), qPrintable(e.id + ": " + problem));
            QVERIFY2(!e.name.isEmpty(), qPrintable(e.id + " has no name"));
        }
        for (const Connection &c : d.connections()) {
            const QString problem = connectionProblem(d, c.from, c.to);
            QVERIFY2(problem.isEmpty(), qPrintable(c.id + ": " + problem));
        }
    }

    void laidOutCleanly_data() { wellFormed_data(); }
    void laidOutCleanly()
    {
        QFETCH(QString, name);
        const Design d = *loadBlueprint(name).design;
        QHash<QString, QStringList> siblings;
        for (const Element &e : d.elements()) {
            siblings[e.parent] << e.id;
            if (e.parent.isEmpty())
                continue;
            const Element *parent = d.element(e.parent);
            const QRectF inside(QPointF(0, 0), parent->geometry.size());
            QVERIFY2(inside.contains(boxOf(e)), qPrintable(e.id + " sticks out of " + e.parent));
        }
        for (const QStringList &group : siblings) {
            for (int i = 0; i < group.size(); ++i) {
                for (int j = i + 1; j < group.size(); ++j) {
                    const QRectF a = boxOf(*d.element(group[i]));
                    const QRectF b = boxOf(*d.element(group[j]));
                    QVERIFY2(!a.intersects(b), qPrintable(group[i] + " overlaps " + group[j]));
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestBlueprints)
#include "tst_blueprints.moc"
