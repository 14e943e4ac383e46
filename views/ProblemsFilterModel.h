#pragma once

#include "rules/Severity.h"

#include <QSortFilterProxyModel>

namespace pillar {

// Filters the Problems table: by severity (each can be hidden), by text
// (matched against the rule id and the elements' ids and names), and hides
// suppressed findings unless asked to show them. Sorts on ProblemsModel::SortRole.
class ProblemsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ProblemsFilterModel(QObject *parent = nullptr);

    void setSeverityVisible(Severity severity, bool visible);
    bool isSeverityVisible(Severity severity) const { return m_visible[int(severity)]; }
    void setText(const QString &text);
    void setShowSuppressed(bool show);
    bool showSuppressed() const { return m_showSuppressed; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_visible[3] = {true, true, true};
    QString m_text;
    bool m_showSuppressed = false;
};

} // namespace pillar
