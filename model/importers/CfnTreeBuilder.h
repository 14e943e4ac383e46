#pragma once

#include "CfnTemplate.h"
#include "CfnValue.h"

#include <QHash>
#include <QString>
#include <QVector>

#include <string>
#include <vector>

namespace pillar {

// Builds one CfnValue tree from the events of a streaming reader (JSON or
// YAML), so that both readers give the same tree and the same refusals:
// long-form functions ({"Fn::Join": ...}, {"Ref": ...}) and short-form tags
// (!Join, !Ref, ...) become Function nodes, unknown tags are kept as Function
// nodes named after the tag, a key given twice is refused naming both lines,
// and the node and depth limits hold (aliases count what they expand to).
//
// Every event method returns false once the template is refused; error()
// then says why and where. Places are 1-based line and byte column.
class CfnTreeBuilder
{
public:
    struct Place {
        int line = 0;
        int column = 0;
    };

    // A value starts; tag is the YAML tag as written ("" for none) and
    // anchor names the node for later aliases ("" for none).
    bool beginMap(Place at, const QString &tag = {}, const QString &anchor = {});
    bool beginList(Place at, const QString &tag = {}, const QString &anchor = {});
    bool end(); // of the innermost map or list
    bool scalar(Place at, const QString &text, const QString &tag = {}, const QString &anchor = {});
    bool null(Place at, const QString &anchor = {});
    // A copy of the value an earlier anchor named.
    bool alias(Place at, const QString &anchor);

    // Keys: true when the innermost open value is a map waiting for a key.
    bool expectsKey() const;
    bool key(Place at, const QString &text, const QString &anchor = {});
    // A key that is an alias (YAML): its text is the anchored scalar's.
    bool aliasKey(Place at, const QString &anchor);

    // UTF-8 text as a QString. Templates repeat their keys and many values
    // ("Type", "Properties", "Ref", "tcp", resource types); short ones are
    // kept in a small cache and shared, which saves an allocation (and its
    // free) for most of the strings of a template.
    QString text(const char *utf8, qsizetype length);

    bool fail(Place at, const QString &message);
    const CfnParseError &error() const { return m_error; }
    bool done() const { return m_haveRoot && m_stack.empty(); }
    CfnValue takeRoot() { return std::move(m_root); }

private:
    struct Open {
        CfnValue::Type type = CfnValue::Map; // Map or List
        Place at;
        QString tag;
        QString anchor;
        int depth = 0;
        int firstNode = 0; // m_nodes when it began, for the size of an anchored value
        int deepest = 0;   // the deepest depth below it so far
        size_t firstEntry = 0; // its finished entries are m_entries[firstEntry...]
        // Maps: the pending key, and an index of the keys once the map is large.
        bool haveKey = false;
        QString key;
        Place keyAt;
        QHash<QString, int> keyIndex; // key -> entry
    };
    // A finished value waiting in its open parent (key and its line for maps).
    // The values of all open maps and lists share one stack, and each list
    // is made once, at its end, at its size: one allocation per map or list.
    struct Entry {
        QString key;
        int keyLine = 0;
        CfnValue value;
    };
    struct Anchored {
        CfnValue value;
        int nodes = 0;
        int height = 0;
    };

    bool enter(Place at, int extraNodes = 1, int height = 0);
    bool begin(CfnValue::Type type, Place at, const QString &tag, const QString &anchor);
    // Files a finished value into its parent (or as the root).
    bool finish(CfnValue value, Place at, const QString &tag, const QString &anchor, int nodes, int height);
    bool addKey(Place at, const QString &text);
    int depth() const { return int(m_stack.size()); }

    struct CachedText {
        std::string utf8;
        QString text;
    };
    static constexpr qsizetype kCachedTextLength = 48;
    static constexpr size_t kTextCacheSlots = 1024; // direct-mapped: bounded, no rehashing

    std::vector<Open> m_stack;
    std::vector<Entry> m_entries;
    std::vector<CachedText> m_textCache = std::vector<CachedText>(kTextCacheSlots);
    QHash<QString, Anchored> m_anchors;
    CfnValue m_root;
    bool m_haveRoot = false;
    int m_nodes = 0;
    CfnParseError m_error;
};

} // namespace pillar
