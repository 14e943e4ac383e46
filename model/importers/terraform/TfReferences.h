#pragma once

#include "TfDocument.h"

#include <QHash>
#include <QStringList>

namespace pillar {

// Finds the resources an attribute refers to, two ways: by value (a state or
// a known plan value "vpc-0abc" is the id, ARN or name of another resource)
// and, for values known only after apply, by the configuration's expression
// references ("aws_vpc.main.id", module-relative; through var.* into the
// calling module and through module.*.outputs into the called one).
class TfReferences
{
public:
    // ids[i]: the element id of document.resources()[i].
    TfReferences(const TfDocument &document, const QStringList &ids);

    // The element id of the resource of one of types whose id, ARN or name is
    // value; "" when none.
    QString byValue(const QString &value, const QStringList &types) const;
    // Element ids of the resources of one of types an expression ({"references":
    // [...]}) of resource from names, in order, each once. A reference to
    // every instance of a counted resource gives the instance with from's own
    // key when there is one, else all of them.
    QStringList byExpression(const TfResource &from, const CfnValue *expression, const QStringList &types) const;

    // Locals are not in Terraform's JSON: an expression that only names
    // locals (local.vpc_id) cannot be followed. When its module holds
    // exactly one resource of types, that is the one; "" otherwise.
    QString throughLocals(const TfResource &from, const CfnValue *expression, const QStringList &types) const;

private:
    void resolve(const QString &module, const QString &configModule, const QString &reference, const TfResource &from,
                 int depth, QVector<int> *out) const;

    const TfDocument &m_document;
    const QStringList &m_ids;
    QHash<QString, QVector<int>> m_byValue; // id / arn / name -> resources
    QHash<QString, QVector<int>> m_byName;  // module + ' ' + type.name -> instances
    QStringList m_modules;                  // module instance addresses
    QHash<QString, QVector<int>> m_byModule; // module instance -> its resources
};

} // namespace pillar
