// SetDesignInfoCommand: push -> undo -> redo, and a no-op leaves no step.

#include "DesignModel.h"
#include "Document.h"
#include "commands/SetDesignInfoCommand.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace pillar;

class TestSetDesignInfo : public QObject
{
    Q_OBJECT

private slots:
    void pushUndoRedo();
    void noChangeLeavesNoStep();
};

void TestSetDesignInfo::pushUndoRedo()
{
    Document document;
    DesignModel *model = document.model();
    const DesignInfo before = model->design().info;
    DesignInfo after = before;
    after.name = QStringLiteral("Shop");
    after.region = QStringLiteral("eu-west-1");
    after.environment = QStringLiteral("staging");
    after.expectedUsers = 250000;
    QSignalSpy infoChanged(model, &DesignModel::infoChanged);

    document.push(new SetDesignInfoCommand(model, after));
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(model->design().info, after);
    QCOMPARE(infoChanged.count(), 1);
    QVERIFY(document.isModified());

    document.undoStack()->undo();
    QCOMPARE(model->design().info, before);
    QCOMPARE(infoChanged.count(), 2);
    QVERIFY(!document.isModified());

    document.undoStack()->redo();
    QCOMPARE(model->design().info, after);
    QCOMPARE(document.undoStack()->text(0), QStringLiteral("Change design settings"));
}

void TestSetDesignInfo::noChangeLeavesNoStep()
{
    Document document;
    document.push(new SetDesignInfoCommand(document.model(), document.model()->design().info));
    QCOMPARE(document.undoStack()->count(), 0);
    QVERIFY(!document.isModified());
}

QTEST_GUILESS_MAIN(TestSetDesignInfo)
#include "tst_setdesigninfo.moc"
