#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace pillar {

// What became of one resource of an imported template. Every resource gets
// exactly one entry: nothing is dropped silently.
struct ImportedResource {
    enum Outcome {
        Mapped,  // became the element `element` (same id as the logical id)
        Merged,  // folded into the element `element` (e.g. a listener into its load balancer)
        Used,    // read to decide something (e.g. route tables decide whether a subnet is public)
        Skipped, // no Pillar element for it; `reason` says why
    };
    QString logicalId;
    QString type;
    Outcome outcome = Skipped;
    QString element;
    QString reason;
    int line = 0; // of the resource in the template, 1-based; 0 when unknown
    // False when no mapper looked at the resource: its type is one Pillar does
    // not model, so nothing about it was checked.
    bool modelled = true;
    // For a resource of a modelled type that nothing modelled uses (a launch
    // template no instance or group launches from): what it would set, since
    // nothing about it was checked. Empty for most.
    QString note = QString();
};

// A property the importer could not determine; the element is marked unknown
// for it and the checker treats it as "cannot tell".
struct UnknownValue {
    QString element;
    QString property;
    QString reason;
};

struct ImportReport {
    QString file;
    QVector<ImportedResource> resources;
    QVector<UnknownValue> unknowns;
    QStringList warnings;
    QStringList unusedParameters; // parameter values given that the template does not declare

    const ImportedResource *resource(const QString &logicalId) const;
    // Element a resource became or was merged into; empty when none.
    QString elementFor(const QString &logicalId) const;
    QVector<ImportedResource> skipped() const;
    // Elements with at least one unknown value, in report order.
    QStringList notFullyChecked() const;
    int count(ImportedResource::Outcome outcome) const;
    // Resources of types Pillar does not model (nothing about them was
    // checked), in report order.
    QVector<ImportedResource> notModelled() const;
    // Their types with how many of each, most first then by name:
    // "AWS::IAM::Role ×2, AWS::Logs::LogGroup ×1".
    QString notModelledTypes() const;
    // True when the input has resources and none of them is modelled.
    bool nothingModelled() const;
    // Human-readable, translated report.
    QString toText() const;
};

} // namespace pillar
