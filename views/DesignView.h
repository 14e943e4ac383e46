#pragma once

#include <QGraphicsView>
#include <QPointer>

#include <QLineEdit>

namespace pillar {

class DesignScene;

// The canvas widget: accepts palette drops (mime type kElementKindMimeType
// carrying a kind key), zooms (wheel, shortcuts, fit, 100%), pans (middle
// drag, Space + drag, scroll bars), draws the grid, nudges the selection
// with the arrow keys and edits names in place.
class DesignView : public QGraphicsView
{
    Q_OBJECT

public:
    static constexpr const char *kElementKindMimeType = "application/x-pillar-element-kind";
    static constexpr qreal kMinZoom = 0.02;
    static constexpr qreal kMaxZoom = 8.0;

    explicit DesignView(DesignScene *scene, QWidget *parent = nullptr);

    DesignScene *designScene() const { return m_scene; }
    qreal zoom() const { return transform().m11(); }
    void setZoom(qreal zoom);
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    void resetZoom();
    bool isGridVisible() const { return m_gridVisible; }
    void setGridVisible(bool visible);

    // Edit actions on the current selection (the Edit menu calls these).
    void deleteSelection();
    void cutSelection();
    void copySelection();
    void paste();
    void duplicateSelection();
    void selectAllElements();
    // Selects the elements and brings them into view: centred, zoomed out
    // only when they do not fit (never zoomed in). Ids not in the design are
    // skipped; returns false when none is left.
    bool showElements(const QStringList &ids);
    // Opens the in-place name editor over the element's label.
    void beginRename(const QString &id);
    QLineEdit *renameEditor() const { return m_renameEditor; }

signals:
    void zoomChanged(qreal zoom);
    void viewportMoved();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void scrollContentsBy(int dx, int dy) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void finishRename(bool commit);

    DesignScene *m_scene;
    bool m_gridVisible = true;
    bool m_fitPending = false;  // zoomToFit asked before the widget had its size
    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_panLast;
    QPointer<QLineEdit> m_renameEditor;
    QString m_renaming;
};

} // namespace pillar
