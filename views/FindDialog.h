#pragma once

#include <QDialog>

class QLineEdit;
class QListWidget;

namespace pillar {

class DesignModel;

// Edit ▸ Find (Ctrl+F): type part of a name, an id or a kind; the matches
// (model/DesignSearch.h) list as you type, best first. Enter or a double
// click shows the chosen element on the canvas; the dialog stays open, so
// the next match is one click away. Follows the design while it is edited.
class FindDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FindDialog(DesignModel *model, QWidget *parent = nullptr);

    QLineEdit *queryEdit() const { return m_query; }
    QListWidget *results() const { return m_results; }
    // Focuses the query with its text selected (Ctrl+F again).
    void activate();

signals:
    void elementChosen(const QString &id);

private:
    void refresh();
    void choose();

    DesignModel *m_model;
    QLineEdit *m_query;
    QListWidget *m_results;
};

} // namespace pillar
