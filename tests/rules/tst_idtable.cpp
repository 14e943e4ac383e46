// IdTable: the checker's id -> index table must answer exactly as
// Design::elementIndex() does, whatever the ids look like.
#include "rules/DesignIndex.h"
#include "rules/IdTable.h"

#include <QtTest>

using namespace pillar;

namespace {

std::vector<Element> elementsWithIds(const QStringList &ids)
{
    std::vector<Element> elements;
    for (const QString &id : ids) {
        Element e;
        e.id = id;
        elements.push_back(e);
    }
    return elements;
}

} // namespace

class TestIdTable : public QObject
{
    Q_OBJECT

private slots:
    void findsEveryIdAndNothingElse_data()
    {
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("empty design") << QStringList{};
        QTest::newRow("one") << QStringList{"vpc"};
        QTest::newRow("prefixes of each other") << QStringList{"a", "ab", "abc", "abcd", "b"};
        QTest::newRow("Latin-1 beyond ASCII") << QStringList{"caf\u00e9", "cafe", "na\u00efve"};
        QTest::newRow("outside Latin-1 (UTF-16 buffer)") << QStringList{"web", "\u30a6\u30a7\u30d6", "db-\u20ac", "x"};
        QStringList many;
        for (int i = 0; i < 5000; ++i)
            many << QStringLiteral("c%1-vm-%2").arg(i / 11).arg(i % 11);
        QTest::newRow("5000 similar ids") << many;
    }

    void findsEveryIdAndNothingElse()
    {
        QFETCH(QStringList, ids);
        const IdTable table(elementsWithIds(ids));
        for (int i = 0; i < ids.size(); ++i)
            QCOMPARE(table.indexOf(ids[i]), i);
        for (const QString &id : ids) {
            QCOMPARE(table.indexOf(id + QLatin1Char('x')), ids.contains(id + QLatin1Char('x')) ? int(ids.indexOf(id + 'x')) : -1);
            if (id.size() > 1 && !ids.contains(id.chopped(1)))
                QCOMPARE(table.indexOf(id.chopped(1)), -1);
        }
        QCOMPARE(table.indexOf(QStringLiteral("no-such-id")), -1);
        QCOMPARE(table.indexOf(QString()), -1);
    }

    void firstDuplicateWins()
    {
        const IdTable table(elementsWithIds({"a", "b", "a", "b"}));
        QCOMPARE(table.indexOf(QStringLiteral("a")), 0);
        QCOMPARE(table.indexOf(QStringLiteral("b")), 1);
    }

    void indexAgreesWithDesign()
    {
        Design d;
        for (int i = 0; i < 300; ++i) {
            Element e;
            e.kind = i % 3 ? ElementKind::Ec2Instance : ElementKind::SecurityGroup;
            e.id = QStringLiteral("e%1").arg(i * 7919 % 1000);
            d.insertElement(e);
        }
        const DesignIndex index(d);
        for (const Element &e : d.elements())
            QCOMPARE(index.indexOf(e.id), d.elementIndex(e.id));
        QCOMPARE(index.indexOf(QStringLiteral("e1001")), -1);
    }
};

QTEST_GUILESS_MAIN(TestIdTable)
#include "tst_idtable.moc"
