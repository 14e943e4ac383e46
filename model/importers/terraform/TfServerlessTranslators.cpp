// Lambda functions and what invokes them (event source mappings,
// permissions, asynchronous settings), SQS queues, SNS topics and
// subscriptions, DynamoDB tables and Kinesis streams: the CloudFormation
// properties the serverless mappers read.
#include "TfJsonReader.h"
#include "TfTranslators.h"
#include "TfValues.h"

#include "../CfnHelpers.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace pillar {

namespace {

using namespace tf;
using cfn::tr;

const QStringList kFailureTargets = QStringList(kQueues) << kTopics << kFunctions;
const QStringList kEventSources = QStringList(kQueues) << kStreams << kTables;
// What a subscription delivers to.
const QStringList kEndpoints = QStringList(kQueues) << kFunctions << kHttpApis << kRestApis << kLoadBalancers;

// destination_config { on_failure { destination(_arn) } } as CloudFormation's
// DestinationConfig/OnFailure/Destination.
CfnValue onFailureDestination(const TfTranslation &t, const char *key)
{
    for (const TfNode &config : t.blocks("destination_config")) {
        for (const TfNode &failure : t.blocks(config, "on_failure")) {
            const CfnValue target = nonEmpty(t.ref(failure, key, kFailureTargets));
            if (!target.isNull())
                return wrap(t, QStringLiteral("OnFailure"), wrap(t, QStringLiteral("Destination"), target));
        }
    }
    return CfnValue();
}

// redrive_policy is a JSON document in a string: {"deadLetterTargetArn": ARN, "maxReceiveCount": n}.
CfnValue redrivePolicy(const TfTranslation &t, const char *key)
{
    const CfnValue policy = nonEmpty(t.optional(key));
    if (policy.isNull())
        return policy;
    CfnValue out = emptyMap();
    if (!policy.isScalar()) { // known after apply: the configuration may still name the queue
        t.set(&out, QStringLiteral("deadLetterTargetArn"), t.ref(key, kQueues));
        return out;
    }
    const QJsonObject doc = QJsonDocument::fromJson(policy.text.toUtf8()).object();
    if (doc.isEmpty())
        return CfnValue::unknown(tr("the redrive policy is not a JSON document"));
    t.set(&out, QStringLiteral("deadLetterTargetArn"), t.refTo(doc.value(QLatin1String("deadLetterTargetArn")).toString(), kQueues));
    const QJsonValue count = doc.value(QLatin1String("maxReceiveCount"));
    if (count.isDouble() || count.isString())
        t.set(&out, QStringLiteral("maxReceiveCount"),
              CfnValue::scalar(count.isDouble() ? QString::number(count.toInt()) : count.toString()));
    return out;
}

void queue(TfTranslation &t)
{
    t.set(QStringLiteral("FifoQueue"), t.value("fifo_queue"));
    t.set(QStringLiteral("KmsMasterKeyId"), nonEmpty(t.value("kms_master_key_id")));
    t.set(QStringLiteral("SqsManagedSseEnabled"), t.optional("sqs_managed_sse_enabled"));
    t.set(QStringLiteral("VisibilityTimeout"), t.value("visibility_timeout_seconds"));
    t.set(QStringLiteral("RedrivePolicy"), redrivePolicy(t, "redrive_policy"));
}

// aws_sqs_queue_redrive_policy (provider v4.x): the policy of the queue it names.
void queueRedrivePolicy(TfTranslation &t)
{
    const CfnValue queue = t.ref("queue_url", kQueues);
    if (queue.type == CfnValue::ResourceRef)
        t.foldedInto = queue.text;
    t.foldReason = tr("redrive policy of %1").arg(queue.type == CfnValue::ResourceRef ? queue.text : tr("a queue not in the document"));
    t.set(QStringLiteral("RedrivePolicy"), redrivePolicy(t, "redrive_policy"));
}

void queuePolicy(TfTranslation &t)
{
    t.set(QStringLiteral("Queues"), tfList({t.ref("queue_url", kQueues)}));
}

void topic(TfTranslation &t)
{
    t.set(QStringLiteral("FifoTopic"), t.value("fifo_topic"));
    t.set(QStringLiteral("KmsMasterKeyId"), nonEmpty(t.value("kms_master_key_id")));
}

void topicPolicy(TfTranslation &t)
{
    t.set(QStringLiteral("Topics"), tfList({t.ref("arn", kTopics)}));
}

void subscription(TfTranslation &t)
{
    t.set(QStringLiteral("TopicArn"), t.ref("topic_arn", kTopics));
    t.set(QStringLiteral("Protocol"), t.value("protocol"));
    t.set(QStringLiteral("Endpoint"), t.ref("endpoint", kEndpoints));
}

void function(TfTranslation &t)
{
    t.set(QStringLiteral("PackageType"), nonEmpty(t.optional("package_type")));
    t.set(QStringLiteral("Runtime"), nonEmpty(t.value("runtime")));
    t.set(QStringLiteral("MemorySize"), t.value("memory_size"));
    t.set(QStringLiteral("Timeout"), t.value("timeout"));
    t.set(QStringLiteral("ReservedConcurrentExecutions"), t.value("reserved_concurrent_executions"));
    t.set(QStringLiteral("Role"), t.ref("role", kRoles));
    // Terraform writes an empty vpc_config block, or none, for a function outside any VPC.
    for (const TfNode &vpc : t.blocks("vpc_config")) {
        const CfnValue subnets = t.refs(vpc, "subnet_ids", kSubnets);
        if (subnets.isList() && subnets.items.isEmpty())
            break;
        CfnValue config = emptyMap();
        t.set(&config, QStringLiteral("SubnetIds"), subnets);
        t.set(&config, QStringLiteral("SecurityGroupIds"), t.refs(vpc, "security_group_ids", kSecurityGroups));
        t.set(QStringLiteral("VpcConfig"), config);
        break;
    }
    for (const TfNode &dlq : t.blocks("dead_letter_config")) {
        t.set(QStringLiteral("DeadLetterConfig"), wrap(t, QStringLiteral("TargetArn"), nonEmpty(t.ref(dlq, "target_arn", kFailureTargets))));
        break;
    }
}

void eventInvokeConfig(TfTranslation &t)
{
    t.set(QStringLiteral("FunctionName"), t.ref("function_name", kFunctions));
    t.set(QStringLiteral("DestinationConfig"), onFailureDestination(t, "destination"));
}

void eventSourceMapping(TfTranslation &t)
{
    t.set(QStringLiteral("FunctionName"), t.ref("function_name", kFunctions));
    t.set(QStringLiteral("EventSourceArn"), nonEmpty(t.ref("event_source_arn", kEventSources)));
    t.set(QStringLiteral("DestinationConfig"), onFailureDestination(t, "destination_arn"));
}

void permission(TfTranslation &t)
{
    t.set(QStringLiteral("FunctionName"), t.ref("function_name", kFunctions));
    t.set(QStringLiteral("Principal"), t.value("principal"));
}

void functionAlias(TfTranslation &t)
{
    t.set(QStringLiteral("FunctionName"), t.ref("function_name", kFunctions));
}

void table(TfTranslation &t)
{
    const CfnValue mode = t.value("billing_mode");
    t.set(QStringLiteral("BillingMode"), mode);
    if (!mode.isScalar() || mode.text != QLatin1String("PAY_PER_REQUEST")) {
        CfnValue throughput = emptyMap();
        t.set(&throughput, QStringLiteral("ReadCapacityUnits"), t.value("read_capacity"));
        t.set(&throughput, QStringLiteral("WriteCapacityUnits"), t.value("write_capacity"));
        t.set(QStringLiteral("ProvisionedThroughput"), throughput);
    }
    const CfnValue pitr = firstBlockValue(t, t.root(), "point_in_time_recovery", "enabled");
    t.set(QStringLiteral("PointInTimeRecoverySpecification"), wrap(t, QStringLiteral("PointInTimeRecoveryEnabled"), pitr));
    for (const TfNode &sse : t.blocks("server_side_encryption")) {
        CfnValue spec = emptyMap();
        t.set(&spec, QStringLiteral("SSEEnabled"), t.value(sse, "enabled"));
        t.set(&spec, QStringLiteral("KMSMasterKeyId"), nonEmpty(t.optional(sse, "kms_key_arn")));
        t.set(QStringLiteral("SSESpecification"), spec);
        break;
    }
    // The mappers read whether there is a stream, not its view type.
    const CfnValue stream = t.value("stream_enabled");
    if (TfTranslation::isTrue(stream)) {
        CfnValue spec = emptyMap();
        t.set(&spec, QStringLiteral("StreamViewType"), nonEmpty(t.optional("stream_view_type")));
        t.set(QStringLiteral("StreamSpecification"), spec);
    }
    // Replicas make it a global table (version 2019.11.21): each replica's
    // Region, with point-in-time recovery where both it and the table have it.
    const QVector<TfNode> replicas = t.blocks("replica");
    if (replicas.isEmpty())
        return;
    t.type = QStringLiteral("AWS::DynamoDB::GlobalTable");
    CfnValue list = tfList();
    for (const TfNode &replica : replicas) {
        CfnValue r = emptyMap();
        t.set(&r, QStringLiteral("Region"), t.value(replica, "region_name"));
        const CfnValue replicaPitr = t.optional(replica, "point_in_time_recovery");
        CfnValue both = replicaPitr.isScalar() && pitr.isScalar()
            ? CfnValue::scalar(TfTranslation::isTrue(replicaPitr) && TfTranslation::isTrue(pitr) ? QStringLiteral("true") : QStringLiteral("false"))
            : replicaPitr.isNull() && pitr.isNull() ? CfnValue::scalar(QStringLiteral("false"))
                                                    : CfnValue::unknown(tr("known only after apply"));
        t.set(&r, QStringLiteral("PointInTimeRecoverySpecification"), wrap(t, QStringLiteral("PointInTimeRecoveryEnabled"), both));
        list.items << r;
    }
    t.set(QStringLiteral("Replicas"), list);
}

// Application Auto Scaling of a table: resource_id "table/NAME".
void scalableTarget(TfTranslation &t)
{
    t.set(QStringLiteral("ServiceNamespace"), t.value("service_namespace"));
    const CfnValue id = t.value("resource_id");
    if (id.isScalar() && id.text.startsWith(QLatin1String("table/")) && id.text.count(QLatin1Char('/')) == 1)
        t.set(QStringLiteral("ResourceId"), t.refTo(id.text.mid(6), kTables));
    else
        t.set(QStringLiteral("ResourceId"), t.ref("resource_id", kTables));
}

void stream(TfTranslation &t)
{
    t.set(QStringLiteral("StreamModeDetails"), wrap(t, QStringLiteral("StreamMode"),
                                                      firstBlockValue(t, t.root(), "stream_mode_details", "stream_mode")));
    t.set(QStringLiteral("ShardCount"), t.optional("shard_count"));
    t.set(QStringLiteral("StreamEncryption"), wrap(t, QStringLiteral("EncryptionType"), nonEmpty(t.value("encryption_type"))));
    t.set(QStringLiteral("RetentionPeriodHours"), t.value("retention_period"));
}

} // namespace

const QVector<TfTranslator> &tfServerlessTranslators()
{
    static const QVector<TfTranslator> list = {
        {"aws_sqs_queue", "AWS::SQS::Queue", queue},
        {"aws_sqs_queue_redrive_policy", "AWS::SQS::Queue", queueRedrivePolicy},
        {"aws_sqs_queue_policy", "AWS::SQS::QueuePolicy", queuePolicy},
        {"aws_sns_topic", "AWS::SNS::Topic", topic},
        {"aws_sns_topic_policy", "AWS::SNS::TopicPolicy", topicPolicy},
        {"aws_sns_topic_subscription", "AWS::SNS::Subscription", subscription},
        {"aws_lambda_function", "AWS::Lambda::Function", function},
        {"aws_lambda_function_event_invoke_config", "AWS::Lambda::EventInvokeConfig", eventInvokeConfig},
        {"aws_lambda_event_source_mapping", "AWS::Lambda::EventSourceMapping", eventSourceMapping},
        {"aws_lambda_permission", "AWS::Lambda::Permission", permission},
        {"aws_lambda_alias", "AWS::Lambda::Alias", functionAlias},
        {"aws_dynamodb_table", "AWS::DynamoDB::Table", table},
        {"aws_appautoscaling_target", "AWS::ApplicationAutoScaling::ScalableTarget", scalableTarget},
        {"aws_kinesis_stream", "AWS::Kinesis::Stream", stream},
    };
    return list;
}

} // namespace pillar
