#include "Captions.h"

#include <QCoreApplication>

namespace pillar {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Canvas", text);
}

// Element e's value of key as text, or whatUnknown when an importer could not
// determine it.
QString textOr(const Element &e, const char *key, const char *whatUnknown)
{
    const QString k = QString::fromLatin1(key);
    return e.isUnknown(k) ? tr(whatUnknown) : e.stringValue(k);
}

} // namespace

QString leafBadge(const Element &e)
{
    switch (e.kind) {
    case ElementKind::RdsInstance:
        if (e.isUnknown(QStringLiteral("multiAz")))
            return tr("Multi-AZ unknown");
        return e.boolValue(QStringLiteral("multiAz")) ? tr("Multi-AZ") : tr("Single-AZ");
    case ElementKind::LoadBalancer:
        return textOr(e, "scheme", QT_TRANSLATE_NOOP("Canvas", "scheme unknown"));
    case ElementKind::Ec2Instance:
    case ElementKind::AutoScalingGroup:
        return textOr(e, "instanceType", QT_TRANSLATE_NOOP("Canvas", "type unknown"));
    case ElementKind::ElastiCache:
        return textOr(e, "engine", QT_TRANSLATE_NOOP("Canvas", "engine unknown"));
    default:
        return QString();
    }
}

QString containerDetail(const Element &e)
{
    switch (e.kind) {
    case ElementKind::AvailabilityZone:
        return textOr(e, "zone", QT_TRANSLATE_NOOP("Canvas", "zone unknown"));
    case ElementKind::Vpc:
        return textOr(e, "cidr", QT_TRANSLATE_NOOP("Canvas", "CIDR unknown"));
    case ElementKind::Subnet: {
        const QString access = e.isUnknown(QStringLiteral("public")) ? tr("access unknown")
            : e.boolValue(QStringLiteral("public"))                  ? tr("public")
                                                                     : tr("private");
        const QString cidr = textOr(e, "cidr", QT_TRANSLATE_NOOP("Canvas", "CIDR unknown"));
        return cidr.isEmpty() ? access : access + QStringLiteral(" · ") + cidr;
    }
    default:
        return QString();
    }
}

} // namespace pillar
