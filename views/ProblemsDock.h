#pragma once

#include "rules/Finding.h"
#include "rules/QuickFixes.h"

#include <QDockWidget>
#include <QHash>

class QLineEdit;
class QMenu;
class QToolButton;
class QTreeView;

namespace pillar {

class DesignScene;
class DesignView;
class Document;
class LintRunner;
class ProblemsFilterModel;
class ProblemsModel;

// The Problems dock: the checker's findings for the open design, kept live by
// a LintRunner (debounced, off the UI thread). Sortable; filtered by severity
// (toggle buttons with counts), by text and by suppression. Clicking a finding
// selects its elements on the canvas and centres the view on them. A finding's context
// menu offers Explain, Suppress… / Remove suppression, and its quick fixes;
// every change goes through Document::push() as one undoable command.
class ProblemsDock : public QDockWidget
{
    Q_OBJECT

public:
    // runner: the checks of document's model this dock lists (not owned).
    ProblemsDock(Document *document, LintRunner *runner, DesignScene *scene, DesignView *view, QWidget *parent = nullptr);

    LintRunner *runner() const { return m_runner; }
    ProblemsModel *problemsModel() const { return m_model; }
    ProblemsFilterModel *filterModel() const { return m_filter; }
    QTreeView *treeView() const { return m_tree; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    QToolButton *severityButton(Severity severity) const { return m_severityButtons[int(severity)]; }
    QToolButton *showSuppressedButton() const { return m_suppressedButton; }

    // Unsuppressed findings of a severity, and "2 errors, 1 warning, 3 info".
    int count(Severity severity) const { return m_counts[int(severity)]; }
    QString summary() const { return m_summary; }

    // The finding shown in a row of the (filtered, sorted) view.
    Finding findingAt(int viewRow) const;

    // What a click does: select the finding's elements and centre on them.
    void activateFinding(const Finding &finding);
    // Stores a suppression with this reason (must not be empty) as one command.
    bool suppress(const Finding &finding, const QString &reason);
    void removeSuppression(const Finding &finding);
    void applyQuickFix(const QuickFix &fix);
    // The context menu for a finding (the caller owns it).
    QMenu *createContextMenu(const Finding &finding, QWidget *parent);

signals:
    // The counts changed: "2 errors, 1 warning, 3 info" or "No problems".
    void summaryChanged(const QString &summary);

private:
    void showFindings(const QVector<Finding> &findings);
    void showContextMenu(const QPoint &pos);
    void askSuppress(const Finding &finding);
    void explain(const Finding &finding);

    Document *m_document;
    DesignScene *m_scene;
    DesignView *m_view;
    LintRunner *m_runner;
    ProblemsModel *m_model;
    ProblemsFilterModel *m_filter;
    QTreeView *m_tree;
    QLineEdit *m_filterEdit;
    QToolButton *m_severityButtons[3] = {};
    QToolButton *m_suppressedButton;
    int m_counts[3] = {0, 0, 0};
    QString m_summary;
};

} // namespace pillar
