#pragma once

#include "../cost/CostEstimate.h"

#include <optional>

#include "DesignIndex.h"
#include "Rule.h"

#include <QCoreApplication>

namespace pillar {

// What a rule's check() gets: the design's index, and small helpers that
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
    QString labels(IndexList elements) const;
    QString labels(const QVector<int> &elements) const
    {
        return labels(IndexList(elements.constData(), elements.constData() + elements.size()));
    }

    // Property values of element i: its stored value, or its spec's default.
    // key must be a property of the element's kind.
    const QVariant &value(int i, const char *key) const { return m_index.value(i, QLatin1StringView(key)); }
    bool boolOf(int i, const char *key) const { return value(i, key).toBool(); }
    int intOf(int i, const char *key) const { return value(i, key).toInt(); }
    QString stringOf(int i, const char *key) const { return value(i, key).toString(); }
    QStringList listOf(int i, const char *key) const { return value(i, key).toStringList(); }
    // stringOf(i, key).trimmed().isEmpty(), and stringOf(i, key) == text.
    bool blank(int i, const char *key) const { return stringOf(i, key).trimmed().isEmpty(); }
    bool equals(int i, const char *key, const char *text) const { return stringOf(i, key) == QLatin1StringView(text); }

    // A property the rule may judge: set, or defaulted, but not marked
    // unknown by an importer. Rules never fire on a value nobody knows.
    bool known(int i, const char *key) const { return !element(i).unknown.contains(QLatin1StringView(key)); }
    // The items of a comma-separated text property, trimmed, empty ones left out.
    QStringList itemsOf(int i, const char *key) const;
    // Whether element i's kind has property key at all.
    bool hasProperty(int i, const char *key) const;
    // The tier a compute element belongs to: its "workload", or the kind's
    // name for kinds without one (a Lambda function, an EKS cluster).
    QString tierOf(int i) const;

    // What the design costs a month at its region's on-demand prices,
    // computed on first use; nullptr when Pillar has no prices for the region.
    // For rules that quote a cost.
    const CostEstimate *cost() const;

private:
    const DesignIndex &m_index;
    mutable std::optional<std::optional<CostEstimate>> m_cost;
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
