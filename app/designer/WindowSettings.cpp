#include "WindowSettings.h"

#include "DesignScene.h"
#include "DesignView.h"

#include <QMainWindow>
#include <QSettings>

namespace pillar::windowSettings {

void restore(QMainWindow *window, DesignView *view, DesignScene *scene)
{
    const QSettings settings;
    const QByteArray geometry = settings.value(QStringLiteral("window/geometry")).toByteArray();
    if (!geometry.isEmpty())
        window->restoreGeometry(geometry);
    const QByteArray state = settings.value(QStringLiteral("window/state")).toByteArray();
    if (!state.isEmpty())
        window->restoreState(state);
    view->setGridVisible(settings.value(QStringLiteral("view/grid"), view->isGridVisible()).toBool());
    scene->setSnapToGrid(settings.value(QStringLiteral("view/snap"), scene->snapToGrid()).toBool());
    bool ok = false;
    const double zoom = settings.value(QStringLiteral("view/zoom")).toDouble(&ok);
    if (ok && zoom > 0) // DesignView clamps it to its range
        view->setZoom(zoom);
}

void save(const QMainWindow *window, const DesignView *view, const DesignScene *scene)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), window->saveGeometry());
    settings.setValue(QStringLiteral("window/state"), window->saveState());
    settings.setValue(QStringLiteral("view/grid"), view->isGridVisible());
    settings.setValue(QStringLiteral("view/snap"), scene->snapToGrid());
    settings.setValue(QStringLiteral("view/zoom"), view->zoom());
}

} // namespace pillar::windowSettings
