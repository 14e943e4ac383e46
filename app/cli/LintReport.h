#pragma once

#include "importers/ImportReport.h"
#include "io/DesignJson.h"
#include "rules/Finding.h"
#include "rules/Rule.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace pillar::cli {

// One input of `pillar-cli lint`: either a loaded design's findings (already
// filtered: suppressed ones only with --show-suppressed) or why it could not
// be read.
struct LintedFile {
    QString path;                 // as the user named it (or found in a folder)
    bool loaded = false;
    LoadError error;              // when !loaded
    QVector<Finding> findings;
    QHash<QString, int> idLines;  // element/connection id -> 1-based line of its "id"
    int lintLine = 1;             // line of the "lint" settings (or 1)
    bool imported = false;        // a CloudFormation template, imported before checking
    QStringList notFullyChecked;  // imported elements with values the template leaves unknown
    // Imported resources of types Pillar does not model: nothing about them was checked.
    QVector<ImportedResource> notModelled;
    bool nothingModelled = false; // a template with resources, none of them modelled
    // Imported resources left out with a note for the reader (under a false
    // condition, or launch templates nothing uses): not checked, and why.
    QVector<ImportedResource> noted;
    // Terraform plans and states: the resource address of each element (for
    // findings and SARIF logical locations).
    bool terraform = false;
    QHash<QString, QString> addresses;

    // What a finding's primary element is called in the input: its address
    // for Terraform, else its id ("" when the finding has none).
    QString nameOf(const Finding &finding) const;

    // Line a finding points at: its primary element's "id", else the lint
    // settings for findings about them, else line 1.
    int lineOf(const Finding &finding) const;
};

// Scans design text for `"id": "..."` members and the "lint" key; cheap,
// tolerant, and independent of the JSON parser.
void locateIds(const QByteArray &text, LintedFile *file);

// `--format json`: an array with one object per file.
QByteArray lintJson(const QVector<LintedFile> &files);
// `--format sarif`: SARIF 2.1.0, one run, the whole catalogue in tool.driver.rules.
QByteArray lintSarif(const QVector<LintedFile> &files);
// A rule's metadata as JSON (for `pillar-cli rules --format json`).
QJsonObject ruleJson(const RuleInfo &rule);

} // namespace pillar::cli
