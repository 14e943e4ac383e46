#pragma once

#include <QStringList>
#include <QWidget>

class QStackedWidget;

namespace pillar {

class ConnectionForm;
class DesignInfoForm;
class Document;
class ElementForm;

// The Inspector dock's content: typed editors for the selected elements, the
// selected connection when only connections are selected, or the design's
// own settings when nothing is selected. Fed with selections by
// whoever owns it (the main window passes the scene's), it observes the
// model so undo, redo and edits made elsewhere show at once. Every edit it
// makes is one command on the document's undo stack.
class InspectorWidget : public QWidget
{
    Q_OBJECT

public:
    explicit InspectorWidget(Document *document, QWidget *parent = nullptr);

    // The selection to inspect: its elements or, when it has none, its
    // connections (unknown ids are ignored).
    void setSelection(const QStringList &ids);
    // The elements or connections shown.
    QStringList selection() const { return m_ids.isEmpty() ? m_connections : m_ids; }
    // True when the design page (nothing selected) is showing.
    bool showsDesign() const;
    // True when the connection page is showing.
    bool showsConnections() const;

    QSize sizeHint() const override;

private:
    void scheduleRefresh();
    void refreshNow();
    void onElementRemoved(const QString &id);
    void onConnectionRemoved(const QString &id);
    void showPage();

    Document *m_document;
    QStringList m_ids;         // elements shown
    QStringList m_connections; // connections shown (when no elements are)
    QStackedWidget *m_pages;
    DesignInfoForm *m_designForm;
    ElementForm *m_elementForm;
    ConnectionForm *m_connectionForm;
    bool m_refreshPending = false;
};

} // namespace pillar
