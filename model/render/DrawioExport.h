#pragma once

#include "Design.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace pillar {

// The design as a draw.io (diagrams.net) file: an uncompressed <mxfile> with
// one page, which draw.io opens as an editable diagram.
//
// - Containers (Region, VPC, Availability Zone, subnet) become group cells
//   in the AWS group styles of draw.io's "mxgraph.aws4" library; what they
//   hold are their child cells, with positions relative to them, as in Pillar.
// - Every other element becomes the library's icon for its kind (the kind
//   table's drawioStyle) with its name and caption as the label.
// - Connections become edges labelled with their port ("tcp/443"); a load
//   balancer's or Auto Scaling group's subnets become dashed lines, as drawn.
// - Pillar's id, kind, properties, security groups and rules are kept as the
//   cells' data ("Edit Data" in draw.io), so nothing of the design is lost.
//
// `only` as in DesignRenderer: ids to include with their descendants; empty =
// the whole design. An element whose container is left out stands at the top
// level, at its position on the canvas. The design must be laid out
// (layout::autoLayout) for the geometry to mean anything.
QByteArray drawioFile(const Design &design, const QStringList &only = {});
// Writes drawioFile() to `path` in one atomic step (a failed write leaves the
// file that was there); on failure false with "path: reason" in *error.
bool writeDrawioFile(const Design &design, const QString &path, QString *error, const QStringList &only = {});

// A PNG file with a draw.io file embedded the way draw.io embeds its own: a
// tEXt chunk with keyword "mxfile" and the file percent-encoded, before IEND.
// Returns `png` unchanged when it is not a PNG.
QByteArray embedDrawioInPng(const QByteArray &png, const QByteArray &mxfile);
// An SVG document with the draw.io file in the root element's "content"
// attribute, as draw.io writes editable SVG. Unchanged when there is no <svg.
QByteArray embedDrawioInSvg(const QByteArray &svg, const QByteArray &mxfile);

} // namespace pillar
