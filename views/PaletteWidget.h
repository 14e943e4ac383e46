#pragma once

#include <QWidget>

class QLineEdit;

namespace pillar {

class PaletteTree;

// The palette dock's content: a filter field over the grouped kind list.
class PaletteWidget : public QWidget
{
    Q_OBJECT

public:
    explicit PaletteWidget(QWidget *parent = nullptr);
    PaletteTree *tree() const { return m_tree; }
    QLineEdit *filterField() const { return m_filter; }

private:
    QLineEdit *m_filter;
    PaletteTree *m_tree;
};

} // namespace pillar
