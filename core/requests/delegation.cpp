#include <core/audit/auditevents.h>
#include <core/common/clock.h>
#include <core/common/coretext.h>
#include <core/common/identity.h>
#include <core/requests/delegation.h>
#include <core/storage/database.h>

namespace cs {
namespace {

// Long enough for any absence; a forgotten delegation still ends.
constexpr qint64 kMaxLengthMs = 366LL * 24 * 3600 * 1000;

const QString kColumns
    = QStringLiteral("id, delegator, delegate, starts_at, ends_at, created_by, created_at, ended_at, ended_by");

Delegation fromRow(const QSqlQuery& q)
{
    Delegation d;
    d.id = q.value(0).toLongLong();
    d.delegator = q.value(1).toString();
    d.delegate = q.value(2).toString();
    d.startsAt = q.value(3).toLongLong();
    d.endsAt = q.value(4).toLongLong();
    d.createdBy = q.value(5).toString();
    d.createdAt = q.value(6).toLongLong();
    d.endedAt = q.value(7).isNull() ? 0 : q.value(7).toLongLong();
    d.endedBy = q.value(8).toString();
    return d;
}

QJsonObject payload(const Delegation& d)
{
    QJsonObject o { { QStringLiteral("id"), d.id },
                    { QStringLiteral("delegator"), d.delegator },
                    { QStringLiteral("delegate"), d.delegate },
                    { QStringLiteral("from"), isoTime(d.startsAt) },
                    { QStringLiteral("until"), isoTime(d.endsAt) } };
    if (d.endedAt != 0)
        o.insert(QStringLiteral("endedBy"), d.endedBy);
    return o;
}

bool overlaps(const Delegation& d, qint64 from, qint64 until)
{
    return d.startsAt < until && from < d.endsAt;
}

} // namespace

DelegationStore::DelegationStore(Database& db)
    : m_db(db)
{ }

Result<qint64> DelegationStore::insert(const Delegation& d)
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO delegations (delegator, delegate, starts_at, ends_at, created_by, "
                                      "created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                       { d.delegator, d.delegate, d.startsAt, d.endsAt, d.createdBy, d.createdAt });
    CS_TRY(q);
    if (!q->next())
        return Error::storage(CoreText::tr("The database did not return the new delegation's id."));
    const qint64 id = q->value(0).toLongLong();
    q->finish();
    return id;
}

Status DelegationStore::end(qint64 id, const QString& by, qint64 at)
{
    CS_TRY(
        m_db.exec(QStringLiteral("UPDATE delegations SET ended_at = ?, ended_by = ? WHERE id = ? AND ended_at IS NULL"),
                  { at, by, id }));
    return {};
}

Result<QList<Delegation>> DelegationStore::select(const QString& where, const QVariantList& values)
{
    auto q = m_db.exec(
        QStringLiteral("SELECT %1 FROM delegations WHERE %2 ORDER BY starts_at, id").arg(kColumns, where), values);
    CS_TRY(q);
    QList<Delegation> out;
    while (q->next())
        out.append(fromRow(*q));
    return out;
}

Result<Delegation> DelegationStore::load(qint64 id)
{
    auto rows = select(QStringLiteral("id = ?"), { id });
    CS_TRY(rows);
    if (rows->isEmpty())
        return Error::notFound(CoreText::tr("There is no delegation #%1.").arg(id));
    return rows->first();
}

Result<QList<Delegation>> DelegationStore::current(const QString& login, qint64 after)
{
    if (login.isEmpty())
        return select(QStringLiteral("ended_at IS NULL AND ends_at > ?"), { after });
    return select(QStringLiteral("ended_at IS NULL AND ends_at > ? AND (delegator = ? OR delegate = ?)"),
                  { after, login, login });
}

Result<QList<Delegation>> DelegationStore::holdingFor(const QString& delegate, qint64 now)
{
    auto rows = select(QStringLiteral("delegate = ? AND ended_at IS NULL AND starts_at <= ? AND ends_at > ?"),
                       { delegate, now, now });
    CS_TRY(rows);
    std::sort(rows->begin(), rows->end(),
              [](const Delegation& a, const Delegation& b) { return a.delegator < b.delegator; });
    return rows;
}

Result<QList<Delegation>> DelegationStore::holdingFrom(const QString& delegator, qint64 now)
{
    return select(QStringLiteral("delegator = ? AND ended_at IS NULL AND starts_at <= ? AND ends_at > ?"),
                  { delegator, now, now });
}

DelegationService::DelegationService(const Stores& stores)
    : m_stores(stores)
{ }

Result<Delegation> DelegationService::add(const QString& actor, const DelegationInput& input)
{
    const QString login = normalizeLogin(actor);
    Delegation d;
    d.delegator = normalizeLogin(input.delegator.isEmpty() ? actor : input.delegator);
    d.delegate = normalizeLogin(input.delegate);
    d.startsAt = input.startsAt;
    d.endsAt = input.endsAt;
    d.createdBy = login;
    const Status status = m_stores.db.transaction([&]() -> Status {
        auto me = m_stores.directory.activeUser(login);
        CS_TRY(me);
        if (d.delegator != login && !me->roles.contains(Role::Admin))
            return Error::forbidden(
                CoreText::tr("Only an admin can hand over someone else's approvals (%1's).").arg(d.delegator));
        if (d.delegate.isEmpty())
            return Error::invalid(CoreText::tr("Name the person who decides in your place."));
        if (d.delegate == d.delegator)
            return Error::invalid(CoreText::tr("%1 cannot hand their approvals to themselves.").arg(d.delegator));
        auto delegator = m_stores.directory.activeUser(d.delegator);
        CS_TRY(delegator);
        auto delegate = m_stores.directory.user(d.delegate);
        CS_TRY(delegate);
        if (!delegate->active)
            return Error::invalid(CoreText::tr("%1 is disabled and cannot decide for anyone.").arg(d.delegate));
        const qint64 now = m_stores.clock.nowMs();
        if (d.endsAt <= d.startsAt)
            return Error::invalid(CoreText::tr("A delegation must end after it starts."));
        if (d.endsAt <= now)
            return Error::invalid(
                CoreText::tr("The delegation would end at %1, which has passed.").arg(isoTime(d.endsAt)));
        if (d.endsAt - d.startsAt > kMaxLengthMs)
            return Error::invalid(CoreText::tr("A delegation may last at most 366 days."));

        DelegationStore store(m_stores.db);
        auto existing = store.current(QString(), now);
        CS_TRY(existing);
        for (const Delegation& o : std::as_const(*existing)) {
            if (!overlaps(o, d.startsAt, d.endsAt))
                continue;
            if (o.delegator == d.delegator && o.delegate == d.delegate)
                return Error::conflict(CoreText::tr("%1 already hands their approvals to %2 from %3 until %4 "
                                                    "(delegation #%5); end it first or choose another period.")
                                           .arg(d.delegator, d.delegate, isoTime(o.startsAt), isoTime(o.endsAt))
                                           .arg(o.id));
            // Delegations do not pass on: whoever is away cannot stand in, so neither chains nor
            // cycles (bob for carol while carol for bob) can form.
            if (o.delegator == d.delegate)
                return Error::conflict(
                    CoreText::tr("%1 hands their own approvals to %2 from %3 until %4, so they "
                                 "cannot stand in for %5 then.")
                        .arg(d.delegate, o.delegate, isoTime(o.startsAt), isoTime(o.endsAt), d.delegator));
            if (o.delegate == d.delegator)
                return Error::conflict(CoreText::tr("%1 stands in for %2 from %3 until %4; end that delegation "
                                                    "first, as delegations do not pass on.")
                                           .arg(d.delegator, o.delegator, isoTime(o.startsAt), isoTime(o.endsAt)));
        }
        d.createdAt = now;
        auto id = store.insert(d);
        CS_TRY(id);
        d.id = *id;
        return m_stores.audit.append(login, AuditEvent::DelegationCreated, 0, payload(d));
    });
    if (!status.ok())
        return status.error();
    return d;
}

Result<QList<Delegation>> DelegationService::list(const QString& actor)
{
    auto me = m_stores.directory.activeUser(actor);
    CS_TRY(me);
    DelegationStore store(m_stores.db);
    return store.current(me->readsEverything() ? QString() : me->login, m_stores.clock.nowMs());
}

Result<Delegation> DelegationService::end(const QString& actor, qint64 id)
{
    const QString login = normalizeLogin(actor);
    Delegation d;
    const Status status = m_stores.db.transaction([&]() -> Status {
        auto me = m_stores.directory.activeUser(login);
        CS_TRY(me);
        DelegationStore store(m_stores.db);
        auto loaded = store.load(id);
        CS_TRY(loaded);
        d = *loaded;
        if (d.delegator != login && !me->roles.contains(Role::Admin))
            return Error::forbidden(
                CoreText::tr("Only %1 or an admin can end delegation #%2.").arg(d.delegator).arg(id));
        const qint64 now = m_stores.clock.nowMs();
        if (d.endedAt != 0 || d.endsAt <= now)
            return Error::conflict(CoreText::tr("Delegation #%1 has already ended.").arg(id));
        CS_TRY(store.end(id, login, now));
        d.endedAt = now;
        d.endedBy = login;
        return m_stores.audit.append(login, AuditEvent::DelegationEnded, 0, payload(d));
    });
    if (!status.ok())
        return status.error();
    return d;
}

Eligibility delegatedEligibility(const Request& r, const QList<Decision>& decisions, const ApproverFacts& delegate,
                                 const ApproverFacts& delegator, qint64 now)
{
    const QString me = normalizeLogin(delegate.login);
    const QString them = normalizeLogin(delegator.login);
    Eligibility e;
    if (const auto never = RequestService::serviceAccountRefusal(delegate)) {
        e.reason = *never;
        return e;
    }
    if (r.isParty(them)) {
        e.reason = CoreText::tr("Request #%1 is %2's own, so nobody can decide it for them.").arg(r.id).arg(them);
        return e;
    }
    if (r.isParty(me)) {
        e.reason = CoreText::tr("You cannot decide your own request #%1, not even for %2.").arg(r.id).arg(them);
        return e;
    }
    for (const Decision& d : decisions) {
        if (d.approver == me || d.decidedBy == me) {
            e.refusal = Error::Code::Conflict;
            e.reason = CoreText::tr("You already decided on request #%1; a person decides once per request, "
                                    "for themselves or for someone else.")
                           .arg(r.id);
            return e;
        }
    }
    if (r.state == RequestState::Pending && r.phase < r.flow.phases.size()) {
        if (const auto excluded = PolicyEngine::exclusion(r.flow.phases.at(r.phase), delegate)) {
            e.reason = CoreText::tr("Phase %1 of request #%2 excludes you (%3), so you cannot decide it for %4.")
                           .arg(r.phase + 1)
                           .arg(r.id)
                           .arg(*excluded, them);
            return e;
        }
    }
    for (const Decision& d : decisions) {
        if (d.approver == them || d.decidedBy == them) {
            e.refusal = Error::Code::Conflict;
            e.reason = CoreText::tr("%1 has already decided on request #%2, themselves or through a delegate; "
                                    "their vote counts once.")
                           .arg(them)
                           .arg(r.id);
            return e;
        }
    }
    // The vote is the delegator's: the same rules as their own, with their facts.
    e = RequestService::eligibility(r, decisions, delegator, now);
    if (!e.canDecide) {
        e.reason = CoreText::tr("For %1: %2").arg(them, e.reason);
        return e;
    }
    e.onBehalfOf = them;
    return e;
}

QString decidedByText(const Decision& d)
{
    if (d.approver.startsWith(QLatin1String("webhook:"))) // an approval webhook (issue 17)
        return CoreText::tr("webhook %1").arg(d.approver.mid(8));
    return d.decidedBy.isEmpty() ? d.approver
                                 : CoreText::tr("%1 for %2", "a delegate deciding").arg(d.decidedBy, d.approver);
}

} // namespace cs
