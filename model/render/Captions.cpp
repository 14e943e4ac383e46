#include "Captions.h"

#include "KindInfo.h"

#include <QCoreApplication>

namespace pillar {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Canvas", text);
}

// The kind's caption parts for e, joined; parts with no text are left out.
QString caption(const Element &e)
{
    QStringList parts;
    for (const CaptionPart &part : kindInfo(e.kind).caption) {
        const QString key = QString::fromLatin1(part.key);
        QString text;
        if (e.isUnknown(key))
            text = tr(part.unknownText);
        else if (part.ifTrue)
            text = tr(e.boolValue(key) ? part.ifTrue : part.ifFalse);
        else
            text = e.stringValue(key);
        if (!text.isEmpty())
            parts << text;
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace

QString leafBadge(const Element &e)
{
    return kindInfo(e.kind).container ? QString() : caption(e);
}

QString containerDetail(const Element &e)
{
    return kindInfo(e.kind).container ? caption(e) : QString();
}

} // namespace pillar
