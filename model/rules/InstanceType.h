#pragma once

#include <QString>

namespace pillar {

// An EC2, RDS or ElastiCache instance type split into family and size:
// "m5.large", "db.t3.micro", "cache.r6g.xlarge" -> family "m5"/"t3"/"r6g".
struct InstanceType {
    QString family;
    QString size;
    bool valid() const { return !family.isEmpty() && !size.isEmpty(); }
    // nano 0, micro 1, small 2, medium 3, large 4, xlarge 5, 2xlarge 6, ...,
    // metal 20; -1 when unknown.
    int sizeRank() const;
    bool isBurstable() const; // t2, t3, t3a, t4g
    bool isPreviousGeneration() const;
    // CPU credit baseline per vCPU in percent; 0 when not burstable or unknown.
    double baselineCpuPercent() const;
};

InstanceType parseInstanceType(const QString &text);

} // namespace pillar
