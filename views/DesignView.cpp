#include "DesignView.h"

#include "editing/CanvasEditor.h"
#include "DesignModel.h"
#include "DesignScene.h"
#include "Document.h"
#include "ElementItem.h"
#include "KindInfo.h"
#include "RenderStyle.h"

#include <QDragEnterEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMimeData>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

namespace pillar {

namespace {

std::optional<ElementKind> droppedKind(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(QString::fromLatin1(DesignView::kElementKindMimeType)))
        return std::nullopt;
    return kindFromKey(QString::fromUtf8(mime->data(QString::fromLatin1(DesignView::kElementKindMimeType))));
}

} // namespace

DesignView::DesignView(DesignScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
{
    setAcceptDrops(true);
    setDragMode(RubberBandDrag);
    // Only what lies wholly inside the band: sweeping past a VPC edge must not select the VPC.
    setRubberBandSelectionMode(Qt::ContainsItemShape);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setViewportUpdateMode(SmartViewportUpdate);
    setTransformationAnchor(AnchorUnderMouse);
    setOptimizationFlags(DontSavePainterState);
    setFocusPolicy(Qt::StrongFocus);
    connect(scene, &DesignScene::renameRequested, this, &DesignView::beginRename);
}

void DesignView::setZoom(qreal zoom)
{
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    if (qFuzzyCompare(zoom, this->zoom()))
        return;
    setTransform(QTransform::fromScale(zoom, zoom));
    emit zoomChanged(zoom);
    emit viewportMoved();
}

void DesignView::zoomIn()
{
    setZoom(zoom() * 1.25);
}

void DesignView::zoomOut()
{
    setZoom(zoom() / 1.25);
}

void DesignView::resetZoom()
{
    setZoom(1.0);
}

void DesignView::zoomToFit()
{
    if (!isVisible()) {
        m_fitPending = true;
        return;
    }
    m_fitPending = false;
    m_scene->updateSceneRect();
    const QRectF content = m_scene->designRect(24);
    const QRectF view = viewport()->rect();
    if (content.isEmpty() || view.isEmpty())
        return;
    const qreal z = std::min(view.width() / content.width(), view.height() / content.height());
    setZoom(std::min(z, 1.0)); // fit never enlarges a small design past 100%
    centerOn(content.center());
    emit viewportMoved();
}

void DesignView::setGridVisible(bool visible)
{
    m_gridVisible = visible;
    resetCachedContent();
    viewport()->update();
}

void DesignView::deleteSelection()
{
    m_scene->editor()->remove(m_scene->selectedIds());
}

void DesignView::cutSelection()
{
    m_scene->editor()->cut(m_scene->selectedIds());
}

void DesignView::copySelection()
{
    m_scene->editor()->copy(m_scene->selectedIds());
}

void DesignView::paste()
{
    // With one container selected, the paste goes inside it.
    QString target;
    const QStringList selected = m_scene->selectedIds();
    if (selected.size() == 1) {
        const Element *e = m_scene->document()->model()->element(selected.first());
        if (e && kindInfo(e->kind).container)
            target = e->id;
    }
    const QStringList pasted = m_scene->editor()->paste(target);
    if (!pasted.isEmpty())
        m_scene->selectIds(m_scene->editor()->topMost(pasted));
}

void DesignView::duplicateSelection()
{
    const QStringList created = m_scene->editor()->duplicate(m_scene->selectedIds());
    if (!created.isEmpty())
        m_scene->selectIds(m_scene->editor()->topMost(created));
}

bool DesignView::showElements(const QStringList &ids)
{
    const Design &design = m_scene->document()->model()->design();
    QStringList present;
    for (const QString &id : ids) {
        if (design.hasId(id))
            present << id;
    }
    if (present.isEmpty())
        return false;
    m_scene->selectIds(present);
    QRectF area;
    for (const QString &id : std::as_const(present)) {
        if (ElementItem *item = m_scene->elementItem(id))
            area = area.united(item->sceneBoundingRect());
    }
    if (area.isEmpty())
        return true;
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    if (area.width() > visible.width() || area.height() > visible.height()) {
        const qreal fit = 0.9 * std::min(viewport()->width() / area.width(), viewport()->height() / area.height());
        setZoom(std::min(zoom(), fit));
    }
    centerOn(area.center());
    return true;
}

void DesignView::selectAllElements()
{
    QStringList ids;
    for (const Element &e : m_scene->document()->model()->design().elements())
        ids << e.id;
    for (const Connection &c : m_scene->document()->model()->design().connections())
        ids << c.id;
    m_scene->selectIds(ids);
}

void DesignView::dragEnterEvent(QDragEnterEvent *event)
{
    if (droppedKind(event->mimeData()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void DesignView::dragMoveEvent(QDragMoveEvent *event)
{
    const auto kind = droppedKind(event->mimeData());
    if (!kind) {
        event->ignore();
        return;
    }
    const QPointF pos = mapToScene(event->position().toPoint());
    const QString problem = m_scene->editor()->dropProblem(*kind, pos);
    m_scene->setDropHighlight(m_scene->editor()->containerAt(pos), problem.isEmpty());
    if (problem.isEmpty()) {
        event->acceptProposedAction();
    } else {
        emit m_scene->statusMessage(problem);
        event->ignore();
    }
}

void DesignView::dragLeaveEvent(QDragLeaveEvent *event)
{
    m_scene->setDropHighlight(QString(), true);
    event->accept();
}

void DesignView::dropEvent(QDropEvent *event)
{
    m_scene->setDropHighlight(QString(), true);
    const auto kind = droppedKind(event->mimeData());
    if (!kind) {
        event->ignore();
        return;
    }
    const QString id = m_scene->editor()->addElement(*kind, mapToScene(event->position().toPoint()));
    if (id.isEmpty()) {
        event->ignore(); // the editor said why in the status bar
        return;
    }
    m_scene->selectIds({id});
    // A large container dropped near the edge would sit half off-screen,
    // its name hidden: scroll so it shows, name first.
    if (ElementItem *item = m_scene->elementItem(id))
        ensureVisible(item->sceneBoundingRect(), 16, 16);
    event->acceptProposedAction();
    setFocus();
}

void DesignView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & (Qt::ShiftModifier | Qt::AltModifier)) {
        QGraphicsView::wheelEvent(event); // scroll
        return;
    }
    const qreal steps = event->angleDelta().y() / 120.0;
    if (qFuzzyIsNull(steps))
        return;
    setZoom(zoom() * std::pow(1.15, steps));
    event->accept();
}

void DesignView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (m_spaceHeld && event->button() == Qt::LeftButton)) {
        m_panning = true;
        m_panLast = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void DesignView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint d = event->position().toPoint() - m_panLast;
        m_panLast = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - d.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - d.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void DesignView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        viewport()->setCursor(m_spaceHeld ? Qt::OpenHandCursor : Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void DesignView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        return;
    }
    QPointF delta;
    const qreal step = (event->modifiers() & Qt::ShiftModifier) ? 1 : DesignScene::kGrid;
    switch (event->key()) {
    case Qt::Key_Left: delta = QPointF(-step, 0); break;
    case Qt::Key_Right: delta = QPointF(step, 0); break;
    case Qt::Key_Up: delta = QPointF(0, -step); break;
    case Qt::Key_Down: delta = QPointF(0, step); break;
    case Qt::Key_F2: {
        const QStringList selected = m_scene->selectedIds();
        if (selected.size() == 1 && m_scene->elementItem(selected.first()))
            beginRename(selected.first());
        return;
    }
    default:
        QGraphicsView::keyPressEvent(event);
        return;
    }
    const QStringList ids = m_scene->selectedIds();
    if (ids.isEmpty()) {
        QGraphicsView::keyPressEvent(event); // scroll
        return;
    }
    m_scene->editor()->nudge(ids, delta);
}

void DesignView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        if (!m_panning)
            viewport()->setCursor(Qt::ArrowCursor);
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void DesignView::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, style::canvasColor());
    if (!m_gridVisible)
        return;
    // Skip lines that would be closer than 8 pixels apart: they make grey mush.
    qreal step = DesignScene::kGrid;
    while (step * zoom() < 8)
        step *= 4;
    painter->setPen(QPen(style::gridColor(), 0));
    const qreal left = std::floor(rect.left() / step) * step;
    const qreal top = std::floor(rect.top() / step) * step;
    QVector<QLineF> lines;
    for (qreal x = left; x <= rect.right(); x += step)
        lines << QLineF(x, rect.top(), x, rect.bottom());
    for (qreal y = top; y <= rect.bottom(); y += step)
        lines << QLineF(rect.left(), y, rect.right(), y);
    painter->drawLines(lines);
}

void DesignView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    emit viewportMoved();
}

void DesignView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitPending && isVisible())
        zoomToFit();
    emit viewportMoved();
}

void DesignView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    if (m_fitPending)
        zoomToFit();
}

void DesignView::beginRename(const QString &id)
{
    ElementItem *item = m_scene->elementItem(id);
    const Element *e = m_scene->document()->model()->element(id);
    if (!item || !e)
        return;
    finishRename(false);
    m_renaming = id;
    m_renameEditor = new QLineEdit(viewport());
    m_renameEditor->setObjectName(QStringLiteral("renameEditor"));
    m_renameEditor->setText(e->displayName());
    m_renameEditor->selectAll();
    QRect r = mapFromScene(item->mapRectToScene(item->labelRect())).boundingRect();
    r.setHeight(std::max(r.height(), m_renameEditor->sizeHint().height()));
    r.setWidth(std::max(r.width(), 140));
    m_renameEditor->setGeometry(r);
    m_renameEditor->installEventFilter(this);
    connect(m_renameEditor, &QLineEdit::returnPressed, this, [this] { finishRename(true); });
    m_renameEditor->show();
    m_renameEditor->setFocus();
}

void DesignView::finishRename(bool commit)
{
    if (!m_renameEditor)
        return;
    QLineEdit *editor = m_renameEditor;
    m_renameEditor = nullptr; // guard: focus-out while closing must not commit twice
    const QString id = m_renaming;
    m_renaming.clear();
    if (commit && !editor->text().trimmed().isEmpty())
        m_scene->editor()->rename(id, editor->text());
    editor->removeEventFilter(this);
    editor->hide();
    editor->deleteLater();
    setFocus();
}

bool DesignView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_renameEditor) {
        if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
            finishRename(false);
            return true;
        }
        if (event->type() == QEvent::FocusOut) {
            finishRename(true);
            return false;
        }
    }
    return QGraphicsView::eventFilter(watched, event);
}

} // namespace pillar
