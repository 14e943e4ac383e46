#pragma once

#include <QObject>
#include <QString>

class QUndoCommand;
class QUndoStack;

namespace pillar {

class Design;
class DesignModel;

// One open design: the observable model, the undo stack every edit goes
// through, the file it came from and whether it changed since the last save.
class Document : public QObject
{
    Q_OBJECT

public:
    explicit Document(QObject *parent = nullptr);
    ~Document() override;

    DesignModel *model() const { return m_model; }
    QUndoStack *undoStack() const { return m_undoStack; }
    QString filePath() const { return m_filePath; }
    bool isModified() const;

    // Pushes an edit onto the undo stack. A mergeable command that merged
    // into a no-op (a drag that ended where it began) leaves the stack: Qt
    // 6.4's push() keeps it, so it is undone (which deletes obsolete ones).
    void push(QUndoCommand *command);

    // Reads a design file; on failure returns false with "file:place: message"
    // in *error and keeps the current design. A design without layout gets one.
    bool load(const QString &path, QString *error);
    bool save(const QString &path, QString *error);
    // Replaces the design with `design` (new, blueprint) and clears the history.
    void reset(const Design &design, const QString &filePath = QString());
    // The same for a design that exists nowhere yet (an import): untitled and
    // modified until saved, so closing or opening another asks first.
    void resetUnsaved(const Design &design);

signals:
    void filePathChanged(const QString &path);
    void modifiedChanged(bool modified);

private:
    DesignModel *m_model;
    QUndoStack *m_undoStack;
    QString m_filePath;
};

} // namespace pillar
