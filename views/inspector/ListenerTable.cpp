#include "ListenerTable.h"

#include "DesignModel.h"
#include "Document.h"
#include "InspectorEdits.h"
#include "commands/ElementEdits.h"

#include <QComboBox>
#include <QHeaderView>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace pillar {

namespace {

const QStringList kProtocols = {QStringLiteral("HTTP"), QStringLiteral("HTTPS"), QStringLiteral("TCP"),
                                QStringLiteral("TLS"), QStringLiteral("UDP")};
const QStringList kActions = {QStringLiteral("forward"), QStringLiteral("redirect-https")};

} // namespace

ListenerTable::ListenerTable(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    m_table->setObjectName(QStringLiteral("listenerTable"));
    m_table->setHorizontalHeaderLabels({tr("Protocol"), tr("Port"), tr("Action"), QString()});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ActionColumn, QHeaderView::Stretch);
    m_table->setMinimumHeight(100);
    auto *add = new QPushButton(tr("Add listener"), this);
    add->setObjectName(QStringLiteral("addListener"));
    connect(add, &QPushButton::clicked, this, &ListenerTable::addListener);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addWidget(add, 0, Qt::AlignLeft);
}

void ListenerTable::setLoadBalancer(const QString &id)
{
    m_id = id;
    rebuild();
}

void ListenerTable::refresh()
{
    const Element *e = m_document->model()->element(m_id);
    if (e && e->listeners != m_shown)
        rebuild();
}

void ListenerTable::rebuild()
{
    const Element *e = m_document->model()->element(m_id);
    m_shown = e ? e->listeners : QVector<Listener>();
    m_rebuilding = true;
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_shown.size()));
    for (int row = 0; row < m_shown.size(); ++row) {
        const Listener &l = m_shown[row];
        auto *protocol = new QComboBox;
        protocol->addItems(kProtocols);
        protocol->setCurrentIndex(int(kProtocols.indexOf(l.protocol)));
        auto *port = new QSpinBox;
        port->setRange(1, 65535);
        port->setButtonSymbols(QAbstractSpinBox::NoButtons);
        port->setKeyboardTracking(false);
        port->setValue(l.port);
        auto *action = new QComboBox;
        action->addItem(tr("forward"), kActions[0]);
        action->addItem(tr("redirect to HTTPS"), kActions[1]);
        action->setCurrentIndex(action->findData(l.action));
        auto *remove = new QToolButton;
        remove->setText(QStringLiteral("✕"));
        remove->setToolTip(tr("Remove this listener"));
        m_table->setCellWidget(row, ProtocolColumn, protocol);
        m_table->setCellWidget(row, PortColumn, port);
        m_table->setCellWidget(row, ActionColumn, action);
        m_table->setCellWidget(row, RemoveColumn, remove);
        const auto commit = [this, row] { commitRow(row); };
        connect(protocol, &QComboBox::activated, this, commit);
        connect(port, &QSpinBox::valueChanged, this, commit);
        connect(action, &QComboBox::activated, this, commit);
        connect(remove, &QToolButton::clicked, this, [this, row] { removeListener(row); });
    }
    m_rebuilding = false;
}

void ListenerTable::commitRow(int row)
{
    if (m_rebuilding || row < 0 || row >= m_shown.size())
        return;
    Listener l;
    l.protocol = static_cast<QComboBox *>(m_table->cellWidget(row, ProtocolColumn))->currentText();
    l.port = static_cast<QSpinBox *>(m_table->cellWidget(row, PortColumn))->value();
    l.action = static_cast<QComboBox *>(m_table->cellWidget(row, ActionColumn))->currentData().toString();
    if (l == m_shown[row])
        return;
    QVector<Listener> listeners = m_shown;
    listeners[row] = l;
    apply(listeners, tr("Edit listener of %1"));
}

void ListenerTable::addListener()
{
    // HTTPS on 443 unless the load balancer has it already, then plain HTTP on 80.
    Listener l;
    l.protocol = QStringLiteral("HTTPS");
    l.port = 443;
    for (const Listener &existing : std::as_const(m_shown)) {
        if (existing.port == 443) {
            l.protocol = QStringLiteral("HTTP");
            l.port = 80;
        }
    }
    QVector<Listener> listeners = m_shown;
    listeners.append(l);
    apply(listeners, tr("Add listener to %1"));
    rebuild();
}

void ListenerTable::removeListener(int row)
{
    if (row < 0 || row >= m_shown.size())
        return;
    QVector<Listener> listeners = m_shown;
    listeners.removeAt(row);
    apply(listeners, tr("Remove listener from %1"));
    rebuild();
}

void ListenerTable::apply(const QVector<Listener> &listeners, const QString &text)
{
    const Element *e = m_document->model()->element(m_id);
    if (!e)
        return;
    m_shown = listeners;
    pushElementEdit(m_document, {m_id}, text.arg(e->displayName()), [&](Element &el) { el.listeners = listeners; });
}

} // namespace pillar
