// Editing on the canvas: delete, duplicate, copy/paste, arrow-key nudges,
// rename in place, zoom, the palette filter and security group highlighting.

#include "CanvasDriver.h"
#include "editing/CanvasEditor.h"
#include "ConnectionItem.h"
#include "ContainerItem.h"
#include "Layout.h"
#include "OverviewWidget.h"
#include "Placement.h"
#include "KindInfo.h"

#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace pillar;
using test::CanvasDriver;
using test::Basic;
using test::buildBasic;
using test::rectOf;

class TestCanvasEditing : public QObject
{
    Q_OBJECT

private slots:
    void deleteThenUndoRestoresExactly();
    void duplicateAndPasteKeepNesting();
    void copiesLandClearOfWhatIsThere();
    void resizeStopsShortOfASibling();
    void alignAndDistribute();
    void arrowKeysNudgeAsOneStep();
    void renameInPlace();
    void cutThenPasteIsTwoSteps();
    void zoomAndFit();
    void panWithMiddleButtonAndSpace();
    void overviewMovesTheView();
    void paletteFilter();
    void selectedGroupHighlightsMembers();
};

void TestCanvasEditing::deleteThenUndoRestoresExactly()
{
    CanvasDriver d;
    const Basic b = buildBasic(d);
    const QString users = d.drop(ElementKind::Internet, QPointF(100, 900));
    d.scene->editor()->connectElements(users, b.ec2);
    const Design before = d.design();
    d.click(rectOf(d, b.az).topLeft() + QPointF(150, 10));
    QCOMPARE(d.scene->selectedIds(), QStringList{b.az});
    d.view->deleteSelection();
    QCOMPARE(d.design().elements().size(), size_t(2)); // VPC and users
    QVERIFY(d.design().connections().empty());
    QCOMPARE(d.scene->elementItemCount(), 2);
    d.stack()->undo();
    QVERIFY(d.design() == before);
    QCOMPARE(d.scene->elementItemCount(), 6);
    QCOMPARE(d.scene->elementItem(b.ec2)->parentItem(), d.scene->elementItem(b.subnetA));
    QVERIFY(d.scene->connectionItem(before.connections()[0].id)->isVisible());
}

void TestCanvasEditing::duplicateAndPasteKeepNesting()
{
    CanvasDriver d;
    const Basic b = buildBasic(d);
    // Duplicate a subnet: a new subnet in the same AZ, with its own EC2.
    d.scene->selectIds({b.subnetA});
    d.view->duplicateSelection();
    const QStringList selected = d.scene->selectedIds();
    QCOMPARE(selected.size(), 1);
    const QString copy = selected.first();
    QVERIFY(copy != b.subnetA);
    QCOMPARE(d.model()->element(copy)->parent, b.az);
    const QStringList kids = d.design().children(copy);
    QCOMPARE(kids.size(), 1);
    QVERIFY(kids.first() != b.ec2);
    QCOMPARE(d.model()->element(kids.first())->kind, ElementKind::Ec2Instance);
    QCOMPARE(d.stack()->count(), 6);
    // Copy the AZ, paste into the selected VPC: nested, all ids unique.
    d.scene->selectIds({b.az});
    d.view->copySelection();
    d.scene->selectIds({b.vpc});
    const size_t count = d.design().elements().size();
    d.view->paste();
    QCOMPARE(d.design().elements().size(), count * 2 - 1); // everything but the VPC again
    const QString newAz = d.scene->selectedIds().value(0);
    QCOMPARE(d.model()->element(newAz)->kind, ElementKind::AvailabilityZone);
    QCOMPARE(d.model()->element(newAz)->parent, b.vpc);
    QCOMPARE(d.design().descendants(newAz).size(), d.design().descendants(b.az).size());
    QSet<QString> ids;
    for (const Element &e : d.design().elements())
        ids.insert(e.id);
    QCOMPARE(size_t(ids.size()), d.design().elements().size());
    // Paste is one step.
    d.stack()->undo();
    QCOMPARE(d.design().elements().size(), count);
}

void TestCanvasEditing::copiesLandClearOfWhatIsThere()
{
    CanvasDriver d;
    const Basic b = buildBasic(d);
    const QString subnet = d.model()->element(b.ec2)->parent;
    auto sceneRects = [&d](const QString &parent) {
        QVector<QRectF> rects;
        for (const QString &id : d.design().children(parent))
            rects << layout::sceneRect(d.design(), id);
        return rects;
    };
    auto noneOverlap = [](const QVector<QRectF> &rects) {
        for (int i = 0; i < rects.size(); ++i)
            for (int j = i + 1; j < rects.size(); ++j)
                if (rects[i].intersects(rects[j]))
                    return false;
        return true;
    };
    // Duplicate twice, then copy and paste into the subnet: four instances
    // side by side in one subnet, no copy on top of another (labels apart).
    d.scene->selectIds({b.ec2});
    d.view->duplicateSelection();
    d.view->duplicateSelection();
    d.scene->selectIds({b.ec2});
    d.view->copySelection();
    d.scene->selectIds({subnet});
    d.view->paste();
    QCOMPARE(d.design().children(subnet).size(), 4);
    QVERIFY(noneOverlap(sceneRects(subnet)));
    // Cut, then paste: back exactly where it was, since that place is free.
    const QRectF before = layout::sceneRect(d.design(), b.ec2);
    d.scene->selectIds({b.ec2});
    d.view->cutSelection();
    d.scene->clearSelection();
    d.view->paste();
    const QString pasted = d.scene->selectedIds().value(0);
    QCOMPARE(d.model()->element(pasted)->parent, subnet);
    QCOMPARE(layout::sceneRect(d.design(), pasted), before);
}

void TestCanvasEditing::alignAndDistribute()
{
    CanvasDriver d;
    const Basic b = buildBasic(d);
    CanvasEditor *editor = d.scene->editor();
    const QString a = d.drop(ElementKind::Internet, QPointF(100, 900));
    const QString m = d.drop(ElementKind::Internet, QPointF(260, 960));
    const QString z = d.drop(ElementKind::Internet, QPointF(700, 1010));
    const Design before = d.design();
    const int steps = d.stack()->count();
    auto top = [&](const QString &id) { return d.design().element(id)->geometry.y(); };
    auto left = [&](const QString &id) { return d.design().element(id)->geometry.x(); };

    QVERIFY(editor->align({a, m, z}, Alignment::Top));
    QCOMPARE(top(a), before.element(a)->geometry.y());
    QCOMPARE(top(m), top(a));
    QCOMPARE(top(z), top(a));
    QCOMPARE(left(m), before.element(m)->geometry.x()); // only the one axis moves
    QCOMPARE(d.stack()->count(), steps + 1);
    QCOMPARE(d.stack()->undoText(), QStringLiteral("Align tops"));

    // The outer two stay; the gaps become equal.
    QVERIFY(editor->distribute({z, a, m}, Qt::Horizontal));
    QCOMPARE(left(a), before.element(a)->geometry.x());
    QCOMPARE(left(z), before.element(z)->geometry.x());
    const double width = layout::kLeafWidth;
    QCOMPARE(left(m) - (left(a) + width), left(z) - (left(m) + width));
    QCOMPARE(d.stack()->count(), steps + 2);

    QSignalSpy said(editor, &CanvasEditor::message);
    // Lined up already: nothing is pushed, and the status bar says so.
    QVERIFY(!editor->align({a, m, z}, Alignment::Top));
    QCOMPARE(d.stack()->count(), steps + 2);
    QVERIFY(said.last().first().toString().contains("lined up already"));
    // Too few, or not in one container: refused with the reason.
    QVERIFY(!editor->distribute({a, m}, Qt::Vertical));
    QVERIFY(said.last().first().toString().contains("three or more"));
    QVERIFY(!editor->align({a, b.ec2}, Alignment::Left));
    QVERIFY(said.last().first().toString().contains("same VPC, zone or subnet"));
    QCOMPARE(d.stack()->count(), steps + 2);

    // Centres: a subnet and its sibling line up on the middle of the two.
    const QRectF subnetA = d.design().element(b.subnetA)->geometry;
    const QRectF subnetB = d.design().element(b.subnetB)->geometry;
    editor->resizeContainer(b.subnetB, QSizeF(subnetA.width() + 40, subnetB.height()), 77);
    QVERIFY(editor->align({b.subnetA, b.subnetB}, Alignment::Centre));
    auto centre = [&](const QString &id) {
        const Element *e = d.design().element(id);
        return e->geometry.x() + layout::elementSize(*e).width() / 2;
    };
    QCOMPARE(centre(b.subnetA), centre(b.subnetB));
    QCOMPARE(d.scene->elementItem(b.ec2)->parentItem(), d.scene->elementItem(b.subnetA)); // children move along

    d.stack()->undo();
    d.stack()->undo();
    d.stack()->undo();
    d.stack()->undo();
    QVERIFY(d.design() == before);
}

void TestCanvasEditing::resizeStopsShortOfASibling()
{
    CanvasDriver d;
    const Basic b = buildBasic(d);
    const QRectF other = layout::sceneRect(d.design(), b.subnetB);
    QVERIFY(!layout::sceneRect(d.design(), b.subnetA).intersects(other));
    QSignalSpy said(d.scene->editor(), &CanvasEditor::message);
    // Subnet B sits below A: pulling A's corner far down and right stops
    // it above B, and the status bar says why.
    d.scene->editor()->resizeContainer(b.subnetA, QSizeF(900, 900), 1);
    const QRectF grown = layout::sceneRect(d.design(), b.subnetA);
    QVERIFY(!grown.intersects(other));
    QVERIFY(grown.height() > 100);
    QCOMPARE(said.count(), 1);
    QVERIFY(said.first().first().toString().contains(d.model()->element(b.subnetB)->displayName()));
    // Away from B, it grows as asked.
    said.clear();
    d.scene->editor()->resizeContainer(b.subnetA, QSizeF(grown.width() + 40, grown.height() - 10), 2);
    QCOMPARE(layout::sceneRect(d.design(), b.subnetA).width(), grown.width() + 40);
    QCOMPARE(said.count(), 0);
}

void TestCanvasEditing::arrowKeysNudgeAsOneStep()
{
    CanvasDriver d;
    const Basic b = buildBasic(d);
    const QPointF before = d.model()->element(b.ec2)->geometry.topLeft();
    d.scene->selectIds({b.ec2});
    const int steps = d.stack()->count();
    d.view->setFocus();
    QTest::keyClick(d.view.get(), Qt::Key_Right);
    QTest::keyClick(d.view.get(), Qt::Key_Right);
    QTest::keyClick(d.view.get(), Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(d.model()->element(b.ec2)->geometry.topLeft(), before + QPointF(2 * DesignScene::kGrid, 1));
    QCOMPARE(d.stack()->count(), steps + 1);
    // A new selection starts a new step.
    d.scene->selectIds({b.subnetB});
    d.scene->selectIds({b.ec2});
    QTest::keyClick(d.view.get(), Qt::Key_Left);
    QCOMPARE(d.stack()->count(), steps + 2);
}

void TestCanvasEditing::renameInPlace()
{
    CanvasDriver d;
    const Basic b = buildBasic(d);
    const int steps = d.stack()->count();
    // Double-click on the label opens the editor there.
    const QPointF label = d.scene->elementItem(b.ec2)->mapToScene(d.scene->elementItem(b.ec2)->labelRect().center());
    const QPoint p = d.toView(label);
    QTest::mouseDClick(d.view->viewport(), Qt::LeftButton, Qt::NoModifier, p);
    QLineEdit *editor = d.view->renameEditor();
    QVERIFY(editor);
    QCOMPARE(editor->text(), b.ec2);
    editor->setText(QStringLiteral("Web server A"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(d.model()->element(b.ec2)->name, QStringLiteral("Web server A"));
    QCOMPARE(d.stack()->count(), steps + 1);
    // Escape cancels.
    d.view->beginRename(b.ec2);
    d.view->renameEditor()->setText(QStringLiteral("nope"));
    QTest::keyClick(d.view->renameEditor(), Qt::Key_Escape);
    QCOMPARE(d.model()->element(b.ec2)->name, QStringLiteral("Web server A"));
    QCOMPARE(d.stack()->count(), steps + 1);
}

void TestCanvasEditing::zoomAndFit()
{
    CanvasDriver d;
    const Basic b = buildBasic(d);
    d.drop(ElementKind::S3Bucket, QPointF(1800, 1400)); // far away
    QCOMPARE(d.view->zoom(), 1.0);
    const QPoint centre = d.view->viewport()->rect().center();
    QWheelEvent wheel(centre, d.view->viewport()->mapToGlobal(centre), QPoint(), QPoint(0, 240), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(d.view->viewport(), &wheel);
    QVERIFY(d.view->zoom() > 1.2);
    d.view->zoomToFit();
    QVERIFY(d.view->zoom() < 1.0);
    const QRectF visible = d.view->mapToScene(d.view->viewport()->rect()).boundingRect();
    QVERIFY(visible.contains(d.scene->designRect()));
    d.view->resetZoom();
    QCOMPARE(d.view->zoom(), 1.0);
    d.view->setZoom(100);
    QCOMPARE(d.view->zoom(), DesignView::kMaxZoom);
    Q_UNUSED(b);
}

void TestCanvasEditing::paletteFilter()
{
    CanvasDriver d;
    d.palette->filterField()->setText(QStringLiteral("ec2"));
    int visible = 0;
    for (const KindInfo &info : allKinds())
        visible += d.palette->tree()->itemForKind(info.kind)->isHidden() ? 0 : 1;
    QCOMPARE(visible, 1);
    QVERIFY(!d.palette->tree()->itemForKind(ElementKind::Ec2Instance)->isHidden());
    d.palette->filterField()->clear();
    for (const KindInfo &info : allKinds())
        QVERIFY(!d.palette->tree()->itemForKind(info.kind)->isHidden());
}

void TestCanvasEditing::selectedGroupHighlightsMembers()
{
    CanvasDriver d;
    const Basic b = buildBasic(d);
    const QString sg = d.drop(ElementKind::SecurityGroup, rectOf(d, b.vpc).topLeft() + QPointF(560, 260));
    d.scene->editor()->connectElements(b.ec2, sg);
    d.scene->selectIds({sg});
    // The highlight is drawn: render the member and look for the group colour.
    QImage image(200, 200, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    const QRectF r = rectOf(d, b.ec2).adjusted(-6, -6, 6, 6);
    d.scene->render(&painter, QRectF(0, 0, r.width(), r.height()), r);
    painter.end();
    const QRgb wanted = ElementItem::groupColor(sg).rgb();
    int hits = 0;
    for (int y = 0; y < int(r.height()); ++y) {
        for (int x = 0; x < int(r.width()); ++x)
            hits += image.pixel(x, y) == wanted ? 1 : 0;
    }
    QVERIFY2(hits > 50, qPrintable(QString::number(hits)));
    d.scene->selectIds({b.subnetB});
    QImage plain(200, 200, QImage::Format_ARGB32);
    plain.fill(Qt::white);
    QPainter p2(&plain);
    d.scene->render(&p2, QRectF(0, 0, r.width(), r.height()), r);
    p2.end();
    int after = 0;
    for (int y = 0; y < int(r.height()); ++y) {
        for (int x = 0; x < int(r.width()); ++x)
            after += plain.pixel(x, y) == wanted ? 1 : 0;
    }
    QVERIFY2(after < hits, qPrintable(QStringLiteral("%1 vs %2").arg(after).arg(hits)));
}

void TestCanvasEditing::cutThenPasteIsTwoSteps()
{
    CanvasDriver d;
    const Basic b = buildBasic(d);
    const Design before = d.design();
    const int steps = d.stack()->count();
    d.scene->selectIds({b.subnetA});
    d.view->cutSelection();
    QVERIFY(!d.model()->element(b.subnetA));
    QVERIFY(!d.model()->element(b.ec2));
    QCOMPARE(d.stack()->count(), steps + 1);
    // Back into the AZ it came from (nothing selected: the original container).
    d.scene->clearSelection();
    d.view->paste();
    QCOMPARE(d.stack()->count(), steps + 2);
    QCOMPARE(d.design().elements().size(), before.elements().size());
    const QString pasted = d.scene->selectedIds().value(0);
    QCOMPARE(d.model()->element(pasted)->parent, b.az);
    QCOMPARE(d.design().children(pasted).size(), 1);
    d.stack()->undo();
    d.stack()->undo();
    QVERIFY(d.design() == before);
}

void TestCanvasEditing::panWithMiddleButtonAndSpace()
{
    CanvasDriver d;
    buildBasic(d);
    const Design before = d.design();
    d.view->setZoom(2);
    const QPoint start = d.view->viewport()->rect().center();
    const int h0 = d.view->horizontalScrollBar()->value();
    const int v0 = d.view->verticalScrollBar()->value();
    auto send = [&](QEvent::Type type, QPoint p, Qt::MouseButton button, Qt::MouseButtons buttons) {
        QMouseEvent e(type, p, d.view->viewport()->mapToGlobal(p), button, buttons, Qt::NoModifier);
        QApplication::sendEvent(d.view->viewport(), &e);
    };
    send(QEvent::MouseButtonPress, start, Qt::MiddleButton, Qt::MiddleButton);
    send(QEvent::MouseMove, start - QPoint(100, 60), Qt::NoButton, Qt::MiddleButton);
    send(QEvent::MouseButtonRelease, start - QPoint(100, 60), Qt::MiddleButton, Qt::NoButton);
    QCOMPARE(d.view->horizontalScrollBar()->value(), h0 + 100);
    QCOMPARE(d.view->verticalScrollBar()->value(), v0 + 60);
    // Space + left drag pans too, and moves nothing even when it starts on an element.
    d.view->setFocus();
    QTest::keyPress(d.view.get(), Qt::Key_Space);
    const QPoint onElement = d.toView(d.centre(d.design().elements().back().id));
    send(QEvent::MouseButtonPress, onElement, Qt::LeftButton, Qt::LeftButton);
    send(QEvent::MouseMove, onElement + QPoint(50, 30), Qt::NoButton, Qt::LeftButton);
    send(QEvent::MouseButtonRelease, onElement + QPoint(50, 30), Qt::LeftButton, Qt::NoButton);
    QTest::keyRelease(d.view.get(), Qt::Key_Space);
    QCOMPARE(d.view->horizontalScrollBar()->value(), h0 + 50);
    QCOMPARE(d.view->verticalScrollBar()->value(), v0 + 30);
    QVERIFY(d.design() == before);
}

void TestCanvasEditing::overviewMovesTheView()
{
    CanvasDriver d;
    const Basic b = buildBasic(d);
    d.drop(ElementKind::S3Bucket, QPointF(2400, 1800));
    OverviewWidget overview(d.view.get());
    overview.resize(240, 160);
    overview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&overview));
    QTRY_VERIFY(overview.hasPicture());
    // A click on the far corner of the miniature brings that corner into view.
    const QRectF before = d.view->mapToScene(d.view->viewport()->rect()).boundingRect();
    QVERIFY(!before.contains(QPointF(2400, 1800)));
    QTest::mouseClick(&overview, Qt::LeftButton, Qt::NoModifier, overview.mapFromScene(QPointF(2400, 1800)).toPoint());
    const QRectF after = d.view->mapToScene(d.view->viewport()->rect()).boundingRect();
    QVERIFY2(after.contains(QPointF(2400, 1800)), qPrintable(QStringLiteral("%1,%2 %3x%4").arg(after.x()).arg(after.y()).arg(after.width()).arg(after.height())));
    Q_UNUSED(b);
}

QTEST_MAIN(TestCanvasEditing)
#include "tst_canvas_editing.moc"
