#include "TfDocument.h"

#include "../CfnHelpers.h"
#include "TfAddress.h"
#include "TfJsonReader.h"

namespace pillar {

namespace {

using cfn::tr;

const CfnValue *mapAt(const CfnValue &v, const char *key)
{
    const CfnValue *m = v.get(QLatin1String(key));
    return m && m->isMap() ? m : nullptr;
}

QString textAt(const CfnValue &v, const char *key)
{
    const CfnValue *s = v.get(QLatin1String(key));
    return s && s->isScalar() ? s->text : QString();
}

} // namespace

bool TfDocument::fail(const CfnValue &at, const QString &message, CfnParseError *error) const
{
    *error = {at.line, at.column, message};
    return false;
}

const CfnValue *TfDocument::own(CfnValue v)
{
    m_owned.push_back(std::move(v));
    return &m_owned.back();
}

bool TfDocument::read(const CfnValue &root, CfnParseError *error)
{
    if (!root.isMap())
        return fail(root, tr("not a Terraform plan or state: the document is not a JSON object"), error);
    m_terraformVersion = textAt(root, "terraform_version");
    if (const CfnValue *format = root.get(QStringLiteral("format_version"))) {
        const QString major = format->isScalar() ? format->text.section(QLatin1Char('.'), 0, 0) : QString();
        if (major != QLatin1String("0") && major != QLatin1String("1"))
            return fail(*format, tr("format_version %1 is not supported: Pillar reads versions 0.x and 1.x of the JSON "
                                    "that terraform show -json writes")
                                     .arg(format->isScalar() ? format->text : tr("(not a version)")),
                        error);
        if (root.get(QStringLiteral("planned_values")) || root.get(QStringLiteral("resource_changes"))) {
            m_kind = Plan;
            return readPlan(root, error);
        }
        m_kind = State;
        const CfnValue *values = root.get(QStringLiteral("values"));
        if (!values || values->isNull())
            return true; // an empty state
        if (!values->isMap())
            return fail(*values, tr("values must be an object"), error);
        const CfnValue *module = mapAt(*values, "root_module");
        return !module || readModule(*module, QString(), error);
    }
    if (const CfnValue *version = root.get(QStringLiteral("version"))) {
        m_kind = RawState;
        if (version->isScalar() && version->text == QLatin1String("4"))
            return readRawState(root, error);
        if (version->isScalar() && version->text == QLatin1String("3"))
            return readLegacyState(root, error);
        return fail(*version, tr("state file version %1 is not supported: Pillar reads versions 3 and 4")
                                  .arg(version->isScalar() ? version->text : QString()),
                    error);
    }
    return fail(root, tr("not a Terraform plan or state: no format_version (terraform show -json) or version (state file)"), error);
}

bool TfDocument::readPlan(const CfnValue &root, CfnParseError *error)
{
    if (const CfnValue *configuration = mapAt(root, "configuration")) {
        if (const CfnValue *module = mapAt(*configuration, "root_module"))
            readConfiguration(*module, QString());
    }
    if (const CfnValue *planned = root.get(QStringLiteral("planned_values"))) {
        if (!planned->isMap())
            return fail(*planned, tr("planned_values must be an object"), error);
        if (const CfnValue *module = mapAt(*planned, "root_module")) {
            if (!readModule(*module, QString(), error))
                return false;
        }
    }
    const CfnValue *changes = root.get(QStringLiteral("resource_changes"));
    if (!changes || changes->isNull())
        return true;
    if (!changes->isList())
        return fail(*changes, tr("resource_changes must be a list"), error);
    for (const CfnValue &c : changes->items) {
        if (!c.isMap())
            return fail(c, tr("a resource change must be an object"), error);
        if (textAt(c, "mode") != QLatin1String("managed"))
            continue;
        const QString address = textAt(c, "address");
        const CfnValue *change = mapAt(c, "change");
        if (address.isEmpty() || !change)
            return fail(c, tr("a resource change needs an address and a change"), error);
        QStringList actions;
        if (const CfnValue *a = change->get(QStringLiteral("actions"))) {
            for (const CfnValue &item : a->items)
                actions << item.text;
        }
        const int at = m_byAddress.value(address, -1);
        if (at >= 0) {
            m_resources[at].unknown = mapAt(*change, "after_unknown");
            continue;
        }
        TfResource r;
        r.address = address;
        r.type = textAt(c, "type");
        r.name = textAt(c, "name");
        QString resourcePart;
        tfSplitAddress(address, &r.module, &resourcePart);
        r.configModule = tfConfigModule(r.module);
        if (const CfnValue *index = c.get(QStringLiteral("index")))
            r.index = *index;
        r.line = c.line;
        r.column = c.column;
        r.expressions = m_expressions.value(r.configModule + QLatin1Char(' ') + r.type + QLatin1Char('.') + r.name);
        if (actions == QStringList{QStringLiteral("delete")}) {
            r.fate = TfResource::Destroyed;
            const CfnValue *before = mapAt(*change, "before");
            r.values = before ? before : own(tfMap());
        } else {
            // In resource_changes only (older Terraform leaves some out of planned_values).
            const CfnValue *after = mapAt(*change, "after");
            r.values = after ? after : own(tfMap());
            r.unknown = mapAt(*change, "after_unknown");
        }
        m_byAddress.insert(address, int(m_resources.size()));
        m_resources << r;
    }
    return true;
}

bool TfDocument::readModule(const CfnValue &module, const QString &moduleAddress, CfnParseError *error)
{
    if (const CfnValue *resources = module.get(QStringLiteral("resources"))) {
        if (!resources->isList())
            return fail(*resources, tr("resources must be a list"), error);
        for (const CfnValue &v : resources->items) {
            if (!v.isMap())
                return fail(v, tr("a resource must be an object"), error);
            if (textAt(v, "mode") != QLatin1String("managed"))
                continue;
            TfResource r;
            r.address = textAt(v, "address");
            r.type = textAt(v, "type");
            r.name = textAt(v, "name");
            if (r.address.isEmpty() || r.type.isEmpty())
                return fail(v, tr("a resource needs an address and a type"), error);
            r.module = moduleAddress;
            r.configModule = tfConfigModule(moduleAddress);
            if (const CfnValue *index = v.get(QStringLiteral("index")))
                r.index = *index;
            const CfnValue *values = v.get(QStringLiteral("values"));
            if (values && !values->isMap() && !values->isNull())
                return fail(*values, tr("%1: values must be an object").arg(r.address), error);
            r.values = values && values->isMap() ? values : own(tfMap());
            r.expressions = m_expressions.value(r.configModule + QLatin1Char(' ') + r.type + QLatin1Char('.') + r.name);
            r.line = v.line;
            r.column = v.column;
            if (m_byAddress.contains(r.address))
                return fail(v, tr("%1 is listed twice").arg(r.address), error);
            m_byAddress.insert(r.address, int(m_resources.size()));
            m_resources << r;
        }
    }
    if (const CfnValue *children = module.get(QStringLiteral("child_modules"))) {
        if (!children->isList())
            return fail(*children, tr("child_modules must be a list"), error);
        for (const CfnValue &child : children->items) {
            if (!child.isMap())
                return fail(child, tr("a child module must be an object"), error);
            if (!readModule(child, textAt(child, "address"), error))
                return false;
        }
    }
    return true;
}

void TfDocument::readConfiguration(const CfnValue &module, const QString &path)
{
    m_moduleConfigs.insert(path, &module);
    if (const CfnValue *resources = module.get(QStringLiteral("resources"))) {
        for (const CfnValue &r : resources->items) {
            const CfnValue *expressions = mapAt(r, "expressions");
            if (expressions && textAt(r, "mode") != QLatin1String("data"))
                m_expressions.insert(path + QLatin1Char(' ') + textAt(r, "type") + QLatin1Char('.') + textAt(r, "name"), expressions);
        }
    }
    if (const CfnValue *calls = mapAt(module, "module_calls")) {
        for (const auto &call : calls->map) {
            if (const CfnValue *child = call.second.isMap() ? mapAt(call.second, "module") : nullptr)
                readConfiguration(*child, (path.isEmpty() ? QString() : path + QLatin1Char('.')) + QStringLiteral("module.") + call.first);
        }
    }
}

bool TfDocument::readRawState(const CfnValue &root, CfnParseError *error)
{
    const CfnValue *resources = root.get(QStringLiteral("resources"));
    if (!resources || resources->isNull())
        return true;
    if (!resources->isList())
        return fail(*resources, tr("resources must be a list"), error);
    for (const CfnValue &v : resources->items) {
        if (!v.isMap())
            return fail(v, tr("a resource must be an object"), error);
        if (textAt(v, "mode") != QLatin1String("managed"))
            continue;
        const QString module = textAt(v, "module");
        const QString type = textAt(v, "type");
        const QString name = textAt(v, "name");
        if (type.isEmpty() || name.isEmpty())
            return fail(v, tr("a resource needs a type and a name"), error);
        const CfnValue *instances = v.get(QStringLiteral("instances"));
        if (!instances || !instances->isList())
            return fail(instances ? *instances : v, tr("%1.%2: instances must be a list").arg(type, name), error);
        for (const CfnValue &instance : instances->items) {
            if (!instance.isMap())
                return fail(instance, tr("an instance must be an object"), error);
            TfResource r;
            r.type = type;
            r.name = name;
            r.module = module;
            r.configModule = tfConfigModule(module);
            if (const CfnValue *key = instance.get(QStringLiteral("index_key")))
                r.index = *key;
            r.address = (module.isEmpty() ? QString() : module + QLatin1Char('.')) + type + QLatin1Char('.') + name + tfIndexSuffix(r.index);
            const CfnValue *attributes = instance.get(QStringLiteral("attributes"));
            if (attributes && !attributes->isMap() && !attributes->isNull())
                return fail(*attributes, tr("%1: attributes must be an object").arg(r.address), error);
            r.values = attributes && attributes->isMap() ? attributes : own(tfMap());
            r.line = instance.line;
            r.column = instance.column;
            if (m_byAddress.contains(r.address))
                return fail(instance, tr("%1 is listed twice").arg(r.address), error);
            m_byAddress.insert(r.address, int(m_resources.size()));
            m_resources << r;
        }
    }
    return true;
}

bool TfDocument::readLegacyState(const CfnValue &root, CfnParseError *error)
{
    const CfnValue *modules = root.get(QStringLiteral("modules"));
    if (!modules || !modules->isList())
        return fail(modules ? *modules : root, tr("a version 3 state needs a list of modules"), error);
    for (const CfnValue &m : modules->items) {
        QString module;
        if (const CfnValue *path = m.get(QStringLiteral("path"))) {
            for (int i = 1; i < path->items.size(); ++i) // path[0] is "root"
                module += (module.isEmpty() ? QString() : QStringLiteral(".")) + QStringLiteral("module.") + path->items[i].text;
        }
        const CfnValue *resources = mapAt(m, "resources");
        if (!resources)
            continue;
        for (const auto &entry : resources->map) {
            // Keys: "aws_x.name", "aws_x.name.1" (count), "data.aws_x.name".
            const QStringList parts = entry.first.split(QLatin1Char('.'));
            if (parts.first() == QLatin1String("data") || parts.size() < 2 || !entry.second.isMap())
                continue;
            TfResource r;
            r.type = parts[0];
            r.name = parts[1];
            if (parts.size() > 2)
                r.index = CfnValue::scalar(parts[2]);
            r.module = module;
            r.configModule = module;
            r.address = (module.isEmpty() ? QString() : module + QLatin1Char('.')) + r.type + QLatin1Char('.') + r.name + tfIndexSuffix(r.index);
            const CfnValue *primary = mapAt(entry.second, "primary");
            const CfnValue *attributes = primary ? mapAt(*primary, "attributes") : nullptr;
            QVector<QPair<QString, const CfnValue *>> flat;
            if (attributes) {
                for (const auto &a : attributes->map)
                    flat.append({a.first, &a.second});
            }
            r.values = own(tfUnflatten(flat));
            r.line = entry.second.line;
            r.column = entry.second.column;
            if (m_byAddress.contains(r.address))
                return fail(entry.second, tr("%1 is listed twice").arg(r.address), error);
            m_byAddress.insert(r.address, int(m_resources.size()));
            m_resources << r;
        }
    }
    return true;
}

} // namespace pillar
