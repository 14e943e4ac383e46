#pragma once

#include <QDialog>

namespace pillar {

struct Finding;

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

private:
    QString m_html;
};

} // namespace pillar
