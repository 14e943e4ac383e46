#pragma once

#include "CfnValue.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace pillar {

// Evaluates CloudFormation intrinsic functions as far as the template's own
// inputs allow: parameters take their Default or an override, Mappings and
// Conditions are evaluated, Ref/GetAtt of a resource become ResourceRef nodes.
// Anything depending on values known only at deploy time (account id, stack
// name, imports, parameters without a value, unknown tags) becomes Unknown or
// External, never a guess.
class CfnResolver
{
public:
    enum class Truth { False, True, Unknown };

    // root is the parsed template; overrides are --parameter Name=Value pairs.
    CfnResolver(const CfnValue &root, const QMap<QString, QString> &overrides, const QString &region);

    // Deep resolution of a value; NoValue entries are removed from maps and
    // lists. The value is taken, and resolved where it is: what is already
    // plain (most of a template) is neither copied nor allocated again.
    CfnValue resolve(CfnValue value) const;
    // Three-valued truth of a named condition.
    Truth condition(const QString &name) const;
    bool isResource(const QString &logicalId) const { return m_resources.contains(logicalId); }
    QString region() const { return m_region; }
    // Type of a parameter ("AWS::EC2::Subnet::Id", "String", ...), empty if none.
    QString parameterType(const QString &name) const;
    QStringList parameterNames() const { return m_parameterOrder; }
    // Overrides naming no parameter of the template.
    QStringList unusedOverrides() const;

    // The Availability Zones GetAZs returns: the region's name + a..f. The real
    // names depend on the account, but distinct indices are distinct zones.
    QStringList availabilityZones(const QString &region) const;

private:
    void resolveInPlace(CfnValue *value, int depth) const;
    // A resolved copy, for the parts of functions and mappings read as given.
    CfnValue resolveAt(const CfnValue &value, int depth) const;
    CfnValue resolveFunction(const CfnValue &fn, int depth) const;
    CfnValue ref(const QString &name) const;
    CfnValue sub(const CfnValue &arg, int depth) const;
    Truth truth(const CfnValue &value, int depth) const;

    const CfnValue *m_mappings = nullptr;
    const CfnValue *m_conditions = nullptr;
    QHash<QString, const CfnValue *> m_parameters;
    QStringList m_parameterOrder;
    QMap<QString, QString> m_overrides;
    QSet<QString> m_resources;
    QString m_region;
    mutable QHash<QString, Truth> m_conditionCache;
    mutable QSet<QString> m_conditionsInProgress;
};

} // namespace pillar
