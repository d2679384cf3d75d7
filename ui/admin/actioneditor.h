#pragma once

#include <QWidget>
#include <core/actions/action.h>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTableView;
class QTimer;
class QFormLayout;

namespace cs::ui {

class MessageBanner;
class ParameterTableModel;

// Edits one action file: General, Parameters and Approval. It gathers what the admin typed into
// core's values (ActionDefinition, Policy); core checks them, and writes the file format, on save.
class ActionEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ActionEditor(QWidget* parent = nullptr);

    void setChoices(const QStringList& groups, const QStringList& targets);
    // The workflows an action may refer to (issue 19): the non-archived ones.
    void setWorkflows(const QStringList& names);
    void load(const ActionDefinition& definition, const Policy& policy);
    void clear();
    // What the admin typed, checked by core's rules for action files (with core's message if not).
    Result<ActionFile> file() const;
    // Whether what is shown differs from what was last loaded (or cleared): switching away asks first.
    bool isModified() const;
    // What is shown is not what is stored (a file loaded for review): leaving it asks first.
    void markUnsaved() { m_baseline.clear(); }
    // The action last loaded (empty for a new one).
    QString loadedName() const { return m_loadedName; }
    // Checks the advanced flow now (otherwise it is checked shortly after the admin stops typing).
    void validateFlowNow();

    QCheckBox* requireApproval() const { return m_requireApproval; }
    QListWidget* approverGroups() const { return m_approverGroups; }
    QListWidget* requesterGroups() const { return m_requesterGroups; }
    QComboBox* bypassGroup() const { return m_bypassGroup; }
    QCheckBox* advancedMode() const { return m_advanced; }
    QPlainTextEdit* policyJson() const { return m_policyJson; }
    QTableView* parameterTable() const { return m_parameters; }
    ParameterTableModel* parameterModel() const { return m_parameterModel; }
    QWidget* approvalTab() const { return m_approvalTab; }
    MessageBanner* flowStatus() const { return m_flowStatus; }
    QSpinBox* deadline() const { return m_deadline; }
    // Own policy, the default workflow, or a named workflow (its name as the item's data).
    QComboBox* workflowChoice() const { return m_workflow; }

private:
    QWidget* buildGeneral();
    QWidget* buildParameters();
    QWidget* buildApproval();
    ActionDefinition definition() const;
    Policy simplePolicy() const;
    void updateApprovalControls();
    void showPolicyInSimpleFields(const Policy& policy);
    QByteArray snapshot() const;
    Result<Policy> workflowReference() const;
    bool refersToWorkflow() const;

    QLineEdit* m_name;
    QLineEdit* m_description;
    QLineEdit* m_interpreter;
    QSpinBox* m_timeout;
    QListWidget* m_requesterGroups;
    QListWidget* m_targets;
    QLineEdit* m_targetKind;
    QPlainTextEdit* m_script;
    ParameterTableModel* m_parameterModel;
    QTableView* m_parameters;
    QWidget* m_approvalTab = nullptr;
    QCheckBox* m_requireApproval;
    QListWidget* m_approverGroups;
    QComboBox* m_bypassGroup;
    QSpinBox* m_deadline;
    QCheckBox* m_advanced;
    QPlainTextEdit* m_policyJson;
    QLabel* m_policyHint;
    QFormLayout* m_approvalForm = nullptr;
    MessageBanner* m_flowStatus;
    QTimer* m_flowCheck;
    QComboBox* m_workflow;
    QLabel* m_workflowNote;
    Policy m_reference; // the loaded reference, whose overrides (deadline, bypass) are kept
    QByteArray m_baseline;
    QString m_loadedName;
    // Issue 17: the file's "onBehalf" groups, kept as loaded (no control edits them yet).
    QStringList m_onBehalfGroups;
};

} // namespace cs::ui
