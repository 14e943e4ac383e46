#pragma once

#include "Finding.h"
#include "QuickFixes.h"

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
// accessors for translated text. Each rule sets the fields by name in its
// constructor.
struct RuleInfo {
    const char *id = "";
    const char *title = "";
    Pillar pillar = Pillar::WellFormedness;
    Severity defaultSeverity = Severity::Warning;
    ContextPolicy context = ContextPolicy::None;
    std::vector<ElementKind> kinds;  // kinds the rule looks at
    const char *rationale = "";      // why, in a sentence or two
    const char *source = "";         // the practice (pillar, best-practice id) and the documents, by title
    const char *fix = "";
    const char *notes = "";          // renames and threshold choices; may be ""

    QString idString() const { return QString::fromLatin1(id); }
    QString titleText() const;
    QString rationaleText() const;
    QString sourceText() const;
    QString fixText() const;
    QString notesText() const;
    QString contextText() const;     // how severity follows the design, translated
};

// One rule of the catalogue: its metadata, its check and its quick fixes.
// Each rule is a class of its own in model/rules/<pillar>/<Name>Rule.cpp,
// ended by PILLAR_RULE(<Name>Rule); RuleRegistry.cpp lists it once.
class Rule
{
public:
    virtual ~Rule() = default;
    Rule(const Rule &) = delete;
    Rule &operator=(const Rule &) = delete;

    RuleInfo info;

    // A pure check: appends findings with the rule's *default* severity; the
    // checker applies context and overrides.
    virtual void check(const RuleContext &context, Reporter &reporter) const = 0;
    // The mechanical repairs for `finding` (one of this rule's) on `design`,
    // best first; empty when the fix needs a human decision or the finding no
    // longer matches the design. Applying any of them makes the finding go away.
    virtual QVector<QuickFix> quickFixes(const Design &design, const Finding &finding) const;

protected:
    Rule() = default;
};

} // namespace pillar

// Ends a rule's file: defines the accessor of the rule's one instance, which
// the catalogue in RuleRegistry.cpp calls.
#define PILLAR_RULE(RuleClass) \
    const Rule &ruleInstance_##RuleClass() \
    { \
        static const RuleClass rule; \
        return rule; \
    }
