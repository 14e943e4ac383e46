#pragma once

#include "../CfnTemplate.h"
#include "TfResource.h"

#include <QHash>
#include <QString>
#include <QVector>

#include <deque>

namespace pillar {

// The managed resources of a Terraform JSON document: the output of
// `terraform show -json PLANFILE` (planned_values, resource_changes,
// configuration), of `terraform show -json` (values), or a raw state file
// (version 4: resources[].instances[]; version 3: modules[].resources{}).
// Data sources are read by Terraform, not created, and are left out.
class TfDocument
{
public:
    enum Kind { Plan, State, RawState };

    // root: the whole document, which must outlive this. False and *error
    // (place and reason) when it is not a document this reads.
    bool read(const CfnValue &root, CfnParseError *error);

    Kind kind() const { return m_kind; }
    QString terraformVersion() const { return m_terraformVersion; }
    // In document order: the planned (or present) instances, then those the plan destroys.
    const QVector<TfResource> &resources() const { return m_resources; }
    // Configuration of a module (its resources, module_calls, outputs) by
    // its path without keys ("" root, "module.vpc"); nullptr when the
    // document has no configuration for it.
    const CfnValue *moduleConfig(const QString &configModule) const { return m_moduleConfigs.value(configModule); }

private:
    bool readPlan(const CfnValue &root, CfnParseError *error);
    bool readModule(const CfnValue &module, const QString &moduleAddress, CfnParseError *error);
    bool readRawState(const CfnValue &root, CfnParseError *error);
    bool readLegacyState(const CfnValue &root, CfnParseError *error);
    void readConfiguration(const CfnValue &module, const QString &path);
    bool fail(const CfnValue &at, const QString &message, CfnParseError *error) const;
    const CfnValue *own(CfnValue v);

    Kind m_kind = Plan;
    QString m_terraformVersion;
    QVector<TfResource> m_resources;
    QHash<QString, int> m_byAddress;
    QHash<QString, const CfnValue *> m_moduleConfigs;
    QHash<QString, const CfnValue *> m_expressions; // configModule + ' ' + type.name -> expressions
    std::deque<CfnValue> m_owned;                    // trees built here (legacy state, empty maps)
};

} // namespace pillar
