#include "ConnectionForm.h"

#include "ConnectionPorts.h"
#include "DesignModel.h"
#include "Document.h"
#include "commands/ConnectionCommands.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pillar {

ConnectionForm::ConnectionForm(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_title(new QLabel(this))
    , m_note(new QLabel(this))
    , m_fields(new QWidget(this))
    , m_id(new QLabel(m_fields))
    , m_from(new QLabel(m_fields))
    , m_to(new QLabel(m_fields))
    , m_protocol(new QComboBox(m_fields))
    , m_port(new QSpinBox(m_fields))
    , m_common(new QComboBox(m_fields))
    , m_reverse(new QPushButton(tr("Reverse direction"), m_fields))
{
    m_id->setObjectName(QStringLiteral("connectionId"));
    m_from->setObjectName(QStringLiteral("connectionFrom"));
    m_to->setObjectName(QStringLiteral("connectionTo"));
    m_protocol->setObjectName(QStringLiteral("connectionProtocol"));
    m_port->setObjectName(QStringLiteral("connectionPort"));
    m_common->setObjectName(QStringLiteral("connectionCommonPort"));
    m_reverse->setObjectName(QStringLiteral("connectionReverse"));
    m_note->setObjectName(QStringLiteral("connectionNote"));

    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_note->setWordWrap(true);
    for (QLabel *label : {m_id, m_from, m_to}) {
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(true);
    }
    m_protocol->addItem(tr("Not stated"), QString());
    for (const QString &protocol : connectionProtocols())
        m_protocol->addItem(protocol.toUpper(), protocol);
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("Not stated"));
    m_port->setKeyboardTracking(false);
    m_common->setPlaceholderText(tr("Other"));
    for (const PortChoice &choice : commonPortChoices())
        m_common->addItem(choice.labelText());
    m_reverse->setToolTip(tr("Swap the ends: the traffic flows the other way"));

    auto *form = new QFormLayout(m_fields);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Id:"), m_id);
    form->addRow(tr("From:"), m_from);
    form->addRow(tr("To:"), m_to);
    form->addRow(tr("Protocol:"), m_protocol);
    form->addRow(tr("Port:"), m_port);
    form->addRow(tr("Common ports:"), m_common);
    form->addRow(QString(), m_reverse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_note);
    layout->addWidget(m_fields);
    layout->addStretch(1);

    connect(m_protocol, &QComboBox::activated, this, [this] {
        const QString protocol = m_protocol->currentData().toString();
        commit([&](Connection &c) { c.protocol = protocol; });
    });
    connect(m_port, &QSpinBox::valueChanged, this, [this](int port) {
        commit([&](Connection &c) { c.port = port; });
    });
    connect(m_common, &QComboBox::activated, this, [this](int index) {
        const PortChoice &choice = commonPortChoices()[size_t(index)];
        commit([&](Connection &c) {
            c.protocol = choice.protocolText();
            c.port = choice.port;
        });
    });
    connect(m_reverse, &QPushButton::clicked, this, [this] {
        commit([](Connection &c) { std::swap(c.from, c.to); });
    });
}

void ConnectionForm::setTargets(const QStringList &ids)
{
    m_ids = ids;
    refresh();
}

void ConnectionForm::refresh()
{
    const DesignModel *model = m_document->model();
    const Connection *c = m_ids.size() == 1 ? model->connection(m_ids.front()) : nullptr;
    m_fields->setVisible(c != nullptr);
    if (!c) {
        m_title->setText(tr("%1 connections selected").arg(m_ids.size()));
        m_note->setText(tr("Select one connection to edit it. The context menu's Delete removes them all."));
        return;
    }
    m_title->setText(tr("Connection"));
    m_note->setText(tr("Traffic from one element to another. The checker follows it through the security groups "
                       "of both ends."));
    const auto endText = [&](const QString &id) {
        const Element *e = model->element(id);
        if (!e)
            return tr("%1 (not in the design)").arg(id);
        return e->name.isEmpty() || e->name == e->id ? QStringLiteral("%1 · %2").arg(e->id, kindDisplayName(e->kind))
                                                     : QStringLiteral("%1 (%2) · %3").arg(e->name, e->id, kindDisplayName(e->kind));
    };
    m_id->setText(c->id);
    m_from->setText(endText(c->from));
    m_to->setText(endText(c->to));
    const QSignalBlocker b1(m_protocol), b2(m_port), b3(m_common);
    int protocol = m_protocol->findData(c->protocol);
    if (protocol < 0) { // a value this build does not offer: show it as it is
        m_protocol->addItem(c->protocol, c->protocol);
        protocol = m_protocol->count() - 1;
    }
    m_protocol->setCurrentIndex(protocol);
    m_port->setValue(c->port);
    int common = -1;
    for (size_t k = 0; k < commonPortChoices().size(); ++k) {
        if (commonPortChoices()[k].matches(c->protocol, c->port))
            common = int(k);
    }
    m_common->setCurrentIndex(common);
}

void ConnectionForm::commit(const std::function<void(Connection &)> &edit)
{
    const Connection *current = m_ids.size() == 1 ? m_document->model()->connection(m_ids.front()) : nullptr;
    if (!current)
        return;
    Connection edited = *current;
    edit(edited);
    if (edited != *current)
        m_document->push(new ChangeConnectionCommand(m_document->model(), edited));
    refresh();
}

} // namespace pillar
