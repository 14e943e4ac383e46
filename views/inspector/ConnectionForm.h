#pragma once

#include <QStringList>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace pillar {

class Document;
struct Connection;

// The inspector page for selected connections. For one connection: its id
// and ends (read only), protocol and port, a pick of common ports, and a
// button that reverses its direction; each edit is one
// ChangeConnectionCommand. For several, a note saying so (the context
// menu and Delete act on them all).
class ConnectionForm : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionForm(Document *document, QWidget *parent = nullptr);

    void setTargets(const QStringList &ids);
    QStringList targets() const { return m_ids; }
    // Shows the model's values (after undo, redo, edits elsewhere).
    void refresh();

private:
    void commit(const std::function<void(Connection &)> &edit);

    Document *m_document;
    QStringList m_ids;
    QLabel *m_title;
    QLabel *m_note;
    QWidget *m_fields;
    QLabel *m_id;
    QLabel *m_from;
    QLabel *m_to;
    QComboBox *m_protocol;
    QSpinBox *m_port;
    QComboBox *m_common;
    QPushButton *m_reverse;
};

} // namespace pillar
