#pragma once

#include "Design.h"

#include <QObject>

namespace pillar {

// The observable design: the single source of truth that views and commands
// share. Every change goes through a method here and is announced by a signal
// naming the ids involved. Holds no widget and no graphics item.
class DesignModel : public QObject
{
    Q_OBJECT

public:
    explicit DesignModel(QObject *parent = nullptr);

    const Design &design() const { return m_design; }
    const Element *element(const QString &id) const { return m_design.element(id); }
    const Connection *connection(const QString &id) const { return m_design.connection(id); }

    // Replaces the whole design (open, revert, import); emits designReset().
    void resetDesign(const Design &design);

    // index < 0 appends. The id must be free.
    void insertElement(const Element &element, int index = -1);
    // Removes only this element (not its children or connections); returns it.
    Element removeElement(const QString &id);
    // Replaces an element with the same id. Emits elementChanged, or
    // only elementGeometryChanged when nothing but the geometry differs.
    void replaceElement(const Element &element);
    void setProperty(const QString &id, const QString &key, const QVariant &value);
    void setGeometry(const QString &id, const QRectF &geometry);

    void insertConnection(const Connection &connection, int index = -1);
    Connection removeConnection(const QString &id);
    void replaceConnection(const Connection &connection);

    void setInfo(const DesignInfo &info);
    void setLintConfig(const LintConfig &config);

signals:
    void designReset();
    void elementAdded(const QString &id);
    void elementAboutToBeRemoved(const QString &id);
    void elementRemoved(const QString &id);
    void elementChanged(const QString &id);
    void elementGeometryChanged(const QString &id);
    void connectionAdded(const QString &id);
    void connectionAboutToBeRemoved(const QString &id);
    void connectionRemoved(const QString &id);
    void connectionChanged(const QString &id);
    void infoChanged();
    void lintConfigChanged();
    // After any of the above.
    void changed();

private:
    Design m_design;
};

} // namespace pillar
