// lambda-in-vpc-without-egress: a VPC function that calls AWS services it cannot reach.
#include "../RuleContext.h"

#include "../../KindInfo.h"

namespace pillar {

namespace {

class LambdaInVpcWithoutEgressRule final : public Rule
{
public:
    LambdaInVpcWithoutEgressRule()
    {
        info.id = "lambda-in-vpc-without-egress";
        info.title = QT_TRANSLATE_NOOP("Rules", "Lambda in a VPC cannot reach the services it calls");
        info.pillar = Pillar::Reliability;
        info.defaultSeverity = Severity::Error;
        info.context = ContextPolicy::None;
        info.kinds = {ElementKind::LambdaFunction, ElementKind::NatGateway, ElementKind::Vpc};
        info.rationale = QT_TRANSLATE_NOOP("Rules", "A Lambda function attached to a VPC gets no public IP address, even in a public "
                                                    "subnet: its calls to SQS, SNS, DynamoDB, Kinesis, S3 or another function leave the "
                                                    "VPC only through a NAT gateway its subnets route to, or a VPC endpoint for that "
                                                    "service. Without either the calls time out; the design cannot work as drawn.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Reliability pillar, REL02 (How do you plan your network topology?); AWS Lambda "
                                                 "Developer Guide, “Giving Lambda functions access to resources in an Amazon VPC” and "
                                                 "“Enable internet access for VPC-connected Lambda functions”.");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Route the function's subnets through a NAT gateway in a public subnet, or add VPC "
                                              "endpoints for the services it calls (gateway endpoints for S3 and DynamoDB cost nothing).");
        info.notes = QT_TRANSLATE_NOOP("Rules", "Judged only when the function's subnets, its VPC's endpoints and the routes of every "
                                                "NAT gateway in the VPC are known; a service counts as reached when every subnet "
                                                "of the function routes through a public NAT gateway or the VPC has an endpoint for it.");
    }

    void check(const RuleContext &ctx, Reporter &r) const override
    {
        const DesignIndex &index = ctx.index();
        for (int fn : index.ofKind(ElementKind::LambdaFunction)) {
            const int vpc = index.vpcOf(fn);
            const IndexList subnets = index.attachedSubnetsOf(fn);
            if (vpc < 0 || subnets.isEmpty() || !ctx.known(fn, "subnets") || !ctx.known(vpc, "endpoints"))
                continue;
            bool subnetsKnown = true;
            for (int s : subnets)
                subnetsKnown = subnetsKnown && ctx.known(s, "public");
            if (!subnetsKnown)
                continue; // a subnet outside the design: its routes are not known

            // Subnets that send their default route to a public NAT gateway.
            QVector<int> natted;
            bool routesKnown = true;
            for (int nat : index.ofKind(ElementKind::NatGateway)) {
                if (index.vpcOf(nat) != vpc)
                    continue;
                if (!ctx.known(nat, "routedSubnets") || !ctx.known(nat, "connectivity")) {
                    routesKnown = false;
                    break;
                }
                if (!ctx.equals(nat, "connectivity", "public"))
                    continue;
                for (const QString &id : ctx.listOf(nat, "routedSubnets")) {
                    const int s = index.indexOf(id);
                    if (s >= 0 && !natted.contains(s))
                        natted << s;
                }
            }
            if (!routesKnown)
                continue;
            QVector<int> cutOff;
            for (int s : subnets) {
                if (!natted.contains(s))
                    cutOff << s;
            }
            if (cutOff.isEmpty())
                continue;

            const QStringList endpoints = ctx.itemsOf(vpc, "endpoints");
            QVector<int> unreachable;
            for (int c : index.outgoing(fn)) {
                const int to = index.connectionTo(c);
                if (to < 0 || unreachable.contains(to))
                    continue;
                const char *service = kindInfo(index.kindOf(to)).endpointService;
                if (service && !endpoints.contains(QLatin1String(service), Qt::CaseInsensitive))
                    unreachable << to;
            }
            if (unreachable.isEmpty())
                continue;
            QStringList ids{ctx.element(fn).id};
            for (int t : unreachable)
                ids << ctx.element(t).id;
            r.report(ids, rulesTr("Lambda function %1 runs in %2, which route to no NAT gateway, and its VPC %3 has no endpoint "
                                  "for what it calls (%4): those calls cannot leave the VPC.")
                              .arg(ctx.label(fn), ctx.labels(cutOff), ctx.label(vpc), ctx.labels(unreachable)));
        }
    }
};

} // namespace

PILLAR_RULE(LambdaInVpcWithoutEgressRule)

} // namespace pillar
