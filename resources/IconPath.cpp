#include "IconPath.h"

namespace pillar {

QString kindIconPath(ElementKind kind)
{
    return QStringLiteral(":/icons/") + kindKey(kind) + QStringLiteral(".svg");
}

QString applicationIconPath()
{
    return QStringLiteral(":/icons/pillar.svg");
}

} // namespace pillar
