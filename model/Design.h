#pragma once

#include "Element.h"

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

#include <vector>

namespace pillar {

struct DesignInfo {
    QString name;
    QString description;
    QString region = QStringLiteral("us-east-1");
    QString environment = QStringLiteral("prod"); // dev, staging, prod
    int expectedUsers = 1000;
    bool operator==(const DesignInfo &o) const;
    bool operator!=(const DesignInfo &o) const { return !(*this == o); }
};

// A user's decision that a rule does not apply to one element, with why.
struct Suppression {
    QString rule;
    QString element;
    QString reason;
    bool operator==(const Suppression &o) const;
};

// The checker's settings stored in the design file.
struct LintConfig {
    QVector<Suppression> suppressions;
    QMap<QString, QString> severityOverrides; // rule id -> error / warning / info
    QStringList disabledRules;
    bool operator==(const LintConfig &o) const;
    bool operator!=(const LintConfig &o) const { return !(*this == o); }
    bool isEmpty() const;
};

// The design graph as a value: elements, connections, design-level settings.
// Elements and connections share one id space. Order is kept (it is the file
// order). Lookup by id is O(1). Use DesignModel to edit with notifications.
class Design
{
public:
    DesignInfo info;
    LintConfig lint;

    const std::vector<Element> &elements() const { return m_elements; }
    const std::vector<Connection> &connections() const { return m_connections; }

    const Element *element(const QString &id) const;
    Element *element(const QString &id);
    const Connection *connection(const QString &id) const;
    Connection *connection(const QString &id);
    int elementIndex(const QString &id) const { return m_elementIndex.value(id, -1); }
    int connectionIndex(const QString &id) const { return m_connectionIndex.value(id, -1); }
    bool hasId(const QString &id) const { return m_elementIndex.contains(id) || m_connectionIndex.contains(id); }

    // Inserts at index (or appends when index is out of range). The id must be free.
    void insertElement(const Element &element, int index = -1);
    void removeElementAt(int index);
    void insertConnection(const Connection &connection, int index = -1);
    void removeConnectionAt(int index);
    void clear();

    // Direct children of id (or the top level when id is empty), in file order. O(n).
    QStringList children(const QString &id) const;
    // All elements below id, depth first.
    QStringList descendants(const QString &id) const;
    // Ids of connections that start or end at id.
    QStringList connectionsOf(const QString &id) const;
    // The nearest ancestor (or the element itself) of the given kind, or nullptr.
    const Element *enclosing(const QString &id, ElementKind kind) const;
    // True when making parentId the parent of id would create a cycle.
    bool wouldCreateCycle(const QString &id, const QString &parentId) const;

    // "prefix-N" with the smallest N >= 1 not yet used.
    QString uniqueId(const QString &prefix) const;
    static bool isValidId(const QString &id);

    bool operator==(const Design &o) const;
    bool operator!=(const Design &o) const { return !(*this == o); }

private:
    void reindexElements(int from);
    void reindexConnections(int from);

    std::vector<Element> m_elements;
    std::vector<Connection> m_connections;
    QHash<QString, int> m_elementIndex;
    QHash<QString, int> m_connectionIndex;
};

} // namespace pillar
