#include "EditStep.h"

#include <QUrl>

namespace pillar::test {

namespace {

struct OpName {
    EditOp op;
    const char *name;
};

const OpName kOpNames[] = {
    {EditOp::Add, "add"},
    {EditOp::Remove, "remove"},
    {EditOp::Move, "move"},
    {EditOp::Nudge, "nudge"},
    {EditOp::Resize, "resize"},
    {EditOp::Connect, "connect"},
    {EditOp::Disconnect, "disconnect"},
    {EditOp::ToggleGroup, "toggle-group"},
    {EditOp::ToggleMember, "toggle-member"},
    {EditOp::SetProperty, "set-property"},
    {EditOp::ToggleRef, "toggle-ref"},
    {EditOp::AddIngress, "add-ingress"},
    {EditOp::EditIngress, "edit-ingress"},
    {EditOp::RemoveIngress, "remove-ingress"},
    {EditOp::ToggleListener, "toggle-listener"},
    {EditOp::Rename, "rename"},
    {EditOp::SetConnection, "set-connection"},
    {EditOp::Reverse, "reverse"},
    {EditOp::Cut, "cut"},
    {EditOp::Copy, "copy"},
    {EditOp::Paste, "paste"},
    {EditOp::Duplicate, "duplicate"},
    {EditOp::QuickFix, "quick-fix"},
    {EditOp::Suppress, "suppress"},
    {EditOp::Unsuppress, "unsuppress"},
    {EditOp::DesignInfo, "design-info"},
    {EditOp::Undo, "undo"},
    {EditOp::Redo, "redo"},
};

// Spaces, '=', ',' and ';' are field syntax; everything else reads as typed.
QString escaped(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text, "-_.:/()!*'@#[]{}<>+|^~?$&\\\"`"));
}

QString unescaped(const QString &text)
{
    return QUrl::fromPercentEncoding(text.toLatin1());
}

QString point(const QPointF &p)
{
    return QString::number(p.x()) + QLatin1Char(',') + QString::number(p.y());
}

std::optional<QPointF> parsePoint(const QString &text)
{
    const QStringList xy = text.split(QLatin1Char(','));
    bool okX = false, okY = false;
    if (xy.size() != 2)
        return std::nullopt;
    const QPointF p(xy[0].toDouble(&okX), xy[1].toDouble(&okY));
    if (!okX || !okY)
        return std::nullopt;
    return p;
}

// Typed so a replay pushes the same QVariant: b(ool), i(nt), l(ist), s(tring).
QString variant(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Bool:
        return QStringLiteral("b:") + (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
    case QMetaType::Int:
    case QMetaType::LongLong:
        return QStringLiteral("i:") + QString::number(v.toLongLong());
    case QMetaType::QStringList: {
        QStringList parts;
        for (const QString &s : v.toStringList())
            parts << escaped(s);
        return QStringLiteral("l:") + parts.join(QLatin1Char(','));
    }
    default:
        return QStringLiteral("s:") + escaped(v.toString());
    }
}

std::optional<QVariant> parseVariant(const QString &text)
{
    const QString body = text.mid(2);
    if (text.startsWith(QLatin1String("b:")))
        return QVariant(body == QLatin1String("true"));
    if (text.startsWith(QLatin1String("i:")))
        return QVariant(body.toInt());
    if (text.startsWith(QLatin1String("l:"))) {
        QStringList list;
        for (const QString &s : body.split(QLatin1Char(','), Qt::SkipEmptyParts))
            list << unescaped(s);
        return QVariant(list);
    }
    if (text.startsWith(QLatin1String("s:")))
        return QVariant(unescaped(body));
    return std::nullopt;
}

} // namespace

QString opName(EditOp op)
{
    for (const OpName &o : kOpNames) {
        if (o.op == op)
            return QString::fromLatin1(o.name);
    }
    return QStringLiteral("?");
}

QString EditStep::toString() const
{
    QStringList parts{opName(op)};
    if (!ids.isEmpty()) {
        QStringList escapedIds;
        for (const QString &id : ids)
            escapedIds << escaped(id);
        parts << QStringLiteral("ids=") + escapedIds.join(QLatin1Char(','));
    }
    if (!key.isNull())
        parts << QStringLiteral("key=") + escaped(key);
    if (value.isValid())
        parts << QStringLiteral("value=") + variant(value);
    if (!a.isNull())
        parts << QStringLiteral("a=") + point(a);
    if (!b.isNull())
        parts << QStringLiteral("b=") + point(b);
    if (!path.isEmpty()) {
        QStringList points;
        for (const QPointF &p : path)
            points << point(p);
        parts << QStringLiteral("path=") + points.join(QLatin1Char(';'));
    }
    if (n != 0)
        parts << QStringLiteral("n=") + QString::number(n);
    return parts.join(QLatin1Char(' '));
}

std::optional<EditStep> EditStep::parse(const QString &line)
{
    const QStringList parts = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return std::nullopt;
    EditStep step;
    bool known = false;
    for (const OpName &o : kOpNames) {
        if (parts[0] == QLatin1String(o.name)) {
            step.op = o.op;
            known = true;
        }
    }
    if (!known)
        return std::nullopt;
    for (int i = 1; i < parts.size(); ++i) {
        const QString field = parts[i].section(QLatin1Char('='), 0, 0);
        const QString text = parts[i].section(QLatin1Char('='), 1);
        if (field == QLatin1String("ids")) {
            for (const QString &id : text.split(QLatin1Char(',')))
                step.ids << unescaped(id);
        } else if (field == QLatin1String("key")) {
            step.key = unescaped(text);
            if (step.key.isNull())
                step.key = QLatin1String("");
        } else if (field == QLatin1String("value")) {
            const auto v = parseVariant(text);
            if (!v)
                return std::nullopt;
            step.value = *v;
        } else if (field == QLatin1String("a") || field == QLatin1String("b")) {
            const auto p = parsePoint(text);
            if (!p)
                return std::nullopt;
            (field == QLatin1String("a") ? step.a : step.b) = *p;
        } else if (field == QLatin1String("path")) {
            for (const QString &s : text.split(QLatin1Char(';'))) {
                const auto p = parsePoint(s);
                if (!p)
                    return std::nullopt;
                step.path << *p;
            }
        } else if (field == QLatin1String("n")) {
            step.n = text.toInt();
        } else {
            return std::nullopt;
        }
    }
    return step;
}

} // namespace pillar::test
