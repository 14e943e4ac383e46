#pragma once

#include <QMainWindow>

class QLabel;
class QUndoView;

namespace pillar {

class DesignScene;
class DesignView;
class Document;
class FileActions;
class FindDialog;
class PaletteWidget;

// The designer window: the canvas in the middle, the palette on the left,
// outline, overview and undo history on the right; File, Edit, View and Help menus.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    // Opens a design; on failure shows the loader's error and keeps the current design.
    bool openFile(const QString &path);
    // The same after asking about unsaved changes (File ▸ Open, recent files, drops).
    bool openDesign(const QString &path);
    QString currentFile() const;
    // Imports a CloudFormation template as a new untitled design (asks for a
    // file when path is empty) and shows the import report.
    bool importCloudFormation(const QString &path);
    // Imports the JSON of terraform show -json (plan or state) or a state
    // file; "" asks for the file.
    bool importTerraform(const QString &path);
    // Tests: skip the modal import report.
    void setQuietImport(bool quiet) { m_quietImport = quiet; }

    Document *document() const { return m_document; }
    DesignScene *scene() const { return m_scene; }
    DesignView *view() const { return m_view; }
    PaletteWidget *palette() const { return m_palette; }
    FileActions *fileActions() const { return m_files; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createDocks();
    void newDesign();
    void newFromBlueprint();
    void openWithDialog();
    bool save();
    bool saveAs();
    bool maybeSave();
    void showElement(const QString &id);
    void showFind();
    void updateTitle();

    Document *m_document;
    DesignScene *m_scene;
    DesignView *m_view;
    PaletteWidget *m_palette = nullptr;
    FileActions *m_files = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QUndoView *m_history = nullptr;
    FindDialog *m_find = nullptr;
    QString m_lastRefusal; // the refusal the status bar shows, until an edit goes through
    bool m_quietImport = false;
};

} // namespace pillar
