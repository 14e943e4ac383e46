#pragma once

#include "../CfnValue.h"

#include <QString>
#include <QStringList>

namespace pillar {

// One resource as a front-end hands it to the mapping layer: CloudFormation
// gives a template's resources; another format (a Terraform plan) would give
// its own in the same shape. Properties are a value tree whose references to
// other resources are ResourceRef nodes (text = the other resource's id),
// whose values known only once deployed are Unknown (text says why) and whose
// inputs without a value are External (text = the input's name).
struct ImportResource {
    QString id;          // logical id: also the id of the element it becomes
    QString type;        // e.g. AWS::EC2::Instance
    CfnValue properties; // resolved; a map, empty when the resource has none
    int line = 0;        // of the resource in its file, 1-based; 0 when unknown
    int column = 0;
};

// What a front-end knows beyond its resources.
struct MappingInputs {
    QString region;
    // Inputs that name an existing VPC (CloudFormation: parameters of type
    // AWS::EC2::VPC::Id), in order: stand-in subnets are placed in the first.
    QStringList vpcParameters;
};

} // namespace pillar
