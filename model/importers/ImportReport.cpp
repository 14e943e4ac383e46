#include "ImportReport.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>

namespace pillar {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CfnImport", text);
}

} // namespace

const ImportedResource *ImportReport::resource(const QString &logicalId) const
{
    for (const ImportedResource &r : resources) {
        if (r.logicalId == logicalId)
            return &r;
    }
    return nullptr;
}

QString ImportReport::elementFor(const QString &logicalId) const
{
    const ImportedResource *r = resource(logicalId);
    if (!r || (r->outcome != ImportedResource::Mapped && r->outcome != ImportedResource::Merged))
        return QString();
    return r->element;
}

QVector<ImportedResource> ImportReport::skipped() const
{
    QVector<ImportedResource> out;
    for (const ImportedResource &r : resources) {
        if (r.outcome == ImportedResource::Skipped)
            out << r;
    }
    return out;
}

QStringList ImportReport::notFullyChecked() const
{
    QStringList ids;
    for (const UnknownValue &u : unknowns) {
        if (!ids.contains(u.element))
            ids << u.element;
    }
    return ids;
}

QVector<ImportedResource> ImportReport::notModelled() const
{
    QVector<ImportedResource> out;
    for (const ImportedResource &r : resources) {
        if (!r.modelled)
            out << r;
    }
    return out;
}

QString ImportReport::notModelledTypes() const
{
    QMap<QString, int> counts;
    for (const ImportedResource &r : resources) {
        if (!r.modelled)
            counts[r.type] += 1;
    }
    QVector<std::pair<QString, int>> types(counts.keyValueBegin(), counts.keyValueEnd());
    std::stable_sort(types.begin(), types.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    QStringList parts;
    for (const auto &[type, n] : types)
        parts << tr("%1 ×%2").arg(type).arg(n);
    return parts.join(QLatin1String(", "));
}

bool ImportReport::nothingModelled() const
{
    return !resources.isEmpty() && notModelled().size() == resources.size();
}

int ImportReport::count(ImportedResource::Outcome outcome) const
{
    int n = 0;
    for (const ImportedResource &r : resources)
        n += r.outcome == outcome ? 1 : 0;
    return n;
}

QString ImportReport::toText() const
{
    QString out;
    out += tr("Imported %1: %2 resources, %3 became elements, %4 were merged into elements, "
              "%5 were read for placement, %6 were not mapped.\n")
               .arg(file)
               .arg(resources.size())
               .arg(count(ImportedResource::Mapped))
               .arg(count(ImportedResource::Merged))
               .arg(count(ImportedResource::Used))
               .arg(count(ImportedResource::Skipped));
    const QVector<ImportedResource> notMapped = skipped();
    if (!notMapped.isEmpty()) {
        out += tr("\nNot mapped:\n");
        for (const ImportedResource &r : notMapped)
            out += r.note.isEmpty() ? tr("  %1 (%2): %3\n").arg(r.logicalId, r.type, r.reason)
                                    : tr("  %1 (%2): %3; %4\n").arg(r.logicalId, r.type, r.reason, r.note);
    }
    bool anyMerged = false;
    for (const ImportedResource &r : resources) {
        if (r.outcome != ImportedResource::Merged && r.outcome != ImportedResource::Used)
            continue;
        if (!anyMerged)
            out += tr("\nMerged or read for placement:\n");
        anyMerged = true;
        out += tr("  %1 (%2): %3\n").arg(r.logicalId, r.type, r.reason);
    }
    if (!unknowns.isEmpty()) {
        out += tr("\nValues that stay unknown (the checker cannot tell for these):\n");
        for (const UnknownValue &u : unknowns)
            out += tr("  %1.%2: %3\n").arg(u.element, u.property, u.reason);
        out += tr("\nNot fully checked: %1\n").arg(notFullyChecked().join(QLatin1String(", ")));
    }
    if (!warnings.isEmpty()) {
        out += tr("\nWarnings:\n");
        for (const QString &w : warnings)
            out += QLatin1String("  ") + w + QLatin1Char('\n');
    }
    return out;
}

} // namespace pillar
