#pragma once

#include <QByteArray>

// Synthetic CloudFormation templates of any size for benchmarks and
// differential tests: a VPC with an Internet gateway, then repeated cells of
// subnet, security group (ingress from the previous cell's group), instance,
// DB subnet group, database and bucket, using parameters, a condition and the
// usual intrinsics (!Ref, !GetAtt, !Sub, !Select, !GetAZs, !If). The same
// template is written either as YAML with short-form tags or as JSON with
// long forms, so both readers can be held to one result.
namespace pillar::test {

enum class TemplateSyntax { Yaml, Json };

// A template with exactly `resources` resources (at least 3); `seed` varies
// names and literal values so that many templates are not one text repeated.
QByteArray generatedTemplate(int resources, TemplateSyntax syntax, int seed = 0);

// The same frame (VPC, gateway, parameters), with cells of subnet, route
// table, default route, route table association, instance, Elastic IP,
// bucket and bucket policy: resources that mappers find by what refers to
// them, which the template above has none of. For the growth of the mapping.
QByteArray generatedNetworkTemplate(int resources, TemplateSyntax syntax, int seed = 0);

} // namespace pillar::test
