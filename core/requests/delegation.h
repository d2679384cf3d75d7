#pragma once

#include <QList>
#include <QString>
#include <core/common/result.h>
#include <core/requests/requestservice.h>
#include <core/storage/stores.h>

namespace cs {

class Database;

// A person's approvals handed to another for a period ("out of office"): while it holds, the
// delegate may decide what the delegator may decide, and the vote is the delegator's.
struct Delegation
{
    qint64 id = 0;
    QString delegator; // whose approvals
    QString delegate; // who decides them meanwhile
    qint64 startsAt = 0;
    qint64 endsAt = 0; // exclusive
    QString createdBy;
    qint64 createdAt = 0;
    qint64 endedAt = 0; // 0: not ended early
    QString endedBy;

    bool holdsAt(qint64 now) const { return endedAt == 0 && startsAt <= now && now < endsAt; }
};

// The delegations table, read and written through Database.
class DelegationStore
{
public:
    explicit DelegationStore(Database& db);

    Result<qint64> insert(const Delegation& d);
    Status end(qint64 id, const QString& by, qint64 at);
    Result<Delegation> load(qint64 id);
    // Not ended and not over by `after`, involving the person (either side; everyone for an empty login).
    Result<QList<Delegation>> current(const QString& login, qint64 after);
    // Those handed to `delegate` that hold at `now`, by delegator.
    Result<QList<Delegation>> holdingFor(const QString& delegate, qint64 now);
    // Those of `delegator` that hold at `now`.
    Result<QList<Delegation>> holdingFrom(const QString& delegator, qint64 now);

private:
    Result<QList<Delegation>> select(const QString& where, const QVariantList& values);
    Database& m_db;
};

struct DelegationInput
{
    QString delegator; // empty: the actor
    QString delegate;
    qint64 startsAt = 0;
    qint64 endsAt = 0;
};

// The rules of delegating (SPEC §3 "delegation"), audited as delegation.created and delegation.ended.
class DelegationService
{
public:
    explicit DelegationService(const Stores& stores);

    Result<Delegation> add(const QString& actor, const DelegationInput& input);
    // Current and future ones: one's own and those handed to one; every one for admins.
    Result<QList<Delegation>> list(const QString& actor);
    Result<Delegation> end(const QString& actor, qint64 id);

private:
    Stores m_stores;
};

// The delegation block of eligibility: whether `delegate` may decide the request for `delegator`
// now, by the same rules as the delegator's own vote (RequestService::eligibility with the
// delegator's facts) plus the delegate's: never the requester, not excluded by the phase, and one
// decision per person (a person who decided for themselves or for someone else is done).
Eligibility delegatedEligibility(const Request& request, const QList<Decision>& decisions,
                                 const ApproverFacts& delegate, const ApproverFacts& delegator, qint64 now);

// Who decided, as people read it: "bob", or "carol for bob" when bob's delegate clicked.
QString decidedByText(const Decision& decision);

} // namespace cs
