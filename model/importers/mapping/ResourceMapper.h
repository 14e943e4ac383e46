#pragma once

#include "ImportResource.h"

#include <QVector>

namespace pillar {

class MappingContext;

// Maps the resources of one type (or a small family of types) to design
// elements. Each mapper is a class of its own in
// model/importers/mapping/mappers/<Name>Mapper.cpp, ended by
// PILLAR_RESOURCE_MAPPER(<Name>Mapper); ResourceMapping.cpp lists it once,
// with the type it is given. A mapper may read (and record as merged or
// used) resources of other types through the context: a listener is read by
// its load balancer's mapper, an Elastic IP by its instance's.
class ResourceMapper
{
public:
    virtual ~ResourceMapper() = default;
    ResourceMapper(const ResourceMapper &) = delete;
    ResourceMapper &operator=(const ResourceMapper &) = delete;

    // resources: those of the type it is listed with, in input order (maybe
    // none: a mapper may still have work, e.g. on resources it reads).
    virtual void map(MappingContext &context, const QVector<const ImportResource *> &resources) const = 0;

protected:
    ResourceMapper() = default;
};

} // namespace pillar

// Ends a mapper's file: defines the accessor of the mapper's one instance,
// which the list in ResourceMapping.cpp calls.
#define PILLAR_RESOURCE_MAPPER(MapperClass) \
    const ResourceMapper &mapperInstance_##MapperClass() \
    { \
        static const MapperClass mapper; \
        return mapper; \
    }
