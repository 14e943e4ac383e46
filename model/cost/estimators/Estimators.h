#pragma once

#include "../CostContext.h"

// The estimators, one function per kind, grouped by family in the files of
// this folder; CostModel.cpp lists which kind each one prices.
namespace pillar::cost {

void ec2Instance(const CostContext &context, int element, ElementCost &cost);
void autoScalingGroup(const CostContext &context, int element, ElementCost &cost);
void loadBalancer(const CostContext &context, int element, ElementCost &cost);
void rdsInstance(const CostContext &context, int element, ElementCost &cost);
void elastiCache(const CostContext &context, int element, ElementCost &cost);
void s3Bucket(const CostContext &context, int element, ElementCost &cost);
void cloudFront(const CostContext &context, int element, ElementCost &cost);
void route53Record(const CostContext &context, int element, ElementCost &cost);

// Usage a design does not state yet, as docs/cost.md lists it; lines that
// use one are marked assumed.
namespace usage {
constexpr double kLoadBalancerLcus = 1;          // average LCUs of an ALB / NLB
constexpr double kClassicLbProcessedGb = 100;    // GB a month through a Classic Load Balancer
constexpr double kS3StoredGb = 100;              // GB-month in S3 Standard
constexpr double kS3GetRequests = 1000000;      // GET requests a month
constexpr double kS3PutRequests = 100000;       // PUT requests a month
constexpr double kCloudFrontOutGb = 100;         // GB a month to viewers
constexpr double kCloudFrontHttpsRequests = 1000000; // HTTPS requests a month
} // namespace usage

} // namespace pillar::cost
