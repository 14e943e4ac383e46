#pragma once

#include <QDateTime>
#include <QLockFile>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

namespace pillar {

class Document;

// Periodic crash copies of one open document.
//
// While the document has unsaved changes, a copy is written every interval()
// (atomic, through writeDesignFile) to
//   AppDataLocation/autosave/<key>.pillar
// where key is a hash of the document's file path, or "untitled-<pid>-<n>".
// A "<key>.origin" file beside it records the original path, and a
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

    // Milliseconds between copies; default 60 s, or PILLAR_AUTOSAVE_MS.
    int interval() const { return m_timer.interval(); }
    void setInterval(int ms) { m_timer.setInterval(ms); }

    static QString directory();
    QString copyPath() const;

    // Writes the copy now if there are changes not yet copied. Returns false on a write error.
    bool writeNow(QString *error = nullptr);
    void discard();

    // Copies in directory() no running Pillar owns, newest first.
    static QVector<Leftover> leftovers();
    // Deletes a leftover copy and its companions.
    static void removeLeftover(const Leftover &leftover);

signals:
    void written(const QString &path);
    void failed(const QString &error);

private:
    void documentChanged();
    void pathChanged();
    QString keyFor(const QString &path) const;

    Document *m_document;
    QTimer m_timer;
    QString m_key;
    std::unique_ptr<QLockFile> m_lock;
    bool m_pending = false; // edits not yet in the copy
};

} // namespace pillar
