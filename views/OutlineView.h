#pragma once

#include <QTreeWidget>

namespace pillar {

class DesignModel;

// The design as a tree: containers and what they hold. Rebuilt from the model
// when it changes (coalesced to once per event-loop turn).
class OutlineView : public QTreeWidget
{
    Q_OBJECT

public:
    explicit OutlineView(DesignModel *model, QWidget *parent = nullptr);

private:
    void scheduleRebuild();
    void rebuild();

    DesignModel *m_model;
    bool m_rebuildPending = false;
};

} // namespace pillar
