#include "ElementKind.h"

#include "KindInfo.h"

#include <QCoreApplication>

namespace pillar {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ElementKind", text);
}

// Row of each kind by the enum's value, built once: the table's order is
// the palette's and need not follow the enum's.
const std::vector<const KindInfo *> &rowsByKind()
{
    static const std::vector<const KindInfo *> rows = [] {
        std::vector<const KindInfo *> r(size_t(kLastKind) + 1, nullptr);
        for (const KindInfo &info : allKinds()) {
            const size_t i = size_t(info.kind);
            if (i >= r.size() || r[i])
                qFatal("Pillar: kind table row '%s' duplicates a kind or lies beyond kLastKind", info.key);
            r[i] = &info;
        }
        for (size_t i = 0; i < r.size(); ++i) {
            if (!r[i])
                qFatal("Pillar: element kind %d has no row in the kind table", int(i));
        }
        return r;
    }();
    return rows;
}

} // namespace

const KindInfo &kindInfo(ElementKind kind)
{
    return *rowsByKind()[static_cast<size_t>(kind)];
}

QString kindKey(ElementKind kind)
{
    return QString::fromLatin1(kindInfo(kind).key);
}

std::optional<ElementKind> kindFromKey(const QString &key)
{
    for (const KindInfo &info : allKinds()) {
        if (key == QLatin1String(info.key))
            return info.kind;
    }
    return std::nullopt;
}

QStringList allKindKeys()
{
    QStringList keys;
    for (const KindInfo &info : allKinds())
        keys << QString::fromLatin1(info.key);
    return keys;
}

QString kindDisplayName(ElementKind kind)
{
    return tr(kindInfo(kind).name);
}

QString kindWithArticle(ElementKind kind)
{
    return tr(kindInfo(kind).withArticle);
}

QString kindPlural(ElementKind kind)
{
    return tr(kindInfo(kind).plural);
}

QString categoryDisplayName(ElementCategory category)
{
    switch (category) {
    case ElementCategory::Networking: return tr("Networking");
    case ElementCategory::Compute: return tr("Compute");
    case ElementCategory::Containers: return tr("Containers");
    case ElementCategory::Serverless: return tr("Serverless");
    case ElementCategory::Database: return tr("Database");
    case ElementCategory::Integration: return tr("Integration");
    case ElementCategory::StorageDelivery: return tr("Storage & delivery");
    case ElementCategory::EntryPoints: return tr("Entry points");
    }
    return QString();
}

bool isDataStore(ElementKind kind)
{
    return kindInfo(kind).has(DataStore);
}

bool isCompute(ElementKind kind)
{
    return kindInfo(kind).has(Compute);
}

bool takesSecurityGroups(ElementKind kind)
{
    return kindInfo(kind).takesSecurityGroups;
}

bool attachesToSubnets(ElementKind kind)
{
    return kindInfo(kind).attachesToSubnets;
}

} // namespace pillar
