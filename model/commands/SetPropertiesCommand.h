#pragma once

#include "ChangeElementsCommand.h"

#include <QStringList>
#include <QVariantMap>

namespace pillar {

// Sets typed properties on one or more elements: the one way every view
// (canvas, inspector, quick fixes) changes a property. A value that is an
// invalid QVariant resets that property to its default; every key set
// forgets that its value was unknown (an imported template left it open).
//
// A MergeWithNext command folds into the next one that sets the same keys on
// the same elements (typing in a spin box is one undo step); a quick fix is
// Alone, its own step. A command that changes nothing is obsolete.
class SetPropertiesCommand : public ChangeElementsCommand
{
public:
    enum class Merge { WithNext, Alone };

    // text empty: "Set <property> of <element>" (or of "3 elements").
    SetPropertiesCommand(DesignModel *model, const QStringList &ids, const QVariantMap &values,
                         const QString &text = QString(), Merge merge = Merge::WithNext, QUndoCommand *parent = nullptr);
    // One property of one element.
    SetPropertiesCommand(DesignModel *model, const QString &id, const QString &key, const QVariant &value,
                         QUndoCommand *parent = nullptr);
};

} // namespace pillar
