#include "TerraformImport.h"

#include "../../AutoLayout.h"
#include "../CfnHelpers.h"
#include "../mapping/ResourceMapping.h"
#include "TfDocument.h"
#include "TfJsonReader.h"
#include "TfReferences.h"
#include "TfTranslators.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace pillar {

namespace {

using cfn::tr;

// Adds what a folded resource (an attachment, a bucket's split-off
// configuration) says to the resource it belongs to: list items are
// appended, other values set.
void foldProperties(CfnValue *into, const CfnValue &from)
{
    for (const auto &entry : from.map) {
        CfnValue *have = into->get(entry.first);
        if (have && have->isList() && entry.second.isList())
            have->items += entry.second.items;
        else if (have)
            *have = entry.second;
        else
            into->map.append(entry);
    }
}

// The aws provider's region when the configuration gives it as a constant.
QString configuredRegion(const CfnValue &root)
{
    const CfnValue *config = root.get(QStringLiteral("configuration"));
    const CfnValue *providers = config ? config->get(QStringLiteral("provider_config")) : nullptr;
    const CfnValue *aws = providers ? providers->get(QStringLiteral("aws")) : nullptr;
    const CfnValue *expressions = aws ? aws->get(QStringLiteral("expressions")) : nullptr;
    const CfnValue *region = expressions ? expressions->get(QStringLiteral("region")) : nullptr;
    const CfnValue *constant = region ? region->get(QStringLiteral("constant_value")) : nullptr;
    return constant && constant->isScalar() ? constant->text : QString();
}

// A state has no provider configuration; its resources' ARNs and zones
// name the region they are in.
QString regionOfResources(const TfDocument &document)
{
    static const QRegularExpression zone(QStringLiteral("^([a-z]{2}(-gov)?-[a-z]+-\\d)[a-z]$"));
    QString fromZone;
    for (const TfResource &r : document.resources()) {
        const CfnValue *arn = r.values->get(QStringLiteral("arn"));
        if (arn && arn->isScalar() && arn->text.startsWith(QLatin1String("arn:aws"))) {
            const QString region = arn->text.section(QLatin1Char(':'), 3, 3);
            if (!region.isEmpty())
                return region;
        }
        const CfnValue *az = r.values->get(QStringLiteral("availability_zone"));
        if (fromZone.isEmpty() && az && az->isScalar()) {
            const QRegularExpressionMatch m = zone.match(az->text);
            if (m.hasMatch())
                fromZone = m.captured(1);
        }
    }
    return fromZone;
}

// The VPC ids that resources name without the VPC being in the document.
// When there is exactly one, subnets and groups named by literal ids are in it.
QStringList externalVpcs(const QVector<ImportResource> &list, const QSet<QString> &ids)
{
    QStringList out;
    for (const ImportResource &r : list) {
        const CfnValue *vpc = r.properties.get(QStringLiteral("VpcId"));
        if (vpc && vpc->isScalar() && !vpc->text.isEmpty() && !ids.contains(vpc->text) && !out.contains(vpc->text))
            out << vpc->text;
    }
    return out;
}

QString kindName(TfDocument::Kind kind)
{
    switch (kind) {
    case TfDocument::Plan:
        return tr("plan");
    case TfDocument::State:
        return tr("state");
    case TfDocument::RawState:
        return tr("state file");
    }
    return QString();
}

} // namespace

QString terraformElementId(const QString &address)
{
    QString id;
    id.reserve(address.size());
    bool quoted = false;
    for (int i = 0; i < address.size(); ++i) {
        const QChar c = address[i];
        if (quoted) {
            if (c == QLatin1Char('\\') && i + 1 < address.size()) {
                id += QLatin1Char('_');
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
                    || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-') || c == QLatin1Char('_')
                    || c == QLatin1Char('.') || c == QLatin1Char(':');
                id += ok ? c : QLatin1Char('_');
            }
        } else if (c == QLatin1Char('[')) {
            id += QLatin1Char('.');
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c != QLatin1Char(']')) {
            const bool ok = c.isLetterOrNumber() && c.unicode() < 128;
            id += ok || c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('.') ? c : QLatin1Char('_');
        }
    }
    if (id.isEmpty() || !(id[0].isLetterOrNumber() && id[0].unicode() < 128))
        id.prepend(QLatin1Char('x'));
    if (id.size() > 128) { // keep the end, which names the resource, and tell long twins apart
        const QByteArray hash = QCryptographicHash::hash(address.toUtf8(), QCryptographicHash::Sha1).toHex().left(8);
        id = id.left(1) + QStringLiteral("..") + id.right(116) + QLatin1Char('-') + QString::fromLatin1(hash);
        id.replace(QStringLiteral(".."), QStringLiteral("._")); // no empty segment
    }
    return id;
}

bool looksLikeTerraform(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(64 * 1024);
    int start = 0;
    while (start < head.size() && std::isspace(static_cast<unsigned char>(head[start])))
        ++start;
    if (start >= head.size() || head[start] != '{')
        return false;
    static const QRegularExpression key(QStringLiteral("\"(format_version|terraform_version)\"\\s*:"));
    return key.match(QString::fromUtf8(head)).hasMatch();
}

CfnImportResult importTerraform(const QByteArray &bytes, const QString &fileName, const TerraformImportOptions &options)
{
    CfnImportResult result;
    auto failure = [&](const CfnParseError &e) {
        result.error = {fileName, e.line > 0 ? QStringLiteral("%1:%2").arg(e.line).arg(e.column) : QString(), e.message};
        return result;
    };
    CfnValue root;
    CfnParseError error;
    if (!readTerraformJson(bytes, &root, &error))
        return failure(error);
    TfDocument document;
    if (!document.read(root, &error))
        return failure(error);

    const QVector<TfResource> &resources = document.resources();
    QStringList ids;
    QSet<QString> taken;
    bool anyAws = false;
    for (const TfResource &r : resources) {
        QString id = terraformElementId(r.address);
        for (int n = 2; taken.contains(id); ++n) // "a.b" as a key and as two segments
            id = terraformElementId(r.address) + QLatin1Char('-') + QString::number(n);
        taken.insert(id);
        ids << id;
        anyAws = anyAws || r.type.startsWith(QLatin1String("aws_"));
    }
    if (!anyAws)
        return failure({root.line, root.column,
                        resources.isEmpty() ? tr("the %1 has no managed resources").arg(kindName(document.kind()))
                                            : tr("the %1 has no AWS resources (aws_*): Pillar draws and checks AWS architectures")
                                                  .arg(kindName(document.kind()))});

    TfReferences references(document, ids);
    QVector<ImportResource> list;
    QHash<QString, int> listIndex;
    struct Fold {
        int resource;
        QString into;
        QString reason;
        CfnValue properties;
    };
    QVector<Fold> folds;
    QHash<int, QString> ownOutcome; // resource -> reason, for those not given to the mappers
    QSet<int> unmodelled;           // of those, the AWS types Pillar has no element for
    for (int i = 0; i < resources.size(); ++i) {
        const TfResource &r = resources[i];
        if (r.fate == TfResource::Destroyed) {
            ownOutcome.insert(i, tr("destroyed by this plan"));
            continue;
        }
        if (!r.type.startsWith(QLatin1String("aws_"))) {
            ownOutcome.insert(i, tr("not an AWS resource (%1)").arg(r.type));
            continue;
        }
        const TfTranslator *translator = tfTranslator(r.type);
        if (!translator) {
            ownOutcome.insert(i, tr("Pillar has no element for %1").arg(r.type));
            unmodelled.insert(i);
            continue;
        }
        TfTranslation t(r, ids[i], references);
        t.type = QLatin1String(translator->cloudFormationType);
        translator->translate(t);
        if (!t.foldReason.isEmpty()) {
            folds.append({i, t.foldedInto, t.foldReason, std::move(t.properties())});
            continue;
        }
        listIndex.insert(ids[i], int(list.size()));
        list.append({ids[i], t.type, std::move(t.properties()), r.line, r.column});
        for (ImportResource &extra : t.extra)
            list.append(std::move(extra));
    }
    for (Fold &f : folds) {
        const auto at = listIndex.constFind(f.into);
        if (f.into.isEmpty() || at == listIndex.cend())
            ownOutcome.insert(f.resource, tr("%1; not drawn").arg(f.reason));
        else
            foldProperties(&list[*at].properties, f.properties);
    }

    MappingInputs inputs;
    inputs.region = !options.region.isEmpty() ? options.region : configuredRegion(root);
    if (inputs.region.isEmpty())
        inputs.region = regionOfResources(document);
    if (inputs.region.isEmpty())
        inputs.region = QStringLiteral("us-east-1");
    const QStringList outside = externalVpcs(list, taken);
    if (outside.size() == 1)
        inputs.vpcParameters = outside;
    ImportReport mapped;
    Design design = mapResources(list, inputs, &mapped);

    // The report in document order, by address; resources made up for inline
    // blocks (routes, rule sources, inline policies) are part of their owner's.
    QHash<QString, int> entryOf;
    for (int i = 0; i < mapped.resources.size(); ++i)
        entryOf.insert(mapped.resources[i].logicalId, i);
    result.report.file = fileName;
    result.report.unknowns = mapped.unknowns;
    result.report.warnings = mapped.warnings;
    QHash<int, const Fold *> foldOf;
    for (const Fold &f : folds)
        foldOf.insert(f.resource, &f);
    for (int i = 0; i < resources.size(); ++i) {
        const TfResource &r = resources[i];
        ImportedResource entry;
        entry.logicalId = r.address;
        entry.type = r.type;
        entry.line = r.line;
        if (ownOutcome.contains(i)) {
            entry.outcome = ImportedResource::Skipped;
            entry.reason = ownOutcome.value(i);
            // Nothing looked at it: lint lists it as not drawn or checked.
            entry.modelled = !unmodelled.contains(i);
        } else if (const Fold *f = foldOf.value(i)) {
            const int target = entryOf.value(f->into, -1);
            const ImportedResource *into = target >= 0 ? &mapped.resources[target] : nullptr;
            const bool drawn = into && (into->outcome == ImportedResource::Mapped || into->outcome == ImportedResource::Merged);
            entry.outcome = drawn ? ImportedResource::Merged : ImportedResource::Skipped;
            entry.element = drawn ? into->element : QString();
            entry.reason = drawn ? f->reason : tr("%1, which is not drawn: %2").arg(f->reason, into ? into->reason : QString());
        } else if (const int at = entryOf.value(ids[i], -1); at >= 0) {
            const ImportedResource &m = mapped.resources[at];
            entry.outcome = m.outcome;
            entry.element = m.element;
            // Users know the Terraform type, not the CloudFormation one it was read as.
            entry.reason = m.reason == tr("Pillar has no element for %1").arg(m.type) ? tr("Pillar has no element for %1").arg(r.type)
                                                                                    : m.reason;
            entry.modelled = m.modelled;
            entry.note = m.note;
        }
        // An address that is not a valid id as written ([0], ["a"]) names its element.
        if (entry.outcome == ImportedResource::Mapped && entry.element != r.address) {
            Element *e = design.element(entry.element);
            if (e && e->name.isEmpty())
                e->name = r.address;
        }
        result.report.resources << entry;
    }

    design.info.name = QFileInfo(fileName).completeBaseName();
    design.info.description = document.terraformVersion().isEmpty()
        ? tr("Imported from a Terraform %1").arg(kindName(document.kind()))
        : tr("Imported from a Terraform %1 (Terraform %2)").arg(kindName(document.kind()), document.terraformVersion());
    if (options.layout)
        AutoLayout().apply(&design);
    result.design = std::move(design);
    return result;
}

CfnImportResult importTerraformFile(const QString &path, const TerraformImportOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CfnImportResult result;
        result.error = {path, QString(), tr("cannot open: %1").arg(file.errorString())};
        return result;
    }
    if (file.size() > kMaxTerraformBytes) {
        CfnImportResult result;
        result.error = {path, QString(), tr("the file is larger than %1 MB").arg(kMaxTerraformBytes / (1024 * 1024))};
        return result;
    }
    return importTerraform(file.readAll(), path, options);
}

} // namespace pillar
