#pragma once

// Designs the rule tests start from and small edits to them. The base is the
// shipped three-tier sample (a stage-3 design: clean except cost notes), so
// every "trips" and "close" case is one or two edits away from a design a
// user would really draw.

#include "TestPaths.h"

#include "io/DesignJson.h"

#include <QTest>

namespace pillar::test {

inline Design sampleDesign()
{
    const LoadResult loaded = readDesignFile(sourceDir() + QStringLiteral("/resources/samples/three-tier.pillar"));
    if (!loaded.ok())
        qFatal("cannot load the sample: %s", qPrintable(loaded.error.toString()));
    return *loaded.design;
}

inline Element &el(Design &d, const char *id)
{
    Element *e = d.element(QString::fromLatin1(id));
    if (!e)
        qFatal("no element %s in the test design", id);
    return *e;
}

inline void setProp(Design &d, const char *id, const char *key, const QVariant &value)
{
    el(d, id).properties.insert(QString::fromLatin1(key), value);
}

inline void addElement(Design &d, ElementKind kind, const char *id, const char *parent, QVariantMap props = {})
{
    Element e;
    e.id = QString::fromLatin1(id);
    e.kind = kind;
    e.parent = QString::fromLatin1(parent);
    e.properties = std::move(props);
    d.insertElement(e);
}

inline void addConnection(Design &d, const char *from, const char *to, int port = 0, const char *protocol = "")
{
    Connection c;
    c.from = QString::fromLatin1(from);
    c.to = QString::fromLatin1(to);
    c.id = d.uniqueId(c.from + QStringLiteral("-to-") + c.to);
    c.port = port;
    c.protocol = QString::fromLatin1(protocol);
    d.insertConnection(c);
}

inline void removeConnection(Design &d, const char *id)
{
    const int i = d.connectionIndex(QString::fromLatin1(id));
    if (i < 0)
        qFatal("no connection %s", id);
    d.removeConnectionAt(i);
}

inline IngressRule ingress(const char *protocol, int from, int to, const char *cidr, const char *group = "")
{
    IngressRule r;
    r.protocol = QString::fromLatin1(protocol);
    r.fromPort = from;
    r.toPort = to;
    r.cidr = QString::fromLatin1(cidr);
    r.sourceGroup = QString::fromLatin1(group);
    return r;
}

} // namespace pillar::test
