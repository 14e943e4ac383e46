#include "FindDialog.h"

#include "DesignModel.h"
#include "DesignSearch.h"
#include "ElementKind.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace pillar {

namespace {
constexpr int kMaxShown = 200;
}

FindDialog::FindDialog(DesignModel *model, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_query(new QLineEdit(this))
    , m_results(new QListWidget(this))
{
    setWindowTitle(tr("Find"));
    m_query->setPlaceholderText(tr("Name, id or kind (e.g. \"web\", \"db-primary\", \"queue\")"));
    m_query->setClearButtonEnabled(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_query);
    layout->addWidget(m_results);
    connect(m_query, &QLineEdit::textChanged, this, &FindDialog::refresh);
    connect(m_query, &QLineEdit::returnPressed, this, [this] {
        if (!m_results->currentItem() && m_results->count() > 0)
            m_results->setCurrentRow(0);
        choose();
    });
    connect(m_results, &QListWidget::itemActivated, this, &FindDialog::choose);
    connect(m_model, &DesignModel::designReset, this, &FindDialog::refresh);
    connect(m_model, &DesignModel::elementAdded, this, &FindDialog::refresh);
    connect(m_model, &DesignModel::elementRemoved, this, &FindDialog::refresh);
    connect(m_model, &DesignModel::elementChanged, this, &FindDialog::refresh);
    resize(420, 360);
}

void FindDialog::activate()
{
    show();
    raise();
    activateWindow();
    m_query->setFocus();
    m_query->selectAll();
    refresh();
}

void FindDialog::refresh()
{
    // Hidden, it does not follow edits (a paste of thousands would search as
    // often); activate() catches up.
    if (!isVisible())
        return;
    const QString current = m_results->currentItem() ? m_results->currentItem()->data(Qt::UserRole).toString() : QString();
    m_results->clear();
    const Design &design = m_model->design();
    const QStringList ids = findElements(design, m_query->text());
    for (const QString &id : ids.mid(0, kMaxShown)) {
        const Element *e = design.element(id);
        auto *item = new QListWidgetItem(tr("%1 — %2 (%3)").arg(e->displayName(), kindDisplayName(e->kind), e->id), m_results);
        item->setData(Qt::UserRole, id);
        if (id == current)
            m_results->setCurrentItem(item);
    }
    if (ids.size() > kMaxShown)
        new QListWidgetItem(tr("… and %n more: type more to narrow the search", nullptr, int(ids.size() - kMaxShown)), m_results);
    else if (ids.isEmpty() && !m_query->text().trimmed().isEmpty())
        new QListWidgetItem(tr("No element matches"), m_results);
}

void FindDialog::choose()
{
    const QListWidgetItem *item = m_results->currentItem();
    const QString id = item ? item->data(Qt::UserRole).toString() : QString();
    if (!id.isEmpty())
        emit elementChosen(id);
}

} // namespace pillar
