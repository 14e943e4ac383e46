#include "Autosave.h"

#include "DesignModel.h"
#include "Document.h"
#include "io/DesignJson.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUndoStack>

#include <algorithm>

namespace pillar {

namespace {

// A change starts to be copied at most this long after it was made; with a
// write of up to a second (10,000 elements take ~0.1-0.5 s), it is on disk
// within 2 s.
constexpr int kDefaultMaxDelayMs = 1000;
// A pause in editing this long writes the copy sooner.
constexpr int kQuietMs = 300;

QString companion(const QString &copyPath, const char *suffix)
{
    QString base = copyPath;
    base.chop(int(qstrlen(".pillar")));
    return base + QLatin1String(suffix);
}

// The origin first, then the copy: whoever finds a copy (a crash can come
// any time) finds its origin too. Runs on the worker thread: touches only
// its arguments.
bool writeCopy(const Design &design, const QString &copyPath, const QString &origin, QString *error)
{
    const QString originPath = companion(copyPath, ".origin");
    if (origin.isEmpty()) {
        QFile::remove(originPath);
    } else {
        QSaveFile file(originPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(origin.toUtf8()) < 0 || !file.commit()) {
            *error = QStringLiteral("%1: %2").arg(originPath, file.errorString());
            return false;
        }
    }
    return writeDesignFile(design, copyPath, error);
}

} // namespace

Autosave::Autosave(Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    bool ok = false;
    const int fromEnv = qEnvironmentVariableIntValue("PILLAR_AUTOSAVE_MS", &ok);
    m_quiet.setSingleShot(true);
    m_deadline.setSingleShot(true);
    setInterval(ok && fromEnv > 0 ? fromEnv : kDefaultMaxDelayMs);
    connect(&m_quiet, &QTimer::timeout, this, &Autosave::writeSoon);
    connect(&m_deadline, &QTimer::timeout, this, &Autosave::writeSoon);
    m_worker.setMaxThreadCount(1);
    m_worker.setExpiryTimeout(-1); // keep the thread: a write every few seconds
    m_key = keyFor(document->filePath());

    QUndoStack *stack = document->undoStack();
    connect(stack, &QUndoStack::indexChanged, this, &Autosave::documentChanged);
    connect(stack, &QUndoStack::cleanChanged, this, &Autosave::documentChanged);
    connect(document, &Document::filePathChanged, this, &Autosave::pathChanged);
}

Autosave::~Autosave()
{
    // A clean close: let a write in flight end, then remove what it wrote.
    m_worker.waitForDone();
    discard();
}

void Autosave::setInterval(int ms)
{
    m_maxDelayMs = std::max(1, ms);
    m_quiet.setInterval(std::min(kQuietMs, m_maxDelayMs));
    m_deadline.setInterval(m_maxDelayMs);
}

QString Autosave::directory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/autosave");
}

QString Autosave::keyFor(const QString &path) const
{
    if (path.isEmpty()) {
        // Unique per document of this process; the pid keeps processes apart.
        static int counter = 0;
        return QStringLiteral("untitled-%1-%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    }
    const QByteArray canonical = QFileInfo(path).absoluteFilePath().toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha1).toHex().left(16));
}

QString Autosave::copyPath() const
{
    return directory() + QLatin1Char('/') + m_key + QStringLiteral(".pillar");
}

void Autosave::documentChanged()
{
    if (m_document->isModified()) {
        if (!m_pending)
            m_pendingSince.start();
        m_pending = true;
        scheduleWrite();
    } else {
        discard(); // saved, reset or undone to the saved state: nothing to recover
    }
}

void Autosave::pathChanged()
{
    // Save As or Open: the old copy is obsolete; the next one goes under the new key.
    discard();
    m_key = keyFor(m_document->filePath());
    m_pending = m_document->isModified();
    if (m_pending) {
        m_pendingSince.start();
        scheduleWrite();
    }
}

void Autosave::scheduleWrite()
{
    m_quiet.start();
    // The deadline counts from the oldest change not yet copied, also when
    // that change waited for the write before.
    if (!m_deadline.isActive())
        m_deadline.start(int(std::max<qint64>(0, m_maxDelayMs - m_pendingSince.elapsed())));
}

bool Autosave::prepare(QString *error)
{
    if (!QDir().mkpath(directory())) {
        *error = tr("%1: cannot create the autosave folder").arg(directory());
        return false;
    }
    if (!m_lock) {
        const QString path = copyPath();
        m_lock = std::make_unique<QLockFile>(companion(path, ".lock"));
        m_lock->setStaleLockTime(0); // stale only when the owner process is gone
        if (!m_lock->tryLock(0)) {
            *error = tr("%1: another Pillar window is autosaving this design").arg(path);
            m_lock.reset();
            return false;
        }
    }
    return true;
}

QString Autosave::originOf(const Document *document)
{
    return document->filePath().isEmpty() ? QString() : QFileInfo(document->filePath()).absoluteFilePath();
}

bool Autosave::writeNow(QString *error)
{
    waitForWrite(); // its copy is older than the one written here
    m_quiet.stop();
    m_deadline.stop();
    if (!m_pending || !m_document->isModified())
        return true;
    QString message;
    emit copyStarted();
    if (!prepare(&message) || !writeCopy(m_document->model()->design(), copyPath(), originOf(m_document), &message)) {
        if (error)
            *error = message;
        return false;
    }
    m_pending = false;
    emit written(copyPath());
    return true;
}

void Autosave::writeSoon()
{
    if (m_activeWrite)
        return; // writeFinished() starts the next one
    m_quiet.stop();
    m_deadline.stop();
    if (!m_pending || !m_document->isModified())
        return;
    QString error;
    if (!prepare(&error)) {
        emit failed(error);
        return;
    }
    // The snapshot is the only work on this thread: Design's containers are
    // implicitly shared, so the copy costs little, and the worker's reads of
    // it never race the edits that follow (they detach).
    auto snapshot = std::make_shared<const Design>(m_document->model()->design());
    const QString path = copyPath();
    const QString origin = originOf(m_document);
    const quint64 id = ++m_lastWrite;
    m_activeWrite = id;
    m_pending = false;
    emit copyStarted();
    m_worker.start([this, snapshot, path, origin, id] {
        QString error;
        const bool ok = writeCopy(*snapshot, path, origin, &error);
        QMetaObject::invokeMethod(this, [this, id, path, ok, error] { writeFinished(id, path, ok, error); },
                                  Qt::QueuedConnection);
    });
}

void Autosave::writeFinished(quint64 id, const QString &path, bool ok, const QString &error)
{
    if (id == m_activeWrite)
        m_activeWrite = 0;
    if (id <= m_discardedUpTo) {
        // Discarded while it was written (saved, undone to clean, renamed):
        // what it wrote is no copy of anything, unless a newer copy is wanted
        // at the same place, which will overwrite it.
        if (!m_lock || path != copyPath()) {
            QFile::remove(path);
            QFile::remove(companion(path, ".origin"));
        }
    } else if (!ok) {
        if (!m_pending)
            m_pendingSince.start();
        m_pending = true; // try again with the next change
        emit failed(error);
        return;
    } else {
        emit written(path);
    }
    if (m_pending && m_document->isModified())
        scheduleWrite(); // edits made while it was written
}

void Autosave::waitForWrite()
{
    if (!m_activeWrite)
        return;
    m_worker.waitForDone();
    m_activeWrite = 0; // its writeFinished() is still queued, and harmless
}

qint64 Autosave::snapshotNanoseconds(const Document *document)
{
    QElapsedTimer timer;
    timer.start();
    const auto snapshot = std::make_shared<const Design>(document->model()->design());
    return timer.nsecsElapsed();
}

void Autosave::discard()
{
    // Never waits: a write in flight removes its own copy when it ends.
    m_discardedUpTo = m_lastWrite;
    m_quiet.stop();
    m_deadline.stop();
    if (!m_lock)
        return; // never wrote a copy, so none to remove (and not ours to remove)
    const QString path = copyPath();
    QFile::remove(path);
    QFile::remove(companion(path, ".origin"));
    m_lock->unlock();
    m_lock.reset();
}

QVector<Autosave::Leftover> Autosave::leftovers()
{
    QVector<Leftover> found;
    const QDir dir(directory());
    for (const QFileInfo &fi : dir.entryInfoList({QStringLiteral("*.pillar")}, QDir::Files)) {
        const QString copy = fi.absoluteFilePath();
        QLockFile lock(companion(copy, ".lock"));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue; // a running Pillar owns it
        lock.unlock();
        Leftover l;
        l.copyPath = copy;
        l.savedAt = fi.lastModified();
        QFile origin(companion(copy, ".origin"));
        if (origin.open(QIODevice::ReadOnly))
            l.originalPath = QString::fromUtf8(origin.readAll());
        found << l;
    }
    std::sort(found.begin(), found.end(), [](const Leftover &a, const Leftover &b) { return a.savedAt > b.savedAt; });
    return found;
}

void Autosave::removeLeftover(const Leftover &leftover)
{
    QFile::remove(leftover.copyPath);
    QFile::remove(companion(leftover.copyPath, ".origin"));
    QFile::remove(companion(leftover.copyPath, ".lock"));
}

} // namespace pillar
