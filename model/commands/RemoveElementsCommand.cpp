#include "RemoveElementsCommand.h"

#include "DesignModel.h"
#include "PropertySpec.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace pillar {

namespace {

// Drops references to `gone` from e; returns true when something changed.
bool dropReferences(Element &e, const QSet<QString> &gone)
{
    bool changed = false;
    const int sgCount = e.securityGroups.size();
    e.securityGroups.erase(std::remove_if(e.securityGroups.begin(), e.securityGroups.end(),
                                          [&](const QString &id) { return gone.contains(id); }),
                           e.securityGroups.end());
    changed |= e.securityGroups.size() != sgCount;
    for (const PropertySpec &spec : propertySpecs(e.kind)) {
        if (!e.properties.contains(spec.key))
            continue;
        if (spec.type == PropertyType::Ref && gone.contains(e.properties.value(spec.key).toString())) {
            e.properties.remove(spec.key);
            changed = true;
        } else if (spec.type == PropertyType::RefList) {
            const QStringList before = e.properties.value(spec.key).toStringList();
            QStringList after;
            for (const QString &id : before) {
                if (!gone.contains(id))
                    after << id;
            }
            if (after != before) {
                e.properties.insert(spec.key, after);
                changed = true;
            }
        }
    }
    const int ruleCount = e.ingress.size();
    e.ingress.erase(std::remove_if(e.ingress.begin(), e.ingress.end(),
                                   [&](const IngressRule &r) { return !r.sourceGroup.isEmpty() && gone.contains(r.sourceGroup); }),
                    e.ingress.end());
    changed |= e.ingress.size() != ruleCount;
    return changed;
}

} // namespace

RemoveElementsCommand::RemoveElementsCommand(DesignModel *model, const QStringList &ids, const QString &text,
                                             QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_model(model)
{
    const Design &design = model->design();
    QSet<QString> gone;
    QSet<QString> goneConnections;
    for (const QString &id : ids) {
        if (design.element(id)) {
            gone.insert(id);
            for (const QString &d : design.descendants(id))
                gone.insert(d);
        } else if (design.connection(id)) {
            goneConnections.insert(id);
        }
    }
    for (const QString &id : std::as_const(gone))
        m_elements.append({design.elementIndex(id), *design.element(id)});
    std::sort(m_elements.begin(), m_elements.end(), [](const Saved &a, const Saved &b) { return a.index < b.index; });

    // Deepest first, so children leave before their container.
    QHash<QString, int> depth;
    for (const Saved &s : std::as_const(m_elements)) {
        int d = 0;
        for (const Element *p = design.element(s.element.parent); p && d <= int(design.elements().size()); p = design.element(p->parent))
            ++d;
        depth.insert(s.element.id, d);
        m_removalOrder << s.element.id;
    }
    std::stable_sort(m_removalOrder.begin(), m_removalOrder.end(),
                     [&](const QString &a, const QString &b) { return depth.value(a) > depth.value(b); });

    const auto &connections = design.connections();
    for (size_t i = 0; i < connections.size(); ++i) {
        const Connection &c = connections[i];
        if (goneConnections.contains(c.id) || gone.contains(c.from) || gone.contains(c.to))
            m_connections.append({int(i), c});
    }
    if (!gone.isEmpty()) {
        for (const Element &e : design.elements()) {
            if (gone.contains(e.id))
                continue;
            Element edited = e;
            if (dropReferences(edited, gone)) {
                m_editedBefore << e;
                m_editedAfter << edited;
            }
        }
    }
    m_lintBefore = design.lint;
    m_lintAfter = design.lint;
    m_lintAfter.suppressions.erase(std::remove_if(m_lintAfter.suppressions.begin(), m_lintAfter.suppressions.end(),
                                                  [&](const Suppression &s) { return gone.contains(s.element); }),
                                   m_lintAfter.suppressions.end());
    if (!text.isEmpty()) {
        setText(text);
    } else if (m_elements.size() == 1 && m_connections.isEmpty()) {
        setText(QCoreApplication::translate("Command", "Delete %1").arg(m_elements.first().element.displayName()));
    } else {
        setText(QCoreApplication::translate("Command", "Delete %n item(s)", nullptr, removedCount()));
    }
    setObsolete(removedCount() == 0);
}

void RemoveElementsCommand::redo()
{
    for (const Element &e : std::as_const(m_editedAfter))
        m_model->replaceElement(e);
    for (int i = m_connections.size() - 1; i >= 0; --i)
        m_model->removeConnection(m_connections[i].connection.id);
    for (const QString &id : std::as_const(m_removalOrder))
        m_model->removeElement(id);
    if (m_lintAfter != m_lintBefore)
        m_model->setLintConfig(m_lintAfter);
}

void RemoveElementsCommand::undo()
{
    // Ascending indexes: each insert lands where it was, since all removed
    // items before it are already back.
    for (const Saved &s : std::as_const(m_elements))
        m_model->insertElement(s.element, s.index);
    for (const SavedConnection &c : std::as_const(m_connections))
        m_model->insertConnection(c.connection, c.index);
    for (const Element &e : std::as_const(m_editedBefore))
        m_model->replaceElement(e);
    if (m_lintAfter != m_lintBefore)
        m_model->setLintConfig(m_lintBefore);
}

} // namespace pillar
