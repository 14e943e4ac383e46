#pragma once

#include <QMainWindow>

namespace pillar {

class DesignModel;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    // Opens a design; on failure shows the loader's error and keeps the current design.
    bool openFile(const QString &path);
    QString currentFile() const { return m_filePath; }

private:
    void openWithDialog();
    void updateTitle();

    DesignModel *m_model;
    QString m_filePath;
};

} // namespace pillar
