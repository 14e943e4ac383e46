#pragma once

#include "Element.h"
#include "ElementKind.h"
#include "KindInfo.h"
#include "rules/Severity.h"

#include <QColor>
#include <QRectF>
#include <QString>

class QPainter;

namespace pillar {

// The visual language shared by the canvas items and the exported pictures:
// AWS-like colours per category and per container kind. One place, so that a
// PNG written by pillar-cli looks like the designer's canvas.
namespace style {

QColor categoryColor(ElementCategory category);
inline QColor kindColor(ElementKind kind) { return categoryColor(kindInfo(kind).category); }
// The colour that marks membership of a security group (stable per id).
QColor groupColor(const QString &groupId);

struct ContainerColors {
    QColor border;
    QColor fill;
    bool dashed = false;
};
// Frame and fill of a container (a VPC, an AZ, a subnet: public subnets green,
// private blue), from its row of the kind table.
ContainerColors containerColors(ElementKind kind, bool publicSubnet);
// True for a subnet whose "public" property is set: drawn green.
bool isPublicSubnet(const Element &element);

// Light for exported pictures and light desktops; Dark for the designer's
// canvas under a dark theme (labels light on a dark ground). Exports are
// drawn light whatever the canvas shows (ScopedTheme).
enum class Theme { Light, Dark };
Theme theme();
void setTheme(Theme theme);
class ScopedTheme
{
public:
    explicit ScopedTheme(Theme theme) : m_previous(style::theme()) { setTheme(theme); }
    ~ScopedTheme() { setTheme(m_previous); }
    ScopedTheme(const ScopedTheme &) = delete;
    ScopedTheme &operator=(const ScopedTheme &) = delete;

private:
    Theme m_previous;
};

QColor textColor();
QColor detailColor();
QColor trafficColor();
QColor attachmentColor();
// The canvas: its background, grid, selection and drop marks.
QColor canvasColor();
QColor gridColor();
// Behind a connection's port label.
QColor labelGround(int alpha = 255);
inline QColor selectionColor(int alpha = 255) { return QColor(0x1A, 0x73, 0xE8, alpha); }
inline QColor dropAcceptedColor() { return QColor(0x1E, 0x9E, 0x4A); }
inline QColor dropRefusedColor() { return QColor(0xD1, 0x30, 0x30); }
// What is drawn on top of a saturated mark (badge text and rim, the connect
// handle's rim, group chips' rims) and the veil behind a security group chip.
inline QColor onMarkColor() { return QColor(0xFF, 0xFF, 0xFF); }
inline QColor groupChipFill() { return labelGround(200); }
// A finding's severity, wherever it is shown (Problems dock, canvas badges):
// saturated, readable with onMarkColor() on it.
QColor severityColor(Severity severity);
// An input the model refuses (a CIDR that does not parse), and its message.
inline QColor invalidInputColor() { return QColor(0xD3, 0x2F, 0x2F); }

// The tile drawn where a kind has no icon: its colour, rounded, with the
// kind's id prefix in white. The canvas and exports draw the same.
void paintFallbackIcon(QPainter *painter, const QRectF &rect, ElementKind kind);

} // namespace style
} // namespace pillar
