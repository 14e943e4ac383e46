#pragma once

#include "EditStep.h"
#include "editing/CanvasEditor.h"

#include <QMimeData>
#include <QSet>

#include <memory>

namespace pillar {
class Document;
struct Element;
}

namespace pillar::test {

// Applies EditSteps to a Document the way the designer does, without a
// widget. Canvas gestures go through the designer's own CanvasEditor (with
// a clipboard of its own); the inspector's, the connection form's and the
// Problems dock's edits through the same model calls their widgets make
// (commands/ElementEdits.h, SetPropertiesCommand, quick fixes, lint config
// commands), after the same checks the widgets make by what they offer (a
// refused gesture pushes nothing).
class ModelEditor
{
public:
    explicit ModelEditor(Document *document);

    // Returns false when the designer would refuse the gesture (or it names
    // something that is not there); nothing is pushed then.
    bool apply(const EditStep &step);

    // The designer's own check, for the generator.
    QString connectProblem(const QString &from, const QString &to) const { return m_canvas.connectProblem(from, to); }

private:
    bool resize(const EditStep &step);
    bool paste(const QString &target);
    bool toggleGroup(const QStringList &ids, const QString &group);
    bool setProperty(const EditStep &step);
    bool toggleRef(const EditStep &step);
    bool editIngress(const EditStep &step);
    bool toggleListener(const EditStep &step);
    bool setConnection(const EditStep &step, bool reverse);
    bool quickFix(const EditStep &step);
    bool suppress(const EditStep &step, bool on);
    bool designInfo(const EditStep &step);

    Document *m_document;
    CanvasEditor m_canvas;
    std::unique_ptr<QMimeData> m_clipboard;
    QStringList m_nudgeIds;
};

} // namespace pillar::test
