#pragma once

#include <QDialog>

namespace pillar {

struct Finding;
class Rule;

// "Explain" for a finding: the rule's title, pillar, severity, rationale,
// source, fix and notes from the rule catalogue, with the finding's own
// message on top. Read-only; closes with Close or Escape.
class RuleExplainDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RuleExplainDialog(const Finding &finding, QWidget *parent = nullptr);

    // The text shown, as HTML (tests read it).
    QString html() const { return m_html; }

    static QString explanationHtml(const Finding &finding);
    // What the catalogue says about a rule: why, fix, source, severity, notes.
    static QString ruleDetailsHtml(const Rule &rule);

private:
    QString m_html;
};

} // namespace pillar
