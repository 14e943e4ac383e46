#pragma once

#include "../../Design.h"
#include "../ImportReport.h"
#include "ImportResource.h"
#include "NetworkPlacement.h"

#include <QHash>
#include <QPair>
#include <QSet>
#include <QVector>

#include <utility>

namespace pillar {

// What every resource mapper shares while one set of resources becomes one
// design: the resources by id and by type, the design being built, the
// import report (what became of each resource, unknown values, warnings),
// the ids handed out so far, and the network placement facts.
class MappingContext
{
public:
    // resources in input order; they outlive the context.
    MappingContext(const QVector<ImportResource> &resources, const MappingInputs &inputs, ImportReport *report);
    MappingContext(const MappingContext &) = delete;
    MappingContext &operator=(const MappingContext &) = delete;

    const MappingInputs &inputs() const { return m_inputs; }
    const QVector<ImportResource> &resources() const { return m_resources; }
    const ImportResource *resource(const QString &id) const { return m_byId.value(id); }
    // Resources of one type, in input order.
    QVector<const ImportResource *> ofType(QLatin1String type) const { return m_byType.value(type); }
    QVector<const ImportResource *> ofType(const char *type) const { return ofType(QLatin1String(type)); }
    // Resources of `type` whose property `key` refers to resource `id` (Ref or
    // GetAtt), in input order: an Elastic IP's InstanceId, a route's
    // RouteTableId. The first question about a (type, key) indexes all of that
    // type's resources, so asking once per resource costs O(n), not O(n·m).
    // type and key are string literals (the index keeps them).
    QVector<const ImportResource *> referring(const char *type, const char *key, const QString &id) const;

    Design &design() { return m_design; }
    const Design &design() const { return m_design; }
    NetworkPlacement &network() { return m_network; }

    // The report entry of a resource; the first one recorded stands.
    void record(const QString &id, ImportedResource::Outcome outcome, const QString &element, const QString &reason);
    bool recorded(const QString &id) const { return m_recorded.contains(id); }
    // Records a resource nothing modelled uses as skipped and not checked,
    // with a note of what it would set (see ImportedResource::note).
    void recordUnchecked(const QString &id, const QString &reason, const QString &note);
    void warn(const QString &warning) { m_report->warnings << warning; }

    // Adds an element (placement checked) and returns it as stored.
    Element &add(Element e);
    // Connects two elements unless they already are or the connection is not
    // allowed. Mappers make every connection through it (it remembers which
    // pairs are connected rather than searching the design's connections).
    void connect(const QString &from, const QString &to);
    // The property stays unknown: removed, listed, and reported once with its first reason.
    void markUnknown(Element &e, const QString &key, const QString &reason);
    void markUnknown(const QString &elementId, const QString &key, const QString &reason);
    // Sets property key from a resolved scalar (checked against the kind's
    // property spec), or marks it unknown; nothing when v is null.
    void setString(Element &e, const QString &key, const CfnValue *v, const QString &what);
    void setBool(Element &e, const QString &key, const CfnValue *v, const QString &what);
    void setInt(Element &e, const QString &key, const CfnValue *v, const QString &what);

    // An id no element, connection, resource or stand-in has, close to wanted.
    QString freeId(const QString &wanted) const;
    // One id per thing outside the input (a VPC, subnet or group named by a
    // parameter or literal id), never one of the resources' ids.
    QString externalId(const QString &what, const QString &name);
    // Why a value that is not a plain scalar cannot be used, for the report.
    static QString why(const CfnValue &v);

    // The report entries in input order, and one for every resource no
    // mapper recorded. Called once, after the mappers.
    void finishReport();

private:
    static QString sanitizeId(const QString &text);

    const QVector<ImportResource> &m_resources;
    MappingInputs m_inputs;
    ImportReport *m_report;
    Design m_design;
    NetworkPlacement m_network;
    QHash<QString, const ImportResource *> m_byId;
    QHash<QString, QVector<const ImportResource *>> m_byType; // in input order
    QSet<QString> m_recorded;
    QSet<QString> m_logicalIds;            // reserved: synthetic ids never take them
    QHash<QString, QString> m_externalIds; // "subnet/name" -> element id
    QSet<QString> m_externalIdsGiven;      // the values of m_externalIds
    QSet<QPair<QString, QString>> m_connected; // from, to
    // (type, key) -> referred resource id -> referring resources, in input order
    mutable QHash<std::pair<QLatin1String, QLatin1String>, QHash<QString, QVector<const ImportResource *>>> m_referrers;
};

} // namespace pillar
