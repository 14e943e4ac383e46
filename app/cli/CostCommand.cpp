// pillar-cli cost: what a design (or a template) costs a month, and what a
// change costs (--compare BASE HEAD), as text, JSON or CSV.
#include "CliCommand.h"
#include "CliIo.h"
#include "InputLoader.h"

#include "ElementKind.h"
#include "cost/CostModel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace pillar::cli {

namespace {

struct Costed {
    QString path;
    Design design;
    CostEstimate estimate;
};

// Loads and prices one input; prints the error and returns false when it
// cannot (unreadable, or no prices for its region).
bool costOne(const QString &path, const QString &regionOption, PricingTerm term, const CfnImportOptions &options, Costed *out)
{
    LoadedInput input = loadInput(path, options);
    if (!input.ok()) {
        printErr(input.error.toString() + QLatin1Char('\n'));
        return false;
    }
    const QString region = !regionOption.isEmpty() ? regionOption : input.design->info.region;
    if (region.isEmpty()) {
        printErr(tr("%1: the design names no region; choose the prices with --region (one of %2)\n")
                     .arg(path, PriceTable::regions().join(QLatin1String(", "))));
        return false;
    }
    QString error;
    const std::optional<PriceTable> prices = PriceTable::forRegion(region, &error);
    if (!prices) {
        printErr(QStringLiteral("%1: %2\n").arg(path, error));
        return false;
    }
    out->path = path;
    out->design = std::move(*input.design);
    out->estimate = estimateCost(out->design, *prices, term);
    return true;
}

QString termText(PricingTerm term)
{
    return term == PricingTerm::Reserved1y ? tr("1-year reserved, no upfront") : tr("on demand");
}

QString header(const Costed &c)
{
    const CostEstimate &e = c.estimate;
    return tr("%1 — %2 (%3), %4, prices read %5\n")
        .arg(c.path, e.regionName.isEmpty() ? e.region : e.regionName, e.region, termText(e.term), e.pricesRead);
}

QString amountText(const ElementCost &cost)
{
    return cost.isKnown() ? formatUsd(cost.monthlyUsd()) : tr("unknown");
}

QString label(const Design &design, const QString &id)
{
    const Element *e = design.element(id);
    return e && !e->name.isEmpty() && e->name != id ? QStringLiteral("%1 (%2)").arg(id, e->name) : id;
}

QString totalText(const CostEstimate &e)
{
    QString out = tr("Total: %1 a month").arg(formatUsd(e.knownTotalUsd()));
    QStringList unknown;
    for (const ElementCost &c : e.elements) {
        if (!c.isKnown())
            unknown << c.element;
    }
    if (!unknown.isEmpty())
        out += QCoreApplication::translate("pillar-cli", ", not counting %n element(s) that could not be priced: %1", nullptr,
                                          int(unknown.size()))
                   .arg(unknown.join(QLatin1String(", ")));
    return out + QLatin1Char('\n');
}

QString text(const Costed &c)
{
    QString out = header(c);
    int width = 8;
    for (const ElementCost &cost : c.estimate.elements)
        width = std::max<int>(width, label(c.design, cost.element).size());
    for (const ElementCost &cost : c.estimate.elements) {
        out += QStringLiteral("  %1  %2  %3\n")
                   .arg(label(c.design, cost.element), -width)
                   .arg(amountText(cost), 12)
                   .arg(cost.isKnown() ? cost.formula() : cost.why.join(QLatin1String("; ")));
    }
    if (c.estimate.elements.isEmpty())
        out += tr("  Nothing in this design is billed.\n");
    return out + totalText(c.estimate);
}

QJsonObject json(const Costed &c)
{
    QJsonArray elements;
    QJsonArray unknown;
    for (const ElementCost &cost : c.estimate.elements) {
        const Element *e = c.design.element(cost.element);
        QJsonObject o{{"id", cost.element}, {"kind", e ? kindKey(e->kind) : QString()}};
        if (e && !e->name.isEmpty())
            o.insert(QStringLiteral("name"), e->name);
        if (cost.isKnown()) {
            o.insert(QStringLiteral("monthlyUsd"), std::round(cost.monthlyUsd() * 100) / 100);
            o.insert(QStringLiteral("formula"), cost.formula());
        } else {
            o.insert(QStringLiteral("monthlyUsd"), QJsonValue::Null);
            o.insert(QStringLiteral("unknown"), QJsonArray::fromStringList(cost.why));
            unknown.append(cost.element);
        }
        QJsonArray lines;
        for (const CostLine &l : cost.lines) {
            lines.append(QJsonObject{{"what", l.what}, {"quantity", l.quantity}, {"unit", l.unit}, {"unitUsd", l.unitUsd},
                                     {"usd", std::round(l.usd() * 100) / 100}, {"assumed", l.assumed}});
        }
        o.insert(QStringLiteral("lines"), lines);
        elements.append(o);
    }
    return {{"file", c.path},
            {"region", c.estimate.region},
            {"term", pricingTermKey(c.estimate.term)},
            {"pricesRead", c.estimate.pricesRead},
            {"currency", "USD"},
            {"hoursPerMonth", kHoursPerMonth},
            {"totalUsd", std::round(c.estimate.knownTotalUsd() * 100) / 100},
            {"unknown", unknown},
            {"elements", elements}};
}

QString csvField(QString s)
{
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')))
        s = QLatin1Char('"') + s.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
    return s;
}

QString csv(const QVector<Costed> &all)
{
    QString out = QStringLiteral("file,element,kind,name,monthly_usd,formula_or_reason\n");
    for (const Costed &c : all) {
        for (const ElementCost &cost : c.estimate.elements) {
            const Element *e = c.design.element(cost.element);
            out += QStringList{csvField(c.path), csvField(cost.element), e ? kindKey(e->kind) : QString(),
                               csvField(e ? e->name : QString()),
                               cost.isKnown() ? QString::number(cost.monthlyUsd(), 'f', 2) : QString(),
                               csvField(cost.isKnown() ? cost.formula() : cost.why.join(QLatin1String("; ")))}
                       .join(QLatin1Char(','))
                + QLatin1Char('\n');
        }
    }
    return out;
}

// The change from base to head, per element and in total: the piece a team
// puts in code review. Elements priced in both but unknown in either are
// listed as such.
QString compareText(const Costed &base, const Costed &head)
{
    QString out = tr("Cost change from %1 to %2 — %3 (%4), %5\n")
                      .arg(base.path, head.path, head.estimate.regionName, head.estimate.region, termText(head.estimate.term));
    double delta = 0;
    int changes = 0;
    auto line = [&](const QString &sign, const QString &id, const QString &amount, const QString &detail) {
        out += QStringLiteral("  %1 %2  %3  %4\n").arg(sign, id).arg(amount, 12).arg(detail);
        ++changes;
    };
    for (const ElementCost &h : head.estimate.elements) {
        const ElementCost *b = base.estimate.find(h.element);
        if (!b) {
            line(QStringLiteral("+"), h.element, h.isKnown() ? QLatin1Char('+') + formatUsd(h.monthlyUsd()) : tr("unknown"),
                 tr("added"));
            if (h.isKnown())
                delta += h.monthlyUsd();
            continue;
        }
        if (!b->isKnown() || !h.isKnown()) {
            if (b->formula() != h.formula() || b->why != h.why)
                line(QStringLiteral("~"), h.element, tr("unknown"), (h.isKnown() ? b->why : h.why).join(QLatin1String("; ")));
            continue;
        }
        const double d = h.monthlyUsd() - b->monthlyUsd();
        if (std::abs(d) >= 0.005) {
            line(QStringLiteral("~"), h.element, (d > 0 ? QStringLiteral("+") : QString()) + formatUsd(d),
                 tr("%1 → %2").arg(formatUsd(b->monthlyUsd()), formatUsd(h.monthlyUsd())));
            delta += d;
        }
    }
    for (const ElementCost &b : base.estimate.elements) {
        if (head.estimate.find(b.element))
            continue;
        line(QStringLiteral("-"), b.element, b.isKnown() ? formatUsd(-b.monthlyUsd()) : tr("unknown"), tr("removed"));
        if (b.isKnown())
            delta -= b.monthlyUsd();
    }
    if (changes == 0)
        out += tr("  No change in cost.\n");
    out += tr("Total: %1 → %2 a month (%3%4)\n")
               .arg(formatUsd(base.estimate.knownTotalUsd()), formatUsd(head.estimate.knownTotalUsd()),
                    delta > 0 ? QStringLiteral("+") : QString(), formatUsd(delta));
    return out;
}

} // namespace

int runCost(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Estimate what a design costs a month, or what a change costs."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("format"), tr("Output format: text (default), json or csv."), tr("FORMAT"), QStringLiteral("text")});
    parser.addOption({QStringLiteral("term"), tr("Pricing term: on-demand (default) or reserved-1y."), tr("TERM"),
                      QStringLiteral("on-demand")});
    parser.addOption({QStringLiteral("compare"), tr("Print the change in cost from the first file to the second.")});
    addTemplateOptions(parser);
    parser.addPositionalArgument(tr("PATH"), tr("Design files or CloudFormation templates."), tr("PATH..."));
    if (const auto done = parseArguments(parser, args))
        return *done;
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json") && format != QLatin1String("csv")) {
        printErr(tr("pillar-cli cost: unknown format '%1' (use text, json or csv)\n").arg(format));
        return ExitUsage;
    }
    const auto term = pricingTermFromKey(parser.value(QStringLiteral("term")));
    if (!term) {
        printErr(tr("pillar-cli cost: unknown term '%1' (use on-demand or reserved-1y)\n").arg(parser.value(QStringLiteral("term"))));
        return ExitUsage;
    }
    const QStringList paths = parser.positionalArguments();
    const bool compare = parser.isSet(QStringLiteral("compare"));
    if (paths.isEmpty() || (compare && paths.size() != 2)) {
        printErr(tr("usage: pillar-cli cost [--format text|json|csv] [--region REGION] [--term on-demand|reserved-1y] PATH...\n"
                    "       pillar-cli cost --compare [--region REGION] [--term TERM] BASE HEAD\n"));
        return ExitUsage;
    }
    CfnImportOptions options;
    if (!readTemplateOptions(parser, QStringLiteral("pillar-cli cost"), &options))
        return ExitUsage;
    const QString region = parser.isSet(QStringLiteral("region")) ? parser.value(QStringLiteral("region")) : QString();

    QVector<Costed> all;
    for (const QString &path : paths) {
        Costed c;
        if (!costOne(path, region, *term, options, &c))
            return ExitUsage;
        all << std::move(c);
    }
    if (compare) {
        // Both sides at the same prices: the head's region unless --region says.
        if (all[0].estimate.region != all[1].estimate.region) {
            Costed base;
            costOne(paths[0], all[1].estimate.region, *term, options, &base);
            all[0] = std::move(base);
        }
        printOut(compareText(all[0], all[1]));
        return ExitOk;
    }
    if (format == QLatin1String("json")) {
        QJsonArray files;
        for (const Costed &c : all)
            files.append(json(c));
        writeStdout(QJsonDocument(QJsonObject{{"files", files}}).toJson(QJsonDocument::Indented));
    } else if (format == QLatin1String("csv")) {
        printOut(csv(all));
    } else {
        QString out;
        for (const Costed &c : all)
            out += (out.isEmpty() ? QString() : QStringLiteral("\n")) + text(c);
        printOut(out);
    }
    return ExitOk;
}

} // namespace pillar::cli
