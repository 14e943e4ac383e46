#pragma once

#include <QStringList>
#include <QWidget>

class QScrollArea;
class QStackedWidget;

namespace pillar {

class DesignInfoForm;
class Document;
class ElementForm;

// The Inspector dock's content: typed editors for the selected elements, or
// the design's own settings when nothing is selected. Fed with selections by
// whoever owns it (the main window passes the scene's), it observes the
// model so undo, redo and edits made elsewhere show at once. Every edit it
// makes is one command on the document's undo stack.
class InspectorWidget : public QWidget
{
    Q_OBJECT

public:
    explicit InspectorWidget(Document *document, QWidget *parent = nullptr);

    // The elements to inspect (ids of connections and unknown ids are ignored).
    void setSelection(const QStringList &ids);
    QStringList selection() const { return m_ids; }
    // True when the design page (nothing selected) is showing.
    bool showsDesign() const;

    QSize sizeHint() const override;

private:
    void scheduleRefresh();
    void refreshNow();
    void onElementRemoved(const QString &id);
    void showPage();

    Document *m_document;
    QStringList m_ids;
    QStackedWidget *m_pages;
    DesignInfoForm *m_designForm;
    ElementForm *m_elementForm;
    QScrollArea *m_elementScroll;
    bool m_refreshPending = false;
};

} // namespace pillar
