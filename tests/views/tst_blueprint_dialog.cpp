// File ▸ New from Blueprint…: every blueprint listed with a thumbnail drawn
// from its design and its description; the choice is reported back.

#include "BlueprintDialog.h"
#include "Blueprints.h"

#include <QListWidget>
#include <QTextBrowser>
#include <QtTest>

using namespace pillar;

class TestBlueprintDialog : public QObject
{
    Q_OBJECT

private slots:
    void listsEveryBlueprintWithThumbnail()
    {
        BlueprintDialog dialog;
        auto *list = dialog.findChild<QListWidget *>();
        QVERIFY(list);
        QCOMPARE(list->count(), blueprints().size());
        for (int i = 0; i < list->count(); ++i) {
            const QPixmap pixmap = list->item(i)->icon().pixmap(list->iconSize());
            QVERIFY(!pixmap.isNull());
            QCOMPARE(list->item(i)->text(), blueprints().at(i).title);
        }
    }

    void thumbnailDrawsTheDesign()
    {
        const Design design = *loadBlueprint("stage-3-high-availability").design;
        const QImage image = BlueprintDialog::renderThumbnail(design, QSize(240, 150));
        QCOMPARE(image.size(), QSize(240, 150));
        // Drawn, not blank: many pixels differ from the white background,
        // and the VPC's purple outline shows.
        int inked = 0;
        bool purple = false;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (c != Qt::white)
                    ++inked;
                if (c.blue() > 180 && c.red() > 100 && c.green() < 120)
                    purple = true;
            }
        }
        QVERIFY2(inked > 240 * 150 / 10, qPrintable(QString::number(inked)));
        QVERIFY(purple);
        // A different design gives a different picture.
        const QImage other = BlueprintDialog::renderThumbnail(*loadBlueprint("stage-1-one-user").design, QSize(240, 150));
        QVERIFY(other != image);
    }

    void selectionShowsDescription()
    {
        BlueprintDialog dialog;
        dialog.selectBlueprint("side-project");
        QCOMPARE(dialog.selectedBlueprint(), QStringLiteral("side-project"));
        auto *text = dialog.findChild<QTextBrowser *>();
        QVERIFY(text->toPlainText().contains("refresh tokens"));
        QVERIFY(text->toPlainText().contains("What to notice"));
        dialog.selectBlueprint("stage-4-scale-out");
        QVERIFY(text->toPlainText().contains("What changed from stage 3"));
    }
};

QTEST_MAIN(TestBlueprintDialog)
#include "tst_blueprint_dialog.moc"
