#pragma once

#include "Element.h"

#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <functional>

namespace pillar {

class DesignModel;
class Document;

// The way into the undo stack for edits that change elements in place
// (inspector forms, the headless editing tests): one gesture is exactly one
// command, and an edit that changes nothing pushes nothing.

// Applies `edit` to a copy of every element of ids and pushes ONE
// ChangeElementsCommand (merging with the previous one when mergeId and
// mergeKey agree). Returns false, pushing nothing, when no element changed.
bool pushElementEdit(Document *document, const QStringList &ids, const QString &text,
                     const std::function<void(Element &)> &edit, int mergeId = -1, const QString &mergeKey = QString());

// Sets properties on all of ids with one SetPropertiesCommand (which see).
// Returns false, pushing nothing, when nothing would change.
bool pushPropertyEdit(Document *document, const QStringList &ids, const QVariantMap &values);

// Joins (join) or leaves the security group on every element of ids.
bool pushGroupMembership(Document *document, const QStringList &ids, const QString &group, bool join, const QString &text);

// Adds (add) or removes ref in the reference-list property key of every
// element of ids (subnets, members…), forgetting that the list was unknown.
bool pushReferenceToggle(Document *document, const QStringList &ids, const QString &key, const QString &ref, bool add,
                         const QString &text);

// "web-1" for one element, "3 elements" for several: for command texts.
QString describeTargets(const DesignModel *model, const QStringList &ids);

} // namespace pillar
