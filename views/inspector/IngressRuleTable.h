#pragma once

#include "Element.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace pillar {

class Document;

// The ingress rules of one security group as an editable table: protocol,
// port range, source (a CIDR typed in, or a security group picked from the
// list) and description, one row per rule, with add and remove buttons.
// Each change is one undoable command. A source that is not a valid CIDR or
// group is refused: the cell gets a red frame and the reason shows below.
class IngressRuleTable : public QWidget
{
    Q_OBJECT

public:
    enum Column { ProtocolColumn, FromColumn, ToColumn, SourceColumn, DescriptionColumn, RemoveColumn, ColumnCount };

    explicit IngressRuleTable(Document *document, QWidget *parent = nullptr);

    void setGroup(const QString &id);
    // Rebuilds the rows only when the model's rules differ from those shown,
    // so the cell being edited keeps its focus across the user's own edits.
    void refresh();
    QTableWidget *table() const { return m_table; }
    QString error() const;

    void addRule();
    void removeRule(int row);

private:
    void rebuild();
    void commitRow(int row);
    void apply(const QVector<IngressRule> &rules, const QString &text);
    void showError(int row, const QString &why);
    QVector<QPair<QString, QString>> groups() const;

    Document *m_document;
    QString m_id;
    QVector<IngressRule> m_shown;
    QVector<QPair<QString, QString>> m_groupsShown;
    QTableWidget *m_table;
    QLabel *m_error;
    bool m_rebuilding = false;
};

} // namespace pillar
