#pragma once

#include "Finding.h"

#include "../ElementKind.h"

#include <QString>
#include <QVector>

#include <vector>

namespace pillar {

class RuleContext;
class Reporter;

// The Well-Architected pillar a rule serves; well-formedness is the
// precondition for judging a design at all.
enum class Pillar { Security, Reliability, PerformanceEfficiency, CostOptimization, WellFormedness };

QString pillarKey(Pillar pillar);          // "security", "reliability", ...
QString pillarDisplayName(Pillar pillar);  // translated

// How the design's environment and expected users move a rule's severity.
enum class ContextPolicy {
    None,
    // Availability rules: one step down (warning -> info) when the design is
    // for dev, or for fewer than kSmallScaleUsers users (seed S: what is
    // overkill for one user is mandatory for a thousand).
    RelaxedWhenSmall,
    // Scale advice: one step up (info -> warning) in production with at least
    // kLargeScaleUsers users.
    RaisedAtScale,
};

constexpr int kSmallScaleUsers = 1000;
constexpr int kLargeScaleUsers = 10000;

// What a rule is, for `pillar-cli rules`, `explain`, SARIF and docs. The
// text fields are untranslated source strings (context "Rules"); use the
// accessors for translated text.
struct RuleInfo {
    const char *id;
    const char *title;
    Pillar pillar;
    Severity defaultSeverity;
    ContextPolicy context;
    std::vector<ElementKind> kinds;  // kinds the rule looks at
    const char *rationale;           // why, in a sentence or two
    const char *source;              // seed letter(s) and practice, see RULES.md
    const char *fix;
    const char *notes;               // renames and threshold choices; may be ""

    QString idString() const { return QString::fromLatin1(id); }
    QString titleText() const;
    QString rationaleText() const;
    QString sourceText() const;
    QString fixText() const;
    QString notesText() const;
    QString contextText() const;     // how severity follows the design, translated
};

// A rule: metadata plus a pure check. check() appends findings with the
// rule's *default* severity; the checker applies context and overrides.
struct Rule {
    RuleInfo info;
    void (*check)(const RuleContext &context, Reporter &reporter);
};

} // namespace pillar
