#pragma once

#include <QListWidget>

namespace pillar {

// A list of elements with a check box each: the editor for reference lists
// (load balancer subnets), attached security groups and group members.
// Refilling it never emits toggled(); only the user's clicks do.
class CheckList : public QListWidget
{
    Q_OBJECT

public:
    struct Entry {
        QString id;
        QString label;
        Qt::CheckState state = Qt::Unchecked; // PartiallyChecked: some of a multi-selection
    };

    explicit CheckList(QWidget *parent = nullptr);

    // Replaces the entries (kept when unchanged, so scrolling survives refreshes).
    void setEntries(const QVector<Entry> &entries);
    QVector<Entry> entries() const;
    // Checks or unchecks the entry with id as a user click would (tests, keyboard).
    void toggle(const QString &id, bool checked);

    QSize sizeHint() const override;

signals:
    // The user checked (true) or unchecked (false) the entry with id.
    void toggled(const QString &id, bool checked);

private:
    void onItemChanged(QListWidgetItem *item);

    bool m_filling = false;
};

} // namespace pillar
