// Every kind of the kind table, selected in the Inspector, shows one editor
// per property of its row, of the type the property spec asks for; an edit of
// a serverless kind's property is one undoable command like any other.

#include "InspectorFixture.h"

#include "KindInfo.h"
#include "inspector/CheckList.h"

#include <QCheckBox>
#include <QLabel>

using namespace pillar;
using namespace pillar::test;

class TestInspectorKinds : public QObject, private InspectorFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void everyPropertyHasItsEditor_data();
    void everyPropertyHasItsEditor();
    void serverlessEditIsOneCommand();

private:
    // Adds an element of kind where it may stand in the sample design and returns its id.
    QString addElement(ElementKind kind);
};

QString TestInspectorKinds::addElement(ElementKind kind)
{
    Design design = m_document->model()->design();
    Element e;
    e.id = QStringLiteral("new-") + kindKey(kind);
    e.kind = kind;
    if (!kindInfo(kind).topLevel) {
        for (const Element &candidate : design.elements()) {
            const std::vector<ElementKind> &parents = kindInfo(kind).parents;
            if (std::find(parents.begin(), parents.end(), candidate.kind) != parents.end()) {
                e.parent = candidate.id;
                break;
            }
        }
    }
    design.insertElement(e);
    m_document->reset(design, m_document->filePath());
    m_before = m_document->model()->design();
    return e.id;
}

void TestInspectorKinds::everyPropertyHasItsEditor_data()
{
    QTest::addColumn<int>("kind");
    for (const KindInfo &info : allKinds())
        QTest::newRow(info.key) << int(info.kind);
}

void TestInspectorKinds::everyPropertyHasItsEditor()
{
    QFETCH(int, kind);
    const ElementKind k = ElementKind(kind);
    select({addElement(k)});
    QCOMPARE(editor<QLabel>(QStringLiteral("kindLabel"))->text(), kindDisplayName(k));
    for (const PropertySpec &spec : propertySpecs(k)) {
        const QString name = QStringLiteral("prop-") + spec.key;
        QWidget *w = nullptr;
        switch (spec.type) {
        case PropertyType::Bool: w = editor<QCheckBox>(name); break;
        case PropertyType::Int: w = editor<QSpinBox>(name); break;
        case PropertyType::Enum:
        case PropertyType::Ref: w = editor<QComboBox>(name); break;
        case PropertyType::RefList: w = editor<CheckList>(name); break;
        case PropertyType::String: w = editor<QLineEdit>(name); break;
        case PropertyType::Cidr: w = editor<QWidget>(name); break;
        }
        QVERIFY2(w, qPrintable(QStringLiteral("%1: no editor %2").arg(kindKey(k), name)));
        if (spec.type == PropertyType::Int) {
            auto *spin = static_cast<QSpinBox *>(w);
            QCOMPARE(spin->maximum(), spec.maximum);
            QCOMPARE(spin->value(), spec.defaultValue.toInt());
        }
        if (spec.type == PropertyType::Enum) {
            auto *combo = static_cast<QComboBox *>(w);
            QCOMPARE(combo->count(), int(spec.enumValues.size()));
            QCOMPARE(combo->currentData().toString(), spec.defaultValue.toString());
        }
    }
}

void TestInspectorKinds::serverlessEditIsOneCommand()
{
    const QString table = addElement(ElementKind::DynamoDbTable);
    select({table});
    auto *pitr = editor<QCheckBox>(QStringLiteral("prop-pointInTimeRecovery"));
    QVERIFY(pitr);
    QVERIFY(!pitr->isChecked());
    pitr->click();
    QCOMPARE(el(table).boolValue(QStringLiteral("pointInTimeRecovery")), true);
    expectOneCommandAndUndo();
    QVERIFY(!pitr->isChecked());

    auto *mode = editor<QComboBox>(QStringLiteral("prop-billingMode"));
    QCOMPARE(mode->currentText(), QStringLiteral("On-demand"));
    choose(mode, QStringLiteral("provisioned"));
    QCOMPARE(el(table).stringValue(QStringLiteral("billingMode")), QStringLiteral("provisioned"));
    expectOneCommandAndUndo();
}

QTEST_MAIN(TestInspectorKinds)
#include "tst_inspector_kinds.moc"
