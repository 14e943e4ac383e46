#pragma once

#include "Autosave.h"

#include <QObject>
#include <QStringList>

#include <functional>

class QAction;
class QMainWindow;
class QMenu;
class QWidget;

namespace pillar {

class DesignScene;
class Document;

// The File menu beyond New/Open/Save: Recent files, Revert, Export, crash
// recovery and opening designs dropped from a file manager. Owns the
// document's Autosave.
//
// Opening goes through the callback the window gives (it asks about unsaved
// changes and shows load errors), so every way of opening behaves the same.
class FileActions : public QObject
{
    Q_OBJECT

public:
    enum class ImageFormat { Png, Svg, Pdf };
    static constexpr int kMaxRecentFiles = 10;
    static constexpr const char *kExportFolderKey = "export/folder";

    using OpenFunction = std::function<bool(const QString &path)>;
    FileActions(QMainWindow *window, Document *document, DesignScene *scene, OpenFunction open);

    // Adds "Open Recent" after `openAction`, and Revert and Export before `quitAction`.
    void populateFileMenu(QMenu *file, QAction *openAction, QAction *quitAction);

    // Most recent first, at most kMaxRecentFiles, stored in QSettings.
    QStringList recentFiles() const;
    void addRecentFile(const QString &path);
    // Drops entries whose file is gone; returns how many were dropped.
    int pruneRecentFiles();
    void clearRecentFiles();

    // Reloads the file from disk, discarding changes. Asks first when
    // `confirm` and there are changes. Returns true when reloaded.
    bool revert(bool confirm = true);

    // Writes the architecture JSON (canonical form) of the whole design.
    bool exportJson(const QString &path, QString *error) const;
    // Draws the design, or only the selected elements, as a picture.
    bool exportImage(const QString &path, ImageFormat format, qreal scale, bool selectionOnly, QString *error) const;
    // Writes the design, or only the selected elements, as a draw.io diagram.
    bool exportDrawio(const QString &path, bool selectionOnly, QString *error) const;

    // Lists autosaved copies left by a crashed Pillar and lets the user
    // recover or discard them. `answer` ("recover"/"discard") answers
    // without a dialog (tests; PILLAR_TEST_RECOVERY).
    void offerRecovery(const QString &answer = QString());

    Autosave *autosave() const { return m_autosave; }

    // Where an export dialog starts: the folder of the last export (kept in
    // QSettings), else the design's; named after the design.
    QString exportSuggestion(const char *suffix) const;
    // After an export: remembers its folder and says so in the status bar.
    void exported(const QString &path);

    // Opens design files dropped on `widget` (the window is watched already;
    // the canvas viewport needs it too because it takes drops for the palette).
    void watchDrops(QWidget *widget);

signals:
    // The document was replaced by a recovered copy (the window fits the view to it).
    void recovered();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void openRecent(const QString &path);
    void rebuildRecentMenu();
    void exportWithDialog(ImageFormat format);
    void exportJsonWithDialog();
    void exportDrawioWithDialog();
    bool recover(const Autosave::Leftover &leftover);
    void showStatus(const QString &text) const;

    QMainWindow *m_window;
    Document *m_document;
    DesignScene *m_scene;
    OpenFunction m_open;
    Autosave *m_autosave;
    QMenu *m_recentMenu = nullptr;
    QAction *m_revertAction = nullptr;
    QAction *m_selectionOnly = nullptr;
};

} // namespace pillar
