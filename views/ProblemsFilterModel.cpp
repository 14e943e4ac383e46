#include "ProblemsFilterModel.h"

#include "ProblemsModel.h"

namespace pillar {

ProblemsFilterModel::ProblemsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ProblemsModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ProblemsFilterModel::setSeverityVisible(Severity severity, bool visible)
{
    if (m_visible[int(severity)] == visible)
        return;
    m_visible[int(severity)] = visible;
    invalidateFilter();
}

void ProblemsFilterModel::setText(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (m_text == t)
        return;
    m_text = t;
    invalidateFilter();
}

void ProblemsFilterModel::setShowSuppressed(bool show)
{
    if (m_showSuppressed == show)
        return;
    m_showSuppressed = show;
    invalidateFilter();
}

bool ProblemsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const int severity = index.data(ProblemsModel::SeverityRole).toInt();
    if (severity < 0 || severity > 2 || !m_visible[severity])
        return false;
    if (!m_showSuppressed && index.data(ProblemsModel::SuppressedRole).toBool())
        return false;
    if (m_text.isEmpty())
        return true;
    // Every word must appear: "rds db-main" narrows to that rule on that element.
    const QString haystack = index.data(ProblemsModel::FilterTextRole).toString();
    for (const QString &word : m_text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

} // namespace pillar
