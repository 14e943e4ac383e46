#include "CfnTemplate.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <exception>

namespace pillar {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CfnImport", text);
}

// Short-form tags CloudFormation defines, with their long-form names.
QString functionForTag(const std::string &tag)
{
    static const char *const known[] = {"Base64", "Cidr", "FindInMap", "GetAtt", "GetAZs", "ImportValue", "Join",
                                        "Select", "Split", "Sub", "Transform", "If", "Equals", "Not", "And", "Or",
                                        "Length", "ToJsonString"};
    if (tag == "!Ref")
        return QStringLiteral("Ref");
    if (tag == "!Condition")
        return QStringLiteral("Condition");
    for (const char *name : known) {
        if (tag == std::string("!") + name)
            return QStringLiteral("Fn::") + QLatin1String(name);
    }
    // Kept as written: the resolver reports it as an unknown tag.
    return QString::fromStdString(tag);
}

bool isLongFormKey(const QString &key)
{
    return key == QLatin1String("Ref") || key.startsWith(QLatin1String("Fn::"));
}

struct Refused : std::exception {
    YAML::Mark mark;
    QString message;
};

class Converter
{
public:
    CfnValue convert(const YAML::Node &node, int depth)
    {
        if (++m_nodes > kMaxTemplateNodes)
            fail(node, tr("the template expands to more than %1 values (alias bomb?)").arg(kMaxTemplateNodes));
        if (depth > kMaxTemplateDepth)
            fail(node, tr("the template nests deeper than %1 levels").arg(kMaxTemplateDepth));
        CfnValue value;
        const YAML::Mark mark = node.Mark();
        switch (node.Type()) {
        case YAML::NodeType::Undefined:
        case YAML::NodeType::Null:
            value.type = CfnValue::Null;
            break;
        case YAML::NodeType::Scalar:
            value = CfnValue::scalar(QString::fromStdString(node.Scalar()));
            break;
        case YAML::NodeType::Sequence:
            value.type = CfnValue::List;
            for (const YAML::Node &item : node)
                value.items.append(convert(item, depth + 1));
            break;
        case YAML::NodeType::Map: {
            value.type = CfnValue::Map;
            // CloudFormation refuses a key given twice (two resources with one
            // logical id); so does Pillar rather than pick one silently.
            QHash<QString, int> lineOfKey;
            for (const auto &entry : node) {
                const QString key = entry.first.IsScalar() ? QString::fromStdString(entry.first.Scalar()) : QString();
                const int line = entry.first.Mark().line + 1;
                const auto seen = lineOfKey.constFind(key);
                if (seen != lineOfKey.constEnd())
                    fail(entry.first, tr("duplicate key '%1' (first given on line %2)").arg(key).arg(seen.value()));
                lineOfKey.insert(key, line);
                value.map.append({key, convert(entry.second, depth + 1)});
            }
            // Long form {"Fn::Join": [...]} is the same function as !Join.
            if (value.map.size() == 1 && isLongFormKey(value.map.first().first)) {
                CfnValue fn;
                fn.type = CfnValue::Function;
                fn.text = value.map.first().first;
                fn.items.append(value.map.first().second);
                value = fn;
            }
            break;
        }
        }
        const std::string &tag = node.Tag();
        if (!tag.empty() && tag != "?" && tag != "!" && tag.rfind("tag:yaml.org,2002:", 0) != 0) {
            CfnValue fn;
            fn.type = CfnValue::Function;
            fn.text = functionForTag(tag);
            fn.items.append(value);
            value = fn;
        }
        value.line = mark.line >= 0 ? mark.line + 1 : 0;
        value.column = mark.column >= 0 ? mark.column + 1 : 0;
        return value;
    }

private:
    [[noreturn]] void fail(const YAML::Node &node, const QString &message)
    {
        Refused e;
        e.mark = node.Mark();
        e.message = message;
        throw e;
    }

    int m_nodes = 0;
};

} // namespace

bool parseCfnTemplate(const QByteArray &bytes, CfnValue *root, CfnParseError *error)
{
    if (bytes.size() > kMaxTemplateBytes) {
        *error = {0, 0, tr("the template is larger than %1 MB").arg(kMaxTemplateBytes / (1024 * 1024))};
        return false;
    }
    QByteArray text = bytes;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    // JSON allows tabs between tokens, YAML does not; inside JSON strings a raw
    // tab is invalid anyway, so replacing them keeps every line:column.
    if (text.trimmed().startsWith('{'))
        text.replace('\t', ' ');
    try {
        const YAML::Node node = YAML::Load(text.toStdString());
        Converter converter;
        *root = converter.convert(node, 0);
    } catch (const YAML::Exception &e) {
        *error = {e.mark.line >= 0 ? e.mark.line + 1 : 0, e.mark.column >= 0 ? e.mark.column + 1 : 0,
                  QString::fromStdString(e.msg)};
        return false;
    } catch (const Refused &e) {
        *error = {e.mark.line >= 0 ? e.mark.line + 1 : 0, e.mark.column >= 0 ? e.mark.column + 1 : 0, e.message};
        return false;
    } catch (const std::exception &e) {
        *error = {0, 0, QString::fromLocal8Bit(e.what())};
        return false;
    }
    if (root->type != CfnValue::Map) {
        *error = {root->line, root->column, tr("a template must be a mapping with a Resources section")};
        return false;
    }
    return true;
}

bool looksLikeCloudFormation(const QByteArray &bytes)
{
    // Only the head is inspected: a template states its version or its first
    // resource types early, and a large design file is not scanned in full.
    const QString head = QString::fromUtf8(bytes.left(64 * 1024));
    if (head.contains(QLatin1String("\"pillar-design\"")))
        return false;
    if (head.contains(QLatin1String("AWSTemplateFormatVersion")))
        return true;
    static const QRegularExpression resourceType(
        QStringLiteral("[\"']?Type[\"']?\\s*:\\s*[\"']?(AWS|Custom|Alexa)::[A-Za-z0-9]+"));
    return head.contains(QLatin1String("Resources")) && resourceType.match(head).hasMatch();
}

} // namespace pillar
