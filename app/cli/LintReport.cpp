#include "LintReport.h"

#include "rules/RuleRegistry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace pillar::cli {

int LintedFile::lineOf(const Finding &finding) const
{
    const int line = idLines.value(finding.primaryElement(), 0);
    if (line > 0)
        return line;
    return lintLine;
}

QString LintedFile::nameOf(const Finding &finding) const
{
    const QString id = finding.primaryElement();
    return addresses.value(id, id);
}

void locateIds(const QByteArray &text, LintedFile *file)
{
    int line = 1;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = text[i];
        if (c == '\n') {
            ++line;
            continue;
        }
        if (c != '"')
            continue;
        // A key or string: read to its closing quote (ids never hold escapes).
        qsizetype end = i + 1;
        while (end < n && text[end] != '"' && text[end] != '\n') {
            if (text[end] == '\\')
                ++end;
            ++end;
        }
        if (end >= n || text[end] != '"') {
            i = end - 1;
            continue;
        }
        const QByteArray token = text.mid(i + 1, end - i - 1);
        i = end;
        qsizetype j = end + 1;
        while (j < n && (text[j] == ' ' || text[j] == '\t'))
            ++j;
        if (j >= n || text[j] != ':')
            continue;
        if (token == "lint" && file->lintLine == 1) {
            file->lintLine = line;
            continue;
        }
        if (token != "id")
            continue;
        ++j;
        while (j < n && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r' || text[j] == '\n')) {
            if (text[j] == '\n')
                ++line;
            ++j;
        }
        if (j >= n || text[j] != '"')
            continue;
        qsizetype valueEnd = j + 1;
        while (valueEnd < n && text[valueEnd] != '"' && text[valueEnd] != '\n')
            ++valueEnd;
        if (valueEnd >= n || text[valueEnd] != '"')
            continue;
        const QString id = QString::fromUtf8(text.mid(j + 1, valueEnd - j - 1));
        if (!file->idLines.contains(id))
            file->idLines.insert(id, line);
        i = valueEnd;
    }
}

namespace {

QString sarifLevel(Severity s)
{
    switch (s) {
    case Severity::Error: return QStringLiteral("error");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Info: return QStringLiteral("note");
    }
    return QStringLiteral("none");
}

QJsonObject findingJson(const LintedFile &file, const Finding &f)
{
    QJsonObject o;
    if (file.terraform && !f.primaryElement().isEmpty())
        o.insert(QStringLiteral("address"), file.nameOf(f));
    o.insert(QStringLiteral("rule"), f.rule);
    o.insert(QStringLiteral("severity"), severityKey(f.severity));
    o.insert(QStringLiteral("elements"), QJsonArray::fromStringList(f.elements));
    o.insert(QStringLiteral("message"), f.message);
    o.insert(QStringLiteral("fix"), f.fix);
    o.insert(QStringLiteral("suppressed"), f.suppressed);
    if (f.suppressed)
        o.insert(QStringLiteral("suppressionReason"), f.suppressionReason);
    o.insert(QStringLiteral("line"), file.lineOf(f));
    return o;
}

// A relative path stays relative (code-scanning UIs resolve it against the
// checkout); an absolute one becomes a file: URI.
QString artifactUri(const QString &path)
{
    if (path.startsWith(QLatin1Char('/')))
        return QString::fromLatin1(QUrl::fromLocalFile(path).toEncoded());
    QString p = path;
    if (p.startsWith(QLatin1String("./")))
        p = p.mid(2);
    return QString::fromLatin1(QUrl::toPercentEncoding(p, "/"));
}

// "12:5" -> 12; a JSON pointer or anything else -> 0.
int lineOfLocation(const QString &location)
{
    const int colon = location.indexOf(QLatin1Char(':'));
    bool ok = false;
    const int line = location.left(colon).toInt(&ok);
    return ok && colon > 0 ? line : 0;
}

} // namespace

QByteArray lintJson(const QVector<LintedFile> &files)
{
    QJsonArray out;
    for (const LintedFile &file : files) {
        QJsonObject o;
        o.insert(QStringLiteral("file"), file.path);
        QJsonArray findings;
        for (const Finding &f : file.findings)
            findings.append(findingJson(file, f));
        o.insert(QStringLiteral("findings"), findings);
        if (file.imported) {
            o.insert(QStringLiteral("notFullyChecked"), QJsonArray::fromStringList(file.notFullyChecked));
            QJsonArray notModelled;
            for (const ImportedResource &r : file.notModelled) {
                QJsonObject n{{QStringLiteral("resource"), r.logicalId}, {QStringLiteral("type"), r.type}};
                if (r.line > 0)
                    n.insert(QStringLiteral("line"), r.line);
                if (!r.note.isEmpty()) {
                    n.insert(QStringLiteral("reason"), r.reason);
                    n.insert(QStringLiteral("note"), r.note);
                }
                notModelled.append(n);
            }
            o.insert(QStringLiteral("notModelled"), notModelled);
            QJsonArray noted;
            for (const ImportedResource &r : file.noted) {
                QJsonObject n{{QStringLiteral("resource"), r.logicalId}, {QStringLiteral("type"), r.type},
                              {QStringLiteral("reason"), r.reason}, {QStringLiteral("note"), r.note}};
                if (r.line > 0)
                    n.insert(QStringLiteral("line"), r.line);
                noted.append(n);
            }
            if (!noted.isEmpty())
                o.insert(QStringLiteral("notChecked"), noted);
            o.insert(QStringLiteral("nothingModelled"), file.nothingModelled);
        }
        if (!file.loaded) {
            QJsonObject error;
            error.insert(QStringLiteral("location"), file.error.location);
            error.insert(QStringLiteral("message"), file.error.message);
            o.insert(QStringLiteral("error"), error);
        }
        out.append(o);
    }
    return QJsonDocument(out).toJson(QJsonDocument::Indented);
}

QJsonObject ruleJson(const RuleInfo &rule)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), rule.idString());
    o.insert(QStringLiteral("title"), rule.titleText());
    o.insert(QStringLiteral("pillar"), pillarKey(rule.pillar));
    o.insert(QStringLiteral("severity"), severityKey(rule.defaultSeverity));
    o.insert(QStringLiteral("context"), rule.contextText());
    QJsonArray kinds;
    for (ElementKind k : rule.kinds)
        kinds.append(kindKey(k));
    o.insert(QStringLiteral("kinds"), kinds);
    o.insert(QStringLiteral("rationale"), rule.rationaleText());
    o.insert(QStringLiteral("source"), rule.sourceText());
    o.insert(QStringLiteral("fix"), rule.fixText());
    o.insert(QStringLiteral("notes"), rule.notesText());
    return o;
}

QByteArray lintSarif(const QVector<LintedFile> &files)
{
    QJsonArray rules;
    QHash<QString, int> ruleIndex;
    for (const Rule &rule : allRules()) {
        const RuleInfo &info = rule.info;
        ruleIndex.insert(info.idString(), rules.size());
        QJsonObject r;
        r.insert(QStringLiteral("id"), info.idString());
        r.insert(QStringLiteral("name"), info.idString());
        r.insert(QStringLiteral("shortDescription"), QJsonObject{{QStringLiteral("text"), info.titleText()}});
        r.insert(QStringLiteral("fullDescription"), QJsonObject{{QStringLiteral("text"), info.rationaleText()}});
        QString help = info.rationaleText() + QLatin1Char('\n') + QCoreApplication::translate("pillar-cli", "Fix: %1").arg(info.fixText())
            + QLatin1Char('\n') + QCoreApplication::translate("pillar-cli", "Source: %1").arg(info.sourceText());
        r.insert(QStringLiteral("help"), QJsonObject{{QStringLiteral("text"), help}});
        r.insert(QStringLiteral("defaultConfiguration"),
                 QJsonObject{{QStringLiteral("level"), sarifLevel(info.defaultSeverity)}});
        r.insert(QStringLiteral("properties"),
                 QJsonObject{{QStringLiteral("pillar"), pillarKey(info.pillar)},
                             {QStringLiteral("tags"), QJsonArray{pillarKey(info.pillar), QStringLiteral("well-architected")}}});
        rules.append(r);
    }

    QJsonArray artifacts;
    QJsonArray results;
    QJsonArray notifications; // files that could not be read: the run did not succeed
    QJsonArray notes;         // resources not modelled
    for (const LintedFile &file : files) {
        const int artifactIndex = artifacts.size();
        const QString uri = artifactUri(file.path);
        artifacts.append(QJsonObject{{QStringLiteral("location"), QJsonObject{{QStringLiteral("uri"), uri}}}});
        const QJsonObject artifactLocation{{QStringLiteral("uri"), uri}, {QStringLiteral("index"), artifactIndex}};
        if (!file.loaded) {
            QJsonObject physical{{QStringLiteral("artifactLocation"), artifactLocation}};
            const int line = lineOfLocation(file.error.location);
            if (line > 0)
                physical.insert(QStringLiteral("region"), QJsonObject{{QStringLiteral("startLine"), line}});
            notifications.append(QJsonObject{
                {QStringLiteral("level"), QStringLiteral("error")},
                {QStringLiteral("message"), QJsonObject{{QStringLiteral("text"), file.error.toString()}}},
                {QStringLiteral("locations"), QJsonArray{QJsonObject{{QStringLiteral("physicalLocation"), physical}}}}});
            continue;
        }
        // What was not checked is told, never left for the reader to guess.
        for (const ImportedResource &r : file.notModelled) {
            QJsonObject physical{{QStringLiteral("artifactLocation"), artifactLocation}};
            if (r.line > 0)
                physical.insert(QStringLiteral("region"), QJsonObject{{QStringLiteral("startLine"), r.line}});
            notes.append(QJsonObject{
                {QStringLiteral("level"), QStringLiteral("note")},
                {QStringLiteral("descriptor"), QJsonObject{{QStringLiteral("id"), QStringLiteral("not-modelled")}}},
                {QStringLiteral("message"),
                 QJsonObject{{QStringLiteral("text"), r.note.isEmpty()
                                  ? QCoreApplication::translate("pillar-cli", "%1 (%2) is of a type Pillar does not model; "
                                                                              "nothing about it was checked.").arg(r.logicalId, r.type)
                                  : QCoreApplication::translate("pillar-cli", "%1 (%2) was not checked: %3; %4.")
                                        .arg(r.logicalId, r.type, r.reason, r.note)}}},
                {QStringLiteral("locations"), QJsonArray{QJsonObject{{QStringLiteral("physicalLocation"), physical}}}}});
        }
        for (const Finding &f : file.findings) {
            QJsonObject location{
                {QStringLiteral("physicalLocation"),
                 QJsonObject{{QStringLiteral("artifactLocation"), artifactLocation},
                             {QStringLiteral("region"), QJsonObject{{QStringLiteral("startLine"), file.lineOf(f)}}}}}};
            if (!f.primaryElement().isEmpty()) {
                QJsonObject logical{{QStringLiteral("name"), file.nameOf(f)}, {QStringLiteral("kind"), QStringLiteral("resource")}};
                if (file.terraform)
                    logical.insert(QStringLiteral("fullyQualifiedName"), file.nameOf(f));
                location.insert(QStringLiteral("logicalLocations"), QJsonArray{logical});
            }
            QJsonObject result{
                {QStringLiteral("ruleId"), f.rule},
                {QStringLiteral("ruleIndex"), ruleIndex.value(f.rule, -1)},
                {QStringLiteral("level"), sarifLevel(f.severity)},
                {QStringLiteral("message"), QJsonObject{{QStringLiteral("text"), f.message}}},
                {QStringLiteral("locations"), QJsonArray{location}},
                {QStringLiteral("partialFingerprints"),
                 QJsonObject{{QStringLiteral("pillarFinding/v1"), f.rule + QLatin1Char(':') + f.elements.join(QLatin1Char(','))}}},
                {QStringLiteral("properties"),
                 QJsonObject{{QStringLiteral("elements"), QJsonArray::fromStringList(f.elements)},
                             {QStringLiteral("fix"), f.fix}}}};
            if (f.suppressed) {
                result.insert(QStringLiteral("suppressions"),
                              QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("inSource")},
                                                     {QStringLiteral("justification"), f.suppressionReason}}});
            }
            results.append(result);
        }
    }

    QJsonObject driver{{QStringLiteral("name"), QStringLiteral("pillar-cli")},
                       {QStringLiteral("version"), QCoreApplication::applicationVersion()},
                       {QStringLiteral("informationUri"), QStringLiteral("https://pillar.invalid")},
                       {QStringLiteral("rules"), rules}};
    QJsonObject invocation{{QStringLiteral("executionSuccessful"), notifications.isEmpty()}};
    for (const QJsonValue &note : notes)
        notifications.append(note);
    if (!notifications.isEmpty())
        invocation.insert(QStringLiteral("toolExecutionNotifications"), notifications);
    QJsonObject run{{QStringLiteral("tool"), QJsonObject{{QStringLiteral("driver"), driver}}},
                    {QStringLiteral("artifacts"), artifacts},
                    {QStringLiteral("invocations"), QJsonArray{invocation}},
                    {QStringLiteral("columnKind"), QStringLiteral("utf16CodeUnits")},
                    {QStringLiteral("results"), results}};
    QJsonObject root{{QStringLiteral("$schema"), QStringLiteral("https://json.schemastore.org/sarif-2.1.0.json")},
                     {QStringLiteral("version"), QStringLiteral("2.1.0")},
                     {QStringLiteral("runs"), QJsonArray{run}}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace pillar::cli
