#include "InspectorWidget.h"

#include "ConnectionForm.h"
#include "DesignInfoForm.h"
#include "DesignModel.h"
#include "Document.h"
#include "ElementForm.h"

#include <QScrollArea>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace pillar {

InspectorWidget::InspectorWidget(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_pages(new QStackedWidget(this))
    , m_designForm(new DesignInfoForm(document))
    , m_elementForm(new ElementForm(document))
    , m_connectionForm(new ConnectionForm(document))
{
    // The pages, in the order showPage() numbers them, each in a scroll area.
    for (QWidget *page : {static_cast<QWidget *>(m_designForm), static_cast<QWidget *>(m_elementForm),
                          static_cast<QWidget *>(m_connectionForm)}) {
        auto *scroll = new QScrollArea(this);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(page);
        m_pages->addWidget(scroll);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    // Geometry changes (drags) are not listened to: nothing here shows them.
    const DesignModel *model = document->model();
    connect(model, &DesignModel::elementChanged, this, &InspectorWidget::scheduleRefresh);
    connect(model, &DesignModel::elementAdded, this, &InspectorWidget::scheduleRefresh);
    connect(model, &DesignModel::elementRemoved, this, &InspectorWidget::onElementRemoved);
    connect(model, &DesignModel::infoChanged, this, &InspectorWidget::scheduleRefresh);
    connect(model, &DesignModel::connectionChanged, this, &InspectorWidget::scheduleRefresh);
    connect(model, &DesignModel::connectionRemoved, this, &InspectorWidget::onConnectionRemoved);
    connect(model, &DesignModel::designReset, this, [this] {
        m_ids.clear();
        m_connections.clear();
        m_elementForm->setTargets({});
        m_connectionForm->setTargets({});
        showPage();
        m_designForm->refresh();
    });
    showPage();
}

void InspectorWidget::setSelection(const QStringList &ids)
{
    QStringList elements, connections;
    for (const QString &id : ids) {
        if (m_document->model()->element(id))
            elements << id;
        else if (m_document->model()->connection(id))
            connections << id;
    }
    if (!elements.isEmpty())
        connections.clear(); // elements take the page; connections ride along
    if (elements == m_ids && connections == m_connections)
        return;
    if (elements != m_ids) {
        m_ids = elements;
        m_elementForm->setTargets(m_ids);
    }
    if (connections != m_connections) {
        m_connections = connections;
        m_connectionForm->setTargets(m_connections);
    }
    showPage();
}

bool InspectorWidget::showsDesign() const
{
    return m_pages->currentIndex() == 0;
}

bool InspectorWidget::showsConnections() const
{
    return m_pages->currentIndex() == 2;
}

QSize InspectorWidget::sizeHint() const
{
    return {340, 480};
}

void InspectorWidget::showPage()
{
    // Only the visible page follows the model, so the others may be stale.
    m_pages->setCurrentIndex(!m_ids.isEmpty() ? 1 : !m_connections.isEmpty() ? 2 : 0);
    if (showsDesign())
        m_designForm->refresh();
    else if (showsConnections())
        m_connectionForm->refresh();
}

void InspectorWidget::scheduleRefresh()
{
    // A command touching many elements emits once per element: refresh once.
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, &InspectorWidget::refreshNow);
}

void InspectorWidget::refreshNow()
{
    m_refreshPending = false;
    if (showsDesign())
        m_designForm->refresh();
    else if (showsConnections())
        m_connectionForm->refresh();
    else
        m_elementForm->refresh();
}

void InspectorWidget::onElementRemoved(const QString &id)
{
    if (m_ids.contains(id)) {
        QStringList rest = m_ids;
        rest.removeAll(id);
        m_ids.clear(); // force the rebuild in setSelection
        setSelection(rest);
        if (rest.isEmpty()) {
            m_elementForm->setTargets({});
            showPage();
        }
    }
    scheduleRefresh();
}

void InspectorWidget::onConnectionRemoved(const QString &id)
{
    if (m_connections.contains(id)) {
        m_connections.removeAll(id);
        m_connectionForm->setTargets(m_connections);
        showPage();
    }
    scheduleRefresh();
}

} // namespace pillar
