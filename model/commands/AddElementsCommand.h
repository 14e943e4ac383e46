#pragma once

#include "Element.h"

#include <QUndoCommand>
#include <QVector>

namespace pillar {

class DesignModel;

// Adds elements (parents before children) and connections in one step: a
// palette drop, a paste or a duplicate. Containers the new elements land in
// grow to fit them. The ids must be free in the model; elements are appended.
class AddElementsCommand : public QUndoCommand
{
public:
    AddElementsCommand(DesignModel *model, const QVector<Element> &elements, const QVector<Connection> &connections,
                       const QString &text, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    const QVector<Element> &elements() const { return m_elements; }

private:
    DesignModel *m_model;
    QVector<Element> m_elements;
    QVector<Connection> m_connections;
    QVector<Element> m_grownBefore;   // containers that grew, as they were
    QVector<Element> m_grownAfter;
};

} // namespace pillar
