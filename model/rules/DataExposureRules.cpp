// Data stores that the internet can reach: by flag, by subnet, or by a drawn path.
#include "RuleContext.h"
#include "RuleFamilies.h"

#include <deque>

namespace pillar {

namespace {

void checkRdsPublic(const RuleContext &ctx, Reporter &r)
{
    for (int i : ctx.index().ofKind(ElementKind::RdsInstance)) {
        const Element &e = ctx.element(i);
        if (ctx.known(e, "publiclyAccessible") && ctx.boolOf(e, "publiclyAccessible"))
            r.report({e.id}, rulesTr("RDS instance %1 is publicly accessible: it gets a public address reachable from the internet.")
                                 .arg(RuleContext::label(e)));
    }
}

void checkDataStoreInPublicSubnet(const RuleContext &ctx, Reporter &r)
{
    for (ElementKind kind : {ElementKind::RdsInstance, ElementKind::ElastiCache}) {
        for (int i : ctx.index().ofKind(kind)) {
            const int subnet = ctx.index().subnetOf(i);
            if (subnet < 0 || !ctx.index().inPublicSubnet(i) || !ctx.known(ctx.element(subnet), "public"))
                continue;
            const Element &e = ctx.element(i);
            r.report({e.id, ctx.element(subnet).id},
                     rulesTr("%1 %2 sits in the public subnet %3.")
                         .arg(kindDisplayName(e.kind), RuleContext::label(e), ctx.label(subnet)));
        }
    }
}

// Multi-source breadth-first search from every internet entry point through
// elements that only pass traffic on (DNS, CloudFront, load balancers, S3).
// An application tier (EC2, Auto Scaling) ends a path; a data store reached
// before one is reported with the element that leads to it.
void checkDataStoreReachable(const RuleContext &ctx, Reporter &r)
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
        if (ctx.equals(ctx.element(i), "scheme", "internet-facing"))
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

} // namespace

void addDataExposureRules(std::vector<Rule> &rules)
{
    rules.push_back({{"rds-publicly-accessible", QT_TRANSLATE_NOOP("Rules", "Publicly accessible RDS instance"),
                      Pillar::Security, Severity::Error, ContextPolicy::None, {ElementKind::RdsInstance},
                      QT_TRANSLATE_NOOP("Rules", "There is no reason to reach a database from outside the VPC; a public "
                                                 "endpoint leaves only the password between the data and the internet."),
                      QT_TRANSLATE_NOOP("Rules", "Security pillar (SEC05, protect networks); seed M deleted and re-created "
                                                 "its RDS in a private subnet."),
                      QT_TRANSLATE_NOOP("Rules", "Turn \"publicly accessible\" off and reach the database from the application tier."),
                      ""},
                     checkRdsPublic});
    rules.push_back({{"data-store-in-public-subnet", QT_TRANSLATE_NOOP("Rules", "Data store in a public subnet"),
                      Pillar::Security, Severity::Error, ContextPolicy::None,
                      {ElementKind::RdsInstance, ElementKind::ElastiCache, ElementKind::Subnet},
                      QT_TRANSLATE_NOOP("Rules", "A public subnet routes to the internet gateway; a database or cache placed "
                                                 "there is one setting away from being exposed."),
                      QT_TRANSLATE_NOOP("Rules", "Security pillar (SEC05); seeds M and S."),
                      QT_TRANSLATE_NOOP("Rules", "Move the data store to a private subnet."),
                      ""},
                     checkDataStoreInPublicSubnet});
    rules.push_back({{"data-store-reachable-from-internet", QT_TRANSLATE_NOOP("Rules", "Data store reachable from the internet"),
                      Pillar::Security, Severity::Error, ContextPolicy::None,
                      {ElementKind::Internet, ElementKind::Route53Record, ElementKind::CloudFront, ElementKind::LoadBalancer,
                       ElementKind::RdsInstance, ElementKind::ElastiCache},
                      QT_TRANSLATE_NOOP("Rules", "The graph-level form of the two rules above: a drawn path from the internet "
                                                 "(users, CloudFront, an internet-facing load balancer) to RDS or ElastiCache "
                                                 "that never passes an application tier."),
                      QT_TRANSLATE_NOOP("Rules", "Security pillar (SEC05); seeds M and S."),
                      QT_TRANSLATE_NOOP("Rules", "Route the traffic through the application tier; only it talks to the data store."),
                      ""},
                     checkDataStoreReachable});
}

} // namespace pillar
