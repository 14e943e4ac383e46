// Canvas benchmark: builds the scene for a generated design of N elements
// (default 10,000) and renders one 1600x1000 frame zoomed to fit and one
// zoomed in (100%), printing the median of several runs.
//
//   bench_scene [--elements N] [--runs R] [--check]
//
// Budgets on the reference machine (2 cores): build < 1 s, fit-all frame
// < 50 ms, zoomed-in frame < 16 ms. --check (the ctest smoke run, at a small
// size) verifies that the scene mirrors the design and that the frames show
// something; it does not enforce the budgets, the machine is shared.

#include "DesignModel.h"
#include "DesignScene.h"
#include "DesignView.h"
#include "Document.h"
#include "ElementItem.h"
#include "Layout.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <ctime>
#include <cstdio>
#include <memory>
#include <vector>

using namespace pillar;

namespace {

// VPCs in a grid; each holds two AZs with a public and a private subnet and
// EC2 / RDS instances, with connections between neighbours.
Design generate(int target)
{
    Design d;
    int n = 0;
    int vpcIndex = 0;
    while (n < target) {
        const QString vpc = QStringLiteral("vpc-%1").arg(vpcIndex);
        const double vx = (vpcIndex % 10) * 1500.0;
        const double vy = (vpcIndex / 10) * 1100.0;
        ++vpcIndex;
        Element v;
        v.id = vpc;
        v.kind = ElementKind::Vpc;
        v.name = vpc;
        v.geometry = QRectF(vx, vy, 1400, 1000);
        d.insertElement(v);
        ++n;
        for (int a = 0; a < 2 && n < target; ++a) {
            Element az;
            az.id = vpc + QStringLiteral("-az%1").arg(a);
            az.kind = ElementKind::AvailabilityZone;
            az.parent = vpc;
            az.geometry = QRectF(20 + a * 690, 40, 670, 940);
            d.insertElement(az);
            ++n;
            for (int s = 0; s < 2 && n < target; ++s) {
                Element sub;
                sub.id = az.id + QStringLiteral("-s%1").arg(s);
                sub.kind = ElementKind::Subnet;
                sub.parent = az.id;
                sub.properties.insert(QStringLiteral("public"), s == 0);
                sub.geometry = QRectF(16, 40 + s * 450, 638, 430);
                d.insertElement(sub);
                ++n;
                QString previous;
                for (int i = 0; i < 20 && n < target; ++i) {
                    Element leaf;
                    leaf.id = sub.id + QStringLiteral("-e%1").arg(i);
                    leaf.kind = i % 5 == 4 ? ElementKind::RdsInstance : ElementKind::Ec2Instance;
                    leaf.name = QStringLiteral("server %1").arg(n);
                    leaf.parent = sub.id;
                    leaf.geometry = QRectF(16 + (i % 5) * 124, 40 + (i / 5) * 96, 0, 0);
                    d.insertElement(leaf);
                    ++n;
                    if (!previous.isEmpty() && i % 5 != 0) {
                        Connection c;
                        c.id = leaf.id + QStringLiteral("-c");
                        c.from = previous;
                        c.to = leaf.id;
                        c.port = 443;
                        d.insertConnection(c);
                    }
                    previous = leaf.id;
                }
            }
        }
    }
    return d;
}

// CPU time of this thread in ms: on a shared machine the wall clock also
// counts the time other processes had the core; both are reported.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

struct Timing {
    std::vector<double> wall;
    std::vector<double> cpu;
};

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

int nonBackgroundPixels(const QImage &image)
{
    const QRgb background = image.pixel(0, 0);
    int count = 0;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4)
            count += image.pixel(x, y) != background ? 1 : 0;
    }
    return count;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    int elements = 10000;
    int runs = 7;
    bool check = false;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--elements") && i + 1 < args.size())
            elements = args[++i].toInt();
        else if (args[i] == QLatin1String("--runs") && i + 1 < args.size())
            runs = args[++i].toInt();
        else if (args[i] == QLatin1String("--check"))
            check = true;
    }
    Document document;
    document.reset(generate(elements));
    const Design &design = document.model()->design();
    std::printf("design: %zu elements, %zu connections\n", design.elements().size(), design.connections().size());

    Timing build;
    Timing index;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        const double cpu0 = threadCpuMs();
        t.start();
        auto scene = std::make_unique<DesignScene>(&document);
        build.wall.push_back(t.nsecsElapsed() / 1e6);
        build.cpu.push_back(threadCpuMs() - cpu0);
        // Qt builds the BSP index lazily, on the first query: time it apart.
        const double cpu1 = threadCpuMs();
        t.restart();
        (void)scene->items(QRectF(0, 0, 1, 1));
        index.wall.push_back(t.nsecsElapsed() / 1e6);
        index.cpu.push_back(threadCpuMs() - cpu1);
        if (check && scene->elementItemCount() != int(design.elements().size())) {
            std::fprintf(stderr, "scene has %d element items for %zu elements\n", scene->elementItemCount(), design.elements().size());
            return 1;
        }
        QCoreApplication::processEvents(); // deleting before the loop turns is slow (QT-NOTES)
    }

    DesignScene scene(&document);
    DesignView view(&scene);
    view.resize(1600 + view.frameWidth() * 2, 1000 + view.frameWidth() * 2);
    view.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.show();
    QCoreApplication::processEvents();
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);

    auto frame = [&](Timing &times) {
        for (int r = 0; r < runs; ++r) {
            image.fill(Qt::white);
            QPainter painter(&image);
            QElapsedTimer t;
            const double cpu0 = threadCpuMs();
            t.start();
            view.render(&painter, QRectF(image.rect()), view.viewport()->rect());
            painter.end();
            times.wall.push_back(t.nsecsElapsed() / 1e6);
            times.cpu.push_back(threadCpuMs() - cpu0);
        }
    };
    view.zoomToFit();
    Timing fit;
    frame(fit);
    const int fitInk = nonBackgroundPixels(image);
    const qreal fitZoom = view.zoom();
    view.resetZoom();
    view.centerOn(layout::sceneRect(design, design.elements()[design.elements().size() / 2].id).center());
    Timing zoomed;
    frame(zoomed);
    const int zoomedInk = nonBackgroundPixels(image);

    std::printf("median of %d runs           wall ms   cpu ms   budget\n", runs);
    std::printf("scene build               %8.1f %8.1f   1000\n", median(build.wall), median(build.cpu));
    std::printf("first query (BSP index)   %8.1f %8.1f      -\n", median(index.wall), median(index.cpu));
    std::printf("frame, fit all (%4.1f%%)    %8.1f %8.1f     50\n", fitZoom * 100, median(fit.wall), median(fit.cpu));
    std::printf("frame, zoomed in (100%%)   %8.1f %8.1f     16\n", median(zoomed.wall), median(zoomed.cpu));
    if (check && (fitInk < 50 || zoomedInk < 50)) {
        std::fprintf(stderr, "a frame came out blank (fit %d, zoomed %d sampled pixels drawn)\n", fitInk, zoomedInk);
        return 1;
    }
    return 0;
}
