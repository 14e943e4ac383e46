#pragma once

#include "Element.h"
#include "MergeIds.h"

#include <QUndoCommand>
#include <QVector>

namespace pillar {

class DesignModel;

// The generic edit: replaces existing elements with new versions of
// themselves (same ids). The "before" versions are taken from the model when
// the command is built. Commands with the same merge id and merge key fold
// into one undo step; a step that ends where it started becomes obsolete and
// leaves the stack. Subclasses only decide the "after" versions and the key.
class ChangeElementsCommand : public QUndoCommand
{
public:
    ChangeElementsCommand(DesignModel *model, const QVector<Element> &after, const QString &text,
                          int mergeId = -1, const QString &mergeKey = QString(), QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override;

    const QVector<Element> &before() const { return m_before; }
    const QVector<Element> &after() const { return m_after; }

private:
    void updateObsolete();

    DesignModel *m_model;
    QVector<Element> m_before;
    QVector<Element> m_after;
    int m_mergeId;
    QString m_mergeKey;
};

// Replaces one element with an edited copy (security groups, listeners, ingress…).
class EditElementCommand : public ChangeElementsCommand
{
public:
    EditElementCommand(DesignModel *model, const Element &after, const QString &text, QUndoCommand *parent = nullptr);
};

} // namespace pillar
