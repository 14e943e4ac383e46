// The inspector's, the connection form's and the Problems dock's edits.
#include "ModelEditor.h"

#include "Cidr.h"
#include "DesignModel.h"
#include "Document.h"
#include "PropertySpec.h"
#include "Placement.h"
#include "commands/ChangeElementsCommand.h"
#include "commands/ConnectionCommands.h"
#include "commands/ElementEdits.h"
#include "commands/SetDesignInfoCommand.h"
#include "commands/SetLintConfigCommand.h"
#include "rules/Checker.h"
#include "rules/QuickFixes.h"

#include <algorithm>
#include <iterator>

namespace pillar::test {

namespace {

// The connection form's common choices (views/ConnectionPorts.cpp).
const struct {
    const char *protocol;
    int port;
} kPortChoices[] = {{"", 0}, {"http", 80}, {"https", 443}, {"tcp", 3306}, {"tcp", 5432}, {"tcp", 6379}, {"tcp", 8080}};

// The canvas context menu's listener choices (views/CanvasContextMenu.cpp).
Listener listenerChoice(int n)
{
    static const struct {
        const char *protocol;
        int port;
        const char *action;
    } choices[] = {{"HTTPS", 443, "forward"}, {"HTTP", 80, "forward"}, {"HTTP", 80, "redirect-https"}, {"TCP", 443, "forward"}};
    const auto &c = choices[size_t(n) % 4];
    Listener l;
    l.protocol = QString::fromLatin1(c.protocol);
    l.port = c.port;
    l.action = QString::fromLatin1(c.action);
    return l;
}

} // namespace

bool ModelEditor::toggleGroup(const QStringList &ids, const QString &group)
{
    // A click on an entry that is not checked for all of them checks it.
    bool all = true;
    for (const QString &id : ids)
        all = all && m_document->model()->element(id)->securityGroups.contains(group);
    const bool checked = !all;
    // ElementForm offers only groups of the member's VPC (securityGroupProblem).
    for (const QString &id : ids) {
        if (checked && !securityGroupProblem(m_document->model()->design(), id, group).isEmpty())
            return false;
    }
    return pushGroupMembership(m_document, ids, group, checked, QStringLiteral("Attach or detach group"));
}

bool ModelEditor::setProperty(const EditStep &step)
{
    const Design &design = m_document->model()->design();
    const PropertySpec *spec = nullptr;
    for (const QString &id : step.ids) {
        const Element *e = design.element(id);
        const PropertySpec *s = e ? findPropertySpec(e->kind, step.key) : nullptr;
        if (!s || (spec && (s->type != spec->type || s->enumValues != spec->enumValues || s->refKinds != spec->refKinds)))
            return false; // not a property the selection shares
        spec = s;
    }
    if (!spec || !spec->validate(step.value).isEmpty())
        return false; // the editor offers only valid values
    if (spec->type == PropertyType::Ref && !step.value.toString().isEmpty()) {
        const Element *target = design.element(step.value.toString());
        if (!target || step.ids.contains(target->id)
            || std::find(spec->refKinds.begin(), spec->refKinds.end(), target->kind) == spec->refKinds.end())
            return false; // not in the combo box
    }
    if (spec->type == PropertyType::RefList)
        return false; // a check list: ToggleRef
    return pushPropertyEdit(m_document, step.ids, {{spec->key, step.value}});
}

bool ModelEditor::toggleRef(const EditStep &step)
{
    const Design &design = m_document->model()->design();
    const QString ref = step.value.toString();
    const Element *target = design.element(ref);
    if (!target)
        return false;
    bool all = true;
    for (const QString &id : step.ids) {
        const Element *e = design.element(id);
        const PropertySpec *s = e ? findPropertySpec(e->kind, step.key) : nullptr;
        if (!s || s->type != PropertyType::RefList
            || std::find(s->refKinds.begin(), s->refKinds.end(), target->kind) == s->refKinds.end())
            return false;
        all = all && e->listValue(step.key).contains(ref);
    }
    const bool checked = !all;
    // As for groups: PropertyEditor offers only subnets of the holder's VPC (subnetAttachmentProblem).
    for (const QString &id : step.ids) {
        if (checked && step.key == QLatin1String("subnets") && !subnetAttachmentProblem(design, id, ref).isEmpty())
            return false;
    }
    return pushReferenceToggle(m_document, step.ids, step.key, ref, checked, QStringLiteral("Set %1").arg(step.key));
}

bool ModelEditor::editIngress(const EditStep &step)
{
    const Design &design = m_document->model()->design();
    const QString id = step.ids.value(0);
    const Element *sg = design.element(id);
    if (!sg || sg->kind != ElementKind::SecurityGroup)
        return false;
    QVector<IngressRule> rules = sg->ingress;
    if (step.op == EditOp::AddIngress) {
        IngressRule rule;
        rule.fromPort = 443;
        rule.toPort = 443;
        const Element *vpc = design.enclosing(id, ElementKind::Vpc);
        rule.cidr = vpc ? vpc->stringValue(QStringLiteral("cidr")) : QString();
        if (rule.cidr.isEmpty())
            rule.cidr = QStringLiteral("10.0.0.0/16");
        rules.append(rule);
    } else if (step.n < 0 || step.n >= rules.size()) {
        return false;
    } else if (step.op == EditOp::RemoveIngress) {
        rules.removeAt(step.n);
    } else {
        // IngressRuleTable::commitRow: a group offered in the list, or a CIDR.
        IngressRule rule;
        rule.protocol = step.key;
        rule.fromPort = int(step.a.x());
        rule.toPort = int(step.a.y());
        rule.description = rules[step.n].description;
        const QString source = step.value.toString();
        const Element *group = design.element(source);
        if (group && group->kind == ElementKind::SecurityGroup)
            rule.sourceGroup = source;
        else if (Cidr::parse(source))
            rule.cidr = source;
        else
            return false;
        const bool ports = rule.protocol == QLatin1String("tcp") || rule.protocol == QLatin1String("udp");
        if (ports && rule.fromPort > rule.toPort)
            return false;
        if (rule == rules[step.n])
            return false;
        rules[step.n] = rule;
    }
    return pushElementEdit(m_document, {id}, QStringLiteral("Edit ingress"), [&](Element &el) { el.ingress = rules; });
}

bool ModelEditor::toggleListener(const EditStep &step)
{
    const Element *current = m_document->model()->element(step.ids.value(0));
    if (!current || current->kind != ElementKind::LoadBalancer)
        return false;
    const Listener l = listenerChoice(step.n);
    Element edited = *current;
    const bool on = !edited.listeners.contains(l);
    edited.listeners.removeAll(l);
    if (on)
        edited.listeners << l;
    m_document->push(new EditElementCommand(m_document->model(), edited, QStringLiteral("Toggle listener")));
    return true;
}

bool ModelEditor::setConnection(const EditStep &step, bool reverse)
{
    const Connection *current = m_document->model()->connection(step.ids.value(0));
    if (!current)
        return false;
    Connection edited = *current;
    if (reverse) {
        std::swap(edited.from, edited.to);
    } else if (step.key == QLatin1String("choice")) {
        const auto &c = kPortChoices[size_t(step.n) % std::size(kPortChoices)];
        edited.protocol = QString::fromLatin1(c.protocol);
        edited.port = c.port;
    } else if (step.key == QLatin1String("port")) {
        edited.port = std::clamp(step.n, 0, 65535);
    } else {
        edited.protocol = step.key == QLatin1String("none") ? QString() : step.key;
    }
    if (edited == *current)
        return false;
    m_document->push(new ChangeConnectionCommand(m_document->model(), edited));
    return true;
}

bool ModelEditor::quickFix(const EditStep &step)
{
    const Design &design = m_document->model()->design();
    const QString element = step.ids.value(0);
    for (const Finding &f : checkDesign(design)) {
        if (f.rule != step.key || f.primaryElement() != element)
            continue;
        const QVector<QuickFix> fixes = quickFixes(design, f);
        if (fixes.isEmpty())
            continue;
        if (QUndoCommand *command = fixes[step.n % fixes.size()].createCommand(m_document->model())) {
            m_document->push(command);
            return true;
        }
        return false;
    }
    return false;
}

bool ModelEditor::suppress(const EditStep &step, bool on)
{
    DesignModel *model = m_document->model();
    const QString element = step.ids.value(0);
    if (!on) {
        for (const Suppression &s : model->design().lint.suppressions) {
            if (s.rule == step.key && s.element == element) {
                m_document->push(SetLintConfigCommand::removeSuppression(model, step.key, element));
                return true;
            }
        }
        return false;
    }
    // ProblemsDock::suppress: an unsuppressed finding with a primary element, and a reason.
    for (const Finding &f : checkDesign(model->design())) {
        if (f.rule == step.key && f.primaryElement() == element && !element.isEmpty() && !f.suppressed) {
            m_document->push(SetLintConfigCommand::addSuppression(model, {step.key, element, step.value.toString().trimmed()}));
            return true;
        }
    }
    return false;
}

bool ModelEditor::designInfo(const EditStep &step)
{
    DesignInfo info = m_document->model()->design().info;
    if (step.key == QLatin1String("name"))
        info.name = step.value.toString().trimmed();
    else if (step.key == QLatin1String("description"))
        info.description = step.value.toString().trimmed();
    else if (step.key == QLatin1String("region"))
        info.region = step.value.toString().trimmed();
    else if (step.key == QLatin1String("environment"))
        info.environment = step.value.toString();
    else if (step.key == QLatin1String("expectedUsers"))
        info.expectedUsers = step.value.toInt();
    if (info == m_document->model()->design().info)
        return false;
    m_document->push(new SetDesignInfoCommand(m_document->model(), info));
    return true;
}

} // namespace pillar::test
