#pragma once

#include "TfTranslation.h"

#include <QString>
#include <QVector>

namespace pillar {

// How one Terraform resource type becomes a resource the mapping layer
// knows: its CloudFormation type and a function that writes the
// CloudFormation-shaped properties (renaming attributes, reshaping blocks,
// turning ids into references). A type without a translator is reported as
// one Pillar has no element for.
struct TfTranslator {
    const char *terraformType;
    const char *cloudFormationType;
    void (*translate)(TfTranslation &t);
};

// The translators of one family, each in its own file.
const QVector<TfTranslator> &tfNetworkTranslators();
const QVector<TfTranslator> &tfComputeTranslators();
const QVector<TfTranslator> &tfDataTranslators();
const QVector<TfTranslator> &tfServerlessTranslators();
const QVector<TfTranslator> &tfApiGatewayTranslators();
const QVector<TfTranslator> &tfContainerTranslators();
// The translator of a type, nullptr when there is none.
const TfTranslator *tfTranslator(const QString &terraformType);

// Types other resources name, for references.
namespace tf {
inline const QStringList kVpcs = {QStringLiteral("aws_vpc"), QStringLiteral("aws_default_vpc")};
inline const QStringList kSubnets = {QStringLiteral("aws_subnet"), QStringLiteral("aws_default_subnet")};
inline const QStringList kSecurityGroups = {QStringLiteral("aws_security_group"), QStringLiteral("aws_default_security_group")};
inline const QStringList kInstances = {QStringLiteral("aws_instance")};
inline const QStringList kLoadBalancers = {QStringLiteral("aws_lb"), QStringLiteral("aws_alb")};
inline const QStringList kTargetGroups = {QStringLiteral("aws_lb_target_group"), QStringLiteral("aws_alb_target_group")};
inline const QStringList kListeners = {QStringLiteral("aws_lb_listener"), QStringLiteral("aws_alb_listener")};
inline const QStringList kBuckets = {QStringLiteral("aws_s3_bucket")};
inline const QStringList kHttpApis = {QStringLiteral("aws_apigatewayv2_api")};
inline const QStringList kRestApis = {QStringLiteral("aws_api_gateway_rest_api")};
inline const QStringList kFunctions = {QStringLiteral("aws_lambda_function")};
inline const QStringList kQueues = {QStringLiteral("aws_sqs_queue")};
inline const QStringList kTopics = {QStringLiteral("aws_sns_topic")};
inline const QStringList kTables = {QStringLiteral("aws_dynamodb_table")};
inline const QStringList kStreams = {QStringLiteral("aws_kinesis_stream")};
inline const QStringList kRoles = {QStringLiteral("aws_iam_role")};
} // namespace tf

} // namespace pillar
