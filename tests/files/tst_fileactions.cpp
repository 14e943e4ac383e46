// The designer's file handling: round trip, atomic save, recent files,
// revert, autosave and recovery, export, dropped files.

#include "TestPaths.h"

#include "Autosave.h"
#include "DesignModel.h"
#include "DesignScene.h"
#include "DesignView.h"
#include "Document.h"
#include "FileActions.h"
#include "RenderStyle.h"
#include "WindowSettings.h"
#include "commands/ChangeElementsCommand.h"
#include "io/DesignJson.h"

#include <QMainWindow>
#include <QMenu>
#include <QMimeData>
#include <QSettings>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QXmlStreamReader>
#include <QtTest>

#include <csignal>
#include <sys/resource.h>

using namespace pillar;

namespace {

QString samplePath()
{
    return test::sourceDir() + "/resources/samples/three-tier.pillar";
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The designer's pieces without MainWindow (which lives in the executable).
struct Designer {
    QMainWindow window;
    Document *doc = new Document(&window);
    DesignScene *scene = new DesignScene(doc, &window);
    DesignView *view = new DesignView(scene, &window);
    QStringList opened;
    FileActions *files = nullptr;

    Designer()
    {
        window.setCentralWidget(view);
        files = new FileActions(&window, doc, scene, [this](const QString &path) {
            opened << path;
            QString error;
            return doc->load(path, &error);
        });
        files->watchDrops(view->viewport());
    }

    void rename(const QString &id, const QString &name)
    {
        Element e = *doc->model()->element(id);
        e.name = name;
        doc->push(new ChangeElementsCommand(doc->model(), {e}, QStringLiteral("Rename")));
    }
};

} // namespace

class TestFileActions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

private slots:
    void initTestCase()
    {
        // Private settings and autosave folders, before anything reads them.
        QVERIFY(m_home.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath("config")));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath("data")));
        QCoreApplication::setOrganizationName("Pillar");
        QCoreApplication::setApplicationName("PillarTest");
        QVERIFY(Autosave::directory().startsWith(m_home.path()));
    }

    void init()
    {
        QSettings().clear();
        QDir(Autosave::directory()).removeRecursively();
    }

    void saveOpenRoundTrip()
    {
        QTemporaryDir dir;
        Designer d;
        QVERIFY(d.doc->load(samplePath(), nullptr));
        d.rename("web-a", "Web server A");
        QVERIFY(d.doc->isModified());
        const QString path = dir.filePath("saved.pillar");
        QString error;
        QVERIFY2(d.doc->save(path, &error), qPrintable(error));
        QVERIFY(!d.doc->isModified());
        QCOMPARE(d.files->recentFiles().value(0), path);

        Designer other;
        QVERIFY(other.doc->load(path, &error));
        QCOMPARE(other.doc->model()->element("web-a")->name, QString("Web server A"));
        QCOMPARE(writeDesign(other.doc->model()->design()), writeDesign(d.doc->model()->design()));
        QCOMPARE(other.doc->filePath(), path);
    }

    void badFileNamesThePlaceAndKeepsTheDesign()
    {
        Designer d;
        QVERIFY(d.doc->load(samplePath(), nullptr));
        d.rename("web-a", "kept");
        const QByteArray before = writeDesign(d.doc->model()->design());
        const QString bad = test::dataDir() + "/bad/missing-parent.json";
        QString error;
        QVERIFY(!d.doc->load(bad, &error));
        QVERIFY2(error.startsWith(bad + ":/elements/0/parent: "), qPrintable(error));
        QCOMPARE(writeDesign(d.doc->model()->design()), before);
        QCOMPARE(d.doc->filePath(), samplePath());
        QVERIFY(d.doc->isModified());
    }

    void failedWriteKeepsThePreviousFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("design.pillar");
        Designer d;
        QVERIFY(d.doc->load(samplePath(), nullptr));
        QString error;
        QVERIFY(d.doc->save(path, &error));
        const QByteArray before = readAll(path);
        // Larger than the limit below, so the write fails half-way.
        d.rename("web-a", QString(64 * 1024, QLatin1Char('x')));

        struct rlimit old;
        getrlimit(RLIMIT_FSIZE, &old);
        struct rlimit small = old;
        small.rlim_cur = 4096;
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        setrlimit(RLIMIT_FSIZE, &small);
        const bool saved = d.doc->save(path, &error);
        setrlimit(RLIMIT_FSIZE, &old);
        std::signal(SIGXFSZ, previousHandler);

        QVERIFY(!saved);
        QVERIFY2(error.startsWith(path + ": "), qPrintable(error));
        QCOMPARE(readAll(path), before);
        QVERIFY(d.doc->isModified()); // the changes are still unsaved
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{"design.pillar"});
    }

    void recentFilesKeepTenNewestFirst()
    {
        QTemporaryDir dir;
        Designer d;
        QStringList paths;
        for (int i = 0; i < 12; ++i) {
            paths << dir.filePath(QString("d%1.pillar").arg(i));
            QFile f(paths.last());
            QVERIFY(f.open(QIODevice::WriteOnly));
            d.files->addRecentFile(paths.last());
        }
        QStringList expected;
        for (int i = 11; i >= 2; --i)
            expected << paths.at(i);
        QCOMPARE(d.files->recentFiles(), expected);
        d.files->addRecentFile(paths.at(5)); // again: moves to the top, no duplicate
        QCOMPARE(d.files->recentFiles().first(), paths.at(5));
        QCOMPARE(d.files->recentFiles().count(paths.at(5)), 1);
        QCOMPARE(d.files->recentFiles().size(), 10);

        QFile::remove(paths.at(11));
        QFile::remove(paths.at(10));
        QCOMPARE(d.files->pruneRecentFiles(), 2);
        QVERIFY(!d.files->recentFiles().contains(paths.at(11)));
        QCOMPARE(d.files->recentFiles().size(), 8);
        QCOMPARE(d.files->pruneRecentFiles(), 0);
    }

    void recentMenuListsFilesAndOpensThem()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("menu.pillar");
        QVERIFY(QFile::copy(samplePath(), path));
        Designer d;
        QMenu file;
        QAction *open = file.addAction("Open");
        QAction *quit = file.addAction("Quit");
        d.files->addRecentFile(path);
        d.files->populateFileMenu(&file, open, quit);
        QMenu *recent = nullptr;
        for (QAction *a : file.actions()) {
            if (a->menu() && a->text().contains("Recent"))
                recent = a->menu();
        }
        QVERIFY(recent);
        QVERIFY(file.actions().indexOf(recent->menuAction()) == file.actions().indexOf(open) + 1);
        QMetaObject::invokeMethod(recent, "aboutToShow");
        QAction *entry = recent->actions().value(0);
        QVERIFY(entry);
        QVERIFY(entry->text().endsWith("menu.pillar"));
        entry->trigger();
        QCOMPARE(d.opened, QStringList{path});
        QCOMPARE(d.doc->filePath(), path);
    }

    void revertReloadsTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("revert.pillar");
        QVERIFY(QFile::copy(samplePath(), path));
        Designer d;
        QVERIFY(!d.files->revert(false)); // untitled: nothing to revert to
        QVERIFY(d.doc->load(path, nullptr));
        const QByteArray original = writeDesign(d.doc->model()->design());
        d.rename("web-a", "edited");
        d.rename("db-main", "edited too");
        QVERIFY(d.doc->isModified());
        QVERIFY(d.files->revert(false));
        QVERIFY(!d.doc->isModified());
        QCOMPARE(writeDesign(d.doc->model()->design()), original);
        QCOMPARE(d.doc->undoStack()->count(), 0);
        QCOMPARE(d.doc->filePath(), path);
    }

    void autosaveWritesACopyAndRemovesItOnSave()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("auto.pillar");
        QVERIFY(QFile::copy(samplePath(), path));
        Designer d;
        d.files->autosave()->setInterval(50);
        QVERIFY(d.doc->load(path, nullptr));
        const QString copy = d.files->autosave()->copyPath();
        QTest::qWait(200);
        QVERIFY(!QFile::exists(copy)); // nothing changed, nothing to copy
        d.rename("web-a", "autosaved name");
        QTRY_VERIFY(QFile::exists(copy));
        const LoadResult saved = readDesignFile(copy);
        QVERIFY(saved.ok());
        QCOMPARE(saved.design->element("web-a")->name, QString("autosaved name"));
        QVERIFY(Autosave::leftovers().isEmpty()); // ours, and we are alive
        QString error;
        QVERIFY(d.doc->save(path, &error));
        QVERIFY(!QFile::exists(copy));
        QVERIFY(QDir(Autosave::directory()).entryList({"*.pillar"}, QDir::Files).isEmpty());
    }

    // A burst of edits: the copy ends up holding the last one, without
    // waiting for a pause longer than the autosave delay.
    void burstOfEditsEndsInTheLastOne()
    {
        Designer d;
        QCOMPARE(d.files->autosave()->interval(), 1000); // the default: every change on disk within 2 s
        d.files->autosave()->setInterval(200);
        QVERIFY(d.doc->load(samplePath(), nullptr));
        const QString copy = d.files->autosave()->copyPath();
        QSignalSpy started(d.files->autosave(), &Autosave::copyStarted);
        for (int i = 0; i < 12; ++i) {
            d.rename("web-a", QStringLiteral("burst %1").arg(i));
            QTest::qWait(50); // faster than the quiet period: only the deadline writes
        }
        QVERIFY2(started.count() >= 1, "the deadline never started a copy during the burst");
        QTRY_VERIFY(QFile::exists(copy) && readDesignFile(copy).ok()
                    && readDesignFile(copy).design->element("web-a")->name == QLatin1String("burst 11"));
    }

    // Saved while a copy is being written: no copy is left behind.
    void saveDuringAWriteLeavesNoCopy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("racing.pillar");
        QVERIFY(QFile::copy(samplePath(), path));
        Designer d;
        QVERIFY(d.doc->load(path, nullptr));
        const QString copy = d.files->autosave()->copyPath();
        for (int round = 0; round < 20; ++round) {
            d.rename("web-a", QStringLiteral("round %1").arg(round));
            QSignalSpy written(d.files->autosave(), &Autosave::written);
            d.files->autosave()->writeSoon(); // on the worker, now
            QString error;
            QVERIFY2(d.doc->save(path, &error), qPrintable(error)); // discards while it runs
            QTest::qWait(20);
            d.files->autosave()->waitForWrite();
            QCoreApplication::processEvents();
            QVERIFY2(!QFile::exists(copy), qPrintable(QStringLiteral("round %1").arg(round)));
            QVERIFY(written.isEmpty()); // a discarded copy is not announced
        }
        QVERIFY(QDir(Autosave::directory()).entryList({"*.pillar", "*.origin"}, QDir::Files).isEmpty());
    }

    void undoToCleanRemovesTheCopy()
    {
        Designer d;
        d.files->autosave()->setInterval(50);
        QVERIFY(d.doc->load(samplePath(), nullptr));
        d.rename("web-a", "x");
        const QString copy = d.files->autosave()->copyPath();
        QTRY_VERIFY(QFile::exists(copy));
        d.doc->undoStack()->undo();
        QVERIFY(!QFile::exists(copy));
    }

    void leftoverCopyIsRecovered()
    {
        QTemporaryDir dir;
        const QString original = dir.filePath("lost.pillar");
        QVERIFY(QFile::copy(samplePath(), original));
        // What a killed Pillar leaves: the copy and its origin, a lock of a dead process at most.
        LoadResult sample = readDesignFile(samplePath());
        Design changed = *sample.design;
        changed.element("web-a")->name = "unsaved work";
        QVERIFY(QDir().mkpath(Autosave::directory()));
        QString error;
        QVERIFY(writeDesignFile(changed, Autosave::directory() + "/0123456789abcdef.pillar", &error));
        QFile origin(Autosave::directory() + "/0123456789abcdef.origin");
        QVERIFY(origin.open(QIODevice::WriteOnly));
        origin.write(original.toUtf8());
        origin.close();

        const auto found = Autosave::leftovers();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().originalPath, original);

        Designer d;
        d.files->offerRecovery("recover");
        QCOMPARE(d.doc->model()->element("web-a")->name, QString("unsaved work"));
        QCOMPARE(d.doc->filePath(), original);
        QVERIFY(d.doc->isModified());
        QVERIFY(Autosave::leftovers().isEmpty());
        QCOMPARE(readAll(original), readAll(samplePath())); // the original is untouched until the user saves
    }

    void leftoverCopyIsDiscarded()
    {
        QVERIFY(QDir().mkpath(Autosave::directory()));
        QString error;
        QVERIFY(writeDesignFile(*readDesignFile(samplePath()).design, Autosave::directory() + "/untitled-1.pillar", &error));
        QCOMPARE(Autosave::leftovers().size(), 1);
        QVERIFY(Autosave::leftovers().first().originalPath.isEmpty());
        Designer d;
        d.files->offerRecovery("discard");
        QVERIFY(Autosave::leftovers().isEmpty());
        QVERIFY(d.doc->model()->design().elements().empty());
    }

    void exportJsonIsTheCanonicalDesign()
    {
        QTemporaryDir dir;
        Designer d;
        QVERIFY(d.doc->load(samplePath(), nullptr));
        QString error;
        QVERIFY(d.files->exportJson(dir.filePath("a.json"), &error));
        QCOMPARE(readAll(dir.filePath("a.json")), writeDesign(d.doc->model()->design()));
    }

    void exportSelectionOnly()
    {
        QTemporaryDir dir;
        Designer d;
        QVERIFY(d.doc->load(samplePath(), nullptr));
        QString error;
        QVERIFY(!d.files->exportImage(dir.filePath("s.svg"), FileActions::ImageFormat::Svg, 1, true, &error));
        QVERIFY(error.contains("Nothing is selected"));
        d.scene->selectIds({"db-main"});
        QVERIFY2(d.files->exportImage(dir.filePath("s.svg"), FileActions::ImageFormat::Svg, 1, true, &error), qPrintable(error));
        QVERIFY2(d.files->exportImage(dir.filePath("all.svg"), FileActions::ImageFormat::Svg, 1, false, &error), qPrintable(error));
        const QByteArray part = readAll(dir.filePath("s.svg"));
        const QByteArray all = readAll(dir.filePath("all.svg"));
        const QString db = d.doc->model()->element("db-main")->displayName();
        const QString alb = d.doc->model()->element("alb-web")->displayName();
        QVERIFY(part.contains(db.toUtf8()));
        QVERIFY(!part.contains(alb.toUtf8()));
        QVERIFY(all.contains(alb.toUtf8()));
        QXmlStreamReader xml(part);
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY(!xml.hasError());
        QVERIFY(d.files->exportImage(dir.filePath("s.png"), FileActions::ImageFormat::Png, 2, true, &error));
        QVERIFY(!QImage(dir.filePath("s.png")).isNull());
    }

    // A dark desktop gets a dark canvas (light labels on a dark ground), but
    // pictures go into documents: File > Export draws them light.
    void darkCanvasExportsLight()
    {
        QTemporaryDir dir;
        Designer d;
        QVERIFY(d.doc->load(samplePath(), nullptr));
        const style::ScopedTheme dark(style::Theme::Dark);
        QVERIFY(style::canvasColor().lightness() < 64);
        QVERIFY(style::textColor().lightness() > 192);
        const style::ContainerColors vpc = style::containerColors(ElementKind::Vpc, false);
        QVERIFY(vpc.fill.lightness() < 64);
        QString error;
        QVERIFY2(d.files->exportImage(dir.filePath("all.png"), FileActions::ImageFormat::Png, 1, false, &error), qPrintable(error));
        const QImage picture(dir.filePath("all.png"));
        QVERIFY(!picture.isNull());
        QVERIFY(QColor(picture.pixel(1, 1)).lightness() > 240);
        QCOMPARE(style::theme(), style::Theme::Dark); // the canvas stays dark
    }

    void settingsRestoreGridSnapZoomAndLayout()
    {
        {
            Designer d;
            d.window.resize(900, 700);
            d.view->setGridVisible(false);
            d.scene->setSnapToGrid(false);
            d.view->setZoom(1.5);
            windowSettings::save(&d.window, d.view, d.scene);
        }
        Designer d;
        QVERIFY(d.view->isGridVisible());
        QVERIFY(d.scene->snapToGrid());
        windowSettings::restore(&d.window, d.view, d.scene);
        QVERIFY(!d.view->isGridVisible());
        QVERIFY(!d.scene->snapToGrid());
        QCOMPARE(d.view->zoom(), 1.5);
        QCOMPARE(d.window.size(), QSize(900, 700));
    }

    void droppedDesignFileIsOpened()
    {
        Designer d;
        d.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d.window));
        QWidget *target = d.view->viewport();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(samplePath())});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(target, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(target, &drop);
        QVERIFY(drop.isAccepted());
        QTRY_COMPARE(d.opened, QStringList{samplePath()});
        QCOMPARE(d.doc->filePath(), samplePath());

        // Not a design: left to the canvas, which does not open anything.
        QMimeData text;
        text.setUrls({QUrl::fromLocalFile(test::dataDir() + "/bad/not-json.txt")});
        QDropEvent other(QPointF(10, 10), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(target, &other);
        QTest::qWait(20);
        QCOMPARE(d.opened.size(), 1);
    }
};

QTEST_MAIN(TestFileActions)
#include "tst_fileactions.moc"
