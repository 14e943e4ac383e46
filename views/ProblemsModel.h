#pragma once

#include "rules/Finding.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <QVector>

namespace pillar {

class Design;

// The checker's findings as a table: severity, rule, element, message. Holds
// a snapshot (findings + the primary element's display name taken from the
// design they were computed for); ProblemsDock replaces it as results arrive.
class ProblemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, RuleColumn, ElementColumn, MessageColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // severity as a number, text otherwise
        SeverityRole,                // int(Severity)
        SuppressedRole,              // bool
        FilterTextRole,              // rule id, element ids and names, lower case
    };

    explicit ProblemsModel(QObject *parent = nullptr);

    void setFindings(const QVector<Finding> &findings, const Design &design);
    const QVector<Finding> &findings() const { return m_findings; }
    const Finding &finding(int row) const { return m_findings.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<Finding> m_findings;
    QStringList m_elementNames;  // per row: display name of the primary element
    QStringList m_filterTexts;   // per row
};

} // namespace pillar
