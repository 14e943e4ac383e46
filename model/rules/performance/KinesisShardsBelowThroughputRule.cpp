// kinesis-shards-below-throughput: fewer shards than the expected writes need.
#include "../QuickFixes.h"
#include "../RuleContext.h"

#include <QCoreApplication>

#include <algorithm>

namespace pillar {

namespace {

// What one shard takes in: 1 MiB/s or 1,000 records/s, whichever comes first.
constexpr qint64 kShardKbPerSecond = 1024;
constexpr qint64 kShardRecordsPerSecond = 1000;

qint64 ceilDiv(qint64 a, qint64 b)
{
    return (a + b - 1) / b;
}

// Shards the stream's expected writes need; 0 when nothing is expected or not known.
int shardsNeeded(const RuleContext &ctx, int i)
{
    qint64 need = 0;
    if (ctx.known(i, "expectedKbPerSecond"))
        need = std::max(need, ceilDiv(ctx.intOf(i, "expectedKbPerSecond"), kShardKbPerSecond));
    if (ctx.known(i, "expectedRecordsPerSecond"))
        need = std::max(need, ceilDiv(ctx.intOf(i, "expectedRecordsPerSecond"), kShardRecordsPerSecond));
    return int(need);
}

class KinesisShardsBelowThroughputRule final : public Rule
{
public:
    KinesisShardsBelowThroughputRule()
    {
        info.id = "kinesis-shards-below-throughput";
        info.title = QT_TRANSLATE_NOOP("Rules", "Kinesis stream has fewer shards than its producers need");
        info.pillar = Pillar::PerformanceEfficiency;
        info.defaultSeverity = Severity::Warning;
        info.context = ContextPolicy::None;
        info.kinds = {ElementKind::KinesisStream};
        info.rationale = QT_TRANSLATE_NOOP("Rules", "A provisioned stream's throughput is set by its shards: each takes 1 MB/s or "
                                                    "1,000 records a second of writes, and writes above that are refused "
                                                    "(ProvisionedThroughputExceeded). Buzzvil collects its logs through Kinesis and "
                                                    "manages shard counts for this reason.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Reliability pillar, REL01-BP03 Accommodate fixed service quotas and constraints "
                                                 "through architecture; Amazon Kinesis Data Streams Developer Guide, “Quotas and "
                                                 "limits”; Buzzvil Tech Blog, “버즈빌 AWS 활용기”.");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Add shards to cover the expected writes, or switch the stream to on-demand mode.");
        info.notes = QT_TRANSLATE_NOOP("Rules", "The expected writes are the stream's expectedKbPerSecond and "
                                                "expectedRecordsPerSecond properties: the sum of what its drawn producers send. "
                                                "Streams with neither set, and on-demand streams, are not judged.");
    }

    void check(const RuleContext &ctx, Reporter &r) const override
    {
        const DesignIndex &index = ctx.index();
        for (int i : index.ofKind(ElementKind::KinesisStream)) {
            if (!ctx.known(i, "capacityMode") || !ctx.equals(i, "capacityMode", "provisioned") || !ctx.known(i, "shards"))
                continue;
            const int need = shardsNeeded(ctx, i);
            const int shards = ctx.intOf(i, "shards");
            if (need <= shards)
                continue;
            QStringList ids{ctx.element(i).id};
            QVector<int> producers;
            for (int c : index.incoming(i)) {
                const int from = index.connectionFrom(c);
                if (from >= 0 && !producers.contains(from)) {
                    producers << from;
                    ids << ctx.element(from).id;
                }
            }
            const QString who = producers.isEmpty() ? QString() : rulesTr(" from %1").arg(ctx.labels(producers));
            r.report(ids, rulesTr("Kinesis data stream %1 has %2 shard(s) but expects %3 KB/s and %4 records/s of writes%5, "
                                  "which need %6 shards (1 MB/s or 1,000 records/s each).")
                              .arg(ctx.label(i)).arg(shards)
                              .arg(ctx.intOf(i, "expectedKbPerSecond")).arg(ctx.intOf(i, "expectedRecordsPerSecond"))
                              .arg(who).arg(need));
        }
    }

    QVector<QuickFix> quickFixes(const Design &design, const Finding &finding) const override
    {
        const Element *e = fixableElement(design, finding, ElementKind::KinesisStream);
        if (!e)
            return {};
        const qint64 kb = e->intValue(QStringLiteral("expectedKbPerSecond"));
        const qint64 records = e->intValue(QStringLiteral("expectedRecordsPerSecond"));
        const int need = int(std::max(ceilDiv(kb, kShardKbPerSecond), ceilDiv(records, kShardRecordsPerSecond)));
        return {propertyFix(*e, QCoreApplication::translate("QuickFix", "Raise the stream to %1 shards").arg(need),
                            {{QStringLiteral("shards"), need}}),
                propertyFix(*e, QCoreApplication::translate("QuickFix", "Switch the stream to on-demand capacity"),
                            {{QStringLiteral("capacityMode"), QStringLiteral("on-demand")}})};
    }
};

} // namespace

PILLAR_RULE(KinesisShardsBelowThroughputRule)

} // namespace pillar
