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
    QString labels(const QVector<int> &elements) const;

    // Property values of an element of this design, read from the index's
    // tables rather than the element's map (the same answer, cache-friendly).
    const QVariant &value(const Element &e, const char *key) const;
    bool boolOf(const Element &e, const char *key) const { return value(e, key).toBool(); }
    int intOf(const Element &e, const char *key) const { return value(e, key).toInt(); }
    QString stringOf(const Element &e, const char *key) const { return value(e, key).toString(); }
    QStringList listOf(const Element &e, const char *key) const { return value(e, key).toStringList(); }

    // A property the rule may judge: set, or defaulted, but not marked
    // unknown by an importer. Rules never fire on a value nobody knows.
    static bool known(const Element &e, const char *key) { return !e.isUnknown(QLatin1String(key)); }

private:
    const DesignIndex &m_index;
};

// Collects one rule's findings with the rule's id, default severity and fix.
class Reporter
{
public:
    Reporter(const RuleInfo &info, QVector<Finding> &out) : m_info(info), m_out(out) {}

    const RuleInfo &rule() const { return m_info; }
    // fix defaults to the rule's fix text.
    void report(const QStringList &elements, const QString &message, const QString &fix = QString());

private:
    const RuleInfo &m_info;
    QVector<Finding> &m_out;
};

// Translation context of every rule text and message.
inline QString rulesTr(const char *text)
{
    return QCoreApplication::translate("Rules", text);
}

} // namespace pillar
