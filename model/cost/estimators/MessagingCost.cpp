// SQS queues and SNS topics (requests) and Kinesis data streams (shard-hours
// and PUT payload units when provisioned; stream hours and data in and out on
// demand), from the rates the design states or the usage named in
// Estimators.h.
#include "Estimators.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace pillar::cost {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CostModel", text);
}

// A rate property the design states, 0 when it does not (or is unknown).
double statedRate(const Element &e, const QString &key)
{
    return e.isUnknown(key) ? 0 : std::max(0, e.intValue(key));
}

constexpr double kKbPerGb = 1024.0 * 1024.0;

} // namespace

void sqsQueue(const CostContext &context, int i, ElementCost &cost)
{
    const Element &e = context.element(i);
    if (e.isUnknown(QStringLiteral("queueType"))) {
        cost.why << tr("its queue type is not known");
        return;
    }
    const QString type = e.stringValue(QStringLiteral("queueType"));
    const double perSecond = statedRate(e, QStringLiteral("expectedMessagesPerSecond"));
    // Each message is sent, received and deleted: three requests (of up to 64 KB each).
    const bool stated = perSecond > 0;
    const double requests = stated ? perSecond * kSecondsPerMonth * usage::kSqsRequestsPerMessage : usage::kSqsRequests;
    const QString what = stated ? tr("requests, %1 messages/s × 3 (send, receive, delete)").arg(perSecond)
                                : tr("requests");
    // The table prices requests by the million.
    context.add(cost, type == QLatin1String("fifo") ? tr("FIFO %1").arg(what) : what, requests, tr("requests"),
                QStringLiteral("sqs"), type, PricingTerm::OnDemand, !stated, 1000000);
}

void snsTopic(const CostContext &context, int i, ElementCost &cost)
{
    const Element &e = context.element(i);
    if (e.isUnknown(QStringLiteral("topicType"))) {
        cost.why << tr("its topic type is not known");
        return;
    }
    // Deliveries to SQS queues and Lambda functions are free; a FIFO topic
    // is priced by publishes and payload, which the table prices apart.
    const bool fifo = e.stringValue(QStringLiteral("topicType")) == QLatin1String("fifo");
    context.add(cost, fifo ? tr("FIFO publishes") : tr("publishes"), usage::kSnsPublishes, tr("requests"), QStringLiteral("sns"),
                fifo ? QStringLiteral("publish-fifo") : QStringLiteral("publish"), PricingTerm::OnDemand, true, 1000000);
}

void kinesisStream(const CostContext &context, int i, ElementCost &cost)
{
    const Element &e = context.element(i);
    const QString kinesis = QStringLiteral("kinesis");
    if (e.isUnknown(QStringLiteral("capacityMode"))) {
        cost.why << tr("its capacity mode is not known");
        return;
    }
    const int retention = e.isUnknown(QStringLiteral("retentionHours")) ? -1 : e.intValue(QStringLiteral("retentionHours"));
    if (retention < 0)
        cost.why << tr("its retention is not known");
    const double kbPerSecond = statedRate(e, QStringLiteral("expectedKbPerSecond"));
    const double recordsPerSecond = statedRate(e, QStringLiteral("expectedRecordsPerSecond"));

    if (e.stringValue(QStringLiteral("capacityMode")) == QLatin1String("on-demand")) {
        context.addHours(cost, tr("on-demand stream"), 1, kinesis, QStringLiteral("on-demand-stream-hour"), false);
        const bool stated = kbPerSecond > 0;
        const double gb = (stated ? kbPerSecond : usage::kKinesisKbPerSecond) * kSecondsPerMonth / kKbPerGb;
        const QString rate = QString::number(stated ? kbPerSecond : usage::kKinesisKbPerSecond);
        context.add(cost, tr("data in, %1 KB/s").arg(rate), gb, QStringLiteral("GB"), kinesis, QStringLiteral("on-demand-data-in"),
                    PricingTerm::OnDemand, !stated);
        // What is written is read once, by one consumer.
        context.add(cost, tr("data out, read once"), gb, QStringLiteral("GB"), kinesis, QStringLiteral("on-demand-data-out"),
                    PricingTerm::OnDemand, true);
        if (retention > 24)
            cost.why << tr("on-demand retention beyond 24 hours is not priced yet");
        return;
    }

    if (e.isUnknown(QStringLiteral("shards"))) {
        cost.why << tr("its number of shards is not known");
    } else {
        const int shards = std::max(1, e.intValue(QStringLiteral("shards")));
        context.addHours(cost, tr("%1 shard(s)").arg(shards), shards, kinesis, QStringLiteral("shard-hour"), false);
        // Retention beyond a day and up to seven days is billed per shard-hour.
        if (retention > 24 && retention <= 168)
            context.addHours(cost, tr("extended retention of %1 shard(s)").arg(shards), shards, kinesis,
                             QStringLiteral("extended-retention"), false);
        else if (retention > 168)
            cost.why << tr("retention beyond seven days is not priced yet");
    }
    // One PUT payload unit per 25 KB of each record.
    const bool stated = recordsPerSecond > 0;
    const double records = stated ? recordsPerSecond : usage::kKinesisRecordsPerSecond;
    const double unitsPerRecord = stated && kbPerSecond > 0 ? std::max(1.0, std::ceil(kbPerSecond / recordsPerSecond / 25)) : 1;
    context.add(cost, tr("PUT payload units, %1 records/s of up to %2 KB").arg(records).arg(unitsPerRecord * 25),
                records * unitsPerRecord * kSecondsPerMonth, tr("units"), kinesis, QStringLiteral("put-units"),
                PricingTerm::OnDemand, !stated, 1000000);
}

} // namespace pillar::cost
