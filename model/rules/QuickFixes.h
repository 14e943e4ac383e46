#pragma once

#include "Finding.h"

#include "../Design.h"

#include <QString>
#include <QVector>

#include <functional>

class QUndoCommand;

namespace pillar {

class DesignModel;

// A mechanical repair for one finding: what the user is offered ("Turn
// Multi-AZ on") and how to build the one undoable command that does it.
struct QuickFix {
    QString label;  // translated; also the undo text
    // Builds the command against the model's current design. The caller pushes
    // it (Document::push) and owns it until then.
    std::function<QUndoCommand *(DesignModel *)> createCommand;
};

// The quick fixes for a finding on this design, best first; empty when the
// fix is not mechanical (it needs a human decision) or the finding no longer
// matches the design. Applying any of them makes the finding go away.
//
// Covered rules: rds-single-az, rds-publicly-accessible, rds-storage-unencrypted,
// rds-no-backups, data-store-in-public-subnet (only onto a private subnet of the
// same Availability Zone), sg-admin-port-open-to-world, sg-all-traffic-open,
// sg-world-ingress-on-private-tier (remove the world-open rule and/or allow
// only the groups of what reaches the members), lb-http-without-https,
// redis-without-failover, cloudfront-allows-http, s3-public-bucket,
// ec2-without-iam-role (and an Auto Scaling group without one),
// detailed-monitoring-off-in-asg, and unused-suppression (remove the
// suppression the finding is about).
QVector<QuickFix> quickFixes(const Design &design, const Finding &finding);

} // namespace pillar
