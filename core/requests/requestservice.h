#pragma once

#include <core/actions/actionstore.h>
#include <core/audit/auditlog.h>
#include <core/directory/directory.h>
#include <core/directory/directoryfacts.h>
#include <core/policy/policyengine.h>
#include <core/requests/approvers.h>
#include <core/requests/bulkdecision.h>
#include <core/requests/requestfeedback.h>
#include <core/requests/requeststore.h>
#include <core/storage/stores.h>
#include <functional>

namespace cs {

struct SubmitInput
{
    QString action;
    QJsonObject parameters; // as typed: strings or JSON values
    QStringList targets;
    QString comment;
    // Optional, chosen by the requester: submitting again with the same key and the same input
    // returns the request the first submit made (a retry after an unknown outcome); the same key
    // with other input is refused.
    QString key;
    // Optional: the action version (its digest) the requester's form was built for. When the
    // action changed since, the submit is refused rather than made against a form they never saw.
    QString expectedVersionDigest;
    // Time-bound access: the duration chosen ("8h"; required when the action has a revoke script),
    // the earliest start (ms since the epoch, 0: at once; only where the action allows it) and the
    // active request of the same action this one extends (0: none).
    QString duration;
    qint64 notBefore = 0;
    qint64 previousRequest = 0;
    // Issue 17: the login of the person this request is for (empty: oneself); only where the action
    // allows it and the requester is in one of its "onBehalf" groups.
    QString behalfOf;
    // Issue 19: the ticket reference the effective policy's intake asks for (empty: none).
    QString ticket;
    // Optional: the requester's own ended request this one asks again for ("Request again"; 0: none).
    qint64 requestedAgainFrom = 0;
};

enum class SubmitMode {
    RequestApproval, // pending when the policy asks for approval
    RunDirect, // refused unless the policy lets this person run without approval
};

// An approval webhook's answer as the agent's reply endpoint received it.
struct WebhookReply
{
    QString token;
    bool approve = false;
    QString reason;
    QString address; // the caller's address, recorded with the decision
};

// What submitting would do, for the client's "Run" versus "Request Approval" button.
struct SubmitPlan
{
    bool approvalNeeded = true;
    QString rule;
    QStringList phases; // "Technical review: a member of tech-leads"
    QString bypassReason;
    // What the form asks besides parameters (issue 19), and why the input does not satisfy it yet
    // (one sentence, empty when it does): the form's live check is core's own.
    Intake intake;
    QString intakeProblem;
    bool onBehalfAllowed = false; // issue 17: this requester may request for someone else
};

// Whether a person may decide a request now, and if not, why (shown next to a disabled button).
struct Eligibility
{
    bool canDecide = false;
    Error::Code refusal = Error::Code::Forbidden;
    QString reason;
    QList<LeafMatch> matches;
    QString onBehalfOf; // the delegator whose vote a decision would be; empty for one's own
};

struct RequestDetails
{
    Request request;
    ActionVersion version;
    QList<Decision> decisions;
    QList<AuditEntry> history;
    Eligibility eligibility;
    bool canCancel = false;
    OpenPhaseApprovers approvers; // who may decide the open phase now ("who can approve")
    qint64 now = 0; // when this was read (the next reminder is after it)
};

// The requester, the action's current version and policy, and the directory, as one plan sees them.
struct PlanningSnapshot
{
    User requester;
    ActionVersion version;
    PolicyRevision policy;
    DirectoryFacts directory;
};

// The request state machine of SPEC §4: submit, bypass, decide, advance phases, cancel, expire.
// Every change runs in one transaction with its audit entries; every vote is checked against
// the directory as it is at decision time, and the criteria that made it count are recorded.
class RequestService
{
public:
    explicit RequestService(const Stores& stores);

    Result<QList<ActionVersion>> requestableActions(const QString& actor);
    // What `action list` shows a person: every action to admins and auditors, the requestable ones to others.
    Result<QList<ActionVersion>> visibleActions(const QString& actor);
    Result<SubmitPlan> plan(const QString& actor, const SubmitInput& input);
    // Whether requests of this action need approval (some rule of its policy, resolved through its
    // workflow, has a phase): the one answer that lists, the API and the clients show.
    Result<bool> approvalRequired(const QString& action);
    // What a plan is computed from, read once: a client keeps one per change notification so that
    // planning while someone types reads nothing from the database.
    Result<PlanningSnapshot> planningSnapshot(const QString& actor, const QString& action);
    static Result<SubmitPlan> plan(const PlanningSnapshot& snapshot, const SubmitInput& input);
    Result<Request> submit(const QString& actor, const SubmitInput& input, SubmitMode mode);
    Result<Request> decide(const QString& actor, qint64 id, bool approve, const QString& comment);
    Result<Request> cancel(const QString& actor, qint64 id, const QString& comment = {});

    // Bulk decisions (core/requests/bulkdecision.cpp). What approving (or rejecting) each request
    // would do now, read without writing: the pre-flight summary the desktop and the CLI show.
    Result<QList<DecisionPreview>> previewDecisions(const QString& actor, const QList<qint64>& ids, bool approve);
    // Each request decided in its own transaction, in the order given: one refusal or failure does
    // not hold back the others, and the report says which succeeded.
    QList<BulkDecisionResult> decideMany(const QString& actor, const QList<BulkDecisionItem>& items, bool approve);

    // Feedback (core/requests/requestfeedback.cpp): anyone who may read a request (details()) may
    // leave a vote and a comment on it, one per person, edited in place; it never counts toward a
    // phase. Audited; the requester is told (a notice).
    Result<Feedback> giveFeedback(const QString& actor, qint64 id, const FeedbackInput& input);
    Result<QList<Feedback>> feedback(const QString& actor, qint64 id);
    Result<QList<qint64>> expireDue(const QString& actor);
    // The same sweep for a service that is not a person (the agent's schedule, named in the audit log).
    // timeoutOutcomesOnly: only pending requests whose policy chose a timeout outcome (reject or escalate);
    // the phase schedule sweeps those, plain expiry stays with whoever swept it before.
    Result<QList<qint64>> sweepExpired(const QString& login, bool timeoutOutcomesOnly = false);
    // The same sweep run by the agent service's schedule, recorded as "agent:NAME" (not a person).
    Result<QList<qint64>> expireDueForAgent(const QString& agent);

    // Approval webhooks (issue 17, core/requests/webhookdecision.cpp). A fresh single-use reply token
    // for this request's phase and webhook (any earlier unused one stops working); only its SHA-256 is
    // kept. The answer a token carries is decided like a person's vote, recorded as "webhook:NAME"
    // with the caller's address; every refusal is audited.
    Result<QString> issueWebhookToken(qint64 id, int phase, const QString& webhook);
    Result<Request> decideByWebhook(const WebhookReply& reply);

    Result<RequestDetails> details(const QString& actor, qint64 id);
    // Queues, newest first, a page at a time (beforeId: the previous page's nextBeforeId).
    // search: only requests requestMatches() (core/requests/requestsearch.h), narrowed in SQL.
    Result<RequestPage> incoming(const QString& actor, const QList<RequestState>& states = { RequestState::Pending },
                                 qint64 beforeId = 0, int limit = 500, const QString& search = {});
    // Pending requests this person has voted on and that now wait for others.
    Result<QSet<qint64>> pendingDecidedBy(const QString& actor);
    Result<RequestPage> outgoing(const QString& actor, const QList<RequestState>& states = {}, qint64 beforeId = 0,
                                 int limit = 500, const QString& search = {});
    Result<RequestPage> all(const QString& actor, const QList<RequestState>& states = {}, qint64 beforeId = 0,
                            int limit = 500, const QString& search = {});

    // Rebuilds the queue index of pending requests (after the migration that introduced it).
    Status rebuildAudience();

    // Why this person may never decide anything (a service account), or nothing: part of eligibility,
    // also asked of a delegate, whose vote would be someone else's.
    static std::optional<QString> serviceAccountRefusal(const ApproverFacts& approver);
    static Eligibility eligibility(const Request& request, const QList<Decision>& decisions,
                                   const ApproverFacts& approver, qint64 now);

    // Whether the recorded votes (of this exact digest) complete every phase, or a bypass was
    // recorded: the check an executor repeats before running anything. The same phase logic as
    // decide() uses to approve.
    static Status verifyApproval(const Request& request, const QList<Decision>& decisions);
    // The phase that is open once these decisions count (phaseCount(): every phase is done).
    static int openPhaseAfter(const Request& request, const QList<Decision>& decisions);

private:
    struct Prepared;
    // The current version of every action that `keep` accepts.
    Result<QList<ActionVersion>> currentActions(const std::function<bool(const ActionDefinition&)>& keep);
    Result<Prepared> prepare(const QString& actor, const SubmitInput& input, bool strict);
    // The request this person submitted under input.key (id 0: none yet), if it asks for the same.
    Result<Request> submittedUnderKey(const QString& actor, const SubmitInput& input);
    static Result<Prepared> prepare(PlanningSnapshot snapshot, const SubmitInput& input, bool strict);
    // Duration, earliest start and extension (time-bound access), checked and set on a new request.
    Status applyGrantTerms(Request& request, const Prepared& prepared, const SubmitInput& input, qint64 now);
    // Moves the request past the phases its decisions complete; what that completes is added to `trail`.
    Status advance(Request& request, const QList<Decision>& decisions, QList<AuditRecord>& trail);
    // Whether this person may decide now, for themselves or else (the delegation block) for someone
    // whose approvals they hold: the first delegator, by login, for whom the vote would count.
    Result<Eligibility> eligibilityWithDelegations(const ApproverFacts& me, const Request& request,
                                                   const QList<Decision>& decisions, qint64 now);
    // The pending queue of one person, filtered by core's eligibility.
    Result<RequestPage> ownIncoming(const QString& login, const QList<RequestState>& states, qint64 beforeId, int limit,
                                    const QString& search = {});
    Result<QList<Feedback>> readFeedback(qint64 id);
    static QList<AudienceEntry> audienceFor(const Request& request, const QString& requesterManager,
                                            const QStringList& targetOwners, const QStringList& team = {});

    Stores m_stores;
};

} // namespace cs
