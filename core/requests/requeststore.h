#pragma once

#include <QHash>
#include <QSet>
#include <core/requests/request.h>
#include <core/requests/requestrowcache.h>
#include <core/requests/requestscreen.h>
#include <core/storage/database.h>
#include <optional>

namespace cs {

struct SecretValue
{
    QString name;
    QByteArray salt;
    QString value;
};

struct RequestFilter
{
    QString requester; // empty: anyone
    QList<RequestState> states; // empty: every state
    int limit = 500;
    qint64 beforeId = 0; // keyset: only requests older than this id (0: from the newest)
    QString search; // requestMatches() (core/requests/requestsearch.h); empty: no search
    bool orBehalfOf = false; // with requester: also the requests made on their behalf (issue 17)
};

// Who may decide a phase: kind "user", "group" or "role".
struct AudienceEntry
{
    int phase = 0;
    QString kind;
    QString value;
};

// An approver's queue: requests naming them (by login, group or role) or that they decided.
struct IncomingQuery
{
    QString me;
    QSet<QString> groups;
    QSet<QString> roles;
    QList<RequestState> states; // empty: every state
    bool currentPhaseOnly = false; // pending queue: named in the phase that is open now
    int limit = 500;
    qint64 beforeId = 0;
    QString search; // requestMatches() (core/requests/requestsearch.h); empty: no search
};

// One SQL statement with the values bound to its placeholders, in order.
struct Statement
{
    QString sql;
    QVariantList values;
};

// The requests created in [from, to) that the period report covers; an empty field matches any.
struct CreatedInPeriod
{
    qint64 from = 0;
    qint64 to = 0;
    QString action;
    QString requester;
    QString state; // a state's name (stateName())
    QString target; // named exactly, as one of the request's targets
};

// A list of requests read back; rows that fail their digest are not silently dropped but reported.
struct RequestPage
{
    QList<Request> requests;
    QStringList integrityProblems;
    qint64 nextBeforeId = 0; // where the next page starts; 0: this was the last page
};

// One request as the integrity check reads it back: the request, or why it cannot be trusted.
struct CheckedRequest
{
    qint64 id = 0;
    std::optional<Request> request;
    QString problem; // one sentence naming the request; empty when it was read back intact
};

// One request as the integrity check's screen read it (RequestScreen): cleared, or to be read
// back in full; and its digest column, for comparing with the one its submission recorded.
struct ScreenedRequest
{
    qint64 id = 0;
    bool cleared = false;
    QString digest;
};

// Requests and decisions. Reading a request recomputes its digest: a row changed outside
// Countersign is an Integrity error, never a request to act on.
class RequestStore
{
public:
    explicit RequestStore(Database& db);

    Result<qint64> insert(const Request& request, const QList<SecretValue>& secrets);
    // The request's secret parameters by name (this store is the one owner of `request_secrets`).
    Result<QHash<QString, SecretValue>> secrets(qint64 requestId);
    // Deletes them, and scrubs them from the SQLite file once the transaction commits.
    Status deleteSecrets(qint64 requestId);
    Result<Request> load(qint64 id);
    // Loads and locks the row until the transaction ends (PostgreSQL: FOR UPDATE), so that two
    // deciders, an approval and a cancel, or two agents, take turns on the same request.
    Result<Request> loadForChange(qint64 id);
    // loadForChange(), then decisions(): what deciding on a request reads first.
    Result<std::pair<Request, QList<Decision>>> loadForDecision(qint64 id);
    Result<RequestPage> find(const RequestFilter& filter);
    Result<RequestPage> findOwnAndOnBehalf(const RequestFilter& filter);
    // The request this requester submitted under this key (idempotent submit); 0: none.
    Result<qint64> idForKey(const QString& requester, const QString& key);
    // The requests (afterId, throughId] in id order, a page at a time (afterId: the previous page's
    // last id), each checked as load() checks it but never cached: the integrity check streams them all.
    Result<QList<CheckedRequest>> checkedPage(qint64 afterId, qint64 throughId, int limit);
    // The same requests screened (RequestScreen) instead of read back: what the integrity check
    // reads first, then checkedPage() only for a page with a row the screen did not clear. Inside
    // a transaction (PostgreSQL streams the rows with COPY).
    Result<QList<ScreenedRequest>> screenedPage(qint64 afterId, qint64 throughId, int limit);
    // The lowest and highest request id; nothing when there are no requests.
    Result<std::optional<std::pair<qint64, qint64>>> idRange();
    Result<QList<qint64>> dueForExpiry(qint64 now);
    // Whether an approved request's earliest start falls in (from, to] (the agent asks every tick).
    Result<bool> approvedStartingBetween(qint64 from, qint64 to);
    // Requests of this action version still to run: pending, or approved and not yet claimed.
    Result<int> countOpen(const QString& action, int version);
    // When each pending request of this action was created, in no particular order: a workflow's
    // overview counts them, and dates them against the workflow's revisions.
    Result<QList<qint64>> pendingCreatedAt(const QString& action);
    // The ids of the requests created in the period, in id order (the period report).
    Result<QList<qint64>> idsCreatedIn(const CreatedInPeriod& period);
    // What keeps a person or a target from being removed (AdminService): the requests a person
    // made, the decisions recorded as theirs, and the requests naming a target.
    Result<int> countRequestedBy(const QString& login);
    Result<int> countDecisionsBy(const QString& approver);
    Result<int> countNamingTarget(const QString& target);
    Result<RequestPage> incoming(const IncomingQuery& query);
    // What incoming() runs for a pending queue (the benchmark times the same text raw).
    static Statement pendingQueueStatement(const IncomingQuery& query);
    // The statement the history side of Incoming runs (every state the query names).
    static Statement involvingStatement(const IncomingQuery& query);
    Status insertAudience(qint64 requestId, const QList<AudienceEntry>& audience);
    // Forgets every request's audience, for one rebuilt from the directory in the same transaction.
    Status clearAudience();

    // Moves the request on, only if it is still in the state and phase it was read in. A terminal
    // state (rejected, expired, cancelled, failed, revoked) deletes the request's secrets with it.
    Status transition(const Request& request, RequestState to, int phase, qint64 now);

    // Writes request.escalations and extendedDeadline (issue 16), if the request is still in the state
    // and phase it was read in.
    Status saveEscalations(const Request& request, qint64 now);

    // When an active grant's revoke is due (time-bound access); mutable like the state.
    Status setActiveUntil(qint64 id, qint64 until);
    Result<QList<Decision>> decisions(qint64 requestId);
    // Set-based reads for the period report (one statement each, not one per request): the
    // requests of `ids` (sorted), checked as load() checks them, and the decisions of the ids in
    // [firstId, lastId] by request, each list as decisions() orders it.
    Result<QList<Request>> loadMany(const QList<qint64>& ids);
    Result<QHash<qint64, QList<Decision>>> decisionsBetween(qint64 firstId, qint64 lastId);
    // Set-based reads of the requests whose ids `ids` selects (one statement each; `ids` is a bound
    // sub-select of request ids): the requests, soonest active_until first (newest first on a tie),
    // rows failing their digest reported; and their decisions by request, as decisions() orders them.
    Result<RequestPage> selectIn(const Statement& ids);
    Result<QHash<qint64, QList<Decision>>> decisionsIn(const Statement& ids);
    // Pending requests this person has already voted on ("I decided, still pending").
    Result<QSet<qint64>> pendingDecidedBy(const QString& login);
    Status insertDecision(const Decision& decision);

private:
    Result<Request> fromRow(const QSqlQuery& q);
    Result<RequestPage> readPage(Result<QSqlQuery> query, int limit);
    Result<RequestPage> pendingQueue(const IncomingQuery& query);
    Result<RequestPage> involving(const IncomingQuery& query);
    Result<Request> parseRow(const QSqlQuery& q);
    Result<QList<ScreenedRequest>> screenedPageStreamed(qint64 afterId, qint64 throughId, int limit);
    Result<QList<ScreenedRequest>> screenedPageQueried(qint64 afterId, qint64 throughId, int limit);
    RequestScreen m_screen; // kept across pages: it knows the policy snapshots it has parsed
    Database& m_db;
    RequestRowCache m_checked;
    // Parsed policy snapshots by their stored text (flowOf).
    Result<Flow> flowOf(const QByteArray& policyText);
    QHash<QByteArray, Flow> m_flows;
};

} // namespace cs
