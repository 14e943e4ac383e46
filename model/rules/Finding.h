#pragma once

#include "Severity.h"

#include <QString>
#include <QStringList>

namespace pillar {

// One problem the checker found. Plain data: the designer's Problems dock,
// quick fixes and the command line all read the same fields.
struct Finding {
    QString rule;               // rule id, e.g. "rds-single-az"
    Severity severity = Severity::Warning; // after context, overrides
    QStringList elements;       // ids involved; the first is the primary one
                                // (the one a suppression names); may be empty
    QString message;            // translated; names the elements by display name and id
    QString fix;                // translated; what to do about it
    bool suppressed = false;    // a suppression in the design matched it
    QString suppressionReason;  // the user's reason when suppressed

    QString primaryElement() const { return elements.isEmpty() ? QString() : elements.first(); }
    bool operator==(const Finding &o) const;
};

} // namespace pillar
