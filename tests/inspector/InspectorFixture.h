#pragma once

// Shared by the inspector tests: the three-tier sample plus a read replica
// and an unknown imported value, an InspectorWidget showing it, and the
// gestures a user makes (pick from a drop-down, type and press Enter).

#include "DesignModel.h"
#include "Document.h"
#include "TestPaths.h"
#include "inspector/InspectorWidget.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>
#include <QUndoStack>

#include <memory>

namespace pillar::test {

// What a user's pick from the drop-down does: the index changes, then activated().
inline void choose(QComboBox *combo, const QString &data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data));
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}

// Select all, type, press Enter: how a user replaces a field's text.
inline void typeAndEnter(QWidget *edit, const QString &text)
{
    if (auto *line = qobject_cast<QLineEdit *>(edit))
        line->selectAll();
    else if (auto *spin = qobject_cast<QSpinBox *>(edit))
        spin->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

inline void settle()
{
    QCoreApplication::processEvents();
}

class InspectorFixture
{
protected:
    void setUp()
    {
        m_document = std::make_unique<Document>();
        QString error;
        QVERIFY2(m_document->load(sourceDir() + QStringLiteral("/resources/samples/three-tier.pillar"), &error),
                 qPrintable(error));
        // A replica to point readReplicaOf at, and an unknown imported value.
        Design design = m_document->model()->design();
        Element replica = *design.element(QStringLiteral("db-main"));
        replica.id = QStringLiteral("db-replica");
        replica.name = QStringLiteral("Replica");
        design.insertElement(replica);
        design.element(QStringLiteral("web-c"))->unknown = {QStringLiteral("detailedMonitoring")};
        m_document->reset(design, m_document->filePath());
        m_before = m_document->model()->design();
        m_inspector = std::make_unique<InspectorWidget>(m_document.get());
        m_inspector->resize(420, 900);
        m_inspector->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_inspector.get()));
    }

    void tearDown()
    {
        m_inspector.reset();
        m_document.reset();
    }

    template<typename T>
    T *editor(const QString &name)
    {
        return m_inspector->findChild<T *>(name);
    }

    void select(const QStringList &ids)
    {
        m_inspector->setSelection(ids);
        settle();
    }

    // One command on the stack, the model differs; undo gives back the exact design.
    void expectOneCommandAndUndo()
    {
        QCOMPARE(m_document->undoStack()->count(), 1);
        QVERIFY(m_document->model()->design() != m_before);
        m_document->undoStack()->undo();
        QCOMPARE(m_document->model()->design(), m_before);
        settle();
    }

    const Element &el(const QString &id) { return *m_document->model()->element(id); }

    std::unique_ptr<Document> m_document;
    std::unique_ptr<InspectorWidget> m_inspector;
    Design m_before;
};

} // namespace pillar::test
