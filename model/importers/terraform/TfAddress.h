#pragma once

#include "../CfnValue.h"

#include <QPair>
#include <QString>
#include <QVector>

// Terraform resource addresses, and the flattened attributes of version 3
// states.
namespace pillar {

// "[0]" or "[\"a\"]", as Terraform writes an instance key (a scalar; a
// string key is quoted) in an address; "" for no key.
QString tfIndexSuffix(const CfnValue &index);
// Splits "module.a[0].module.b.aws_x.y[1]" into its module part
// ("module.a[0].module.b", "" for the root) and the resource part,
// honouring quoted keys, which may hold dots.
void tfSplitAddress(const QString &address, QString *module, QString *resource);
// "module.db[0].module.x" -> "module.db.module.x": the module path the
// configuration uses.
QString tfConfigModule(const QString &moduleAddress);
// Terraform 0.11 states flatten attributes ("ingress.#" = "2",
// "ingress.123.from_port" = "22", "tags.%" = "1", "tags.Name" = "web"):
// the nested lists and maps rebuilt; keys under a map ("%") are taken whole.
CfnValue tfUnflatten(const QVector<QPair<QString, const CfnValue *>> &flat);

} // namespace pillar
