#include <QComboBox>
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
#include <core/actions/grantterms.h>
#include <ui/catalogue/cataloguewidget.h>
#include <ui/catalogue/intakefields.h>
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
    , m_duration(new QComboBox(this))
    , m_durationLabel(new QLabel(tr("Duration *:"), this))
    , m_planLabel(new QLabel(this))
    , m_submit(new QPushButton(this))
    , m_banner(new MessageBanner(this))
    , m_reload(new QPushButton(tr("Reload the form"), this))
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
    // Time-bound access: shown only for an action that grants for a time.
    m_duration->setObjectName(QStringLiteral("durationChooser"));
    m_duration->setToolTip(tr("How long the access lasts; at the end the agent revokes it."));
    m_durationLabel->setBuddy(m_duration);
    requestLayout->addRow(m_durationLabel, m_duration);
    connect(m_duration, &QComboBox::currentIndexChanged, this, [this] { updatePlan(); });
    auto* commentLabel = new QLabel(tr("Comment *:"), request);
    commentLabel->setBuddy(m_comment);
    requestLayout->addRow(commentLabel, m_comment);
    // On behalf of and the ticket reference: rows shown only where the action or policy asks.
    m_intake = new IntakeFields(requestLayout, requestLayout->rowCount() - 1, request);
    connect(m_intake, &IntakeFields::edited, this, [this] { m_planTimer->start(); });
    connect(m_comment, &QPlainTextEdit::textChanged, this, [this] { m_planTimer->start(); }); // its minimum length

    m_reload->setObjectName(QStringLiteral("reloadAction"));
    m_reload->hide();
    connect(m_reload, &QPushButton::clicked, this, &CatalogueWidget::reloadAction);
    auto* buttonRow = new QHBoxLayout;
    m_buttonRow = buttonRow;
    buttonRow->addWidget(m_planLabel, 1);
    buttonRow->addWidget(m_reload, 0, Qt::AlignRight | Qt::AlignTop);
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
    connect(m_targets, &QListWidget::itemChanged, this, [this] {
        m_targetsTouched = true;
        revalidate();
    });
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
    {
        // A change elsewhere in the workspace must not touch what the person is typing: while the
        // action shown is still requestable in the same version, the form stays as it is.
        const QSignalBlocker quiet(m_list->selectionModel());
        m_model->setActions(*actions);
        const ActionVersion* after = m_model->action(keep);
        const auto reselect = [&] {
            for (int row = 0; row < m_proxy->rowCount(); ++row)
                if (m_proxy->index(row, 0).data(ActionNameRole).toString() == keep)
                    m_list->setCurrentIndex(m_proxy->index(row, 0));
        };
        if (after && !m_shownDigest.isEmpty() && after->digest == m_shownDigest) {
            reselect();
            if (m_blocked) { // allowed again (back in a requester group)
                m_blocked = false;
                m_banner->hide();
            }
            m_planTimer->start(); // the directory may have changed what the button does
            return;
        }
        // A new version, or no longer requestable, while the person filled the form in: say so and
        // keep what they typed (the form is rebuilt only when they ask).
        if (!keep.isEmpty() && formHasInput()) {
            if (after) {
                reselect();
                showChanged(*after);
            } else {
                showUnavailable(keep);
            }
            return;
        }
    }
    if (!keep.isEmpty() && !m_model->action(keep)) {
        showUnavailable(keep);
        return;
    }
    if (keep.isEmpty() || !selectAction(keep)) {
        m_current.clear();
        if (m_proxy->rowCount() > 0)
            m_list->setCurrentIndex(m_proxy->index(0, 0));
        else
            showAction({});
    }
}

bool CatalogueWidget::formHasInput() const
{
    return m_form->isTouched() || m_targetsTouched || !m_comment->toPlainText().trimmed().isEmpty();
}

void CatalogueWidget::showChanged(const ActionVersion& now)
{
    m_blocked = true;
    m_planTimer->stop();
    m_submit->setEnabled(false);
    m_reload->show();
    m_planLabel->setText(tr("Reload the form to request the new version."));
    m_banner->showMessage(tr("%1 was changed by an admin (now version %2) while you filled it in. Reload the form "
                             "to continue: the values that still fit are kept.")
                              .arg(now.definition.name)
                              .arg(now.version),
                          MessageBanner::Kind::Information);
}

void CatalogueWidget::showUnavailable(const QString& name)
{
    if (m_blocked && m_reload->isHidden())
        return; // said already; live updates do not ask core again
    // Core says why (for example: no longer in a group that may request it).
    QString reason;
    auto snapshot = m_session.workspace().requests().planningSnapshot(m_session.actor(), name);
    if (!snapshot.ok()) {
        reason = snapshot.error().message;
    } else {
        auto plan = RequestService::plan(*snapshot, input());
        reason = plan.ok() ? QString() : plan.error().message;
    }
    m_blocked = true;
    m_planTimer->stop();
    m_reload->hide();
    m_submit->setEnabled(false);
    m_planLabel->setText(tr("%1 is no longer available to you.").arg(name));
    m_banner->showMessage(
        reason.isEmpty()
            ? tr("%1 is no longer in your catalogue; this form can no longer be submitted.").arg(name)
            : tr("%1 is no longer available to you: %2 The form is kept so you can copy what you typed; ask an "
                 "admin if you still need it.")
                  .arg(name, reason),
        MessageBanner::Kind::Error);
}

void CatalogueWidget::reloadAction()
{
    const ActionVersion* now = m_model->action(m_current);
    if (!now)
        return;
    const SubmitInput before = input();
    // Only values of parameters that still exist, with the same type, and targets still allowed.
    QJsonObject fitting;
    for (const ParameterDefinition& d : now->definition.parameters)
        if (before.parameters.contains(d.name) && m_form->typeOf(d.name) == d.type)
            fitting.insert(d.name, before.parameters.value(d.name));
    const bool targetsTouched = m_targetsTouched;
    showAction(m_current);
    m_form->setValues(fitting);
    if (targetsTouched) {
        const QSignalBlocker blocker(m_targets);
        for (int i = 0; i < m_targets->count(); ++i) {
            QListWidgetItem* item = m_targets->item(i);
            item->setCheckState(before.targets.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                             : Qt::Unchecked);
        }
        m_targetsTouched = true;
    }
    m_comment->setPlainText(before.comment);
    revalidate();
    updatePlan();
    m_banner->showMessage(tr("The form shows version %1; check the values before you submit.").arg(now->version),
                          MessageBanner::Kind::Information);
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
    m_reload->hide();
    m_blocked = false;
    m_targetsTouched = false;
    const ActionVersion* action = m_model->action(name);
    m_current = action ? name : QString();
    m_shownDigest = action ? action->digest : QString();
    m_detail->setEnabled(action != nullptr);
    if (!action) {
        m_title->setText(tr("No action selected"));
        m_description->setText(
            tr("Choose an action on the left. Only the actions your groups may request are listed."));
        m_form->clear();
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
            item->setData(Qt::UserRole + 1, environment);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        if (m_targets->count() == 1)
            m_targets->item(0)->setCheckState(Qt::Checked);
    }
    {
        const QSignalBlocker durationBlocker(m_duration);
        m_duration->clear();
        QList<qint64> offered = d.durations;
        if (offered.isEmpty() && d.maxDurationSeconds > 0)
            offered = { d.maxDurationSeconds };
        for (qint64 seconds : std::as_const(offered))
            m_duration->addItem(GrantTerms::formatDuration(seconds), GrantTerms::formatDuration(seconds));
        m_duration->setVisible(d.isTimeBound());
        m_durationLabel->setVisible(d.isTimeBound());
    }
    m_comment->clear();
    m_intake->clear();
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
    m_intake->fill(input);
    if (const int i = m_duration->findData(input.duration); i >= 0)
        m_duration->setCurrentIndex(i);
    revalidate();
    updatePlan();
    m_banner->showMessage(tr("The form holds what was requested before; review it, then submit."),
                          MessageBanner::Kind::Information);
    return true;
}

void CatalogueWidget::addFormButtons(QWidget* widget)
{
    m_buttonRow->insertWidget(m_buttonRow->indexOf(m_submit), widget, 0, Qt::AlignRight | Qt::AlignTop);
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
    in.expectedVersionDigest = m_shownDigest;
    if (!m_duration->isHidden())
        in.duration = m_duration->currentData().toString();
    m_intake->apply(in);
    in.requestedAgainFrom = m_previousRequest;
    return in;
}

void CatalogueWidget::revalidate()
{
    const ActionVersion* action = m_model->action(m_current);
    if (!action || m_blocked)
        return;
    m_form->showIssues(ParameterValidator::check(action->definition.parameters, m_form->values()), true);
    m_planTimer->start();
}

void CatalogueWidget::updatePlan()
{
    m_planTimer->stop();
    if (!m_model->action(m_current) || m_blocked)
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
        m_intake->setPeople(*m_planning);
    }
    auto plan = RequestService::plan(*m_planning, input());
    if (!plan.ok()) {
        m_planLabel->setText(plan.error().message);
        m_submit->setEnabled(false);
        return;
    }
    m_intake->showFor(*plan);
    // With a ticket field of its own, the comment is not where the ticket goes.
    m_comment->setPlaceholderText(m_intake->asksTicket()
                                      ? tr("Why is this needed? (required)")
                                      : tr("Why is this needed? (required, e.g. the ticket number)"));
    // What the intake still needs (core's sentence) keeps the button disabled and says why.
    const QString blocker = m_away.isEmpty() ? plan->intakeProblem : m_away;
    m_submit->setEnabled(blocker.isEmpty());
    m_submit->setToolTip(blocker);
    m_approvalNeeded = plan->approvalNeeded;
    m_submit->setText(plan->approvalNeeded ? tr("Request Approval") : tr("Run"));
    const QString planText = plan->approvalNeeded
        ? tr("Approval needed — %1.").arg(plan->phases.join(QStringLiteral(" → ")))
        : tr("You can run this directly (%1).").arg(plan->bypassReason);
    m_planLabel->setText(plan->intakeProblem.isEmpty() ? planText : planText + QLatin1Char('\n') + plan->intakeProblem);
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

QString CatalogueWidget::directRunQuestion() const
{
    QStringList where;
    for (int i = 0; i < m_targets->count(); ++i) {
        const QListWidgetItem* item = m_targets->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        const QString environment = item->data(Qt::UserRole + 1).toString();
        where << (environment.isEmpty() ? item->data(Qt::UserRole).toString()
                                        : tr("%1 (%2)").arg(item->data(Qt::UserRole).toString(), environment));
    }
    return tr("Run %1 on %2 now, without approval?").arg(m_current, where.join(QStringLiteral(", ")));
}

void CatalogueWidget::submit()
{
    const ActionVersion* action = m_model->action(m_current);
    if (!action || m_blocked)
        return;
    if (m_planTimer->isActive())
        updatePlan(); // the mode submitted is the one the plan for these very values says
    if (!m_submit->isEnabled())
        return; // the plan failed; its reason is shown beside the button
    const SubmitInput in = input();
    const auto issues = ParameterValidator::check(action->definition.parameters, in.parameters);
    m_form->showIssues(issues, false);
    // Nobody votes on a direct run: the person confirms it is meant, naming where it runs.
    if (!m_approvalNeeded && !m_prompts.confirm(this, tr("Run without approval?"), directRunQuestion())) {
        m_banner->showMessage(tr("Not run; nothing was recorded."), MessageBanner::Kind::Information);
        return;
    }
    auto r = m_session.workspace().requests().submit(
        m_session.actor(), in, m_approvalNeeded ? SubmitMode::RequestApproval : SubmitMode::RunDirect);
    if (!r.ok()) {
        m_banner->showMessage(ErrorText::forWrite(r.error()), MessageBanner::Kind::Error);
        return;
    }
    m_banner->hide();
    m_comment->clear();
    m_intake->clearTicket();
    m_session.checkForChanges();
    if (r->state == RequestState::Pending)
        m_prompts.inform(
            this, tr("Request submitted"),
            tr("Request #%1 was submitted and waits for approval (%2). Track it under Approvals → Outgoing.")
                .arg(r->id)
                .arg(r->phaseLabel()));
    else {
        const QString reason = r->bypass.value(QStringLiteral("reason")).toString();
        m_prompts.inform(this, tr("Running without approval"),
                         (reason.isEmpty() ? tr("#%1 runs directly, without approval.").arg(r->id)
                                           : tr("#%1 runs directly, without approval (%2).").arg(r->id).arg(reason))
                             + QLatin1Char(' ')
                             + tr("It starts when its agent takes it; follow it under Approvals → Outgoing."));
    }
    Q_EMIT submitted(r->id);
}

} // namespace cs::ui
