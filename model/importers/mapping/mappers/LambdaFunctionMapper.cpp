// AWS::Lambda::Function and AWS::Serverless::Function (read as written, without
// the SAM transform): runtime, memory, timeout, concurrency, its VPC subnets and
// security groups, its dead-letter queue or on-failure destination (also from
// AWS::Lambda::EventInvokeConfig). How it is invoked is decided once its
// triggers are known (LambdaTriggersMapper).
#include "../MappingContext.h"
#include "../ResourceMapper.h"
#include "ServiceRefs.h"

namespace pillar {

using cfn::tr;

namespace {

// Where failed asynchronous events go: a DeadLetterConfig/DeadLetterQueue
// TargetArn, or an OnFailure destination. Sets onFailure, or marks it unknown
// when the target is outside the template. Nothing when target is null.
void setFailureTarget(MappingContext &context, Element &fn, const CfnValue *target, const QString &what)
{
    if (!target)
        return;
    QStringList ids;
    cfn::collectRefIds(*target, &ids);
    for (const QString &id : ids) {
        const ImportResource *r = context.resource(id);
        if (r && (r->type == QLatin1String("AWS::SQS::Queue") || r->type == QLatin1String("AWS::SNS::Topic")
                  || r->type == QLatin1String("AWS::Lambda::Function") || r->type == QLatin1String("AWS::Serverless::Function"))) {
            fn.properties.insert(QStringLiteral("onFailure"), id);
            return;
        }
    }
    context.markUnknown(fn, QStringLiteral("onFailure"), tr("%1 names a target outside this template").arg(what));
}

const CfnValue *onFailureDestination(const CfnValue *invokeConfig)
{
    const CfnValue *dest = invokeConfig ? invokeConfig->get(QStringLiteral("DestinationConfig")) : nullptr;
    const CfnValue *onFailure = dest ? dest->get(QStringLiteral("OnFailure")) : nullptr;
    return onFailure ? onFailure->get(QStringLiteral("Destination")) : nullptr;
}

class LambdaFunctionMapper final : public ResourceMapper
{
public:
    void map(MappingContext &context, const QVector<const ImportResource *> &) const override
    {
        NetworkPlacement &net = context.network();
        for (const char *type : {"AWS::Lambda::Function", "AWS::Serverless::Function"}) {
            const bool sam = QLatin1String(type) == QLatin1String("AWS::Serverless::Function");
            for (const ImportResource *r : context.ofType(type)) {
                const CfnValue &p = r->properties;
                Element fn;
                fn.id = r->id;
                fn.kind = ElementKind::LambdaFunction;
                const CfnValue *packageType = p.get(QStringLiteral("PackageType"));
                if (packageType && packageType->isScalar() && packageType->text == QLatin1String("Image"))
                    fn.properties.insert(QStringLiteral("runtime"), tr("container image"));
                else
                    context.setString(fn, QStringLiteral("runtime"), p.get(QStringLiteral("Runtime")), tr("Runtime"));
                if (!fn.properties.contains(QStringLiteral("runtime")) && !fn.isUnknown(QStringLiteral("runtime")))
                    context.markUnknown(fn, QStringLiteral("runtime"), tr("Runtime is not given"));
                context.setInt(fn, QStringLiteral("memoryMb"), p.get(QStringLiteral("MemorySize")), tr("MemorySize"));
                context.setInt(fn, QStringLiteral("timeoutSeconds"), p.get(QStringLiteral("Timeout")), tr("Timeout"));
                context.setInt(fn, QStringLiteral("reservedConcurrency"), p.get(QStringLiteral("ReservedConcurrentExecutions")),
                               tr("ReservedConcurrentExecutions"));

                if (const CfnValue *role = p.get(QStringLiteral("Role"))) {
                    QStringList ids;
                    cfn::collectRefIds(*role, &ids);
                    if (!ids.isEmpty())
                        fn.properties.insert(QStringLiteral("iamRole"), ids.first());
                    else
                        context.setString(fn, QStringLiteral("iamRole"), role, tr("Role"));
                } else if (sam) {
                    fn.properties.insert(QStringLiteral("iamRole"), tr("created by the SAM transform"));
                }

                if (const CfnValue *vpc = p.get(QStringLiteral("VpcConfig"))) {
                    bool complete = true;
                    const QStringList subnets = net.subnetElements(vpc->get(QStringLiteral("SubnetIds")), &complete);
                    fn.parent = net.vpcOfSubnets(subnets);
                    if (fn.parent.isEmpty())
                        fn.parent = net.externalVpc();
                    fn.properties.insert(QStringLiteral("subnets"), subnets);
                    if (!complete || subnets.isEmpty())
                        context.markUnknown(fn, QStringLiteral("subnets"), tr("some of its VpcConfig subnets are not known from the template"));
                    fn.securityGroups = net.securityGroupElements(fn, {vpc->get(QStringLiteral("SecurityGroupIds"))});
                }

                const CfnValue *dlq = p.get(QLatin1String(sam ? "DeadLetterQueue" : "DeadLetterConfig"));
                setFailureTarget(context, fn, dlq ? dlq->get(QStringLiteral("TargetArn")) : nullptr,
                                 QLatin1String(sam ? "DeadLetterQueue" : "DeadLetterConfig"));
                if (sam)
                    setFailureTarget(context, fn, onFailureDestination(p.get(QStringLiteral("EventInvokeConfig"))),
                                     tr("EventInvokeConfig"));
                for (const ImportResource *config : context.ofType("AWS::Lambda::EventInvokeConfig")) {
                    if (!cfn::refersTo(config->properties.get(QStringLiteral("FunctionName")), r->id))
                        continue;
                    setFailureTarget(context, fn, onFailureDestination(&config->properties), config->id);
                    context.record(config->id, ImportedResource::Merged, r->id, tr("asynchronous invocation settings of %1").arg(r->id));
                }
                context.add(fn);
                context.record(r->id, ImportedResource::Mapped, r->id, QString());
            }
        }
        for (const char *type : {"AWS::Lambda::Version", "AWS::Lambda::Alias"}) {
            for (const ImportResource *r : context.ofType(type)) {
                const QString fn = cfn::referencedElement(context, r->properties.get(QStringLiteral("FunctionName")),
                                                          {ElementKind::LambdaFunction});
                if (!fn.isEmpty())
                    context.record(r->id, ImportedResource::Merged, fn, tr("version or alias of %1").arg(fn));
            }
        }
    }
};

} // namespace

PILLAR_RESOURCE_MAPPER(LambdaFunctionMapper)

} // namespace pillar
