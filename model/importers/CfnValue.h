#pragma once

#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

namespace pillar {

// One node of a CloudFormation template, read from JSON or YAML, before or
// after resolution. Intrinsic functions (long form {"Fn::X": arg} and YAML
// short-form tags !X) are both stored as Function nodes, so the resolver sees
// one shape. A tag nobody knows is kept as a Function whose name starts with
// '!' and resolves to Unknown.
struct CfnValue {
    enum Type {
        Null,
        Scalar,      // text of a string, number or boolean, as written
        List,
        Map,         // keys in file order
        Function,    // name + one argument (items[0])
        ResourceRef, // resolved Ref / GetAtt of a resource: text = logical id, attribute
        External,    // a parameter with no known value: text = parameter name (+ ".i" for Select)
        Unknown,     // could not be determined; text says why
        NoValue,     // AWS::NoValue: the key or item is removed
    };

    Type type = Null;
    QString text;                           // Scalar, Function name, ResourceRef/External/Unknown
    QString attribute;                      // ResourceRef: GetAtt attribute, empty for Ref;
                                            // Unknown: "built" when literal text surrounds the
                                            // unknown part (so it is not, e.g., the wildcard "*")
    QVector<CfnValue> items;                // List items, Function argument
    QVector<QPair<QString, CfnValue>> map;  // Map entries
    int line = 0;                           // 1-based place in the template; 0 when unknown
    int column = 0;

    static CfnValue scalar(const QString &text);
    static CfnValue unknown(const QString &why);
    static CfnValue resourceRef(const QString &id, const QString &attribute = QString());
    static CfnValue external(const QString &name);

    bool isNull() const { return type == Null; }
    bool isScalar() const { return type == Scalar; }
    bool isList() const { return type == List; }
    bool isMap() const { return type == Map; }
    // True when the node or anything below it could not be resolved.
    bool containsUnresolved() const;

    // Map lookup; nullptr when absent or this is not a map.
    const CfnValue *get(const QString &key) const;
    CfnValue *get(const QString &key);
    // Scalar parsed as a CloudFormation boolean ("true"/"false", any case) or
    // integer; *ok is false when the value is not one.
    bool toBool(bool *ok) const;
    int toInt(bool *ok) const;
    // The place as "line:column", empty when unknown.
    QString place() const;
};

} // namespace pillar

// Its members are all relocatable: lists of values grow by moving memory, not
// by moving each value (and its children's lists) one by one.
Q_DECLARE_TYPEINFO(pillar::CfnValue, Q_RELOCATABLE_TYPE);
