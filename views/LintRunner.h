#pragma once

#include "rules/Finding.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>
#include <QVector>

namespace pillar {

class DesignModel;

// Keeps the checker's findings for a DesignModel up to date without blocking
// the UI: every change restarts a short timer (debounce); when it fires, a
// copy of the design is checked on a worker thread. At most one check runs at
// a time; a result computed for an older design than the model's current one
// (the generation counter moved on) is dropped and a fresh check follows.
class LintRunner : public QObject
{
    Q_OBJECT

public:
    explicit LintRunner(DesignModel *model, QObject *parent = nullptr);
    ~LintRunner() override;

    static constexpr int kDebounceMs = 250;

    // The latest findings, for the design as it was at generation().
    const QVector<Finding> &findings() const { return m_findings; }
    // True while the shown findings may not match the design yet.
    bool isPending() const { return m_timer.isActive() || m_watcher.isRunning() || m_resultGeneration != m_generation; }

    // Checks again after the debounce delay (called on every model change).
    void schedule();

signals:
    // Findings for the model's current design; emitted on the UI thread.
    void findingsReady(const QVector<Finding> &findings);

private:
    struct Result {
        quint64 generation = 0;
        QVector<Finding> findings;
    };
    void start();
    void onFinished();

    DesignModel *m_model;
    QTimer m_timer;
    QFutureWatcher<Result> m_watcher;
    QVector<Finding> m_findings;
    quint64 m_generation = 0;        // bumped on every change
    quint64 m_resultGeneration = ~quint64(0);
    bool m_restart = false;          // a check was due while one was running
};

} // namespace pillar
