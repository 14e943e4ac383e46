#include "StepGenerator.h"

#include "ModelEditor.h"

#include "Design.h"
#include "Layout.h"
#include "Placement.h"
#include "PropertySpec.h"
#include "rules/Checker.h"
#include "rules/QuickFixes.h"
#include "KindInfo.h"

#include <cmath>

namespace pillar::test {

namespace {

struct Weighted {
    EditOp op;
    int weight;
};

// Roughly how often a user does each; every command appears.
const Weighted kWeightedOps[] = {
    {EditOp::Add, 14},         {EditOp::Remove, 7},       {EditOp::Move, 8},          {EditOp::Nudge, 4},
    {EditOp::Resize, 3},       {EditOp::Connect, 11},     {EditOp::Disconnect, 2},    {EditOp::ToggleGroup, 4},
    {EditOp::ToggleMember, 3}, {EditOp::SetProperty, 8},  {EditOp::ToggleRef, 4},     {EditOp::AddIngress, 2},
    {EditOp::EditIngress, 3},  {EditOp::RemoveIngress, 1}, {EditOp::ToggleListener, 2}, {EditOp::Rename, 3},
    {EditOp::SetConnection, 3}, {EditOp::Reverse, 2},     {EditOp::Cut, 3},           {EditOp::Copy, 3},
    {EditOp::Paste, 5},        {EditOp::Duplicate, 4},    {EditOp::QuickFix, 5},      {EditOp::Suppress, 1},
    {EditOp::Unsuppress, 1},   {EditOp::DesignInfo, 1},   {EditOp::Undo, 5},          {EditOp::Redo, 2},
};

const QStringList kNames = {QStringLiteral("web"), QStringLiteral("  Database (primary) "), QString(), QStringLiteral("db"),
                            QStringLiteral("Ω cache"), QStringLiteral("a=b, c;d"), QStringLiteral("app tier")};
const QStringList kStrings = {QString(), QStringLiteral("t3.large"), QStringLiteral("m5.xlarge"), QStringLiteral("/health"),
                              QStringLiteral("app-role"), QStringLiteral("example.com"), QStringLiteral("us-west-2")};
const QStringList kCidrs = {QStringLiteral("10.0.0.0/16"), QStringLiteral("10.0.1.0/24"), QStringLiteral("10.0.2.0/24"),
                            QStringLiteral("10.1.0.0/16"), QStringLiteral("0.0.0.0/0"), QStringLiteral("192.168.0.0/24"),
                            QStringLiteral("2001:db8::/32"), QStringLiteral("::/0")};

QStringList idsOf(const Design &design, const std::function<bool(const Element &)> &wanted)
{
    QStringList ids;
    for (const Element &e : design.elements()) {
        if (wanted(e))
            ids << e.id;
    }
    return ids;
}

} // namespace

double StepGenerator::coordinate(double from, double to)
{
    if (to <= from)
        return from;
    // Whole numbers mostly; now and then a fraction, as a snapped-off drag gives.
    const double v = std::uniform_real_distribution<double>(from, to)(m_rng);
    return chance(0.8) ? std::round(v) : std::round(v * 4) / 4;
}

QPointF StepGenerator::pointIn(const QRectF &rect)
{
    return QPointF(coordinate(rect.left() + 4, rect.right() - 4), coordinate(rect.top() + layout::kHeaderHeight, rect.bottom() - 4));
}

QPointF StepGenerator::delta()
{
    static const std::vector<QPointF> small = {{8, 0}, {-8, 0}, {0, 8}, {0, -8}, {1, 0}, {0, -1}};
    if (chance(0.5))
        return pick(small);
    return QPointF(coordinate(-300, 300), coordinate(-300, 300));
}

QStringList StepGenerator::someElements(const Design &design, int max)
{
    QStringList ids;
    const int count = 1 + below(max);
    for (int i = 0; i < count && !design.elements().empty(); ++i) {
        const QString id = design.elements()[size_t(below(int(design.elements().size())))].id;
        if (!ids.contains(id))
            ids << id;
    }
    return ids;
}

// What a user selects before Delete, Cut, Copy or Duplicate.
QStringList StepGenerator::selection(const Design &design)
{
    const int mode = below(10);
    if (mode == 0) { // Select All: elements and connections
        QStringList all;
        for (const Element &e : design.elements())
            all << e.id;
        for (const Connection &c : design.connections())
            all << c.id;
        return all;
    }
    if (mode <= 3) { // a security group and some of its members (the delete crash)
        const QStringList groups = idsOf(design, [](const Element &e) { return e.kind == ElementKind::SecurityGroup; });
        if (!groups.isEmpty()) {
            const QString g = pick(groups);
            QStringList ids{g};
            for (const Element &e : design.elements()) {
                if (e.securityGroups.contains(g) && chance(0.6))
                    ids << e.id;
            }
            return ids;
        }
    }
    if (mode <= 5) { // a container (with everything in it), and maybe something else
        const QStringList containers = idsOf(design, [](const Element &e) { return kindInfo(e.kind).container; });
        if (!containers.isEmpty()) {
            QStringList ids{pick(containers)};
            if (chance(0.3))
                ids << someElements(design, 2);
            ids.removeDuplicates(); // a selection is a set
            return ids;
        }
    }
    QStringList ids = someElements(design, 3);
    if (!design.connections().empty() && chance(0.3))
        ids << pick(design.connections()).id;
    return ids;
}

QPointF StepGenerator::outside(const Design &design)
{
    QRectF all;
    for (const Element &e : design.elements()) {
        if (e.parent.isEmpty())
            all |= layout::sceneRect(design, e.id);
    }
    return QPointF(all.right() + coordinate(60, 400), all.top() + coordinate(0, 300));
}

// A scene position where an element of this kind may be dropped (mostly).
QPointF StepGenerator::placeFor(const Design &design, const QString &key)
{
    const ElementKind kind = *kindFromKey(key);
    const QVector<ElementKind> parents = allowedParentKinds(kind);
    if (chance(0.1) || (parents.isEmpty() && canBeTopLevel(kind)) || (canBeTopLevel(kind) && chance(0.5)))
        return chance(0.1) ? pointIn(layout::sceneRect(design, pick(design.elements()).id)) : outside(design);
    const QStringList hosts = idsOf(design, [&](const Element &e) { return parents.contains(e.kind); });
    if (hosts.isEmpty())
        return outside(design);
    return pointIn(layout::sceneRect(design, pick(hosts)));
}

QVariant StepGenerator::valueFor(const Design &design, const QStringList &ids, const PropertySpec &spec)
{
    switch (spec.type) {
    case PropertyType::Bool:
        return chance(0.5);
    case PropertyType::Int: {
        const int span = spec.maximum - spec.minimum;
        return chance(0.5) ? spec.minimum + below(std::min(span, 10) + 1) : spec.minimum + below(span + 1);
    }
    case PropertyType::String:
        return pick(kStrings);
    case PropertyType::Enum:
        return pick(spec.enumValues);
    case PropertyType::Cidr:
        return pick(kCidrs);
    case PropertyType::Ref: {
        QStringList candidates{QString()};
        for (const Element &e : design.elements()) {
            if (std::find(spec.refKinds.begin(), spec.refKinds.end(), e.kind) != spec.refKinds.end() && !ids.contains(e.id))
                candidates << e.id;
        }
        return pick(candidates);
    }
    case PropertyType::RefList:
        break;
    }
    return {};
}

EditStep StepGenerator::next(const Design &design, const ModelEditor &editor)
{
    int total = 0;
    for (const Weighted &w : kWeightedOps)
        total += w.weight;
    int roll = below(total);
    EditStep step;
    for (const Weighted &w : kWeightedOps) {
        if ((roll -= w.weight) < 0) {
            step.op = w.op;
            break;
        }
    }
    // Gestures on elements need some; fall back to adding one.
    const bool empty = design.elements().empty();
    auto elementsWhere = [&](const std::function<bool(const Element &)> &wanted) { return idsOf(design, wanted); };
    auto fallback = [&]() {
        EditStep add;
        add.op = EditOp::Add;
        add.key = kindKey(pick(allKinds()).kind);
        add.a = empty ? QPointF(100, 100) : placeFor(design, add.key);
        return add;
    };
    switch (step.op) {
    case EditOp::Add:
        return fallback();
    case EditOp::Remove:
    case EditOp::Cut:
    case EditOp::Copy:
    case EditOp::Duplicate:
        if (empty)
            return fallback();
        step.ids = selection(design);
        return step;
    case EditOp::Move: {
        if (empty)
            return fallback();
        step.ids = chance(0.5) ? someElements(design, 1) : selection(design);
        const Element *first = design.element(step.ids.first());
        const QString firstId = first ? first->id : QString();
        step.a = delta();
        if (first && chance(0.6)) { // into a container that may hold it
            const QVector<ElementKind> parents = allowedParentKinds(first->kind);
            const QStringList hosts = elementsWhere([&](const Element &e) { return parents.contains(e.kind) && e.id != firstId; });
            step.b = hosts.isEmpty() || (canBeTopLevel(first->kind) && chance(0.3)) ? outside(design)
                                                                                    : pointIn(layout::sceneRect(design, pick(hosts)));
        } else {
            step.b = first ? layout::sceneRect(design, first->id).center() + step.a : outside(design);
        }
        return step;
    }
    case EditOp::Nudge:
        if (empty)
            return fallback();
        step.ids = someElements(design, 2);
        step.a = pick(std::vector<QPointF>{{1, 0}, {-1, 0}, {0, 1}, {0, -1}, {10, 0}, {0, -10}});
        return step;
    case EditOp::Resize: {
        const QStringList containers = elementsWhere([](const Element &e) { return kindInfo(e.kind).container; });
        if (containers.isEmpty())
            return fallback();
        step.ids = {pick(containers)};
        const QSizeF start = layout::elementSize(*design.element(step.ids.first()));
        const int moves = 1 + below(4);
        for (int i = 0; i < moves; ++i)
            step.path << QPointF(start.width() + coordinate(-200, 300), start.height() + coordinate(-200, 300));
        return step;
    }
    case EditOp::Connect: {
        if (empty)
            return fallback();
        const int mode = below(10);
        QString from;
        QString to;
        if (mode < 2) { // attach a load balancer or Auto Scaling group to a subnet
            const QStringList froms = elementsWhere([](const Element &e) {
                return e.kind == ElementKind::LoadBalancer || e.kind == ElementKind::AutoScalingGroup;
            });
            const QStringList subnets = elementsWhere([](const Element &e) { return e.kind == ElementKind::Subnet; });
            if (!froms.isEmpty() && !subnets.isEmpty()) {
                from = pick(froms);
                to = pick(subnets);
            }
        } else if (mode < 4) { // join a security group
            const QStringList froms = elementsWhere([](const Element &e) { return takesSecurityGroups(e.kind); });
            const QStringList groups = elementsWhere([](const Element &e) { return e.kind == ElementKind::SecurityGroup; });
            if (!froms.isEmpty() && !groups.isEmpty()) {
                from = pick(froms);
                to = pick(groups);
            }
        } else if (mode < 9) { // a traffic connection the designer accepts
            for (int attempt = 0; attempt < 30 && to.isEmpty(); ++attempt) {
                const QString f = pick(design.elements()).id;
                const QString t = pick(design.elements()).id;
                if (editor.connectProblem(f, t).isEmpty()) {
                    from = f;
                    to = t;
                }
            }
        }
        if (to.isEmpty()) { // anything: mostly refused
            from = pick(design.elements()).id;
            to = pick(design.elements()).id;
        }
        step.ids = {from, to};
        return step;
    }
    case EditOp::Disconnect:
    case EditOp::SetConnection:
    case EditOp::Reverse:
        if (design.connections().empty())
            return fallback();
        step.ids = {pick(design.connections()).id};
        if (step.op == EditOp::SetConnection) {
            const int mode = below(3);
            step.key = mode == 0 ? QStringLiteral("choice") : mode == 1 ? QStringLiteral("port") : pick(QStringList{"none", "tcp", "udp", "http", "https"});
            step.n = mode == 0 ? below(7) : mode == 1 ? pick(std::vector<int>{0, 22, 80, 443, 3306, 6379, 65535}) : 0;
        }
        return step;
    case EditOp::ToggleGroup: {
        const QStringList members = elementsWhere([](const Element &e) { return takesSecurityGroups(e.kind); });
        const QStringList groups = elementsWhere([](const Element &e) { return e.kind == ElementKind::SecurityGroup; });
        if (members.isEmpty() || groups.isEmpty())
            return fallback();
        step.ids = {pick(members)};
        if (chance(0.3) && !step.ids.contains(members.first()))
            step.ids << members.first();
        step.key = pick(groups);
        return step;
    }
    case EditOp::ToggleMember: {
        const QStringList members = elementsWhere([](const Element &e) { return takesSecurityGroups(e.kind); });
        const QStringList groups = elementsWhere([](const Element &e) { return e.kind == ElementKind::SecurityGroup; });
        if (members.isEmpty() || groups.isEmpty())
            return fallback();
        step.ids = {pick(groups)};
        step.key = pick(members);
        return step;
    }
    case EditOp::SetProperty: {
        const QStringList withProps = elementsWhere([](const Element &e) { return !propertySpecs(e.kind).empty(); });
        if (withProps.isEmpty())
            return fallback();
        const Element *e = design.element(pick(withProps));
        step.ids = {e->id};
        if (chance(0.25)) { // a second element of the same kind: a mixed selection
            const QStringList same = elementsWhere([&](const Element &o) { return o.kind == e->kind && o.id != e->id; });
            if (!same.isEmpty())
                step.ids << pick(same);
        }
        std::vector<PropertySpec> specs;
        for (const PropertySpec &s : propertySpecs(e->kind)) {
            if (s.type != PropertyType::RefList)
                specs.push_back(s);
        }
        if (specs.empty())
            return fallback();
        const PropertySpec &spec = pick(specs);
        step.key = spec.key;
        step.value = valueFor(design, step.ids, spec);
        return step;
    }
    case EditOp::ToggleRef: {
        const QStringList holders = elementsWhere([](const Element &e) {
            return e.kind == ElementKind::LoadBalancer || e.kind == ElementKind::AutoScalingGroup;
        });
        const QStringList subnets = elementsWhere([](const Element &e) { return e.kind == ElementKind::Subnet; });
        if (holders.isEmpty() || subnets.isEmpty())
            return fallback();
        step.ids = {pick(holders)};
        step.key = QStringLiteral("subnets");
        step.value = pick(subnets);
        return step;
    }
    case EditOp::AddIngress:
    case EditOp::EditIngress:
    case EditOp::RemoveIngress: {
        const QStringList groups = elementsWhere([](const Element &e) { return e.kind == ElementKind::SecurityGroup; });
        if (groups.isEmpty())
            return fallback();
        step.ids = {pick(groups)};
        const int rows = design.element(step.ids.first())->ingress.size();
        if (step.op == EditOp::AddIngress || rows == 0) {
            step.op = EditOp::AddIngress;
            return step;
        }
        step.n = below(rows);
        if (step.op == EditOp::EditIngress) {
            step.key = pick(QStringList{"tcp", "tcp", "udp", "icmp", "all"});
            const int from = pick(std::vector<int>{0, 22, 80, 443, 3306, 5432, 6379});
            step.a = QPointF(from, chance(0.8) ? from : from + below(1000));
            step.value = chance(0.5) ? QVariant(pick(groups)) : QVariant(pick(kCidrs));
        }
        return step;
    }
    case EditOp::ToggleListener: {
        const QStringList lbs = elementsWhere([](const Element &e) { return e.kind == ElementKind::LoadBalancer; });
        if (lbs.isEmpty())
            return fallback();
        step.ids = {pick(lbs)};
        step.n = below(4);
        return step;
    }
    case EditOp::Rename:
        if (empty)
            return fallback();
        step.ids = someElements(design, 1);
        step.key = pick(kNames);
        if (step.key.isNull())
            step.key = QLatin1String("");
        return step;
    case EditOp::Paste: {
        if (chance(0.5)) {
            const QStringList containers = elementsWhere([](const Element &e) { return kindInfo(e.kind).container; });
            if (!containers.isEmpty())
                step.ids = {pick(containers)};
        }
        return step;
    }
    case EditOp::QuickFix:
    case EditOp::Suppress: {
        QVector<Finding> candidates;
        for (const Finding &f : checkDesign(design)) {
            if (step.op == EditOp::Suppress ? (!f.suppressed && !f.primaryElement().isEmpty()) : !quickFixes(design, f).isEmpty())
                candidates << f;
        }
        if (candidates.isEmpty())
            return fallback();
        const Finding f = pick(candidates);
        step.key = f.rule;
        if (!f.primaryElement().isEmpty())
            step.ids = {f.primaryElement()};
        if (step.op == EditOp::QuickFix)
            step.n = below(3);
        else
            step.value = QStringLiteral("accepted for now");
        return step;
    }
    case EditOp::Unsuppress:
        if (design.lint.suppressions.isEmpty())
            return fallback();
        {
            const Suppression &s = pick(design.lint.suppressions);
            step.key = s.rule;
            step.ids = {s.element};
        }
        return step;
    case EditOp::DesignInfo: {
        const int field = below(5);
        static const char *fields[] = {"name", "description", "region", "environment", "expectedUsers"};
        step.key = QString::fromLatin1(fields[field]);
        if (field == 2)
            step.value = pick(QStringList{"us-east-1", "eu-west-1", "ap-northeast-2"});
        else if (field == 3)
            step.value = pick(QStringList{"dev", "staging", "prod"});
        else if (field == 4)
            step.value = pick(std::vector<int>{1, 1000, 100000, 10000000});
        else
            step.value = pick(kNames);
        return step;
    }
    case EditOp::Undo:
    case EditOp::Redo:
        return step;
    }
    return step;
}

} // namespace pillar::test
