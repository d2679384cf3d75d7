#pragma once

#include <QWidget>
#include <core/admin/workflowoverview.h>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;

namespace cs::ui {

class MessageBanner;
class Prompts;
class Session;
class SimpleTableModel;
class WorkflowPolicyTree;
class WorkspaceWorker;

// Administration → Workflows (issue 19): every workflow with where it is used; the selected one's
// file to edit (checked by core as it is typed, shown as rules → phases → expressions), its
// revisions with a diff between two of them, and the actions and pending requests using it.
// Reading where-used and revisions runs off the GUI thread; saving goes through core's
// WorkflowService, which also words the impact.
class WorkflowsPage : public QWidget
{
    Q_OBJECT

public:
    WorkflowsPage(Session& session, Prompts& prompts, QWidget* parent = nullptr);

    void refresh();
    bool isLoading() const;
    // Selects a workflow and reads its details (off the GUI thread).
    void select(const QString& name);
    QString selectedName() const;
    void newWorkflow();
    bool save();
    bool setSelectedAsDefault();
    bool archiveSelected();
    void showDiff(int fromRevision, int toRevision);
    void validateNow();

    QTableView* table() const { return m_table; }
    QPlainTextEdit* editor() const { return m_editor; }
    MessageBanner* banner() const { return m_banner; }
    MessageBanner* editorStatus() const { return m_editorStatus; }
    WorkflowPolicyTree* policyTree() const { return m_tree; }
    QTableView* revisionTable() const { return m_revisionTable; }
    QListWidget* diffView() const { return m_diff; }
    QListWidget* usedBy() const { return m_usedBy; }
    QTabWidget* detailTabs() const { return m_tabs; }

Q_SIGNALS:
    void loaded();

private:
    struct Loaded
    {
        Result<QList<WorkflowSummary>> summaries = QList<WorkflowSummary>();
        std::optional<Result<WorkflowDetails>> details;
    };
    void load(const QString& name);
    void apply(const Loaded& loaded, const QString& name);
    void showDetails(const WorkflowDetails& details);
    void updateButtons();
    void showDiffFromCombos();

    Session& m_session;
    Prompts& m_prompts;
    SimpleTableModel* m_model;
    QTableView* m_table;
    QPushButton* m_new;
    QPushButton* m_default;
    QPushButton* m_archive;
    QPushButton* m_save;
    MessageBanner* m_banner;
    QTabWidget* m_tabs;
    QPlainTextEdit* m_editor;
    MessageBanner* m_editorStatus;
    WorkflowPolicyTree* m_tree;
    QTimer* m_check;
    SimpleTableModel* m_revisionModel;
    QTableView* m_revisionTable;
    QComboBox* m_diffFrom;
    QComboBox* m_diffTo;
    QListWidget* m_diff;
    QLabel* m_usage;
    QListWidget* m_usedBy;
    WorkspaceWorker* m_worker;
    std::optional<WorkflowDetails> m_details;
    QString m_editorBaseline; // the file as loaded: a reload keeps unsaved edits
};

} // namespace cs::ui
