#include "DesignFragment.h"

#include "Layout.h"
#include "Placement.h"
#include "PropertySpec.h"
#include "io/DesignJson.h"
#include "KindInfo.h"

#include <QCoreApplication>
#include <QMimeData>
#include <QSet>

namespace pillar {

namespace {

constexpr const char *kLinksMimeType = "application/x-pillar-fragment-links";

QString freshId(const Design &target, QSet<QString> &taken, const QString &prefix)
{
    for (int n = 1;; ++n) {
        const QString candidate = prefix + QLatin1Char('-') + QString::number(n);
        if (!target.hasId(candidate) && !taken.contains(candidate)) {
            taken.insert(candidate);
            return candidate;
        }
    }
}

} // namespace

DesignFragment copyFragment(const Design &design, const QStringList &ids)
{
    QSet<QString> inside;
    QStringList roots;
    for (const QString &id : ids) {
        if (!design.element(id))
            continue;
        inside.insert(id);
        for (const QString &d : design.descendants(id))
            inside.insert(d);
    }
    DesignFragment fragment;
    fragment.design.info = design.info;
    // File order keeps parents and children in their source order.
    for (const Element &source : design.elements()) {
        if (!inside.contains(source.id))
            continue;
        Element e = source;
        if (!inside.contains(e.parent)) {
            fragment.originalParent.insert(e.id, e.parent);
            e.geometry.moveTopLeft(layout::scenePosition(design, e.id));
            e.parent.clear();
        }
        QStringList outsideGroups;
        for (const QString &sg : std::as_const(e.securityGroups)) {
            if (!inside.contains(sg))
                outsideGroups << sg;
        }
        for (const QString &sg : std::as_const(outsideGroups))
            e.securityGroups.removeAll(sg);
        if (!outsideGroups.isEmpty())
            fragment.outsideGroups.insert(e.id, outsideGroups);
        for (const PropertySpec &spec : propertySpecs(e.kind)) {
            if (!e.properties.contains(spec.key))
                continue;
            if (spec.type == PropertyType::Ref && !e.properties.value(spec.key).toString().isEmpty()
                && !inside.contains(e.properties.value(spec.key).toString())) {
                fragment.outsideRefs[e.id].insert(spec.key, e.properties.take(spec.key));
            } else if (spec.type == PropertyType::RefList) {
                QStringList in;
                QStringList out;
                for (const QString &ref : e.properties.value(spec.key).toStringList())
                    (inside.contains(ref) ? in : out) << ref;
                e.properties.insert(spec.key, in);
                if (!out.isEmpty())
                    fragment.outsideRefs[e.id].insert(spec.key, out);
            }
        }
        e.ingress.erase(std::remove_if(e.ingress.begin(), e.ingress.end(),
                                       [&](const IngressRule &r) { return !r.sourceGroup.isEmpty() && !inside.contains(r.sourceGroup); }),
                        e.ingress.end());
        fragment.design.insertElement(e);
    }
    for (const Connection &c : design.connections()) {
        if (inside.contains(c.from) && inside.contains(c.to))
            fragment.design.insertConnection(c);
    }
    return fragment;
}

PasteResult pasteFragment(const Design &target, const DesignFragment &fragment, const QString &targetParent,
                          const QPointF &offset)
{
    PasteResult result;
    QSet<QString> taken;
    QHash<QString, QString> rename;
    const Design &piece = fragment.design;
    for (const Element &e : piece.elements())
        rename.insert(e.id, freshId(target, taken, QString::fromLatin1(kindInfo(e.kind).idPrefix)));
    auto mapped = [&](const QString &id) { return rename.value(id); };

    // Parents before children: after a move into a container that comes later
    // in file order, the piece holds a child before its container.
    QHash<QString, QVector<const Element *>> byParent;
    for (const Element &e : piece.elements())
        byParent[e.parent] << &e;
    QVector<const Element *> ordered = byParent.value(QString());
    for (int i = 0; i < ordered.size(); ++i)
        ordered << byParent.value(ordered[i]->id);

    QSet<QString> dropped; // roots that fit nowhere, and their subtrees
    for (const Element *sourceElement : std::as_const(ordered)) {
        const Element &source = *sourceElement;
        if (dropped.contains(source.parent)) {
            dropped.insert(source.id);
            continue;
        }
        Element e = source;
        e.id = mapped(source.id);
        if (source.parent.isEmpty()) {
            QString parent;
            const QString original = fragment.originalParent.value(source.id);
            if (!targetParent.isEmpty() && placementProblem(target, e.kind, targetParent).isEmpty())
                parent = targetParent;
            else if (!original.isEmpty() && placementProblem(target, e.kind, original).isEmpty())
                parent = original;
            else if (!canBeTopLevel(e.kind)) {
                result.refused << placementProblem(target, e.kind, targetParent.isEmpty() ? original : targetParent);
                dropped.insert(source.id);
                continue;
            }
            e.parent = parent;
            QPointF pos = source.geometry.topLeft() + offset;
            if (!parent.isEmpty())
                pos -= layout::scenePosition(target, parent);
            e.geometry.moveTopLeft(pos);
        } else {
            e.parent = mapped(source.parent);
        }
        QStringList groups;
        for (const QString &sg : source.securityGroups)
            groups << mapped(sg);
        for (const QString &sg : fragment.outsideGroups.value(source.id)) {
            const Element *g = target.element(sg);
            if (g && g->kind == ElementKind::SecurityGroup)
                groups << sg;
        }
        e.securityGroups = groups;
        for (const PropertySpec &spec : propertySpecs(e.kind)) {
            const QVariant outside = fragment.outsideRefs.value(source.id).value(spec.key);
            if (spec.type == PropertyType::Ref) {
                const QString ref = e.properties.value(spec.key).toString();
                if (!ref.isEmpty())
                    e.properties.insert(spec.key, mapped(ref));
                else if (outside.isValid() && target.element(outside.toString()))
                    e.properties.insert(spec.key, outside);
            } else if (spec.type == PropertyType::RefList && (e.properties.contains(spec.key) || outside.isValid())) {
                QStringList refs;
                for (const QString &ref : e.properties.value(spec.key).toStringList())
                    refs << mapped(ref);
                for (const QString &ref : outside.toStringList()) {
                    if (target.element(ref))
                        refs << ref;
                }
                e.properties.insert(spec.key, refs);
            }
        }
        for (IngressRule &rule : e.ingress) {
            if (!rule.sourceGroup.isEmpty())
                rule.sourceGroup = mapped(rule.sourceGroup);
        }
        result.elements << e;
    }
    // A root may have landed in another VPC than the groups and subnets it
    // names (a group pasted into a new VPC, its member back in the old one):
    // keep only the memberships and attachments AWS allows where they landed.
    // References to what was left out (a replica's primary that fit nowhere)
    // go too.
    Design landed = target;
    for (const Element &e : std::as_const(result.elements))
        landed.insertElement(e);
    for (Element &e : result.elements) {
        for (const PropertySpec &spec : propertySpecs(e.kind)) {
            const QString ref = e.properties.value(spec.key).toString();
            if (spec.type == PropertyType::Ref && !ref.isEmpty() && !landed.hasId(ref))
                e.properties.remove(spec.key);
            else if (spec.type == PropertyType::RefList && e.properties.contains(spec.key)) {
                QStringList refs = e.properties.value(spec.key).toStringList();
                refs.erase(std::remove_if(refs.begin(), refs.end(), [&](const QString &id) { return !landed.hasId(id); }), refs.end());
                e.properties.insert(spec.key, refs);
            }
        }
        e.ingress.erase(std::remove_if(e.ingress.begin(), e.ingress.end(),
                                       [&](const IngressRule &r) { return !r.sourceGroup.isEmpty() && !landed.hasId(r.sourceGroup); }),
                        e.ingress.end());
        e.securityGroups.erase(std::remove_if(e.securityGroups.begin(), e.securityGroups.end(),
                                              [&](const QString &sg) { return !securityGroupProblem(landed, e.id, sg).isEmpty(); }),
                               e.securityGroups.end());
        if (e.properties.contains(QStringLiteral("subnets"))) {
            QStringList subnets = e.properties.value(QStringLiteral("subnets")).toStringList();
            subnets.erase(std::remove_if(subnets.begin(), subnets.end(),
                                         [&](const QString &s) { return !subnetAttachmentProblem(landed, e.id, s).isEmpty(); }),
                          subnets.end());
            e.properties.insert(QStringLiteral("subnets"), subnets);
        }
    }
    for (const Connection &source : piece.connections()) {
        if (dropped.contains(source.from) || dropped.contains(source.to))
            continue;
        Connection c = source;
        c.id = freshId(target, taken, QStringLiteral("conn"));
        c.from = mapped(source.from);
        c.to = mapped(source.to);
        result.connections << c;
    }
    return result;
}

QMimeData *fragmentToMime(const DesignFragment &fragment)
{
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(kFragmentMimeType), writeDesign(fragment.design));
    QStringList lines;
    for (auto it = fragment.originalParent.constBegin(); it != fragment.originalParent.constEnd(); ++it)
        lines << QStringLiteral("parent\t%1\t%2").arg(it.key(), it.value());
    for (auto it = fragment.outsideGroups.constBegin(); it != fragment.outsideGroups.constEnd(); ++it)
        lines << QStringLiteral("groups\t%1\t%2").arg(it.key(), it.value().join(QLatin1Char(',')));
    for (auto it = fragment.outsideRefs.constBegin(); it != fragment.outsideRefs.constEnd(); ++it) {
        for (auto p = it.value().constBegin(); p != it.value().constEnd(); ++p) {
            const bool list = p.value().typeId() == QMetaType::QStringList;
            lines << QStringLiteral("%1\t%2\t%3\t%4")
                         .arg(list ? QStringLiteral("reflist") : QStringLiteral("ref"), it.key(), p.key(),
                              list ? p.value().toStringList().join(QLatin1Char(',')) : p.value().toString());
        }
    }
    mime->setData(QString::fromLatin1(kLinksMimeType), lines.join(QLatin1Char('\n')).toUtf8());
    return mime;
}

DesignFragment fragmentFromMime(const QMimeData *mime, QString *error)
{
    DesignFragment fragment;
    if (!mime || !mime->hasFormat(QString::fromLatin1(kFragmentMimeType))) {
        if (error)
            *error = QCoreApplication::translate("Clipboard", "The clipboard holds no Pillar elements.");
        return fragment;
    }
    LoadResult loaded = readDesign(mime->data(QString::fromLatin1(kFragmentMimeType)), QStringLiteral("clipboard"));
    if (!loaded.ok()) {
        if (error)
            *error = loaded.error.toString();
        return fragment;
    }
    fragment.design = *loaded.design;
    const QStringList lines = QString::fromUtf8(mime->data(QString::fromLatin1(kLinksMimeType))).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QStringList f = line.split(QLatin1Char('\t'));
        if (f.size() == 3 && f[0] == QLatin1String("parent"))
            fragment.originalParent.insert(f[1], f[2]);
        else if (f.size() == 3 && f[0] == QLatin1String("groups"))
            fragment.outsideGroups.insert(f[1], f[2].split(QLatin1Char(','), Qt::SkipEmptyParts));
        else if (f.size() == 4 && f[0] == QLatin1String("ref"))
            fragment.outsideRefs[f[1]].insert(f[2], f[3]);
        else if (f.size() == 4 && f[0] == QLatin1String("reflist"))
            fragment.outsideRefs[f[1]].insert(f[2], f[3].split(QLatin1Char(','), Qt::SkipEmptyParts));
        // Unknown lines come from a newer Pillar: ignoring them only loses outside links.
    }
    return fragment;
}

} // namespace pillar
