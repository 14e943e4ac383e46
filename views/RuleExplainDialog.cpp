#include "RuleExplainDialog.h"

#include "rules/RuleRegistry.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace pillar {

RuleExplainDialog::RuleExplainDialog(const Finding &finding, QWidget *parent)
    : QDialog(parent)
    , m_html(explanationHtml(finding))
{
    setWindowTitle(tr("Explain %1").arg(finding.rule));
    auto *text = new QTextBrowser(this);
    text->setHtml(m_html);
    text->setOpenExternalLinks(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(buttons);
    resize(560, 420);
}

namespace {

QString detailRow(const QString &label, const QString &value)
{
    return value.isEmpty() ? QString() : QStringLiteral("<p><b>%1</b><br>%2</p>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

} // namespace

QString RuleExplainDialog::ruleDetailsHtml(const Rule &rule)
{
    return detailRow(tr("Why it matters"), rule.info.rationaleText()) + detailRow(tr("How to fix it"), rule.info.fixText())
        + detailRow(tr("Source"), rule.info.sourceText()) + detailRow(tr("Severity"), rule.info.contextText())
        + detailRow(tr("Notes"), rule.info.notesText());
}

QString RuleExplainDialog::explanationHtml(const Finding &finding)
{
    const Rule *rule = findRule(finding.rule);
    QString html;
    if (rule) {
        html += QStringLiteral("<h3>%1</h3>").arg(rule->info.titleText().toHtmlEscaped());
        html += QStringLiteral("<p><i>%1</i> · %2 · %3</p>")
                    .arg(finding.rule.toHtmlEscaped(), pillarDisplayName(rule->info.pillar).toHtmlEscaped(),
                         severityDisplayName(finding.severity).toHtmlEscaped());
    } else {
        html += QStringLiteral("<h3>%1</h3>").arg(finding.rule.toHtmlEscaped());
    }
    html += detailRow(tr("Finding"), finding.message);
    if (finding.suppressed)
        html += detailRow(tr("Suppressed because"), finding.suppressionReason);
    if (rule) {
        html += ruleDetailsHtml(*rule);
    } else {
        html += detailRow(tr("How to fix it"), finding.fix);
    }
    return html;
}

} // namespace pillar
