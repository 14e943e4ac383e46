#include "Design.h"

#include <QSet>

namespace pillar {

bool DesignInfo::operator==(const DesignInfo &o) const
{
    return name == o.name && description == o.description && region == o.region && environment == o.environment
        && expectedUsers == o.expectedUsers;
}

bool Suppression::operator==(const Suppression &o) const
{
    return rule == o.rule && element == o.element && reason == o.reason;
}

bool LintConfig::operator==(const LintConfig &o) const
{
    return suppressions == o.suppressions && severityOverrides == o.severityOverrides && disabledRules == o.disabledRules;
}

bool LintConfig::isEmpty() const
{
    return suppressions.isEmpty() && severityOverrides.isEmpty() && disabledRules.isEmpty();
}

const Element *Design::element(const QString &id) const
{
    const int i = elementIndex(id);
    return i < 0 ? nullptr : &m_elements[static_cast<size_t>(i)];
}

Element *Design::element(const QString &id)
{
    const int i = elementIndex(id);
    return i < 0 ? nullptr : &m_elements[static_cast<size_t>(i)];
}

const Connection *Design::connection(const QString &id) const
{
    const int i = connectionIndex(id);
    return i < 0 ? nullptr : &m_connections[static_cast<size_t>(i)];
}

Connection *Design::connection(const QString &id)
{
    const int i = connectionIndex(id);
    return i < 0 ? nullptr : &m_connections[static_cast<size_t>(i)];
}

void Design::insertElement(const Element &element, int index)
{
    Q_ASSERT(!hasId(element.id));
    if (index < 0 || index >= static_cast<int>(m_elements.size())) {
        m_elementIndex.insert(element.id, static_cast<int>(m_elements.size()));
        m_elements.push_back(element);
        return;
    }
    m_elements.insert(m_elements.begin() + index, element);
    reindexElements(index);
}

void Design::removeElementAt(int index)
{
    m_elementIndex.remove(m_elements[static_cast<size_t>(index)].id);
    m_elements.erase(m_elements.begin() + index);
    reindexElements(index);
}

void Design::insertConnection(const Connection &connection, int index)
{
    Q_ASSERT(!hasId(connection.id));
    if (index < 0 || index >= static_cast<int>(m_connections.size())) {
        m_connectionIndex.insert(connection.id, static_cast<int>(m_connections.size()));
        m_connections.push_back(connection);
        return;
    }
    m_connections.insert(m_connections.begin() + index, connection);
    reindexConnections(index);
}

void Design::removeConnectionAt(int index)
{
    m_connectionIndex.remove(m_connections[static_cast<size_t>(index)].id);
    m_connections.erase(m_connections.begin() + index);
    reindexConnections(index);
}

void Design::clear()
{
    m_elements.clear();
    m_connections.clear();
    m_elementIndex.clear();
    m_connectionIndex.clear();
    info = DesignInfo();
    lint = LintConfig();
}

void Design::reindexElements(int from)
{
    for (int i = from; i < static_cast<int>(m_elements.size()); ++i)
        m_elementIndex.insert(m_elements[static_cast<size_t>(i)].id, i);
}

void Design::reindexConnections(int from)
{
    for (int i = from; i < static_cast<int>(m_connections.size()); ++i)
        m_connectionIndex.insert(m_connections[static_cast<size_t>(i)].id, i);
}

QStringList Design::children(const QString &id) const
{
    QStringList result;
    for (const Element &e : m_elements) {
        if (e.parent == id)
            result << e.id;
    }
    return result;
}

QStringList Design::descendants(const QString &id) const
{
    QHash<QString, QStringList> byParent;
    for (const Element &e : m_elements)
        byParent[e.parent] << e.id;
    QStringList result;
    QStringList stack = byParent.value(id);
    std::reverse(stack.begin(), stack.end());
    QSet<QString> seen;
    while (!stack.isEmpty()) {
        const QString next = stack.takeLast();
        if (seen.contains(next))
            continue; // a cycle in an unchecked design must not hang us
        seen.insert(next);
        result << next;
        QStringList kids = byParent.value(next);
        std::reverse(kids.begin(), kids.end());
        stack << kids;
    }
    return result;
}

QStringList Design::connectionsOf(const QString &id) const
{
    QStringList result;
    for (const Connection &c : m_connections) {
        if (c.from == id || c.to == id)
            result << c.id;
    }
    return result;
}

const Element *Design::enclosing(const QString &id, ElementKind kind) const
{
    const Element *e = element(id);
    for (size_t steps = 0; e && steps <= m_elements.size(); ++steps) {
        if (e->kind == kind)
            return e;
        e = element(e->parent);
    }
    return nullptr;
}

bool Design::wouldCreateCycle(const QString &id, const QString &parentId) const
{
    QString p = parentId;
    for (size_t steps = 0; !p.isEmpty() && steps <= m_elements.size(); ++steps) {
        if (p == id)
            return true;
        const Element *e = element(p);
        if (!e)
            return false;
        p = e->parent;
    }
    return !p.isEmpty();
}

QString Design::uniqueId(const QString &prefix) const
{
    for (int n = 1;; ++n) {
        const QString candidate = prefix + QLatin1Char('-') + QString::number(n);
        if (!hasId(candidate))
            return candidate;
    }
}

bool Design::isValidId(const QString &id)
{
    if (id.isEmpty() || id.size() > 128)
        return false;
    for (int i = 0; i < id.size(); ++i) {
        const QChar c = id[i];
        const bool alnum = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
        if (alnum)
            continue;
        if (i > 0 && (c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('.') || c == QLatin1Char(':')))
            continue;
        return false;
    }
    return true;
}

bool Design::operator==(const Design &o) const
{
    return info == o.info && lint == o.lint && m_elements == o.m_elements && m_connections == o.m_connections;
}

} // namespace pillar
