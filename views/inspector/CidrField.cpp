#include "CidrField.h"
#include "RenderStyle.h"

#include "Cidr.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace pillar {

CidrField::CidrField(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_error);
    m_error->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("cidrError"));
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(style::invalidInputColor().name()));
    m_error->hide();
    connect(m_edit, &QLineEdit::textEdited, this, &CidrField::validate);
    connect(m_edit, &QLineEdit::editingFinished, this, &CidrField::finish);
}

void CidrField::setText(const QString &text)
{
    if (m_edit->hasFocus() && m_edit->isModified())
        return;
    m_edit->setText(text);
    m_edit->setModified(false);
    validate();
}

void CidrField::setPlaceholder(const QString &text, bool italic)
{
    m_edit->setPlaceholderText(text);
    QFont f = m_edit->font();
    f.setItalic(italic);
    m_edit->setFont(f);
}

QString CidrField::error() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void CidrField::validate()
{
    const QString text = m_edit->text().trimmed();
    QString why;
    if (text.isEmpty()) {
        if (!m_allowEmpty)
            why = tr("a CIDR block is required, such as 10.0.0.0/16");
    } else if (!Cidr::parse(text, &why) && why.isEmpty()) {
        why = tr("not a CIDR block");
    }
    if (why.isEmpty()) {
        m_edit->setStyleSheet(QString());
        m_error->clear();
        m_error->hide();
    } else {
        m_edit->setStyleSheet(QStringLiteral("QLineEdit { border: 2px solid %1; }").arg(style::invalidInputColor().name()));
        m_error->setText(why);
        m_error->show();
    }
}

void CidrField::finish()
{
    if (!m_edit->isModified())
        return;
    validate();
    if (!m_error->isHidden())
        return; // refused: keep the text and the reason so the user can correct it
    m_edit->setModified(false);
    emit accepted(m_edit->text().trimmed());
}

} // namespace pillar
