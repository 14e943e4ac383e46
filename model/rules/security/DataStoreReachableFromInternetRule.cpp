// data-store-reachable-from-internet: data store reachable from the internet.
#include "../RuleContext.h"

#include <deque>

namespace pillar {

namespace {

class DataStoreReachableFromInternetRule final : public Rule
{
public:
    DataStoreReachableFromInternetRule()
    {
        info.id = "data-store-reachable-from-internet";
        info.title = QT_TRANSLATE_NOOP("Rules", "Data store reachable from the internet");
        info.pillar = Pillar::Security;
        info.defaultSeverity = Severity::Error;
        info.context = ContextPolicy::None;
        info.kinds = {ElementKind::Internet, ElementKind::Route53Record, ElementKind::CloudFront, ElementKind::LoadBalancer, ElementKind::RdsInstance, ElementKind::ElastiCache};
        info.rationale = QT_TRANSLATE_NOOP("Rules", "The graph-level form of the two rules above: a drawn path from the internet "
                                                    "(users, CloudFront, an internet-facing load balancer) to RDS or ElastiCache "
                                                    "that never passes an application tier.");
        info.source = QT_TRANSLATE_NOOP("Rules", "Security pillar (SEC05); the blog post “Side Project | 6. AWS 인프라 구축기” and the AWS talk “천만 사용자를 위한 AWS 클라우드 아키텍처 진화하기”.");
        info.fix = QT_TRANSLATE_NOOP("Rules", "Route the traffic through the application tier; only it talks to the data store.");
    }

    // Multi-source breadth-first search from every internet entry point through
    // elements that only pass traffic on (DNS, CloudFront, load balancers, S3).
    // An application tier (EC2, Auto Scaling) ends a path; a data store reached
    // before one is reported with the element that leads to it.
    void check(const RuleContext &ctx, Reporter &r) const override
    {
        const DesignIndex &index = ctx.index();
        const int n = index.elementCount();
        std::vector<int> via(size_t(n), -2); // -2 unvisited, -1 entry point, else predecessor
        std::deque<int> queue;
        auto enqueueEntry = [&](int i) {
            if (via[size_t(i)] == -2) {
                via[size_t(i)] = -1;
                queue.push_back(i);
            }
        };
        for (int i : index.ofKind(ElementKind::Internet))
            enqueueEntry(i);
        for (int i : index.ofKind(ElementKind::CloudFront))
            enqueueEntry(i);
        for (int i : index.ofKind(ElementKind::LoadBalancer)) {
            if (ctx.known(i, "scheme") && ctx.equals(i, "scheme", "internet-facing"))
                enqueueEntry(i);
        }
        while (!queue.empty()) {
            const int i = queue.front();
            queue.pop_front();
            const ElementKind kind = ctx.index().kindOf(i);
            if (isCompute(kind) || isDataStore(kind))
                continue;
            for (int c : index.outgoing(i)) {
                const int to = index.connectionTo(c);
                if (to < 0 || via[size_t(to)] != -2)
                    continue;
                via[size_t(to)] = i;
                queue.push_back(to);
            }
        }
        for (ElementKind kind : {ElementKind::RdsInstance, ElementKind::ElastiCache}) {
            for (int i : index.ofKind(kind)) {
                const int from = via[size_t(i)];
                if (from < 0)
                    continue;
                r.report({ctx.element(i).id, ctx.element(from).id},
                         rulesTr("%1 %2 is reached from the internet through %3 without passing an application tier.")
                             .arg(kindDisplayName(kind), ctx.label(i), ctx.label(from)));
            }
        }
    }
};

} // namespace

PILLAR_RULE(DataStoreReachableFromInternetRule)

} // namespace pillar
