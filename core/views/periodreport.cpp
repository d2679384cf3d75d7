#include <QJsonArray>
#include <core/actions/actionstore.h>
#include <core/admin/integritycheck.h>
#include <core/audit/auditchainverifier.h>
#include <core/audit/auditlog.h>
#include <core/common/coretext.h>
#include <core/execution/executionstore.h>
#include <core/requests/requeststate.h>
#include <core/requests/requeststore.h>
#include <core/views/periodreport.h>

namespace cs {

QJsonObject PeriodFilter::toJson() const
{
    QJsonObject o { { QStringLiteral("from"), isoTime(from) }, { QStringLiteral("to"), isoTime(to) } };
    if (!action.isEmpty())
        o.insert(QStringLiteral("action"), action);
    if (!target.isEmpty())
        o.insert(QStringLiteral("target"), target);
    if (!requester.isEmpty())
        o.insert(QStringLiteral("requester"), requester);
    if (!state.isEmpty())
        o.insert(QStringLiteral("state"), state);
    return o;
}

namespace {

constexpr int kHistoryLimit = 1000; // as AuditLog::entries() gives the evidence its trail
constexpr qsizetype kPage = 1000; // requests read per snapshot

// The evidence of every request in `ids` (sorted), as collectEvidence() gathers it for one, read
// a page at a time in a few set-based statements: on PostgreSQL a round trip per statement per
// request made a month's report take minutes. The actor reads everything (checked before).
Status collectPeriodEvidence(Database& db, Directory& directory, const Clock& clock, const QString& actor,
                             const QList<qint64>& ids, PeriodReport& report)
{
    RequestStore requestStore(db);
    ActionStore actions(db);
    ExecutionStore executionStore(db);
    AuditLog auditLog(db, clock); // read only: its trails of the requests
    QHash<QString, ActionVersion> versions;
    QHash<QString, Target> targets;
    auto checkpoint = newestCheckpoint(db);
    CS_TRY(checkpoint);
    for (qsizetype first = 0; first < ids.size(); first += kPage) {
        const QList<qint64> page = ids.mid(first, kPage);
        const qint64 low = page.first();
        const qint64 high = page.last();
        QList<Request> loaded;
        QHash<qint64, QList<Decision>> decisions;
        QHash<qint64, QList<AuditEntry>> history;
        QHash<qint64, Execution> runs;
        QHash<qint64, AuditVerification> chains;
        CS_TRY(db.readSnapshot([&]() -> Status {
            auto rows = requestStore.loadMany(page);
            CS_TRY(rows);
            loaded = std::move(rows).value();
            auto votes = requestStore.decisionsBetween(low, high);
            CS_TRY(votes);
            decisions = std::move(votes).value();
            auto trails = auditLog.entriesOfRequests(low, high, kHistoryLimit);
            CS_TRY(trails);
            history = std::move(trails).value();
            auto executed = executionStore.loadBetween(low, high);
            CS_TRY(executed);
            runs = std::move(executed).value();
            auto verified = verifyEachChain(db, low, high + 1);
            CS_TRY(verified);
            chains = std::move(verified).value();
            return {};
        }));
        for (Request& r : loaded) {
            RequestEvidence e;
            const QString versionKey = r.action + QLatin1Char('\n') + QString::number(r.actionVersion);
            auto known = versions.constFind(versionKey);
            if (known == versions.constEnd()) {
                auto version = actions.version(r.action, r.actionVersion);
                CS_TRY(version);
                known = versions.insert(versionKey, *version);
            }
            e.details.version = *known;
            e.details.decisions = decisions.value(r.id);
            e.details.history = history.value(r.id);
            e.details.now = clock.nowMs();
            for (const QString& name : r.targets) {
                auto cached = targets.constFind(name);
                if (cached == targets.constEnd()) {
                    auto target = directory.target(name);
                    cached = targets.insert(name, target.ok() ? *target : Target { name, {}, {}, {}, {}, 0 });
                }
                e.targets.append(*cached);
            }
            const auto run = runs.constFind(r.id);
            if (run != runs.constEnd())
                e.execution = *run;
            e.chain = chains.value(r.id);
            e.checkpoint = *checkpoint;
            e.generatedBy = actor;
            e.generatedAt = clock.nowMs();
            e.details.request = std::move(r);
            ++report.totals[stateName(e.details.request.state)];
            report.requests.append(std::move(e));
        }
    }
    return {};
}

} // namespace

Result<PeriodReport> collectPeriodReport(Database& db, AuditService& audit, RequestService& requests,
                                         ExecutionService& executions, Directory& directory, const Clock& clock,
                                         const QString& actor, const PeriodFilter& filter)
{
    // The requests are read in bulk (collectPeriodEvidence), not through these services one by one.
    Q_UNUSED(requests);
    Q_UNUSED(executions);
    auto everything = audit.readsEverything(actor);
    CS_TRY(everything);
    if (!*everything)
        return Error::forbidden(CoreText::tr("Only admins and auditors can export a period report."));
    if (filter.to <= filter.from)
        return Error::invalid(CoreText::tr("The period ends before it starts."));
    if (!filter.state.isEmpty() && !stateFromName(filter.state))
        return Error::invalid(CoreText::tr("\"%1\" is not a request state.").arg(filter.state));

    auto ids = RequestStore(db).idsCreatedIn(
        { filter.from, filter.to, filter.action, filter.requester, filter.state, filter.target });
    CS_TRY(ids);

    PeriodReport report;
    report.filter = filter;
    CS_TRY(collectPeriodEvidence(db, directory, clock, actor, *ids, report));
    auto verified = verifyIntegrity(db, clock);
    CS_TRY(verified);
    report.verification = *verified;
    report.generatedBy = actor;
    report.generatedAt = clock.nowMs();
    return report;
}

namespace Json {

QJsonObject periodReport(const PeriodReport& report)
{
    QJsonObject totals;
    for (auto it = report.totals.begin(); it != report.totals.end(); ++it)
        totals.insert(it.key(), it.value());
    QJsonArray requests;
    for (const RequestEvidence& e : report.requests)
        requests.append(evidence(e));
    const AuditVerification& v = report.verification;
    QJsonObject verification { { QStringLiteral("intact"), v.intact },
                               { QStringLiteral("entriesChecked"), v.entriesChecked },
                               { QStringLiteral("requestsChecked"), v.requestsChecked },
                               { QStringLiteral("problem"), v.problem } };
    if (v.lastCheckpoint > 0)
        verification.insert(QStringLiteral("checkpoint"),
                            QJsonObject { { QStringLiteral("number"), v.lastCheckpoint },
                                          { QStringLiteral("entry"), v.lastCheckpointSeq } });
    return { { QStringLiteral("format"), QStringLiteral("countersign-period-report/1") },
             { QStringLiteral("generatedAt"), isoTime(report.generatedAt) },
             { QStringLiteral("generatedBy"), report.generatedBy },
             { QStringLiteral("filter"), report.filter.toJson() },
             { QStringLiteral("totals"), totals },
             { QStringLiteral("count"), report.requests.size() },
             { QStringLiteral("verification"), verification },
             { QStringLiteral("requests"), requests } };
}

QList<QStringList> periodRows(const PeriodReport& report)
{
    QList<QStringList> rows;
    rows << QStringList {
        QStringLiteral("id"),        QStringLiteral("created_at"),     QStringLiteral("requester"),
        QStringLiteral("action"),    QStringLiteral("action_version"), QStringLiteral("script_digest"),
        QStringLiteral("targets"),   QStringLiteral("state"),          QStringLiteral("comment"),
        QStringLiteral("rule"),      QStringLiteral("approvals"),      QStringLiteral("rejections"),
        QStringLiteral("agent"),     QStringLiteral("started_at"),     QStringLiteral("finished_at"),
        QStringLiteral("exit_code"), QStringLiteral("request_digest"), QStringLiteral("trail_intact")
    };
    for (const RequestEvidence& e : report.requests) {
        const Request& r = e.details.request;
        QStringList approvals;
        QStringList rejections;
        for (const Decision& d : e.details.decisions)
            (d.approve ? approvals : rejections) << QStringLiteral("%1 (%2)").arg(d.approver, isoTime(d.decidedAt));
        const std::optional<Execution>& x = e.execution;
        rows << QStringList { QString::number(r.id),
                              isoTime(r.createdAt),
                              r.requester,
                              r.action,
                              QString::number(r.actionVersion),
                              e.details.version.digest,
                              r.targets.join(QStringLiteral("; ")),
                              stateName(r.state),
                              r.comment,
                              r.flow.rule,
                              approvals.join(QStringLiteral("; ")),
                              rejections.join(QStringLiteral("; ")),
                              x ? x->agent : QString(),
                              x && x->startedAt > 0 ? isoTime(x->startedAt) : QString(),
                              x && x->finishedAt > 0 ? isoTime(x->finishedAt) : QString(),
                              x && x->exitCode ? QString::number(*x->exitCode) : QString(),
                              r.digest,
                              e.chain.intact ? QStringLiteral("yes") : QStringLiteral("no") };
    }
    return rows;
}

} // namespace Json
} // namespace cs
