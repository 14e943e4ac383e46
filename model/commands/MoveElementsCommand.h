#pragma once

#include "ChangeElementsCommand.h"

#include <QRectF>

namespace pillar {

// Where an element goes: its (new) container and its geometry relative to it.
struct ElementPlacement {
    QString id;
    QString parent;
    QRectF geometry;
};

// Moves, resizes and re-parents elements. Containers grow to fit what lands
// in them. Commands built with the same non-zero gesture id merge, so a whole
// drag (press, many moves, release) is one undo step; a drag that ends where
// it began leaves nothing on the stack. The caller checks moveProblem() first.
// A move into another VPC drops, in the same step, the security group
// memberships and subnet attachments that would cross VPCs (see
// securityGroupProblem(), subnetAttachmentProblem()).
class MoveElementsCommand : public ChangeElementsCommand
{
public:
    MoveElementsCommand(DesignModel *model, const QVector<ElementPlacement> &placements, int gestureId,
                        const QString &text = QString(), QUndoCommand *parent = nullptr);

    // A fresh gesture id, never 0.
    static int newGestureId();
};

} // namespace pillar
