#include "CfnTemplate.h"

#include "CfnReaders.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cstring>

namespace pillar {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CfnImport", text);
}

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
    qsizetype first = 0;
    while (first < text.size() && std::strchr(" \t\n\v\f\r", text[first]) && text[first] != '\0')
        ++first;
    CfnReadResult result = CfnReadResult::NotJson;
    if (first < text.size() && text[first] == '{') {
        // A raw tab in a JSON string is invalid, and YAML (which reads what
        // strict JSON does not) allows no tabs between tokens; a space in
        // their place keeps every line:column.
        if (text.contains('\t'))
            text.replace('\t', ' ');
        result = readJsonTemplate(text, root, error);
    }
    if (result == CfnReadResult::NotJson)
        result = readYamlTemplate(text, root, error);
    if (result != CfnReadResult::Read)
        return false;
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
