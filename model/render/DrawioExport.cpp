// The draw.io export (see DrawioExport.h). The file follows what draw.io
// itself writes for an uncompressed diagram: <mxfile><diagram><mxGraphModel>
// <root>, two root cells (the root and its one layer), then one cell per
// element and line. Cells that carry data are wrapped in <object>, whose
// attributes draw.io shows under Edit ▸ Edit Data.
#include "DrawioExport.h"

#include "Captions.h"
#include "ConnectionGeometry.h"
#include "KindInfo.h"
#include "Layout.h"
#include "RenderStyle.h"
#include "rules/IngressFacts.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QSet>
#include <QUrl>
#include <QXmlStreamWriter>

#include <array>

namespace pillar {

namespace {

// Ids of the two root cells: not valid element ids (those start with a
// letter or digit), so they never collide with one.
const QString kRootCell = QStringLiteral("_root");
const QString kLayerCell = QStringLiteral("_layer");

const char *const kPublicSubnetStyle =
    "shape=mxgraph.aws4.group;grIcon=mxgraph.aws4.group_security_group;grStroke=0;strokeColor=#7AA116;"
    "fillColor=#F2F6E8;fontColor=#248814;dashed=0";
// What every group cell shares: a frame with its title top left, that moves
// its children with it.
const char *const kGroupStyle = "outlineConnect=0;gradientColor=none;html=1;whiteSpace=wrap;fontSize=12;fontStyle=0;"
                                "container=1;pointerEvents=0;collapsible=0;recursiveResize=0;verticalAlign=top;"
                                "align=left;spacingLeft=30;";
// Icons: the label under the icon.
const char *const kIconStyle = "sketch=0;outlineConnect=0;fontColor=#232F3E;gradientColor=none;dashed=0;"
                               "verticalLabelPosition=bottom;verticalAlign=top;align=center;html=1;fontSize=12;"
                               "fontStyle=0;aspect=fixed;pointerEvents=1;";
// Boxes without a shape (a security group): the label inside, centred.
const char *const kBoxStyle = "rounded=1;whiteSpace=wrap;html=1;fontSize=12;";
const char *const kTrafficStyle = "edgeStyle=orthogonalEdgeStyle;rounded=0;html=1;endArrow=block;endFill=1;"
                                  "strokeColor=#232F3E;fontSize=11;labelBackgroundColor=#ffffff;";
const char *const kAttachmentStyle = "rounded=0;html=1;endArrow=none;dashed=1;strokeColor=#879196;";

constexpr double kIconSize = 48;

QString number(double v)
{
    // Whole numbers as such, else two decimals without trailing zeros.
    QString s = QString::number(v, 'f', 2);
    while (s.contains(QLatin1Char('.')) && (s.endsWith(QLatin1Char('0')) || s.endsWith(QLatin1Char('.'))))
        s.chop(1);
    return s == QLatin1String("-0") ? QStringLiteral("0") : s;
}

// The label draw.io shows (html=1): the name, and under it the caption the
// canvas shows, smaller.
QString labelHtml(const Element &e)
{
    const QString name = e.displayName().toHtmlEscaped();
    const QString detail = kindInfo(e.kind).container ? containerDetail(e) : leafBadge(e);
    if (detail.isEmpty())
        return name;
    return name + QStringLiteral("<br><font style=\"font-size: 10px\">") + detail.toHtmlEscaped()
        + QStringLiteral("</font>");
}

QString valueText(const QVariant &v)
{
    if (v.typeId() == QMetaType::QStringList)
        return v.toStringList().join(QStringLiteral(", "));
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return v.toString();
}

// "tcp 443 from 0.0.0.0/0 (HTTPS)", as the checker describes a rule.
QString ingressText(const IngressRule &r)
{
    QString text = QStringLiteral("%1 from %2").arg(describePorts(r), r.cidr.isEmpty() ? r.sourceGroup : r.cidr);
    if (!r.description.isEmpty())
        text += QStringLiteral(" (%1)").arg(r.description);
    return text;
}

class Writer
{
public:
    Writer(const Design &design, const QStringList &only) : m_design(design)
    {
        if (only.isEmpty()) {
            for (const Element &e : design.elements())
                m_included.insert(e.id);
        } else {
            for (const QString &id : only) {
                if (!design.element(id))
                    continue;
                m_included.insert(id);
                for (const QString &d : design.descendants(id))
                    m_included.insert(d);
            }
        }
    }

    QByteArray write()
    {
        QByteArray out;
        QXmlStreamWriter xml(&out);
        xml.setAutoFormatting(true);
        xml.setAutoFormattingIndent(2);
        xml.writeStartElement(QStringLiteral("mxfile"));
        xml.writeAttribute(QStringLiteral("host"), QStringLiteral("Pillar"));
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("device"));
        xml.writeStartElement(QStringLiteral("diagram"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("pillar-design"));
        xml.writeAttribute(QStringLiteral("name"),
                           m_design.info.name.isEmpty() ? QStringLiteral("Design") : m_design.info.name);
        xml.writeStartElement(QStringLiteral("mxGraphModel"));
        const std::array<std::pair<const char *, const char *>, 12> model = {{
            {"grid", "1"}, {"gridSize", "8"}, {"guides", "1"}, {"tooltips", "1"}, {"connect", "1"}, {"arrows", "1"},
            {"fold", "1"}, {"page", "0"}, {"pageScale", "1"}, {"math", "0"}, {"shadow", "0"}, {"background", "#ffffff"},
        }};
        for (const auto &[key, value] : model)
            xml.writeAttribute(QLatin1String(key), QLatin1String(value));
        xml.writeStartElement(QStringLiteral("root"));
        xml.writeEmptyElement(QStringLiteral("mxCell"));
        xml.writeAttribute(QStringLiteral("id"), kRootCell);
        xml.writeEmptyElement(QStringLiteral("mxCell"));
        xml.writeAttribute(QStringLiteral("id"), kLayerCell);
        xml.writeAttribute(QStringLiteral("parent"), kRootCell);

        // Parents before children, in the design's order among siblings.
        for (const Element &e : m_design.elements()) {
            if (m_included.contains(e.id) && !m_included.contains(e.parent))
                writeTree(xml, e);
        }
        for (const Connection &c : m_design.connections()) {
            if (m_included.contains(c.from) && m_included.contains(c.to))
                writeConnection(xml, c);
        }
        for (const Element &e : m_design.elements()) {
            if (m_included.contains(e.id) && kindInfo(e.kind).attachesToSubnets)
                writeAttachments(xml, e);
        }
        xml.writeEndDocument();
        return out;
    }

private:
    void writeTree(QXmlStreamWriter &xml, const Element &e)
    {
        writeElement(xml, e);
        for (const QString &child : m_design.children(e.id)) {
            if (const Element *c = m_design.element(child); c && m_included.contains(child))
                writeTree(xml, *c);
        }
    }

    void writeElement(QXmlStreamWriter &xml, const Element &e)
    {
        const KindInfo &info = kindInfo(e.kind);
        xml.writeStartElement(QStringLiteral("object"));
        xml.writeAttribute(QStringLiteral("id"), e.id);
        xml.writeAttribute(QStringLiteral("label"), labelHtml(e));
        xml.writeAttribute(QStringLiteral("pillar_id"), e.id);
        xml.writeAttribute(QStringLiteral("pillar_kind"), QLatin1String(info.key));
        // The design's facts, one attribute each (sorted keys, as stored).
        for (auto it = e.properties.cbegin(); it != e.properties.cend(); ++it)
            xml.writeAttribute(QStringLiteral("pillar_") + it.key(), valueText(it.value()));
        if (!e.securityGroups.isEmpty())
            xml.writeAttribute(QStringLiteral("pillar_securityGroups"), e.securityGroups.join(QStringLiteral(", ")));
        if (!e.ingress.isEmpty()) {
            QStringList rules;
            for (const IngressRule &r : e.ingress)
                rules << ingressText(r);
            xml.writeAttribute(QStringLiteral("pillar_ingress"), rules.join(QStringLiteral("; ")));
        }
        if (!e.listeners.isEmpty()) {
            QStringList listeners;
            for (const Listener &l : e.listeners)
                listeners << QStringLiteral("%1:%2 %3").arg(l.protocol).arg(l.port).arg(l.action);
            xml.writeAttribute(QStringLiteral("pillar_listeners"), listeners.join(QStringLiteral("; ")));
        }
        if (!e.unknown.isEmpty())
            xml.writeAttribute(QStringLiteral("pillar_unknown"), e.unknown.join(QStringLiteral(", ")));

        const QString kindStyle = QLatin1String(e.kind == ElementKind::Subnet && style::isPublicSubnet(e)
                                                    ? kPublicSubnetStyle
                                                    : info.drawioStyle);
        QRectF r(m_included.contains(e.parent) ? e.geometry.topLeft() : layout::scenePosition(m_design, e.id),
                 layout::elementSize(e));
        QString cellStyle;
        if (info.container) {
            cellStyle = QLatin1String(kGroupStyle) + kindStyle + QLatin1Char(';');
        } else if (kindStyle.contains(QLatin1String("shape="))) {
            // The icon centred at the top of the element's place; its label below.
            cellStyle = QLatin1String(kIconStyle) + kindStyle + QLatin1Char(';');
            r = QRectF(r.x() + (r.width() - kIconSize) / 2, r.y(), kIconSize, kIconSize);
        } else {
            cellStyle = QLatin1String(kBoxStyle) + kindStyle + QLatin1Char(';');
            r.setHeight(kIconSize);
        }
        xml.writeStartElement(QStringLiteral("mxCell"));
        xml.writeAttribute(QStringLiteral("style"), cellStyle);
        xml.writeAttribute(QStringLiteral("vertex"), QStringLiteral("1"));
        xml.writeAttribute(QStringLiteral("parent"), m_included.contains(e.parent) ? e.parent : kLayerCell);
        writeGeometry(xml, r);
        xml.writeEndElement(); // mxCell
        xml.writeEndElement(); // object
    }

    static void writeGeometry(QXmlStreamWriter &xml, const QRectF &r)
    {
        xml.writeEmptyElement(QStringLiteral("mxGeometry"));
        xml.writeAttribute(QStringLiteral("x"), number(r.x()));
        xml.writeAttribute(QStringLiteral("y"), number(r.y()));
        xml.writeAttribute(QStringLiteral("width"), number(r.width()));
        xml.writeAttribute(QStringLiteral("height"), number(r.height()));
        xml.writeAttribute(QStringLiteral("as"), QStringLiteral("geometry"));
    }

    static void writeEdge(QXmlStreamWriter &xml, const QString &id, const QString &label, const QString &style,
                          const QString &from, const QString &to,
                          const std::vector<std::pair<QString, QString>> &data)
    {
        xml.writeStartElement(QStringLiteral("object"));
        xml.writeAttribute(QStringLiteral("id"), id);
        xml.writeAttribute(QStringLiteral("label"), label.toHtmlEscaped());
        for (const auto &[key, value] : data)
            xml.writeAttribute(key, value);
        xml.writeStartElement(QStringLiteral("mxCell"));
        xml.writeAttribute(QStringLiteral("style"), style);
        xml.writeAttribute(QStringLiteral("edge"), QStringLiteral("1"));
        xml.writeAttribute(QStringLiteral("parent"), kLayerCell);
        xml.writeAttribute(QStringLiteral("source"), from);
        xml.writeAttribute(QStringLiteral("target"), to);
        xml.writeEmptyElement(QStringLiteral("mxGeometry"));
        xml.writeAttribute(QStringLiteral("relative"), QStringLiteral("1"));
        xml.writeAttribute(QStringLiteral("as"), QStringLiteral("geometry"));
        xml.writeEndElement(); // mxCell
        xml.writeEndElement(); // object
    }

    void writeConnection(QXmlStreamWriter &xml, const Connection &c)
    {
        std::vector<std::pair<QString, QString>> data = {{QStringLiteral("pillar_id"), c.id}};
        if (!c.protocol.isEmpty())
            data.emplace_back(QStringLiteral("pillar_protocol"), c.protocol);
        if (c.port != 0)
            data.emplace_back(QStringLiteral("pillar_port"), QString::number(c.port));
        writeEdge(xml, c.id, connectionLabel(c), QLatin1String(kTrafficStyle), c.from, c.to, data);
    }

    // A load balancer's or Auto Scaling group's subnets, dashed as on the
    // canvas. Their ids join the two element ids with "~", which no element
    // or connection id holds.
    void writeAttachments(QXmlStreamWriter &xml, const Element &e)
    {
        for (const QString &subnet : e.listValue(QStringLiteral("subnets"))) {
            if (!m_included.contains(subnet))
                continue;
            writeEdge(xml, e.id + QLatin1Char('~') + subnet, QString(), QLatin1String(kAttachmentStyle), e.id, subnet,
                      {{QStringLiteral("pillar_attachment"), QStringLiteral("subnet")}});
        }
    }

    const Design &m_design;
    QSet<QString> m_included;
};

quint32 crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 c = 0xFFFFFFFFu;
    for (const char byte : data)
        c = table[(c ^ static_cast<quint8>(byte)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

QByteArray bigEndian(quint32 v)
{
    QByteArray b(4, '\0');
    for (int i = 0; i < 4; ++i)
        b[i] = static_cast<char>((v >> (24 - 8 * i)) & 0xFF);
    return b;
}

} // namespace

QByteArray drawioFile(const Design &design, const QStringList &only)
{
    return Writer(design, only).write();
}

bool writeDrawioFile(const Design &design, const QString &path, QString *error, const QStringList &only)
{
    const QByteArray bytes = drawioFile(design, only);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("DesignRenderer", "%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QByteArray embedDrawioInPng(const QByteArray &png, const QByteArray &mxfile)
{
    static const QByteArray signature("\x89PNG\r\n\x1a\n", 8);
    static const QByteArray iend = bigEndian(0) + QByteArray("IEND");
    const qsizetype at = png.lastIndexOf(iend);
    if (!png.startsWith(signature) || at < signature.size())
        return png;
    // tEXt holds Latin-1 only: draw.io percent-encodes the file, as
    // encodeURIComponent does, and decodes it when it opens the picture.
    const QByteArray body = QByteArray("tEXt") + "mxfile" + '\0' + QUrl::toPercentEncoding(QString::fromUtf8(mxfile));
    const QByteArray chunk = bigEndian(static_cast<quint32>(body.size() - 4)) + body + bigEndian(crc32(body));
    QByteArray out = png;
    out.insert(at, chunk);
    return out;
}

QByteArray embedDrawioInSvg(const QByteArray &svg, const QByteArray &mxfile)
{
    const qsizetype start = svg.indexOf("<svg");
    if (start < 0)
        return svg;
    const qsizetype end = svg.indexOf('>', start);
    if (end < 0)
        return svg;
    const qsizetype insertAt = svg.at(end - 1) == '/' ? end - 1 : end;
    // Line breaks as references: a parser would turn literal ones into spaces.
    QString escaped = QString::fromUtf8(mxfile).toHtmlEscaped();
    escaped.replace(QLatin1Char('\n'), QLatin1String("&#10;"));
    const QByteArray attribute = " content=\"" + escaped.toUtf8() + '"';
    QByteArray out = svg;
    out.insert(insertAt, attribute);
    return out;
}

} // namespace pillar
