// A seeded monkey on the real designer window, offscreen: palette drags,
// clicks and Ctrl+clicks on elements and groups, rubber bands, element drags,
// connections drawn from handles, Delete, Ctrl+X/C/V/D, Ctrl+A, Ctrl+Z,
// Ctrl+Shift+Z, Ctrl+Y, arrow nudges, renames, inspector edits, quick fixes
// from the Problems dock, zoom. After every action the canvas and the model
// agree (SceneChecks.h) and every few actions the design still reads back.
//
// Budget: PILLAR_MONKEY_SECONDS (default 40) of sequences of
// PILLAR_MONKEY_STEPS actions (default 60), seeds 1, 2, 3, … on the
// blueprints and an imported template in turn. A longer hunt:
//   PILLAR_SOURCE_DIR=$PWD QT_QPA_PLATFORM=offscreen PILLAR_MONKEY_SECONDS=1800 build-asan/tests/designer/tst_monkey
// Replay one sequence, printing each action:
//   PILLAR_SOURCE_DIR=$PWD QT_QPA_PLATFORM=offscreen PILLAR_MONKEY_SEED=N PILLAR_MONKEY_VERBOSE=1 build/tests/designer/tst_monkey
// Each sequence's seed is printed before it runs, so a crash names its seed.

#include "MainWindow.h"
#include "SceneChecks.h"
#include "TestPaths.h"
#include "KindInfo.h"

#include "DesignView.h"
#include "LintRunner.h"
#include "PaletteTree.h"
#include "PaletteWidget.h"
#include "ProblemsDock.h"
#include "ProblemsModel.h"
#include "inspector/InspectorWidget.h"
#include "io/DesignJson.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QStandardPaths>
#include <QUndoStack>
#include <QtTest>

#include <cstdio>
#include <memory>
#include <random>

using namespace pillar;

namespace {

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok ? v : fallback;
}

QStringList designs()
{
    QStringList paths;
    const QDir dir(test::sourceDir() + "/resources/blueprints");
    for (const QString &name : dir.entryList({"*.pillar"}, QDir::Files, QDir::Name))
        paths << dir.filePath(name);
    paths << test::sharedDir() + "/corpus/cfn/ECS_EC2LaunchType_clusters__private-vpc.yaml";
    paths << test::sharedDir() + "/corpus/cfn/aws-refarch-wordpress_templates__aws-refarch-wordpress-02-securitygroups.yaml";
    return paths;
}

class Monkey
{
public:
    Monkey(MainWindow &window, quint32 seed, bool verbose)
        : m_window(window)
        , m_random(seed)
        , m_verbose(verbose)
    {
    }

    // One random action; returns what it did, for the log.
    QString act()
    {
        switch (pick(22)) {
        case 0: case 1: case 2: return dropFromPalette();
        case 3: case 4: return clickElement(false);
        case 5: case 6: return clickElement(true);
        case 7: return clickEmpty();
        case 8: return rubberBand();
        case 9: case 10: return dragElement();
        case 11: return connectElements();
        case 12: return key(Qt::Key_Delete, {}, "Delete");
        case 13: return key(Qt::Key_X, Qt::ControlModifier, "Ctrl+X");
        case 14: return key(Qt::Key_C, Qt::ControlModifier, "Ctrl+C");
        case 15: return key(Qt::Key_V, Qt::ControlModifier, "Ctrl+V");
        case 16: return key(Qt::Key_D, Qt::ControlModifier, "Ctrl+D");
        case 17: return undoRedo();
        case 18: return key(Qt::Key_A, Qt::ControlModifier, "Ctrl+A");
        case 19: return inspectorEdit();
        case 20: return quickFix();
        default: return zoomOrNudgeOrRename();
        }
    }

private:
    int pick(int n) { return n <= 1 ? 0 : std::uniform_int_distribution<int>(0, n - 1)(m_random); }
    qreal real(qreal lo, qreal hi) { return std::uniform_real_distribution<qreal>(lo, hi)(m_random); }

    DesignView *view() const { return m_window.view(); }
    DesignScene *scene() const { return m_window.scene(); }
    const Design &design() const { return m_window.document()->model()->design(); }

    QString randomElement()
    {
        const auto &elements = design().elements();
        return elements.empty() ? QString() : elements[size_t(pick(int(elements.size())))].id;
    }

    // A point on the visible canvas.
    QPointF randomPoint()
    {
        const QRectF visible = view()->mapToScene(view()->viewport()->rect()).boundingRect();
        return QPointF(real(visible.left(), visible.right()), real(visible.top(), visible.bottom()));
    }

    // Somewhere on an element (its icon for leaves, inside for containers).
    QPointF pointOn(const QString &id)
    {
        ElementItem *item = scene()->elementItem(id);
        if (!item)
            return randomPoint();
        view()->ensureVisible(item, 5, 5);
        if (pick(2) == 0)
            return item->mapToScene(item->anchorRect().center());
        const QRectF r(QPointF(), item->size());
        return item->mapToScene(QPointF(real(r.left() + 2, r.right() - 2), real(r.top() + 2, r.bottom() - 2)));
    }

    void mouse(QEvent::Type type, const QPointF &scenePos, Qt::MouseButton button, Qt::MouseButtons buttons,
               Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        const QPoint p = view()->mapFromScene(scenePos);
        QMouseEvent event(type, p, view()->viewport()->mapToGlobal(p), button, buttons, modifiers);
        QApplication::sendEvent(view()->viewport(), &event);
    }

    void drag(const QPointF &from, const QPointF &to, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        mouse(QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton, modifiers);
        const int steps = 2 + pick(6);
        for (int i = 1; i <= steps; ++i)
            mouse(QEvent::MouseMove, from + (to - from) * (qreal(i) / steps), Qt::NoButton, Qt::LeftButton, modifiers);
        mouse(QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton, modifiers);
    }

    static QString at(const QPointF &p) { return QStringLiteral("(%1, %2)").arg(qRound(p.x())).arg(qRound(p.y())); }

    QString dropFromPalette()
    {
        const auto &kinds = allKinds();
        const KindInfo &info = kinds[size_t(pick(int(kinds.size())))];
        const QString target = pick(3) == 0 ? QString() : randomElement();
        const QPointF where = target.isEmpty() ? randomPoint() : pointOn(target);
        PaletteTree *tree = m_window.palette()->tree();
        std::unique_ptr<QMimeData> mime(tree->mimeDataFor({tree->itemForKind(info.kind)}));
        const QPoint p = view()->mapFromScene(where);
        QDragEnterEvent enter(p, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view()->viewport(), &enter);
        QDragMoveEvent move(p, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view()->viewport(), &move);
        QDropEvent drop(p, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view()->viewport(), &drop);
        return QStringLiteral("drop %1 at %2 %3").arg(QLatin1String(info.key), at(where), target);
    }

    QString clickElement(bool ctrl)
    {
        const QString id = randomElement();
        const QPointF p = pointOn(id);
        mouse(QEvent::MouseButtonPress, p, Qt::LeftButton, Qt::LeftButton, ctrl ? Qt::ControlModifier : Qt::NoModifier);
        mouse(QEvent::MouseButtonRelease, p, Qt::LeftButton, Qt::NoButton, ctrl ? Qt::ControlModifier : Qt::NoModifier);
        return QStringLiteral("%1click %2 at %3").arg(ctrl ? "ctrl+" : "", id, at(p));
    }

    QString clickEmpty()
    {
        const QPointF p = scene()->designRect(0).bottomRight() + QPointF(150, 150);
        view()->centerOn(p);
        mouse(QEvent::MouseButtonPress, p, Qt::LeftButton, Qt::LeftButton);
        mouse(QEvent::MouseButtonRelease, p, Qt::LeftButton, Qt::NoButton);
        return QStringLiteral("click empty canvas at %1").arg(at(p));
    }

    QString rubberBand()
    {
        const QPointF from = randomPoint();
        const QPointF to = randomPoint();
        drag(from, to, pick(3) == 0 ? Qt::ControlModifier : Qt::NoModifier);
        return QStringLiteral("press-drag %1 → %2").arg(at(from), at(to));
    }

    QString dragElement()
    {
        const QString id = randomElement();
        const QPointF from = pointOn(id);
        const QString target = pick(2) == 0 ? randomElement() : QString();
        const QPointF to = target.isEmpty() ? from + QPointF(real(-300, 300), real(-300, 300)) : pointOn(target);
        mouse(QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
        mouse(QEvent::MouseButtonRelease, from, Qt::LeftButton, Qt::NoButton);
        drag(from, to);
        return QStringLiteral("drag %1 from %2 to %3 %4").arg(id, at(from), at(to), target);
    }

    QString connectElements()
    {
        const QString from = randomElement();
        const QString to = randomElement();
        ElementItem *item = scene()->elementItem(from);
        if (!item || !scene()->elementItem(to))
            return QStringLiteral("connect: nothing to connect");
        const QPointF c = pointOn(from);
        mouse(QEvent::MouseButtonPress, c, Qt::LeftButton, Qt::LeftButton);
        mouse(QEvent::MouseButtonRelease, c, Qt::LeftButton, Qt::NoButton);
        const QPointF handle = item->mapToScene(item->connectHandleRect().center());
        drag(handle, pointOn(to));
        return QStringLiteral("connect %1 → %2 from its handle").arg(from, to);
    }

    QString key(int k, Qt::KeyboardModifiers modifiers, const char *name)
    {
        QTest::keyClick(view()->viewport(), Qt::Key(k), modifiers);
        return QString::fromLatin1(name);
    }

    QString undoRedo()
    {
        switch (pick(4)) {
        case 0: case 1: return key(Qt::Key_Z, Qt::ControlModifier, "Ctrl+Z");
        case 2: return key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier, "Ctrl+Shift+Z");
        default: return key(Qt::Key_Y, Qt::ControlModifier, "Ctrl+Y");
        }
    }

    QString inspectorEdit()
    {
        auto *inspector = m_window.findChild<InspectorWidget *>();
        QList<QWidget *> editors;
        for (QWidget *w : inspector->findChildren<QWidget *>()) {
            if (!w->isVisibleTo(inspector) || !w->isEnabled())
                continue;
            if (qobject_cast<QLineEdit *>(w) && !qobject_cast<QAbstractSpinBox *>(w->parentWidget())
                && !qobject_cast<QComboBox *>(w->parentWidget()))
                editors << w;
            else if (qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QCheckBox *>(w))
                editors << w;
        }
        if (editors.isEmpty())
            return QStringLiteral("inspector: nothing to edit");
        QWidget *w = editors[pick(int(editors.size()))];
        const QString name = w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName();
        w->setFocus();
        if (auto *box = qobject_cast<QCheckBox *>(w)) {
            QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(6, box->height() / 2));
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            QTest::keyClick(combo, pick(2) ? Qt::Key_Down : Qt::Key_Up);
        } else if (auto *spin = qobject_cast<QAbstractSpinBox *>(w)) {
            for (int i = 1 + pick(3); i > 0; --i)
                QTest::keyClick(spin, pick(2) ? Qt::Key_Up : Qt::Key_Down);
            QTest::keyClick(spin, Qt::Key_Return);
        } else if (auto *line = qobject_cast<QLineEdit *>(w)) {
            static const char *const texts[] = {"web", "10.0.0.0/16", "0.0.0.0/0", "", "db-2", "x y", "443", "한글"};
            const QString text = QString::fromUtf8(texts[pick(8)]);
            line->selectAll();
            if (text.isEmpty() || text.at(0).unicode() < 128) {
                QTest::keyClicks(line, text);
            } else {
                // Hangul arrives through an input method, as it does from a Korean keyboard.
                QInputMethodEvent commit;
                commit.setCommitString(text);
                QApplication::sendEvent(line, &commit);
            }
            QTest::keyClick(line, Qt::Key_Return);
        }
        view()->setFocus();
        return QStringLiteral("inspector: edit %1").arg(name);
    }

    QString quickFix()
    {
        auto *dock = m_window.findChild<ProblemsDock *>();
        QElapsedTimer wait;
        wait.start();
        while (dock->runner()->isPending() && wait.elapsed() < 5000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        const int rows = dock->problemsModel()->rowCount();
        for (int tries = 0; tries < 8 && rows > 0; ++tries) {
            const Finding f = dock->findingAt(pick(rows));
            std::unique_ptr<QMenu> menu(dock->createContextMenu(f, nullptr));
            QList<QAction *> fixes;
            for (QAction *a : menu->actions()) {
                if (a->objectName() == QLatin1String("quickFix") && a->isEnabled())
                    fixes << a;
            }
            if (fixes.isEmpty())
                continue;
            QAction *fix = fixes[pick(int(fixes.size()))];
            const QString text = fix->text();
            fix->trigger();
            return QStringLiteral("quick fix '%1' for %2").arg(text, f.rule);
        }
        return QStringLiteral("quick fix: none offered");
    }

    QString zoomOrNudgeOrRename()
    {
        switch (pick(6)) {
        case 0: return key(Qt::Key_Plus, Qt::ControlModifier, "Ctrl++");
        case 1: return key(Qt::Key_Minus, Qt::ControlModifier, "Ctrl+-");
        case 2: view()->zoomToFit(); return QStringLiteral("zoom to fit");
        case 3: {
            static const Qt::Key arrows[] = {Qt::Key_Left, Qt::Key_Right, Qt::Key_Up, Qt::Key_Down};
            return key(arrows[pick(4)], pick(2) ? Qt::ShiftModifier : Qt::NoModifier, "arrow nudge");
        }
        default: {
            const QStringList selected = scene()->selectedIds();
            QTest::keyClick(view()->viewport(), Qt::Key_F2);
            if (QWidget *editor = QApplication::focusWidget(); qobject_cast<QLineEdit *>(editor)) {
                QTest::keyClicks(editor, pick(2) ? QStringLiteral("Renamed") : QString());
                QTest::keyClick(editor, pick(4) ? Qt::Key_Return : Qt::Key_Escape);
            }
            view()->setFocus();
            return QStringLiteral("F2 rename of %1").arg(selected.join(','));
        }
        }
    }

    MainWindow &m_window;
    std::mt19937 m_random;
    bool m_verbose;
};

} // namespace

class TestMonkey : public QObject
{
    Q_OBJECT

    // Runs one seeded sequence; fails with the seed and the actions so far.
    void runSequence(quint32 seed, int steps, bool verbose)
    {
        const QStringList paths = designs();
        const QString path = paths[int(seed % quint32(paths.size()))];
        std::fprintf(stderr, "monkey: seed %u on %s\n", seed, qPrintable(QFileInfo(path).fileName()));
        std::fflush(stderr);
        auto window = std::make_unique<MainWindow>();
        window->setQuietImport(true);
        window->resize(1500, 950);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->activateWindow();
        (void)QTest::qWaitForWindowActive(window.get());
        QVERIFY2(QFile::exists(path), qPrintable(path + " (run through ctest, which sets PILLAR_SOURCE_DIR)"));
        QVERIFY2(window->openFile(path), qPrintable(path));
        window->view()->zoomToFit();
        window->view()->setFocus();
        Monkey monkey(*window, seed, verbose);
        QStringList log;
        for (int i = 0; i < steps; ++i) {
            log << monkey.act();
            if (verbose)
                std::fprintf(stderr, "  %d: %s\n", i + 1, qPrintable(log.last()));
            QCoreApplication::processEvents();
            QString problem = test::sceneMismatch(*window);
            if (problem.isEmpty() && (i % 10 == 9 || i + 1 == steps)) {
                const LoadResult back = readDesign(writeDesign(window->document()->model()->design()), "monkey.pillar");
                if (!back.ok())
                    problem = QStringLiteral("the design no longer reads back: %1").arg(back.error.toString());
            }
            if (!problem.isEmpty()) {
                QString message = QStringLiteral("seed %1 on %2, after action %3: %4\nactions:\n")
                                      .arg(seed).arg(QFileInfo(path).fileName()).arg(i + 1).arg(problem);
                for (int j = 0; j < log.size(); ++j)
                    message += QStringLiteral("  %1: %2\n").arg(j + 1).arg(log[j]);
                message += QStringLiteral("replay: PILLAR_MONKEY_SEED=%1 PILLAR_MONKEY_VERBOSE=1 tst_monkey").arg(seed);
                QFAIL(qPrintable(message));
            }
        }
        // Undo everything: the design is back as it was opened.
        window->document()->undoStack()->setIndex(0);
        QCoreApplication::processEvents();
        QCOMPARE(test::sceneMismatch(*window), QString());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // autosave copies go to a test folder
    }

    void randomEditing()
    {
        const int seconds = envInt("PILLAR_MONKEY_SECONDS", 40);
        const int steps = envInt("PILLAR_MONKEY_STEPS", 60);
        const bool verbose = envInt("PILLAR_MONKEY_VERBOSE", 0) != 0;
        const int only = envInt("PILLAR_MONKEY_SEED", 0);
        if (only > 0) {
            runSequence(quint32(only), steps, verbose);
            return;
        }
        QElapsedTimer clock;
        clock.start();
        int sequences = 0;
        for (quint32 seed = 1; sequences == 0 || clock.elapsed() < seconds * 1000LL; ++seed) {
            QApplication::clipboard()->clear();
            runSequence(seed, steps, verbose);
            if (QTest::currentTestFailed())
                return;
            ++sequences;
        }
        std::fprintf(stderr, "monkey: %d sequences of %d actions in %.0f s, no failure\n", sequences, steps,
                     clock.elapsed() / 1000.0);
    }
};

QTEST_MAIN(TestMonkey)
#include "tst_monkey.moc"
