#include <QJsonArray>
#include <QJsonDocument>
#include <core/audit/auditchainverifier.h>
#include <core/audit/auditevents.h>
#include <core/views/evidence.h>
#include <core/views/requestjson.h>
#include <core/views/requesttext.h>

namespace cs {

Result<std::optional<AuditCheckpoint>> newestCheckpoint(Database& db)
{
    // The newest checkpoint, as verify reads it; its own checks run in `audit verify`.
    auto q = db.exec(CheckpointStatements::newest());
    CS_TRY(q);
    if (!q->next())
        return std::optional<AuditCheckpoint>();
    AuditCheckpoint c;
    c.seq = q->value(0).toLongLong();
    c.at = q->value(1).toLongLong();
    c.payload = QJsonDocument::fromJson(q->value(2).toString().toUtf8()).object();
    c.number = c.payload.value(QStringLiteral("checkpoint")).toInteger();
    c.chains = c.payload.value(QStringLiteral("chains")).toInteger();
    c.keyId = c.payload.value(QStringLiteral("key")).toString();
    return std::optional<AuditCheckpoint>(c);
}

Result<RequestEvidence> collectEvidence(Database& db, RequestService& requests, ExecutionService& executions,
                                        Directory& directory, const Clock& clock, const QString& actor, qint64 id)
{
    RequestEvidence e;
    auto details = requests.details(actor, id);
    CS_TRY(details);
    e.details = std::move(details).value();
    for (const QString& name : e.details.request.targets) {
        auto target = directory.target(name);
        if (target.ok())
            e.targets.append(*target);
        else
            e.targets.append(Target { name, {}, {}, {}, {}, 0 });
    }
    auto execution = executions.execution(id);
    CS_TRY(execution);
    e.execution = *execution;
    auto chain = verifyChainRange(db, id, id + 1);
    CS_TRY(chain);
    e.chain = chain->verification;
    auto checkpoint = newestCheckpoint(db);
    CS_TRY(checkpoint);
    e.checkpoint = *checkpoint;
    e.generatedBy = actor;
    e.generatedAt = clock.nowMs();
    return e;
}

namespace Json {

QJsonObject evidence(const RequestEvidence& e)
{
    const Request& r = e.details.request;
    const QJsonObject summary = request(r);
    QJsonObject req;
    for (const char* key : { "id", "action", "actionVersion", "versionDigest", "requester", "comment", "parameters",
                             "state", "createdAt", "deadline", "updatedAt", "digest", "bypass", "key", "escalations",
                             "extendedDeadline", "behalfOf", "ticket" }) // who was added as approvers, and when
        if (summary.contains(QLatin1String(key)))
            req.insert(QLatin1String(key), summary.value(QLatin1String(key)));
    req.insert(QStringLiteral("scriptDigest"), e.details.version.digest);

    QJsonArray targets;
    for (const Target& t : e.targets)
        targets.append(target(t));

    QJsonObject policy { { QStringLiteral("rule"), r.flow.rule },
                         { QStringLiteral("policyRevision"), r.flow.policyRevision },
                         { QStringLiteral("phases"), summary.value(QStringLiteral("phases")) } };

    QJsonArray decisions;
    for (const Decision& d : e.details.decisions) {
        QJsonObject o = decision(d);
        o.insert(QStringLiteral("phaseName"),
                 d.phase < r.flow.phases.size() ? r.flow.phases.at(d.phase).name : QString());
        // The digest the approver saw is the one now approved: nothing changed after the vote.
        o.insert(QStringLiteral("digestMatchesRequest"), d.requestDigest == r.digest);
        decisions.append(o);
    }

    QJsonValue execution = QJsonValue::Null;
    if (e.execution) {
        QJsonObject o = e.execution->toJson();
        o.remove(QStringLiteral("output"));
        o.insert(QStringLiteral("outputExcerpt"), e.execution->output.left(kOutputExcerpt));
        o.insert(QStringLiteral("outputCharacters"), e.execution->output.size());
        execution = o;
    }

    QJsonValue revocation = QJsonValue::Null;
    QJsonArray trail;
    for (const AuditEntry& entry : e.details.history) {
        trail.append(auditEntry(entry));
        if (entry.event.contains(QLatin1String("revok")))
            revocation = QJsonObject { { QStringLiteral("at"), isoTime(entry.at) },
                                       { QStringLiteral("by"), entry.actor },
                                       { QStringLiteral("event"), entry.event },
                                       { QStringLiteral("entry"), entry.seq } };
    }

    QJsonObject verification { { QStringLiteral("intact"), e.chain.intact },
                               { QStringLiteral("entriesChecked"), e.chain.entriesChecked },
                               { QStringLiteral("problem"), e.chain.problem } };
    if (e.checkpoint)
        verification.insert(QStringLiteral("checkpoint"),
                            QJsonObject { { QStringLiteral("number"), e.checkpoint->number },
                                          { QStringLiteral("entry"), e.checkpoint->seq },
                                          { QStringLiteral("at"), isoTime(e.checkpoint->at) },
                                          { QStringLiteral("key"), e.checkpoint->keyId } });

    return { { QStringLiteral("format"), QStringLiteral("countersign-evidence/1") },
             { QStringLiteral("generatedAt"), isoTime(e.generatedAt) },
             { QStringLiteral("generatedBy"), e.generatedBy },
             { QStringLiteral("request"), req },
             { QStringLiteral("targets"), targets },
             { QStringLiteral("policy"), policy },
             { QStringLiteral("decisions"), decisions },
             { QStringLiteral("execution"), execution },
             { QStringLiteral("revocation"), revocation },
             { QStringLiteral("auditTrail"), trail },
             { QStringLiteral("verification"), verification } };
}

} // namespace Json
} // namespace cs
