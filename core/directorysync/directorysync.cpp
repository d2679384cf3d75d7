#include <QJsonArray>
#include <QLoggingCategory>
#include <core/admin/adminservice.h>
#include <core/audit/auditevents.h>
#include <core/audit/auditlog.h>
#include <core/common/clock.h>
#include <core/common/coretext.h>
#include <core/common/identity.h>
#include <core/directory/directoryfacts.h>
#include <core/directorysync/directorysync.h>
#include <core/directorysync/ldapclient.h>
#include <core/policy/policyengine.h>
#include <core/requests/requeststore.h>
#include <core/storage/placeholders.h>
#include <core/storage/postgressetup.h>

namespace cs {
namespace {

// A dry run applies the plan and rolls it back, so its report (stranded requests included) is
// exactly what the sync would do; this error is the rollback.
const QString kDryRun = QStringLiteral("dry run: rolled back");

Q_LOGGING_CATEGORY(lcDirectorySync, "countersign.core.directorysync")

// Whether the active people of `facts` could still complete the request's open phase: the
// approvals it has from people still active, plus everyone else who may vote (not the requester,
// nobody twice).
bool completable(const DirectoryFacts& facts, const Request& r, const QList<Decision>& decisions)
{
    const Phase& phase = r.flow.phases[r.phase];
    QSet<QString> voted;
    QList<Vote> votes;
    const auto vote = [&](const QString& login) {
        Vote v { login, {} };
        for (const LeafMatch& m : PolicyEngine::matchingCriteria(phase, facts.approver(login, r.subject(), r.targets)))
            v.leaves.append(m.leafId);
        if (!v.leaves.isEmpty())
            votes.append(v);
    };
    for (const Decision& d : decisions) {
        voted.insert(d.approver);
        if (d.phase == r.phase && d.approve && facts.isActiveUser(d.approver))
            vote(d.approver);
    }
    for (const QString& login : facts.possibleDeciders())
        if (!r.isParty(login) && !voted.contains(login))
            vote(login);
    return PolicyEngine::isSatisfied(phase, votes);
}

QVariant nullIfEmpty(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

// Many rows in few statements (a first sync adds tens of thousands): one round trip per 100 rows.
template<typename T, typename Values>
Status insertRows(Database& db, const QString& into, const QString& row, const QList<T>& items, Values values)
{
    constexpr qsizetype kBatch = 100;
    for (qsizetype start = 0; start < items.size(); start += kBatch) {
        const qsizetype end = qMin(items.size(), start + kBatch);
        QStringList rows;
        QVariantList bound;
        for (qsizetype i = start; i < end; ++i) {
            rows.append(row);
            bound += values(items.at(i));
        }
        CS_TRY(db.exec(QStringLiteral("INSERT INTO %1 VALUES %2").arg(into, rows.join(QStringLiteral(", "))), bound));
    }
    return {};
}

Error nothingChanged(Error e)
{
    if (e.message.endsWith(QLatin1Char('.')))
        e.message.chop(1);
    e.message += CoreText::tr("; nothing was changed.");
    return e;
}

} // namespace

QString SyncReport::summary() const
{
    QString text = plan.summary();
    if (!guard.isEmpty())
        text = guard;
    else if (!applied && !plan.isEmpty())
        text = CoreText::tr("Preview (nothing changed yet): ") + text;
    if (!strandedRequests.isEmpty())
        text += QStringLiteral(" %n pending request(s) could only have been approved by people this sync disables.")
                    .replace(QStringLiteral("%n"), QString::number(strandedRequests.size()));
    return text;
}

QJsonObject SyncReport::toJson() const
{
    QJsonObject out = plan.toJson();
    QJsonArray stranded;
    for (qint64 id : strandedRequests)
        stranded.append(id);
    out.insert(QStringLiteral("applied"), applied);
    out.insert(QStringLiteral("strandedRequests"), stranded);
    out.insert(QStringLiteral("guard"), guard);
    out.insert(QStringLiteral("summary"), summary());
    return out;
}

DirectorySync::DirectorySync(const Stores& stores, AdminService& admin)
    : m_stores(stores)
    , m_admin(admin)
    , m_sources(stores.db)
{ }

Result<DirectorySource> DirectorySync::source(const QString& actor)
{
    CS_TRY(m_admin.requireAdmin(actor));
    return m_sources.load();
}

Result<DirectorySourceStore::LastSync> DirectorySync::lastSync(const QString& actor)
{
    CS_TRY(m_admin.requireAdmin(actor));
    return m_sources.lastSync();
}

Status DirectorySync::configure(const QString& actor, const DirectorySource& source)
{
    CS_TRY(source.validate());
    return m_stores.db.transaction([&]() -> Status {
        CS_TRY(m_admin.requireAdmin(actor));
        CS_TRY(m_sources.save(source, normalizeLogin(actor), m_stores.clock.nowMs()));
        return m_stores.audit.append(normalizeLogin(actor), AuditEvent::DirectoryConfigured, 0,
                                     AuditPayload::directoryConfigured(source.toJson()));
    });
}

Result<SyncReport> DirectorySync::sync(const QString& actor, const QString& bindPassword, Options options)
{
    CS_TRY(m_admin.requireAdmin(actor));
    auto source = m_sources.load();
    CS_TRY(source);
    auto snapshot = LdapClient::read(*source, bindPassword);
    if (!snapshot.ok())
        return nothingChanged(snapshot.error());
    return syncSnapshot(*source, *snapshot, options);
}

Result<SyncReport> DirectorySync::syncScheduled()
{
    auto source = m_sources.load();
    CS_TRY(source);
    auto password = source->environmentPassword();
    CS_TRY(password);
    if (!*password && !source->bindDn.isEmpty())
        return Error::forbidden(CoreText::tr("The service has no bind password for %1: set %2 and %3 in its "
                                             "environment.")
                                    .arg(source->bindDn, QLatin1String(DirectorySource::PasswordVariable),
                                         QLatin1String(DirectorySource::PasswordUrlVariable)));
    auto snapshot = LdapClient::read(*source, password->value_or(QString()));
    if (!snapshot.ok())
        return nothingChanged(snapshot.error());
    return syncSnapshot(*source, *snapshot, {});
}

Result<bool> DirectorySync::scheduledSyncDue()
{
    auto source = m_sources.load();
    if (!source.ok())
        return source.error().code == Error::Code::NotFound ? Result<bool>(false) : Result<bool>(source.error());
    if (source->intervalMinutes <= 0)
        return false;
    auto last = m_sources.lastSync();
    CS_TRY(last);
    return last->at == 0 || m_stores.clock.nowMs() - last->at >= qint64(source->intervalMinutes) * 60 * 1000;
}

Result<SyncReport> DirectorySync::syncSnapshot(const DirectorySource& source, const DirectorySnapshot& snapshot,
                                               Options options)
{
    SyncReport report;
    const Status done = m_stores.db.transaction([&]() -> Status {
        auto current = held();
        CS_TRY(current);
        report.plan = planSync(*current, snapshot);
        if (const auto guard = report.plan.removalGuard(source.maxRemovalPercent); guard && !options.force) {
            report.guard = *guard;
            if (!options.dryRun)
                return Error::conflict(*guard);
        }
        if (report.plan.isEmpty())
            return options.dryRun ? Error::invalid(kDryRun) : Status();
        // Who could approve pending requests before and after: only when someone is disabled.
        std::optional<DirectoryFacts> before;
        if (!report.plan.disabled.isEmpty()) {
            auto facts = DirectoryFacts::load(m_stores.directory);
            CS_TRY(facts);
            before = std::move(*facts);
        }
        CS_TRY(apply(report.plan));
        if (before) {
            auto after = DirectoryFacts::load(m_stores.directory);
            CS_TRY(after);
            auto stranded = this->stranded(*before, *after);
            CS_TRY(stranded);
            report.strandedRequests = *stranded;
        }
        if (options.dryRun)
            return Error::invalid(kDryRun);
        report.applied = true;
        CS_TRY(m_sources.recordSync(m_stores.clock.nowMs(), report.summary()));
        return Status();
    });
    if (!done.ok() && done.error().message != kDryRun)
        return done.error().code == Error::Code::Conflict ? done.error() : nothingChanged(done.error());
    qCInfo(lcDirectorySync).noquote() << "directory sync:" << report.summary();
    return report;
}

Result<HeldDirectory> DirectorySync::held()
{
    HeldDirectory h;
    auto people
        = m_stores.db.exec(QStringLiteral("SELECT login, display_name, email, manager, active, origin FROM users"));
    CS_TRY(people);
    while (people->next()) {
        const QString login = people->value(0).toString();
        const bool active = people->value(4).toInt() != 0;
        if (people->value(5).toString() == Origin::Directory) {
            User u;
            u.login = login;
            u.displayName = people->value(1).toString();
            u.email = people->value(2).toString();
            u.manager = people->value(3).toString();
            u.active = active;
            h.syncedPeople.insert(login, u);
        } else {
            h.localPeople.insert(login);
            if (active)
                h.activeLocalPeople.insert(login);
        }
    }
    people->finish();
    auto groups = m_stores.db.exec(QStringLiteral("SELECT name, description, origin FROM user_groups"));
    CS_TRY(groups);
    while (groups->next()) {
        if (groups->value(2).toString() == Origin::Directory)
            h.syncedGroups.insert(groups->value(0).toString(), groups->value(1).toString());
        else
            h.localGroups.insert(groups->value(0).toString());
    }
    groups->finish();
    auto members = m_stores.db.exec(QStringLiteral("SELECT group_name, login FROM group_members WHERE origin = ?"),
                                    { Origin::Directory });
    CS_TRY(members);
    while (members->next())
        h.syncedMemberships.insert({ members->value(0).toString(), members->value(1).toString() });
    return h;
}

Status DirectorySync::apply(const SyncPlan& plan)
{
    Database& db = m_stores.db;
    AuditLog& audit = m_stores.audit;
    const qint64 now = m_stores.clock.nowMs();
    auto roles = PostgresSetup::isApplied(db);
    CS_TRY(roles);
    const bool loginRoles = *roles;

    // People first, without managers (a manager may be added in the same run), then managers.
    CS_TRY(insertRows(db, QStringLiteral("users (login, display_name, email, manager, active, created_at, origin)"),
                      QStringLiteral("(?, ?, ?, NULL, 1, ?, ?)"), plan.added, [&](const SnapshotPerson& p) {
                          return QVariantList { p.login, p.displayName, p.email, now, Origin::Directory };
                      }));
    if (loginRoles)
        for (const SnapshotPerson& p : plan.added)
            CS_TRY(PostgresSetup::createPerson(db, p.login));
    QList<SnapshotPerson> managed;
    for (const SnapshotPerson& p : plan.added)
        if (!p.manager.isEmpty())
            managed.append(p);
    // A hundred managers per statement, in SQL both engines speak.
    for (qsizetype start = 0; start < managed.size(); start += 100) {
        QString cases;
        QVariantList bound, logins;
        for (qsizetype i = start; i < qMin(managed.size(), start + 100); ++i) {
            cases += QStringLiteral(" WHEN ? THEN ?");
            bound << managed.at(i).login << managed.at(i).manager;
            logins << managed.at(i).login;
        }
        CS_TRY(db.exec(QStringLiteral("UPDATE users SET manager = CASE login%1 END WHERE login IN (%2)")
                           .arg(cases, placeholders(logins.size())),
                       bound + logins));
    }
    for (const SnapshotPerson& p : plan.added)
        CS_TRY(audit.append(Actor, AuditEvent::UserAdded, 0,
                            AuditPayload::userAdded(p.login, p.displayName, p.email, p.manager, {})));
    for (const QString& login : plan.enabled) {
        CS_TRY(db.exec(QStringLiteral("UPDATE users SET active = 1 WHERE login = ?"), { login }));
        if (loginRoles)
            CS_TRY(PostgresSetup::setPersonLogin(db, login, true));
        CS_TRY(audit.append(Actor, AuditEvent::UserEnabled, 0, AuditPayload::userEnabled(login)));
    }
    for (const PersonChange& c : plan.changed) {
        CS_TRY(db.exec(QStringLiteral("UPDATE users SET display_name = ?, email = ?, manager = ? WHERE login = ?"),
                       { c.after.displayName, c.after.email, nullIfEmpty(c.after.manager), c.login }));
        CS_TRY(audit.append(Actor, AuditEvent::UserChanged, 0, AuditPayload::userChanged(c.login, c.changes)));
    }

    for (const SnapshotGroup& g : plan.groupsAdded) {
        CS_TRY(db.exec(
            QStringLiteral("INSERT INTO user_groups (name, description, created_at, origin) VALUES (?, ?, ?, ?)"),
            { g.name, g.description, now, Origin::Directory }));
        CS_TRY(audit.append(Actor, AuditEvent::GroupAdded, 0, AuditPayload::groupAdded(g.name, g.description)));
    }
    for (const GroupChange& g : plan.groupsChanged) {
        CS_TRY(db.exec(QStringLiteral("UPDATE user_groups SET description = ? WHERE name = ?"),
                       { g.description, g.name }));
        CS_TRY(audit.append(Actor, AuditEvent::GroupChanged, 0, AuditPayload::groupChanged(g.name, g.changes)));
    }
    // Who gained or lost approver rights: one entry per membership.
    for (const Membership& m : plan.membershipsRemoved) {
        CS_TRY(db.exec(QStringLiteral("DELETE FROM group_members WHERE group_name = ? AND login = ?"),
                       { m.first, m.second }));
        CS_TRY(
            audit.append(Actor, AuditEvent::GroupMemberRemoved, 0, AuditPayload::membershipChanged(m.first, m.second)));
    }
    CS_TRY(insertRows(db, QStringLiteral("group_members (group_name, login, origin)"), QStringLiteral("(?, ?, ?)"),
                      plan.membershipsAdded, [](const Membership& m) {
                          return QVariantList { m.first, m.second, Origin::Directory };
                      }));
    for (const Membership& m : plan.membershipsAdded)
        CS_TRY(
            audit.append(Actor, AuditEvent::GroupMemberAdded, 0, AuditPayload::membershipChanged(m.first, m.second)));
    for (const QString& name : plan.groupsRemoved) {
        // Hand-made memberships of people in a group the directory dropped go with it, each audited:
        // the log tells who lost approver rights.
        auto left
            = db.exec(QStringLiteral("SELECT login FROM group_members WHERE group_name = ? ORDER BY login"), { name });
        CS_TRY(left);
        QStringList members;
        while (left->next())
            members << left->value(0).toString();
        left->finish();
        CS_TRY(db.exec(QStringLiteral("DELETE FROM group_members WHERE group_name = ?"), { name }));
        for (const QString& login : std::as_const(members))
            CS_TRY(
                audit.append(Actor, AuditEvent::GroupMemberRemoved, 0, AuditPayload::membershipChanged(name, login)));
        CS_TRY(db.exec(QStringLiteral("DELETE FROM user_groups WHERE name = ?"), { name }));
        CS_TRY(audit.append(Actor, AuditEvent::GroupRemoved, 0,
                            AuditPayload::groupRemoved(name, AuditPayload::LeftDirectoryReason)));
    }

    // Disabled, never deleted: their requests and decisions keep naming them.
    for (const QString& login : plan.disabled) {
        CS_TRY(db.exec(QStringLiteral("UPDATE users SET active = 0 WHERE login = ?"), { login }));
        if (loginRoles)
            CS_TRY(PostgresSetup::setPersonLogin(db, login, false));
        CS_TRY(audit.append(Actor, AuditEvent::UserDisabled, 0,
                            AuditPayload::userDisabled(login, AuditPayload::LeftDirectoryReason)));
    }
    return {};
}

Result<QList<qint64>> DirectorySync::stranded(const DirectoryFacts& before, const DirectoryFacts& after)
{
    QList<qint64> out;
    RequestFilter filter;
    filter.states = { RequestState::Pending };
    do {
        auto page = m_stores.requests.find(filter);
        CS_TRY(page);
        for (const Request& r : std::as_const(page->requests)) {
            if (r.phase >= r.flow.phases.size())
                continue;
            auto decisions = m_stores.requests.decisions(r.id);
            CS_TRY(decisions);
            if (completable(before, r, *decisions) && !completable(after, r, *decisions))
                out.append(r.id);
        }
        filter.beforeId = page->nextBeforeId;
    } while (filter.beforeId != 0);
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace cs
