#include "DesignModel.h"

namespace pillar {

DesignModel::DesignModel(QObject *parent)
    : QObject(parent)
{
}

void DesignModel::resetDesign(const Design &design)
{
    m_design = design;
    emit designReset();
    emit changed();
}

void DesignModel::insertElement(const Element &element, int index)
{
    m_design.insertElement(element, index);
    emit elementAdded(element.id);
    emit changed();
}

Element DesignModel::removeElement(const QString &id)
{
    const int index = m_design.elementIndex(id);
    Q_ASSERT(index >= 0);
    emit elementAboutToBeRemoved(id);
    Element removed = m_design.elements()[static_cast<size_t>(index)];
    m_design.removeElementAt(index);
    emit elementRemoved(id);
    emit changed();
    return removed;
}

void DesignModel::replaceElement(const Element &element)
{
    Element *current = m_design.element(element.id);
    Q_ASSERT(current);
    if (*current == element)
        return;
    const bool geometryOnly = current->sameSemantics(element);
    *current = element;
    if (geometryOnly)
        emit elementGeometryChanged(element.id);
    else
        emit elementChanged(element.id);
    emit changed();
}

void DesignModel::setProperty(const QString &id, const QString &key, const QVariant &value)
{
    Element *current = m_design.element(id);
    Q_ASSERT(current);
    Element updated = *current;
    if (value.isValid())
        updated.properties.insert(key, value);
    else
        updated.properties.remove(key);
    updated.unknown.removeAll(key);
    replaceElement(updated);
}

void DesignModel::setGeometry(const QString &id, const QRectF &geometry)
{
    Element *current = m_design.element(id);
    Q_ASSERT(current);
    if (current->geometry == geometry)
        return;
    current->geometry = geometry;
    emit elementGeometryChanged(id);
    emit changed();
}

void DesignModel::insertConnection(const Connection &connection, int index)
{
    m_design.insertConnection(connection, index);
    emit connectionAdded(connection.id);
    emit changed();
}

Connection DesignModel::removeConnection(const QString &id)
{
    const int index = m_design.connectionIndex(id);
    Q_ASSERT(index >= 0);
    emit connectionAboutToBeRemoved(id);
    Connection removed = m_design.connections()[static_cast<size_t>(index)];
    m_design.removeConnectionAt(index);
    emit connectionRemoved(id);
    emit changed();
    return removed;
}

void DesignModel::replaceConnection(const Connection &connection)
{
    Connection *current = m_design.connection(connection.id);
    Q_ASSERT(current);
    if (*current == connection)
        return;
    *current = connection;
    emit connectionChanged(connection.id);
    emit changed();
}

void DesignModel::setInfo(const DesignInfo &info)
{
    if (m_design.info == info)
        return;
    m_design.info = info;
    emit infoChanged();
    emit changed();
}

void DesignModel::setLintConfig(const LintConfig &config)
{
    if (m_design.lint == config)
        return;
    m_design.lint = config;
    emit lintConfigChanged();
    emit changed();
}

} // namespace pillar
