#pragma once

#include "../MappingContext.h"

namespace pillar {

// Reads instance settings (type, instance profile, security groups, public
// IP, monitoring) from launch data into e: an instance's own properties, a
// launch template's LaunchTemplateData, or a launch configuration's
// properties (launchConfiguration: its monitoring key and default differ).
// source names where they come from in the report.
void applyLaunchSettings(MappingContext &context, Element &e, const CfnValue &data, bool launchConfiguration, const QString &source);

} // namespace pillar
