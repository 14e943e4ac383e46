// S3 buckets (storage and requests) and CloudFront distributions (data to
// viewers and requests), at the usage named in Estimators.h; Route 53.
#include "Estimators.h"

#include <QCoreApplication>

namespace pillar::cost {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CostModel", text);
}

} // namespace

void s3Bucket(const CostContext &context, int, ElementCost &cost)
{
    const QString s3 = QStringLiteral("s3");
    context.add(cost, tr("S3 Standard storage"), usage::kS3StoredGb, tr("GB-month"), s3, QStringLiteral("standard"),
                PricingTerm::OnDemand, true);
    // The table prices requests by the thousand.
    context.add(cost, tr("GET requests"), usage::kS3GetRequests, tr("requests"), s3, QStringLiteral("get"),
                PricingTerm::OnDemand, true, 1000);
    context.add(cost, tr("PUT requests"), usage::kS3PutRequests, tr("requests"), s3, QStringLiteral("put"),
                PricingTerm::OnDemand, true, 1000);
}

void cloudFront(const CostContext &context, int, ElementCost &cost)
{
    const QString cf = QStringLiteral("cloudfront");
    context.add(cost, tr("data to viewers"), usage::kCloudFrontOutGb, QStringLiteral("GB"), cf, QStringLiteral("data-out"),
                PricingTerm::OnDemand, true);
    // The table prices requests by the ten thousand.
    context.add(cost, tr("HTTPS requests"), usage::kCloudFrontHttpsRequests, tr("requests"), cf,
                QStringLiteral("https-requests"), PricingTerm::OnDemand, true, 10000);
}

void route53Record(const CostContext &, int, ElementCost &cost)
{
    // Records are billed through their hosted zone and the queries they
    // answer, neither of which the design describes.
    cost.why << tr("Route 53 bills the hosted zone and its queries, which Pillar does not price yet");
}

} // namespace pillar::cost
