#include "PropertyEditor.h"

#include "Placement.h"

#include "CheckList.h"
#include "CidrField.h"
#include "DesignModel.h"
#include "Document.h"
#include "InspectorEdits.h"
#include "commands/ElementEdits.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace pillar {

PropertyEditor::PropertyEditor(Document *document, const PropertySpec &spec, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_spec(spec)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    createEditor();
    m_editor->setObjectName(QStringLiteral("prop-") + spec.key);
    layout->addWidget(m_editor);
}

void PropertyEditor::createEditor()
{
    switch (m_spec.type) {
    case PropertyType::Enum:
        m_combo = new QComboBox(this);
        // Labels for people; the file's own value in the tooltip, for those
        // who write designs or templates by hand.
        for (const QString &v : m_spec.enumValues) {
            m_combo->addItem(enumValueLabel(v), v);
            m_combo->setItemData(m_combo->count() - 1, v, Qt::ToolTipRole);
        }
        connect(m_combo, &QComboBox::activated, this, [this](int index) { commit(m_combo->itemData(index)); });
        m_editor = m_combo;
        break;
    case PropertyType::Ref:
        m_combo = new QComboBox(this);
        connect(m_combo, &QComboBox::activated, this, [this](int index) { commit(m_combo->itemData(index).toString()); });
        m_editor = m_combo;
        break;
    case PropertyType::Bool:
        m_check = new QCheckBox(this);
        connect(m_check, &QCheckBox::clicked, this, [this](bool checked) { commit(checked); });
        m_editor = m_check;
        break;
    case PropertyType::Int:
        m_spin = new QSpinBox(this);
        m_spin->setRange(m_spec.minimum, m_spec.maximum);
        if (*m_spec.unit)
            m_spin->setSuffix(QLatin1Char(' ') + tr(m_spec.unit));
        // Typing "25" commits once, on Enter or focus-out, not "2" then "25".
        m_spin->setKeyboardTracking(false);
        connect(m_spin, &QSpinBox::valueChanged, this, [this](int v) {
            if (v >= m_spec.minimum) // below it is the "mixed" / "unknown" marker
                commit(v);
        });
        m_editor = m_spin;
        break;
    case PropertyType::String:
        m_line = new QLineEdit(this);
        connect(m_line, &QLineEdit::editingFinished, this, [this] {
            if (!m_line->isModified())
                return;
            m_line->setModified(false);
            commit(m_line->text());
        });
        m_editor = m_line;
        break;
    case PropertyType::Cidr:
        m_cidr = new CidrField(this);
        connect(m_cidr, &CidrField::accepted, this, [this](const QString &text) { commit(text); });
        m_editor = m_cidr;
        break;
    case PropertyType::RefList:
        m_list = new CheckList(this);
        connect(m_list, &CheckList::toggled, this, &PropertyEditor::toggleReference);
        m_editor = m_list;
        break;
    }
}

void PropertyEditor::setTargets(const QStringList &ids)
{
    m_ids = ids;
    refresh();
}

PropertyEditor::State PropertyEditor::currentValue(QVariant *value) const
{
    const DesignModel *model = m_document->model();
    int unknown = 0;
    bool first = true;
    bool mixed = false;
    for (const QString &id : m_ids) {
        const Element *e = model->element(id);
        if (!e)
            continue;
        if (e->isUnknown(m_spec.key)) {
            ++unknown;
            continue;
        }
        const QVariant v = e->value(m_spec.key);
        if (first)
            *value = v;
        else if (v != *value)
            mixed = true;
        first = false;
    }
    if (unknown > 0 && first)
        return State::Unknown;
    return mixed || unknown > 0 ? State::Mixed : State::Same;
}

QString PropertyEditor::stateText(State state) const
{
    return state == State::Unknown ? tr("unknown") : state == State::Mixed ? tr("mixed") : QString();
}

void PropertyEditor::refresh()
{
    QVariant value;
    const State state = currentValue(&value);
    const QSignalBlocker blocker(m_editor);
    setToolTip(state == State::Unknown ? tr("Not stated in the imported source; choose a value to set it.") : QString());
    showValue(state, value);
}

void PropertyEditor::showValue(State state, const QVariant &value)
{
    const QString marker = stateText(state);
    QFont italic = font();
    italic.setItalic(state != State::Same);
    switch (m_spec.type) {
    case PropertyType::Enum:
    case PropertyType::Ref: {
        if (m_spec.type == PropertyType::Ref)
            fillRefCombo(state == State::Same ? value.toString() : QString());
        m_combo->setPlaceholderText(marker);
        m_combo->setFont(italic);
        m_combo->setCurrentIndex(state == State::Same ? m_combo->findData(value.toString()) : -1);
        break;
    }
    case PropertyType::Bool: {
        const QSignalBlocker b(m_check);
        m_check->setTristate(state != State::Same);
        m_check->setCheckState(state != State::Same ? Qt::PartiallyChecked : value.toBool() ? Qt::Checked : Qt::Unchecked);
        m_check->setText(marker);
        m_check->setFont(italic);
        break;
    }
    case PropertyType::Int:
        showSpin(state, value);
        break;
    case PropertyType::String:
        if (m_line->hasFocus() && m_line->isModified())
            break; // the user is typing: undo elsewhere must not wipe it
        m_line->setText(state == State::Same ? value.toString() : QString());
        m_line->setCursorPosition(0);
        m_line->setModified(false);
        m_line->setPlaceholderText(marker);
        m_line->setFont(italic);
        break;
    case PropertyType::Cidr:
        m_cidr->setText(state == State::Same ? value.toString() : QString());
        m_cidr->setPlaceholder(marker, state != State::Same);
        break;
    case PropertyType::RefList:
        showRefList();
        m_list->setFont(italic);
        break;
    }
}

void PropertyEditor::showSpin(State state, const QVariant &value)
{
    const QSignalBlocker b(m_spin);
    if (state == State::Same) {
        m_spin->setSpecialValueText(QString());
        m_spin->setMinimum(m_spec.minimum);
        m_spin->setValue(value.toInt());
    } else {
        // One step below the range shows the marker text instead of a number.
        m_spin->setMinimum(m_spec.minimum - 1);
        m_spin->setSpecialValueText(stateText(state));
        m_spin->setValue(m_spec.minimum - 1);
    }
    QFont f = font();
    f.setItalic(state != State::Same);
    m_spin->setFont(f);
}

void PropertyEditor::fillRefCombo(const QString &current)
{
    const auto candidates = inspector::elementsOfKinds(m_document->model()->design(), m_spec.refKinds);
    QVector<QPair<QString, QString>> wanted{{QString(), tr("(none)")}};
    for (const auto &c : candidates) {
        if (!m_ids.contains(c.first)) // an element never refers to itself
            wanted.append(c);
    }
    // A reference to an element the design lacks (imported, or deleted
    // outside the inspector) stays visible instead of reading as "(none)".
    if (!current.isEmpty() && std::none_of(wanted.begin(), wanted.end(), [&](const auto &w) { return w.first == current; }))
        wanted.append({current, tr("%1 (missing)").arg(current)});
    bool same = m_combo->count() == wanted.size();
    for (int i = 0; same && i < wanted.size(); ++i)
        same = m_combo->itemData(i).toString() == wanted[i].first && m_combo->itemText(i) == wanted[i].second;
    if (same)
        return;
    m_combo->clear();
    for (const auto &w : wanted)
        m_combo->addItem(w.second, w.first);
}

void PropertyEditor::showRefList()
{
    const DesignModel *model = m_document->model();
    QVector<CheckList::Entry> entries;
    for (const auto &c : inspector::elementsOfKinds(model->design(), m_spec.refKinds)) {
        int holders = 0;
        int targets = 0;
        for (const QString &id : m_ids) {
            if (const Element *e = model->element(id)) {
                ++targets;
                holders += e->listValue(m_spec.key).contains(c.first) ? 1 : 0;
            }
        }
        // Offer only what every selected element may name (and what some already do).
        const bool allowed = std::all_of(m_ids.cbegin(), m_ids.cend(), [&](const QString &id) {
            return referenceProblem(model->design(), id, m_spec.key, c.first).isEmpty();
        });
        if (holders == 0 && !allowed)
            continue;
        const Qt::CheckState state = holders == 0 ? Qt::Unchecked : holders == targets ? Qt::Checked : Qt::PartiallyChecked;
        entries.append({c.first, c.second, state});
    }
    m_list->setEntries(entries);
}

void PropertyEditor::commit(const QVariant &value)
{
    pushPropertyEdit(m_document, m_ids, {{m_spec.key, value}});
    // The model may refuse nothing here, but a no-op edit leaves the mixed /
    // unknown marker on screen: show the model's truth either way.
    refresh();
}

void PropertyEditor::toggleReference(const QString &id, bool checked)
{
    const QString text = tr("Set %1 of %2").arg(m_spec.displayLabel(), describeTargets(m_document->model(), m_ids));
    pushReferenceToggle(m_document, m_ids, m_spec.key, id, checked, text);
    refresh();
}

} // namespace pillar
