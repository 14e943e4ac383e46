#include "DesignJson.h"

#include "../PropertySpec.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <nlohmann/json.hpp>

using ojson = nlohmann::ordered_json;

namespace pillar {

namespace {

std::string s(const QString &text)
{
    return text.toStdString();
}

ojson stringList(const QStringList &list)
{
    ojson out = ojson::array();
    for (const QString &item : list)
        out.push_back(s(item));
    return out;
}

ojson propertyValue(const PropertySpec &spec, const QVariant &value)
{
    switch (spec.type) {
    case PropertyType::Bool: return value.toBool();
    case PropertyType::Int: return value.toInt();
    case PropertyType::RefList: return stringList(value.toStringList());
    default: return s(value.toString());
    }
}

ojson elementJson(const Element &e)
{
    ojson out;
    out["id"] = s(e.id);
    out["kind"] = s(kindKey(e.kind));
    if (!e.name.isEmpty())
        out["name"] = s(e.name);
    if (!e.parent.isEmpty())
        out["parent"] = s(e.parent);
    if (!e.securityGroups.isEmpty())
        out["securityGroups"] = stringList(e.securityGroups);
    if (!e.properties.isEmpty()) {
        // Spec order, so a file reads like the inspector.
        ojson props = ojson::object();
        for (const PropertySpec &spec : propertySpecs(e.kind)) {
            const auto it = e.properties.constFind(spec.key);
            if (it != e.properties.constEnd())
                props[s(spec.key)] = propertyValue(spec, it.value());
        }
        out["properties"] = props;
    }
    if (!e.ingress.isEmpty()) {
        ojson list = ojson::array();
        for (const IngressRule &r : e.ingress) {
            ojson rule;
            rule["protocol"] = s(r.protocol);
            if (r.protocol != QLatin1String("all")) {
                rule["fromPort"] = r.fromPort;
                rule["toPort"] = r.toPort;
            }
            if (!r.cidr.isEmpty())
                rule["cidr"] = s(r.cidr);
            else
                rule["sourceGroup"] = s(r.sourceGroup);
            if (!r.description.isEmpty())
                rule["description"] = s(r.description);
            list.push_back(rule);
        }
        out["ingress"] = list;
    }
    if (!e.listeners.isEmpty()) {
        ojson list = ojson::array();
        for (const Listener &l : e.listeners) {
            ojson item;
            item["protocol"] = s(l.protocol);
            item["port"] = l.port;
            item["action"] = s(l.action);
            list.push_back(item);
        }
        out["listeners"] = list;
    }
    if (!e.unknown.isEmpty())
        out["unknown"] = stringList(e.unknown);
    return out;
}

// Whole numbers are written without a fraction so files stay tidy.
ojson coordinate(double v)
{
    if (v == std::floor(v) && std::abs(v) < 1e15)
        return static_cast<long long>(v);
    return v;
}

} // namespace

QByteArray writeDesign(const Design &design)
{
    ojson root;
    root["format"] = kDesignFormatName;
    root["version"] = kDesignFormatVersion;

    ojson info;
    info["name"] = s(design.info.name);
    if (!design.info.description.isEmpty())
        info["description"] = s(design.info.description);
    info["region"] = s(design.info.region);
    info["environment"] = s(design.info.environment);
    info["expectedUsers"] = design.info.expectedUsers;
    root["design"] = info;

    ojson elements = ojson::array();
    for (const Element &e : design.elements())
        elements.push_back(elementJson(e));
    root["elements"] = elements;

    ojson connections = ojson::array();
    for (const Connection &c : design.connections()) {
        ojson item;
        item["id"] = s(c.id);
        item["from"] = s(c.from);
        item["to"] = s(c.to);
        if (!c.protocol.isEmpty())
            item["protocol"] = s(c.protocol);
        if (c.port > 0)
            item["port"] = c.port;
        connections.push_back(item);
    }
    root["connections"] = connections;

    if (!design.lint.isEmpty()) {
        ojson lint;
        if (!design.lint.suppressions.isEmpty()) {
            ojson list = ojson::array();
            for (const Suppression &sup : design.lint.suppressions)
                list.push_back({{"rule", s(sup.rule)}, {"element", s(sup.element)}, {"reason", s(sup.reason)}});
            lint["suppressions"] = list;
        }
        if (!design.lint.severityOverrides.isEmpty()) {
            ojson map = ojson::object();
            for (auto it = design.lint.severityOverrides.constBegin(); it != design.lint.severityOverrides.constEnd(); ++it)
                map[s(it.key())] = s(it.value());
            lint["severity"] = map;
        }
        if (!design.lint.disabledRules.isEmpty())
            lint["disabled"] = stringList(design.lint.disabledRules);
        root["lint"] = lint;
    }

    // Element ids are unique in a design, so each entry is appended to the
    // ordered map's vector directly: its operator[] searches the keys so far,
    // which made writing a 10,000-element design quadratic.
    ojson layout = ojson::object();
    auto &layoutEntries = layout.get_ref<ojson::object_t &>();
    layoutEntries.reserve(design.elements().size());
    for (const Element &e : design.elements()) {
        ojson g;
        g["x"] = coordinate(e.geometry.x());
        g["y"] = coordinate(e.geometry.y());
        if (e.geometry.width() > 0 || e.geometry.height() > 0) {
            g["w"] = coordinate(e.geometry.width());
            g["h"] = coordinate(e.geometry.height());
        }
        layoutEntries.ojson::object_t::Container::emplace_back(s(e.id), std::move(g));
    }
    root["layout"] = layout;

    std::string text = root.dump(2);
    text.push_back('\n');
    return QByteArray::fromStdString(text);
}

bool writeDesignFile(const Design &design, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("DesignWriter", "%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray bytes = writeDesign(design);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("DesignWriter", "%1: cannot write: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

} // namespace pillar
