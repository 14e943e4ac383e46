#include "LintRunner.h"

#include "DesignModel.h"
#include "rules/Checker.h"

#include <QtConcurrent/QtConcurrentRun>

namespace pillar {

LintRunner::LintRunner(DesignModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDebounceMs);
    connect(&m_timer, &QTimer::timeout, this, &LintRunner::start);
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &LintRunner::onFinished);
    connect(model, &DesignModel::changed, this, &LintRunner::schedule);
    connect(model, &DesignModel::designReset, this, &LintRunner::schedule);
    schedule();
}

LintRunner::~LintRunner()
{
    // The task owns its copy of the design; waiting keeps the thread pool
    // from outliving what it reports to at shutdown. A check is short.
    m_watcher.waitForFinished();
}

void LintRunner::schedule()
{
    ++m_generation;
    m_timer.start();
}

void LintRunner::start()
{
    if (m_watcher.isRunning()) {
        m_restart = true;
        return;
    }
    const quint64 generation = m_generation;
    // The copy is taken on the UI thread: the worker never touches the model.
    m_watcher.setFuture(QtConcurrent::run([design = m_model->design(), generation]() {
        return Result{generation, checkDesign(design)};
    }));
}

void LintRunner::onFinished()
{
    const Result result = m_watcher.result();
    if (result.generation == m_generation) {
        m_findings = result.findings;
        m_resultGeneration = result.generation;
        emit findingsReady(m_findings);
    } else if (!m_timer.isActive()) {
        // Stale, and no check is due: the change came while this one ran.
        m_restart = true;
    }
    if (m_restart) {
        m_restart = false;
        if (!m_timer.isActive())
            start();
    }
}

} // namespace pillar
