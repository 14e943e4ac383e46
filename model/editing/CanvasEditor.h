#pragma once

#include "ElementKind.h"

#include <QObject>
#include <QPointF>
#include <QSet>
#include <QSizeF>
#include <QStringList>
#include <QVariant>

#include <functional>

class QMimeData;

namespace pillar {
struct ElementPlacement;
}

namespace pillar {

class Document;
struct DesignFragment;
struct Element;

// Turns canvas gestures into undo commands on the document. Decides with
// model/Placement.h whether AWS allows what the user asks; a refusal changes
// nothing and is announced through message() with the reason. Knows nothing
// about graphics items: positions are scene coordinates, elements are ids.
// It lives in the model so that the headless editing tests drive the very
// code the designer runs; the scene only forwards mouse and key gestures.
// How align() lines elements up: on an edge or a centre line of the box
// around them.
enum class Alignment { Left, Centre, Right, Top, Middle, Bottom };

class CanvasEditor : public QObject
{
    Q_OBJECT

public:
    explicit CanvasEditor(Document *document, QObject *parent = nullptr);

    Document *document() const { return m_document; }

    // Grid snapping of positions the editor computes; 0 turns it off.
    void setGridSize(double grid) { m_grid = grid; }
    double gridSize() const { return m_grid; }
    QPointF snapped(const QPointF &p) const;

    // The deepest container whose rectangle holds scenePos, skipping the
    // elements in `exclude` and everything inside them; empty: the top level.
    QString containerAt(const QPointF &scenePos, const QSet<QString> &exclude = {}) const;
    // Empty when an element of `kind` may be dropped at scenePos, else why not.
    QString dropProblem(ElementKind kind, const QPointF &scenePos) const;

    // Creates an element of `kind` centred on scenePos, nested in the container
    // there. Returns its id, or an empty string when refused.
    QString addElement(ElementKind kind, const QPointF &scenePos);
    // Moves elements by delta; when dropPos lies in another container they
    // move into it (all of them or none). Commands with the same gestureId
    // merge into one undo step. Returns false when refused.
    bool moveElements(const QStringList &ids, const QPointF &delta, const QPointF &dropPos, int gestureId);
    // Resizes a container, never smaller than what it holds and never over
    // a container beside it (it stops short, and message() says so).
    void resizeContainer(const QString &id, const QSizeF &size, int gestureId);
    // The smallest size that still holds the container's children.
    QSizeF minimumSize(const QString &id) const;

    // The mouse gesture "from handle of A to B": a traffic connection, or for
    // a load balancer / Auto Scaling group dragged to a subnet, attaching it to
    // that subnet (again: detaching), or for a resource dragged to a security
    // group, joining it (again: leaving). Returns false when refused.
    bool connectElements(const QString &from, const QString &to);
    // Empty when connectElements(from, to) would be accepted, else why not.
    QString connectProblem(const QString &from, const QString &to) const;

    // Where copy and cut put fragments and paste takes them from: the
    // system clipboard unless set (put takes ownership of the data).
    void setClipboard(std::function<void(QMimeData *)> put, std::function<const QMimeData *()> get);

    // Each returns false when it did nothing (no such elements, nothing copied).
    bool remove(const QStringList &ids);
    bool copy(const QStringList &ids);
    bool cut(const QStringList &ids);
    // Pastes the clipboard into targetParent (empty: where the pieces came
    // from). Returns the ids of the new elements. A paste or a duplicate lands
    // where it covers nothing already in its container: where the piece was
    // when that place is free (a cut, then paste), else the first free place
    // to its right, one piece's width plus a gap at a time.
    QStringList paste(const QString &targetParent = QString());
    QStringList duplicate(const QStringList &ids);
    // Arrange (as in draw.io): lines up two or more elements of one
    // container on the edge or centre line of the box around them, or
    // spaces three or more evenly along `orientation` (the outermost two stay
    // where they are; the gaps between neighbours become equal). One undo
    // step each; false, with message() saying why, when refused or when
    // nothing would move.
    bool align(const QStringList &ids, Alignment how);
    bool distribute(const QStringList &ids, Qt::Orientation orientation);
    // Arrow keys: consecutive nudges of one selection are one undo step.
    bool nudge(const QStringList &ids, const QPointF &delta);
    // Returns false when the element is not there or already has that name.
    bool rename(const QString &id, const QString &name);
    void setProperty(const QString &id, const QString &key, const QVariant &value);
    // Replaces an element with an edited copy (listeners, groups…): one step.
    void editElement(const Element &edited, const QString &text);
    void setConnectionPort(const QString &connectionId, const QString &protocol, int port);
    // Ends the current merge chain (the selection changed).
    void breakMergeChain();

    // Only the outermost of the given elements (an element whose container is
    // also listed moves with it anyway).
    QStringList topMost(const QStringList &ids) const;

signals:
    void message(const QString &text);

private:
    // The outermost of ids when there are at least `atLeast` of them and all
    // stand in one container; else empty, and message() says why (`tooFew`
    // when there are not enough).
    QStringList arrangeable(const QStringList &ids, int atLeast, const QString &tooFew);
    // Pushes the moves (positions relative to the common container) as one
    // step named `text`; false when none would move anything.
    bool pushArrangement(const QVector<ElementPlacement> &placements, const QString &text);
    // `preferred`, or the first shift of it to the right that lands the
    // piece's roots on no element of the containers they land in.
    QPointF clearOffset(const DesignFragment &fragment, const QString &targetParent, QPointF preferred) const;
    QStringList pasteFragmentOf(const DesignFragment &fragment, const QString &targetParent, const QPointF &offset,
                                const QString &text);

    Document *m_document;
    double m_grid = 0;
    int m_nudgeGesture = 0;
    std::function<void(QMimeData *)> m_putClipboard;
    std::function<const QMimeData *()> m_clipboard;
};

} // namespace pillar
