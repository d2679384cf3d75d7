#include <QRandomGenerator>
#include <algorithm>
#include <core/actions/grantterms.h>
#include <core/actions/parametervalidator.h>
#include <core/actions/workflowstore.h>
#include <core/audit/auditevents.h>
#include <core/common/coretext.h>
#include <core/common/identity.h>
#include <core/directory/directoryfacts.h>
#include <core/policy/reasonwords.h>
#include <core/requests/delegation.h>
#include <core/requests/requestagain.h>
#include <core/requests/requestexpiry.h>
#include <core/requests/requestkey.h>
#include <core/requests/requestservice.h>

namespace cs {
namespace {

constexpr int kMaxCommentLength = 4000;

QString phaseName(const Request& r, int phase)
{
    return phase < r.flow.phases.size() ? r.flow.phases.at(phase).name : QString();
}

QList<Vote> approvalsInPhase(const QList<Decision>& decisions, int phase)
{
    QList<Vote> votes;
    for (const Decision& d : decisions)
        if (d.approve && d.phase == phase)
            votes.append({ d.approver, PolicyEngine::leafIds(d.basis) });
    return votes;
}

// Phases are advanced while their expression already holds (automatic phases, or votes enough).
int firstOpenPhase(const Request& r, const QList<Decision>& decisions, int from)
{
    int phase = from;
    while (phase < r.flow.phases.size()
           && PolicyEngine::isSatisfied(r.effectivePhase(phase), approvalsInPhase(decisions, phase)))
        ++phase;
    return phase;
}

} // namespace

struct RequestService::Prepared
{
    User requester;
    ActionVersion version;
    PolicyRevision policy;
    DirectoryFacts directory;
    QJsonObject parameters;
    QStringList targets;
    Rule rule;
    std::optional<QString> bypassGroup;
    qint64 durationSeconds = 0;
    QString behalfOf; // issue 17: the beneficiary's login, checked; empty for oneself
    QString subjectManager; // the manager of whom the request is for
    QString ticket; // issue 19: trimmed
    Status intake; // whether ticket and comment satisfy the policy's intake
    bool onBehalfAllowed = false;
};

RequestService::RequestService(const Stores& stores)
    : m_stores(stores)
{ }

Result<QList<ActionVersion>> RequestService::requestableActions(const QString& actor)
{
    auto user = m_stores.directory.activeUser(actor);
    CS_TRY(user);
    auto groups = m_stores.directory.groupsOf(user->login);
    CS_TRY(groups);
    return currentActions([&](const ActionDefinition& d) {
        return std::any_of(d.requesterGroups.begin(), d.requesterGroups.end(),
                           [&](const QString& g) { return groups->contains(g); });
    });
}

Result<QList<ActionVersion>> RequestService::currentActions(const std::function<bool(const ActionDefinition&)>& keep)
{
    auto names = m_stores.actions.names();
    CS_TRY(names);
    QList<ActionVersion> out;
    for (const QString& name : *names) {
        auto version = m_stores.actions.currentVersion(name);
        CS_TRY(version);
        if (keep(version->definition))
            out.append(*version);
    }
    return out;
}

Result<QList<ActionVersion>> RequestService::visibleActions(const QString& actor)
{
    auto user = m_stores.directory.activeUser(actor);
    CS_TRY(user);
    if (!user->readsEverything())
        return requestableActions(actor);
    return currentActions([](const ActionDefinition&) { return true; });
}

Result<bool> RequestService::approvalRequired(const QString& action)
{
    auto policy = WorkflowStore(m_stores.db).effectivePolicy(m_stores.actions, action, false);
    CS_TRY(policy);
    return policy->policy.approvalRequired();
}

Result<PlanningSnapshot> RequestService::planningSnapshot(const QString& actor, const QString& action)
{
    auto user = m_stores.directory.activeUser(actor);
    CS_TRY(user);
    auto version = m_stores.actions.currentVersion(action);
    CS_TRY(version);
    // Workflows (issue 19): the request snapshots the policy as resolved now (embedded, or its workflow).
    auto policy = WorkflowStore(m_stores.db).effectivePolicy(m_stores.actions, action);
    CS_TRY(policy);
    auto directory = DirectoryFacts::load(m_stores.directory);
    CS_TRY(directory);
    return PlanningSnapshot { std::move(*user), std::move(*version), std::move(*policy), std::move(*directory) };
}

Result<RequestService::Prepared> RequestService::prepare(const QString& actor, const SubmitInput& input, bool strict)
{
    auto snapshot = planningSnapshot(actor, input.action);
    CS_TRY(snapshot);
    return prepare(std::move(*snapshot), input, strict);
}

Result<RequestService::Prepared> RequestService::prepare(PlanningSnapshot snapshot, const SubmitInput& input,
                                                         bool strict)
{
    if (snapshot.version.definition.name != input.action)
        return Error::invalid(CoreText::tr("This plan was read for action \"%1\", not \"%2\".")
                                  .arg(snapshot.version.definition.name, input.action));
    Prepared p { std::move(snapshot.requester),
                 std::move(snapshot.version),
                 std::move(snapshot.policy),
                 std::move(snapshot.directory),
                 {},
                 {},
                 {},
                 std::nullopt };
    const ActionDefinition& def = p.version.definition;
    const DirectoryFacts* directory = &p.directory;
    const PolicyRevision* policy = &p.policy;
    const QSet<QString> groups = directory->groupsOf(p.requester.login);

    if (!std::any_of(def.requesterGroups.begin(), def.requesterGroups.end(),
                     [&](const QString& g) { return groups.contains(g); }))
        return Error::forbidden(
            CoreText::tr("You (%1) are not in a group allowed to request \"%2\".").arg(p.requester.login, def.name));

    // On behalf of (issue 17): only the action's "onBehalf" groups, only for another active person.
    p.onBehalfAllowed = std::any_of(def.onBehalfGroups.begin(), def.onBehalfGroups.end(),
                                    [&](const QString& g) { return groups.contains(g); });
    p.subjectManager = p.requester.manager;
    if (!input.behalfOf.trimmed().isEmpty()) {
        const QString beneficiary = normalizeLogin(input.behalfOf);
        if (!def.allowsOnBehalf())
            return Error::forbidden(
                CoreText::tr("Action \"%1\" cannot be requested on behalf of someone else.").arg(def.name));
        if (!p.onBehalfAllowed)
            return Error::forbidden(
                CoreText::tr("You (%1) may not request \"%2\" on behalf of someone else; only "
                             "members of %3 may.")
                    .arg(p.requester.login, def.name, def.onBehalfGroups.join(QStringLiteral(", "))));
        if (beneficiary == p.requester.login)
            return Error::invalid(CoreText::tr("A request on your own behalf names nobody else; leave \"on behalf "
                                               "of\" empty."));
        const User* person = p.directory.user(beneficiary);
        if (!person || !person->active)
            return Error::notFound(
                CoreText::tr("There is no active person \"%1\" to request on behalf of.").arg(beneficiary.left(80)));
        p.behalfOf = beneficiary;
        p.subjectManager = person->manager;
    }

    if (strict && !input.expectedVersionDigest.isEmpty() && input.expectedVersionDigest != p.version.digest)
        return Error::conflict(CoreText::tr("\"%1\" was changed by an admin while the form was filled in (it is now "
                                            "version %2); nothing was submitted. Reload the form, check the values "
                                            "and submit again.")
                                   .arg(def.name)
                                   .arg(p.version.version));

    if (strict) {
        auto values = ParameterValidator::validate(def.parameters, input.parameters);
        CS_TRY(values);
        p.parameters = *values;
        if (input.targets.isEmpty())
            return Error::invalid(CoreText::tr("Choose at least one target for \"%1\".").arg(def.name));
    } else {
        ParameterValidator::check(def.parameters, input.parameters, &p.parameters);
    }

    // Time-bound access: the duration is checked against the action for every front end, and
    // the policy may route on it (condition field "duration", in hours).
    if (!input.duration.trimmed().isEmpty()) {
        auto seconds = GrantTerms::parseDuration(input.duration);
        if (!seconds.ok() && strict)
            return seconds.error();
        p.durationSeconds = seconds.ok() ? *seconds : 0;
    }
    if (strict)
        CS_TRY(def.checkDuration(p.durationSeconds));
    if (strict && input.notBefore > 0 && !def.earliestStart)
        return Error::invalid(
            CoreText::tr("Action \"%1\" runs as soon as it is approved; it takes no start time.").arg(def.name));

    // Intake (issue 19): the ticket and the comment the policy asks for; refused only at submit, and
    // told to the form (SubmitPlan::intakeProblem) while it is filled in.
    p.ticket = input.ticket.trimmed();
    p.intake = policy->policy.intake.check(p.ticket, input.comment);
    if (strict)
        CS_TRY(p.intake);

    RequestFacts facts { def.name, p.parameters, {}, groups };
    if (p.durationSeconds > 0)
        facts.durationHours = double(p.durationSeconds) / 3600.0;
    facts.ticket = p.ticket;
    for (const QString& raw : input.targets) {
        const QString name = raw.trimmed();
        const Target* target = directory->target(name);
        if (!target) {
            if (strict)
                return Error::notFound(CoreText::tr("There is no target \"%1\".").arg(name));
            continue;
        }
        if (!def.allowsTarget(target->name, target->kind))
            return Error::invalid(CoreText::tr("Action \"%1\" may not run on target \"%2\".").arg(def.name, name));
        if (!p.targets.contains(name)) {
            p.targets.append(name);
            facts.targets.append(target->facts());
        }
    }
    std::sort(p.targets.begin(), p.targets.end());
    auto rule = PolicyEngine::selectRule(policy->policy, facts);
    CS_TRY(rule);
    p.rule = **rule;
    p.bypassGroup = PolicyEngine::bypassGroup(policy->policy, groups);
    return p;
}

Result<SubmitPlan> RequestService::plan(const QString& actor, const SubmitInput& input)
{
    auto snapshot = planningSnapshot(actor, input.action);
    CS_TRY(snapshot);
    return plan(*snapshot, input);
}

Result<SubmitPlan> RequestService::plan(const PlanningSnapshot& snapshot, const SubmitInput& input)
{
    auto p = prepare(snapshot, input, false);
    CS_TRY(p);
    SubmitPlan plan;
    plan.rule = p->rule.name;
    for (const Phase& phase : p->rule.phases)
        plan.phases.append(QStringLiteral("%1: %2").arg(phase.name, phase.approve.describe(!p->behalfOf.isEmpty())));
    // The words the request will store, as people read them.
    if (p->rule.phases.isEmpty())
        plan.bypassReason = ReasonWords::bypassForPeople(ReasonWords::Bypass::NoPhases);
    else if (p->bypassGroup)
        plan.bypassReason = ReasonWords::bypassForPeople(
            QJsonObject { { QStringLiteral("reason"), ReasonWords::storedBypass(ReasonWords::Bypass::BypassGroup) },
                          { QStringLiteral("group"), *p->bypassGroup } });
    plan.approvalNeeded = plan.bypassReason.isEmpty();
    plan.intake = p->policy.policy.intake;
    plan.intakeProblem = p->intake.ok() ? QString() : p->intake.error().message;
    plan.onBehalfAllowed = p->onBehalfAllowed;
    return plan;
}

Status RequestService::applyGrantTerms(Request& r, const Prepared& p, const SubmitInput& input, qint64 now)
{
    r.durationSeconds = p.durationSeconds;
    if (input.notBefore > 0) {
        if (input.notBefore <= now)
            return Error::invalid(CoreText::tr("The start time %1 has passed; choose a later one or none.")
                                      .arg(isoTime(input.notBefore)));
        if (input.notBefore >= r.deadline)
            return Error::invalid(CoreText::tr("The start time %1 is after the request's deadline (%2); it could never "
                                               "run.")
                                      .arg(isoTime(input.notBefore), isoTime(r.deadline)));
        r.notBefore = input.notBefore;
    }
    if (input.previousRequest > 0) {
        auto previous = m_stores.requests.load(input.previousRequest);
        CS_TRY(previous);
        if (previous->action != r.action || previous->requester != r.requester)
            return Error::invalid(CoreText::tr("Request #%1 is not your own grant of \"%2\"; an extension names one.")
                                      .arg(input.previousRequest)
                                      .arg(r.action));
        if (previous->state != RequestState::Active)
            return Error::conflict(CoreText::tr("Request #%1 %2; only an active grant can be extended.")
                                       .arg(input.previousRequest)
                                       .arg(stateInSentence(previous->state)));
        r.previousRequest = input.previousRequest;
    }
    return {};
}

Result<Request> RequestService::submit(const QString& actor, const SubmitInput& input, SubmitMode mode)
{
    const QString comment = input.comment.trimmed();
    if (comment.isEmpty())
        return Error::invalid(CoreText::tr("A comment giving the reason for the request is required."));
    if (comment.size() > kMaxCommentLength)
        return Error::invalid(CoreText::tr("The comment is longer than %1 characters.").arg(kMaxCommentLength));
    CS_TRY(RequestKey::check(input.key));

    Request r;
    const Status status = m_stores.db.transaction([&]() -> Status {
        if (!input.key.isEmpty()) {
            // A retry (after an unknown outcome) finds what the first submit made, if it was saved.
            auto existing = submittedUnderKey(actor, input);
            CS_TRY(existing);
            if (existing->id > 0) {
                r = *existing;
                return {};
            }
        }
        auto p = prepare(actor, input, true);
        CS_TRY(p);
        const ActionDefinition& def = p->version.definition;
        const qint64 now = m_stores.clock.nowMs();

        r.action = def.name;
        r.actionVersion = p->version.version;
        r.versionDigest = p->version.digest;
        r.requester = p->requester.login;
        r.behalfOf = p->behalfOf;
        r.ticket = p->ticket;
        r.comment = comment;
        r.targets = p->targets;
        r.flow = { p->rule.name, p->rule.phases, p->policy.revision, p->policy.policy.timeout };
        r.createdAt = now;
        r.updatedAt = now;
        r.deadline = now + qint64(p->policy.policy.deadlineHours) * 3600 * 1000;
        CS_TRY(applyGrantTerms(r, *p, input, now));
        if (input.requestedAgainFrom > 0) { // "Request again" (issue 20): names the ended request
            auto old = m_stores.requests.load(input.requestedAgainFrom);
            if (!old.ok() && old.error().code == Error::Code::NotFound) // the same answer as someone else's
                return Error::forbidden(notYourOwnToAskAgain(input.requestedAgainFrom));
            CS_TRY(old);
            CS_TRY(checkRequestedAgainFrom(*old, r.requester));
            r.requestedAgainFrom = old->id;
        }

        // Secrets are kept apart; the request (and its digest, and the audit log) holds a commitment.
        QList<SecretValue> secrets;
        r.parameters = p->parameters;
        for (const ParameterDefinition& d : def.parameters) {
            if (d.type != ParameterType::Secret || !r.parameters.contains(d.name))
                continue;
            QByteArray salt(16, Qt::Uninitialized);
            QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(salt.data()), salt.size() / 4);
            const QString value = r.parameters.value(d.name).toString();
            secrets.append({ d.name, salt, value });
            r.parameters.insert(d.name, secretCommitment(salt, value));
        }

        r.key = input.key;
        r.phase = firstOpenPhase(r, {}, 0);
        if (r.flow.phases.isEmpty()) {
            r.bypass = { { QStringLiteral("reason"), ReasonWords::storedBypass(ReasonWords::Bypass::NoPhases) },
                         { QStringLiteral("rule"), r.flow.rule } };
        } else if (p->bypassGroup) {
            r.bypass = { { QStringLiteral("reason"), ReasonWords::storedBypass(ReasonWords::Bypass::BypassGroup) },
                         { QStringLiteral("group"), *p->bypassGroup } };
        } else if (r.phase == r.flow.phases.size()) {
            r.bypass = { { QStringLiteral("reason"), ReasonWords::storedBypass(ReasonWords::Bypass::AutomaticPhases) },
                         { QStringLiteral("rule"), r.flow.rule } };
        } else if (mode == SubmitMode::RunDirect) {
            return Error::forbidden(
                CoreText::tr("\"%1\" needs approval (%2); request approval instead of running it.")
                    .arg(def.name, r.flow.phases.at(r.phase).approve.describe(!r.behalfOf.isEmpty())));
        } else {
            // Fail closed: if no one but the requester could complete a phase, refuse now rather than let it rot.
            QList<ApproverFacts> candidates;
            for (const QString& login : p->directory.possibleDeciders())
                if (!r.isParty(login))
                    candidates.append(p->directory.approver(login, r.subject(), r.targets));
            for (const Phase& phase : std::as_const(r.flow.phases))
                if (!PolicyEngine::isSatisfiable(phase, candidates))
                    return Error::conflict(
                        CoreText::tr("\"%1\" cannot be requested: nobody could approve phase \"%2\" "
                                     "(it needs %3). Ask an admin to fix its policy.")
                            .arg(def.name, phase.name, phase.approve.describe(!r.behalfOf.isEmpty())));
        }
        r.state = r.isBypass() ? RequestState::Approved : RequestState::Pending;
        if (r.isBypass())
            r.phase = r.flow.phases.size();
        r.digest = r.computeDigest();

        auto id = m_stores.requests.insert(r, secrets);
        CS_TRY(id);
        r.id = *id;
        if (r.state == RequestState::Pending) {
            QStringList owners;
            for (const QString& name : std::as_const(r.targets))
                if (const Target* t = p->directory.target(name))
                    owners << t->owner;
            CS_TRY(m_stores.requests.insertAudience(
                r.id, audienceFor(r, p->subjectManager, owners, p->directory.teamOf(r.subject()))));
        }
        QJsonObject submitted = AuditPayload::submitted(r.auditSummary(), r.parameters, r.targets, r.comment,
                                                        r.flow.toJson(), r.deadline);
        if (!r.behalfOf.isEmpty()) // issues 17 and 19: the entry names both people, and the ticket
            submitted.insert(QStringLiteral("behalfOf"), r.behalfOf);
        if (!r.ticket.isEmpty())
            submitted.insert(QStringLiteral("ticket"), r.ticket);
        QList<AuditRecord> trail { { AuditEvent::RequestSubmitted, submitted } };
        if (r.isBypass())
            trail.append({ AuditEvent::RequestBypassed, r.bypass });
        return m_stores.audit.appendAll(r.requester, r.id, trail);
    });
    if (!status.ok() && status.error().code == Error::Code::Storage && !input.key.isEmpty()) {
        // A submit with the same key that committed meanwhile (the retry raced its first try) is
        // the one this key names: found by a read after the failed transaction, never by retrying it.
        auto raced = submittedUnderKey(actor, input);
        if (raced.ok() ? raced->id > 0 : raced.error().code == Error::Code::Conflict)
            return raced; // that request, or the key was used for another one
    }
    if (!status.ok())
        return status.error();
    return r;
}

Result<Request> RequestService::submittedUnderKey(const QString& actor, const SubmitInput& input)
{
    auto requester = m_stores.directory.activeUser(actor);
    CS_TRY(requester);
    auto id = m_stores.requests.idForKey(requester->login, input.key);
    CS_TRY(id);
    if (*id == 0)
        return Request {};
    auto existing = m_stores.requests.load(*id);
    CS_TRY(existing);
    auto version = m_stores.actions.version(existing->action, existing->actionVersion);
    CS_TRY(version);
    if (!RequestKey::sameSubmission(*existing, input, version->definition.parameters))
        return Error::conflict(CoreText::tr("The request key \"%1\" was already used for request #%2, which asks "
                                            "for something else; use a new key for a new request.")
                                   .arg(input.key)
                                   .arg(*id));
    return existing;
}

std::optional<QString> RequestService::serviceAccountRefusal(const ApproverFacts& a)
{
    // Service accounts (issue 17) are other systems: they ask, only people decide.
    if (!a.roles.contains(Role::Service))
        return std::nullopt;
    return CoreText::tr("%1 is a service account; service accounts never approve or reject requests.")
        .arg(normalizeLogin(a.login));
}

Eligibility RequestService::eligibility(const Request& r, const QList<Decision>& decisions, const ApproverFacts& a,
                                        qint64 now)
{
    Eligibility e;
    e.refusal = Error::Code::Conflict;
    if (r.state != RequestState::Pending) {
        e.reason
            = CoreText::tr("Request #%1 %2; there is nothing left to decide.").arg(r.id).arg(stateInSentence(r.state));
        return e;
    }
    if (now >= r.effectiveDeadline()) {
        e.reason = CoreText::tr("Request #%1 passed its deadline (%2); it can no longer be decided.")
                       .arg(r.id)
                       .arg(isoTime(r.effectiveDeadline()));
        return e;
    }
    e.refusal = Error::Code::Forbidden;
    if (const auto never = serviceAccountRefusal(a)) {
        e.reason = *never;
        return e;
    }
    if (normalizeLogin(a.login) == r.requester) {
        e.reason = CoreText::tr("You cannot approve or reject your own request #%1.").arg(r.id);
        return e;
    }
    if (r.isParty(normalizeLogin(a.login))) { // issue 17: the beneficiary neither
        e.reason = CoreText::tr("Request #%1 was made on your behalf; you cannot approve or reject it.").arg(r.id);
        return e;
    }
    for (const Decision& d : decisions) {
        if (d.approver == normalizeLogin(a.login) || d.decidedBy == normalizeLogin(a.login)) {
            e.refusal = Error::Code::Conflict;
            e.reason = CoreText::tr(
                           "You already decided on request #%1 (%2 in phase %3); a person decides once per request.")
                           .arg(r.id)
                           .arg(d.approve ? QStringLiteral("approved") : QStringLiteral("rejected"))
                           .arg(d.phase + 1);
            return e;
        }
    }
    const Phase phase = r.effectivePhase(r.phase); // with the groups it was escalated to
    if (const auto excluded = PolicyEngine::exclusion(phase, a)) {
        e.reason = CoreText::tr("Phase %1 (%2) of request #%3 excludes you: %4.")
                       .arg(r.phase + 1)
                       .arg(phase.name)
                       .arg(r.id)
                       .arg(*excluded);
        return e;
    }
    e.matches = PolicyEngine::matchingCriteria(phase, a);
    if (e.matches.isEmpty()) {
        e.reason = CoreText::tr("Phase %1 of %2 (%3) of request #%4 needs %5; you are not among them.")
                       .arg(r.phase + 1)
                       .arg(r.phaseCount())
                       .arg(phase.name)
                       .arg(r.id)
                       .arg(phase.approve.describe(!r.behalfOf.isEmpty()));
        return e;
    }
    e.canDecide = true;
    return e;
}

Status RequestService::verifyApproval(const Request& r, const QList<Decision>& decisions)
{
    if (r.isBypass())
        return {};
    QList<Decision> valid;
    for (const Decision& d : decisions) {
        if (d.requestDigest != r.digest)
            return Error::integrity(
                CoreText::tr("A decision on request #%1 was made for different contents (digest mismatch).").arg(r.id));
        if (!d.approve)
            return Error::conflict(CoreText::tr("Request #%1 was rejected by %2.").arg(r.id).arg(d.approver));
        valid.append(d);
    }
    if (firstOpenPhase(r, valid, 0) != r.phaseCount())
        return Error::conflict(
            CoreText::tr("The recorded approvals do not complete the policy of request #%1.").arg(r.id));
    return {};
}

int RequestService::openPhaseAfter(const Request& r, const QList<Decision>& decisions)
{
    return firstOpenPhase(r, decisions, r.phase);
}

Status RequestService::advance(Request& r, const QList<Decision>& decisions, QList<AuditRecord>& trail)
{
    const int next = firstOpenPhase(r, decisions, r.phase);
    if (next == r.phase)
        return {};
    for (int done = r.phase; done < next; ++done)
        trail.append({ AuditEvent::PhaseCompleted, AuditPayload::phaseCompleted(done, phaseName(r, done)) });
    const RequestState to = next == r.phaseCount() ? RequestState::Approved : RequestState::Pending;
    CS_TRY(m_stores.requests.transition(r, to, next, m_stores.clock.nowMs()));
    r.state = to;
    r.phase = next;
    if (to == RequestState::Approved)
        trail.append({ AuditEvent::RequestApproved, r.auditSummary() });
    return {};
}

Result<Request> RequestService::decide(const QString& actor, qint64 id, bool approve, const QString& comment)
{
    const QString login = normalizeLogin(actor);
    const QString text = comment.trimmed();
    if (!approve && text.isEmpty())
        return Error::invalid(CoreText::tr("A comment is required to reject a request."));
    if (text.size() > kMaxCommentLength)
        return Error::invalid(CoreText::tr("The comment is longer than %1 characters.").arg(kMaxCommentLength));

    Request r;
    std::optional<Error> refusedAfterCommit;
    const Status status = m_stores.db.transaction([&]() -> Status {
        // Membership is read now, inside this transaction: whoever was removed from a group no longer counts.
        QSet<QString> groups;
        auto me = m_stores.directory.activeUserWithGroups(login, &groups);
        CS_TRY(me);
        auto loaded = m_stores.requests.loadForDecision(id);
        CS_TRY(loaded);
        r = loaded->first;
        QList<Decision>& decisions = loaded->second;
        const qint64 now = m_stores.clock.nowMs();
        if (r.state == RequestState::Pending && now >= r.effectiveDeadline()) {
            // The deadline is enforced here too, not only by the expiry sweep; its outcome is kept. A
            // timeout escalation leaves the request pending with a new deadline: the decision goes on.
            CS_TRY(expireRequest(m_stores, r, login));
            if (r.state != RequestState::Pending) {
                refusedAfterCommit = Error::conflict(
                    (r.state == RequestState::Expired
                         ? CoreText::tr("Request #%1 expired at %2; it can no longer be decided.")
                         : CoreText::tr("Request #%1 timed out at %2 and was rejected, as its policy says; it can no "
                                        "longer be decided."))
                        .arg(id)
                        .arg(isoTime(r.effectiveDeadline())));
                return {};
            }
        }
        const QList<Phase> open
            = r.phase < r.flow.phases.size() ? QList<Phase> { r.effectivePhase(r.phase) } : QList<Phase> {};
        auto facts
            = DirectoryFacts::approverNow(m_stores.directory, *me, std::move(groups), r.subject(), r.targets, open);
        CS_TRY(facts);
        auto e = eligibilityWithDelegations(*facts, r, decisions, now);
        CS_TRY(e);
        if (!e->canDecide)
            return Error { e->refusal, e->reason };

        Decision d;
        d.requestId = id;
        d.phase = r.phase;
        d.approver = e->onBehalfOf.isEmpty() ? login : e->onBehalfOf;
        d.decidedBy = e->onBehalfOf.isEmpty() ? QString() : login;
        d.approve = approve;
        d.comment = text;
        d.basis = PolicyEngine::toJson(e->matches);
        d.requestDigest = r.digest;
        d.decidedAt = now;
        CS_TRY(m_stores.requests.insertDecision(d));
        QJsonObject decided = AuditPayload::decision(r.phase, phaseName(r, r.phase), text, d.basis, r.digest);
        if (!d.decidedBy.isEmpty()) // the actor clicked; the vote is the delegator's
            decided.insert(QStringLiteral("onBehalfOf"), d.approver);
        QList<AuditRecord> trail { { approve ? AuditEvent::DecisionApproved : AuditEvent::DecisionRejected, decided } };
        if (approve) {
            decisions.append(d);
            CS_TRY(advance(r, decisions, trail));
        } else {
            CS_TRY(m_stores.requests.transition(r, RequestState::Rejected, r.phase, now));
            r.state = RequestState::Rejected;
            trail.append({ AuditEvent::RequestRejected, r.auditSummary() });
        }
        // The decision and what it completed, in order on the request's chain, in one append
        // (two round trips on PostgreSQL instead of two per entry).
        return m_stores.audit.appendAll(login, id, trail);
    });
    if (!status.ok())
        return status.error();
    if (refusedAfterCommit)
        return *refusedAfterCommit;
    return r;
}

Result<Request> RequestService::cancel(const QString& actor, qint64 id, const QString& comment)
{
    const QString login = normalizeLogin(actor);
    Request r;
    const Status status = m_stores.db.transaction([&]() -> Status {
        CS_TRY(m_stores.directory.activeUser(login));
        auto loaded = m_stores.requests.loadForChange(id);
        CS_TRY(loaded);
        r = *loaded;
        if (r.requester != login)
            return Error::forbidden(
                CoreText::tr("Only the requester (%1) can cancel request #%2.").arg(r.requester).arg(id));
        if (r.state != RequestState::Pending)
            return Error::conflict(CoreText::tr("Request #%1 %2; only a pending request can be cancelled.")
                                       .arg(id)
                                       .arg(stateInSentence(r.state)));
        CS_TRY(m_stores.requests.transition(r, RequestState::Cancelled, r.phase, m_stores.clock.nowMs()));
        r.state = RequestState::Cancelled;
        return m_stores.audit.append(login, AuditEvent::RequestCancelled, id,
                                     AuditPayload::cancelled(r.auditSummary(), comment.trimmed()));
    });
    if (!status.ok())
        return status.error();
    return r;
}

Result<QList<qint64>> RequestService::expireDue(const QString& actor)
{
    const QString login = normalizeLogin(actor);
    CS_TRY(m_stores.directory.activeUser(login));
    return sweepExpired(login);
}

Result<QList<qint64>> RequestService::expireDueForAgent(const QString& agent)
{
    return sweepExpired(QStringLiteral("agent:") + agent);
}

Result<QList<qint64>> RequestService::sweepExpired(const QString& login, bool timeoutOutcomesOnly)
{
    auto due = m_stores.requests.dueForExpiry(m_stores.clock.nowMs());
    CS_TRY(due);
    QList<qint64> expired;
    for (qint64 id : *due) {
        // One transaction per request: a damaged row elsewhere must not hold back the others.
        const Status s = m_stores.db.transaction([&]() -> Status {
            auto r = m_stores.requests.loadForChange(id);
            CS_TRY(r);
            if (m_stores.clock.nowMs() < r->effectiveDeadline() || !canTransition(r->state, RequestState::Expired))
                return {};
            if (timeoutOutcomesOnly && (r->state != RequestState::Pending || !r->flow.timeout.isSet()))
                return {};
            CS_TRY(expireRequest(m_stores, *r, login));
            if (r->state != RequestState::Pending) // a timeout escalation keeps it pending, with a new deadline
                expired.append(id);
            return {};
        });
        if (!s.ok() && s.error().code != Error::Code::Integrity)
            return s.error();
    }
    return expired;
}

Result<RequestDetails> RequestService::details(const QString& actor, qint64 id)
{
    const QString login = normalizeLogin(actor);
    auto user = m_stores.directory.activeUser(login);
    CS_TRY(user);
    auto r = m_stores.requests.load(id);
    CS_TRY(r);
    RequestDetails d;
    d.request = *r;
    auto decisions = m_stores.requests.decisions(id);
    CS_TRY(decisions);
    d.decisions = *decisions;
    const QList<Phase> phases = r->effectivePhases(); // a fallback group is involved once escalated to
    auto facts = DirectoryFacts::approverNow(m_stores.directory, *user, r->subject(), r->targets, phases);
    CS_TRY(facts);

    auto eligible = eligibilityWithDelegations(*facts, *r, d.decisions, m_stores.clock.nowMs());
    CS_TRY(eligible);
    bool involved = r->isParty(login) || user->roles.contains(Role::Admin) || user->roles.contains(Role::Auditor)
        || eligible->canDecide;
    for (const Decision& decision : std::as_const(d.decisions))
        involved = involved || decision.approver == login || decision.decidedBy == login;
    for (const Phase& phase : phases)
        involved = involved || !PolicyEngine::matchingCriteria(phase, *facts).isEmpty();
    if (!involved)
        return Error::forbidden(CoreText::tr("You are not involved in request #%1, so you cannot see it.").arg(id));

    auto version = m_stores.actions.version(r->action, r->actionVersion);
    CS_TRY(version);
    d.version = *version;
    auto history = m_stores.audit.entries(id);
    CS_TRY(history);
    d.history = *history;
    d.eligibility = *eligible;
    d.canCancel = r->requester == login && r->state == RequestState::Pending;
    d.now = m_stores.clock.nowMs();
    if (r->state == RequestState::Pending && r->phase < r->phaseCount()) {
        // Only the people the open phase names: not the whole directory, for every selected request.
        auto directory
            = DirectoryFacts::loadCandidates(m_stores.directory, r->effectivePhase(r->phase), r->subject(), r->targets);
        CS_TRY(directory);
        d.approvers = openPhaseApprovers(*r, d.decisions, *directory, m_stores.clock.nowMs());
    }
    return d;
}

QList<AudienceEntry> RequestService::audienceFor(const Request& r, const QString& requesterManager,
                                                 const QStringList& targetOwners, const QStringList& team)
{
    QList<AudienceEntry> out;
    const auto add = [&out](int phase, const QString& kind, const QString& value) {
        if (value.isEmpty())
            return;
        for (const AudienceEntry& a : std::as_const(out))
            if (a.phase == phase && a.kind == kind && a.value == value)
                return;
        out.append({ phase, kind, value });
    };
    for (int phase = 0; phase < r.flow.phases.size(); ++phase) {
        for (const Expression* leaf : PolicyEngine::positiveCriteria(r.flow.phases.at(phase))) {
            switch (leaf->kind) {
            case CriterionKind::User:
                add(phase, QStringLiteral("user"), leaf->value);
                break;
            case CriterionKind::Group:
                add(phase, QStringLiteral("group"), leaf->value);
                break;
            case CriterionKind::Role:
                add(phase, QStringLiteral("role"), leaf->value);
                break;
            case CriterionKind::Manager: // resolved now; whether the vote counts is decided at decision time
                add(phase, QStringLiteral("user"), requesterManager);
                break;
            case CriterionKind::TargetOwner:
                for (const QString& owner : targetOwners)
                    add(phase, QStringLiteral("user"), owner);
                break;
            case CriterionKind::TeamMember: // resolved now, like the manager
                for (const QString& member : team)
                    add(phase, QStringLiteral("user"), member);
                break;
            case CriterionKind::Webhook: // answered by the webhook, never from a person's queue
            case CriterionKind::Automatic:
                break;
            }
        }
    }
    return out;
}

Status RequestService::rebuildAudience()
{
    auto directory = DirectoryFacts::load(m_stores.directory);
    CS_TRY(directory);
    return m_stores.db.transaction([&]() -> Status {
        CS_TRY(m_stores.requests.clearAudience());
        qint64 before = 0;
        while (true) {
            auto page = m_stores.requests.find({ {}, { RequestState::Pending }, 1000, before });
            CS_TRY(page);
            for (const Request& r : std::as_const(page->requests)) {
                auto requester = m_stores.directory.user(r.subject());
                QStringList owners;
                for (const QString& name : r.targets)
                    if (const Target* t = directory->target(name))
                        owners << t->owner;
                CS_TRY(m_stores.requests.insertAudience(r.id,
                                                        audienceFor(r, requester.ok() ? requester->manager : QString(),
                                                                    owners, directory->teamOf(r.subject()))));
            }
            if (page->nextBeforeId == 0)
                return Status();
            before = page->nextBeforeId;
        }
    });
}

Result<RequestPage> RequestService::incoming(const QString& actor, const QList<RequestState>& states, qint64 beforeId,
                                             int limit, const QString& search)
{
    const QString login = normalizeLogin(actor);
    auto own = ownIncoming(login, states, beforeId, limit, search);
    CS_TRY(own);
    if (!states.isEmpty() && !states.contains(RequestState::Pending))
        return own;

    // Delegation: the pending items of everyone whose approvals this person holds now, that they
    // may decide for them (never their own request), merged newest first into either queue.
    const qint64 now = m_stores.clock.nowMs();
    auto held = DelegationStore(m_stores.db).holdingFor(login, now);
    CS_TRY(held);
    if (held->isEmpty())
        return own;
    auto groups = m_stores.directory.groupsOf(login);
    CS_TRY(groups);
    auto roles = m_stores.directory.rolesOf(login);
    CS_TRY(roles);
    const ApproverFacts mine { login, *groups, *roles, false, false };
    RequestPage out = *own;
    QSet<qint64> seen;
    for (const Request& r : std::as_const(own->requests))
        seen.insert(r.id);
    bool more = own->nextBeforeId != 0;
    for (const Delegation& delegation : std::as_const(*held)) {
        auto theirs = ownIncoming(delegation.delegator, { RequestState::Pending }, beforeId, limit, search);
        if (!theirs.ok()) // a disabled delegator has no queue to hand over
            continue;
        more = more || theirs->nextBeforeId != 0;
        out.integrityProblems += theirs->integrityProblems;
        for (const Request& r : std::as_const(theirs->requests)) {
            if (seen.contains(r.id) || r.isParty(login))
                continue;
            if (PolicyEngine::exclusion(r.flow.phases.at(r.phase), mine))
                continue;
            seen.insert(r.id);
            out.requests.append(r);
        }
    }
    std::sort(out.requests.begin(), out.requests.end(), [](const Request& a, const Request& b) { return a.id > b.id; });
    const bool truncated = out.requests.size() > limit;
    if (truncated)
        out.requests = out.requests.mid(0, limit);
    out.nextBeforeId = (more || truncated) && !out.requests.isEmpty() ? out.requests.last().id : 0;
    return out;
}

Result<Eligibility> RequestService::eligibilityWithDelegations(const ApproverFacts& me, const Request& r,
                                                               const QList<Decision>& decisions, qint64 now)
{
    const Eligibility own = eligibility(r, decisions, me, now);
    if (own.canDecide || r.state != RequestState::Pending || r.phase >= r.flow.phases.size())
        return own;
    // The delegation block: a vote for someone whose approvals this person holds now.
    auto held = DelegationStore(m_stores.db).holdingFor(me.login, now);
    CS_TRY(held);
    std::optional<Eligibility> firstRefusal;
    for (const Delegation& delegation : std::as_const(*held)) {
        auto delegator = m_stores.directory.user(delegation.delegator);
        CS_TRY(delegator);
        if (!delegator->active)
            continue;
        auto facts = DirectoryFacts::approverNow(m_stores.directory, *delegator, r.subject(), r.targets,
                                                 { r.flow.phases.at(r.phase) });
        CS_TRY(facts);
        const Eligibility e = delegatedEligibility(r, decisions, me, *facts, now);
        if (e.canDecide)
            return e;
        // Only a refusal about the delegator's own part of the request is worth telling.
        if (!firstRefusal && !PolicyEngine::matchingCriteria(r.flow.phases.at(r.phase), *facts).isEmpty())
            firstRefusal = e;
    }
    return firstRefusal ? *firstRefusal : own;
}

Result<RequestPage> RequestService::ownIncoming(const QString& login, const QList<RequestState>& states,
                                                qint64 beforeId, int limit, const QString& search)
{
    auto me = m_stores.directory.activeUser(login);
    CS_TRY(me);
    auto groups = m_stores.directory.groupsOf(login);
    CS_TRY(groups);
    const QSet<QString> roles(me->roles.cbegin(), me->roles.cend());
    const bool pendingQueue = states == QList<RequestState> { RequestState::Pending };
    auto page = m_stores.requests.incoming({ login, *groups, roles, states, pendingQueue, limit, beforeId, search });
    CS_TRY(page);
    if (!pendingQueue)
        return page;

    // The index named this person; core decides whether they may act now (a NOT may exclude them,
    // the deadline may have passed, a manager or owner may have changed).
    std::optional<DirectoryFacts> directory;
    const qint64 now = m_stores.clock.nowMs();
    RequestPage out;
    out.integrityProblems = page->integrityProblems;
    out.nextBeforeId = page->nextBeforeId;
    for (const Request& r : std::as_const(page->requests)) {
        ApproverFacts facts { login, *groups, roles, false, false };
        bool needsDirectory = false;
        for (const Expression* leaf : PolicyEngine::positiveCriteria(r.flow.phases.at(r.phase)))
            needsDirectory = needsDirectory || leaf->kind == CriterionKind::Manager
                || leaf->kind == CriterionKind::TargetOwner || leaf->kind == CriterionKind::TeamMember;
        if (needsDirectory) {
            if (!directory) {
                auto loaded = DirectoryFacts::load(m_stores.directory);
                CS_TRY(loaded);
                directory = *loaded;
            }
            facts = directory->approver(login, r.subject(), r.targets);
        }
        if (eligibility(r, {}, facts, now).canDecide)
            out.requests.append(r);
    }
    return out;
}

Result<QSet<qint64>> RequestService::pendingDecidedBy(const QString& actor)
{
    const QString login = normalizeLogin(actor);
    CS_TRY(m_stores.directory.activeUser(login));
    return m_stores.requests.pendingDecidedBy(login);
}

Result<RequestPage> RequestService::outgoing(const QString& actor, const QList<RequestState>& states, qint64 beforeId,
                                             int limit, const QString& search)
{
    const QString login = normalizeLogin(actor);
    CS_TRY(m_stores.directory.activeUser(login));
    // Issue 17: requests made on one's behalf are one's own to follow too.
    return m_stores.requests.find({ login, states, limit, beforeId, search, /*orBehalfOf=*/true });
}

Result<RequestPage> RequestService::all(const QString& actor, const QList<RequestState>& states, qint64 beforeId,
                                        int limit, const QString& search)
{
    auto user = m_stores.directory.activeUser(actor);
    CS_TRY(user);
    if (!user->roles.contains(Role::Admin) && !user->roles.contains(Role::Auditor))
        return Error::forbidden(CoreText::tr("Only admins and auditors can list every request."));
    return m_stores.requests.find({ {}, states, limit, beforeId, search });
}

} // namespace cs
