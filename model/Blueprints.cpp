#include "Blueprints.h"

#include <QCoreApplication>
#include <QFile>

namespace pillar {

namespace {

const char *const kBlueprintNames[] = {
    "stage-1-one-user",
    "stage-2-database-split",
    "stage-3-high-availability",
    "stage-4-scale-out",
    "stage-5-auto-scaling",
    "stage-6-services",
    "stage-7-data-split",
    "stage-8-multi-region",
    "side-project",
    "ad-network",
};

QString resourcePathFor(const QString &name)
{
    return QStringLiteral(":/blueprints/%1.pillar").arg(name);
}

} // namespace

QVector<BlueprintInfo> blueprints()
{
    static const QVector<BlueprintInfo> list = [] {
        QVector<BlueprintInfo> out;
        for (const char *raw : kBlueprintNames) {
            const QString name = QString::fromLatin1(raw);
            const LoadResult loaded = readDesignFile(resourcePathFor(name));
            // A shipped blueprint that does not load is a build defect; tests catch it.
            if (!loaded.ok())
                continue;
            out.push_back({name, loaded.design->info.name, loaded.design->info.description, resourcePathFor(name)});
        }
        return out;
    }();
    return list;
}

LoadResult loadBlueprint(const QString &name)
{
    for (const char *raw : kBlueprintNames) {
        if (name == QLatin1String(raw))
            return readDesignFile(resourcePathFor(name));
    }
    LoadResult result;
    result.error.file = name;
    result.error.location = QStringLiteral("blueprint");
    QStringList names;
    for (const char *raw : kBlueprintNames)
        names << QString::fromLatin1(raw);
    result.error.message = QCoreApplication::translate("Blueprints", "no blueprint named '%1'; choose one of: %2")
                               .arg(name, names.join(QLatin1String(", ")));
    return result;
}

} // namespace pillar
