// File ▸ Import ▸ CloudFormation… (or Terraform…) and opening a template or
// a Terraform plan like a design: the window imports it as a new untitled design whose ids are logical IDs, and a
// template that cannot be read leaves the current design untouched.

#include "MainWindow.h"
#include "TestPaths.h"

#include "DesignModel.h"
#include "Document.h"

#include <QAbstractButton>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace pillar;

class TestImportAction : public QObject
{
    Q_OBJECT

    bool m_answered = false;

    // Answers the next modal question (Unsaved changes?) with `button`.
    void answerNextQuestion(QMessageBox::StandardButton button, int tries = 50)
    {
        m_answered = false;
        QTimer::singleShot(100, this, [this, button, tries] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box && tries > 0)
                return answerNextQuestion(button, tries - 1); // not up yet
            if (!box)
                return;
            m_answered = true;
            box->button(button)->click();
        });
    }

private slots:
    void importsTemplateAsUntitledDesign()
    {
        MainWindow window;
        window.setQuietImport(true);
        const QString path = test::sharedDir() + "/corpus/cfn/ElastiCache__Elasticache-snapshot.yaml";
        QVERIFY2(QFile::exists(path), qPrintable(path));
        QVERIFY(window.importCloudFormation(path));
        const Design &d = window.document()->model()->design();
        QVERIFY(d.elements().size() > 3);
        // Element ids are the template's logical IDs, nested as the template says.
        QVERIFY(d.element("VPC") && d.element("VPC")->kind == ElementKind::Vpc);
        QVERIFY(d.element("PublicSubnetA") && d.element("PublicSubnetA")->kind == ElementKind::Subnet);
        const Element *redis = d.element("RedisReplicationGroup");
        QVERIFY(redis && redis->kind == ElementKind::ElastiCache);
        QVERIFY(redis->boolValue("automaticFailover"));
        QVERIFY(redis->securityGroups.contains("RedisSecurityGroup"));
        for (const Element &e : d.elements())
            QVERIFY2(Design::isValidId(e.id), qPrintable(e.id));
        QVERIFY(window.document()->filePath().isEmpty()); // saving must ask where
        QVERIFY(window.windowTitle().startsWith("Untitled"));
        QVERIFY(window.document()->undoStack()->count() == 0);
        // ...and it is unsaved: the title says so, and opening another design
        // asks first; Cancel keeps the import.
        QVERIFY(window.document()->isModified());
        QVERIFY(window.windowTitle().startsWith("Untitled*"));
        const Design imported = d;
        answerNextQuestion(QMessageBox::Cancel);
        QVERIFY(!window.openDesign(test::sourceDir() + "/resources/blueprints/stage-1-one-user.pillar"));
        QVERIFY(window.document()->model()->design() == imported);
        QVERIFY(m_answered);
    }

    void openingATemplateImportsIt()
    {
        MainWindow window;
        window.setQuietImport(true);
        QVERIFY(window.openFile(test::sharedDir() + "/corpus/cfn/EC2__EC2InstanceWithSecurityGroupSample.yaml"));
        bool hasInstance = false;
        for (const Element &e : window.document()->model()->design().elements())
            hasInstance |= e.kind == ElementKind::Ec2Instance;
        QVERIFY(hasInstance);
    }

    // File ▸ Import ▸ Terraform Plan or State…, and File ▸ Open (or a drop) of
    // a plan or state file: recognised by content, imported by address.
    void importsTerraformPlanAndState()
    {
        MainWindow window;
        window.setQuietImport(true);
        QVERIFY(window.importTerraform(test::dataDir() + "/terraform/plan-modules.json"));
        const Design &plan = window.document()->model()->design();
        const Element *subnet = plan.element("module.vpc.aws_subnet.private.a");
        QVERIFY(subnet && subnet->kind == ElementKind::Subnet);
        QCOMPARE(subnet->name, QStringLiteral("module.vpc.aws_subnet.private[\"a\"]"));
        QVERIFY(window.document()->filePath().isEmpty());

        // The import is unsaved work: opening the state asks first (Discard).
        answerNextQuestion(QMessageBox::Discard);
        QVERIFY(window.openFile(test::dataDir() + "/terraform/state-v4.tfstate"));
        const Element *db = window.document()->model()->design().element("module.db.aws_db_instance.this");
        QVERIFY(db && db->kind == ElementKind::RdsInstance);
    }

    void unreadableTemplateKeepsCurrentDesign()
    {
        MainWindow window;
        window.setQuietImport(true);
        QVERIFY(window.openFile(test::sourceDir() + "/resources/blueprints/stage-1-one-user.pillar"));
        const Design before = window.document()->model()->design();
        QTemporaryDir dir;
        QFile broken(dir.filePath("broken.yaml"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Bad: [unclosed\n");
        broken.close();
        // The error dialog is modal: close it as soon as it shows.
        QTimer::singleShot(200, [] {
            if (QWidget *w = QApplication::activeModalWidget())
                w->close();
        });
        QVERIFY(!window.importCloudFormation(broken.fileName()));
        QVERIFY(window.document()->model()->design() == before);
    }
};

QTEST_MAIN(TestImportAction)
#include "tst_import_action.moc"
