#include "PaletteWidget.h"

#include "PaletteTree.h"

#include <QLineEdit>
#include <QVBoxLayout>

namespace pillar {

PaletteWidget::PaletteWidget(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_tree(new PaletteTree(this))
{
    m_filter->setPlaceholderText(tr("Filter elements"));
    m_filter->setClearButtonEnabled(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree);
    connect(m_filter, &QLineEdit::textChanged, m_tree, &PaletteTree::setFilter);
}

} // namespace pillar
