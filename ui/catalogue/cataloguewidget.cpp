#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>
#include <ui/catalogue/cataloguewidget.h>
#include <ui/catalogue/parameterform.h>
#include <ui/errortext.h>
#include <ui/messagebanner.h>
#include <ui/models/actionlistmodel.h>
#include <ui/models/itemroles.h>
#include <ui/prompts.h>
#include <ui/session.h>

namespace cs::ui {

CatalogueWidget::CatalogueWidget(Session& session, Prompts& prompts, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_prompts(prompts)
    , m_model(new ActionListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_title(new QLabel(this))
    , m_description(new QLabel(this))
    , m_form(new ParameterForm(this))
    , m_targets(new QListWidget(this))
    , m_comment(new QPlainTextEdit(this))
    , m_planLabel(new QLabel(this))
    , m_submit(new QPushButton(this))
    , m_banner(new MessageBanner(this))
    , m_detail(new QWidget(this))
    , m_planTimer(new QTimer(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->sort(0);
    m_search->setObjectName(QStringLiteral("catalogueSearch"));
    m_search->setPlaceholderText(tr("Search actions"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("actionList"));
    m_list->setModel(m_proxy);
    m_list->setMinimumWidth(200);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { showAction(current.data(ActionNameRole).toString()); });

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_list);

    m_title->setObjectName(QStringLiteral("actionTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_description->setWordWrap(true);
    m_targets->setObjectName(QStringLiteral("targetList"));
    m_targets->setMaximumHeight(90);
    m_comment->setObjectName(QStringLiteral("requestComment"));
    m_comment->setPlaceholderText(tr("Why is this needed? (required, e.g. the ticket number)"));
    m_comment->setTabChangesFocus(true);
    m_comment->setMaximumHeight(80);
    m_planLabel->setObjectName(QStringLiteral("planLabel"));
    m_planLabel->setWordWrap(true);
    m_submit->setObjectName(QStringLiteral("submitButton"));
    m_submit->setDefault(true);

    auto* parameters = new QGroupBox(tr("Parameters"), m_detail);
    auto* parametersLayout = new QVBoxLayout(parameters);
    parametersLayout->addWidget(m_form);
    auto* request = new QGroupBox(tr("Request"), m_detail);
    auto* requestLayout = new QFormLayout(request);
    auto* targetsLabel = new QLabel(tr("Targets *:"), request);
    targetsLabel->setBuddy(m_targets);
    requestLayout->addRow(targetsLabel, m_targets);
    auto* commentLabel = new QLabel(tr("Comment *:"), request);
    commentLabel->setBuddy(m_comment);
    requestLayout->addRow(commentLabel, m_comment);

    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_planLabel, 1);
    buttonRow->addWidget(m_submit, 0, Qt::AlignRight | Qt::AlignTop);

    auto* detailLayout = new QVBoxLayout(m_detail);
    detailLayout->addWidget(m_title);
    detailLayout->addWidget(m_description);
    detailLayout->addWidget(parameters);
    detailLayout->addWidget(request);
    detailLayout->addWidget(m_banner);
    detailLayout->addLayout(buttonRow);
    detailLayout->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_detail);

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("catalogueSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    // The plan reads the directory and the policy from the database: while someone types, it is
    // asked for once they pause, not on every keystroke.
    m_planTimer->setSingleShot(true);
    m_planTimer->setInterval(150);
    connect(m_planTimer, &QTimer::timeout, this, &CatalogueWidget::updatePlan);
    connect(m_form, &ParameterForm::edited, this, &CatalogueWidget::revalidate);
    connect(m_targets, &QListWidget::itemChanged, this, &CatalogueWidget::revalidate);
    connect(m_submit, &QPushButton::clicked, this, &CatalogueWidget::submit);
    m_detail->setEnabled(false);
    refresh();
}

void CatalogueWidget::refresh()
{
    m_planning.reset(); // something changed: the next plan reads the directory and policy again
    auto actions = m_session.workspace().requests().requestableActions(m_session.actor());
    if (!actions.ok()) {
        m_banner->showMessage(actions.error().message, MessageBanner::Kind::Error);
        return;
    }
    const QString keep = m_current;
    const ActionVersion* before = m_model->action(keep);
    const QString keptDigest = before ? before->digest : QString();
    {
        // A change elsewhere in the workspace must not touch what the person is typing: while the
        // action shown is still requestable in the same version, the form stays as it is.
        const QSignalBlocker quiet(m_list->selectionModel());
        m_model->setActions(*actions);
        const ActionVersion* after = m_model->action(keep);
        if (after && !keptDigest.isEmpty() && after->digest == keptDigest) {
            for (int row = 0; row < m_proxy->rowCount(); ++row)
                if (m_proxy->index(row, 0).data(ActionNameRole).toString() == keep)
                    m_list->setCurrentIndex(m_proxy->index(row, 0));
            m_planTimer->start(); // the directory may have changed what the button does
            return;
        }
    }
    if (keep.isEmpty() || !selectAction(keep)) {
        m_current.clear();
        if (m_proxy->rowCount() > 0)
            m_list->setCurrentIndex(m_proxy->index(0, 0));
        else
            showAction({});
    }
}

bool CatalogueWidget::selectAction(const QString& name)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(ActionNameRole).toString() == name) {
            m_list->setCurrentIndex(index);
            showAction(name); // also when it was current already: definitions may have changed
            return true;
        }
    }
    return false;
}

void CatalogueWidget::showAction(const QString& name)
{
    m_banner->hide();
    const ActionVersion* action = m_model->action(name);
    m_current = action ? name : QString();
    m_detail->setEnabled(action != nullptr);
    if (!action) {
        m_title->setText(tr("No action selected"));
        m_description->setText(
            tr("Choose an action on the left. Only the actions your groups may request are listed."));
        m_form->setDefinitions({});
        m_targets->clear();
        m_submit->setText(tr("Run"));
        m_planLabel->clear();
        return;
    }
    const ActionDefinition& d = action->definition;
    m_title->setText(d.name);
    m_description->setText(d.description);
    m_form->setDefinitions(d.parameters);

    const QSignalBlocker blocker(m_targets);
    m_targets->clear();
    auto targets = m_session.workspace().directory().targets();
    if (targets.ok()) {
        for (const Target& t : *targets) {
            if (!d.allowsTarget(t.name, t.kind))
                continue;
            const QString environment = t.attributes.value(QStringLiteral("environment")).toString();
            auto* item = new QListWidgetItem(
                environment.isEmpty() ? t.name : QStringLiteral("%1  (%2)").arg(t.name, environment), m_targets);
            item->setData(Qt::UserRole, t.name);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        if (m_targets->count() == 1)
            m_targets->item(0)->setCheckState(Qt::Checked);
    }
    m_comment->clear();
    m_form->showIssues(ParameterValidator::check(d.parameters, m_form->values()), true);
    updatePlan(); // a newly shown action says at once what its button does
}

bool CatalogueWidget::prefill(const SubmitInput& input)
{
    m_search->clear(); // the action must be in the list to be selected
    refresh(); // in its current version
    if (!selectAction(input.action)) {
        m_banner->showMessage(tr("You can no longer request %1.").arg(input.action), MessageBanner::Kind::Error);
        return false;
    }
    m_form->setValues(input.parameters);
    {
        const QSignalBlocker blocker(m_targets);
        for (int i = 0; i < m_targets->count(); ++i) {
            QListWidgetItem* item = m_targets->item(i);
            item->setCheckState(input.targets.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                            : Qt::Unchecked);
        }
    }
    m_comment->setPlainText(input.comment);
    revalidate();
    updatePlan();
    m_banner->showMessage(tr("The form holds what was requested before; review it, then submit."),
                          MessageBanner::Kind::Information);
    return true;
}

SubmitInput CatalogueWidget::input() const
{
    SubmitInput in;
    in.action = m_current;
    in.parameters = m_form->values();
    for (int i = 0; i < m_targets->count(); ++i)
        if (m_targets->item(i)->checkState() == Qt::Checked)
            in.targets.append(m_targets->item(i)->data(Qt::UserRole).toString());
    in.comment = m_comment->toPlainText();
    return in;
}

void CatalogueWidget::revalidate()
{
    const ActionVersion* action = m_model->action(m_current);
    if (!action)
        return;
    m_form->showIssues(ParameterValidator::check(action->definition.parameters, m_form->values()), true);
    m_planTimer->start();
}

void CatalogueWidget::updatePlan()
{
    m_planTimer->stop();
    if (!m_model->action(m_current))
        return;
    ++m_planRuns;
    if (!m_planning || m_planning->version.definition.name != m_current) {
        auto snapshot = m_session.workspace().requests().planningSnapshot(m_session.actor(), m_current);
        if (!snapshot.ok()) {
            m_planLabel->setText(snapshot.error().message);
            m_submit->setEnabled(false);
            return;
        }
        m_planning = std::move(*snapshot);
        ++m_planningReads;
    }
    auto plan = RequestService::plan(*m_planning, input());
    if (!plan.ok()) {
        m_planLabel->setText(plan.error().message);
        m_submit->setEnabled(false);
        return;
    }
    m_submit->setEnabled(m_away.isEmpty());
    m_submit->setToolTip(m_away);
    m_approvalNeeded = plan->approvalNeeded;
    m_submit->setText(plan->approvalNeeded ? tr("Request Approval") : tr("Run"));
    m_planLabel->setText(plan->approvalNeeded
                             ? tr("Approval needed — %1.").arg(plan->phases.join(QStringLiteral(" → ")))
                             : tr("You can run this directly (%1).").arg(plan->bypassReason));
}

void CatalogueWidget::setDatabaseAway(const QString& reason)
{
    m_away = reason;
    if (!reason.isEmpty()) {
        m_submit->setEnabled(false);
        m_submit->setToolTip(reason);
    } else {
        m_submit->setToolTip(QString());
        updatePlan(); // enables the button again where the plan allows
    }
}

void CatalogueWidget::submit()
{
    const ActionVersion* action = m_model->action(m_current);
    if (!action)
        return;
    if (m_planTimer->isActive())
        updatePlan(); // the mode submitted is the one the plan for these very values says
    if (!m_submit->isEnabled())
        return; // the plan failed; its reason is shown beside the button
    const SubmitInput in = input();
    const auto issues = ParameterValidator::check(action->definition.parameters, in.parameters);
    m_form->showIssues(issues, false);
    auto r = m_session.workspace().requests().submit(
        m_session.actor(), in, m_approvalNeeded ? SubmitMode::RequestApproval : SubmitMode::RunDirect);
    if (!r.ok()) {
        m_banner->showMessage(ErrorText::forWrite(r.error()), MessageBanner::Kind::Error);
        return;
    }
    m_banner->hide();
    m_comment->clear();
    m_session.checkForChanges();
    if (r->state == RequestState::Pending)
        m_prompts.inform(
            this, tr("Request submitted"),
            tr("Request #%1 was submitted and waits for approval (%2). Track it under Approvals → Outgoing.")
                .arg(r->id)
                .arg(r->phaseLabel()));
    else
        m_prompts.inform(this, tr("Request approved"),
                         tr("Request #%1 was approved without a vote (%2). It will run when an agent executes it.")
                             .arg(r->id)
                             .arg(r->bypass.value(QStringLiteral("reason")).toString()));
    Q_EMIT submitted(r->id);
}

} // namespace cs::ui
