#include "SequenceRun.h"

#include "DesignInvariants.h"
#include "ModelEditor.h"

#include "DesignModel.h"
#include "Document.h"
#include "io/DesignJson.h"

#include <QUndoStack>

namespace pillar::test {

namespace {

// The first line where two files differ, for a readable failure.
QString firstDifference(const QByteArray &expected, const QByteArray &actual)
{
    const QList<QByteArray> a = expected.split('\n');
    const QList<QByteArray> b = actual.split('\n');
    for (int i = 0; i < std::max(a.size(), b.size()); ++i) {
        const QByteArray x = a.value(i);
        const QByteArray y = b.value(i);
        if (x != y)
            return QStringLiteral("line %1: expected '%2', got '%3'").arg(i + 1).arg(QString::fromUtf8(x.trimmed()), QString::fromUtf8(y.trimmed()));
    }
    return QStringLiteral("same lines, different bytes");
}

} // namespace

SequenceRun::SequenceRun(const Design &start)
    : m_document(std::make_unique<Document>())
    , m_editor(std::make_unique<ModelEditor>(m_document.get()))
{
    m_document->reset(start);
    m_initial = bytes();
    m_snapshots = {m_initial};
    const QStringList violations = invariantViolations(design());
    m_baselineViolations = QSet<QString>(violations.begin(), violations.end());
    m_baselineFindings = refusalFindings(design());
}

SequenceRun::~SequenceRun() = default;

const Design &SequenceRun::design() const
{
    return m_document->model()->design();
}

QByteArray SequenceRun::bytes() const
{
    return writeDesign(design());
}

bool SequenceRun::fail(const QString &what)
{
    if (m_failure.isEmpty())
        m_failure = what;
    return false;
}

bool SequenceRun::checkState(const QString &when)
{
    for (const QString &v : invariantViolations(design())) {
        if (!m_baselineViolations.contains(v))
            return fail(v + QStringLiteral(" (") + when + QLatin1Char(')'));
    }
    for (const QString &f : refusalFindings(design())) {
        if (!m_baselineFindings.contains(f))
            return fail(QStringLiteral("checker finding: ") + f + QStringLiteral(" (") + when + QLatin1Char(')'));
    }
    return true;
}

bool SequenceRun::apply(const EditStep &step)
{
    if (!m_failure.isEmpty())
        return false;
    QUndoStack *stack = m_document->undoStack();
    const bool accepted = m_editor->apply(step);
    ++m_applied;
    const QString kind = step.op == EditOp::QuickFix ? opName(step.op) + QLatin1Char(' ') + step.key : opName(step.op);
    ++(accepted ? m_accepted : m_refused)[kind];
    const QString when = QStringLiteral("after step %1, %2").arg(m_applied).arg(step.toString());
    const int index = stack->index();
    const QByteArray now = bytes();
    if (step.op == EditOp::Undo || step.op == EditOp::Redo) {
        if (index >= m_snapshots.size())
            return fail(QStringLiteral("stack: index %1 past the %2 recorded states (%3)").arg(index).arg(m_snapshots.size()).arg(when));
        if (now != m_snapshots[index])
            return fail(QStringLiteral("%1 mismatch: %2 (%3)")
                            .arg(step.op == EditOp::Undo ? "undo" : "redo", firstDifference(m_snapshots[index], now), when));
    } else {
        m_snapshots.resize(stack->count() + 1);
        m_snapshots[index] = now;
    }
    if (stack->count() + 1 != m_snapshots.size())
        return fail(QStringLiteral("stack: %1 commands, %2 recorded states (%3)").arg(stack->count()).arg(m_snapshots.size()).arg(when));
    return checkState(when);
}

bool SequenceRun::finish()
{
    if (!m_failure.isEmpty())
        return false;
    QUndoStack *stack = m_document->undoStack();
    const int end = stack->index();
    while (stack->canUndo()) {
        stack->undo();
        if (bytes() != m_snapshots[stack->index()])
            return fail(QStringLiteral("undo mismatch: undoing to %1 of %2: %3")
                            .arg(stack->index()).arg(end).arg(firstDifference(m_snapshots[stack->index()], bytes())));
    }
    if (bytes() != m_initial)
        return fail(QStringLiteral("undo mismatch: back at the start: %1").arg(firstDifference(m_initial, bytes())));
    if (m_document->isModified())
        return fail(QStringLiteral("undo mismatch: back at the start, the document says it is modified"));
    while (stack->canRedo()) {
        stack->redo();
        if (bytes() != m_snapshots[stack->index()])
            return fail(QStringLiteral("redo mismatch: redoing to %1: %2").arg(stack->index()).arg(firstDifference(m_snapshots[stack->index()], bytes())));
    }
    if (!checkState(QStringLiteral("after redoing everything")))
        return false;
    // What was saved reads back as the same design.
    const QByteArray file = bytes();
    const LoadResult reread = readDesign(file, QStringLiteral("forward.pillar"));
    if (!reread.ok())
        return fail(QStringLiteral("unreadable file: the forward file does not read back: %1").arg(reread.error.toString()));
    if (writeDesign(*reread.design) != file)
        return fail(QStringLiteral("unstable file: the forward file reads back differently: %1")
                        .arg(firstDifference(file, writeDesign(*reread.design))));
    return true;
}

QString replay(const Design &start, const QVector<EditStep> &steps)
{
    SequenceRun run(start);
    for (const EditStep &step : steps) {
        if (!run.apply(step))
            return run.failure();
    }
    run.finish();
    return run.failure();
}

QVector<EditStep> shrink(const Design &start, const QVector<EditStep> &steps, const QString &category, int maxReplays)
{
    QVector<EditStep> current = steps;
    int replays = 0;
    auto stillFails = [&](const QVector<EditStep> &candidate) {
        ++replays;
        const QString failure = replay(start, candidate);
        return !failure.isEmpty() && violationCategory(failure) == category;
    };
    // A failure at step k needs nothing after k.
    {
        SequenceRun run(start);
        int k = 0;
        while (k < current.size() && run.apply(current[k]))
            ++k;
        if (k < current.size())
            current.resize(k + 1);
    }
    int chunks = 2;
    while (current.size() >= 2 && replays < maxReplays) {
        const int size = int(current.size());
        const int chunk = (size + chunks - 1) / chunks;
        bool reduced = false;
        for (int from = 0; from < size && replays < maxReplays; from += chunk) {
            QVector<EditStep> complement = current.mid(0, from) + current.mid(from + chunk);
            if (!complement.isEmpty() && stillFails(complement)) {
                current = complement;
                chunks = std::max(chunks - 1, 2);
                reduced = true;
                break;
            }
        }
        if (!reduced) {
            if (chunks >= size)
                break;
            chunks = std::min(size, chunks * 2);
        }
    }
    return current;
}

} // namespace pillar::test
