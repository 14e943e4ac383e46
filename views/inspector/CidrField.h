#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace pillar {

// A line edit for a CIDR block, validated as the user types: an invalid
// block gets a red frame and the parser's reason right under the field.
// Only a valid (or empty, when allowed) block is ever accepted.
class CidrField : public QWidget
{
    Q_OBJECT

public:
    explicit CidrField(QWidget *parent = nullptr);

    QLineEdit *lineEdit() const { return m_edit; }
    // Shows text without emitting; clears any error. Left alone while the
    // user is typing in the field (focus and unsaved text).
    void setText(const QString &text);
    void setPlaceholder(const QString &text, bool italic);
    // The reason the current text is refused, or empty.
    QString error() const;
    void setAllowEmpty(bool allow) { m_allowEmpty = allow; }

signals:
    // Enter or focus-out with a valid block the user changed.
    void accepted(const QString &text);

private:
    void validate();
    void finish();

    QLineEdit *m_edit;
    QLabel *m_error;
    bool m_allowEmpty = true;
};

} // namespace pillar
