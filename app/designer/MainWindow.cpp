#include "MainWindow.h"

#include "DesignModel.h"
#include "OutlineView.h"
#include "io/DesignJson.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace pillar {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new DesignModel(this))
{
    setCentralWidget(new OutlineView(m_model, this));

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::openWithDialog);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);

    resize(1280, 800);
    updateTitle();
}

bool MainWindow::openFile(const QString &path)
{
    const LoadResult loaded = readDesignFile(path);
    if (!loaded.ok()) {
        QMessageBox::critical(this, tr("Cannot open design"), loaded.error.toString());
        return false;
    }
    m_model->resetDesign(*loaded.design);
    m_filePath = path;
    updateTitle();
    statusBar()->showMessage(tr("Opened %1: %n element(s)", nullptr, int(loaded.design->elements().size()))
                                 .arg(QFileInfo(path).fileName()), 5000);
    return true;
}

void MainWindow::openWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open design"), QString(),
                                                      tr("Pillar designs (*.pillar *.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::updateTitle()
{
    const QString name = m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).fileName();
    setWindowTitle(tr("%1 — Pillar").arg(name));
}

} // namespace pillar
