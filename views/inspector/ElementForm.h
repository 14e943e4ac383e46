#pragma once

#include <QStringList>
#include <QWidget>

#include <vector>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace pillar {

class CheckList;
class Document;
class IngressRuleTable;
class ListenerTable;
class PropertyEditor;

// The inspector page for one or more selected elements: kind and id (read
// only), name (one element only), a typed editor for every property the
// targets share, the security groups they carry, and for a single security
// group its ingress rules and members, for a single load balancer its
// listeners. Built once per selection; refresh() shows model changes
// (undo, redo, edits elsewhere) without rebuilding, so focus survives.
class ElementForm : public QWidget
{
    Q_OBJECT

public:
    explicit ElementForm(Document *document, QWidget *parent = nullptr);

    void setTargets(const QStringList &ids);
    QStringList targets() const { return m_ids; }
    void refresh();

private:
    void rebuild();
    void addSection(const QString &title, QWidget *content);
    void commitName();
    void toggleGroup(const QString &groupId, bool checked);
    void toggleMember(const QString &elementId, bool checked);
    void refreshGroups();
    void refreshMembers();

    Document *m_document;
    QStringList m_ids;
    QWidget *m_body = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_kind = nullptr;
    QLineEdit *m_id = nullptr;
    QLineEdit *m_name = nullptr;
    std::vector<PropertyEditor *> m_editors;
    CheckList *m_groups = nullptr;
    CheckList *m_members = nullptr;
    IngressRuleTable *m_ingress = nullptr;
    ListenerTable *m_listeners = nullptr;
};

} // namespace pillar
