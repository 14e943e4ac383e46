#include "Document.h"

#include "DesignModel.h"
#include "Layout.h"
#include "io/DesignJson.h"

#include <QUndoStack>

namespace pillar {

Document::Document(QObject *parent)
    : QObject(parent)
    , m_model(new DesignModel(this))
    , m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
}

Document::~Document()
{
    // QObject deletes the undo stack after this body, when this is no longer
    // a Document; its clear() would emit indexChanged to listeners that call
    // back into us (autosave asks isModified()). Nothing may hear it.
    m_undoStack->blockSignals(true);
}

bool Document::isModified() const
{
    return !m_undoStack->isClean();
}

void Document::push(QUndoCommand *command)
{
    m_undoStack->push(command);
    const int top = m_undoStack->index() - 1;
    if (top >= 0 && m_undoStack->command(top)->isObsolete())
        m_undoStack->undo();
}

bool Document::load(const QString &path, QString *error)
{
    LoadResult loaded = readDesignFile(path);
    if (!loaded.ok()) {
        if (error)
            *error = loaded.error.toString();
        return false;
    }
    if (layout::needsLayout(*loaded.design))
        layout::autoLayout(*loaded.design);
    reset(*loaded.design, path);
    return true;
}

bool Document::save(const QString &path, QString *error)
{
    if (!writeDesignFile(m_model->design(), path, error))
        return false;
    m_undoStack->setClean();
    if (path != m_filePath) {
        m_filePath = path;
        emit filePathChanged(path);
    }
    return true;
}

void Document::reset(const Design &design, const QString &filePath)
{
    m_undoStack->clear();
    m_model->resetDesign(design);
    m_undoStack->setClean();
    if (filePath != m_filePath) {
        m_filePath = filePath;
        emit filePathChanged(filePath);
    }
}

void Document::resetUnsaved(const Design &design)
{
    reset(design);
    // No index of the history is clean: undoing every edit still leaves an
    // unsaved design.
    m_undoStack->resetClean();
}

} // namespace pillar
