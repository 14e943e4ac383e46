#pragma once

#include <QDir>
#include <QString>
#include <QtGlobal>

// Paths tests need, from the environment ctest sets (see tests/CMakeLists.txt).
namespace pillar::test {

inline QString sourceDir()
{
    return qEnvironmentVariable("PILLAR_SOURCE_DIR");
}

inline QString dataDir()
{
    return sourceDir() + QStringLiteral("/tests/data");
}

// ../shared beside the repository: the CloudFormation corpus and seeds.
inline QString sharedDir()
{
    return QDir(sourceDir() + QStringLiteral("/../shared")).absolutePath();
}

inline QString cliPath()
{
    return qEnvironmentVariable("PILLAR_CLI");
}

} // namespace pillar::test
