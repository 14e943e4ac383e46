#include "ProblemsDock.h"

#include "DesignScene.h"
#include "DesignView.h"
#include "ElementItem.h"
#include "LintRunner.h"
#include "ProblemsFilterModel.h"
#include "ProblemsModel.h"
#include "RuleExplainDialog.h"
#include "SeverityLook.h"

#include "DesignModel.h"
#include "Document.h"
#include "commands/SetLintConfigCommand.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QToolButton>
#include <QTreeView>
#include <QUndoCommand>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace pillar {

namespace {

constexpr Severity kSeverities[] = {Severity::Error, Severity::Warning, Severity::Info};

QString countText(Severity severity, int n)
{
    switch (severity) {
    case Severity::Error:
        return n == 1 ? ProblemsDock::tr("1 error") : ProblemsDock::tr("%1 errors").arg(n);
    case Severity::Warning:
        return n == 1 ? ProblemsDock::tr("1 warning") : ProblemsDock::tr("%1 warnings").arg(n);
    case Severity::Info:
        break;
    }
    return ProblemsDock::tr("%1 info").arg(n);
}

} // namespace

ProblemsDock::ProblemsDock(Document *document, LintRunner *runner, DesignScene *scene, DesignView *view, QWidget *parent)
    : QDockWidget(tr("Problems"), parent)
    , m_document(document)
    , m_scene(scene)
    , m_view(view)
    , m_runner(runner)
    , m_model(new ProblemsModel(this))
    , m_filter(new ProblemsFilterModel(this))
{
    setObjectName(QStringLiteral("problemsDock"));
    auto *body = new QWidget(this);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    for (Severity s : kSeverities) {
        auto *button = new QToolButton(body);
        button->setCheckable(true);
        button->setChecked(true);
        button->setIcon(severityIcon(s));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        button->setToolTip(tr("Show or hide findings of severity %1").arg(severityDisplayName(s)));
        connect(button, &QToolButton::toggled, this, [this, s](bool on) { m_filter->setSeverityVisible(s, on); });
        m_severityButtons[int(s)] = button;
        bar->addWidget(button);
    }
    m_filterEdit = new QLineEdit(body);
    m_filterEdit->setPlaceholderText(tr("Filter by rule or element"));
    m_filterEdit->setClearButtonEnabled(true);
    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &ProblemsFilterModel::setText);
    bar->addWidget(m_filterEdit, 1);
    m_suppressedButton = new QToolButton(body);
    m_suppressedButton->setCheckable(true);
    m_suppressedButton->setAutoRaise(true);
    m_suppressedButton->setText(tr("Show suppressed"));
    connect(m_suppressedButton, &QToolButton::toggled, m_filter, &ProblemsFilterModel::setShowSuppressed);
    bar->addWidget(m_suppressedButton);

    m_filter->setSourceModel(m_model);
    m_tree = new QTreeView(body);
    m_tree->setModel(m_filter);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(ProblemsModel::SeverityColumn, Qt::DescendingOrder);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(ProblemsModel::SeverityColumn, 160); // fits "warning (suppressed)"
    m_tree->setColumnWidth(ProblemsModel::RuleColumn, 210);
    m_tree->setColumnWidth(ProblemsModel::ElementColumn, 130);
    auto activate = [this](const QModelIndex &index) {
        if (index.isValid())
            activateFinding(findingAt(index.row()));
    };
    connect(m_tree, &QTreeView::clicked, this, activate);
    connect(m_tree, &QTreeView::activated, this, activate);
    connect(m_tree, &QTreeView::customContextMenuRequested, this, &ProblemsDock::showContextMenu);

    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_tree);
    setWidget(body);

    connect(m_runner, &LintRunner::findingsReady, this, &ProblemsDock::showFindings);
    showFindings(m_runner->findings());
}

Finding ProblemsDock::findingAt(int viewRow) const
{
    const QModelIndex source = m_filter->mapToSource(m_filter->index(viewRow, 0));
    return source.isValid() ? m_model->finding(source.row()) : Finding();
}

void ProblemsDock::showFindings(const QVector<Finding> &findings)
{
    // Keep the row the user is on across refreshes (same rule, same elements);
    // setting the current index does not activate it, so the canvas stays put.
    const QModelIndex current = m_tree->currentIndex();
    const Finding previous = current.isValid() ? findingAt(current.row()) : Finding();
    m_model->setFindings(findings, m_document->model()->design());
    if (!previous.rule.isEmpty()) {
        for (int row = 0; row < m_filter->rowCount(); ++row) {
            const Finding f = findingAt(row);
            if (f.rule == previous.rule && f.elements == previous.elements) {
                m_tree->setCurrentIndex(m_filter->index(row, current.column()));
                break;
            }
        }
    }
    int counts[3] = {0, 0, 0};
    int suppressed = 0;
    for (const Finding &f : findings) {
        if (f.suppressed)
            ++suppressed;
        else
            ++counts[int(f.severity)];
    }
    QStringList parts;
    for (Severity s : kSeverities) {
        m_counts[int(s)] = counts[int(s)];
        m_severityButtons[int(s)]->setText(QString::number(counts[int(s)]));
        if (counts[int(s)] > 0)
            parts << countText(s, counts[int(s)]);
    }
    m_suppressedButton->setText(tr("Show suppressed (%1)").arg(suppressed));
    const QString summary = parts.isEmpty() ? tr("No problems") : parts.join(QLatin1String(", "));
    setWindowTitle(parts.isEmpty() ? tr("Problems") : tr("Problems — %1").arg(summary));
    if (summary != m_summary) {
        m_summary = summary;
        emit summaryChanged(m_summary);
    }
}

void ProblemsDock::activateFinding(const Finding &finding)
{
    m_view->showElements(finding.elements);
}

bool ProblemsDock::suppress(const Finding &finding, const QString &reason)
{
    if (reason.trimmed().isEmpty() || finding.primaryElement().isEmpty() || finding.suppressed)
        return false;
    m_document->push(SetLintConfigCommand::addSuppression(m_document->model(),
                                                          {finding.rule, finding.primaryElement(), reason.trimmed()}));
    return true;
}

void ProblemsDock::removeSuppression(const Finding &finding)
{
    m_document->push(SetLintConfigCommand::removeSuppression(m_document->model(), finding.rule, finding.primaryElement()));
}

void ProblemsDock::applyQuickFix(const QuickFix &fix)
{
    if (QUndoCommand *command = fix.createCommand(m_document->model()))
        m_document->push(command);
}

QMenu *ProblemsDock::createContextMenu(const Finding &finding, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->addAction(tr("&Explain"), this, [this, finding] { explain(finding); });
    menu->addAction(tr("&Select Elements"), this, [this, finding] { activateFinding(finding); })
        ->setEnabled(!finding.elements.isEmpty());
    menu->addSeparator();
    if (finding.suppressed) {
        menu->addAction(tr("&Remove Suppression"), this, [this, finding] { removeSuppression(finding); })
            ->setObjectName(QStringLiteral("removeSuppression"));
    } else {
        QAction *suppressAction = menu->addAction(tr("&Suppress…"), this, [this, finding] { askSuppress(finding); });
        suppressAction->setEnabled(!finding.primaryElement().isEmpty());
    }
    const QVector<QuickFix> fixes = quickFixes(m_document->model()->design(), finding);
    if (!fixes.isEmpty() && !finding.suppressed) {
        menu->addSeparator();
        for (const QuickFix &fix : fixes) {
            QAction *action = menu->addAction(tr("Quick Fix: %1").arg(fix.label), this, [this, fix] { applyQuickFix(fix); });
            action->setObjectName(QStringLiteral("quickFix"));
        }
    }
    return menu;
}

void ProblemsDock::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_tree->indexAt(pos);
    if (!index.isValid())
        return;
    QMenu *menu = createContextMenu(findingAt(index.row()), this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_tree->viewport()->mapToGlobal(pos));
}

void ProblemsDock::askSuppress(const Finding &finding)
{
    QString reason;
    for (;;) {
        bool ok = false;
        reason = QInputDialog::getText(this, tr("Suppress %1").arg(finding.rule),
                                       tr("Why does %1 not apply to %2? The reason is stored in the design file.")
                                           .arg(finding.rule, finding.primaryElement()),
                                       QLineEdit::Normal, reason, &ok);
        if (!ok)
            return;
        if (!reason.trimmed().isEmpty())
            break;
        QMessageBox::information(this, tr("Suppress %1").arg(finding.rule), tr("Please give a reason: it tells the next reader why."));
    }
    suppress(finding, reason);
}

void ProblemsDock::explain(const Finding &finding)
{
    auto *dialog = new RuleExplainDialog(finding, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace pillar
