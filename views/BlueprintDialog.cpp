#include "BlueprintDialog.h"

#include "Blueprints.h"
#include "DesignScene.h"
#include "Document.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace pillar {

namespace {

constexpr int kNameRole = Qt::UserRole;
constexpr int kDescriptionRole = Qt::UserRole + 1;

} // namespace

BlueprintDialog::BlueprintDialog(QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_description(new QTextBrowser(this))
{
    setWindowTitle(tr("New from Blueprint"));
    m_list->setViewMode(QListView::IconMode);
    m_list->setIconSize(QSize(240, 150));
    m_list->setGridSize(QSize(264, 200));
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(true);
    m_list->setMinimumWidth(560);

    for (const BlueprintInfo &b : blueprints()) {
        const LoadResult loaded = loadBlueprint(b.name);
        if (!loaded.ok())
            continue;
        auto *item = new QListWidgetItem(QIcon(QPixmap::fromImage(renderThumbnail(*loaded.design, m_list->iconSize()))), b.title);
        item->setData(kNameRole, b.name);
        item->setData(kDescriptionRole, b.description);
        item->setToolTip(b.title);
        m_list->addItem(item);
    }

    m_description->setOpenLinks(false);
    m_description->setMinimumWidth(320);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentItemChanged, this, &BlueprintDialog::showDescription);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);

    auto *columns = new QHBoxLayout;
    columns->addWidget(m_list, 3);
    columns->addWidget(m_description, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Start from a real architecture. The first five follow a service from one user to "
                                    "millions: each stage fixes what the checker says about the one before."), this));
    layout->itemAt(0)->widget()->setProperty("wordWrap", true);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    resize(1100, 700);

    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

QString BlueprintDialog::selectedBlueprint() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(kNameRole).toString() : QString();
}

void BlueprintDialog::selectBlueprint(const QString &name)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(kNameRole).toString() == name)
            m_list->setCurrentRow(i);
    }
}

void BlueprintDialog::showDescription()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item) {
        m_description->clear();
        return;
    }
    QString html = QStringLiteral("<h3>%1</h3>").arg(item->text().toHtmlEscaped());
    for (const QString &paragraph : item->data(kDescriptionRole).toString().split(QStringLiteral("\n\n")))
        html += QStringLiteral("<p>%1</p>").arg(paragraph.toHtmlEscaped());
    m_description->setHtml(html);
}

QImage BlueprintDialog::renderThumbnail(const Design &design, const QSize &size)
{
    Document document;
    document.reset(design);
    DesignScene scene(&document);
    scene.clearSelection();
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    scene.render(&painter, QRectF(QPointF(0, 0), size), scene.designRect(24), Qt::KeepAspectRatio);
    return image;
}

} // namespace pillar
