#pragma once

#include "Design.h"
#include "Element.h"

#include <QUndoCommand>
#include <QVector>

namespace pillar {

class DesignModel;

// Deletes elements and connections (ids of either) together with everything
// that would dangle: the elements' descendants, every connection attached to
// a removed element, and references to removed elements held by the ones
// that stay (security group membership, Ref / RefList properties, ingress
// rules whose source is a removed group, suppressions naming a removed
// element: ids are reused, so one would silently apply to the next element
// given that id). Undo puts everything back at its original index, so the
// design compares equal to the one before.
class RemoveElementsCommand : public QUndoCommand
{
public:
    RemoveElementsCommand(DesignModel *model, const QStringList &ids, const QString &text = QString(),
                          QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    // Number of elements and connections the command removes.
    int removedCount() const { return m_elements.size() + m_connections.size(); }

private:
    struct Saved {
        int index;
        Element element;
    };
    struct SavedConnection {
        int index;
        Connection connection;
    };

    DesignModel *m_model;
    QVector<Saved> m_elements;             // ascending index
    QStringList m_removalOrder;            // deepest first
    QVector<SavedConnection> m_connections; // ascending index
    QVector<Element> m_editedBefore;       // survivors that referred to removed elements
    QVector<Element> m_editedAfter;
    LintConfig m_lintBefore;
    LintConfig m_lintAfter;
};

} // namespace pillar
