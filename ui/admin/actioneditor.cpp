#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <ui/admin/actioneditor.h>
#include <ui/messagebanner.h>
#include <ui/models/parametertablemodel.h>

namespace cs::ui {
namespace {

// Offers core's parameter types by label; the model stores the type's name.
class TypeDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override
    {
        auto* box = new QComboBox(parent);
        for (const ParameterTypeInfo& info : parameterTypes())
            box->addItem(ParameterTableModel::typeLabel(info.type), info.name);
        return box;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        auto* box = static_cast<QComboBox*>(editor);
        box->setCurrentIndex(qMax(0, box->findData(index.data(Qt::EditRole))));
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        model->setData(index, static_cast<QComboBox*>(editor)->currentData(), Qt::EditRole);
    }
};

void fillChecklist(QListWidget* list, const QStringList& names)
{
    QSet<QString> checked;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            checked.insert(list->item(i)->text());
    list->clear();
    for (const QString& n : names) {
        auto* item = new QListWidgetItem(n, list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(n) ? Qt::Checked : Qt::Unchecked);
    }
    // Tall enough for every choice up to eight, then it scrolls: a half-hidden last row reads as
    // if the group were not there.
    const int rowHeight = list->count() > 0 ? list->sizeHintForRow(0) : list->fontMetrics().height();
    list->setFixedHeight(qBound(3, int(list->count()), 8) * rowHeight + 2 * list->frameWidth() + 2);
}

void check(QListWidget* list, const QStringList& names)
{
    for (int i = 0; i < list->count(); ++i)
        list->item(i)->setCheckState(names.contains(list->item(i)->text()) ? Qt::Checked : Qt::Unchecked);
}

QStringList checked(const QListWidget* list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            out << list->item(i)->text();
    return out;
}

// Workflow names are lower-case letters, digits and .-_ only, so these never collide with one.
const QString kOwnPolicy = QStringLiteral("(own)");
const QString kDefaultWorkflow = QStringLiteral("(default)");

} // namespace

ActionEditor::ActionEditor(QWidget* parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_interpreter(new QLineEdit(this))
    , m_timeout(new QSpinBox(this))
    , m_requesterGroups(new QListWidget(this))
    , m_targets(new QListWidget(this))
    , m_targetKind(new QLineEdit(this))
    , m_script(new QPlainTextEdit(this))
    , m_parameterModel(new ParameterTableModel(this))
    , m_parameters(new QTableView(this))
    , m_requireApproval(new QCheckBox(tr("Require approval"), this))
    , m_approverGroups(new QListWidget(this))
    , m_bypassGroup(new QComboBox(this))
    , m_deadline(new QSpinBox(this))
    , m_advanced(new QCheckBox(tr("Advanced flow (rules and phases as JSON)"), this))
    , m_policyJson(new QPlainTextEdit(this))
    , m_policyHint(new QLabel(this))
    , m_flowStatus(new MessageBanner(this))
    , m_flowCheck(new QTimer(this))
    , m_workflow(new QComboBox(this))
    , m_workflowNote(new QLabel(this))
{
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("actionEditorTabs"));
    tabs->addTab(buildGeneral(), tr("General"));
    tabs->addTab(buildParameters(), tr("Parameters"));
    m_approvalTab = buildApproval();
    tabs->addTab(m_approvalTab, tr("Approval"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tabs);
    clear();
}

QWidget* ActionEditor::buildGeneral()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_name->setObjectName(QStringLiteral("actionName"));
    m_timeout->setRange(1, 86400);
    m_timeout->setSuffix(tr(" s"));
    m_script->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_script->setObjectName(QStringLiteral("actionScript"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Interpreter:"), m_interpreter);
    form->addRow(tr("&Timeout:"), m_timeout);
    form->addRow(tr("Requested by:"), m_requesterGroups);
    form->addRow(tr("Targets:"), m_targets);
    form->addRow(tr("…or any target of &kind:"), m_targetKind);
    form->addRow(tr("&Script:"), m_script);
    return page;
}

QWidget* ActionEditor::buildParameters()
{
    auto* page = new QWidget(this);
    m_parameters->setObjectName(QStringLiteral("parameterTable"));
    m_parameters->setModel(m_parameterModel);
    m_parameters->setItemDelegateForColumn(ParameterTableModel::TypeColumn, new TypeDelegate(m_parameters));
    m_parameters->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_parameters->horizontalHeader()->setStretchLastSection(true);
    m_parameters->horizontalHeader()->setMaximumSectionSize(260);
    m_parameters->verticalHeader()->hide();
    m_parameters->setWordWrap(false);
    auto* add = new QPushButton(tr("Add parameter"), page);
    auto* remove = new QPushButton(tr("Remove parameter"), page);
    connect(add, &QPushButton::clicked, this, [this] {
        m_parameterModel->addParameter();
        m_parameters->setCurrentIndex(m_parameterModel->index(m_parameterModel->rowCount() - 1, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_parameters->currentIndex().isValid())
            m_parameterModel->removeRow(m_parameters->currentIndex().row());
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_parameters, 1);
    layout->addLayout(buttons);
    return page;
}

QWidget* ActionEditor::buildApproval()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("approvalTab"));
    m_requireApproval->setObjectName(QStringLiteral("requireApproval"));
    m_approverGroups->setObjectName(QStringLiteral("approverGroups"));
    m_bypassGroup->setObjectName(QStringLiteral("bypassGroup"));
    m_advanced->setObjectName(QStringLiteral("advancedPolicy"));
    m_policyJson->setObjectName(QStringLiteral("policyJson"));
    m_policyJson->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_deadline->setRange(1, 8760);
    m_deadline->setSuffix(tr(" hours"));
    m_policyHint->setWordWrap(true);
    m_policyHint->setText(
        tr("Any one member of a checked approver group can approve. Members of the no-approval-needed group run "
           "the action directly; that is recorded as a bypass. Nobody ever approves their own request."));
    m_flowStatus->hide();
    // Checked as the admin types, once they pause: parsing a policy is quick, but a message that
    // changes with every keystroke is noise.
    m_flowCheck->setSingleShot(true);
    m_flowCheck->setInterval(400);
    connect(m_flowCheck, &QTimer::timeout, this, &ActionEditor::validateFlowNow);
    connect(m_policyJson, &QPlainTextEdit::textChanged, this, [this] {
        if (m_advanced->isChecked())
            m_flowCheck->start();
    });
    auto* form = new QFormLayout;
    m_approvalForm = form;
    // Workflows (issue 19): the action follows a named workflow, the default one, or its own policy.
    m_workflow->setObjectName(QStringLiteral("workflowChoice"));
    m_workflow->addItem(tr("Own policy"), kOwnPolicy);
    m_workflow->addItem(tr("Default workflow"), kDefaultWorkflow);
    m_workflowNote->setWordWrap(true);
    m_workflowNote->setText(tr("New requests follow the workflow's current revision (see Administration → "
                               "Workflows); pending requests keep the policy they were submitted under."));
    connect(m_workflow, &QComboBox::currentIndexChanged, this, &ActionEditor::updateApprovalControls);
    form->addRow(tr("&Approval policy:"), m_workflow);
    form->addRow(QString(), m_workflowNote);
    form->addRow(QString(), m_requireApproval);
    form->addRow(tr("Approver groups:"), m_approverGroups);
    form->addRow(tr("No-approval-needed group:"), m_bypassGroup);
    form->addRow(tr("Deadline:"), m_deadline);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_policyHint);
    layout->addWidget(m_advanced);
    layout->addWidget(m_flowStatus);
    layout->addWidget(m_policyJson, 10);
    layout->addStretch(1);
    connect(m_requireApproval, &QCheckBox::toggled, this, &ActionEditor::updateApprovalControls);
    connect(m_advanced, &QCheckBox::toggled, this, [this](bool on) {
        // The JSON starts as what the simple fields say, so the two never disagree when switching.
        if (on) {
            auto written = ActionFile::parsePolicy(m_name->text(), m_policyJson->toPlainText().toUtf8());
            if (m_policyJson->toPlainText().trimmed().isEmpty() || (written.ok() && written->simpleMode))
                m_policyJson->setPlainText(
                    QString::fromUtf8(QJsonDocument(simplePolicy().toJson()).toJson(QJsonDocument::Indented)));
            validateFlowNow();
        } else {
            m_flowCheck->stop();
            m_flowStatus->hide();
        }
        updateApprovalControls();
    });
    return page;
}

void ActionEditor::validateFlowNow()
{
    m_flowCheck->stop();
    if (!m_advanced->isChecked())
        return;
    TextPosition where { 0, 0 };
    auto policy = ActionFile::parsePolicy(m_name->text().trimmed(), m_policyJson->toPlainText().toUtf8(), &where);
    if (!policy.ok()) {
        m_flowStatus->showMessage(policy.error().message, MessageBanner::Kind::Error);
        return;
    }
    showPolicyInSimpleFields(*policy);
    // Reminders, escalation and the timeout outcome (issue 16) have no fields: said here, read-only.
    QStringList timing;
    for (const Rule& rule : std::as_const(policy->rules))
        for (const Phase& phase : rule.phases)
            for (const QString& setting : { phase.reminder.isSet() ? phase.reminder.describe() : QString(),
                                            phase.escalation.isSet() ? phase.escalation.describe() : QString() })
                if (!setting.isEmpty())
                    timing << tr("%1: %2").arg(phase.name, setting);
    if (policy->timeout.isSet())
        timing << policy->timeout.describe();
    QString message = policy->simpleMode && timing.isEmpty()
        ? tr("The flow is valid; the fields above show the same policy.")
        : tr("The flow is valid. It has rules and phases, which only the JSON can show.");
    if (policy->simpleMode && !timing.isEmpty())
        message = tr("The flow is valid; the fields above show it except what it does on time, which only the JSON "
                     "can change.");
    if (!timing.isEmpty())
        message += QLatin1Char('\n') + tr("On time: %1.").arg(timing.join(QStringLiteral("; ")));
    m_flowStatus->showMessage(message, MessageBanner::Kind::Information);
}

// The greyed fields follow the JSON, so they never show a policy other than the one that is saved.
void ActionEditor::showPolicyInSimpleFields(const Policy& policy)
{
    const QSignalBlocker blockApproval(m_requireApproval);
    m_bypassGroup->setCurrentIndex(qMax(0, m_bypassGroup->findData(policy.bypassGroups.value(0))));
    m_deadline->setValue(policy.deadlineHours);
    m_approvalForm->setRowVisible(m_requireApproval, policy.simpleMode);
    m_approvalForm->setRowVisible(m_approverGroups, policy.simpleMode);
    if (policy.simpleMode) {
        m_requireApproval->setChecked(policy.approvalRequired());
        check(m_approverGroups, policy.approverGroups());
    }
}

QByteArray ActionEditor::snapshot() const
{
    QByteArray out = canonicalJson(definition().toJson()) + m_workflow->currentData().toString().toUtf8();
    out += m_advanced->isChecked() ? m_policyJson->toPlainText().toUtf8() : canonicalJson(simplePolicy().toJson());
    return out;
}

bool ActionEditor::isModified() const
{
    return snapshot() != m_baseline;
}

bool ActionEditor::refersToWorkflow() const
{
    return m_workflow->currentData().toString() != kOwnPolicy;
}

void ActionEditor::setWorkflows(const QStringList& names)
{
    const QString keep = m_workflow->currentData().toString();
    const QSignalBlocker quiet(m_workflow);
    while (m_workflow->count() > 2)
        m_workflow->removeItem(2);
    for (const QString& n : names)
        m_workflow->addItem(tr("Workflow %1").arg(n), n);
    if (m_workflow->findData(keep) < 0) // e.g. an archived one the loaded action still names
        m_workflow->addItem(tr("Workflow %1").arg(keep), keep);
    m_workflow->setCurrentIndex(m_workflow->findData(keep));
}

// {"workflow": NAME} or {} for the default, with the loaded reference's overrides kept.
Result<Policy> ActionEditor::workflowReference() const
{
    QJsonObject json = m_reference.refersToWorkflow ? m_reference.toJson() : QJsonObject();
    const QString name = m_workflow->currentData().toString();
    if (name == kDefaultWorkflow)
        json.remove(QStringLiteral("workflow"));
    else
        json.insert(QStringLiteral("workflow"), name);
    return Policy::fromJson(json);
}

void ActionEditor::updateApprovalControls()
{
    const bool workflow = refersToWorkflow();
    m_approvalForm->setRowVisible(m_workflowNote, workflow);
    m_approvalForm->setRowVisible(m_bypassGroup, !workflow);
    m_approvalForm->setRowVisible(m_deadline, !workflow);
    m_policyHint->setVisible(!workflow);
    m_advanced->setVisible(!workflow);
    if (workflow) {
        m_approvalForm->setRowVisible(m_requireApproval, false);
        m_approvalForm->setRowVisible(m_approverGroups, false);
        m_policyJson->setVisible(false);
        m_flowStatus->hide();
        return;
    }
    const bool advanced = m_advanced->isChecked();
    if (!advanced) {
        m_approvalForm->setRowVisible(m_requireApproval, true);
        m_approvalForm->setRowVisible(m_approverGroups, true);
    }
    m_requireApproval->setEnabled(!advanced);
    m_approverGroups->setEnabled(!advanced && m_requireApproval->isChecked());
    m_bypassGroup->setEnabled(!advanced);
    m_deadline->setEnabled(!advanced);
    m_policyJson->setVisible(advanced);
}

void ActionEditor::setChoices(const QStringList& groups, const QStringList& targets)
{
    fillChecklist(m_requesterGroups, groups);
    fillChecklist(m_approverGroups, groups);
    fillChecklist(m_targets, targets);
    const QString keep = m_bypassGroup->currentData().toString();
    m_bypassGroup->clear();
    m_bypassGroup->addItem(tr("(none)"), QString());
    for (const QString& g : groups)
        m_bypassGroup->addItem(g, g);
    m_bypassGroup->setCurrentIndex(qMax(0, m_bypassGroup->findData(keep)));
}

void ActionEditor::clear()
{
    m_name->clear();
    m_name->setReadOnly(false);
    m_description->clear();
    m_interpreter->setText(QStringLiteral("/bin/sh"));
    m_timeout->setValue(300);
    check(m_requesterGroups, {});
    check(m_targets, {});
    m_targetKind->clear();
    m_script->clear();
    m_parameterModel->setParameters({});
    m_requireApproval->setChecked(true);
    check(m_approverGroups, {});
    m_bypassGroup->setCurrentIndex(0);
    m_deadline->setValue(72);
    m_advanced->setChecked(false);
    m_policyJson->clear();
    m_reference = Policy();
    {
        const QSignalBlocker quiet(m_workflow);
        m_workflow->setCurrentIndex(0);
    }
    updateApprovalControls();
    m_loadedName.clear();
    m_onBehalfGroups.clear();
    m_baseline = snapshot();
}

void ActionEditor::load(const ActionDefinition& d, const Policy& policy)
{
    clear();
    m_name->setText(d.name);
    m_name->setReadOnly(true); // the name is the action's identity; a new name is a new action
    m_description->setText(d.description);
    m_interpreter->setText(d.interpreter);
    m_timeout->setValue(d.timeoutSeconds);
    check(m_requesterGroups, d.requesterGroups);
    check(m_targets, d.targets);
    m_targetKind->setText(d.targetKind);
    m_script->setPlainText(d.script);
    m_parameterModel->setParameters(d.parameters);
    m_parameters->resizeColumnsToContents();
    m_deadline->setValue(policy.deadlineHours);
    if (policy.refersToWorkflow) {
        m_reference = policy;
        const QString choice = policy.workflow.isEmpty() ? kDefaultWorkflow : policy.workflow;
        if (m_workflow->findData(choice) < 0)
            m_workflow->addItem(tr("Workflow %1").arg(choice), choice);
        const QSignalBlocker quiet(m_workflow);
        m_workflow->setCurrentIndex(m_workflow->findData(choice));
    } else if (policy.simpleMode) {
        m_requireApproval->setChecked(policy.approvalRequired());
        check(m_approverGroups, policy.approverGroups());
        m_bypassGroup->setCurrentIndex(qMax(0, m_bypassGroup->findData(policy.bypassGroups.value(0))));
    } else {
        m_advanced->setChecked(true);
        m_policyJson->setPlainText(QString::fromUtf8(QJsonDocument(policy.toJson()).toJson(QJsonDocument::Indented)));
        validateFlowNow();
    }
    updateApprovalControls();
    m_loadedName = d.name;
    m_onBehalfGroups = d.onBehalfGroups;
    m_baseline = snapshot();
}

Policy ActionEditor::simplePolicy() const
{
    const bool required = m_requireApproval->isChecked();
    const QString bypass = m_bypassGroup->currentData().toString();
    return Policy::simple(required, required ? checked(m_approverGroups) : QStringList(),
                          bypass.isEmpty() ? QStringList() : QStringList { bypass }, m_deadline->value());
}

ActionDefinition ActionEditor::definition() const
{
    ActionDefinition d;
    d.name = m_name->text().trimmed();
    d.description = m_description->text();
    d.interpreter = m_interpreter->text().trimmed();
    d.script = m_script->toPlainText();
    d.timeoutSeconds = m_timeout->value();
    d.requesterGroups = checked(m_requesterGroups);
    d.targets = checked(m_targets);
    d.targetKind = m_targetKind->text().trimmed();
    d.parameters = m_parameterModel->parameters();
    for (const QString& g : m_onBehalfGroups) // only while the group may still request the action
        if (d.requesterGroups.contains(g))
            d.onBehalfGroups.append(g);
    return d;
}

Result<ActionFile> ActionEditor::file() const
{
    ActionFile file { definition(), simplePolicy() };
    if (refersToWorkflow()) {
        auto reference = workflowReference();
        CS_TRY(reference);
        file.policy = *reference;
    } else if (m_advanced->isChecked()) {
        auto policy = ActionFile::parsePolicy(file.definition.name, m_policyJson->toPlainText().toUtf8());
        CS_TRY(policy);
        file.policy = *policy;
    }
    return file.validated();
}

} // namespace cs::ui
