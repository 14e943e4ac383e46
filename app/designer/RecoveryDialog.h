#pragma once

#include "Autosave.h"

#include <QDialog>

class QListWidget;

namespace pillar {

// Offered at start when a crashed Pillar left autosaved copies: lists them
// (original file, time of the copy) with Recover and Discard. Recover asks
// the owner to load the chosen copy (recoverRequested); Discard deletes the
// chosen copies; Close keeps them for the next start.
class RecoveryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RecoveryDialog(const QVector<Autosave::Leftover> &leftovers, QWidget *parent = nullptr);

signals:
    void recoverRequested(const Autosave::Leftover &leftover);

private:
    void discardSelected();
    Autosave::Leftover current() const;

    QVector<Autosave::Leftover> m_leftovers;
    QListWidget *m_list;
};

} // namespace pillar
