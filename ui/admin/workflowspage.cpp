#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <core/admin/workflowdiff.h>
#include <core/workspace.h>
#include <ui/admin/workflowpolicytree.h>
#include <ui/admin/workflowspage.h>
#include <ui/messagebanner.h>
#include <ui/models/itemroles.h>
#include <ui/models/simpletablemodel.h>
#include <ui/prompts.h>
#include <ui/session.h>
#include <ui/tablestyle.h>
#include <ui/workspaceworker.h>

namespace cs::ui {
namespace {

QString fileText(const WorkflowFile& file)
{
    return QString::fromUtf8(QJsonDocument(file.toJson()).toJson(QJsonDocument::Indented));
}

const QString kNewWorkflow = QStringLiteral(R"({
    "name": "new-workflow",
    "description": "",
    "policy": {
        "approvalRequired": true,
        "approverGroups": []
    }
}
)");

} // namespace

WorkflowsPage::WorkflowsPage(Session& session, Prompts& prompts, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_prompts(prompts)
    , m_model(new SimpleTableModel({ tr("Workflow"), tr("Description"), tr("Revision"), tr("Default"), tr("Archived"),
                                     tr("Actions using it"), tr("Pending requests") },
                                   this))
    , m_table(new QTableView(this))
    , m_new(new QPushButton(tr("&New workflow"), this))
    , m_default(new QPushButton(tr("Set as &default"), this))
    , m_archive(new QPushButton(tr("&Archive"), this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_banner(new MessageBanner(this))
    , m_tabs(new QTabWidget(this))
    , m_editor(new QPlainTextEdit(this))
    , m_editorStatus(new MessageBanner(this))
    , m_tree(new WorkflowPolicyTree(this))
    , m_check(new QTimer(this))
    , m_revisionModel(
          new SimpleTableModel({ tr("Revision"), tr("Saved by"), tr("Saved at"), tr("Pending requests") }, this))
    , m_revisionTable(new QTableView(this))
    , m_diffFrom(new QComboBox(this))
    , m_diffTo(new QComboBox(this))
    , m_diff(new QListWidget(this))
    , m_usage(new QLabel(this))
    , m_usedBy(new QListWidget(this))
    , m_worker(new WorkspaceWorker(session.workspace().database().opener(), session.workspace().clock(), this))
{
    setObjectName(QStringLiteral("workflowsPage"));
    m_table->setObjectName(QStringLiteral("workflowTable"));
    m_save->setObjectName(QStringLiteral("saveWorkflow"));
    m_default->setObjectName(QStringLiteral("defaultWorkflow"));
    m_archive->setObjectName(QStringLiteral("archiveWorkflow"));
    m_editor->setObjectName(QStringLiteral("workflowJson"));
    m_diff->setObjectName(QStringLiteral("workflowDiff"));
    m_usedBy->setObjectName(QStringLiteral("workflowUsedBy"));
    m_table->setModel(m_model);
    applyTableStyle(m_table);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_revisionTable->setModel(m_revisionModel);
    applyTableStyle(m_revisionTable);
    m_revisionTable->horizontalHeader()->setStretchLastSection(true);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_usage->setWordWrap(true);
    m_editorStatus->hide();

    // Editor: the workflow file as JSON beside what core reads from it.
    auto* editorPage = new QWidget(this);
    auto* split = new QSplitter(Qt::Horizontal, editorPage);
    split->addWidget(m_editor);
    split->addWidget(m_tree);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* saveRow = new QHBoxLayout;
    auto* hint
        = new QLabel(tr("The file as the CLI imports it; the tree shows how the engine reads its rules."), editorPage);
    hint->setWordWrap(true);
    saveRow->addWidget(hint, 1);
    saveRow->addWidget(m_save);
    auto* editorLayout = new QVBoxLayout(editorPage);
    editorLayout->addWidget(m_editorStatus);
    editorLayout->addWidget(split, 1);
    editorLayout->addLayout(saveRow);

    // History: the revisions and a diff between two of them.
    auto* historyPage = new QWidget(this);
    auto* pick = new QHBoxLayout;
    pick->addWidget(new QLabel(tr("Changes from revision"), historyPage));
    pick->addWidget(m_diffFrom);
    pick->addWidget(new QLabel(tr("to revision"), historyPage));
    pick->addWidget(m_diffTo);
    pick->addStretch(1);
    auto* historySplit = new QSplitter(Qt::Vertical, historyPage);
    historySplit->addWidget(m_revisionTable);
    auto* diffBox = new QWidget(historyPage);
    auto* diffLayout = new QVBoxLayout(diffBox);
    diffLayout->setContentsMargins(0, 0, 0, 0);
    diffLayout->addLayout(pick);
    diffLayout->addWidget(m_diff, 1);
    historySplit->addWidget(diffBox);
    historySplit->setStretchFactor(1, 2);
    auto* historyLayout = new QVBoxLayout(historyPage);
    historyLayout->addWidget(historySplit);

    // Where used: the actions whose new requests follow it.
    auto* usedPage = new QWidget(this);
    auto* usedLayout = new QVBoxLayout(usedPage);
    usedLayout->addWidget(m_usage);
    usedLayout->addWidget(m_usedBy, 1);

    m_tabs->setObjectName(QStringLiteral("workflowTabs"));
    m_tabs->addTab(editorPage, tr("Editor"));
    m_tabs->addTab(historyPage, tr("History"));
    m_tabs->addTab(usedPage, tr("Where used"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_default);
    buttons->addWidget(m_archive);
    buttons->addStretch(1);
    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_table, 1);
    topLayout->addLayout(buttons);
    auto* vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(top);
    vertical->addWidget(m_tabs);
    vertical->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(vertical, 1);

    // Checked once the admin pauses typing: parsing is quick, a message per keystroke is noise.
    m_check->setSingleShot(true);
    m_check->setInterval(400);
    connect(m_check, &QTimer::timeout, this, &WorkflowsPage::validateNow);
    connect(m_editor, &QPlainTextEdit::textChanged, m_check, qOverload<>(&QTimer::start));
    connect(m_new, &QPushButton::clicked, this, &WorkflowsPage::newWorkflow);
    connect(m_save, &QPushButton::clicked, this, &WorkflowsPage::save);
    connect(m_default, &QPushButton::clicked, this, &WorkflowsPage::setSelectedAsDefault);
    connect(m_archive, &QPushButton::clicked, this, &WorkflowsPage::archiveSelected);
    connect(m_diffFrom, &QComboBox::currentIndexChanged, this, &WorkflowsPage::showDiffFromCombos);
    connect(m_diffTo, &QComboBox::currentIndexChanged, this, &WorkflowsPage::showDiffFromCombos);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid() && current.siblingAtColumn(0).data().toString() != selectedName())
                    load(current.siblingAtColumn(0).data().toString());
                updateButtons();
            });
    updateButtons();
    refresh();
}

bool WorkflowsPage::isLoading() const
{
    return m_worker->isLoading();
}

QString WorkflowsPage::selectedName() const
{
    return m_details ? m_details->summary.workflow.name : QString();
}

void WorkflowsPage::refresh()
{
    load(selectedName());
}

void WorkflowsPage::select(const QString& name)
{
    load(name);
}

void WorkflowsPage::load(const QString& name)
{
    m_worker->runLatest<Loaded>(
        [name](Workspace& ws) -> Result<Loaded> {
            Loaded result;
            result.summaries = ws.workflowOverview().summaries();
            QString which = name;
            if (which.isEmpty() && result.summaries.ok() && !result.summaries->isEmpty())
                which = result.summaries->first().workflow.name;
            if (!which.isEmpty())
                result.details = ws.workflowOverview().details(which);
            return result;
        },
        [this, name](const Result<Loaded>& result) {
            if (result.ok()) {
                apply(*result, name);
            } else {
                // The worker's own connection failed (server down, password expired): said, not read.
                Loaded failed;
                failed.summaries = result.error();
                apply(failed, name);
            }
            Q_EMIT loaded();
        });
}

void WorkflowsPage::apply(const Loaded& loaded, const QString&)
{
    if (!loaded.summaries.ok()) {
        m_banner->showMessage(loaded.summaries.error().message, MessageBanner::Kind::Error);
        return;
    }
    QList<QStringList> rows;
    QVariantList names;
    for (const WorkflowSummary& s : *loaded.summaries) {
        rows.append({ s.workflow.name, s.workflow.description, QString::number(s.workflow.revision),
                      s.workflow.isDefault ? tr("Default") : QString(),
                      s.workflow.archived ? tr("Archived") : QString(), QString::number(s.actions.size()),
                      QString::number(s.pendingRequests) });
        names.append(s.workflow.name);
    }
    {
        const QSignalBlocker quiet(m_table->selectionModel());
        m_model->setRows(rows, names);
        m_table->resizeColumnsToContents();
        // A long description is elided so the counts beside it stay in view.
        const int descriptionWidth = m_table->fontMetrics().averageCharWidth() * 48;
        if (m_table->columnWidth(1) > descriptionWidth)
            m_table->setColumnWidth(1, descriptionWidth);
    }
    if (loaded.details) {
        if (!loaded.details->ok())
            m_banner->showMessage(loaded.details->error().message, MessageBanner::Kind::Error);
        else
            showDetails(**loaded.details);
    } else if (rows.isEmpty() && m_details) {
        m_details.reset();
    }
    updateButtons();
}

void WorkflowsPage::showDetails(const WorkflowDetails& d)
{
    const bool sameWorkflow = m_details && m_details->summary.workflow.name == d.summary.workflow.name;
    const bool edited = m_editor->toPlainText() != m_editorBaseline;
    m_details = d;
    const Workflow& w = d.summary.workflow;
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->index(row, 0).data().toString() == w.name) {
            const QSignalBlocker quiet(m_table->selectionModel());
            m_table->selectRow(row);
            m_table->viewport()->update(); // the view missed the blocked signal
        }
    // The stored file, unless the admin is in the middle of editing this same workflow.
    const QString stored = fileText({ w.name, w.description, w.isDefault, w.policy });
    if (!sameWorkflow || !edited) {
        m_editor->setPlainText(stored);
        validateNow();
    }
    m_editorBaseline = stored;

    QList<QStringList> rows;
    const int keepFrom = m_diffFrom->currentData().toInt();
    const int keepTo = m_diffTo->currentData().toInt();
    {
        const QSignalBlocker a(m_diffFrom);
        const QSignalBlocker b(m_diffTo);
        m_diffFrom->clear();
        m_diffTo->clear();
        for (const WorkflowRevisionUsage& r : d.revisions) {
            rows.append({ QString::number(r.revision.revision), r.revision.createdBy,
                          QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.revision.createdAt).toLocalTime(),
                                             QLocale::ShortFormat),
                          QString::number(r.pendingRequests) });
            m_diffFrom->addItem(QString::number(r.revision.revision), r.revision.revision);
            m_diffTo->addItem(QString::number(r.revision.revision), r.revision.revision);
        }
        const int last = int(d.revisions.size()) - 1;
        const int from = sameWorkflow ? m_diffFrom->findData(keepFrom) : -1;
        const int to = sameWorkflow ? m_diffTo->findData(keepTo) : -1;
        m_diffFrom->setCurrentIndex(from >= 0 ? from : qMax(0, last - 1));
        m_diffTo->setCurrentIndex(to >= 0 ? to : qMax(0, last));
    }
    m_revisionModel->setRows(rows);
    m_revisionTable->resizeColumnsToContents();
    showDiffFromCombos();

    m_usedBy->clear();
    m_usedBy->addItems(d.summary.actions);
    QString usage = d.summary.actions.isEmpty()
        ? tr("No action uses this workflow.")
        : tr("New requests of these actions follow revision %1; %2 pending request(s) keep the snapshot they were "
             "submitted under (by revision: see History).")
              .arg(w.revision)
              .arg(d.summary.pendingRequests);
    if (w.isDefault)
        usage += QLatin1Char('\n')
            + tr("This is the default workflow: it gates every action without a policy of its own.");
    m_usage->setText(usage);
}

void WorkflowsPage::updateButtons()
{
    const bool selected = m_details.has_value();
    const bool archived = selected && m_details->summary.workflow.archived;
    m_default->setEnabled(selected && !archived && !m_details->summary.workflow.isDefault);
    m_archive->setEnabled(selected && !archived);
}

void WorkflowsPage::validateNow()
{
    m_check->stop();
    auto file = WorkflowFile::parse(m_editor->toPlainText().toUtf8());
    if (!file.ok()) {
        m_editorStatus->showMessage(file.error().message, MessageBanner::Kind::Error);
        return;
    }
    m_tree->showPolicy(file->policy);
    m_editorStatus->showMessage(tr("The workflow is valid."), MessageBanner::Kind::Information);
}

void WorkflowsPage::newWorkflow()
{
    m_details.reset();
    m_table->clearSelection();
    m_editorBaseline.clear();
    m_editor->setPlainText(kNewWorkflow);
    m_revisionModel->setRows({});
    m_diff->clear();
    m_usedBy->clear();
    m_usage->clear();
    m_tabs->setCurrentIndex(0);
    validateNow();
    updateButtons();
}

bool WorkflowsPage::save()
{
    auto file = WorkflowFile::parse(m_editor->toPlainText().toUtf8());
    if (!file.ok()) {
        m_banner->showMessage(file.error().message, MessageBanner::Kind::Error);
        return false;
    }
    auto outcome = m_session.workspace().workflows().save(m_session.actor(), *file);
    if (!outcome.ok()) {
        m_banner->showMessage(outcome.error().message, MessageBanner::Kind::Error);
        return false;
    }
    QStringList parts;
    if (!outcome->changed)
        parts << tr("Workflow %1 is unchanged.").arg(outcome->workflow);
    else
        parts << tr("Workflow %1 saved (revision %2): %3.")
                     .arg(outcome->workflow)
                     .arg(outcome->revision)
                     .arg(outcome->impact);
    parts += outcome->warnings;
    m_banner->showMessage(parts.join(QLatin1Char('\n')),
                          outcome->warnings.isEmpty() ? MessageBanner::Kind::Information : MessageBanner::Kind::Error);
    m_editorBaseline = m_editor->toPlainText(); // saved: a reload may replace it with the stored form
    m_session.checkForChanges();
    load(outcome->workflow);
    return true;
}

bool WorkflowsPage::setSelectedAsDefault()
{
    if (!m_details)
        return false;
    const Workflow& w = m_details->summary.workflow;
    auto outcome = m_session.workspace().workflows().save(m_session.actor(), { w.name, w.description, true, w.policy });
    if (!outcome.ok()) {
        m_banner->showMessage(outcome.error().message, MessageBanner::Kind::Error);
        return false;
    }
    m_banner->showMessage(tr("Workflow %1 is now the default: %2.").arg(w.name, outcome->impact),
                          MessageBanner::Kind::Information);
    m_session.checkForChanges();
    load(w.name);
    return true;
}

bool WorkflowsPage::archiveSelected()
{
    if (!m_details)
        return false;
    const QString name = m_details->summary.workflow.name;
    // Core refuses while actions refer to it; ask only when it could go ahead.
    if (m_details->summary.actions.isEmpty()
        && !m_prompts.confirm(this, tr("Archive workflow"),
                              tr("Archive workflow %1? No action can refer to it afterwards.").arg(name)))
        return false;
    const Status s = m_session.workspace().workflows().archive(m_session.actor(), name);
    if (!s.ok()) {
        m_banner->showMessage(s.error().message, MessageBanner::Kind::Error);
        return false;
    }
    m_banner->showMessage(tr("Workflow %1 is archived.").arg(name), MessageBanner::Kind::Information);
    m_session.checkForChanges();
    load(name);
    return true;
}

void WorkflowsPage::showDiffFromCombos()
{
    showDiff(m_diffFrom->currentData().toInt(), m_diffTo->currentData().toInt());
}

void WorkflowsPage::showDiff(int fromRevision, int toRevision)
{
    m_diff->clear();
    if (!m_details)
        return;
    const Policy* from = nullptr;
    const Policy* to = nullptr;
    for (const WorkflowRevisionUsage& r : m_details->revisions) {
        if (r.revision.revision == fromRevision)
            from = &r.revision.policy;
        if (r.revision.revision == toRevision)
            to = &r.revision.policy;
    }
    if (!from || !to)
        return;
    {
        const QSignalBlocker a(m_diffFrom);
        const QSignalBlocker b(m_diffTo);
        m_diffFrom->setCurrentIndex(m_diffFrom->findData(fromRevision));
        m_diffTo->setCurrentIndex(m_diffTo->findData(toRevision));
    }
    const QColor removed(200, 60, 60);
    const QColor added(40, 160, 70);
    for (const DiffLine& line : workflowDiff(*from, *to)) {
        const QString mark = line.kind == DiffLine::Kind::Added ? QStringLiteral("+ ")
            : line.kind == DiffLine::Kind::Removed              ? QStringLiteral("- ")
                                                                : QStringLiteral("  ");
        auto* item = new QListWidgetItem(mark + line.text, m_diff);
        if (line.kind == DiffLine::Kind::Added)
            item->setForeground(added);
        else if (line.kind == DiffLine::Kind::Removed)
            item->setForeground(removed);
    }
}

} // namespace cs::ui
