#include "FileActions.h"

#include "RenderStyle.h"

#include "Autosave.h"
#include "DesignModel.h"
#include "DesignRenderer.h"
#include "DesignScene.h"
#include "DrawioExport.h"
#include "Document.h"
#include "RecoveryDialog.h"
#include "io/DesignJson.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QDir>
#include <QSettings>
#include <QStatusBar>
#include <QUndoStack>

namespace pillar {

namespace {

const char *kRecentKey = "files/recent";

// The local design file a drag carries, or empty. Palette drags carry no
// URLs, so they pass through to the canvas untouched.
QString droppedDesign(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return QString();
    for (const QUrl &url : mime->urls()) {
        if (!url.isLocalFile())
            continue;
        const QString suffix = QFileInfo(url.toLocalFile()).suffix().toLower();
        if (suffix == QLatin1String("pillar") || suffix == QLatin1String("json") || suffix == QLatin1String("tfstate"))
            return url.toLocalFile();
    }
    return QString();
}

} // namespace

FileActions::FileActions(QMainWindow *window, Document *document, DesignScene *scene, OpenFunction open)
    : QObject(window)
    , m_window(window)
    , m_document(document)
    , m_scene(scene)
    , m_open(std::move(open))
    , m_autosave(new Autosave(document, this))
{
    connect(document, &Document::filePathChanged, this, [this](const QString &path) {
        if (!path.isEmpty())
            addRecentFile(path);
    });
    connect(m_autosave, &Autosave::failed, this, [this](const QString &error) { showStatus(tr("Autosave failed: %1").arg(error)); });
    watchDrops(window);
}

void FileActions::watchDrops(QWidget *widget)
{
    widget->setAcceptDrops(true);
    widget->installEventFilter(this);
}

void FileActions::populateFileMenu(QMenu *file, QAction *openAction, QAction *quitAction)
{
    const QList<QAction *> actions = file->actions();
    const int openIndex = int(actions.indexOf(openAction));
    QAction *afterOpen = openIndex >= 0 && openIndex + 1 < actions.size() ? actions.at(openIndex + 1) : quitAction;
    m_recentMenu = new QMenu(tr("Open &Recent"), file);
    file->insertMenu(afterOpen, m_recentMenu);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &FileActions::rebuildRecentMenu);
    rebuildRecentMenu();

    m_revertAction = new QAction(tr("Re&vert"), file);
    m_revertAction->setStatusTip(tr("Reload the design from its file, discarding unsaved changes"));
    connect(m_revertAction, &QAction::triggered, this, [this] { revert(true); });
    auto updateRevert = [this] { m_revertAction->setEnabled(!m_document->filePath().isEmpty() && m_document->isModified()); };
    connect(m_document, &Document::modifiedChanged, this, updateRevert);
    connect(m_document, &Document::filePathChanged, this, updateRevert);
    updateRevert();
    file->insertAction(quitAction, m_revertAction);
    file->insertSeparator(quitAction);

    auto *exportMenu = new QMenu(tr("&Export"), file);
    exportMenu->addAction(tr("Architecture &JSON…"), this, &FileActions::exportJsonWithDialog);
    exportMenu->addAction(tr("dra&w.io Diagram…"), this, &FileActions::exportDrawioWithDialog)
        ->setStatusTip(tr("An editable diagram for draw.io / diagrams.net, in its AWS shapes"));
    exportMenu->addSeparator();
    exportMenu->addAction(tr("&PNG Image…"), this, [this] { exportWithDialog(ImageFormat::Png); });
    exportMenu->addAction(tr("&SVG Image…"), this, [this] { exportWithDialog(ImageFormat::Svg); });
    exportMenu->addAction(tr("P&DF…"), this, [this] { exportWithDialog(ImageFormat::Pdf); });
    exportMenu->addSeparator();
    m_selectionOnly = exportMenu->addAction(tr("Selection &Only"));
    m_selectionOnly->setCheckable(true);
    m_selectionOnly->setStatusTip(tr("Images and draw.io diagrams show only the selected elements (and what they contain)"));
    file->insertMenu(quitAction, exportMenu);
    file->insertSeparator(quitAction);
}

QStringList FileActions::recentFiles() const
{
    return QSettings().value(QLatin1String(kRecentKey)).toStringList();
}

void FileActions::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    QSettings().setValue(QLatin1String(kRecentKey), files);
}

int FileActions::pruneRecentFiles()
{
    const QStringList files = recentFiles();
    QStringList kept;
    for (const QString &f : files) {
        if (QFileInfo::exists(f))
            kept << f;
    }
    if (kept.size() != files.size())
        QSettings().setValue(QLatin1String(kRecentKey), kept);
    return int(files.size() - kept.size());
}

void FileActions::clearRecentFiles()
{
    QSettings().remove(QLatin1String(kRecentKey));
}

void FileActions::rebuildRecentMenu()
{
    if (!m_recentMenu)
        return;
    const int pruned = pruneRecentFiles();
    if (pruned > 0)
        showStatus(tr("%n recent file(s) no longer exist and were removed from the list.", nullptr, pruned));
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        // &1..&9, then &0 for the tenth: keyboard access to every entry.
        const QString text = tr("&%1 %2").arg((i + 1) % 10).arg(QFileInfo(path).fileName());
        QAction *a = m_recentMenu->addAction(text, this, [this, path] { openRecent(path); });
        a->setToolTip(path);
        a->setStatusTip(path);
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
    m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear List"), this, &FileActions::clearRecentFiles);
    clear->setEnabled(!files.isEmpty());
}

void FileActions::openRecent(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        QMessageBox::warning(m_window, tr("Open Recent"), tr("%1 no longer exists; it was removed from the recent files.").arg(path));
        pruneRecentFiles();
        return;
    }
    m_open(path);
}

bool FileActions::revert(bool confirm)
{
    const QString path = m_document->filePath();
    if (path.isEmpty())
        return false;
    if (confirm && m_document->isModified()) {
        const auto answer = QMessageBox::question(m_window, tr("Revert"),
                                                  tr("Discard your changes and reload %1 from disk? This cannot be undone.")
                                                      .arg(QFileInfo(path).fileName()),
                                                  QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return false;
    }
    QString error;
    if (!m_document->load(path, &error)) {
        QMessageBox::critical(m_window, tr("Cannot revert"), error);
        return false;
    }
    showStatus(tr("Reverted to %1").arg(QFileInfo(path).fileName()));
    return true;
}

bool FileActions::exportJson(const QString &path, QString *error) const
{
    return writeDesignFile(m_document->model()->design(), path, error);
}

bool FileActions::exportImage(const QString &path, ImageFormat format, qreal scale, bool selectionOnly, QString *error) const
{
    const QStringList only = selectionOnly ? m_scene->selectedIds() : QStringList();
    if (selectionOnly && only.isEmpty()) {
        if (error)
            *error = tr("Nothing is selected: select the elements to export, or turn off Selection Only.");
        return false;
    }
    // Pictures go into documents: drawn light even when the canvas is dark.
    const style::ScopedTheme light(style::Theme::Light);
    const DesignRenderer renderer(m_document->model()->design(), only);
    if (renderer.isEmpty()) {
        if (error)
            *error = tr("The design is empty: there is nothing to draw.");
        return false;
    }
    switch (format) {
    case ImageFormat::Png: return renderer.writePng(path, scale, error);
    case ImageFormat::Svg: return renderer.writeSvg(path, error);
    case ImageFormat::Pdf: return renderer.writePdf(path, error);
    }
    return false;
}

bool FileActions::exportDrawio(const QString &path, bool selectionOnly, QString *error) const
{
    const QStringList only = selectionOnly ? m_scene->selectedIds() : QStringList();
    if (selectionOnly && only.isEmpty()) {
        if (error)
            *error = tr("Nothing is selected: select the elements to export, or turn off Selection Only.");
        return false;
    }
    const Design &design = m_document->model()->design();
    if (design.elements().empty()) {
        if (error)
            *error = tr("The design is empty: there is nothing to draw.");
        return false;
    }
    return writeDrawioFile(design, path, error, only);
}

QString FileActions::exportSuggestion(const char *suffix) const
{
    // The folder of the last export, else the design's, else the home folder;
    // the design's name, else "design".
    const QString design = m_document->filePath();
    QString folder = QSettings().value(QLatin1String(kExportFolderKey)).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = design.isEmpty() ? QDir::homePath() : QFileInfo(design).path();
    const QString base = design.isEmpty() ? QStringLiteral("design") : QFileInfo(design).completeBaseName();
    return QDir(folder).filePath(base + QLatin1Char('.') + QLatin1String(suffix));
}

void FileActions::exported(const QString &path)
{
    QSettings().setValue(QLatin1String(kExportFolderKey), QFileInfo(path).absolutePath());
    showStatus(tr("Exported %1").arg(QFileInfo(path).fileName()));
}

void FileActions::exportJsonWithDialog()
{
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export architecture JSON"), exportSuggestion("json"), tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    QString error;
    if (!exportJson(path, &error))
        QMessageBox::critical(m_window, tr("Export failed"), error);
    else
        exported(path);
}

void FileActions::exportDrawioWithDialog()
{
    const bool selectionOnly = m_selectionOnly && m_selectionOnly->isChecked();
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export draw.io diagram"), exportSuggestion("drawio"),
                                                tr("draw.io diagrams (*.drawio)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".drawio");
    QString error;
    if (!exportDrawio(path, selectionOnly, &error))
        QMessageBox::critical(m_window, tr("Export failed"), error);
    else
        exported(path);
}

void FileActions::exportWithDialog(ImageFormat format)
{
    const bool selectionOnly = m_selectionOnly && m_selectionOnly->isChecked();
    if (selectionOnly && m_scene->selectedIds().isEmpty()) {
        QMessageBox::information(m_window, tr("Export"), tr("Nothing is selected: select the elements to export, or turn off Selection Only."));
        return;
    }
    qreal scale = 1;
    if (format == ImageFormat::Png) {
        const QStringList scales{tr("1× (screen)"), tr("2× (high density)"), tr("4× (print)")};
        bool ok = false;
        const QString choice = QInputDialog::getItem(m_window, tr("Export PNG"), tr("Scale:"), scales, 1, false, &ok);
        if (!ok)
            return;
        scale = qreal(1 << scales.indexOf(choice));
    }
    const char *suffix = format == ImageFormat::Png ? "png" : format == ImageFormat::Svg ? "svg" : "pdf";
    const QString filter = format == ImageFormat::Png ? tr("PNG images (*.png)") : format == ImageFormat::Svg ? tr("SVG images (*.svg)") : tr("PDF documents (*.pdf)");
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export image"), exportSuggestion(suffix), filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + QLatin1String(suffix);
    QString error;
    if (!exportImage(path, format, scale, selectionOnly, &error))
        QMessageBox::critical(m_window, tr("Export failed"), error);
    else
        exported(path);
}

void FileActions::offerRecovery(const QString &answer)
{
    const QVector<Autosave::Leftover> found = Autosave::leftovers();
    if (found.isEmpty())
        return;
    if (answer == QLatin1String("discard")) {
        for (const Autosave::Leftover &l : found)
            Autosave::removeLeftover(l);
        return;
    }
    if (answer == QLatin1String("recover")) {
        recover(found.first());
        return;
    }
    RecoveryDialog dialog(found, m_window);
    connect(&dialog, &RecoveryDialog::recoverRequested, this, [&](const Autosave::Leftover &l) {
        if (recover(l))
            dialog.accept();
    });
    dialog.exec();
}

bool FileActions::recover(const Autosave::Leftover &leftover)
{
    LoadResult loaded = readDesignFile(leftover.copyPath);
    if (!loaded.ok()) {
        QMessageBox::critical(m_window, tr("Cannot recover"), loaded.error.toString());
        return false;
    }
    // The recovered design belongs to the original file and is unsaved.
    const QString originalPath = leftover.originalPath;
    m_document->reset(*loaded.design, originalPath);
    m_document->undoStack()->resetClean();
    // Our own copy replaces the leftover at once (it may have the same name):
    // a second crash before the next autosave tick must not lose the work.
    Autosave::removeLeftover(leftover);
    QString error;
    if (!m_autosave->writeNow(&error))
        showStatus(tr("Autosave failed: %1").arg(error));
    emit recovered();
    showStatus(tr("Recovered unsaved changes%1. Save to keep them.")
                   .arg(originalPath.isEmpty() ? QString() : tr(" of %1").arg(QFileInfo(originalPath).fileName())));
    return true;
}

void FileActions::showStatus(const QString &text) const
{
    m_window->statusBar()->showMessage(text, 8000);
}

bool FileActions::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (droppedDesign(drag->mimeData()).isEmpty())
            break;
        drag->acceptProposedAction();
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        const QString path = droppedDesign(drop->mimeData());
        if (path.isEmpty())
            break;
        drop->acceptProposedAction();
        // Open after the drag ends: a dialog (unsaved changes, load error) must not run inside the drop.
        QMetaObject::invokeMethod(this, [this, path] { m_open(path); }, Qt::QueuedConnection);
        return true;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace pillar
