#include <core/audit/auditevents.h>
#include <core/audit/grantevents.h>
#include <core/common/coretext.h>
#include <core/directory/directoryfacts.h>
#include <core/execution/execution.h>
#include <core/notify/approvalwebhookservice.h>
#include <core/notify/notifier.h>
#include <core/requests/approvers.h>
#include <core/requests/delegation.h>
#include <core/requests/requeststore.h>
#include <optional>

namespace cs {
namespace {

constexpr int kDigestHourUtc = 7;

QString eventForExecution(const QJsonObject& payload)
{
    return payload.value(QStringLiteral("state")).toString() == ExecutionState::Succeeded ? Notice::Executed
                                                                                          : Notice::Failed;
}

} // namespace

Notifier::Notifier(const Stores& stores, NotifyStore& store)
    : m_stores(stores)
    , m_store(store)
{ }

qint64 Notifier::nextDigestAt(qint64 now)
{
    QDateTime at(fromMs(now).date(), QTime(kDigestHourUtc, 0), Qt::UTC);
    if (at.toMSecsSinceEpoch() <= now)
        at = at.addDays(1);
    return at.toMSecsSinceEpoch();
}

NoticePreference Notifier::resolve(const QString& event, const QString& channel,
                                   const QHash<QString, NotifyStore::Choice>& choices, const QString& login)
{
    NoticePreference p { event, channel, NoticeMode::Immediate, false, QStringLiteral("built-in default") };
    const auto fallback = choices.constFind(QString());
    if (fallback != choices.constEnd()) {
        p.mode = fallback->mode;
        p.mandatory = fallback->mandatory;
        p.source = fallback->mandatory ? QStringLiteral("mandatory") : QStringLiteral("workspace default");
        // A mandatory event cannot be switched off, by the default or by anyone.
        if (p.mandatory && p.mode == NoticeMode::Off)
            p.mode = NoticeMode::Immediate;
    }
    const auto own = choices.constFind(login);
    if (own != choices.constEnd() && !login.isEmpty()) {
        if (!p.mandatory) {
            p.mode = own->mode;
            p.source = QStringLiteral("yours");
        } else if (own->mode != NoticeMode::Off) {
            p.mode = own->mode; // immediate or digest is still the person's choice
            p.source = QStringLiteral("yours (mandatory)");
        }
    }
    return p;
}

Result<QStringList> Notifier::openPhaseApprovers(const Request& r, qint64 at)
{
    if (r.state != RequestState::Pending || r.phase >= r.phaseCount())
        return QStringList();
    // Only the people the open phase names, not the whole directory for every event (issue 16).
    auto directory
        = DirectoryFacts::loadCandidates(m_stores.directory, r.effectivePhase(r.phase), r.subject(), r.targets);
    CS_TRY(directory);
    auto decisions = m_stores.requests.decisions(r.id);
    CS_TRY(decisions);
    QStringList logins = cs::openPhaseApprovers(r, *decisions, *directory, at).logins;
    // Delegation: whoever holds an eligible person's approvals at the event's time may decide the
    // item for them, by the same eligibility as deciding, so they get the task too.
    DelegationStore delegations(m_stores.db);
    const QStringList eligible = logins;
    // A delegate is seldom among the phase's candidates: the whole directory is read only when
    // someone's approvals are held by another.
    std::optional<DirectoryFacts> everyone;
    for (const QString& login : eligible) {
        auto held = delegations.holdingFrom(login, at);
        CS_TRY(held);
        for (const Delegation& d : std::as_const(*held)) {
            if (logins.contains(d.delegate))
                continue;
            if (!everyone) {
                auto all = DirectoryFacts::load(m_stores.directory);
                CS_TRY(all);
                everyone = std::move(*all);
            }
            if (!everyone->isActiveUser(d.delegate))
                continue;
            const ApproverFacts delegate = everyone->approver(d.delegate, r.subject(), r.targets);
            const ApproverFacts delegator = everyone->approver(login, r.subject(), r.targets);
            if (delegatedEligibility(r, *decisions, delegate, delegator, at).canDecide)
                logins.append(d.delegate);
        }
    }
    return logins;
}

void Notifier::forgetOtherTransactions()
{
    if (m_readIn == m_stores.db.transactionSerial())
        return;
    m_readIn = m_stores.db.transactionSerial();
    m_anyWebhook.reset();
    m_choices.clear();
    m_people.clear();
}

Result<User> Notifier::person(const QString& login)
{
    forgetOtherTransactions();
    const auto known = m_people.constFind(login);
    if (known != m_people.constEnd())
        return *known;
    auto user = m_stores.directory.user(login);
    CS_TRY(user);
    m_people.insert(login, *user);
    return user;
}

Result<bool> Notifier::anyWebhook()
{
    forgetOtherTransactions();
    if (!m_anyWebhook) {
        auto any = m_store.anyWebhook();
        CS_TRY(any);
        m_anyWebhook = *any;
    }
    return *m_anyWebhook;
}

Result<QHash<QString, NotifyStore::Choice>> Notifier::choices(const QString& event)
{
    forgetOtherTransactions();
    const auto known = m_choices.constFind(event);
    if (known != m_choices.constEnd())
        return *known;
    auto read = m_store.choices(event, NoticeChannel::Email);
    CS_TRY(read);
    m_choices.insert(event, *read);
    return read;
}

std::optional<AuditLog::Rider> Notifier::onAudit(const AuditEntry& e)
{
    const QString& ev = e.event;
    const bool relevant = ev == AuditEvent::RequestSubmitted || ev == AuditEvent::PhaseCompleted
        || ev == AuditEvent::DecisionApproved || ev == AuditEvent::DecisionRejected || ev == AuditEvent::RequestApproved
        || ev == AuditEvent::RequestRejected || ev == AuditEvent::RequestExpired || ev == AuditEvent::RequestCancelled
        || ev == AuditEvent::ExecutionFinished || ev == AuditEvent::ExecutionInterrupted
        || ev == AuditEvent::ExecutionRefused || ev == AuditEvent::RequestFeedback || ev == AuditEvent::RequestReminded
        || ev == AuditEvent::RequestEscalated || ev == AuditEvent::GrantRevoked || ev == AuditEvent::GrantRevokeFailed;
    if (ev != AuditEvent::NotifyWebhookTested && ev != AuditEvent::ApprovalWebhookTested
        && (!relevant || e.requestId <= 0))
        return std::nullopt;
    return NotifyStore::eventRow(e.seq, m_stores.clock.nowMs());
}

Result<int> Notifier::expand(int limit)
{
    auto open = m_store.openEvents(limit);
    CS_TRY(open);
    for (qint64 seq : std::as_const(*open)) {
        const Status s = expandOne(seq);
        if (s.ok())
            continue;
        // A storage failure is tried again next pass; an event that cannot be expanded at all
        // (its request or entry unreadable) is set aside, so it never holds up the ones after it.
        if (s.error().code == Error::Code::Storage || s.error().code == Error::Code::OutcomeUnknown)
            return s.error();
        CS_TRY(m_store.claimEvent(seq, m_stores.clock.nowMs()));
    }
    return int(open->size());
}

Status Notifier::expandOne(qint64 seq)
{
    return m_stores.db.transaction([&]() -> Status {
        auto claimed = m_store.claimEvent(seq, m_stores.clock.nowMs());
        CS_TRY(claimed);
        if (!*claimed)
            return {}; // another sender expanded it
        auto entries = m_stores.audit.entries(0, 1, seq - 1);
        CS_TRY(entries);
        if (entries->isEmpty() || entries->first().seq != seq)
            return Error::notFound(CoreText::tr("Audit entry %1 of a notice is missing.").arg(seq));
        return choose(entries->first());
    });
}

Status Notifier::choose(const AuditEntry& e)
{
    const QString& ev = e.event;
    if (ev == AuditEvent::NotifyWebhookTested) {
        const qint64 now = e.at;
        OutboxRow row;
        row.createdAt = now;
        row.auditSeq = e.seq;
        row.event = Notice::Test;
        row.channel = NoticeChannel::Webhook;
        row.recipient = e.payloadObject().value(QStringLiteral("name")).toString();
        row.note = QStringLiteral("A test notice from %1: if you read this, the webhook works.").arg(e.actor);
        row.dueAt = now;
        return m_store.insert(row);
    }
    if (ev == AuditEvent::ApprovalWebhookTested) { // issue 17: a test call to an approval webhook
        OutboxRow row;
        row.createdAt = e.at;
        row.auditSeq = e.seq;
        row.event = Notice::Test;
        row.channel = NoticeChannel::Webhook;
        row.recipient
            = ApprovalWebhookService::RecipientPrefix + e.payloadObject().value(QStringLiteral("name")).toString();
        row.note = QStringLiteral("A test call from %1: there is nothing to decide.").arg(e.actor);
        row.dueAt = e.at;
        return m_store.insert(row);
    }
    const QJsonObject payload = e.payloadObject();
    if (ev == AuditEvent::ExecutionRefused && payload.value(QStringLiteral("requestState")).toString().isEmpty())
        return {}; // the agent asks again later: not an outcome yet
    const bool needsState = ev == AuditEvent::RequestSubmitted || ev == AuditEvent::PhaseCompleted;
    auto loaded = m_stores.requests.load(e.requestId);
    CS_TRY(loaded);
    const Request r = *loaded;

    if (needsState) {
        // The request as it is now, maybe moved on since the event: a decided request needs
        // nobody, and a phase that is no longer open is left to the event that opened the next.
        if (r.state != RequestState::Pending)
            return {};
        const int opened = ev == AuditEvent::PhaseCompleted ? payload.value(QStringLiteral("phase")).toInt() + 1 : 0;
        if (opened != r.phase)
            return {};
        auto approvers = openPhaseApprovers(r, e.at);
        CS_TRY(approvers);
        const QString note = ev == AuditEvent::RequestSubmitted
            ? QStringLiteral("%1 asks for \"%2\" and your approval is needed (%3).")
                  .arg(r.requester, r.action, r.phaseLabel())
            : QStringLiteral("The previous phase of request #%1 is complete; %2 now needs your approval.")
                  .arg(r.id)
                  .arg(r.phaseLabel());
        // Issue 17: the approval webhooks the open phase names are called (note: the phase index). The
        // phase is a copy held here: the criteria point into it.
        const Phase open = r.effectivePhase(r.phase);
        for (const Expression* leaf : PolicyEngine::positiveCriteria(open)) {
            if (leaf->kind != CriterionKind::Webhook)
                continue;
            OutboxRow call;
            call.createdAt = e.at;
            call.auditSeq = e.seq;
            call.requestId = r.id;
            call.event = ApprovalWebhookService::CallEvent;
            call.channel = NoticeChannel::Webhook;
            call.recipient = ApprovalWebhookService::RecipientPrefix + leaf->value;
            call.note = QString::number(r.phase);
            call.dueAt = m_stores.clock.nowMs();
            CS_TRY(m_store.insert(call));
        }
        return tell(e, r, Notice::ApprovalNeeded, *approvers, note);
    }
    if (ev == AuditEvent::RequestReminded || ev == AuditEvent::RequestEscalated)
        return remindOrEscalate(e, r);
    if (ev == AuditEvent::DecisionApproved || ev == AuditEvent::DecisionRejected) {
        const QString comment = payload.value(QStringLiteral("comment")).toString();
        return tell(
            e, r, Notice::Decision, { r.requester },
            QStringLiteral("%1 %2 your request #%3 in phase %4 (%5)%6")
                .arg(payload.contains(QStringLiteral("onBehalfOf"))
                         ? QStringLiteral("%1 for %2")
                               .arg(e.actor, payload.value(QStringLiteral("onBehalfOf")).toString())
                         : e.actor,
                     ev == AuditEvent::DecisionApproved ? QStringLiteral("approved") : QStringLiteral("rejected"))
                .arg(r.id)
                .arg(payload.value(QStringLiteral("phase")).toInt() + 1)
                .arg(payload.value(QStringLiteral("phaseName")).toString(),
                     comment.isEmpty() ? QStringLiteral(".") : QStringLiteral(": \"%1\"").arg(comment)));
    }
    if (ev == AuditEvent::RequestApproved)
        return tell(e, r, Notice::Approved, { r.requester },
                    QStringLiteral("Request #%1 is approved; the agent runs it next.").arg(r.id));
    if (ev == AuditEvent::RequestRejected)
        return tell(e, r, Notice::Rejected, { r.requester },
                    QStringLiteral("Request #%1 was rejected by %2.").arg(r.id).arg(e.actor));
    if (ev == AuditEvent::RequestExpired)
        return tell(e, r, Notice::Expired, { r.requester },
                    QStringLiteral("Request #%1 expired before it was decided.").arg(r.id));
    if (ev == AuditEvent::RequestFeedback) {
        if (e.actor == r.requester)
            return {}; // nobody is told of their own feedback
        const QString vote = payload.value(QStringLiteral("vote")).toString();
        const QString comment = payload.value(QStringLiteral("comment")).toString();
        return tell(e, r, Notice::Feedback, { r.requester },
                    QStringLiteral("%1 left feedback on your request #%2 (it decides nothing): %3%4")
                        .arg(e.actor)
                        .arg(r.id)
                        .arg(vote == QLatin1String("up")         ? QStringLiteral("a vote up")
                                 : vote == QLatin1String("down") ? QStringLiteral("a vote down")
                                                                 : QStringLiteral("no vote"),
                             comment.isEmpty() ? QStringLiteral(".") : QStringLiteral(", \"%1\"").arg(comment)));
    }
    if (ev == AuditEvent::RequestCancelled)
        return tell(e, r, Notice::Cancelled, { r.requester },
                    QStringLiteral("Request #%1 was cancelled by %2.").arg(r.id).arg(e.actor));

    // Time-bound access: the requester and whoever approved hear that access ended, or loudly
    // that its revoke failed (it is tried again).
    if (ev == AuditEvent::GrantRevoked || ev == AuditEvent::GrantRevokeFailed) {
        QStringList logins { r.requester };
        auto decisions = m_stores.requests.decisions(r.id);
        CS_TRY(decisions);
        for (const Decision& d : std::as_const(*decisions))
            if (d.approve && !logins.contains(d.approver))
                logins.append(d.approver);
        if (ev == AuditEvent::GrantRevoked)
            return tell(e, r, Notice::Revoked, logins,
                        QStringLiteral("The access granted by request #%1 was revoked.").arg(r.id));
        return tell(e, r, Notice::Failed, logins,
                    QStringLiteral("Revoking the access of request #%1 failed (attempt %2): %3 It is tried again.")
                        .arg(r.id)
                        .arg(payload.value(QStringLiteral("attempt")).toInt())
                        .arg(payload.value(QStringLiteral("error")).toString()));
    }
    // An outcome of a run: the requester, and for failures also whoever approved it.
    const QString event = ev == AuditEvent::ExecutionFinished ? eventForExecution(payload) : Notice::Failed;
    QStringList logins { r.requester };
    if (event == Notice::Failed) {
        auto decisions = m_stores.requests.decisions(r.id);
        CS_TRY(decisions);
        for (const Decision& d : std::as_const(*decisions))
            if (d.approve && !logins.contains(d.approver))
                logins.append(d.approver);
    }
    const QString reason
        = payload.value(ev == AuditEvent::ExecutionRefused ? QStringLiteral("reason") : QStringLiteral("error"))
              .toString();
    const QString note = event == Notice::Executed
        ? QStringLiteral("Request #%1 ran and succeeded.").arg(r.id)
        : QStringLiteral("Request #%1 failed%2")
              .arg(r.id)
              .arg(reason.isEmpty() ? QStringLiteral(".") : QStringLiteral(": %1").arg(reason));
    return tell(e, r, event, logins, note);
}

Status Notifier::remindOrEscalate(const AuditEntry& e, const Request& r)
{
    const QJsonObject payload = e.payloadObject();
    // Only while the phase it was about is still open: a decided request needs nobody.
    if (r.state != RequestState::Pending || payload.value(QStringLiteral("phase")).toInt() != r.phase)
        return {};
    auto approvers = openPhaseApprovers(r, e.at); // eligible now and not decided yet
    CS_TRY(approvers);
    if (e.event == AuditEvent::RequestReminded)
        return tell(e, r, Notice::Reminder, *approvers,
                    QStringLiteral("Reminder: request #%1 from %2 (\"%3\") still waits for your approval (%4); "
                                   "it must be decided by %5.")
                        .arg(r.id)
                        .arg(r.requester, r.action, r.phaseLabel(), isoTime(r.effectiveDeadline())));
    // The fallback group's members who may now approve, then the requester (no second webhook row).
    const QString group = payload.value(QStringLiteral("group")).toString();
    auto members = m_stores.directory.group(group);
    if (!members.ok() && members.error().code != Error::Code::NotFound)
        return members.error();
    // A group removed since has nobody to tell; the requester still hears of it.
    QStringList told;
    for (const QString& login : std::as_const(*approvers))
        if (members.ok() && members->members.contains(login))
            told.append(login);
    const QString deadline = isoTime(r.effectiveDeadline());
    CS_TRY(tell(e, r, Notice::Escalated, told,
                QStringLiteral("Request #%1 from %2 (\"%3\") was escalated to %4: you may approve %5 now; it must "
                               "be decided by %6.")
                    .arg(r.id)
                    .arg(r.requester, r.action, group, r.phaseLabel(), deadline)));
    return tell(
        e, r, Notice::Escalated, { r.requester },
        QStringLiteral("Your request #%1 was escalated to %2, who may now approve %3; it must be decided by %4.")
            .arg(r.id)
            .arg(group, r.phaseLabel(), deadline),
        false);
}

Status Notifier::tell(const AuditEntry& e, const Request& r, const QString& event, const QStringList& logins,
                      const QString& note, bool webhook)
{
    // The event's time, not the sender's: a digest collects from when it happened.
    const qint64 now = e.at;
    OutboxRow row;
    row.createdAt = now;
    row.auditSeq = e.seq;
    row.requestId = r.id;
    row.event = event;
    row.note = note;
    row.dueAt = now;

    auto choices = this->choices(event);
    CS_TRY(choices);
    QSet<QString> told;
    for (const QString& login : logins) {
        // Never a task for one's own request, whatever the caller computed.
        if (event == Notice::ApprovalNeeded && login == r.requester)
            continue;
        if (told.contains(login))
            continue;
        told.insert(login);
        const NoticePreference p = resolve(event, NoticeChannel::Email, *choices, login);
        if (p.mode == NoticeMode::Off)
            continue;
        auto user = person(login);
        CS_TRY(user);
        if (!user->active || user->email.trimmed().isEmpty())
            continue;
        row.channel = NoticeChannel::Email;
        row.recipient = login;
        row.address = user->email.trimmed();
        row.digest = p.mode == NoticeMode::Digest;
        row.dueAt = row.digest ? nextDigestAt(now) : now;
        CS_TRY(m_store.insert(row));
    }
    // Every event once for the webhooks, if there are any; the sender fans it out to each.
    if (!webhook)
        return {};
    auto webhooks = anyWebhook();
    CS_TRY(webhooks);
    if (!*webhooks)
        return {};
    row.channel = NoticeChannel::Webhook;
    row.recipient.clear();
    row.address.clear();
    row.digest = false;
    row.dueAt = now;
    return m_store.insert(row);
}

} // namespace cs
