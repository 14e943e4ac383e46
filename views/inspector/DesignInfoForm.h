#pragma once

#include <QWidget>

#include <functional>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace pillar {

class Document;
struct DesignInfo;

// The inspector page shown when nothing is selected: the design's name,
// description, region, environment and expected users. Each edit is one
// SetDesignInfoCommand; text fields commit on Enter or focus-out.
class DesignInfoForm : public QWidget
{
    Q_OBJECT

public:
    explicit DesignInfoForm(Document *document, QWidget *parent = nullptr);

    // Shows the model's values; a field the user is typing in is left alone.
    void refresh();

private:
    void commit(const std::function<void(DesignInfo &)> &edit);

    Document *m_document;
    QLineEdit *m_name;
    QLineEdit *m_description;
    QComboBox *m_region;
    QComboBox *m_environment;
    QSpinBox *m_users;
};

} // namespace pillar
