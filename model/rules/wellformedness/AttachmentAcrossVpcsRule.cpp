// attachment-across-vpcs: a subnet or security group of another VPC.
#include "../RuleContext.h"

#include "../../Placement.h"

#include <QCoreApplication>

namespace pillar {

namespace {

class AttachmentAcrossVpcsRule final : public Rule
{
public:
    AttachmentAcrossVpcsRule()
    {
        info.id = "attachment-across-vpcs";
        info.title = QT_TRANSLATE_NOOP("Rules", "Subnet or security group of another VPC");
        info.pillar = Pillar::WellFormedness;
        info.defaultSeverity = Severity::Error;
        info.context = ContextPolicy::None;
        info.kinds = {};
        info.rationale = QT_TRANSLATE_NOOP("Rules", "A load balancer or Auto Scaling group can only use subnets of its own VPC, and a "
                                                    "security group only applies to resources in its VPC. AWS refuses such a template, "
                                                    "so the design cannot be built as drawn.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Well-formedness: the AWS resource model (the designer refuses the same "
                                                 "attachments).");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Attach the resource to subnets and security groups of the VPC it stands in, or move "
                                              "it into their VPC.");
    }

    void check(const RuleContext &ctx, Reporter &r) const override
    {
        const DesignIndex &index = ctx.index();
        const Design &design = ctx.design();
        for (int i = 0; i < index.elementCount(); ++i) {
            const int vpc = index.vpcOf(i);
            if (vpc < 0)
                continue; // outside any VPC: invalid-placement or the default VPC
            const Element &e = ctx.element(i);
            // Where an importer could not tell its subnets (a parameter, an
            // existing VPC), its VPC is a stand-in: nothing to judge.
            if (e.isUnknown(QStringLiteral("parent")) || e.isUnknown(QStringLiteral("subnets")))
                continue;
            for (int subnet : index.attachedSubnetsOf(i)) {
                if (index.vpcOf(subnet) == vpc)
                    continue;
                const QString why = subnetAttachmentProblem(design, e.id, index.element(subnet).id);
                if (!why.isEmpty())
                    r.report({e.id, index.element(subnet).id}, rulesTr("%1 uses a subnet AWS would refuse: %2").arg(ctx.label(i), why));
            }
            for (const QString &groupId : e.securityGroups) {
                const int group = index.indexOf(groupId);
                if (group < 0 || index.kindOf(group) != ElementKind::SecurityGroup)
                    continue; // dangling-reference says it
                if (index.element(group).isUnknown(QStringLiteral("parent")))
                    continue;
                const int groupVpc = index.vpcOf(group);
                if (groupVpc < 0 || groupVpc == vpc)
                    continue; // a group outside any VPC stands for the default VPC's and takes anything
                const QString why = securityGroupProblem(design, e.id, groupId);
                if (!why.isEmpty())
                    r.report({e.id, groupId}, rulesTr("%1 is in a security group AWS would refuse: %2").arg(ctx.label(i), why));
            }
        }
    }

    // Detaching the subnet or leaving the group named second in the finding.
    QVector<QuickFix> quickFixes(const Design &design, const Finding &finding) const override
    {
        const Element *e = design.element(finding.primaryElement());
        if (!e || finding.elements.size() < 2)
            return {};
        const QString other = finding.elements.at(1);
        const Element *target = design.element(other);
        if (!target)
            return {};
        Element after = *e;
        if (target->kind == ElementKind::Subnet) {
            if (subnetAttachmentProblem(design, e->id, other).isEmpty())
                return {};
            QStringList subnets = e->listValue(QStringLiteral("subnets"));
            subnets.removeAll(other);
            after.properties.insert(QStringLiteral("subnets"), subnets);
            return {replaceElementsFix(QCoreApplication::translate("QuickFix", "Detach from subnet %1").arg(target->displayName()),
                                       {after})};
        }
        if (!e->securityGroups.contains(other) || securityGroupProblem(design, e->id, other).isEmpty())
            return {};
        after.securityGroups.removeAll(other);
        return {replaceElementsFix(QCoreApplication::translate("QuickFix", "Leave security group %1").arg(target->displayName()),
                                   {after})};
    }
};

} // namespace

PILLAR_RULE(AttachmentAcrossVpcsRule)

} // namespace pillar
