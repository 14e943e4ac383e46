#pragma once

namespace pillar {

// QUndoCommand::id() values: commands with the same id may merge when their
// merge keys agree (see each command). -1 (Qt's default) never merges.
enum class MergeId {
    MoveElements = 1,   // same gesture id: a whole drag is one step
    SetProperty,        // same element and property key
    Rename,             // same element
    ChangeConnection,   // same connection
};

} // namespace pillar
