#include "CfnImport.h"

#include "../AutoLayout.h"
#include "CfnResolver.h"
#include "CfnTemplate.h"
#include "mapping/ResourceMapping.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <utility>

namespace pillar {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CfnImport", text);
}

CfnImportResult failure(const QString &file, const CfnValue &at, const QString &message)
{
    CfnImportResult result;
    result.error = {file, at.place(), message};
    return result;
}

// SAM's Globals section gives defaults to the properties of its serverless
// resources (Globals/Function to every AWS::Serverless::Function, and so on).
// The SAM transform is not run; a resource's own value wins, and maps
// (Environment, VpcConfig…) are merged one level deep as SAM does.
void applySamGlobals(const CfnValue *globals, const QString &type, CfnValue &body)
{
    if (!globals || !globals->isMap() || !type.startsWith(QLatin1String("AWS::Serverless::")))
        return;
    const CfnValue *defaults = globals->get(type.mid(int(qstrlen("AWS::Serverless::"))));
    if (!defaults || !defaults->isMap())
        return;
    CfnValue *props = body.get(QStringLiteral("Properties"));
    if (!props) {
        CfnValue empty;
        empty.type = CfnValue::Map;
        body.map.append({QStringLiteral("Properties"), empty});
        props = &body.map.last().second;
    }
    if (!props->isMap())
        return;
    for (const auto &entry : defaults->map) {
        CfnValue *own = props->get(entry.first);
        if (!own) {
            props->map.append(entry);
        } else if (own->isMap() && entry.second.isMap()) {
            for (const auto &inner : entry.second.map) {
                if (!own->get(inner.first))
                    own->map.append(inner);
            }
        }
    }
}

} // namespace

CfnImportResult importCloudFormation(const QByteArray &bytes, const QString &fileName, const CfnImportOptions &options)
{
    CfnValue root;
    CfnParseError parseError;
    if (!parseCfnTemplate(bytes, &root, &parseError)) {
        CfnImportResult result;
        result.error = {fileName, parseError.line > 0 ? QStringLiteral("%1:%2").arg(parseError.line).arg(parseError.column) : QString(),
                        parseError.message};
        return result;
    }
    CfnValue *resources = root.get(QStringLiteral("Resources"));
    if (!resources)
        return failure(fileName, root, tr("the template has no Resources section"));
    if (!resources->isMap())
        return failure(fileName, *resources, tr("Resources must be a mapping of logical IDs to resources"));
    for (const char *section : {"Parameters", "Mappings", "Conditions"}) {
        const CfnValue *s = root.get(QLatin1String(section));
        if (s && !s->isMap() && !s->isNull())
            return failure(fileName, *s, tr("%1 must be a mapping").arg(QLatin1String(section)));
    }

    CfnResolver resolver(root, options.parameters, options.region);
    CfnImportResult result;
    result.report.file = fileName;
    result.report.unusedParameters = resolver.unusedOverrides();
    for (const QString &name : result.report.unusedParameters)
        result.report.warnings << tr("--parameter %1: the template has no such parameter").arg(name);

    const CfnValue globals = root.get(QStringLiteral("Globals")) ? *root.get(QStringLiteral("Globals")) : CfnValue();
    QVector<ImportResource> list;
    QVector<std::pair<QString, QString>> undecided; // resource id, condition name
    for (auto &entry : resources->map) {
        const QString &id = entry.first;
        CfnValue &body = entry.second;
        const QString path = QStringLiteral("Resources/") + id;
        if (!Design::isValidId(id))
            return failure(fileName, body, tr("%1: '%2' is not a valid logical ID").arg(path, id));
        if (!body.isMap())
            return failure(fileName, body, tr("%1: a resource must be a mapping with a Type").arg(path));
        const CfnValue *type = body.get(QStringLiteral("Type"));
        if (!type || !type->isScalar() || type->text.isEmpty())
            return failure(fileName, type ? *type : body, tr("%1: a resource needs a Type such as AWS::EC2::Instance").arg(path));
        applySamGlobals(&globals, type->text, body);
        type = body.get(QStringLiteral("Type"));
        CfnValue *props = body.get(QStringLiteral("Properties"));
        if (props && !props->isMap() && !props->isNull() && props->type != CfnValue::Function)
            return failure(fileName, *props, tr("%1/Properties must be a mapping").arg(path));
        if (const CfnValue *condition = body.get(QStringLiteral("Condition"))) {
            const CfnResolver::Truth t = condition->isScalar() ? resolver.condition(condition->text) : CfnResolver::Truth::Unknown;
            if (t == CfnResolver::Truth::False) {
                result.report.resources.append({id, type->text, ImportedResource::Skipped, QString(),
                                                tr("its condition %1 is false with these parameters").arg(condition->text),
                                                body.line, true, tr("CloudFormation leaves it out")});
                continue;
            }
            if (t == CfnResolver::Truth::Unknown) {
                result.report.warnings << tr("%1: condition %2 cannot be evaluated; imported as if true").arg(id, condition->text);
                undecided.append({id, condition->isScalar() ? condition->text : tr("(not a name)")});
            }
        }
        ImportResource r;
        r.id = id;
        r.type = type->text;
        r.line = body.line;
        r.column = body.column;
        if (props && props->isMap()) {
            r.properties = resolver.resolve(std::move(*props)); // the resolver reads no resource's properties
        } else {
            r.properties.type = CfnValue::Map;
            if (props && props->type == CfnValue::Function)
                result.report.warnings << tr("%1: Properties are computed by %2; imported without them").arg(id, props->text);
        }
        list << std::move(r);
    }

    MappingInputs inputs;
    inputs.region = resolver.region();
    for (const QString &name : resolver.parameterNames()) {
        if (resolver.parameterType(name) == QLatin1String("AWS::EC2::VPC::Id"))
            inputs.vpcParameters << name;
    }
    Design design = mapResources(list, inputs, &result.report);
    // A resource that may not exist is checked as if it did, and said to be
    // not fully checked: whether its findings apply depends on the condition.
    for (const auto &[id, condition] : undecided) {
        const QString element = result.report.elementFor(id);
        if (!element.isEmpty())
            result.report.unknowns.append({element, QStringLiteral("condition"),
                                           tr("whether %1 exists: its condition %2 cannot be evaluated; checked as if true")
                                               .arg(id, condition)});
    }
    const CfnValue *description = root.get(QStringLiteral("Description"));
    design.info.name = QFileInfo(fileName).completeBaseName();
    if (description && description->isScalar())
        design.info.description = description->text.trimmed();
    if (options.layout)
        AutoLayout().apply(&design);
    result.design = std::move(design);
    return result;
}

CfnImportResult importCloudFormationFile(const QString &path, const CfnImportOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CfnImportResult result;
        result.error = {path, QString(), tr("cannot open: %1").arg(file.errorString())};
        return result;
    }
    if (file.size() > kMaxTemplateBytes) {
        CfnImportResult result;
        result.error = {path, QString(), tr("the template is larger than %1 MB").arg(kMaxTemplateBytes / (1024 * 1024))};
        return result;
    }
    return importCloudFormation(file.readAll(), path, options);
}

} // namespace pillar
