// Crash recovery with the real designer: edit, let autosave run, SIGKILL,
// start again and recover (issue 8 asks for exactly this).

#include "TestPaths.h"

#include "io/DesignJson.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace pillar;

namespace {

QString designerPath()
{
    return qEnvironmentVariable("PILLAR_DESIGNER");
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCrashRecovery : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    QProcessEnvironment environment(const QMap<QString, QString> &extra) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("QT_QPA_PLATFORM", "offscreen");
        env.insert("XDG_DATA_HOME", m_home.filePath("data"));
        env.insert("XDG_CONFIG_HOME", m_home.filePath("config"));
        for (auto it = extra.begin(); it != extra.end(); ++it)
            env.insert(it.key(), it.value());
        return env;
    }

    QString autosaveDir() const
    {
        return m_home.filePath("data/Pillar/Pillar/autosave");
    }

    QStringList copies() const
    {
        return QDir(autosaveDir()).entryList({"*.pillar"}, QDir::Files);
    }

    // Starts pillar, lets it dump its state and quit; returns the state file's text.
    QByteArray startAndDump(const QString &answer, const QString &dump)
    {
        QProcess p;
        p.setProcessEnvironment(environment({{"PILLAR_TEST_RECOVERY", answer}, {"PILLAR_TEST_DUMP", dump}}));
        p.start(designerPath(), {});
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return QByteArray();
        }
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            qWarning() << p.readAllStandardError();
        return readAll(dump + ".state");
    }

    // Opens `design`, renames web-a, waits for the autosave copy, then SIGKILLs pillar.
    bool editAndCrash(const QString &design, const QString &newName)
    {
        QProcess p;
        p.setProcessEnvironment(environment({{"PILLAR_AUTOSAVE_MS", "100"}, {"PILLAR_TEST_EDIT", "web-a=" + newName}}));
        p.start(designerPath(), {design});
        if (!p.waitForStarted())
            return false;
        QElapsedTimer timer;
        timer.start();
        bool found = false;
        while (!found && timer.elapsed() < 30000 && p.state() == QProcess::Running) {
            QTest::qWait(50);
            for (const QString &c : copies())
                found = found || readAll(autosaveDir() + "/" + c).contains(newName.toUtf8());
        }
        p.kill(); // SIGKILL: no destructor runs, the copy stays
        p.waitForFinished();
        return found;
    }

    // Opens `design`, renames web-a with the default autosave delay, and
    // SIGKILLs pillar `afterMs` after the edit was made. Returns whether the
    // edit was made.
    bool editAndKillAfter(const QString &design, const QString &newName, int afterMs)
    {
        QProcess p;
        p.setProcessEnvironment(environment({{"PILLAR_TEST_EDIT", "web-a=" + newName}}));
        p.start(designerPath(), {design});
        if (!p.waitForStarted())
            return false;
        QByteArray err;
        QElapsedTimer timer;
        timer.start();
        while (!err.contains("PILLAR_TEST_EDIT: done") && timer.elapsed() < 30000 && p.state() == QProcess::Running) {
            p.waitForReadyRead(50);
            err += p.readAllStandardError();
        }
        const bool edited = err.contains("PILLAR_TEST_EDIT: done");
        if (edited)
            QTest::qWait(afterMs);
        p.kill(); // SIGKILL: no destructor runs
        p.waitForFinished();
        return edited;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(designerPath()), "PILLAR_DESIGNER must point at the built pillar");
        QVERIFY(m_home.isValid());
    }

    void recoverAfterKill()
    {
        const QString design = m_home.filePath("shop.pillar");
        QVERIFY(QFile::copy(test::sourceDir() + "/resources/samples/three-tier.pillar", design));
        const QByteArray before = readAll(design);

        QVERIFY2(editAndCrash(design, "Survivor"), "no autosave copy appeared");
        QCOMPARE(copies().size(), 1);
        QCOMPARE(readAll(design), before); // autosave never touches the user's file

        const QString dump = m_home.filePath("dump.pillar");
        const QByteArray state = startAndDump("recover", dump);
        QVERIFY2(state.contains("modified=1\n"), state.constData());
        QVERIFY2(state.contains("file=" + design.toUtf8() + "\n"), state.constData());
        QVERIFY2(state.contains("title=shop.pillar* — Pillar"), state.constData());
        const LoadResult recovered = readDesignFile(dump);
        QVERIFY(recovered.ok());
        QCOMPARE(recovered.design->element("web-a")->name, QString("Survivor"));
        // Recovered and then closed: the copy is gone, nothing offered next time.
        QVERIFY(copies().isEmpty());
        const QByteArray clean = startAndDump("recover", dump);
        QVERIFY2(clean.contains("modified=0\n"), clean.constData());
        QVERIFY2(clean.contains("file=\n"), clean.constData());
    }

    // With the default delay, an edit made two seconds before a kill -9 is
    // in the copy: autosave writes within 2 s of every change.
    void killTwoSecondsAfterEditRecoversIt()
    {
        const QString design = m_home.filePath("quick.pillar");
        QVERIFY(QFile::copy(test::sourceDir() + "/resources/samples/three-tier.pillar", design));
        QVERIFY(copies().isEmpty());
        QVERIFY2(editAndKillAfter(design, "Two seconds", 2000), "the edit was not made");
        QCOMPARE(copies().size(), 1);
        const QString dump = m_home.filePath("dump-quick.pillar");
        const QByteArray state = startAndDump("recover", dump);
        QVERIFY2(state.contains("modified=1\n"), state.constData());
        const LoadResult recovered = readDesignFile(dump);
        QVERIFY(recovered.ok());
        QCOMPARE(recovered.design->element("web-a")->name, QString("Two seconds"));
        QVERIFY(copies().isEmpty());
    }

    void discardAfterKill()
    {
        const QString design = m_home.filePath("discard.pillar");
        QVERIFY(QFile::copy(test::sourceDir() + "/resources/samples/three-tier.pillar", design));
        QVERIFY2(editAndCrash(design, "Thrown away"), "no autosave copy appeared");
        QCOMPARE(copies().size(), 1);
        const QString dump = m_home.filePath("dump2.pillar");
        const QByteArray state = startAndDump("discard", dump);
        QVERIFY2(state.contains("modified=0\n"), state.constData());
        QVERIFY(copies().isEmpty());
        QVERIFY(!readAll(dump).contains("Thrown away"));
    }
};

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "tst_crashrecovery.moc"
