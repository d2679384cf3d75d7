#pragma once

#include <QJsonObject>
#include <QWidget>
#include <core/actions/action.h>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace cs::ui {

// Edits one action file: General, Parameters and Approval. It only gathers what the admin
// typed into the action-file JSON; core parses and validates it on save.
class ActionEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ActionEditor(QWidget* parent = nullptr);

    void setChoices(const QStringList& groups, const QStringList& targets);
    void load(const ActionDefinition& definition, const Policy& policy);
    void clear();
    QJsonObject toJson() const;

    QCheckBox* requireApproval() const { return m_requireApproval; }
    QListWidget* approverGroups() const { return m_approverGroups; }
    QComboBox* bypassGroup() const { return m_bypassGroup; }
    QCheckBox* advancedMode() const { return m_advanced; }
    QPlainTextEdit* policyJson() const { return m_policyJson; }
    QTableWidget* parameterTable() const { return m_parameters; }
    QWidget* approvalTab() const { return m_approvalTab; }

private:
    QWidget* buildGeneral();
    QWidget* buildParameters();
    QWidget* buildApproval();
    void addParameterRow(const ParameterDefinition& definition);
    QJsonObject simplePolicy() const;
    void updateApprovalControls();

    QLineEdit* m_name;
    QLineEdit* m_description;
    QLineEdit* m_interpreter;
    QSpinBox* m_timeout;
    QListWidget* m_requesterGroups;
    QListWidget* m_targets;
    QLineEdit* m_targetKind;
    QPlainTextEdit* m_script;
    QTableWidget* m_parameters;
    QWidget* m_approvalTab = nullptr;
    QCheckBox* m_requireApproval;
    QListWidget* m_approverGroups;
    QComboBox* m_bypassGroup;
    QSpinBox* m_deadline;
    QCheckBox* m_advanced;
    QPlainTextEdit* m_policyJson;
    QLabel* m_policyHint;
};

} // namespace cs::ui
