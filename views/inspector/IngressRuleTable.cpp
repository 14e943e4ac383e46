#include "IngressRuleTable.h"
#include "RenderStyle.h"

#include "Cidr.h"
#include "DesignModel.h"
#include "Document.h"
#include "InspectorEdits.h"
#include "commands/ElementEdits.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace pillar {

namespace {

const QStringList kProtocols = {QStringLiteral("tcp"), QStringLiteral("udp"), QStringLiteral("icmp"), QStringLiteral("all")};

} // namespace

IngressRuleTable::IngressRuleTable(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_error(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("ingressTable"));
    m_table->setHorizontalHeaderLabels({tr("Protocol"), tr("From"), tr("To"), tr("Source"), tr("Description"), QString()});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Source and description share what the dock leaves; the rest is compact.
    m_table->horizontalHeader()->setSectionResizeMode(SourceColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);
    m_table->setMinimumHeight(120);
    m_error->setObjectName(QStringLiteral("ingressError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(style::invalidInputColor().name()));
    m_error->hide();
    auto *add = new QPushButton(tr("Add rule"), this);
    add->setObjectName(QStringLiteral("addIngressRule"));
    connect(add, &QPushButton::clicked, this, &IngressRuleTable::addRule);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addWidget(m_error);
    layout->addWidget(add, 0, Qt::AlignLeft);
}

void IngressRuleTable::setGroup(const QString &id)
{
    m_id = id;
    rebuild();
}

QString IngressRuleTable::error() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QVector<QPair<QString, QString>> IngressRuleTable::groups() const
{
    return inspector::elementsOfKinds(m_document->model()->design(), {ElementKind::SecurityGroup});
}

void IngressRuleTable::refresh()
{
    const Element *e = m_document->model()->element(m_id);
    if (!e)
        return;
    if (e->ingress != m_shown || groups() != m_groupsShown)
        rebuild();
}

void IngressRuleTable::rebuild()
{
    const Element *e = m_document->model()->element(m_id);
    m_shown = e ? e->ingress : QVector<IngressRule>();
    m_groupsShown = groups();
    m_rebuilding = true; // a focused cell emits editingFinished while it is destroyed
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_shown.size()));
    for (int row = 0; row < m_shown.size(); ++row) {
        const IngressRule &rule = m_shown[row];
        auto *protocol = new QComboBox;
        protocol->addItems(kProtocols);
        protocol->setCurrentIndex(int(kProtocols.indexOf(rule.protocol)));
        auto *from = new QSpinBox;
        auto *to = new QSpinBox;
        for (QSpinBox *spin : {from, to}) {
            spin->setRange(0, 65535);
            spin->setButtonSymbols(QAbstractSpinBox::NoButtons);
            spin->setKeyboardTracking(false);
            spin->setEnabled(rule.protocol == QLatin1String("tcp") || rule.protocol == QLatin1String("udp"));
        }
        from->setValue(rule.fromPort);
        to->setValue(rule.toPort);
        auto *source = new QComboBox;
        source->setEditable(true);
        source->setInsertPolicy(QComboBox::NoInsert);
        for (const auto &g : std::as_const(m_groupsShown))
            source->addItem(g.second, g.first);
        source->lineEdit()->setPlaceholderText(tr("CIDR or security group"));
        const int groupIndex = rule.sourceGroup.isEmpty() ? -1 : source->findData(rule.sourceGroup);
        source->setCurrentIndex(groupIndex);
        source->setEditText(groupIndex >= 0 ? source->itemText(groupIndex) : !rule.sourceGroup.isEmpty() ? rule.sourceGroup : rule.cidr);
        auto *description = new QLineEdit(rule.description);
        description->setCursorPosition(0);
        auto *remove = new QToolButton;
        remove->setText(QStringLiteral("✕"));
        remove->setToolTip(tr("Remove this rule"));
        m_table->setCellWidget(row, ProtocolColumn, protocol);
        m_table->setCellWidget(row, FromColumn, from);
        m_table->setCellWidget(row, ToColumn, to);
        m_table->setCellWidget(row, SourceColumn, source);
        m_table->setCellWidget(row, DescriptionColumn, description);
        m_table->setCellWidget(row, RemoveColumn, remove);
        const auto commit = [this, row] { commitRow(row); };
        connect(protocol, &QComboBox::activated, this, commit);
        connect(from, &QSpinBox::valueChanged, this, commit);
        connect(to, &QSpinBox::valueChanged, this, commit);
        connect(source, &QComboBox::activated, this, commit);
        connect(source->lineEdit(), &QLineEdit::editingFinished, this, commit);
        connect(description, &QLineEdit::editingFinished, this, commit);
        connect(remove, &QToolButton::clicked, this, [this, row] { removeRule(row); });
    }
    m_rebuilding = false;
    m_error->hide();
}

void IngressRuleTable::commitRow(int row)
{
    if (m_rebuilding || row < 0 || row >= m_shown.size())
        return;
    IngressRule rule;
    rule.protocol = static_cast<QComboBox *>(m_table->cellWidget(row, ProtocolColumn))->currentText();
    rule.fromPort = static_cast<QSpinBox *>(m_table->cellWidget(row, FromColumn))->value();
    rule.toPort = static_cast<QSpinBox *>(m_table->cellWidget(row, ToColumn))->value();
    rule.description = static_cast<QLineEdit *>(m_table->cellWidget(row, DescriptionColumn))->text();
    auto *source = static_cast<QComboBox *>(m_table->cellWidget(row, SourceColumn));
    const QString text = source->currentText().trimmed();
    const int groupIndex = source->findText(text);
    if (groupIndex >= 0) {
        rule.sourceGroup = source->itemData(groupIndex).toString();
    } else {
        QString why;
        if (text.isEmpty())
            why = tr("a source is required: a CIDR block such as 10.0.0.0/16, or a security group");
        else if (!Cidr::parse(text, &why) && why.isEmpty())
            why = tr("not a CIDR block");
        if (!why.isEmpty()) {
            showError(row, why);
            return;
        }
        rule.cidr = text;
    }
    const bool ports = rule.protocol == QLatin1String("tcp") || rule.protocol == QLatin1String("udp");
    if (ports && rule.fromPort > rule.toPort) {
        showError(row, tr("the port range ends before it starts (%1 > %2)").arg(rule.fromPort).arg(rule.toPort));
        return;
    }
    source->setStyleSheet(QString());
    m_error->hide();
    if (rule == m_shown[row])
        return;
    QVector<IngressRule> rules = m_shown;
    rules[row] = rule;
    apply(rules, tr("Edit ingress rule of %1"));
    // Port boxes follow the protocol (icmp / all have no ports).
    for (int c : {FromColumn, ToColumn})
        m_table->cellWidget(row, c)->setEnabled(ports);
}

void IngressRuleTable::showError(int row, const QString &why)
{
    if (auto *source = m_table->cellWidget(row, SourceColumn))
        source->setStyleSheet(QStringLiteral("QComboBox { border: 2px solid %1; }").arg(style::invalidInputColor().name()));
    m_error->setText(tr("Rule %1 not applied: %2").arg(row + 1).arg(why));
    m_error->show();
}

void IngressRuleTable::addRule()
{
    IngressRule rule;
    rule.fromPort = 443;
    rule.toPort = 443;
    // A new rule admits HTTPS from inside the group's own VPC: never the world.
    const Design &design = m_document->model()->design();
    const Element *vpc = design.enclosing(m_id, ElementKind::Vpc);
    rule.cidr = vpc ? vpc->stringValue(QStringLiteral("cidr")) : QString();
    if (rule.cidr.isEmpty())
        rule.cidr = QStringLiteral("10.0.0.0/16");
    QVector<IngressRule> rules = m_shown;
    rules.append(rule);
    apply(rules, tr("Add ingress rule to %1"));
    rebuild();
}

void IngressRuleTable::removeRule(int row)
{
    if (row < 0 || row >= m_shown.size())
        return;
    QVector<IngressRule> rules = m_shown;
    rules.removeAt(row);
    apply(rules, tr("Remove ingress rule from %1"));
    rebuild();
}

void IngressRuleTable::apply(const QVector<IngressRule> &rules, const QString &text)
{
    const Element *e = m_document->model()->element(m_id);
    if (!e)
        return;
    m_shown = rules;
    pushElementEdit(m_document, {m_id}, text.arg(e->displayName()), [&](Element &el) { el.ingress = rules; });
}

} // namespace pillar
