// Lambda functions (requests and GB-seconds) and API Gateway APIs (requests,
// or WebSocket messages and connection minutes), at the usage named in
// Estimators.h.
#include "Estimators.h"

#include <QCoreApplication>

namespace pillar::cost {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CostModel", text);
}

} // namespace

void lambdaFunction(const CostContext &context, int i, ElementCost &cost)
{
    const Element &e = context.element(i);
    const QString lambda = QStringLiteral("lambda");
    // The table prices requests by the million.
    context.add(cost, tr("requests"), usage::kLambdaInvocations, tr("requests"), lambda, QStringLiteral("requests"),
                PricingTerm::OnDemand, true, 1000000);
    if (e.isUnknown(QStringLiteral("memoryMb"))) {
        cost.why << tr("its memory size is not known");
        return;
    }
    // Compute is billed in GB-seconds: the memory configured times the time
    // each invocation runs. Functions run on x86 unless the design says
    // otherwise (it has no architecture yet).
    const double gb = e.intValue(QStringLiteral("memoryMb")) / 1024.0;
    context.add(cost, tr("compute, %1 MB for %2 s an invocation on x86")
                          .arg(e.intValue(QStringLiteral("memoryMb")))
                          .arg(usage::kLambdaDurationSeconds),
                usage::kLambdaInvocations * usage::kLambdaDurationSeconds * gb, tr("GB-s"), lambda,
                QStringLiteral("gb-second-x86"), PricingTerm::OnDemand, true);
}

void apiGateway(const CostContext &context, int i, ElementCost &cost)
{
    const Element &e = context.element(i);
    if (e.isUnknown(QStringLiteral("apiType"))) {
        cost.why << tr("its API type is not known");
        return;
    }
    const QString type = e.stringValue(QStringLiteral("apiType"));
    const QString api = QStringLiteral("apigateway");
    // The table prices requests, messages and minutes by the million.
    if (type == QLatin1String("websocket")) {
        context.add(cost, tr("WebSocket messages"), usage::kWebSocketMessages, tr("messages"), api,
                    QStringLiteral("websocket-messages"), PricingTerm::OnDemand, true, 1000000);
        context.add(cost, tr("WebSocket connection minutes"), usage::kWebSocketMinutes, tr("min"), api,
                    QStringLiteral("websocket-minutes"), PricingTerm::OnDemand, true, 1000000);
        return;
    }
    context.add(cost, type == QLatin1String("http") ? tr("HTTP API requests") : tr("REST API requests"), usage::kApiRequests,
                tr("requests"), api, type, PricingTerm::OnDemand, true, 1000000);
}

} // namespace pillar::cost
