#include "MainWindow.h"

#include "BlueprintDialog.h"
#include "Blueprints.h"
#include "importers/CfnImport.h"
#include "importers/CfnTemplate.h"
#include "importers/terraform/TerraformImport.h"

#include "editing/CanvasEditor.h"
#include "DesignModel.h"
#include "DesignScene.h"
#include "DesignView.h"
#include "Document.h"
#include "FileActions.h"
#include "FindDialog.h"
#include "HelpDialogs.h"
#include "OutlineView.h"
#include "inspector/InspectorWidget.h"
#include "OverviewWidget.h"
#include "PaletteWidget.h"
#include "CostDock.h"
#include "LintRunner.h"
#include "ProblemsDock.h"
#include "WindowSettings.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QUndoStack>
#include <QUndoView>

namespace pillar {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new Document(this))
    , m_scene(new DesignScene(m_document, this))
    , m_view(new DesignView(m_scene, this))
{
    setCentralWidget(m_view);
    createDocks();
    m_files = new FileActions(this, m_document, m_scene, [this](const QString &path) { return openDesign(path); });
    m_files->watchDrops(m_view->viewport());
    connect(m_files, &FileActions::recovered, m_view, &DesignView::zoomToFit);
    resize(1400, 900);
    windowSettings::restore(this, m_view, m_scene);
    createMenus();

    m_zoomLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_zoomLabel);
    auto showZoom = [this](qreal z) { m_zoomLabel->setText(tr("Zoom %1%").arg(qRound(z * 100))); };
    connect(m_view, &DesignView::zoomChanged, this, showZoom);
    showZoom(m_view->zoom());
    connect(m_scene, &DesignScene::statusMessage, this, [this](const QString &text) {
        m_lastRefusal = text;
        statusBar()->showMessage(text, 8000);
    });
    // A refusal stays up only until an edit goes through.
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this, [this] {
        if (!m_lastRefusal.isEmpty() && statusBar()->currentMessage() == m_lastRefusal)
            statusBar()->clearMessage();
        m_lastRefusal.clear();
    });
    connect(m_scene, &DesignScene::elementActivated, this, &MainWindow::showElement);
    connect(m_document, &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::filePathChanged, this, &MainWindow::updateTitle);

    updateTitle();
}

void MainWindow::createDocks()
{
    auto *paletteDock = new QDockWidget(tr("Palette"), this);
    paletteDock->setObjectName(QStringLiteral("paletteDock"));
    m_palette = new PaletteWidget(paletteDock);
    paletteDock->setWidget(m_palette);
    addDockWidget(Qt::LeftDockWidgetArea, paletteDock);

    auto *overviewDock = new QDockWidget(tr("Overview"), this);
    overviewDock->setObjectName(QStringLiteral("overviewDock"));
    overviewDock->setWidget(new OverviewWidget(m_view, overviewDock));
    addDockWidget(Qt::RightDockWidgetArea, overviewDock);

    auto *outlineDock = new QDockWidget(tr("Outline"), this);
    outlineDock->setObjectName(QStringLiteral("outlineDock"));
    outlineDock->setWidget(new OutlineView(m_document->model(), outlineDock));
    addDockWidget(Qt::RightDockWidgetArea, outlineDock);

    auto *historyDock = new QDockWidget(tr("History"), this);
    historyDock->setObjectName(QStringLiteral("historyDock"));
    m_history = new QUndoView(m_document->undoStack(), historyDock);
    m_history->setEmptyLabel(tr("New design"));
    historyDock->setWidget(m_history);
    addDockWidget(Qt::RightDockWidgetArea, historyDock);
    tabifyDockWidget(outlineDock, historyDock);
    outlineDock->raise();

    auto *inspectorDock = new QDockWidget(tr("Inspector"), this);
    inspectorDock->setObjectName(QStringLiteral("inspectorDock"));
    auto *inspector = new InspectorWidget(m_document, inspectorDock);
    inspectorDock->setWidget(inspector);
    splitDockWidget(overviewDock, inspectorDock, Qt::Vertical);
    resizeDocks({inspectorDock}, {420}, Qt::Horizontal); // room for the rule and listener tables
    connect(m_scene, &QGraphicsScene::selectionChanged, inspector, [this, inspector] { inspector->setSelection(m_scene->selectedIds()); });
    // One live check feeds both the Problems dock and the canvas badges.
    auto *lint = new LintRunner(m_document->model(), this);
    m_scene->showFindingsOf(lint);
    auto *problemsDock = new ProblemsDock(m_document, lint, m_scene, m_view, this);
    addDockWidget(Qt::BottomDockWidgetArea, problemsDock);
    auto *problemsLabel = new QLabel(problemsDock->summary(), this);
    statusBar()->addPermanentWidget(problemsLabel);
    connect(problemsDock, &ProblemsDock::summaryChanged, problemsLabel, &QLabel::setText);
    if (auto *overview = findChild<OverviewWidget *>())
        connect(m_scene, &DesignScene::badgesChanged, overview, &OverviewWidget::scheduleRender);

    auto *costDock = new CostDock(m_document, this);
    addDockWidget(Qt::BottomDockWidgetArea, costDock);
    tabifyDockWidget(problemsDock, costDock);
    problemsDock->raise();
    resizeDocks({problemsDock}, {220}, Qt::Vertical);
    auto *costLabel = new QLabel(costDock->summary(), this);
    costLabel->setToolTip(tr("What the design costs a month (the Cost dock has the details)"));
    statusBar()->addPermanentWidget(costLabel);
    connect(costDock, &CostDock::summaryChanged, costLabel, &QLabel::setText);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New"), QKeySequence::New, this, &MainWindow::newDesign);
    file->addAction(tr("New from &Blueprint…"), QKeySequence(tr("Ctrl+Shift+N")), this, &MainWindow::newFromBlueprint);
    QAction *open = file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::openWithDialog);
    QMenu *import = file->addMenu(tr("&Import"));
    import->addAction(tr("&CloudFormation Template…"), this, [this] { importCloudFormation(QString()); });
    import->addAction(tr("&Terraform Plan or State…"), this, [this] { importTerraform(QString()); });
    file->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::save);
    file->addAction(tr("Save &As…"), QKeySequence::SaveAs, this, &MainWindow::saveAs);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);
    m_files->populateFileMenu(file, open, quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QUndoStack *stack = m_document->undoStack();
    QAction *undo = stack->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = stack->createRedoAction(this, tr("&Redo"));
    // Ctrl+Y as well as the platform's redo (Ctrl+Shift+Z here): users of
    // draw.io and office tools reach for it.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(tr("Ctrl+Y"))))
        redoKeys << QKeySequence(tr("Ctrl+Y"));
    redo->setShortcuts(redoKeys);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *cut = edit->addAction(tr("Cu&t"), QKeySequence::Cut, m_view, &DesignView::cutSelection);
    QAction *copy = edit->addAction(tr("&Copy"), QKeySequence::Copy, m_view, &DesignView::copySelection);
    edit->addAction(tr("&Paste"), QKeySequence::Paste, m_view, &DesignView::paste);
    QAction *duplicate = edit->addAction(tr("&Duplicate"), QKeySequence(tr("Ctrl+D")), m_view, &DesignView::duplicateSelection);
    QAction *remove = edit->addAction(tr("De&lete"), m_view, &DesignView::deleteSelection);
    remove->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    edit->addSeparator();
    edit->addAction(tr("Select &All"), QKeySequence::SelectAll, m_view, &DesignView::selectAllElements);
    QAction *rename = edit->addAction(tr("Re&name"), QKeySequence(Qt::Key_F2), this, [this] {
        const QStringList ids = m_scene->selectedIds();
        if (ids.size() == 1)
            m_view->beginRename(ids.first());
    });
    edit->addAction(tr("&Find…"), QKeySequence::Find, this, &MainWindow::showFind);
    // What acts on the selection is enabled only when there is one.
    auto followSelection = [this, cut, copy, duplicate, remove, rename] {
        const int selected = int(m_scene->selectedIds().size());
        for (QAction *action : {cut, copy, duplicate, remove})
            action->setEnabled(selected > 0);
        rename->setEnabled(selected == 1);
    };
    connect(m_scene, &QGraphicsScene::selectionChanged, this, followSelection);
    followSelection();

    // Arrange, as draw.io has it: line the selection up or space it evenly.
    QMenu *arrange = menuBar()->addMenu(tr("&Arrange"));
    struct AlignItem {
        const char *text;
        const char *keys;
        Alignment how;
    };
    const AlignItem aligns[] = {
        {QT_TR_NOOP("Align &Left"), QT_TR_NOOP("Alt+Shift+L"), Alignment::Left},
        {QT_TR_NOOP("Align &Centre"), QT_TR_NOOP("Alt+Shift+C"), Alignment::Centre},
        {QT_TR_NOOP("Align &Right"), QT_TR_NOOP("Alt+Shift+R"), Alignment::Right},
        {QT_TR_NOOP("Align &Top"), QT_TR_NOOP("Alt+Shift+T"), Alignment::Top},
        {QT_TR_NOOP("Align &Middle"), QT_TR_NOOP("Alt+Shift+M"), Alignment::Middle},
        {QT_TR_NOOP("Align &Bottom"), QT_TR_NOOP("Alt+Shift+B"), Alignment::Bottom},
    };
    QList<QAction *> alignActions;
    for (const AlignItem &item : aligns) {
        const Alignment how = item.how;
        alignActions << arrange->addAction(tr(item.text), QKeySequence(tr(item.keys)), this,
                                           [this, how] { m_scene->editor()->align(m_scene->selectedIds(), how); });
        if (how == Alignment::Right)
            arrange->addSeparator();
    }
    arrange->addSeparator();
    QAction *distributeH = arrange->addAction(tr("Distribute &Horizontally"), QKeySequence(tr("Alt+Shift+H")), this, [this] {
        m_scene->editor()->distribute(m_scene->selectedIds(), Qt::Horizontal);
    });
    QAction *distributeV = arrange->addAction(tr("Distribute &Vertically"), QKeySequence(tr("Alt+Shift+V")), this, [this] {
        m_scene->editor()->distribute(m_scene->selectedIds(), Qt::Vertical);
    });
    auto followArrangeable = [this, alignActions, distributeH, distributeV] {
        const int selected = int(m_scene->editor()->topMost(m_scene->selectedIds()).size());
        for (QAction *action : alignActions)
            action->setEnabled(selected >= 2);
        distributeH->setEnabled(selected >= 3);
        distributeV->setEnabled(selected >= 3);
    };
    connect(m_scene, &QGraphicsScene::selectionChanged, this, followArrangeable);
    followArrangeable();

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("Zoom &In"), QKeySequence::ZoomIn, m_view, &DesignView::zoomIn);
    view->addAction(tr("Zoom &Out"), QKeySequence::ZoomOut, m_view, &DesignView::zoomOut);
    view->addAction(tr("Zoom to &Fit"), QKeySequence(tr("Ctrl+0")), m_view, &DesignView::zoomToFit);
    view->addAction(tr("&Actual Size"), QKeySequence(tr("Ctrl+1")), m_view, &DesignView::resetZoom);
    view->addSeparator();
    QAction *grid = view->addAction(tr("Show &Grid"), m_view, &DesignView::setGridVisible);
    grid->setCheckable(true);
    grid->setChecked(m_view->isGridVisible());
    QAction *snap = view->addAction(tr("&Snap to Grid"), m_scene, &DesignScene::setSnapToGrid);
    snap->setCheckable(true);
    snap->setChecked(m_scene->snapToGrid());
    view->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard Shortcuts"), QKeySequence(tr("Ctrl+/")), this, [this] {
        ShortcutsDialog dialog(menuBar(), this);
        dialog.exec();
    });
    help->addAction(tr("&Rules Catalogue"), this, [this] {
        RulesCatalogueDialog dialog(this);
        dialog.exec();
    });
    help->addSeparator();
    help->addAction(tr("&About Pillar"), this, [this] {
        QMessageBox::about(this, tr("About Pillar"),
                           tr("<h3>Pillar %1</h3><p>Design AWS architectures and check them against the AWS "
                              "Well-Architected Framework as you draw; see what they cost a month.</p>"
                              "<p>Opens Pillar designs, CloudFormation templates (JSON, YAML, SAM) and "
                              "Terraform plans and states. The same checks run headless in <tt>pillar-cli</tt>.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::showFind()
{
    if (!m_find) {
        m_find = new FindDialog(m_document->model(), this);
        connect(m_find, &FindDialog::elementChosen, this, [this](const QString &id) { m_view->showElements({id}); });
    }
    m_find->activate();
}

bool MainWindow::openFile(const QString &path)
{
    // A CloudFormation template or Terraform JSON opened like a design is imported.
    QFile probe(path);
    if (probe.open(QIODevice::ReadOnly)) {
        const QByteArray head = probe.read(1024 * 1024);
        if (looksLikeTerraform(head))
            return importTerraform(path);
        if (looksLikeCloudFormation(head))
            return importCloudFormation(path);
    }
    probe.close();
    QString error;
    if (!m_document->load(path, &error)) {
        QMessageBox::critical(this, tr("Cannot open design"), error);
        return false;
    }
    m_view->zoomToFit();
    m_history->setEmptyLabel(tr("Opened %1").arg(QFileInfo(path).fileName()));
    statusBar()->showMessage(tr("Opened %1: %n element(s)", nullptr, int(m_document->model()->design().elements().size()))
                                 .arg(QFileInfo(path).fileName()),
                             5000);
    updateTitle();
    return true;
}

bool MainWindow::openDesign(const QString &path)
{
    return maybeSave() && openFile(path);
}

QString MainWindow::currentFile() const
{
    return m_document->filePath();
}

void MainWindow::newDesign()
{
    if (!maybeSave())
        return;
    m_document->reset(Design());
    m_history->setEmptyLabel(tr("New design"));
    m_view->resetZoom();
    updateTitle();
}

void MainWindow::newFromBlueprint()
{
    if (!maybeSave())
        return;
    BlueprintDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedBlueprint().isEmpty())
        return;
    const LoadResult loaded = loadBlueprint(dialog.selectedBlueprint());
    if (!loaded.ok()) {
        QMessageBox::critical(this, tr("Cannot open blueprint"), loaded.error.toString());
        return;
    }
    // A blueprint starts an untitled design: saving asks where.
    m_document->reset(*loaded.design);
    m_history->setEmptyLabel(tr("New from blueprint"));
    m_view->zoomToFit();
    updateTitle();
}

bool MainWindow::importCloudFormation(const QString &givenPath)
{
    if (!maybeSave())
        return false;
    const QString path = !givenPath.isEmpty()
        ? givenPath
        : QFileDialog::getOpenFileName(this, tr("Import CloudFormation template"), QString(),
                                       tr("CloudFormation templates (*.yaml *.yml *.json *.template);;All files (*)"));
    if (path.isEmpty())
        return false;
    const CfnImportResult imported = importCloudFormationFile(path);
    if (!imported.ok()) {
        QMessageBox::critical(this, tr("Cannot import template"), imported.error.toString());
        return false;
    }
    // The import is a new, untitled design: saving asks where, so the
    // template is never overwritten; and unsaved, so nothing drops it unasked.
    m_document->resetUnsaved(*imported.design);
    m_history->setEmptyLabel(tr("Imported %1").arg(QFileInfo(path).fileName()));
    m_view->zoomToFit();
    updateTitle();
    QMessageBox report(QMessageBox::Information, tr("CloudFormation import"),
                       tr("Imported %1: %n element(s).", nullptr, int(imported.design->elements().size()))
                           .arg(QFileInfo(path).fileName()),
                       QMessageBox::Ok, this);
    QString checked = imported.report.notFullyChecked().isEmpty()
        ? tr("Every element could be checked.")
        : tr("Not fully checked (values unknown in the template): %1").arg(imported.report.notFullyChecked().join(QStringLiteral(", ")));
    const int notModelled = int(imported.report.notModelled().size());
    if (imported.report.nothingModelled())
        checked = tr("Nothing can be checked: none of the template's %n resource(s) is of a type Pillar models (%1).", nullptr, notModelled)
                      .arg(imported.report.notModelledTypes());
    else if (notModelled > 0)
        checked += QLatin1Char('\n') + tr("Not modelled, so not checked: %n resource(s): %1.", nullptr, notModelled)
                                          .arg(imported.report.notModelledTypes());
    report.setInformativeText(checked);
    report.setDetailedText(imported.report.toText());
    if (!m_quietImport)
        report.exec();
    return true;
}

bool MainWindow::importTerraform(const QString &givenPath)
{
    if (!maybeSave())
        return false;
    const QString path = !givenPath.isEmpty()
        ? givenPath
        : QFileDialog::getOpenFileName(this, tr("Import Terraform plan or state"), QString(),
                                       tr("Terraform JSON (*.json *.tfstate);;All files (*)"));
    if (path.isEmpty())
        return false;
    const CfnImportResult imported = importTerraformFile(path);
    if (!imported.ok()) {
        QMessageBox::critical(this, tr("Cannot import Terraform file"), imported.error.toString());
        return false;
    }
    // A new, untitled, unsaved design, as for a template: the plan is never overwritten.
    m_document->resetUnsaved(*imported.design);
    m_history->setEmptyLabel(tr("Imported %1").arg(QFileInfo(path).fileName()));
    m_view->zoomToFit();
    updateTitle();
    QMessageBox report(QMessageBox::Information, tr("Terraform import"),
                       tr("Imported %1: %n element(s).", nullptr, int(imported.design->elements().size()))
                           .arg(QFileInfo(path).fileName()),
                       QMessageBox::Ok, this);
    const int skipped = int(imported.report.skipped().size());
    QString summary = imported.report.notFullyChecked().isEmpty()
        ? tr("Every element could be checked.")
        : tr("Not fully checked (values known only after apply): %1").arg(imported.report.notFullyChecked().join(QStringLiteral(", ")));
    if (skipped > 0)
        summary += QLatin1Char('\n') + tr("%n resource(s) not drawn or checked; see the details.", nullptr, skipped);
    report.setInformativeText(summary);
    report.setDetailedText(imported.report.toText());
    if (!m_quietImport)
        report.exec();
    return true;
}

void MainWindow::openWithDialog()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open design"), QString(),
                                                      tr("Designs and templates (*.pillar *.json *.yaml *.yml *.template *.tfstate);;"
                                                         "Pillar designs (*.pillar);;CloudFormation templates (*.json *.yaml *.yml *.template);;"
                                                         "Terraform plans and states (*.json *.tfstate);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    QString error;
    if (!m_document->save(m_document->filePath(), &error)) {
        QMessageBox::critical(this, tr("Cannot save design"), error);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(m_document->filePath()).fileName()), 4000);
    return true;
}

bool MainWindow::saveAs()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save design"), m_document->filePath(), tr("Pillar designs (*.pillar)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pillar");
    QString error;
    if (!m_document->save(path, &error)) {
        QMessageBox::critical(this, tr("Cannot save design"), error);
        return false;
    }
    return true;
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved changes"), tr("The design has unsaved changes. Save them?"),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (maybeSave()) {
        windowSettings::save(this, m_view, m_scene);
        event->accept();
    } else {
        event->ignore();
    }
}

void MainWindow::showElement(const QString &id)
{
    const Design &design = m_document->model()->design();
    const Element *e = design.element(id);
    if (!e)
        return;
    m_scene->selectIds({id});
    if (e->kind != ElementKind::SecurityGroup) {
        statusBar()->showMessage(tr("%1 (%2)").arg(e->displayName(), kindDisplayName(e->kind)), 6000);
        return;
    }
    // Until the inspector edits rules, say what the group holds and admits.
    QStringList members;
    for (const Element &m : design.elements()) {
        if (m.securityGroups.contains(id))
            members << m.displayName();
    }
    statusBar()->showMessage(tr("Security group %1: %n ingress rule(s); members: %2", nullptr, e->ingress.size())
                                 .arg(e->displayName(), members.isEmpty() ? tr("none") : members.join(QStringLiteral(", "))),
                             10000);
}

void MainWindow::updateTitle()
{
    const QString path = m_document->filePath();
    const QString name = path.isEmpty() ? tr("Untitled") : QFileInfo(path).fileName();
    setWindowTitle(tr("%1 — Pillar").arg(m_document->isModified() ? name + QLatin1Char('*') : name));
}

} // namespace pillar
