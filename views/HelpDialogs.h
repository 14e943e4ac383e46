#pragma once

#include <QDialog>

class QLineEdit;
class QMenuBar;
class QTableWidget;
class QTextBrowser;
class QTreeWidget;

namespace pillar {

// Help ▸ Keyboard Shortcuts: every menu command that has a shortcut, read
// from the menus themselves (so the list follows them), then the canvas
// gestures that are not menu commands.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

// Help ▸ Rules Catalogue: every rule the checker runs, by pillar, with its
// severity and title; choosing one shows why it matters, the fix and the
// source. A filter narrows by id, title or text.
class RulesCatalogueDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RulesCatalogueDialog(QWidget *parent = nullptr);
    QTreeWidget *tree() const { return m_tree; }
    QTextBrowser *details() const { return m_details; }
    QLineEdit *filter() const { return m_filter; }
    // Selects the rule and shows its text; false when there is no such rule.
    bool showRule(const QString &id);

private:
    void applyFilter(const QString &text);

    QLineEdit *m_filter;
    QTreeWidget *m_tree;
    QTextBrowser *m_details;
};

} // namespace pillar
