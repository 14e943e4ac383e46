#include "DesignInfoForm.h"

#include "DesignModel.h"
#include "Document.h"
#include "PropertySpec.h"
#include "commands/SetDesignInfoCommand.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>

namespace pillar {

namespace {

// Offered in the region box; any other region can be typed in.
const QStringList kRegions = {
    QStringLiteral("us-east-1"),      QStringLiteral("us-east-2"),      QStringLiteral("us-west-1"),
    QStringLiteral("us-west-2"),      QStringLiteral("ca-central-1"),   QStringLiteral("eu-west-1"),
    QStringLiteral("eu-west-2"),      QStringLiteral("eu-central-1"),   QStringLiteral("eu-north-1"),
    QStringLiteral("ap-northeast-1"), QStringLiteral("ap-northeast-2"), QStringLiteral("ap-northeast-3"),
    QStringLiteral("ap-southeast-1"), QStringLiteral("ap-southeast-2"), QStringLiteral("ap-south-1"),
    QStringLiteral("sa-east-1"),
};

bool userIsTyping(const QLineEdit *edit)
{
    return edit->hasFocus() && edit->isModified();
}

} // namespace

DesignInfoForm::DesignInfoForm(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_name(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_region(new QComboBox(this))
    , m_environment(new QComboBox(this))
    , m_users(new QSpinBox(this))
{
    m_name->setObjectName(QStringLiteral("designName"));
    m_description->setObjectName(QStringLiteral("designDescription"));
    m_region->setObjectName(QStringLiteral("designRegion"));
    m_environment->setObjectName(QStringLiteral("designEnvironment"));
    m_users->setObjectName(QStringLiteral("designExpectedUsers"));
    m_region->setEditable(true);
    m_region->setInsertPolicy(QComboBox::NoInsert);
    m_region->addItems(kRegions);
    for (const QString &env : environmentValues())
        m_environment->addItem(enumValueLabel(env), env);
    m_users->setRange(0, 1000000000);
    m_users->setGroupSeparatorShown(true);
    m_users->setKeyboardTracking(false);
    m_users->setSuffix(tr(" users"));

    auto *title = new QLabel(tr("Design"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto *hint = new QLabel(tr("Nothing is selected: these settings apply to the whole design."), this);
    hint->setWordWrap(true);
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(title);
    form->addRow(hint);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Description:"), m_description);
    form->addRow(tr("Region:"), m_region);
    form->addRow(tr("Environment:"), m_environment);
    form->addRow(tr("Expected users:"), m_users);

    // Each field commits only itself: text typed elsewhere and not yet
    // confirmed never rides along in another field's command.
    const auto commitText = [this](QLineEdit *edit, QString DesignInfo::*field) {
        if (!edit->isModified())
            return;
        edit->setModified(false);
        const QString text = edit->text().trimmed();
        commit([&](DesignInfo &info) { info.*field = text; });
    };
    connect(m_name, &QLineEdit::editingFinished, this, [=, this] { commitText(m_name, &DesignInfo::name); });
    connect(m_description, &QLineEdit::editingFinished, this, [=, this] { commitText(m_description, &DesignInfo::description); });
    const auto commitRegion = [this] {
        const QString region = m_region->currentText().trimmed();
        m_region->lineEdit()->setModified(false);
        if (!region.isEmpty()) // a design always has a region
            commit([&](DesignInfo &info) { info.region = region; });
        else
            refresh();
    };
    connect(m_region->lineEdit(), &QLineEdit::editingFinished, this, [=, this] {
        if (m_region->lineEdit()->isModified())
            commitRegion();
    });
    connect(m_region, &QComboBox::activated, this, commitRegion);
    connect(m_environment, &QComboBox::activated, this, [this] {
        const QString env = m_environment->currentData().toString();
        commit([&](DesignInfo &info) { info.environment = env; });
    });
    connect(m_users, &QSpinBox::valueChanged, this, [this](int users) {
        commit([&](DesignInfo &info) { info.expectedUsers = users; });
    });
    refresh();
}

void DesignInfoForm::refresh()
{
    const DesignInfo &info = m_document->model()->design().info;
    const QSignalBlocker b1(m_region), b2(m_environment), b3(m_users);
    if (!userIsTyping(m_name)) {
        m_name->setText(info.name);
        m_name->setModified(false);
    }
    if (!userIsTyping(m_description)) {
        m_description->setText(info.description);
        m_description->setCursorPosition(0); // show the start of a long description
        m_description->setModified(false);
    }
    if (!userIsTyping(m_region->lineEdit())) {
        m_region->setEditText(info.region);
        m_region->lineEdit()->setModified(false);
    }
    m_environment->setCurrentIndex(m_environment->findData(info.environment));
    m_users->setValue(info.expectedUsers);
}

void DesignInfoForm::commit(const std::function<void(DesignInfo &)> &edit)
{
    DesignInfo info = m_document->model()->design().info;
    edit(info);
    if (info != m_document->model()->design().info)
        m_document->push(new SetDesignInfoCommand(m_document->model(), info));
    refresh();
}

} // namespace pillar
