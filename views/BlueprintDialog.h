#pragma once

#include <QDialog>
#include <QImage>

class QListWidget;
class QTextBrowser;

namespace pillar {

class Design;

// File ▸ New from Blueprint…: every shipped blueprint with a thumbnail drawn
// from the design itself and its description (what it is, what changed from
// the previous stage and why).
class BlueprintDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BlueprintDialog(QWidget *parent = nullptr);

    // Name of the chosen blueprint, e.g. "stage-3-high-availability".
    QString selectedBlueprint() const;
    void selectBlueprint(const QString &name);

    // The design drawn by the canvas's own scene, fitted into size.
    static QImage renderThumbnail(const Design &design, const QSize &size);

private:
    void showDescription();

    QListWidget *m_list;
    QTextBrowser *m_description;
};

} // namespace pillar
