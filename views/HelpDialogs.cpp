#include "HelpDialogs.h"

#include "RuleExplainDialog.h"
#include "rules/RuleRegistry.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace pillar {

namespace {

// Menu text without the & of its mnemonic and the … of a dialog.
QString plainMenuText(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.replace(QStringLiteral("&&"), QStringLiteral("&"));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text;
}

void collectShortcuts(const QMenu *menu, const QString &path, QVector<QPair<QString, QString>> *rows)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        const QString where = path + QStringLiteral(" ▸ ") + plainMenuText(action->text());
        if (action->menu()) {
            collectShortcuts(action->menu(), where, rows);
            continue;
        }
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        if (!keys.isEmpty())
            rows->append({where, keys.join(QStringLiteral(", "))});
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    QVector<QPair<QString, QString>> rows;
    for (QAction *top : menus->actions()) {
        if (top->menu())
            collectShortcuts(top->menu(), plainMenuText(top->text()), &rows);
    }
    // Gestures on the canvas that no menu lists.
    rows.append({tr("Canvas ▸ Move the selection by one grid step"), tr("Arrow keys")});
    rows.append({tr("Canvas ▸ Move the selection by one pixel"), tr("Shift+Arrow keys")});
    rows.append({tr("Canvas ▸ Pan"), tr("Space+drag, or drag with the middle button")});
    rows.append({tr("Canvas ▸ Zoom"), tr("Ctrl+mouse wheel")});
    rows.append({tr("Canvas ▸ Connect two elements"), tr("Drag from an element's handle to the other element")});
    rows.append({tr("Canvas ▸ Cancel renaming or a drag"), tr("Esc")});
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Command"), tr("Shortcut")});
    m_table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        m_table->setItem(i, 0, new QTableWidgetItem(rows[i].first));
        m_table->setItem(i, 1, new QTableWidgetItem(rows[i].second));
    }
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(620, 520);
}

RulesCatalogueDialog::RulesCatalogueDialog(QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
    , m_details(new QTextBrowser(this))
{
    setWindowTitle(tr("Rules Catalogue"));
    m_filter->setPlaceholderText(tr("Filter by id, title or text"));
    m_filter->setClearButtonEnabled(true);
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Rule"), tr("Severity"), tr("Title")});
    m_tree->setRootIsDecorated(true);
    QHash<int, QTreeWidgetItem *> pillars;
    for (const Rule &rule : allRules()) {
        QTreeWidgetItem *&group = pillars[int(rule.info.pillar)];
        if (!group) {
            group = new QTreeWidgetItem(m_tree, {pillarDisplayName(rule.info.pillar)});
            group->setFirstColumnSpanned(true);
            group->setFlags(Qt::ItemIsEnabled);
        }
        auto *item = new QTreeWidgetItem(group, {rule.info.idString(), severityDisplayName(rule.info.defaultSeverity), rule.info.titleText()});
        item->setData(0, Qt::UserRole, rule.info.idString());
        item->setToolTip(2, rule.info.titleText());
    }
    m_tree->expandAll();
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_details->setOpenExternalLinks(false);
    m_details->setPlaceholderText(tr("Choose a rule to read why it matters, how to fix it and where the practice comes from."));
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        const Rule *rule = item ? findRule(item->data(0, Qt::UserRole).toString()) : nullptr;
        if (!rule) {
            m_details->clear();
            return;
        }
        m_details->setHtml(QStringLiteral("<h3>%1</h3><p><i>%2</i> · %3 · %4</p>")
                               .arg(rule->info.titleText().toHtmlEscaped(), rule->info.idString().toHtmlEscaped(),
                                    pillarDisplayName(rule->info.pillar).toHtmlEscaped(),
                                    severityDisplayName(rule->info.defaultSeverity).toHtmlEscaped())
                           + RuleExplainDialog::ruleDetailsHtml(*rule));
    });
    connect(m_filter, &QLineEdit::textChanged, this, &RulesCatalogueDialog::applyFilter);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_tree);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    resize(1000, 600);
}

bool RulesCatalogueDialog::showRule(const QString &id)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, Qt::UserRole).toString() == id) {
            (*it)->setHidden(false);
            m_tree->setCurrentItem(*it);
            m_tree->scrollToItem(*it);
            return true;
        }
    }
    return false;
}

void RulesCatalogueDialog::applyFilter(const QString &text)
{
    const QString q = text.trimmed();
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const Rule *rule = findRule(item->data(0, Qt::UserRole).toString());
            const bool match = q.isEmpty() || !rule
                || QStringList{rule->info.idString(), rule->info.titleText(), rule->info.rationaleText(), rule->info.fixText()}
                       .join(QLatin1Char('\n'))
                       .contains(q, Qt::CaseInsensitive);
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
}

} // namespace pillar
