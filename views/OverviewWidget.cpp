#include "OverviewWidget.h"

#include "DesignModel.h"
#include "DesignScene.h"
#include "Document.h"
#include "DesignView.h"
#include "RenderStyle.h"

#include <QMouseEvent>
#include <QPainter>

namespace pillar {

OverviewWidget::OverviewWidget(DesignView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
{
    setMinimumSize(120, 80);
    setCursor(Qt::PointingHandCursor);
    m_timer.setSingleShot(true);
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, &OverviewWidget::render);
    // Model changes only: hover and selection repaints must not redraw the
    // miniature of a big design several times a second.
    connect(view->designScene()->document()->model(), &DesignModel::changed, this, &OverviewWidget::scheduleRender);
    connect(view, &DesignView::viewportMoved, this, qOverload<>(&QWidget::update));
    scheduleRender();
}

void OverviewWidget::scheduleRender()
{
    if (!m_timer.isActive())
        m_timer.start();
}

QRectF OverviewWidget::mapping() const
{
    if (m_source.isEmpty())
        return {};
    const qreal s = std::min(width() / m_source.width(), height() / m_source.height());
    QRectF r(0, 0, m_source.width() * s, m_source.height() * s);
    r.moveCenter(rect().center());
    return r;
}

void OverviewWidget::render()
{
    m_source = m_view->designScene()->designRect(40);
    const qreal dpr = devicePixelRatioF();
    m_cache = QPixmap(size() * dpr);
    m_cache.setDevicePixelRatio(dpr);
    m_cache.fill(style::canvasColor());
    QPainter p(&m_cache);
    // Selection frames and hover handles are not wanted in the miniature.
    m_view->scene()->render(&p, mapping(), m_source, Qt::KeepAspectRatio);
    p.end();
    update();
}

void OverviewWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), style::canvasColor());
    if (!m_cache.isNull())
        p.drawPixmap(0, 0, m_cache);
    const QRectF target = mapping();
    if (target.isEmpty())
        return;
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    const qreal s = target.width() / m_source.width();
    const QRectF frame(target.left() + (visible.left() - m_source.left()) * s, target.top() + (visible.top() - m_source.top()) * s,
                       visible.width() * s, visible.height() * s);
    p.setPen(QPen(style::selectionColor(), 1.5));
    p.setBrush(style::selectionColor(30));
    p.drawRect(frame.intersected(rect()));
}

void OverviewWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    scheduleRender();
}

QPointF OverviewWidget::toScene(const QPointF &widgetPos) const
{
    const QRectF target = mapping();
    if (target.isEmpty())
        return {};
    const qreal s = target.width() / m_source.width();
    return m_source.topLeft() + (widgetPos - target.topLeft()) / s;
}

QPointF OverviewWidget::mapFromScene(const QPointF &scenePos) const
{
    const QRectF target = mapping();
    if (target.isEmpty())
        return {};
    const qreal s = target.width() / m_source.width();
    return target.topLeft() + (scenePos - m_source.topLeft()) * s;
}

void OverviewWidget::mousePressEvent(QMouseEvent *event)
{
    m_view->centerOn(toScene(event->position()));
    update();
}

void OverviewWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton) {
        m_view->centerOn(toScene(event->position()));
        update();
    }
}

} // namespace pillar
