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
#include <core/common/identity.h>
#include <core/common/visibletext.h>
#include <core/views/requestjson.h>
#include <core/views/requesttext.h>
#include <ui/approvals/requestdetailwidget.h>
#include <ui/errortext.h>
#include <ui/messagebanner.h>
#include <ui/models/requesttablemodel.h>
#include <ui/models/simpletablemodel.h>
#include <ui/prompts.h>
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
    , m_approve(new QPushButton(tr("&Approve"), this))
    , m_reject(new QPushButton(tr("&Reject"), this))
    , m_cancel(new QPushButton(tr("Cancel request"), this))
    , m_requestAgain(new QPushButton(tr("Request again"), this))
    , m_copy(new QPushButton(tr("Copy"), this))
    , m_share(new QPushButton(tr("Share by e-mail"), this))
    , m_hint(new QLabel(this))
    , m_banner(new MessageBanner(this))
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
    auto* historyView = makeTable(m_history, this, QStringLiteral("historyView"));
    m_tabs->addTab(overviewScroll, tr("Overview"));
    m_tabs->addTab(m_parametersView, tr("Parameters"));
    m_tabs->addTab(m_targetsView, tr("Targets"));
    m_tabs->addTab(historyView, tr("History"));
    m_tabs->addTab(m_execution, tr("Execution"));

    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_requestAgain->setObjectName(QStringLiteral("requestAgainButton"));
    m_requestAgain->setToolTip(tr("Open the Catalogue with a new request holding the same parameters and targets"));
    m_copy->setObjectName(QStringLiteral("copyButton"));
    m_share->setObjectName(QStringLiteral("shareButton"));
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
    showRequest(0);
}

void RequestDetailWidget::showRequest(qint64 id)
{
    m_id = id;
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
        m_execution->clear();
        m_live.stop();
        m_hint->clear();
    }
    const bool canDecide = m_details && m_details->eligibility.canDecide;
    m_approve->setEnabled(canDecide && m_away.isEmpty());
    m_reject->setEnabled(canDecide && m_away.isEmpty());
    m_approve->setToolTip(canDecide ? m_away : QString());
    m_reject->setToolTip(canDecide ? m_away : QString());
    m_cancel->setVisible(m_details && m_details->canCancel);
    m_cancel->setEnabled(m_away.isEmpty());
    m_cancel->setToolTip(m_away);
    // Refused for good: only its requester can ask anew (in the Catalogue, to review first).
    m_requestAgain->setVisible(m_details && m_details->request.state == RequestState::Failed && !m_refusal.isEmpty()
                               && m_details->request.requester == normalizeLogin(m_session.actor()));
    m_copy->setEnabled(m_details.has_value());
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
    for (int i = 0; i < r.flow.phases.size(); ++i) {
        const Phase& p = r.flow.phases.at(i);
        const bool done = i < r.phase;
        const bool open = i == r.phase && r.state == RequestState::Pending;
        phases += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td><td>%3%4</td></tr>")
                      .arg(done       ? QStringLiteral("✔")
                               : open ? QStringLiteral("▶")
                                      : QStringLiteral("◻"),
                           escaped(p.name), escaped(p.approve.describe()),
                           p.quorum > 1 ? tr(" (%1 people)").arg(p.quorum) : QString());
        if (open && !whoCanApprove.isEmpty())
            phases += QStringLiteral("<tr><td></td><td colspan='2'><b>%1</b> %2</td></tr>")
                          .arg(tr("Who can approve now:"), whoCanApprove);
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
        : QStringLiteral("<p style='color:#b00020'><b>%1</b> %2</p>")
              .arg(r.state == RequestState::Failed ? tr("Refused by the agent; it never ran:")
                                                   : tr("Refused by the agent (it asks again):"),
                   escaped(m_refusal));
    const QString bypass = r.isBypass()
        ? QStringLiteral("<tr><td><b>%1</b></td><td>%2 %3</td></tr>")
              .arg(tr("Bypass:"), escaped(r.bypass.value(QStringLiteral("reason")).toString()),
                   escaped(r.bypass.value(QStringLiteral("group")).toString()))
        : QString();
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
            .arg(escaped(r.action), tr("Status:"), escaped(RequestTableModel::statusText(r)), tr("Requested by:"),
                 escaped(r.requester), tr("Created:"), when(r.createdAt), tr("Deadline:"), when(r.deadline))
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
    for (const AuditEntry& e : d.history) {
        const QJsonObject p = e.payloadObject();
        QString detail = p.value(QStringLiteral("comment")).toString();
        if (p.contains(QStringLiteral("basis"))) {
            QStringList reasons;
            for (const QJsonValue& b : p.value(QStringLiteral("basis")).toArray())
                reasons << b.toObject().value(QStringLiteral("reason")).toString();
            detail
                = reasons.join(QStringLiteral(", ")) + (detail.isEmpty() ? QString() : QStringLiteral(" — ") + detail);
        } else if (p.contains(QStringLiteral("name"))) {
            detail = p.value(QStringLiteral("name")).toString();
        } else if (p.contains(QStringLiteral("reason"))) {
            detail = p.value(QStringLiteral("reason")).toString(); // a refusal
        } else if (p.contains(QStringLiteral("error")) || p.contains(QStringLiteral("exitCode"))) {
            detail = p.value(QStringLiteral("exitCode")).isDouble()
                ? tr("exit code %1").arg(p.value(QStringLiteral("exitCode")).toInt())
                : p.value(QStringLiteral("error")).toString();
        }
        history.append(
            { QLocale().toString(fromMs(e.at).toLocalTime(), QLocale::ShortFormat), e.actor, e.event, detail });
    }
    m_history->setRows(history);

    refreshExecution();
    if (r.state == RequestState::Approved || r.state == RequestState::Running)
        m_live.start();
    else
        m_live.stop();
    m_hint->setText(
        d.eligibility.canDecide
            ? tr("You can approve or reject this request (phase %1 of %2).").arg(r.phase + 1).arg(r.phaseCount())
            : d.eligibility.reason);
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
    Q_EMIT requestAgainWanted({ r.action, r.parameters, r.targets, r.comment });
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
    if (!m_details || !m_away.isEmpty())
        return;
    const std::optional<QString> comment
        = m_prompts.decisionComment(this, approve ? tr("Approve") : tr("Reject"), requestAsText(*m_details), !approve);
    if (!comment)
        return;
    auto r = m_session.workspace().requests().decide(m_session.actor(), m_id, approve, *comment);
    if (!r.ok()) {
        m_banner->showMessage(ErrorText::forWrite(r.error()), MessageBanner::Kind::Error);
        m_bannerFromDatabase = ErrorText::isRaw(r.error()) || r.error().code == Error::Code::OutcomeUnknown;
    } else
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
    auto r = m_session.workspace().requests().cancel(m_session.actor(), m_id);
    if (!r.ok())
        m_banner->showMessage(ErrorText::forWrite(r.error()), MessageBanner::Kind::Error);
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
    m_prompts.openExternal(mailtoUrl());
}

} // namespace cs::ui
