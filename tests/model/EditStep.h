#pragma once

#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

// One user gesture of the editing property test, as plain data: what a
// replay needs and nothing it would have to draw from a random generator.
// A step names elements by id; when a shortened sequence leaves an id
// missing, the step is refused the way the designer refuses it.
namespace pillar::test {

enum class EditOp {
    Add,            // palette drop: key = kind, a = scene position
    Remove,         // Delete: ids = selection (elements and connections)
    Move,           // drag: ids, a = delta, b = drop position
    Nudge,          // arrow key: ids, a = delta (merges while the ids stay)
    Resize,         // resize handle: ids[0], path = sizes of one drag
    Connect,        // connect handle: ids[0] -> ids[1] (connection, attach, join)
    Disconnect,     // Delete on a connection: ids[0]
    ToggleGroup,    // inspector security group list: ids, key = group
    ToggleMember,   // inspector member list: ids[0] = group, key = member
    SetProperty,    // inspector field: ids, key, value
    ToggleRef,      // inspector reference list: ids, key, value = id toggled
    AddIngress,     // inspector "Add rule": ids[0] = group
    EditIngress,    // inspector rule row: ids[0], n = row, key = protocol, a = ports, value = source
    RemoveIngress,  // inspector rule row ✕: ids[0], n = row
    ToggleListener, // context menu listener: ids[0], n = choice
    Rename,         // ids[0], key = name
    SetConnection,  // connection form: ids[0], key = protocol, n = port
    Reverse,        // connection form "Reverse direction": ids[0]
    Cut,
    Copy,
    Paste,          // ids[0] = "Paste inside" target, or none
    Duplicate,
    QuickFix,       // Problems dock: key = rule, ids[0] = primary element (may be empty), n = fix
    Suppress,       // key = rule, ids[0] = element, value = reason
    Unsuppress,     // key = rule, ids[0] = element
    DesignInfo,     // key = field, value
    Undo,
    Redo,
};

struct EditStep {
    EditOp op = EditOp::Undo;
    QStringList ids;
    QString key;
    QVariant value;
    QPointF a;
    QPointF b;
    QList<QPointF> path;
    int n = 0;

    // One readable line, "move ids=ec2-1,sg-2 a=24,0 b=310,200", that
    // parse() reads back.
    QString toString() const;
    static std::optional<EditStep> parse(const QString &line);
};

QString opName(EditOp op);

} // namespace pillar::test
