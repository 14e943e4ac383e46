#pragma once

class QMainWindow;

namespace pillar {

class DesignScene;
class DesignView;

// What the designer remembers between sessions (QSettings): window geometry
// and dock layout, grid, snap and zoom. Recent files live in FileActions.
namespace windowSettings {

// Call after the docks exist (restoreState needs their object names) and
// before menus read the grid/snap state for their check marks.
void restore(QMainWindow *window, DesignView *view, DesignScene *scene);
void save(const QMainWindow *window, const DesignView *view, const DesignScene *scene);

} // namespace windowSettings
} // namespace pillar
