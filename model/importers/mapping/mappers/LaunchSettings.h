#pragma once

#include "../MappingContext.h"

namespace pillar {

// Reads instance settings (type, instance profile, security groups, public
// IP, metadata options, monitoring) from launch data into e: an instance's own properties, a
// launch template's LaunchTemplateData, or a launch configuration's
// properties (launchConfiguration: its monitoring key and default differ).
// source names where they come from in the report.
void applyLaunchSettings(MappingContext &context, Element &e, const CfnValue &data, bool launchConfiguration, const QString &source);

// Reads MetadataOptions.HttpTokens from launch data into e's "httpTokens":
// left out, it is EC2's default, optional, unless e already has a value (from
// its launch template).
void applyMetadataOptions(MappingContext &context, Element &e, const CfnValue &data, const QString &source);

} // namespace pillar
