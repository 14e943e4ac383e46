#pragma once

#include "PropertySpec.h"

#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace pillar {

class CheckList;
class CidrField;
class Document;

// The editor of one typed property for one or more elements, built from its
// PropertySpec: Enum -> combo box, Bool -> check box, Int -> spin box with
// range and unit, String -> line edit, Cidr -> validated CidrField, Ref ->
// combo of the allowed elements, RefList -> CheckList. Each user edit pushes
// one command for all targets; refresh() shows the model's values again
// (mixed across targets, or "unknown" for imported values nobody stated).
class PropertyEditor : public QWidget
{
    Q_OBJECT

public:
    PropertyEditor(Document *document, const PropertySpec &spec, QWidget *parent = nullptr);

    void setTargets(const QStringList &ids);
    void refresh();
    const PropertySpec &spec() const { return m_spec; }
    // The widget the user edits (named "prop-<key>"), for focus and tests.
    QWidget *editor() const { return m_editor; }

private:
    enum class State { Same, Mixed, Unknown };
    State currentValue(QVariant *value) const;
    void commit(const QVariant &value);
    void toggleReference(const QString &id, bool checked);
    void createEditor();
    void showValue(State state, const QVariant &value);
    void showSpin(State state, const QVariant &value);
    void showRefList();
    void fillRefCombo(const QString &current);
    QString stateText(State state) const;

    Document *m_document;
    PropertySpec m_spec;
    QStringList m_ids;
    QWidget *m_editor = nullptr;
    QComboBox *m_combo = nullptr;
    QCheckBox *m_check = nullptr;
    QSpinBox *m_spin = nullptr;
    QLineEdit *m_line = nullptr;
    CidrField *m_cidr = nullptr;
    CheckList *m_list = nullptr;
};

} // namespace pillar
