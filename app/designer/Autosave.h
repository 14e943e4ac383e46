#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QLockFile>
#include <QObject>
#include <QString>
#include <QThreadPool>
#include <QTimer>

#include <memory>

namespace pillar {

class Document;

// Crash copies of one open document, written soon after every change.
//
// While the document has unsaved changes, a copy is written to
//   AppDataLocation/autosave/<key>.pillar
// where key is a hash of the document's file path, or "untitled-<pid>-<n>".
// A change is copied within delay() of when it was made (default 1 s, or
// PILLAR_AUTOSAVE_MS): the copy waits for a short pause in editing so a burst
// of edits is one write, but never longer than delay() after the first edit
// not yet copied. The design is snapshotted on the GUI thread (a copy of
// implicitly shared data) and serialised and written on a worker thread,
// atomically (through writeDesignFile), so a large design does not stall the
// window. A "<key>.origin" file beside it records the original path, and a
// "<key>.lock" QLockFile is held while this process owns the copy, so another
// Pillar started later can tell a live copy from one left by a crash.
// The copy is removed when the document is saved, reset or undone to clean,
// and when this object is destroyed (a clean close).
class Autosave : public QObject
{
    Q_OBJECT

public:
    // Leftover copies whose owner is gone (crashed or killed).
    struct Leftover {
        QString copyPath;     // the autosaved design
        QString originalPath; // the file it was a copy of; empty for untitled
        QDateTime savedAt;
    };

    explicit Autosave(Document *document, QObject *parent = nullptr);
    ~Autosave() override;

    // The longest time, in milliseconds, between a change and its copy.
    int interval() const { return m_maxDelayMs; }
    void setInterval(int ms);

    static QString directory();
    QString copyPath() const;

    // Writes the copy now, on this thread, if there are changes not yet
    // copied. Returns false on a write error.
    bool writeNow(QString *error = nullptr);
    // Starts writing the copy on the worker thread if there are changes not
    // yet copied and no write is running; written() or failed() follows.
    void writeSoon();
    // Waits for a copy being written on the worker thread (tests, writeNow).
    void waitForWrite();
    void discard();

    // What one write costs the GUI thread: taking the snapshot (benchmarks).
    static qint64 snapshotNanoseconds(const Document *document);

    // Copies in directory() no running Pillar owns, newest first.
    static QVector<Leftover> leftovers();
    // Deletes a leftover copy and its companions.
    static void removeLeftover(const Leftover &leftover);

signals:
    // The snapshot of a copy was taken: edits made before now are in it.
    void copyStarted();
    void written(const QString &path);
    void failed(const QString &error);

private:
    void documentChanged();
    void pathChanged();
    void scheduleWrite();
    QString keyFor(const QString &path) const;
    static QString originOf(const Document *document);
    // The lock and the folder, taken on the GUI thread before any write.
    bool prepare(QString *error);
    void writeFinished(quint64 id, const QString &path, bool ok, const QString &error);

    Document *m_document;
    QTimer m_quiet;    // restarted by each change: fires after a pause in editing
    QTimer m_deadline; // started by the first change not yet copied: never later than this
    int m_maxDelayMs;
    QString m_key;
    std::unique_ptr<QLockFile> m_lock;
    QThreadPool m_worker;        // one thread: at most one write at a time
    quint64 m_lastWrite = 0;     // writes are numbered from 1
    quint64 m_activeWrite = 0;   // the write in flight, 0 when none
    quint64 m_discardedUpTo = 0; // writes up to this one were discarded
    bool m_pending = false; // edits not yet in the copy
    QElapsedTimer m_pendingSince; // since the oldest of them
};

} // namespace pillar
