#pragma once

#include "EditStep.h"

#include "Design.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QVector>

#include <memory>

namespace pillar {
class Document;
}

namespace pillar::test {

class ModelEditor;

// One sequence of edits on one design, checked as it goes: after every step
// the invariants hold and the checker reports nothing an edit should have
// refused; an undo or redo gives back, byte for byte, the file that stack
// position had. finish() then undoes to the start (the original file, and
// not modified) and redoes to the end (the forward file at every position).
class SequenceRun
{
public:
    explicit SequenceRun(const Design &start);
    ~SequenceRun();

    // False when the step broke something: see failure().
    bool apply(const EditStep &step);
    bool finish();

    const Design &design() const;
    // For tests of the runner: edits that bypass the editor.
    Document *document() const { return m_document.get(); }
    const ModelEditor &editor() const { return *m_editor; }
    // "category: detail" of the first thing that broke; empty while all is well.
    QString failure() const { return m_failure; }
    int appliedSteps() const { return m_applied; }
    // How many steps of each kind ("paste", "quick-fix rds-single-az") the
    // editor accepted and refused: what a run really exercised.
    const QHash<QString, int> &accepted() const { return m_accepted; }
    const QHash<QString, int> &refused() const { return m_refused; }

private:
    bool fail(const QString &what);
    bool checkState(const QString &when);
    QByteArray bytes() const;

    std::unique_ptr<Document> m_document;
    std::unique_ptr<ModelEditor> m_editor;
    QByteArray m_initial;
    QSet<QString> m_baselineViolations;
    QSet<QString> m_baselineFindings;
    QVector<QByteArray> m_snapshots; // the file at each undo stack index
    QString m_failure;
    int m_applied = 0;
    QHash<QString, int> m_accepted;
    QHash<QString, int> m_refused;
};

// Replays steps on start; the failure (empty when none).
QString replay(const Design &start, const QVector<EditStep> &steps);

// Delta debugging (ddmin): a shortest-found subsequence of steps that still
// fails with the same category, within maxReplays replays.
QVector<EditStep> shrink(const Design &start, const QVector<EditStep> &steps, const QString &category, int maxReplays);

} // namespace pillar::test
