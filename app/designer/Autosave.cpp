#include "Autosave.h"

#include "DesignModel.h"
#include "Document.h"
#include "io/DesignJson.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUndoStack>

#include <algorithm>

namespace pillar {

namespace {

constexpr int kDefaultIntervalMs = 60 * 1000;

QString companion(const QString &copyPath, const char *suffix)
{
    QString base = copyPath;
    base.chop(int(qstrlen(".pillar")));
    return base + QLatin1String(suffix);
}

} // namespace

Autosave::Autosave(Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    bool ok = false;
    const int fromEnv = qEnvironmentVariableIntValue("PILLAR_AUTOSAVE_MS", &ok);
    m_timer.setInterval(ok && fromEnv > 0 ? fromEnv : kDefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        QString error;
        if (!writeNow(&error))
            emit failed(error);
    });
    m_timer.start();
    m_key = keyFor(document->filePath());

    QUndoStack *stack = document->undoStack();
    connect(stack, &QUndoStack::indexChanged, this, &Autosave::documentChanged);
    connect(stack, &QUndoStack::cleanChanged, this, &Autosave::documentChanged);
    connect(document, &Document::filePathChanged, this, &Autosave::pathChanged);
}

Autosave::~Autosave()
{
    discard();
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
    if (m_document->isModified())
        m_pending = true;
    else
        discard(); // saved, reset or undone to the saved state: nothing to recover
}

void Autosave::pathChanged()
{
    // Save As or Open: the old copy is obsolete; the next one goes under the new key.
    discard();
    m_key = keyFor(m_document->filePath());
    m_pending = m_document->isModified();
}

bool Autosave::writeNow(QString *error)
{
    if (!m_pending || !m_document->isModified())
        return true;
    if (!QDir().mkpath(directory())) {
        if (error)
            *error = tr("%1: cannot create the autosave folder").arg(directory());
        return false;
    }
    const QString path = copyPath();
    if (!m_lock) {
        m_lock = std::make_unique<QLockFile>(companion(path, ".lock"));
        m_lock->setStaleLockTime(0); // stale only when the owner process is gone
        if (!m_lock->tryLock(0)) {
            if (error)
                *error = tr("%1: another Pillar window is autosaving this design").arg(path);
            m_lock.reset();
            return false;
        }
    }
    const QString originPath = companion(path, ".origin");
    if (m_document->filePath().isEmpty()) {
        QFile::remove(originPath);
    } else {
        QSaveFile origin(originPath);
        if (!origin.open(QIODevice::WriteOnly) || origin.write(QFileInfo(m_document->filePath()).absoluteFilePath().toUtf8()) < 0
            || !origin.commit()) {
            if (error)
                *error = tr("%1: %2").arg(originPath, origin.errorString());
            return false;
        }
    }
    // The copy last: whoever finds a copy (a crash can come any time) finds its origin too.
    if (!writeDesignFile(m_document->model()->design(), path, error))
        return false;
    m_pending = false;
    emit written(path);
    return true;
}

void Autosave::discard()
{
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
