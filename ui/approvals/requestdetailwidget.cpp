#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <core/actions/grantterms.h>
#include <core/common/identity.h>
#include <core/common/visibletext.h>
#include <core/policy/reasonwords.h>
#include <core/requests/requestagain.h>
#include <core/views/audittext.h>
#include <core/views/progresstext.h>
#include <core/views/requestjson.h>
#include <core/views/requesttext.h>
#include <core/views/timeline.h>
#include <ui/approvals/feedbackpanel.h>
#include <ui/approvals/requestdetailwidget.h>
#include <ui/desk/statusbadge.h>
#include <ui/errortext.h>
#include <ui/localtime.h>
#include <ui/messagebanner.h>
#include <ui/models/requesttablemodel.h>
#include <ui/models/simpletablemodel.h>
#include <ui/prompts.h>
#include <ui/reports/reportexporter.h>
#include <ui/session.h>
#include <ui/tablestyle.h>

namespace cs::ui {
namespace {

QTableView* makeTable(SimpleTableModel* model, QWidget* parent, const QString& name)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    applyTableStyle(view);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return view;
}

QString when(qint64 ms)
{
    return QLocale().toString(fromMs(ms).toLocalTime(), QLocale::LongFormat);
}

QString escaped(const QString& s)
{
    return s.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

// The approval webhook that cast this vote (its approver is "webhook:NAME"), or empty for a person.
QString webhookName(const Decision& d)
{
    return d.approver.startsWith(QLatin1String("webhook:")) ? d.approver.mid(8) : QString();
}

} // namespace

RequestDetailWidget::RequestDetailWidget(Session& session, Prompts& prompts, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_prompts(prompts)
    , m_tabs(new QTabWidget(this))
    , m_overview(new QLabel(this))
    , m_execution(new QPlainTextEdit(this))
    , m_parameters(new SimpleTableModel({ tr("Parameter"), tr("Value") }, this))
    , m_targets(new SimpleTableModel({ tr("Target"), tr("Kind"), tr("Owner"), tr("Agent"), tr("Attributes") }, this))
    , m_history(new SimpleTableModel({ tr("Time"), tr("Who"), tr("Event"), tr("Details") }, this))
    , m_timeline(new SimpleTableModel({ tr("Time"), tr("What happened") }, this))
    , m_approve(new QPushButton(tr("&Approve"), this))
    , m_reject(new QPushButton(tr("&Reject"), this))
    , m_cancel(new QPushButton(tr("Cancel request"), this))
    , m_requestAgain(new QPushButton(tr("Request again"), this))
    , m_copy(new QPushButton(tr("Copy"), this))
    , m_share(new QPushButton(tr("Share by e-mail"), this))
    , m_exportEvidence(new QPushButton(tr("Export evidence…"), this))
    , m_exporter(new ReportExporter(session, this))
    , m_hint(new QLabel(this))
    , m_banner(new MessageBanner(this))
    , m_feedback(new FeedbackPanel(session, this))
{
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_overview->setObjectName(QStringLiteral("overview"));
    m_overview->setTextFormat(Qt::RichText);
    m_overview->setWordWrap(true);
    m_overview->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_overview->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_overview->setMargin(8);
    auto* overviewScroll = new QScrollArea(this);
    overviewScroll->setWidgetResizable(true);
    overviewScroll->setFrameShape(QFrame::NoFrame);
    overviewScroll->setWidget(m_overview);
    m_execution->setObjectName(QStringLiteral("execution"));
    m_execution->setReadOnly(true);
    m_execution->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Output grows while the agent runs: re-read it from the shared database, only while it can change.
    m_live.setInterval(700);
    connect(&m_live, &QTimer::timeout, this, &RequestDetailWidget::refreshExecution);
    m_parametersView = makeTable(m_parameters, this, QStringLiteral("parametersView"));
    m_targetsView = makeTable(m_targets, this, QStringLiteral("targetsView"));
    m_historyView = makeTable(m_history, this, QStringLiteral("historyView"));
    // Time, person and event stay readable; the sentence takes the rest and wraps.
    for (int column : { 0, 1, 2 })
        m_historyView->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_historyView->setWordWrap(true);
    // The request's life in sentences; the raw audit entries stay one tab further.
    m_timelineView = makeTable(m_timeline, this, QStringLiteral("timelineView"));
    m_timelineView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_timelineView->setWordWrap(true);
    // Rows follow their wrapped sentence as the pane is resized.
    m_timelineView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tabs->addTab(overviewScroll, tr("Overview"));
    m_tabs->addTab(m_parametersView, tr("Parameters"));
    m_tabs->addTab(m_targetsView, tr("Targets"));
    m_tabs->addTab(m_timelineView, tr("Timeline"));
    m_tabs->addTab(m_historyView, tr("Audit entries"));
    m_tabs->addTab(m_execution, tr("Execution"));
    // Feedback apart from the decisions (Overview), in a tab whose title counts it.
    m_tabs->addTab(m_feedback, m_feedback->title());
    connect(m_feedback, &FeedbackPanel::changed, this,
            [this] { m_tabs->setTabText(m_tabs->indexOf(m_feedback), m_feedback->title()); });

    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_requestAgain->setObjectName(QStringLiteral("requestAgainButton"));
    m_requestAgain->setToolTip(tr("Open the Catalogue with a new request holding the same parameters and targets"));
    m_copy->setObjectName(QStringLiteral("copyButton"));
    m_share->setObjectName(QStringLiteral("shareButton"));
    m_exportEvidence->setObjectName(QStringLiteral("exportEvidenceButton"));
    m_exportEvidence->setToolTip(tr("Save everything an auditor asks about this request as a PDF or JSON document"));
    m_approve->setToolTip(tr("Approve the exact parameters and targets shown (Ctrl+Shift+A)"));
    m_reject->setToolTip(tr("Reject this request; a comment is required (Ctrl+Shift+R)"));
    m_copy->setToolTip(tr("Copy the request as text to the clipboard"));
    m_hint->setObjectName(QStringLiteral("decisionHint"));
    m_hint->setWordWrap(true);
    QFont hintFont = m_hint->font();
    hintFont.setItalic(true);
    m_hint->setFont(hintFont);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_approve);
    buttons->addWidget(m_reject);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_requestAgain);
    buttons->addStretch(1);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_share);
    buttons->addWidget(m_exportEvidence);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_hint);
    layout->addLayout(buttons);

    connect(m_approve, &QPushButton::clicked, this, &RequestDetailWidget::approve);
    connect(m_reject, &QPushButton::clicked, this, &RequestDetailWidget::reject);
    connect(m_cancel, &QPushButton::clicked, this, &RequestDetailWidget::cancelRequest);
    connect(m_requestAgain, &QPushButton::clicked, this, &RequestDetailWidget::requestAgain);
    connect(m_copy, &QPushButton::clicked, this, &RequestDetailWidget::copyToClipboard);
    connect(m_share, &QPushButton::clicked, this, &RequestDetailWidget::shareByEmail);
    connect(m_exportEvidence, &QPushButton::clicked, this, &RequestDetailWidget::exportEvidence);
    connect(m_exporter, &ReportExporter::finished, this, [this](bool ok, const QString& message) {
        m_exportEvidence->setEnabled(m_details.has_value());
        m_banner->showMessage(message, ok ? MessageBanner::Kind::Information : MessageBanner::Kind::Error);
    });
    showRequest(0);
}

void RequestDetailWidget::showRequest(qint64 id)
{
    // A message is about the request it was shown for: it goes when another is selected.
    if (id != m_id)
        m_banner->hide();
    m_id = id;
    m_names.clear();
    m_details.reset();
    m_refusal.clear();
    if (id > 0) {
        auto details = m_session.workspace().requests().details(m_session.actor(), id);
        if (details.ok())
            m_details = *details;
        else if (m_away.isEmpty()) // while away, the banner already says why
            m_banner->showMessage(ErrorText::forRead(details.error()), MessageBanner::Kind::Error);
    }
    if (m_details) {
        fill(*m_details);
    } else {
        m_overview->setText(id > 0 ? QString() : tr("Select a request to see its details."));
        m_parameters->setRows({});
        m_targets->setRows({});
        m_history->setRows({});
        m_timeline->setRows({});
        m_execution->clear();
        m_live.stop();
        m_hint->clear();
    }
    m_feedback->showRequest(m_details ? id : 0);
    const bool canDecide = m_details && m_details->eligibility.canDecide;
    m_approve->setEnabled(canDecide && m_away.isEmpty());
    m_reject->setEnabled(canDecide && m_away.isEmpty());
    m_approve->setToolTip(canDecide ? m_away : QString());
    m_reject->setToolTip(canDecide ? m_away : QString());
    Q_EMIT decisionAvailabilityChanged(canDecide && m_away.isEmpty());
    m_cancel->setVisible(m_details && m_details->canCancel);
    m_cancel->setEnabled(m_away.isEmpty());
    m_cancel->setToolTip(m_away);
    // Ended one way or another: only its requester can ask anew (in the Catalogue, to review first).
    m_requestAgain->setVisible(m_details && canRequestAgain(m_details->request.state)
                               && m_details->request.requester == normalizeLogin(m_session.actor()));
    m_copy->setEnabled(m_details.has_value());
    m_exportEvidence->setEnabled(m_details.has_value() && !m_exporter->isBusy());
    m_share->setEnabled(m_details.has_value());
}

void RequestDetailWidget::fill(const RequestDetails& d)
{
    const Request& r = d.request;
    // Who may decide the open phase now, shown under it.
    QString whoCanApprove;
    if (d.approvers.phase >= 0) {
        const int n = int(d.approvers.logins.size());
        whoCanApprove = n == 0            ? tr("nobody can approve this phase now")
            : n <= 5                      ? escaped(d.approvers.logins.join(QStringLiteral(", ")))
            : d.approvers.group.isEmpty() ? tr("any of %1 people").arg(n)
                                          : tr("any of %1 members of %2").arg(n).arg(escaped(d.approvers.group));
    }
    QString phases;
    if (r.isBypass()) {
        // Nobody approved: say who ran it and why, never a ticked approval phase.
        phases = QStringLiteral("<tr><td>⤼</td><td colspan='2'><b>%1</b></td></tr>").arg(escaped(bypassSentence(r)));
    } else {
        for (int i = 0; i < r.flow.phases.size(); ++i) {
            const Phase& p = r.flow.phases.at(i);
            const bool done = i < r.phase;
            const bool open = i == r.phase && r.state == RequestState::Pending;
            // The phase's votes under its criterion: who, when, which way, why it counted.
            QString votes;
            for (const Decision& x : d.decisions)
                if (x.phase == i)
                    votes += QStringLiteral("<br>") + decisionsRow(x);
            phases += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td><td>%3%4%5</td></tr>")
                          .arg(done       ? QStringLiteral("✔")
                                   : open ? QStringLiteral("▶")
                                          : QStringLiteral("◻"),
                               escaped(p.name), escaped(p.approve.describe(!r.behalfOf.isEmpty())),
                               p.quorum > 1 ? tr(" (%1 people)").arg(p.quorum) : QString(), votes);
            if (open && !whoCanApprove.isEmpty())
                phases += QStringLiteral("<tr><td></td><td colspan='2'><b>%1</b> %2</td></tr>")
                              .arg(tr("Who can approve now:"), whoCanApprove);
        }
    }
    if (phases.isEmpty())
        phases = QStringLiteral("<tr><td></td><td colspan='2'>%1</td></tr>").arg(tr("No approval needed"));
    // A refusal is shown where people look first, with its reason (the agent says it only to the log).
    std::optional<Execution> execution;
    if (r.state == RequestState::Approved || r.state == RequestState::Failed) {
        auto loaded = m_session.workspace().executions().execution(r.id);
        if (loaded.ok())
            execution = *loaded;
    }
    m_refusal = standingRefusal(r, execution, d.history);
    const QString refusal = m_refusal.isEmpty()
        ? QString()
        : QStringLiteral("<p style='color:%3'><b>%1</b> %2</p>")
              .arg(r.state == RequestState::Failed ? tr("Refused by the agent; it never ran:")
                                                   : tr("Refused by the agent (it asks again):"),
                   escaped(m_refusal), MessageBanner::errorTextColor(palette()).name());
    QString bypass;
    for (const Decision& x : d.decisions)
        if (!x.approve)
            bypass = QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                         .arg(webhookName(x).isEmpty() ? tr("Rejected by:") : tr("Declined by:"),
                              tr("%1 on %2: “%3”")
                                  .arg(escaped(webhookName(x).isEmpty() ? voterName(x)
                                                                        : tr("webhook %1").arg(webhookName(x))),
                                       ui::localTimeText(x.decidedAt), escaped(escapeInvisibleCharacters(x.comment))));
    // Issues 17 and 19: "alice for maria", and the ticket reference, where the request has them.
    const QString requestedBy = r.behalfOf.isEmpty()
        ? escaped(personName(r.requester))
        : tr("%1 for %2").arg(escaped(personName(r.requester)), escaped(personName(r.behalfOf)));
    if (!r.ticket.isEmpty())
        bypass += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                      .arg(tr("Ticket:"), escaped(escapeInvisibleCharacters(r.ticket)));
    m_overview->setText(
        QStringLiteral("<h3>#%1 %2</h3><table cellspacing='4'>"
                       "<tr><td><b>%3</b></td><td>%4</td></tr>"
                       "<tr><td><b>%5</b></td><td>%6</td></tr>"
                       "<tr><td><b>%7</b></td><td>%8</td></tr>"
                       "<tr><td><b>%9</b></td><td>%10</td></tr>"
                       "<tr><td><b>%11</b></td><td>%12</td></tr>%13"
                       "<tr><td><b>%14</b></td><td>%15</td></tr></table>"
                       "<p><b>%16</b> %17</p><table cellspacing='4' style='margin-left: 12px'>%18</table>"
                       "<p><b>%19</b> <code>%20</code></p>%21")
            .arg(r.id)
            .arg(escaped(r.action), tr("Status:"), statusBadgeHtml(r), tr("Requested by:"), requestedBy, tr("Created:"),
                 when(r.createdAt), tr("Deadline:"), when(r.deadline))
            .arg(tr("Action version:"), QString::number(r.actionVersion), bypass, tr("Comment:"),
                 escaped(escapeInvisibleCharacters(r.comment)), tr("Policy:"),
                 tr("rule “%1”, revision %2").arg(escaped(r.flow.rule)).arg(r.flow.policyRevision), phases,
                 tr("Digest:"))
            .arg(r.digest, refusal));

    QList<QStringList> params;
    QList<int> escapedRows;
    const QJsonObject visible = Json::visibleParameters(r.parameters);
    for (const ParameterDefinition& p : d.version.definition.parameters) {
        if (!visible.contains(p.name))
            continue;
        const QJsonValue v = visible.value(p.name);
        const QString raw = v.isBool() ? (v.toBool() ? tr("yes") : tr("no"))
            : v.isDouble()             ? QString::number(v.toInteger())
                                       : v.toString();
        // Invisible characters (a direction override...) could show one text while another runs.
        const QString text = escapeInvisibleCharacters(raw);
        if (text != raw)
            escapedRows.append(params.size());
        params.append({ p.displayLabel() + QStringLiteral(" (") + p.name + QLatin1Char(')'), text });
    }
    m_parameters->setRows(params);
    for (int row : std::as_const(escapedRows))
        m_parameters->markCell(row, 1,
                               tr("This value holds invisible characters (such as direction overrides), written "
                                  "here as \\uXXXX. Check what it really says before approving."));
    m_parametersView->resizeColumnToContents(0);

    QList<QStringList> targets;
    for (const QString& name : r.targets) {
        auto t = m_session.workspace().directory().target(name);
        if (!t.ok()) {
            targets.append({ name, {}, {}, {}, tr("(no longer in the directory)") });
            continue;
        }
        QStringList attributes;
        for (auto it = t->attributes.begin(); it != t->attributes.end(); ++it)
            attributes << it.key() + QLatin1Char('=') + it.value().toVariant().toString();
        targets.append({ t->name, t->kind, t->owner, t->agentUrl, attributes.join(QStringLiteral(", ")) });
    }
    m_targets->setRows(targets);

    QList<QStringList> history;
    for (const AuditEntry& e : d.history)
        history.append({ ui::localTimeText(e.at), personName(e.actor), auditEventLabel(e.event),
                         auditEntrySentence(e, ui::localTimeText) });
    m_history->setRows(history);
    QHash<QString, QString> displayNames;
    for (const AuditEntry& e : d.history)
        if (!displayNames.contains(e.actor))
            if (auto user = m_session.workspace().directory().user(e.actor); user.ok())
                displayNames.insert(e.actor, user->displayName);
    QList<QStringList> timeline;
    for (const TimelineEntry& t : requestTimeline(d.history, displayNames, ui::localTimeText, r.requestedAgainFrom))
        timeline.append({ ui::localTimeText(t.at), t.text });
    m_timeline->setRows(timeline);

    refreshExecution();
    if (r.state == RequestState::Approved || r.state == RequestState::Running)
        m_live.start();
    else
        m_live.stop();
    m_hint->setText(
        !d.eligibility.canDecide ? d.eligibility.reason
            : d.eligibility.onBehalfOf.isEmpty()
            ? tr("You can approve or reject this request (phase %1 of %2).").arg(r.phase + 1).arg(r.phaseCount())
            : tr("You can approve or reject this request for %1, whose approvals you hold (phase %2 of %3).")
                  .arg(personName(d.eligibility.onBehalfOf))
                  .arg(r.phase + 1)
                  .arg(r.phaseCount()));
}

QString RequestDetailWidget::personName(const QString& login)
{
    auto it = m_names.constFind(login);
    if (it != m_names.constEnd())
        return *it;
    auto user = m_session.workspace().directory().user(login);
    QString name = user.ok() && !user->displayName.isEmpty() && user->displayName != login
        ? QStringLiteral("%1 (%2)").arg(user->displayName, login)
        : login;
    m_names.insert(login, name);
    return name;
}

// Whose vote, and who cast it when a delegate did: "Carol for Bob".
QString RequestDetailWidget::voterName(const Decision& x)
{
    return x.decidedBy.isEmpty()
        ? personName(x.approver)
        : tr("%1 for %2", "a delegate deciding for someone").arg(personName(x.decidedBy), personName(x.approver));
}

// One vote under its phase: who, when, which way, why it counted, and what they wrote.
QString RequestDetailWidget::decisionsRow(const Decision& x)
{
    const QString hook = webhookName(x);
    const QString verdict = !hook.isEmpty()
        ? (x.approve ? tr("Approved by webhook %1 on %2") : tr("Declined by webhook %1 on %2"))
              .arg(escaped(hook), ui::localTimeText(x.decidedAt))
        : x.approve ? tr("Approved by %1 on %2").arg(escaped(voterName(x)), ui::localTimeText(x.decidedAt))
                    : tr("Rejected by %1 on %2").arg(escaped(voterName(x)), ui::localTimeText(x.decidedAt));
    const QString basis = ReasonWords::basisForPeople(x.basis);
    QString text = QStringLiteral("<b>%1</b>").arg(verdict);
    if (x.approve && !basis.isEmpty())
        text += QStringLiteral(" · ") + tr("counted as %1").arg(escaped(basis));
    if (!x.comment.isEmpty())
        text += QStringLiteral(" · ") + tr("“%1”").arg(escaped(escapeInvisibleCharacters(x.comment)));
    return QStringLiteral("%1 %2").arg(x.approve ? QStringLiteral("✔") : QStringLiteral("✘"), text);
}

// The state as a badge (symbol and text in the state's readable colour) and where its phases stand.
QString RequestDetailWidget::statusBadgeHtml(const Request& r) const
{
    QString html = QStringLiteral("<span style='color:%1'><b>%2 %3</b></span>")
                       .arg(badgeColor(r.state, palette()).name(), badgeSymbol(r.state),
                            escaped(RequestTableModel::statusText(r)));
    const QString progress = phaseProgress(r);
    if (!progress.isEmpty())
        html += QStringLiteral(" · ") + escaped(progress);
    return html;
}

void RequestDetailWidget::refreshExecution()
{
    if (!m_details)
        return;
    const Request& r = m_details->request;
    QString text;
    if (r.state == RequestState::Pending) {
        text = tr("Not run: the request is waiting for approval.");
    } else if (r.state == RequestState::Rejected || r.state == RequestState::Expired
               || r.state == RequestState::Cancelled) {
        text = tr("Will not run: the request is %1.").arg(RequestTableModel::statusText(r));
    } else {
        auto execution = m_session.workspace().executions().execution(r.id);
        auto dispatch = m_session.workspace().executions().lastDispatch(r.id);
        if (!execution.ok() || !dispatch.ok()) {
            text = !execution.ok() ? execution.error().message : dispatch.error().message;
        } else if (r.state == RequestState::Approved && *execution && !m_reloading) {
            // Claimed or refused since it was read: show the request as it is now.
            const QScopedValueRollback<bool> once(m_reloading, true);
            showRequest(m_id);
            return;
        } else {
            text = executionAsText(r, *execution, *dispatch, m_refusal);
        }
    }
    if (text == m_execution->toPlainText())
        return;
    const bool atEnd = m_execution->verticalScrollBar()->value() == m_execution->verticalScrollBar()->maximum();
    m_execution->setPlainText(text);
    if (atEnd)
        m_execution->verticalScrollBar()->setValue(m_execution->verticalScrollBar()->maximum());
}

void RequestDetailWidget::requestAgain()
{
    if (!m_details)
        return;
    const Request& r = m_details->request;
    // Secrets are stored only as commitments: never carried over, the person types them again.
    QJsonObject parameters;
    for (auto it = r.parameters.begin(); it != r.parameters.end(); ++it)
        if (!isSecretCommitment(it.value()))
            parameters.insert(it.key(), it.value());
    SubmitInput again { r.action, parameters, r.targets, r.comment };
    if (r.durationSeconds > 0) // time-bound access: the same duration again
        again.duration = GrantTerms::formatDuration(r.durationSeconds);
    Q_EMIT requestAgainWanted(again);
}

bool RequestDetailWidget::canRequestAgain(RequestState state)
{
    return canBeRequestedAgain(state);
}

QString RequestDetailWidget::executionText() const
{
    return m_execution->toPlainText();
}

void RequestDetailWidget::setDatabaseAway(const QString& reason)
{
    if (reason.isEmpty() && m_bannerFromDatabase)
        m_banner->hide();
    m_bannerFromDatabase = false;
    m_away = reason;
    if (m_details)
        showRequest(m_id); // refreshes the buttons (and, once back, what is shown)
    else {
        m_approve->setEnabled(false);
        m_reject->setEnabled(false);
    }
    if (!reason.isEmpty()) {
        m_banner->showMessage(reason, MessageBanner::Kind::Error);
        m_bannerFromDatabase = true;
    }
}

void RequestDetailWidget::decide(bool approve)
{
    if (m_multiDecision && m_multiDecision(approve))
        return;
    // Shortcuts and menu entries land here too: they do what the button would, nothing more.
    if (!m_details || !m_approve->isEnabled())
        return;
    const std::optional<QString> comment
        = m_prompts.decisionComment(this, approve ? tr("Approve") : tr("Reject"), *m_details, !approve);
    if (!comment)
        return;
    m_actedOn = m_id;
    auto r = m_session.workspace().requests().decide(m_session.actor(), m_id, approve, *comment);
    if (!r.ok()) {
        m_banner->showMessage(ErrorText::forWrite(r.error()), MessageBanner::Kind::Error);
        m_bannerFromDatabase = ErrorText::isRaw(r.error()) || r.error().code == Error::Code::OutcomeUnknown;
    } else if (r->state == RequestState::Pending) // an earlier phase done: say that this person's part is
        m_banner->showMessage(tr("Your decision is recorded; your part is done. Request #%1 now waits for %2.")
                                  .arg(r->id)
                                  .arg(r->phaseLabel()),
                              MessageBanner::Kind::Information);
    else
        m_banner->showMessage(tr("Request #%1 is now %2.").arg(r->id).arg(RequestTableModel::statusText(*r)),
                              MessageBanner::Kind::Information);
    showRequest(m_id);
    m_session.checkForChanges();
    Q_EMIT changed();
    if (r.ok() && r->state == RequestState::Approved)
        Q_EMIT approved(r->id);
}

void RequestDetailWidget::approve()
{
    decide(true);
}

void RequestDetailWidget::reject()
{
    decide(false);
}

void RequestDetailWidget::cancelRequest()
{
    if (!m_details
        || !m_prompts.confirm(this, tr("Cancel request"),
                              tr("Cancel request #%1? It cannot be resumed; you would request anew.").arg(m_id)))
        return;
    m_actedOn = m_id;
    auto r = m_session.workspace().requests().cancel(m_session.actor(), m_id);
    if (!r.ok())
        m_banner->showMessage(ErrorText::forWrite(r.error()), MessageBanner::Kind::Error);
    else
        m_banner->showMessage(tr("Request #%1 is cancelled; it will not run.").arg(r->id),
                              MessageBanner::Kind::Information);
    showRequest(m_id);
    m_session.checkForChanges();
    Q_EMIT changed();
}

QString RequestDetailWidget::clipboardText() const
{
    return m_details ? requestAsText(*m_details) : QString();
}

void RequestDetailWidget::copyToClipboard()
{
    QApplication::clipboard()->setText(clipboardText());
    m_banner->showMessage(tr("Request #%1 copied to the clipboard.").arg(m_id), MessageBanner::Kind::Information);
}

QUrl RequestDetailWidget::mailtoUrl() const
{
    if (!m_details)
        return {};
    // Percent-encode by hand: '&', '=' and '+' in the body must not split the query.
    const QString subject = tr("Countersign request #%1: %2").arg(m_details->request.id).arg(m_details->request.action);
    return QUrl::fromEncoded("mailto:?subject=" + QUrl::toPercentEncoding(subject)
                             + "&body=" + QUrl::toPercentEncoding(clipboardText()));
}

void RequestDetailWidget::shareByEmail()
{
    if (!m_details)
        return;
    if (m_prompts.openExternal(mailtoUrl()))
        return;
    // No mail program answered: the text still reaches the clipboard, and the person knows why.
    QApplication::clipboard()->setText(clipboardText());
    m_banner->showMessage(tr("No e-mail program is set up on this computer, so request #%1 was copied to the "
                             "clipboard instead: paste it into a message.")
                              .arg(m_id),
                          MessageBanner::Kind::Information);
}

void RequestDetailWidget::exportEvidence()
{
    if (!m_details || m_exporter->isBusy())
        return;
    const QString path
        = m_prompts.saveFileName(this, tr("Export evidence"), QStringLiteral("request-%1-evidence.pdf").arg(m_id),
                                 tr("PDF document (*.pdf);;JSON document (*.json)"));
    if (path.isEmpty())
        return;
    m_exportEvidence->setEnabled(false);
    m_exporter->exportEvidence(m_id, path,
                               path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? QStringLiteral("json")
                                                                                          : QStringLiteral("pdf"));
}

} // namespace cs::ui
