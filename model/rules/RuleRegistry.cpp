#include "RuleRegistry.h"

#include <QHash>

// The catalogue, one line per rule, in the order `pillar-cli rules` lists
// them. RULE(X) names the class of model/rules/<pillar>/X.cpp, which ends
// with PILLAR_RULE(X).
#define PILLAR_RULES(RULE) \
    /* Security: security/ */ \
    RULE(SgAdminPortOpenToWorldRule) \
    RULE(SgAllTrafficOpenRule) \
    RULE(SgWorldIngressOnPrivateTierRule) \
    RULE(SgCidrWhereGroupWouldDoRule) \
    RULE(BastionSshRule) \
    RULE(RdsPubliclyAccessibleRule) \
    RULE(DataStoreInPublicSubnetRule) \
    RULE(DataStoreReachableFromInternetRule) \
    RULE(Ec2WithoutIamRoleRule) \
    RULE(RdsStorageUnencryptedRule) \
    RULE(S3PublicBucketRule) \
    RULE(CloudFrontAllowsHttpRule) \
    RULE(LbHttpWithoutHttpsRule) \
    RULE(S3EncryptionNotConfiguredRule) \
    RULE(ElastiCacheUnencryptedRule) \
    RULE(CloudFrontWeakTlsRule) \
    RULE(CloudFrontOriginHttpRule) \
    RULE(KinesisUnencryptedRule) \
    RULE(ApiWithoutAuthorizerRule) \
    RULE(EksPublicEndpointRule) \
    RULE(EksControlPlaneLoggingOffRule) \
    RULE(ImdsV1AllowedRule) \
    /* Reliability: reliability/ */ \
    RULE(RdsSingleAzRule) \
    RULE(LbSingleAzRule) \
    RULE(LbInternetFacingWithoutPublicSubnetRule) \
    RULE(ComputeSingleAzRule) \
    RULE(LbSingleTargetRule) \
    RULE(AsgSingleAzRule) \
    RULE(RedisWithoutFailoverRule) \
    RULE(SingleInstanceServingUsersRule) \
    RULE(CacheUsedAsPrimaryStoreRule) \
    RULE(RdsNoBackupsRule) \
    RULE(LbWithoutHealthCheckRule) \
    RULE(DbOnEc2Rule) \
    RULE(DynamoDbPitrOffRule) \
    RULE(SqsWithoutDlqRule) \
    RULE(LambdaAsyncWithoutDlqRule) \
    RULE(LambdaInVpcWithoutEgressRule) \
    RULE(ApiStageWithoutLoggingRule) \
    RULE(ApiStageWithoutThrottlingRule) \
    RULE(NatGatewaySingleAzRule) \
    RULE(SingleRegionAtScaleRule) \
    /* Performance efficiency: performance/ */ \
    RULE(S3ServedWithoutCdnRule) \
    RULE(NoCacheInFrontOfDbRule) \
    RULE(BurstableInstanceSustainedLoadRule) \
    RULE(PreviousGenerationInstanceRule) \
    RULE(DetailedMonitoringOffInAsgRule) \
    RULE(ClassicLoadBalancerRule) \
    RULE(InternalTierWithoutLbRule) \
    RULE(KinesisShardsBelowThroughputRule) \
    /* Cost optimization: cost/ */ \
    RULE(PublicIpv4ChargeRule) \
    RULE(CrossAzTrafficRule) \
    RULE(RdsStorageOverprovisionedRule) \
    RULE(OversizedInstanceRule) \
    RULE(SteadyLoadOnDemandRule) \
    RULE(DynamoDbProvisionedWithoutAutoScalingRule) \
    RULE(DynamoDbWriteHeavyProvisionedRule) \
    RULE(NatGatewayCostRule) \
    /* Well-formedness: wellformedness/ */ \
    RULE(InvalidPlacementRule) \
    RULE(AttachmentAcrossVpcsRule) \
    RULE(SubnetCidrOutsideVpcRule) \
    RULE(CidrOverlapRule) \
    RULE(AzNotInRegionRule) \
    RULE(DanglingReferenceRule) \
    RULE(ConnectionBlockedBySecurityGroupRule) \
    RULE(InvalidConnectionRule) \
    RULE(UnusedSuppressionRule) \
    RULE(UnknownRuleRule)

namespace pillar {

#define PILLAR_DECLARE_RULE(RuleClass) const Rule &ruleInstance_##RuleClass();
PILLAR_RULES(PILLAR_DECLARE_RULE)
#undef PILLAR_DECLARE_RULE

const std::vector<std::reference_wrapper<const Rule>> &allRules()
{
#define PILLAR_LIST_RULE(RuleClass) std::cref(ruleInstance_##RuleClass()),
    static const std::vector<std::reference_wrapper<const Rule>> rules{PILLAR_RULES(PILLAR_LIST_RULE)};
#undef PILLAR_LIST_RULE
    return rules;
}

const Rule *findRule(const QString &id)
{
    static const QHash<QString, const Rule *> byId = [] {
        QHash<QString, const Rule *> map;
        for (const Rule &r : allRules())
            map.insert(r.info.idString(), &r);
        return map;
    }();
    return byId.value(id, nullptr);
}

} // namespace pillar
