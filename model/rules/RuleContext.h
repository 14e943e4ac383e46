#pragma once

#include "DesignIndex.h"
#include "Rule.h"

#include <QCoreApplication>

namespace pillar {

// What a rule's check() gets: the design, its indexes, and small helpers that
// every rule needs (naming elements, reading properties that imports may have
// left unknown).
class RuleContext
{
public:
    explicit RuleContext(const DesignIndex &index) : m_index(index) {}

    const DesignIndex &index() const { return m_index; }
    const Design &design() const { return m_index.design(); }
    const Element &element(int i) const { return m_index.element(i); }
    bool isDev() const { return design().info.environment == QLatin1String("dev"); }

    // "'Orders DB' (db-main)", or "'db-main'" when the element has no name.
    static QString label(const Element &e);
    QString label(int i) const { return label(element(i)); }
    // Labels of several elements, joined with ", ".
    QString labels(IndexRange elements) const;
    QString labels(const QVector<int> &elements) const
    {
        return labels(IndexRange(elements.constData(), elements.constData() + elements.size()));
    }

    // Property values of an element of this design, read from the index's
    // tables rather than the element's map (the same answer, cache-friendly).
    const QVariant &value(const Element &e, const char *key) const;
    bool boolOf(const Element &e, const char *key) const;
    int intOf(const Element &e, const char *key) const;
    // stringOf(e, key).trimmed().isEmpty(), and stringOf(e, key) == text,
    // answered from the index's table for String/Ref and Enum properties.
    bool blank(const Element &e, const char *key) const;
    bool equals(const Element &e, const char *key, const char *text) const;
    QString stringOf(const Element &e, const char *key) const { return value(e, key).toString(); }
    QStringList listOf(const Element &e, const char *key) const { return value(e, key).toStringList(); }

    // A property the rule may judge: set, or defaulted, but not marked
    // unknown by an importer. Rules never fire on a value nobody knows.
    bool known(const Element &e, const char *key) const
    {
        return !m_index.hasUnknowns(indexOf(e)) || !e.isUnknown(QLatin1String(key));
    }

private:
    // e is an element of this design: its index is its place in the vector.
    int indexOf(const Element &e) const { return int(&e - design().elements().data()); }
    // Element e's index, the position of key in propertySpecs (-1 when the
    // kind lacks it, which asserts: a rule asked for the wrong property)
    // and that spec.
    struct Property {
        int element;
        int spec;
        const PropertySpec *info;
    };
    Property property(const Element &e, const char *key) const;

    const DesignIndex &m_index;
};

// Collects one rule's findings with the rule's id, default severity and fix.
class Reporter
{
public:
    // The rule's id and fix text are made once here, not once per finding.
    Reporter(const RuleInfo &info, QVector<Finding> &out)
        : m_info(info), m_out(out), m_id(info.idString()), m_fix(info.fixText())
    {
    }

    const RuleInfo &rule() const { return m_info; }
    // fix defaults to the rule's fix text.
    void report(const QStringList &elements, const QString &message, const QString &fix = QString());

private:
    const RuleInfo &m_info;
    QVector<Finding> &m_out;
    const QString m_id;
    const QString m_fix;
};

// Translation context of every rule text and message.
inline QString rulesTr(const char *text)
{
    return QCoreApplication::translate("Rules", text);
}

} // namespace pillar
