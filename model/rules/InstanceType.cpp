#include "InstanceType.h"

#include <QStringList>

namespace pillar {

InstanceType parseInstanceType(const QString &text)
{
    QStringView rest = QStringView(text).trimmed();
    if (rest.startsWith(QLatin1String("db."), Qt::CaseInsensitive))
        rest = rest.mid(3);
    else if (rest.startsWith(QLatin1String("cache."), Qt::CaseInsensitive))
        rest = rest.mid(6);
    const qsizetype dot = rest.indexOf(QLatin1Char('.'));
    if (dot <= 0 || dot == rest.size() - 1 || rest.indexOf(QLatin1Char('.'), dot + 1) >= 0)
        return {};
    return {rest.left(dot).toString().toLower(), rest.mid(dot + 1).toString().toLower()};
}

int InstanceType::sizeRank() const
{
    static const QStringList small = {"nano", "micro", "small", "medium", "large", "xlarge"};
    const int i = small.indexOf(size);
    if (i >= 0)
        return i;
    if (size == QLatin1String("metal") || size.startsWith(QLatin1String("metal-")))
        return 20;
    if (size.endsWith(QLatin1String("xlarge"))) {
        bool ok = false;
        const int n = size.chopped(6).toInt(&ok);
        if (ok && n > 0)
            return 5 + std::min(n, 14);
    }
    return -1;
}

bool InstanceType::isBurstable() const
{
    return family == QLatin1String("t2") || family == QLatin1String("t3") || family == QLatin1String("t3a")
        || family == QLatin1String("t4g");
}

bool InstanceType::isPreviousGeneration() const
{
    // AWS's "previous generation instances" list for the families a team
    // would still meet in an old template.
    static const QStringList previous = {"t1", "m1", "m2", "m3", "c1", "c3", "cc2", "cr1", "g2", "hi1", "hs1", "i2", "r3"};
    return previous.contains(family);
}

double InstanceType::baselineCpuPercent() const
{
    if (!isBurstable())
        return 0;
    // Baseline utilisation per vCPU (what CloudWatch's CPUUtilization shows),
    // from the EC2 burstable performance instance tables.
    static const QStringList sizes = {"nano", "micro", "small", "medium", "large", "xlarge", "2xlarge"};
    static const double t2[] = {5, 10, 20, 20, 30, 22.5, 17};
    static const double t3[] = {5, 10, 20, 20, 30, 40, 40};
    const int i = sizes.indexOf(size);
    if (i < 0)
        return 0;
    return family == QLatin1String("t2") ? t2[i] : t3[i];
}

} // namespace pillar
