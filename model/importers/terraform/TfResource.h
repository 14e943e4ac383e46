#pragma once

#include "../CfnValue.h"

#include <QString>

namespace pillar {

// One resource instance of a Terraform plan or state, as read, before
// translation. Pointers point into the document's value tree.
struct TfResource {
    enum Fate {
        Planned,   // exists after apply (plan) or now (state)
        Destroyed, // the plan deletes it and creates nothing in its place
    };
    QString address;      // e.g. module.vpc.aws_subnet.private["a"]
    QString type;         // e.g. aws_subnet
    QString name;         // e.g. private
    QString module;       // module instance holding it, e.g. module.vpc or module.db[0]; "" for the root
    QString configModule; // the same without instance keys (module.db), for the configuration
    CfnValue index;       // count index or for_each key (Scalar), Null when neither
    const CfnValue *values = nullptr;      // attributes as a map; never null
    const CfnValue *unknown = nullptr;     // plan: after_unknown, mirrors values; may be null
    const CfnValue *expressions = nullptr; // plan: configuration expressions; may be null
    Fate fate = Planned;
    int line = 0; // of the resource's object in the file
    int column = 0;
};

} // namespace pillar
