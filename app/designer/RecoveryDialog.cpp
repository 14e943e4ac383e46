#include "RecoveryDialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace pillar {

RecoveryDialog::RecoveryDialog(const QVector<Autosave::Leftover> &leftovers, QWidget *parent)
    : QDialog(parent)
    , m_leftovers(leftovers)
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("Recover unsaved designs"));
    auto *text = new QLabel(tr("Pillar did not close properly. These designs had unsaved changes; "
                               "recover one to continue where you left off."),
                            this);
    text->setWordWrap(true);
    for (int i = 0; i < leftovers.size(); ++i) {
        const Autosave::Leftover &l = leftovers.at(i);
        const QString name = l.originalPath.isEmpty() ? tr("Untitled design") : QFileInfo(l.originalPath).fileName();
        auto *item = new QListWidgetItem(tr("%1 — autosaved %2").arg(name, QLocale().toString(l.savedAt, QLocale::ShortFormat)), m_list);
        item->setToolTip(l.originalPath.isEmpty() ? l.copyPath : l.originalPath);
        item->setData(Qt::UserRole, i);
    }
    m_list->setCurrentRow(0);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *recover = buttons->addButton(tr("&Recover"), QDialogButtonBox::AcceptRole);
    QPushButton *discard = buttons->addButton(tr("&Discard"), QDialogButtonBox::DestructiveRole);
    buttons->addButton(QDialogButtonBox::Close);
    recover->setDefault(true);
    connect(recover, &QPushButton::clicked, this, [this] {
        if (m_list->currentItem())
            emit recoverRequested(current());
    });
    connect(discard, &QPushButton::clicked, this, &RecoveryDialog::discardSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(520, 280);
}

Autosave::Leftover RecoveryDialog::current() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? m_leftovers.value(item->data(Qt::UserRole).toInt()) : Autosave::Leftover();
}

void RecoveryDialog::discardSelected()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    Autosave::removeLeftover(current());
    delete item;
    if (m_list->count() == 0)
        accept();
}

} // namespace pillar
