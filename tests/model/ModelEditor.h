#pragma once

#include "EditStep.h"

#include <QMimeData>
#include <QSet>

#include <functional>
#include <memory>

namespace pillar {
class Document;
struct Element;
}

namespace pillar::test {

// Applies EditSteps to a Document the way the designer does, without a
// widget: each step builds the command that views/CanvasEditor.cpp,
// views/inspector/* or views/ProblemsDock.cpp build for that gesture, with
// the same checks first (a refused gesture pushes nothing), and pushes it
// through Document::push. The clipboard is a QMimeData of its own, written
// and read with the same fragmentToMime / fragmentFromMime.
//
// Where the designer's own checks live in views/, they are mirrored here;
// keep them in step with CanvasEditor (containerAt, topMost, minimumSize,
// connectProblem) and InspectorEdits (pushElementEdit). One deliberate
// difference: the inspector's group, member and subnet lists are taken to
// offer only what securityGroupProblem() / subnetAttachmentProblem() allow,
// as the canvas does; views/inspector lists every group and subnet today.
class ModelEditor
{
public:
    explicit ModelEditor(Document *document);

    // Returns false when the designer would refuse the gesture (or it names
    // something that is not there); nothing is pushed then.
    bool apply(const EditStep &step);

    // Mirrors of the designer's checks, for the generator too.
    QString containerAt(const QPointF &scenePos, const QSet<QString> &exclude = {}) const;
    QString connectProblem(const QString &from, const QString &to) const;
    QStringList topMost(const QStringList &ids) const;

private:
    bool add(const EditStep &step);
    bool move(const EditStep &step);
    bool nudge(const EditStep &step);
    bool resize(const EditStep &step);
    bool connect(const QString &from, const QString &to);
    bool toggleGroup(const QStringList &ids, const QString &group);
    bool setProperty(const EditStep &step);
    bool toggleRef(const EditStep &step);
    bool editIngress(const EditStep &step);
    bool toggleListener(const EditStep &step);
    bool setConnection(const EditStep &step, bool reverse);
    bool copy(const QStringList &ids);
    bool paste(const QString &target);
    bool duplicate(const QStringList &ids);
    bool quickFix(const EditStep &step);
    bool suppress(const EditStep &step, bool on);
    bool designInfo(const EditStep &step);
    bool pushElementEdit(const QStringList &ids, const QString &text, const std::function<void(Element &)> &edit,
                         int mergeId = -1, const QString &mergeKey = QString());

    Document *m_document;
    std::unique_ptr<QMimeData> m_clipboard;
    int m_pasteCount = 0;
    int m_nudgeGesture = 0;
    QStringList m_nudgeIds;
};

} // namespace pillar::test
