#pragma once

#include "../../Design.h"
#include "../ImportReport.h"
#include "ImportResource.h"

#include <QLatin1String>
#include <QVector>

#include <functional>

namespace pillar {

class ResourceMapper;

// The mapping layer every importer shares: resources in, a design and the
// import report out. Mappers run in the order of the list, each given the
// resources of its type; then an Internet element is put in front of the
// entry points, and every resource no mapper recorded is reported skipped.
// resources in input order; those a front-end leaves out (a false
// condition) it reports itself.
Design mapResources(const QVector<ImportResource> &resources, const MappingInputs &inputs, ImportReport *report);

struct ResourceMapping {
    QLatin1String type;
    std::reference_wrapper<const ResourceMapper> mapper;
};
// The list, in the order the mappers run.
const std::vector<ResourceMapping> &resourceMappings();

} // namespace pillar
