#include <QJsonDocument>
#include <array>
#include <core/common/canonicaljson.h>
#include <core/common/coretext.h>
#include <core/requests/requestscreen.h>
#include <core/requests/requestsearch.h>
#include <core/requests/requeststore.h>
#include <core/storage/dialect.h>
#include <core/storage/pgcopy.h>
#include <core/storage/placeholders.h>

namespace cs {
namespace {

const QString kColumns = QStringLiteral("id, action, action_version, version_digest, requester, comment, parameters, "
                                        "targets, policy, bypass, state, phase, phase_count, created_at, deadline, "
                                        "updated_at, digest, request_key, escalations, deadline_extended, "
                                        // time-bound access (migration 10)
                                        "duration_seconds, not_before, previous_request, active_until, "
                                        // on behalf of and intake (migration 17)
                                        "behalf_of, ticket, "
                                        // request again (migration 19)
                                        "requested_again_from");
constexpr int kColumnCount = 27;

// What the integrity screen reads of a request (StoredRequestRow), in storedRowOf's order.
const QString kScreenColumns = QStringLiteral("id, action, action_version, version_digest, requester, comment, "
                                              "parameters, targets, policy, bypass, deadline, duration_seconds, "
                                              "not_before, previous_request, behalf_of, ticket, state, phase, "
                                              "phase_count, digest");
constexpr int kScreenColumnCount = 20;

// A row of kScreenColumns, its text and integer columns read by `text` and `integer`.
template<class Text, class Integer> StoredRequestRow storedRowOf(const Text& text, const Integer& integer)
{
    StoredRequestRow row;
    row.id = integer(0);
    row.action = text(1);
    row.actionVersion = integer(2);
    row.versionDigest = text(3);
    row.requester = text(4);
    row.comment = text(5);
    row.parameters = text(6);
    row.targets = text(7);
    row.policy = text(8);
    row.bypass = text(9);
    row.deadline = integer(10);
    row.durationSeconds = integer(11);
    row.notBefore = integer(12);
    row.previousRequest = integer(13);
    row.behalfOf = text(14);
    row.ticket = text(15);
    row.state = text(16);
    row.phase = integer(17);
    row.phaseCount = integer(18);
    row.digest = text(19);
    return row;
}

QString jsonText(const QJsonObject& o)
{
    return QString::fromUtf8(canonicalJson(o));
}

const QString kDecisionColumns
    = QStringLiteral("id, phase, approver, verdict, comment, basis, request_digest, decided_at, decided_by");

// The decision in kDecisionColumns' order, from column `first` on.
Decision decisionFromRow(const QSqlQuery& q, int first, qint64 requestId)
{
    Decision d;
    d.id = q.value(first).toLongLong();
    d.requestId = requestId;
    d.phase = q.value(first + 1).toInt();
    d.approver = q.value(first + 2).toString();
    d.approve = q.value(first + 3).toString() == QLatin1String("approve");
    d.comment = q.value(first + 4).toString();
    d.basis = QJsonDocument::fromJson(q.value(first + 5).toString().toUtf8()).array();
    d.requestDigest = q.value(first + 6).toString();
    d.decidedAt = q.value(first + 7).toLongLong();
    d.decidedBy = q.value(first + 8).toString();
    return d;
}

// LIKE matches `_` and `%` as wildcards; a name is matched as itself.
QString likeLiteral(const QString& text)
{
    QString out = text;
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    out.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    out.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return out;
}

// The one number a COUNT(*) statement reads.
Result<int> countOf(Result<QSqlQuery> q)
{
    CS_TRY(q);
    return q->next() ? q->value(0).toInt() : 0;
}

} // namespace

RequestStore::RequestStore(Database& db)
    : m_db(db)
{ }

Result<Request> RequestStore::fromRow(const QSqlQuery& q)
{
    const QString key = RequestRowCache::keyOf(q, kColumnCount);
    if (std::optional<Request> known = m_checked.find(key))
        return *known;
    auto r = parseRow(q);
    if (r.ok())
        m_checked.insert(key, *r);
    return r;
}

Result<Request> RequestStore::parseRow(const QSqlQuery& q)
{
    Request r;
    r.id = q.value(0).toLongLong();
    const auto damaged = [&r](const QString& what) {
        return Error::integrity(
            CoreText::tr("Request #%1 is damaged (%2); it cannot be trusted or acted on.").arg(r.id).arg(what));
    };
    r.action = q.value(1).toString();
    r.actionVersion = q.value(2).toInt();
    r.versionDigest = q.value(3).toString();
    r.requester = q.value(4).toString();
    r.comment = q.value(5).toString();
    QString problem;
    const QByteArray parametersText = q.value(6).toString().toUtf8();
    const QByteArray targetsText = q.value(7).toString().toUtf8();
    const QByteArray policyText = q.value(8).toString().toUtf8();
    const QByteArray bypassText = q.value(9).toString().toUtf8();
    if (!parseJsonObject(parametersText, &r.parameters, &problem))
        return damaged(QStringLiteral("parameters: ") + problem);
    const QJsonDocument targets = QJsonDocument::fromJson(targetsText);
    if (!targets.isArray())
        return damaged(QStringLiteral("targets are not a list"));
    for (const QJsonValue& t : targets.array())
        r.targets.append(t.toString());
    auto flow = flowOf(policyText);
    if (!flow.ok())
        return damaged(flow.error().message);
    r.flow = *flow;
    if (!parseJsonObject(bypassText, &r.bypass, &problem))
        return damaged(QStringLiteral("bypass: ") + problem);
    const auto state = stateFromName(q.value(10).toString());
    if (!state)
        return damaged(QStringLiteral("unknown state \"%1\"").arg(q.value(10).toString().left(40)));
    r.state = *state;
    r.phase = q.value(11).toInt();
    if (!phaseFitsPolicy(r.phase, q.value(12).toInt(), r.flow.phases.size()))
        return damaged(QStringLiteral("phase %1 does not fit its policy").arg(r.phase));
    r.createdAt = q.value(13).toLongLong();
    r.deadline = q.value(14).toLongLong();
    r.updatedAt = q.value(15).toLongLong();
    r.digest = q.value(16).toString();
    r.key = q.value(17).toString();
    // Escalations (migration 12): beside the digest, not in it.
    const QJsonDocument escalations = QJsonDocument::fromJson(q.value(18).toString().toUtf8());
    for (const QJsonValue& v : escalations.array()) {
        const QJsonObject o = v.toObject();
        r.escalations.append({ o.value(QStringLiteral("phase")).toInt(), o.value(QStringLiteral("group")).toString(),
                               o.value(QStringLiteral("at")).toString().toLongLong(),
                               o.value(QStringLiteral("reason")).toString() });
    }
    r.extendedDeadline = q.value(19).toLongLong();
    r.durationSeconds = q.value(20).toLongLong();
    r.notBefore = q.value(21).toLongLong();
    r.previousRequest = q.value(22).toLongLong();
    r.activeUntil = q.value(23).toLongLong();
    r.behalfOf = q.value(24).toString();
    r.ticket = q.value(25).toString();
    r.requestedAgainFrom = q.value(26).toLongLong();
    // The stored texts' digest first (nothing written as JSON); the general one only when that
    // differs, which an altered row and an older writer's spelling both make it do.
    // Empty means "not written here", never a digest: a row whose digest was emptied must still
    // be compared by the general writer.
    const QString stored = r.digestOfStoredText(parametersText, targetsText, policyText, bypassText);
    if ((stored.isEmpty() || stored != r.digest) && r.computeDigest() != r.digest)
        return Error::integrity(CoreText::tr("Request #%1 was altered outside Countersign: its contents no longer "
                                             "match its digest.")
                                    .arg(r.id));
    return r;
}

Result<qint64> RequestStore::insert(const Request& r, const QList<SecretValue>& secrets)
{
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO requests (action, action_version, version_digest, requester, comment, "
                       "parameters, targets, policy, bypass, state, phase, phase_count, created_at, "
                       "deadline, updated_at, digest, request_key, duration_seconds, not_before, previous_request, "
                       "behalf_of, ticket, requested_again_from) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "RETURNING id"),
        { r.action,
          r.actionVersion,
          r.versionDigest,
          r.requester,
          r.comment,
          jsonText(r.parameters),
          QString::fromUtf8(canonicalJson(QJsonArray::fromStringList(r.targets))),
          jsonText(r.flow.toJson()),
          jsonText(r.bypass),
          stateName(r.state),
          r.phase,
          r.flow.phases.size(),
          r.createdAt,
          r.deadline,
          r.updatedAt,
          r.digest,
          r.key.isEmpty() ? QVariant() : QVariant(r.key), // NULLs never collide in the unique index
          r.durationSeconds,
          r.notBefore,
          r.previousRequest,
          r.behalfOf,
          r.ticket,
          r.requestedAgainFrom });
    CS_TRY(q);
    if (!q->next())
        return Error::storage(CoreText::tr("The database did not return the new request's id."));
    const qint64 id = q->value(0).toLongLong();
    q->finish();
    for (const SecretValue& s : secrets)
        CS_TRY(
            m_db.exec(QStringLiteral("INSERT INTO request_secrets (request_id, name, salt, value) VALUES (?, ?, ?, ?)"),
                      { id, s.name, QString::fromLatin1(s.salt.toHex()), s.value }));
    return id;
}

Result<QHash<QString, SecretValue>> RequestStore::secrets(qint64 requestId)
{
    auto q = m_db.exec(QStringLiteral("SELECT name, salt, value FROM request_secrets WHERE request_id = ?"),
                       { requestId });
    CS_TRY(q);
    QHash<QString, SecretValue> stored;
    while (q->next()) {
        SecretValue s { q->value(0).toString(), QByteArray::fromHex(q->value(1).toString().toLatin1()),
                        q->value(2).toString() };
        stored.insert(s.name, s);
    }
    return stored;
}

Status RequestStore::deleteSecrets(qint64 requestId)
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM request_secrets WHERE request_id = ?"), { requestId });
    CS_TRY(q);
    // The deleted values must leave the file and the WAL too, not wait for SQLite to reuse the
    // pages; a request that had none costs no checkpoint.
    if (q->numRowsAffected() > 0)
        m_db.checkpointAfterCommit();
    return {};
}

Result<Request> RequestStore::load(qint64 id)
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM requests WHERE id = ?").arg(kColumns), { id });
    CS_TRY(q);
    if (!q->next())
        return Error::notFound(CoreText::tr("There is no request #%1.").arg(id));
    return fromRow(*q);
}

Result<Request> RequestStore::loadForChange(qint64 id)
{
    auto q = m_db.execKept(QStringLiteral("SELECT %1 FROM requests WHERE id = ?").arg(kColumns)
                               + Dialect::lockForUpdate(m_db.engine()),
                           { id });
    CS_TRY(q);
    if (!q->next())
        return Error::notFound(CoreText::tr("There is no request #%1.").arg(id));
    return fromRow(*q);
}

Result<std::pair<Request, QList<Decision>>> RequestStore::loadForDecision(qint64 id)
{
    // The lock first, the decisions in a statement of their own: under READ COMMITTED a statement
    // sees what was committed when it started, so decisions read by the statement that waited for
    // the lock would miss the vote committed by the transaction it waited for, and a quorum that
    // is complete would never complete (tst_races votesQueuedOnTheLockBothCount).
    auto request = loadForChange(id);
    CS_TRY(request);
    auto decided = decisions(id);
    CS_TRY(decided);
    return std::pair { std::move(*request), std::move(*decided) };
}

Result<RequestPage> RequestStore::readPage(Result<QSqlQuery> q, int limit)
{
    CS_TRY(q);
    RequestPage page;
    int rows = 0;
    qint64 lastId = 0;
    while (q->next()) {
        ++rows;
        lastId = q->value(0).toLongLong();
        auto r = fromRow(*q);
        if (r.ok())
            page.requests.append(*r);
        else
            page.integrityProblems.append(r.error().message);
    }
    page.nextBeforeId = rows == limit ? lastId : 0;
    return page;
}

namespace {

void addStates(const QList<RequestState>& states, QString* sql, QVariantList* values)
{
    if (states.isEmpty())
        return;
    *sql += QStringLiteral(" AND r.state IN (%1)").arg(placeholders(states.size()));
    for (RequestState s : states)
        values->append(stateName(s));
}

// Whom a person is on an audience as: themselves, each of their groups and roles.
QList<QPair<QString, QString>> principalsOf(const IncomingQuery& query)
{
    QList<QPair<QString, QString>> principals { { QStringLiteral("user"), query.me } };
    for (const QString& g : query.groups)
        principals.append({ QStringLiteral("group"), g });
    for (const QString& role : query.roles)
        principals.append({ QStringLiteral("role"), role });
    return principals;
}

} // namespace

Result<RequestPage> RequestStore::find(const RequestFilter& filter)
{
    if (filter.orBehalfOf && !filter.requester.isEmpty())
        return findOwnAndOnBehalf(filter);
    // Newest first, keyset-paged: the (requester, id) and (state, id) indexes serve both filters.
    QString sql = QStringLiteral("SELECT %1 FROM requests r WHERE 1 = 1").arg(kColumns);
    QVariantList values;
    if (!filter.requester.isEmpty()) {
        sql += QStringLiteral(" AND r.requester = ?");
        values.append(filter.requester);
    }
    addStates(filter.states, &sql, &values);
    addSearchCondition(filter.search, &sql, &values);
    if (filter.beforeId > 0) {
        sql += QStringLiteral(" AND r.id < ?");
        values.append(filter.beforeId);
    }
    sql += QStringLiteral(" ORDER BY r.id DESC LIMIT ?");
    values.append(filter.limit);
    auto page = readPage(m_db.exec(sql, values), filter.limit);
    if (page.ok())
        keepMatching(&*page, filter.search);
    return page;
}

// One's own requests and those made on one's behalf: each branch walks its own index newest first
// and stops at the page size ((requester, id) and (behalf_of, id)); the outer query merges them.
Result<RequestPage> RequestStore::findOwnAndOnBehalf(const RequestFilter& filter)
{
    QStringList branches;
    QVariantList values;
    const QStringList columns { QStringLiteral("r.requester = ?"), QStringLiteral("r.behalf_of = ?") };
    for (int i = 0; i < columns.size(); ++i) {
        QString branch = QStringLiteral("SELECT request_id FROM (SELECT r.id AS request_id FROM requests r WHERE %1")
                             .arg(columns.at(i));
        values.append(filter.requester);
        addStates(filter.states, &branch, &values);
        addSearchCondition(filter.search, &branch, &values);
        if (filter.beforeId > 0) {
            branch += QStringLiteral(" AND r.id < ?");
            values.append(filter.beforeId);
        }
        branch += QStringLiteral(" ORDER BY r.id DESC LIMIT ?) b%1").arg(i + 1);
        values.append(filter.limit);
        branches << branch;
    }
    const QString sql
        = QStringLiteral("SELECT %1 FROM (%2) q JOIN requests r ON r.id = q.request_id ORDER BY r.id DESC LIMIT ?")
              .arg(kColumns, branches.join(QStringLiteral(" UNION ")));
    values.append(filter.limit);
    auto page = readPage(m_db.exec(sql, values), filter.limit);
    if (page.ok())
        keepMatching(&*page, filter.search);
    return page;
}

Result<qint64> RequestStore::idForKey(const QString& requester, const QString& key)
{
    auto q = m_db.exec(QStringLiteral("SELECT id FROM requests WHERE requester = ? AND request_key = ?"),
                       { requester, key });
    CS_TRY(q);
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<Flow> RequestStore::flowOf(const QByteArray& policyText)
{
    // Requests of one action share a handful of policy snapshots: each text is parsed once.
    if (const auto known = m_flows.constFind(policyText); known != m_flows.constEnd())
        return *known;
    auto flow = flowOfStoredPolicy(policyText);
    CS_TRY(flow);
    if (m_flows.size() >= 256)
        m_flows.clear();
    m_flows.insert(policyText, *flow);
    return flow;
}

Result<QList<CheckedRequest>> RequestStore::checkedPage(qint64 afterId, qint64 throughId, int limit)
{
    auto q = m_db.exec(
        QStringLiteral("SELECT %1 FROM requests WHERE id > ? AND id <= ? ORDER BY id LIMIT ?").arg(kColumns),
        { afterId, throughId, limit });
    CS_TRY(q);
    QList<CheckedRequest> page;
    while (q->next()) {
        CheckedRequest& checked = page.emplace_back();
        checked.id = q->value(0).toLongLong();
        auto r = parseRow(*q);
        if (r.ok())
            checked.request = std::move(r).value();
        else
            checked.problem = r.error().message;
    }
    return page;
}

Result<std::optional<std::pair<qint64, qint64>>> RequestStore::idRange()
{
    auto q = m_db.exec(QStringLiteral("SELECT MIN(id), MAX(id) FROM requests"));
    CS_TRY(q);
    std::optional<std::pair<qint64, qint64>> range;
    if (q->next() && !q->value(0).isNull())
        range = std::pair(q->value(0).toLongLong(), q->value(1).toLongLong());
    q->finish();
    return range;
}

Result<QList<ScreenedRequest>> RequestStore::screenedPage(qint64 afterId, qint64 throughId, int limit)
{
    return m_db.engine() == Database::Engine::Postgres ? screenedPageStreamed(afterId, throughId, limit)
                                                       : screenedPageQueried(afterId, throughId, limit);
}

// PostgreSQL: the rows through a binary COPY, their bytes read in place (no QVariant, no QString).
Result<QList<ScreenedRequest>> RequestStore::screenedPageStreamed(qint64 afterId, qint64 throughId, int limit)
{
    CS_TRY(m_db.exec(QStringLiteral("SELECT set_config('countersign.screen_after', ?, true), "
                                    "set_config('countersign.screen_through', ?, true), "
                                    "set_config('countersign.screen_limit', ?, true)"),
                     { QString::number(afterId), QString::number(throughId), QString::number(limit) }));
    auto copy = PgCopyOut::open(
        m_db,
        QStringLiteral("SELECT %1 FROM requests WHERE id > current_setting('countersign.screen_after')::bigint "
                       "AND id <= current_setting('countersign.screen_through')::bigint ORDER BY id "
                       "LIMIT current_setting('countersign.screen_limit')::bigint")
            .arg(kScreenColumns));
    CS_TRY(copy);
    QList<ScreenedRequest> page;
    for (;;) {
        auto rows = copy->fetch(limit);
        CS_TRY(rows);
        if (rows->count() == 0)
            break;
        for (int r = 0; r < rows->count(); ++r) {
            const PgRow row = rows->row(r);
            // A column whose type was changed (a numeric where a bigint was) is not read as 0:
            // such a row is left to the read back.
            bool widthsKnown = true;
            const StoredRequestRow stored
                = storedRowOf([&row](int c) { return row.value(c); },
                              [&row, &widthsKnown](int c) {
                                  const qsizetype width = row.value(c).size();
                                  widthsKnown
                                      = widthsKnown && (row.isNull(c) || width == 2 || width == 4 || width == 8);
                                  return row.integer(c);
                              });
            page.append({ stored.id, widthsKnown && m_screen.clears(stored), QString::fromUtf8(stored.digest) });
        }
    }
    return page;
}

// SQLite: the same columns through a query, their text held as UTF-8 while the row is screened.
Result<QList<ScreenedRequest>> RequestStore::screenedPageQueried(qint64 afterId, qint64 throughId, int limit)
{
    auto q = m_db.exec(
        QStringLiteral("SELECT %1 FROM requests WHERE id > ? AND id <= ? ORDER BY id LIMIT ?").arg(kScreenColumns),
        { afterId, throughId, limit });
    CS_TRY(q);
    QList<ScreenedRequest> page;
    std::array<QByteArray, kScreenColumnCount> held;
    while (q->next()) {
        // Broken UTF-16 (a database in UTF-16 can hold it) has no UTF-8 spelling to hash as stored.
        bool spelled = true;
        for (int c = 0; c < kScreenColumnCount; ++c) {
            const QString text = q->value(c).toString();
            spelled = spelled && QStringView(text).isValidUtf16();
            held[size_t(c)] = text.toUtf8();
        }
        const StoredRequestRow stored = storedRowOf([&held](int c) { return QByteArrayView(held[size_t(c)]); },
                                                    [&q](int c) { return q->value(c).toLongLong(); });
        page.append({ stored.id, spelled && m_screen.clears(stored), QString::fromUtf8(stored.digest) });
    }
    return page;
}

Result<RequestPage> RequestStore::incoming(const IncomingQuery& query)
{
    return query.currentPhaseOnly ? pendingQueue(query) : involving(query);
}

// The pending queue walks each principal's own audience rows newest first, so one approver's page
// costs the same however many other groups' requests are pending beside it; each branch stops at
// the page size and the outer query merges them. Pending requests are among a principal's newest
// (requests expire), so the walk is short. The request is checked by a scalar subquery on purpose:
// as a join, the planner may instead walk every request by id and probe the audience.
Result<RequestPage> RequestStore::pendingQueue(const IncomingQuery& query)
{
    // Kept prepared: the client runs the same text on every refresh (one text per person and
    // first/next page), and a page then costs one round trip instead of three.
    const Statement statement = pendingQueueStatement(query);
    auto page = readPage(m_db.execKept(statement.sql, statement.values), query.limit);
    if (page.ok())
        keepMatching(&*page, query.search);
    return page;
}

Statement RequestStore::pendingQueueStatement(const IncomingQuery& query)
{
    const QList<QPair<QString, QString>> principals = principalsOf(query);
    QStringList branches;
    QVariantList values;
    int n = 0;
    for (const auto& [kind, value] : principals) {
        QString branch
            = QStringLiteral("SELECT request_id FROM (SELECT a.request_id FROM request_audience a WHERE a.kind = ? "
                             "AND a.value = ? AND (SELECT r.phase = a.phase AND r.requester <> ?");
        values << kind << value << query.me;
        addStates(query.states, &branch, &values);
        addSearchCondition(query.search, &branch, &values);
        branch += QStringLiteral(" FROM requests r WHERE r.id = a.request_id)");
        if (query.beforeId > 0) {
            branch += QStringLiteral(" AND a.request_id < ?");
            values.append(query.beforeId);
        }
        branch += QStringLiteral(
                      " AND NOT EXISTS (SELECT 1 FROM decisions d WHERE d.request_id = a.request_id AND d.approver = ?)"
                      " ORDER BY a.request_id DESC LIMIT ?) p%1")
                      .arg(++n);
        values << query.me << query.limit;
        branches << branch;
    }
    // A join, not "id IN (...)": that lets the planner walk all of requests by id and probe the set.
    const QString sql
        = QStringLiteral("SELECT %1 FROM (%2) q JOIN requests r ON r.id = q.request_id ORDER BY r.id DESC LIMIT ?")
              .arg(kColumns, branches.join(QStringLiteral(" UNION ")));
    values.append(query.limit);
    return { sql, values };
}

// Everything one is named on or has decided, in any state: the history side of Incoming. Built
// like the pending queue -- one branch per principal walking its own index newest first, plus one
// over the person's decisions -- so the page costs the same at a million requests as at a
// thousand; walking requests by id and probing each one read most of the table when this
// person's requests were not among the newest.
Result<RequestPage> RequestStore::involving(const IncomingQuery& query)
{
    const Statement statement = involvingStatement(query);
    auto page = readPage(m_db.execKept(statement.sql, statement.values), query.limit);
    if (page.ok())
        keepMatching(&*page, query.search);
    return page;
}

Statement RequestStore::involvingStatement(const IncomingQuery& query)
{
    QStringList branches;
    QVariantList values;
    // The request's own conditions, checked per index row so that each branch's LIMIT counts
    // only rows that qualify (a short branch would end the paging early).
    const auto qualifies = [&](const QString& idColumn) {
        QString check = QStringLiteral(" AND (SELECT r.requester <> ?");
        values << query.me;
        addStates(query.states, &check, &values);
        addSearchCondition(query.search, &check, &values);
        check += QStringLiteral(" FROM requests r WHERE r.id = %1)").arg(idColumn);
        if (query.beforeId > 0) {
            check += QStringLiteral(" AND %1 < ?").arg(idColumn);
            values.append(query.beforeId);
        }
        return check;
    };
    int n = 0;
    for (const auto& [kind, value] : principalsOf(query)) {
        // DISTINCT: one audience row per phase the principal is named in.
        QString branch = QStringLiteral("SELECT request_id FROM (SELECT DISTINCT a.request_id FROM request_audience a "
                                        "WHERE a.kind = ? AND a.value = ?");
        values << kind << value;
        branch += qualifies(QStringLiteral("a.request_id"));
        branch += QStringLiteral(" ORDER BY a.request_id DESC LIMIT ?) p%1").arg(++n);
        values.append(query.limit);
        branches << branch;
    }
    QString decided
        = QStringLiteral("SELECT request_id FROM (SELECT d.request_id FROM decisions d WHERE d.approver = ?");
    values << query.me;
    decided += qualifies(QStringLiteral("d.request_id"));
    decided += QStringLiteral(" ORDER BY d.request_id DESC LIMIT ?) d");
    values.append(query.limit);
    branches << decided;
    const QString sql
        = QStringLiteral("SELECT %1 FROM (%2) q JOIN requests r ON r.id = q.request_id ORDER BY r.id DESC LIMIT ?")
              .arg(kColumns, branches.join(QStringLiteral(" UNION ")));
    values.append(query.limit);
    return { sql, values };
}

Status RequestStore::insertAudience(qint64 requestId, const QList<AudienceEntry>& audience)
{
    for (const AudienceEntry& a : audience)
        CS_TRY(m_db.exec(
            QStringLiteral("INSERT INTO request_audience (request_id, phase, kind, value) VALUES (?, ?, ?, ?)"),
            { requestId, a.phase, a.kind, a.value }));
    return {};
}

Status RequestStore::clearAudience()
{
    CS_TRY(m_db.exec(QStringLiteral("DELETE FROM request_audience")));
    return {};
}

Result<QList<qint64>> RequestStore::dueForExpiry(qint64 now)
{
    auto q
        = m_db.exec(QStringLiteral("SELECT id FROM requests WHERE state IN ('pending', 'approved') AND deadline <= ? "
                                   "AND deadline_extended <= ? ORDER BY id"),
                    { now, now });
    CS_TRY(q);
    QList<qint64> out;
    while (q->next())
        out.append(q->value(0).toLongLong());
    return out;
}

Result<bool> RequestStore::approvedStartingBetween(qint64 from, qint64 to)
{
    auto q = m_db.execKept(QStringLiteral("SELECT 1 FROM requests WHERE state = 'approved' AND not_before > ? "
                                          "AND not_before <= ? LIMIT 1"),
                           { from, to });
    CS_TRY(q);
    const bool any = q->next();
    q->finish();
    return any;
}

Result<int> RequestStore::countOpen(const QString& action, int version)
{
    auto q = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM requests WHERE action = ? AND action_version = ? "
                                      "AND state IN ('pending', 'approved')"),
                       { action, version });
    CS_TRY(q);
    return q->next() ? q->value(0).toInt() : 0;
}

Result<QList<qint64>> RequestStore::pendingCreatedAt(const QString& action)
{
    auto q = m_db.exec(QStringLiteral("SELECT created_at FROM requests WHERE action = ? AND state = 'pending'"),
                       { action });
    CS_TRY(q);
    QList<qint64> out;
    while (q->next())
        out.append(q->value(0).toLongLong());
    return out;
}

Result<QList<qint64>> RequestStore::idsCreatedIn(const CreatedInPeriod& period)
{
    QString sql = QStringLiteral("SELECT id, targets FROM requests WHERE created_at >= ? AND created_at < ?");
    QVariantList values { period.from, period.to };
    if (!period.action.isEmpty()) {
        sql += QStringLiteral(" AND action = ?");
        values << period.action;
    }
    if (!period.requester.isEmpty()) {
        sql += QStringLiteral(" AND requester = ?");
        values << period.requester;
    }
    if (!period.state.isEmpty()) {
        sql += QStringLiteral(" AND state = ?");
        values << period.state;
    }
    sql += QStringLiteral(" ORDER BY id");
    auto rows = m_db.exec(sql, values);
    CS_TRY(rows);
    QList<qint64> ids;
    while (rows->next()) {
        // Targets are a JSON array of names: matched exactly here, not by a LIKE on its text.
        if (!period.target.isEmpty()
            && !QJsonDocument::fromJson(rows->value(1).toString().toUtf8()).array().contains(QJsonValue(period.target)))
            continue;
        ids << rows->value(0).toLongLong();
    }
    rows->finish();
    return ids;
}

Result<int> RequestStore::countRequestedBy(const QString& login)
{
    return countOf(m_db.exec(QStringLiteral("SELECT COUNT(*) FROM requests WHERE requester = ?"), { login }));
}

Result<int> RequestStore::countDecisionsBy(const QString& approver)
{
    return countOf(m_db.exec(QStringLiteral("SELECT COUNT(*) FROM decisions WHERE approver = ?"), { approver }));
}

Result<int> RequestStore::countNamingTarget(const QString& target)
{
    // Stored as a JSON list of names: the quoted name is the whole entry.
    return countOf(m_db.exec(QStringLiteral("SELECT COUNT(*) FROM requests WHERE targets LIKE ? ESCAPE '\\'"),
                             { QStringLiteral("%\"%1\"%").arg(likeLiteral(target)) }));
}

Status RequestStore::transition(const Request& r, RequestState to, int phase, qint64 now)
{
    if (!canTransition(r.state, to))
        return Error::conflict(
            CoreText::tr("Request #%1 cannot go from %2 to %3.").arg(r.id).arg(stateName(r.state), stateName(to)));
    auto q = m_db.execKept(QStringLiteral("UPDATE requests SET state = ?, phase = ?, updated_at = ? "
                                          "WHERE id = ? AND state = ? AND phase = ?"),
                           { stateName(to), phase, now, r.id, stateName(r.state), r.phase });
    CS_TRY(q);
    if (q->numRowsAffected() != 1)
        return Error::conflict(
            CoreText::tr("Request #%1 was changed by someone else meanwhile; look at it again.").arg(r.id));
    // A request that ends here never runs: its secrets go in the same transaction as its last state.
    if (isTerminal(to))
        return deleteSecrets(r.id);
    return {};
}

Status RequestStore::saveEscalations(const Request& r, qint64 now)
{
    QJsonArray list;
    for (const RequestEscalation& e : r.escalations)
        list.append(QJsonObject { { QStringLiteral("phase"), e.phase },
                                  { QStringLiteral("group"), e.group },
                                  { QStringLiteral("at"), QString::number(e.at) },
                                  { QStringLiteral("reason"), e.reason } });
    auto q = m_db.execKept(
        QStringLiteral("UPDATE requests SET escalations = ?, deadline_extended = ?, updated_at = ? "
                       "WHERE id = ? AND state = ? AND phase = ?"),
        { QString::fromUtf8(canonicalJson(list)), r.extendedDeadline, now, r.id, stateName(r.state), r.phase });
    CS_TRY(q);
    if (q->numRowsAffected() != 1)
        return Error::conflict(
            CoreText::tr("Request #%1 was changed by someone else meanwhile; look at it again.").arg(r.id));
    return {};
}

Status RequestStore::setActiveUntil(qint64 id, qint64 until)
{
    // updated_at stays: an active request's updated_at is when it became active (Active grants'
    // Since column), so moving its end is not a change of state.
    auto q = m_db.exec(QStringLiteral("UPDATE requests SET active_until = ? WHERE id = ?"), { until, id });
    CS_TRY(q);
    return {};
}

Result<QSet<qint64>> RequestStore::pendingDecidedBy(const QString& login)
{
    auto q = m_db.execKept(QStringLiteral("SELECT d.request_id FROM decisions d JOIN requests r ON r.id = d.request_id "
                                          "WHERE d.approver = ? AND r.state = ?"),
                           { login, stateName(RequestState::Pending) });
    CS_TRY(q);
    QSet<qint64> out;
    while (q->next())
        out.insert(q->value(0).toLongLong());
    return out;
}

Result<QList<Decision>> RequestStore::decisions(qint64 requestId)
{
    auto q = m_db.execKept(
        QStringLiteral("SELECT %1 FROM decisions WHERE request_id = ? ORDER BY id").arg(kDecisionColumns),
        { requestId });
    CS_TRY(q);
    QList<Decision> out;
    while (q->next())
        out.append(decisionFromRow(*q, 0, requestId));
    return out;
}

Result<QList<Request>> RequestStore::loadMany(const QList<qint64>& ids)
{
    QList<Request> out;
    if (ids.isEmpty())
        return out;
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM requests WHERE id >= ? AND id <= ? ORDER BY id").arg(kColumns),
                       { ids.first(), ids.last() });
    CS_TRY(q);
    qsizetype next = 0;
    while (next < ids.size() && q->next()) {
        const qint64 id = q->value(0).toLongLong();
        if (id != ids.at(next))
            continue; // between the wanted ones (another filter): not parsed, not checked
        auto r = fromRow(*q);
        CS_TRY(r);
        out.append(std::move(r).value());
        ++next;
    }
    q->finish();
    if (next < ids.size())
        return Error::notFound(CoreText::tr("There is no request #%1.").arg(ids.at(next)));
    return out;
}

Result<QHash<qint64, QList<Decision>>> RequestStore::decisionsBetween(qint64 firstId, qint64 lastId)
{
    auto q = m_db.exec(QStringLiteral("SELECT request_id, %1 FROM decisions WHERE request_id >= ? AND request_id <= ? "
                                      "ORDER BY request_id, id")
                           .arg(kDecisionColumns),
                       { firstId, lastId });
    CS_TRY(q);
    QHash<qint64, QList<Decision>> out;
    while (q->next()) {
        const qint64 id = q->value(0).toLongLong();
        out[id].append(decisionFromRow(*q, 1, id));
    }
    return out;
}

Result<RequestPage> RequestStore::selectIn(const Statement& ids)
{
    return readPage(m_db.exec(QStringLiteral("SELECT %1 FROM requests WHERE id IN (%2) ORDER BY active_until, id DESC")
                                  .arg(kColumns, ids.sql),
                              ids.values),
                    -1);
}

Result<QHash<qint64, QList<Decision>>> RequestStore::decisionsIn(const Statement& ids)
{
    auto q = m_db.exec(
        QStringLiteral("SELECT request_id, %1 FROM decisions WHERE request_id IN (%2) ORDER BY request_id, id")
            .arg(kDecisionColumns, ids.sql),
        ids.values);
    CS_TRY(q);
    QHash<qint64, QList<Decision>> out;
    while (q->next()) {
        const qint64 id = q->value(0).toLongLong();
        out[id].append(decisionFromRow(*q, 1, id));
    }
    return out;
}

Status RequestStore::insertDecision(const Decision& d)
{
    CS_TRY(m_db.execKept(QStringLiteral("INSERT INTO decisions (request_id, phase, approver, verdict, comment, basis, "
                                        "request_digest, decided_at, decided_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                         { d.requestId, d.phase, d.approver,
                           d.approve ? QStringLiteral("approve") : QStringLiteral("reject"), d.comment,
                           QString::fromUtf8(canonicalJson(d.basis)), d.requestDigest, d.decidedAt, d.decidedBy }));
    return {};
}

} // namespace cs
