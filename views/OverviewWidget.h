#pragma once

#include <QPixmap>
#include <QTimer>
#include <QWidget>

namespace pillar {

class DesignView;

// The minimap: the whole design in miniature with the main view's visible
// area outlined; click or drag to move the view there. The miniature is a
// cached picture, redrawn at most a few times a second after changes, so a
// huge design costs nothing while it is being edited.
class OverviewWidget : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewWidget(DesignView *view, QWidget *parent = nullptr);
    QSize sizeHint() const override { return {240, 160}; }
    bool hasPicture() const { return !m_cache.isNull(); }
    // Where a scene point appears in the miniature (widget coordinates).
    QPointF mapFromScene(const QPointF &scenePos) const;
    // Redraws the miniature soon. Model changes do this by themselves; call it
    // when items change look without a model change (finding badges).
    void scheduleRender();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    void render();
    QRectF mapping() const; // widget rectangle the source maps to
    QPointF toScene(const QPointF &widgetPos) const;

    DesignView *m_view;
    QTimer m_timer;
    QPixmap m_cache;
    QRectF m_source;   // scene rectangle shown
};

} // namespace pillar
