#include "DesignJson.h"

#include "../Cidr.h"
#include "../PropertySpec.h"
#include "KindInfo.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <initializer_list>

using json = nlohmann::json;

namespace pillar {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DesignReader", text);
}

// Thrown inside the reader, caught at its top: a JSON pointer and a message.
struct Failure {
    QString pointer;
    QString message;
};

QString escapePointerToken(const QString &token)
{
    QString t = token;
    t.replace(QLatin1Char('~'), QLatin1String("~0"));
    t.replace(QLatin1Char('/'), QLatin1String("~1"));
    return t;
}

// Where a value is in the document. The JSON pointer ("/elements/41/parent")
// is spelt out only when an error names it: the reader makes one Where per
// value it reads, and building each pointer as a string was a quarter of a
// big design's load. A Where refers to its parent, so it lives no longer
// than the Where it was made from (a local or a function's argument).
class Where
{
public:
    Where() = default; // the document's root
    Where(const Where &parent, const char *key) : m_parent(&parent), m_latin1(key) {}
    Where(const Where &parent, const QString &key) : m_parent(&parent), m_key(key) {}
    Where(const Where &parent, size_t index) : m_parent(&parent), m_index(qint64(index)) {}
    // A temporary parent would be gone before its child: name it first.
    Where(const Where &&, const char *) = delete;
    Where(const Where &&, const QString &) = delete;
    Where(const Where &&, size_t) = delete;
    Where(const Where &) = delete;
    Where &operator=(const Where &) = delete;

    QString pointer() const
    {
        if (!m_parent)
            return QString();
        const QString token = m_index >= 0 ? QString::number(m_index)
            : m_latin1                     ? escapePointerToken(QString::fromLatin1(m_latin1))
                                           : escapePointerToken(m_key);
        return m_parent->pointer() + QLatin1Char('/') + token;
    }

private:
    const Where *m_parent = nullptr;
    const char *m_latin1 = nullptr;
    QString m_key;
    qint64 m_index = -1;
};

[[noreturn]] void fail(const Where &where, const QString &message)
{
    const QString pointer = where.pointer();
    throw Failure{pointer.isEmpty() ? QStringLiteral("/") : pointer, message};
}

QString typeName(const json &value)
{
    switch (value.type()) {
    case json::value_t::null: return tr("null");
    case json::value_t::object: return tr("an object");
    case json::value_t::array: return tr("an array");
    case json::value_t::string: return tr("a string");
    case json::value_t::boolean: return tr("true/false");
    case json::value_t::number_float: return tr("a decimal number");
    case json::value_t::number_integer:
    case json::value_t::number_unsigned: return tr("a whole number");
    default: return tr("an unsupported value");
    }
}

// The values of the format's enums, made once (see requireEnum).
const QStringList kIngressProtocols = {QStringLiteral("tcp"), QStringLiteral("udp"), QStringLiteral("icmp"), QStringLiteral("all")};
const QStringList kListenerProtocols = {QStringLiteral("HTTP"), QStringLiteral("HTTPS"), QStringLiteral("TCP"), QStringLiteral("TLS"),
                                        QStringLiteral("UDP"), QStringLiteral("TCP_UDP"), QStringLiteral("SSL")};
const QStringList kListenerActions = {QStringLiteral("forward"), QStringLiteral("redirect-https")};
const QStringList kSeverities = {QStringLiteral("error"), QStringLiteral("warning"), QStringLiteral("info")};
const QStringList kConnectionProtocols = connectionProtocols();
const QStringList kEnvironments = environmentValues();

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

const json &requireObject(const json &value, const Where &pointer, const QString &what)
{
    if (!value.is_object())
        fail(pointer, tr("expected %1 (a JSON object), found %2").arg(what, typeName(value)));
    return value;
}

const json &requireArray(const json &value, const Where &pointer, const QString &what)
{
    if (!value.is_array())
        fail(pointer, tr("expected %1 (a JSON array), found %2").arg(what, typeName(value)));
    return value;
}

QString requireString(const json &value, const Where &pointer)
{
    if (!value.is_string())
        fail(pointer, tr("expected a string, found %1").arg(typeName(value)));
    return qs(value.get<std::string>());
}

qint64 requireInt(const json &value, const Where &pointer, qint64 min, qint64 max)
{
    if (!value.is_number_integer())
        fail(pointer, tr("expected a whole number, found %1").arg(typeName(value)));
    const qint64 v = value.is_number_unsigned() && value.get<std::uint64_t>() > std::uint64_t(max)
        ? max + 1
        : value.get<qint64>();
    if (v < min || v > max)
        fail(pointer, tr("expected a number from %1 to %2, found %3").arg(min).arg(max).arg(qs(value.dump())));
    return v;
}

double requireNumber(const json &value, const Where &pointer)
{
    if (!value.is_number())
        fail(pointer, tr("expected a number, found %1").arg(typeName(value)));
    const double v = value.get<double>();
    if (!std::isfinite(v) || std::abs(v) > 1e9)
        fail(pointer, tr("expected a coordinate between -1e9 and 1e9"));
    return v;
}

bool requireBool(const json &value, const Where &pointer)
{
    if (!value.is_boolean())
        fail(pointer, tr("expected true or false, found %1").arg(typeName(value)));
    return value.get<bool>();
}

QStringList requireStringList(const json &value, const Where &pointer)
{
    requireArray(value, pointer, tr("a list of strings"));
    QStringList out;
    for (size_t i = 0; i < value.size(); ++i)
        out << requireString(value[i], Where(pointer, i));
    return out;
}

// Returns allowed's own string, not a copy of the file's: every element
// then shares one copy of each value (a big design's values stay in cache),
// and values given as literals (QStringLiteral) take no memory at all.
QString requireEnum(const json &value, const Where &pointer, const QStringList &allowed)
{
    if (value.is_string()) {
        const std::string &text = value.get_ref<const std::string &>();
        for (const QString &a : allowed) {
            if (QAnyStringView::equal(a, QUtf8StringView(text)))
                return a;
        }
    }
    const QString s = requireString(value, pointer);
    fail(pointer, tr("'%1' is not allowed here; expected one of: %2").arg(s, allowed.join(QLatin1String(", "))));
}

QStringList namesOf(std::initializer_list<const char *> names)
{
    QStringList list;
    for (const char *name : names)
        list << QLatin1String(name);
    return list;
}

void rejectUnknownKeys(const json &object, const Where &pointer, std::initializer_list<const char *> known)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const std::string &key = it.key();
        if (std::none_of(known.begin(), known.end(), [&](const char *k) { return key == k; }))
            fail(Where(pointer, qs(key)),
                 tr("unknown key '%1'; expected one of: %2").arg(qs(key), namesOf(known).join(QLatin1String(", "))));
    }
}

// The deepest nesting of arrays/objects, found without recursion. Returns the
// offset where the limit was first exceeded, or -1.
qint64 depthViolation(const QByteArray &text, int limit)
{
    int depth = 0;
    bool inString = false;
    for (qint64 i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > limit)
                return i;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return -1;
}

QVariant readProperty(const PropertySpec &spec, const json &value, const Where &pointer)
{
    QVariant v;
    switch (spec.type) {
    case PropertyType::Bool:
        v = requireBool(value, pointer);
        break;
    case PropertyType::Int:
        v = static_cast<int>(requireInt(value, pointer, spec.minimum, spec.maximum));
        break;
    case PropertyType::String:
    case PropertyType::Ref:
        v = requireString(value, pointer);
        break;
    case PropertyType::Enum: {
        // The spec's own string, shared by every element (see requireEnum).
        v = requireEnum(value, pointer, spec.enumValues);
        break;
    }
    case PropertyType::Cidr:
        v = requireString(value, pointer);
        break;
    case PropertyType::RefList:
        v = requireStringList(value, pointer);
        break;
    }
    const QString why = spec.validate(v);
    if (!why.isEmpty())
        fail(pointer, why);
    return v;
}

IngressRule readIngress(const json &value, const Where &pointer)
{
    requireObject(value, pointer, tr("an ingress rule"));
    rejectUnknownKeys(value, pointer, {"protocol", "fromPort", "toPort", "cidr", "sourceGroup", "description"});
    IngressRule rule;
    if (!value.contains("protocol"))
        fail(pointer, tr("an ingress rule needs a \"protocol\" (tcp, udp, icmp or all)"));
    rule.protocol = requireEnum(value["protocol"], Where(pointer, "protocol"), kIngressProtocols);
    if (rule.protocol != QLatin1String("all")) {
        if (!value.contains("fromPort") || !value.contains("toPort"))
            fail(pointer, tr("a %1 ingress rule needs \"fromPort\" and \"toPort\"").arg(rule.protocol));
    }
    if (value.contains("fromPort"))
        rule.fromPort = int(requireInt(value["fromPort"], Where(pointer, "fromPort"), -1, 65535));
    if (value.contains("toPort"))
        rule.toPort = int(requireInt(value["toPort"], Where(pointer, "toPort"), -1, 65535));
    if (rule.toPort < rule.fromPort)
        fail(Where(pointer, "toPort"), tr("toPort %1 is below fromPort %2").arg(rule.toPort).arg(rule.fromPort));
    const bool hasCidr = value.contains("cidr");
    const bool hasGroup = value.contains("sourceGroup");
    if (hasCidr == hasGroup)
        fail(pointer, tr("an ingress rule needs exactly one source: \"cidr\" or \"sourceGroup\""));
    if (hasCidr) {
        rule.cidr = requireString(value["cidr"], Where(pointer, "cidr"));
        QString why;
        if (!Cidr::parse(rule.cidr, &why))
            fail(Where(pointer, "cidr"), why);
    } else {
        rule.sourceGroup = requireString(value["sourceGroup"], Where(pointer, "sourceGroup"));
    }
    if (value.contains("description"))
        rule.description = requireString(value["description"], Where(pointer, "description"));
    return rule;
}

Listener readListener(const json &value, const Where &pointer)
{
    requireObject(value, pointer, tr("a listener"));
    rejectUnknownKeys(value, pointer, {"protocol", "port", "action"});
    Listener l;
    if (!value.contains("protocol") || !value.contains("port"))
        fail(pointer, tr("a listener needs a \"protocol\" and a \"port\""));
    l.protocol = requireEnum(value["protocol"], Where(pointer, "protocol"), kListenerProtocols);
    l.port = int(requireInt(value["port"], Where(pointer, "port"), 1, 65535));
    if (value.contains("action"))
        l.action = requireEnum(value["action"], Where(pointer, "action"), kListenerActions);
    return l;
}

Element readElement(const json &value, const Where &pointer)
{
    requireObject(value, pointer, tr("an element"));
    rejectUnknownKeys(value, pointer,
                      {"id", "kind", "name", "parent", "securityGroups", "properties", "ingress", "listeners", "unknown"});
    Element e;
    if (!value.contains("id"))
        fail(pointer, tr("an element needs an \"id\""));
    e.id = requireString(value["id"], Where(pointer, "id"));
    if (!Design::isValidId(e.id))
        fail(Where(pointer, "id"), tr("'%1' is not a valid id: use 1-128 letters, digits, '-', '_', '.' or ':', starting with a letter or digit").arg(e.id));
    if (!value.contains("kind"))
        fail(pointer, tr("element '%1' needs a \"kind\"").arg(e.id));
    const QString kindText = requireString(value["kind"], Where(pointer, "kind"));
    const auto kind = kindFromKey(kindText);
    if (!kind)
        fail(Where(pointer, "kind"), tr("unknown element kind '%1'; expected one of: %2").arg(kindText, allKindKeys().join(QLatin1String(", "))));
    e.kind = *kind;
    if (value.contains("name"))
        e.name = requireString(value["name"], Where(pointer, "name"));
    if (value.contains("parent"))
        e.parent = requireString(value["parent"], Where(pointer, "parent"));
    if (value.contains("securityGroups")) {
        if (!takesSecurityGroups(e.kind))
            fail(Where(pointer, "securityGroups"), tr("a %1 cannot have security groups").arg(kindKey(e.kind)));
        e.securityGroups = requireStringList(value["securityGroups"], Where(pointer, "securityGroups"));
    }
    if (value.contains("properties")) {
        const Where ptr(pointer, "properties");
        const json &props = requireObject(value["properties"], ptr, tr("the element's properties"));
        for (auto it = props.begin(); it != props.end(); ++it) {
            const int s = propertySpecIndex(e.kind, QUtf8StringView(it.key()));
            if (s < 0) {
                const QString key = qs(it.key());
                QStringList known;
                for (const PropertySpec &spec : propertySpecs(e.kind))
                    known << spec.key;
                fail(Where(ptr, key), known.isEmpty()
                         ? tr("a %1 has no properties").arg(kindKey(e.kind))
                         : tr("a %1 has no property '%2'; expected one of: %3").arg(kindKey(e.kind), key, known.join(QLatin1String(", "))));
            }
            // Insert under the spec's key: every element then shares one copy of
            // each key string, which keeps property lookups in big designs in cache.
            const PropertySpec &spec = propertySpecs(e.kind)[size_t(s)];
            e.properties.insert(spec.key, readProperty(spec, it.value(), Where(ptr, spec.key)));
        }
    }
    if (value.contains("ingress")) {
        const Where ptr(pointer, "ingress");
        if (!kindInfo(e.kind).holdsIngress)
            fail(ptr, tr("only a security-group has ingress rules"));
        const json &list = requireArray(value["ingress"], ptr, tr("a list of ingress rules"));
        for (size_t i = 0; i < list.size(); ++i)
            e.ingress << readIngress(list[i], Where(ptr, i));
    }
    if (value.contains("listeners")) {
        const Where ptr(pointer, "listeners");
        if (!kindInfo(e.kind).holdsListeners)
            fail(ptr, tr("only a load-balancer has listeners"));
        const json &list = requireArray(value["listeners"], ptr, tr("a list of listeners"));
        for (size_t i = 0; i < list.size(); ++i)
            e.listeners << readListener(list[i], Where(ptr, i));
    }
    if (value.contains("unknown")) {
        const Where ptr(pointer, "unknown");
        e.unknown = requireStringList(value["unknown"], ptr);
        for (int i = 0; i < e.unknown.size(); ++i) {
            if (!findPropertySpec(e.kind, e.unknown[i]) && !structuralUnknownKeys(e.kind).contains(e.unknown[i]))
                fail(Where(ptr, size_t(i)), tr("a %1 has no property '%2'").arg(kindKey(e.kind), e.unknown[i]));
        }
        e.unknown.sort();
        e.unknown.removeDuplicates();
    }
    return e;
}

Connection readConnection(const json &value, const Where &pointer)
{
    requireObject(value, pointer, tr("a connection"));
    rejectUnknownKeys(value, pointer, {"id", "from", "to", "protocol", "port"});
    Connection c;
    for (const char *key : {"id", "from", "to"}) {
        if (!value.contains(key))
            fail(pointer, tr("a connection needs \"id\", \"from\" and \"to\""));
    }
    c.id = requireString(value["id"], Where(pointer, "id"));
    if (!Design::isValidId(c.id))
        fail(Where(pointer, "id"), tr("'%1' is not a valid id").arg(c.id));
    c.from = requireString(value["from"], Where(pointer, "from"));
    c.to = requireString(value["to"], Where(pointer, "to"));
    if (value.contains("protocol"))
        c.protocol = requireEnum(value["protocol"], Where(pointer, "protocol"), kConnectionProtocols);
    if (value.contains("port"))
        c.port = int(requireInt(value["port"], Where(pointer, "port"), 0, 65535));
    return c;
}

DesignInfo readInfo(const json &value, const Where &pointer)
{
    requireObject(value, pointer, tr("the design settings"));
    rejectUnknownKeys(value, pointer, {"name", "description", "region", "environment", "expectedUsers"});
    DesignInfo info;
    if (value.contains("name"))
        info.name = requireString(value["name"], Where(pointer, "name"));
    if (value.contains("description"))
        info.description = requireString(value["description"], Where(pointer, "description"));
    if (value.contains("region"))
        info.region = requireString(value["region"], Where(pointer, "region"));
    if (value.contains("environment"))
        info.environment = requireEnum(value["environment"], Where(pointer, "environment"), kEnvironments);
    if (value.contains("expectedUsers"))
        info.expectedUsers = int(requireInt(value["expectedUsers"], Where(pointer, "expectedUsers"), 0, 2000000000));
    return info;
}

LintConfig readLint(const json &value, const Where &pointer)
{
    requireObject(value, pointer, tr("the checker settings"));
    rejectUnknownKeys(value, pointer, {"suppressions", "severity", "disabled"});
    LintConfig config;
    if (value.contains("suppressions")) {
        const Where ptr(pointer, "suppressions");
        const json &list = requireArray(value["suppressions"], ptr, tr("a list of suppressions"));
        for (size_t i = 0; i < list.size(); ++i) {
            const Where p(ptr, i);
            requireObject(list[i], p, tr("a suppression"));
            rejectUnknownKeys(list[i], p, {"rule", "element", "reason"});
            if (!list[i].contains("rule") || !list[i].contains("element") || !list[i].contains("reason"))
                fail(p, tr("a suppression needs \"rule\", \"element\" and \"reason\""));
            Suppression s;
            s.rule = requireString(list[i]["rule"], Where(p, "rule"));
            s.element = requireString(list[i]["element"], Where(p, "element"));
            s.reason = requireString(list[i]["reason"], Where(p, "reason"));
            if (s.reason.trimmed().isEmpty())
                fail(Where(p, "reason"), tr("a suppression must say why: the reason is empty"));
            config.suppressions << s;
        }
    }
    if (value.contains("severity")) {
        const Where ptr(pointer, "severity");
        const json &map = requireObject(value["severity"], ptr, tr("a map of rule id to severity"));
        for (auto it = map.begin(); it != map.end(); ++it)
            config.severityOverrides.insert(qs(it.key()), requireEnum(it.value(), Where(ptr, qs(it.key())), kSeverities));
    }
    if (value.contains("disabled"))
        config.disabledRules = requireStringList(value["disabled"], Where(pointer, "disabled"));
    return config;
}

QRectF readGeometry(const json &value, const Where &pointer)
{
    requireObject(value, pointer, tr("a position"));
    rejectUnknownKeys(value, pointer, {"x", "y", "w", "h"});
    if (!value.contains("x") || !value.contains("y"))
        fail(pointer, tr("a position needs \"x\" and \"y\""));
    QRectF r(requireNumber(value["x"], Where(pointer, "x")), requireNumber(value["y"], Where(pointer, "y")), 0, 0);
    if (value.contains("w"))
        r.setWidth(requireNumber(value["w"], Where(pointer, "w")));
    if (value.contains("h"))
        r.setHeight(requireNumber(value["h"], Where(pointer, "h")));
    if (r.width() < 0 || r.height() < 0)
        fail(pointer, tr("width and height cannot be negative"));
    return r;
}

// Every id an element or connection names must exist and be of the right kind.
void checkReferences(const Design &design)
{
    static const std::vector<ElementKind> anyKind;
    static const std::vector<ElementKind> groupKind{ElementKind::SecurityGroup};
    auto requireKind = [&](const Where &pointer, const QString &id, const std::vector<ElementKind> &kinds) {
        const Element *target = design.element(id);
        if (!target)
            fail(pointer, tr("refers to '%1', which is not an element of this design").arg(id));
        if (!kinds.empty() && std::find(kinds.begin(), kinds.end(), target->kind) == kinds.end()) {
            QStringList names;
            for (ElementKind k : kinds)
                names << kindKey(k);
            fail(pointer, tr("'%1' is of kind %2; expected %3").arg(id, kindKey(target->kind), names.join(tr(" or "))));
        }
    };
    const Where root;
    const Where elementsAt(root, "elements");
    const Where connectionsAt(root, "connections");
    const auto &elements = design.elements();
    for (size_t i = 0; i < elements.size(); ++i) {
        const Element &e = elements[i];
        const Where p(elementsAt, i);
        if (!e.parent.isEmpty())
            requireKind(Where(p, "parent"), e.parent, anyKind);
        const Where groupsAt(p, "securityGroups");
        for (int g = 0; g < e.securityGroups.size(); ++g)
            requireKind(Where(groupsAt, size_t(g)), e.securityGroups[g], groupKind);
        const Where ingressAt(p, "ingress");
        for (int r = 0; r < e.ingress.size(); ++r) {
            const Where ruleAt(ingressAt, size_t(r));
            if (!e.ingress[r].sourceGroup.isEmpty())
                requireKind(Where(ruleAt, "sourceGroup"), e.ingress[r].sourceGroup, groupKind);
        }
        const Where propertiesAt(p, "properties");
        for (auto it = e.properties.constBegin(); it != e.properties.constEnd(); ++it) {
            const PropertySpec *spec = findPropertySpec(e.kind, it.key());
            const Where pp(propertiesAt, it.key());
            if (spec->type == PropertyType::Ref && !it.value().toString().isEmpty())
                requireKind(pp, it.value().toString(), spec->refKinds);
            if (spec->type == PropertyType::RefList) {
                const QStringList ids = it.value().toStringList();
                for (int r = 0; r < ids.size(); ++r)
                    requireKind(Where(pp, size_t(r)), ids[r], spec->refKinds);
            }
        }
    }
    const auto &connections = design.connections();
    for (size_t i = 0; i < connections.size(); ++i) {
        const Where p(connectionsAt, i);
        requireKind(Where(p, "from"), connections[i].from, anyKind);
        requireKind(Where(p, "to"), connections[i].to, anyKind);
    }
    // Containment cycles: walk each chain with a step bound.
    for (size_t i = 0; i < elements.size(); ++i) {
        QStringList chain{elements[i].id};
        QString p = elements[i].parent;
        while (!p.isEmpty()) {
            if (p == elements[i].id) {
                chain << p;
                const Where elementAt(elementsAt, i);
                fail(Where(elementAt, "parent"),
                     tr("containment cycle: %1").arg(chain.join(QStringLiteral(" → "))));
            }
            if (chain.size() > int(elements.size()))
                break; // a cycle further up; reported from its own members
            chain << p;
            p = design.element(p)->parent;
        }
    }
}

Design readRoot(const json &root)
{
    const Where at;
    requireObject(root, at, tr("a Pillar design"));
    rejectUnknownKeys(root, at, {"$schema", "format", "version", "design", "elements", "connections", "lint", "layout"});
    if (!root.contains("format"))
        fail(at, tr("not a Pillar design: the \"format\" key is missing (expected \"%1\")").arg(QLatin1String(kDesignFormatName)));
    const Where formatAt(at, "format");
    const QString format = requireString(root["format"], formatAt);
    if (format != QLatin1String(kDesignFormatName))
        fail(formatAt, tr("not a Pillar design: format is '%1', expected '%2'").arg(format, QLatin1String(kDesignFormatName)));
    if (!root.contains("version"))
        fail(at, tr("the \"version\" key is missing"));
    const Where versionAt(at, "version");
    const qint64 version = requireInt(root["version"], versionAt, 1, 1000000);
    if (version > kDesignFormatVersion)
        fail(versionAt, tr("written by a newer Pillar (format version %1); this version reads up to %2").arg(version).arg(kDesignFormatVersion));
    // Version 1 is the first; migrations from older versions go here.

    Design design;
    if (root.contains("design"))
        design.info = readInfo(root["design"], Where(at, "design"));

    if (root.contains("elements")) {
        const Where elementsAt(at, "elements");
        const json &list = requireArray(root["elements"], elementsAt, tr("a list of elements"));
        if (list.size() > size_t(kMaxElements))
            fail(elementsAt, tr("too many elements: %1 (the limit is %2)").arg(list.size()).arg(kMaxElements));
        QHash<QString, size_t> firstUse;
        for (size_t i = 0; i < list.size(); ++i) {
            const Where p(elementsAt, i);
            Element e = readElement(list[i], p);
            if (firstUse.contains(e.id))
                fail(Where(p, "id"), tr("duplicate id '%1' (first used at /elements/%2)").arg(e.id).arg(firstUse.value(e.id)));
            firstUse.insert(e.id, i);
            design.insertElement(e);
        }
    }
    if (root.contains("connections")) {
        const Where connectionsAt(at, "connections");
        const json &list = requireArray(root["connections"], connectionsAt, tr("a list of connections"));
        for (size_t i = 0; i < list.size(); ++i) {
            const Where p(connectionsAt, i);
            Connection c = readConnection(list[i], p);
            if (design.hasId(c.id))
                fail(Where(p, "id"), tr("duplicate id '%1': an element or connection already uses it").arg(c.id));
            design.insertConnection(c);
        }
    }
    if (root.contains("lint"))
        design.lint = readLint(root["lint"], Where(at, "lint"));
    if (root.contains("layout")) {
        const Where layoutAt(at, "layout");
        const json &layout = requireObject(root["layout"], layoutAt, tr("the layout"));
        for (auto it = layout.begin(); it != layout.end(); ++it) {
            const QString id = qs(it.key());
            const Where p(layoutAt, id);
            Element *e = design.element(id);
            if (!e)
                fail(p, tr("layout for '%1', which is not an element of this design").arg(id));
            e->geometry = readGeometry(it.value(), p);
        }
    }
    checkReferences(design);
    return design;
}

} // namespace

QString LoadError::toString() const
{
    return file + QLatin1Char(':') + location + QLatin1String(": ") + message;
}

QString lineColumnAt(const QByteArray &text, qint64 offset)
{
    offset = std::clamp<qint64>(offset, 0, text.size());
    int line = 1;
    qint64 lineStart = 0;
    for (qint64 i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    // Column in characters, not bytes, so editors agree.
    const int column = QString::fromUtf8(text.constData() + lineStart, offset - lineStart).size() + 1;
    return QStringLiteral("%1:%2").arg(line).arg(column);
}

LoadResult readDesign(const QByteArray &bytes, const QString &fileName)
{
    LoadResult result;
    result.error.file = fileName;
    auto error = [&](const QString &location, const QString &message) {
        result.error.location = location;
        result.error.message = message;
        return result;
    };
    if (bytes.size() > kMaxDesignFileBytes)
        return error(QStringLiteral("1:1"), tr("the file is %1 MiB; designs are limited to %2 MiB")
                                                .arg(bytes.size() / (1024 * 1024)).arg(kMaxDesignFileBytes / (1024 * 1024)));
    if (bytes.trimmed().isEmpty())
        return error(QStringLiteral("1:1"), tr("the file is empty; expected a Pillar design (a JSON object)"));
    const qint64 deep = depthViolation(bytes, kMaxJsonDepth);
    if (deep >= 0)
        return error(lineColumnAt(bytes, deep), tr("nesting deeper than %1 levels; a Pillar design is never this deep").arg(kMaxJsonDepth));

    json root;
    try {
        root = json::parse(bytes.constBegin(), bytes.constEnd());
    } catch (const json::parse_error &e) {
        QString detail = QString::fromUtf8(e.what());
        const int colon = detail.indexOf(QLatin1String(": "), detail.indexOf(QLatin1String("column")));
        if (colon >= 0)
            detail = detail.mid(colon + 2);
        const qint64 offset = e.byte > 0 ? qint64(e.byte) - 1 : 0;
        return error(lineColumnAt(bytes, offset), tr("not valid JSON: %1").arg(detail));
    } catch (const std::exception &e) {
        return error(QStringLiteral("1:1"), tr("not valid JSON: %1").arg(QString::fromUtf8(e.what())));
    }
    try {
        result.design = readRoot(root);
    } catch (const Failure &f) {
        return error(f.pointer, f.message);
    } catch (const std::exception &e) {
        return error(QStringLiteral("/"), tr("cannot read the design: %1").arg(QString::fromUtf8(e.what())));
    }
    return result;
}

LoadResult readDesignFile(const QString &path)
{
    QFile file(path);
    LoadResult result;
    result.error.file = path;
    result.error.location = QStringLiteral("1:1");
    if (QFileInfo(path).isDir()) {
        result.error.message = tr("is a folder, not a design file");
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        result.error.message = tr("cannot open: %1").arg(file.errorString());
        return result;
    }
    if (file.size() > kMaxDesignFileBytes) {
        result.error.message = tr("the file is %1 MiB; designs are limited to %2 MiB")
                                   .arg(file.size() / (1024 * 1024)).arg(kMaxDesignFileBytes / (1024 * 1024));
        return result;
    }
    return readDesign(file.readAll(), path);
}

} // namespace pillar
