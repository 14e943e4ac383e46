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
void natGateway(const CostContext &context, int element, ElementCost &cost);
void dynamoDbTable(const CostContext &context, int element, ElementCost &cost);
void lambdaFunction(const CostContext &context, int element, ElementCost &cost);
void apiGateway(const CostContext &context, int element, ElementCost &cost);
void sqsQueue(const CostContext &context, int element, ElementCost &cost);
void snsTopic(const CostContext &context, int element, ElementCost &cost);
void kinesisStream(const CostContext &context, int element, ElementCost &cost);
void ecsService(const CostContext &context, int element, ElementCost &cost);
void eksCluster(const CostContext &context, int element, ElementCost &cost);

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
constexpr double kNatProcessedGb = 100;          // GB a month through a NAT gateway
constexpr double kDynamoDbStoredGb = 10;         // GB-month in a DynamoDB table
constexpr double kDynamoDbReads = 10000000;      // read request units a month (on demand)
constexpr double kDynamoDbWrites = 1000000;      // write request units a month (on demand)
constexpr double kDynamoDbWriteHeavyWrites = 10000000; // the same for a table marked write-heavy
constexpr double kLambdaInvocations = 1000000;   // invocations a month
constexpr double kLambdaDurationSeconds = 0.2;   // average billed duration of one invocation
constexpr double kApiRequests = 1000000;         // REST or HTTP API requests a month
constexpr double kWebSocketMessages = 1000000;   // WebSocket messages a month
constexpr double kWebSocketMinutes = 1000000;    // WebSocket connection minutes a month
constexpr double kSqsRequests = 1000000;         // requests a month when no message rate is stated
constexpr double kSqsRequestsPerMessage = 3;     // send, receive and delete
constexpr double kSnsPublishes = 1000000;        // publishes a month
constexpr double kKinesisRecordsPerSecond = 100; // records a second when no rate is stated
constexpr double kKinesisKbPerSecond = 100;      // KB a second into an on-demand stream when none is stated
} // namespace usage

// A month of seconds: 730 hours.
constexpr double kSecondsPerMonth = kHoursPerMonth * 3600;

} // namespace pillar::cost
