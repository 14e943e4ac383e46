#pragma once

#include "Element.h"

#include <QWidget>

class QTableWidget;

namespace pillar {

class Document;

// The listeners of one load balancer as an editable table: protocol, port
// and action (forward, or redirect to HTTPS), with add and remove buttons.
// Each change is one undoable command.
class ListenerTable : public QWidget
{
    Q_OBJECT

public:
    enum Column { ProtocolColumn, PortColumn, ActionColumn, RemoveColumn, ColumnCount };

    explicit ListenerTable(Document *document, QWidget *parent = nullptr);

    void setLoadBalancer(const QString &id);
    // Rebuilds only when the model's listeners differ from those shown.
    void refresh();
    QTableWidget *table() const { return m_table; }

    void addListener();
    void removeListener(int row);

private:
    void rebuild();
    void commitRow(int row);
    void apply(const QVector<Listener> &listeners, const QString &text);

    Document *m_document;
    QString m_id;
    QVector<Listener> m_shown;
    QTableWidget *m_table;
    bool m_rebuilding = false;
};

} // namespace pillar
