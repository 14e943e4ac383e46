#include "ProblemsModel.h"

#include "SeverityLook.h"

#include "Design.h"
#include "rules/RuleRegistry.h"

#include <QPalette>
#include <QGuiApplication>

namespace pillar {

ProblemsModel::ProblemsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ProblemsModel::setFindings(const QVector<Finding> &findings, const Design &design)
{
    beginResetModel();
    m_findings = findings;
    m_elementNames.clear();
    m_filterTexts.clear();
    for (const Finding &f : std::as_const(m_findings)) {
        QStringList words{f.rule};
        for (const QString &id : f.elements) {
            words << id;
            if (const Element *e = design.element(id))
                words << e->name;
        }
        const Element *primary = design.element(f.primaryElement());
        m_elementNames << (primary ? primary->displayName() : f.primaryElement());
        m_filterTexts << words.join(QLatin1Char(' ')).toLower();
    }
    endResetModel();
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_findings.size())
        return {};
    const Finding &f = m_findings[index.row()];
    switch (role) {
    case SeverityRole:
        return int(f.severity);
    case SuppressedRole:
        return f.suppressed;
    case FilterTextRole:
        return m_filterTexts[index.row()];
    case Qt::ForegroundRole:
        if (f.suppressed)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::ToolTipRole: {
        QString tip = f.message;
        if (!f.fix.isEmpty())
            tip += QLatin1Char('\n') + tr("Fix: %1").arg(f.fix);
        if (f.suppressed)
            tip += QLatin1Char('\n') + tr("Suppressed: %1").arg(f.suppressionReason);
        return tip;
    }
    default:
        break;
    }
    switch (index.column()) {
    case SeverityColumn:
        if (role == Qt::DecorationRole)
            return severityIcon(f.severity);
        if (role == Qt::DisplayRole)
            return f.suppressed ? tr("%1 (suppressed)").arg(severityDisplayName(f.severity)) : severityDisplayName(f.severity);
        if (role == SortRole)
            return int(f.severity);
        break;
    case RuleColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return f.rule;
        break;
    case ElementColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return m_elementNames[index.row()];
        break;
    case MessageColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return f.message;
        break;
    default:
        break;
    }
    return {};
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case RuleColumn:
        return tr("Rule");
    case ElementColumn:
        return tr("Element");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace pillar
