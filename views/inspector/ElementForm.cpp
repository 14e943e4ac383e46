#include "ElementForm.h"

#include "CheckList.h"
#include "DesignModel.h"
#include "Document.h"
#include "IngressRuleTable.h"
#include "InspectorEdits.h"
#include "commands/ElementEdits.h"
#include "ListenerTable.h"
#include "Placement.h"
#include "PropertyEditor.h"
#include "commands/RenameElementCommand.h"
#include "KindInfo.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace pillar {

namespace {

// The properties every kind in kinds has with the same type and choices,
// in the first kind's display order: what a mixed selection can edit at once.
std::vector<PropertySpec> commonSpecs(const QVector<ElementKind> &kinds)
{
    std::vector<PropertySpec> result;
    if (kinds.isEmpty())
        return result;
    for (const PropertySpec &spec : propertySpecs(kinds.first())) {
        bool shared = true;
        for (ElementKind kind : kinds) {
            const PropertySpec *other = findPropertySpec(kind, spec.key);
            shared = shared && other && other->type == spec.type && other->enumValues == spec.enumValues
                && other->refKinds == spec.refKinds;
        }
        if (shared)
            result.push_back(spec);
    }
    return result;
}

} // namespace

ElementForm::ElementForm(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

void ElementForm::setTargets(const QStringList &ids)
{
    m_ids = ids;
    rebuild();
}

void ElementForm::rebuild()
{
    if (m_body) {
        // Detached and deleted later: rebuild may run inside a signal of
        // one of its widgets, and lookups must not find the old editors.
        m_body->hide();
        m_body->setParent(nullptr);
        m_body->deleteLater();
    }
    m_editors.clear();
    m_groups = m_members = nullptr;
    m_ingress = nullptr;
    m_listeners = nullptr;
    m_name = nullptr;
    m_body = new QWidget(this);
    layout()->addWidget(m_body);
    auto *column = new QVBoxLayout(m_body);
    column->setContentsMargins(6, 6, 6, 6);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    column->addLayout(m_form);

    const DesignModel *model = m_document->model();
    QVector<ElementKind> kinds;
    for (const QString &id : std::as_const(m_ids)) {
        if (const Element *e = model->element(id); e && !kinds.contains(e->kind))
            kinds.append(e->kind);
    }
    const bool single = m_ids.size() == 1;
    m_kind = new QLabel(m_body);
    m_kind->setObjectName(QStringLiteral("kindLabel"));
    QFont bold = m_kind->font();
    bold.setBold(true);
    m_kind->setFont(bold);
    if (single) {
        m_kind->setText(kindDisplayName(kinds.value(0)));
        m_form->addRow(tr("Kind:"), m_kind);
        m_id = new QLineEdit(m_ids.first(), m_body);
        m_id->setObjectName(QStringLiteral("idField"));
        m_id->setReadOnly(true);
        m_form->addRow(tr("Id:"), m_id);
        m_name = new QLineEdit(m_body);
        m_name->setObjectName(QStringLiteral("nameField"));
        m_name->setPlaceholderText(tr("(shown as its id)"));
        connect(m_name, &QLineEdit::editingFinished, this, &ElementForm::commitName);
        m_form->addRow(tr("Name:"), m_name);
    } else {
        QStringList names;
        for (ElementKind k : std::as_const(kinds))
            names << kindDisplayName(k);
        m_kind->setText(tr("%n elements: %1", nullptr, int(m_ids.size())).arg(names.join(QLatin1String(", "))));
        m_kind->setWordWrap(true);
        m_form->addRow(m_kind);
    }

    const std::vector<PropertySpec> specs = commonSpecs(kinds);
    for (const PropertySpec &spec : specs) {
        auto *editor = new PropertyEditor(m_document, spec, m_body);
        m_editors.push_back(editor);
        m_form->addRow(spec.displayLabel() + QLatin1Char(':'), editor);
    }
    if (specs.empty() && !single)
        m_form->addRow(new QLabel(tr("The selected elements share no properties."), m_body));

    const bool allTakeGroups = !kinds.isEmpty()
        && std::all_of(kinds.begin(), kinds.end(), [](ElementKind k) { return takesSecurityGroups(k); });
    if (allTakeGroups) {
        m_groups = new CheckList(m_body);
        m_groups->setObjectName(QStringLiteral("securityGroupList"));
        connect(m_groups, &CheckList::toggled, this, &ElementForm::toggleGroup);
        addSection(tr("Security groups"), m_groups);
    }
    if (single && kindInfo(kinds.value(0)).holdsIngress) {
        m_ingress = new IngressRuleTable(m_document, m_body);
        addSection(tr("Inbound rules"), m_ingress);
        m_members = new CheckList(m_body);
        m_members->setObjectName(QStringLiteral("memberList"));
        connect(m_members, &CheckList::toggled, this, &ElementForm::toggleMember);
        addSection(tr("Members"), m_members);
        m_ingress->setGroup(m_ids.first());
    }
    if (single && kindInfo(kinds.value(0)).holdsListeners) {
        m_listeners = new ListenerTable(m_document, m_body);
        addSection(tr("Listeners"), m_listeners);
        m_listeners->setLoadBalancer(m_ids.first());
    }
    column->addStretch(1);
    for (PropertyEditor *editor : m_editors)
        editor->setTargets(m_ids);
    refresh();
    m_body->show();
}

void ElementForm::addSection(const QString &title, QWidget *content)
{
    auto *box = new QGroupBox(title, m_body);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(content);
    m_body->layout()->addWidget(box);
}

void ElementForm::refresh()
{
    const DesignModel *model = m_document->model();
    if (m_name && !(m_name->hasFocus() && m_name->isModified())) {
        if (const Element *e = model->element(m_ids.value(0))) {
            m_name->setText(e->name);
            m_name->setModified(false);
        }
    }
    for (PropertyEditor *editor : m_editors)
        editor->refresh();
    if (m_groups)
        refreshGroups();
    if (m_members)
        refreshMembers();
    if (m_ingress)
        m_ingress->refresh();
    if (m_listeners)
        m_listeners->refresh();
}

void ElementForm::commitName()
{
    if (!m_name->isModified())
        return;
    m_name->setModified(false);
    const QString id = m_ids.value(0);
    const Element *e = m_document->model()->element(id);
    const QString name = m_name->text().trimmed();
    if (e && e->name != name)
        m_document->push(new RenameElementCommand(m_document->model(), id, name));
}

void ElementForm::refreshGroups()
{
    const DesignModel *model = m_document->model();
    QVector<CheckList::Entry> entries;
    for (const auto &g : inspector::elementsOfKinds(model->design(), {ElementKind::SecurityGroup})) {
        int holders = 0;
        for (const QString &id : std::as_const(m_ids)) {
            const Element *e = model->element(id);
            holders += e && e->securityGroups.contains(g.first) ? 1 : 0;
        }
        // Offer only groups every selected element may join (and those some already have).
        const bool allowed = std::all_of(m_ids.cbegin(), m_ids.cend(), [&](const QString &id) {
            return securityGroupProblem(model->design(), id, g.first).isEmpty();
        });
        if (holders == 0 && !allowed)
            continue;
        const Qt::CheckState state = holders == 0 ? Qt::Unchecked : holders == m_ids.size() ? Qt::Checked : Qt::PartiallyChecked;
        entries.append({g.first, g.second, state});
    }
    m_groups->setEntries(entries);
}

void ElementForm::refreshMembers()
{
    const QString group = m_ids.value(0);
    QVector<CheckList::Entry> entries;
    for (const Element &e : m_document->model()->design().elements()) {
        const bool member = e.securityGroups.contains(group);
        if (member || securityGroupProblem(m_document->model()->design(), e.id, group).isEmpty())
            entries.append({e.id, inspector::elementLabel(e), member ? Qt::Checked : Qt::Unchecked});
    }
    m_members->setEntries(entries);
}

void ElementForm::toggleGroup(const QString &groupId, bool checked)
{
    const DesignModel *model = m_document->model();
    const Element *group = model->element(groupId);
    const QString groupName = group ? group->displayName() : groupId;
    const QString targets = describeTargets(model, m_ids);
    const QString text = checked ? tr("Attach %1 to %2").arg(groupName, targets) : tr("Detach %1 from %2").arg(groupName, targets);
    pushGroupMembership(m_document, m_ids, groupId, checked, text);
    refreshGroups();
}

void ElementForm::toggleMember(const QString &elementId, bool checked)
{
    const DesignModel *model = m_document->model();
    const QString groupId = m_ids.value(0);
    const Element *member = model->element(elementId);
    const Element *group = model->element(groupId);
    if (!member || !group)
        return;
    const QString text = checked ? tr("Attach %1 to %2").arg(group->displayName(), member->displayName())
                                 : tr("Detach %1 from %2").arg(group->displayName(), member->displayName());
    pushGroupMembership(m_document, {elementId}, groupId, checked, text);
    refreshMembers();
}

} // namespace pillar
