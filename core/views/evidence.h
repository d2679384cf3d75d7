#pragma once

#include <QJsonObject>
#include <core/audit/auditcheckpoints.h>
#include <core/directory/directory.h>
#include <core/execution/executionservice.h>
#include <core/requests/requestservice.h>

namespace cs {

// Everything an auditor asks of one request, gathered in one read: the request as approved, its
// targets with their attributes, every decision, the run, and its audit chain with the result of
// verifying it (and the newest signed checkpoint that covers the workspace).
struct RequestEvidence
{
    RequestDetails details;
    QList<Target> targets;
    std::optional<Execution> execution;
    AuditVerification chain; // the request's own chain
    std::optional<AuditCheckpoint> checkpoint;
    QString generatedBy;
    qint64 generatedAt = 0;
};

// The newest signed checkpoint as the evidence names it (its own checks run in `audit verify`).
Result<std::optional<AuditCheckpoint>> newestCheckpoint(Database& db);

// Refuses whoever may not read the request (RequestService::details decides).
Result<RequestEvidence> collectEvidence(Database& db, RequestService& requests, ExecutionService& executions,
                                        Directory& directory, const Clock& clock, const QString& actor, qint64 id);

namespace Json {

// Characters of a run's output an evidence document quotes (the whole output stays in the workspace).
constexpr int kOutputExcerpt = 4000;

// The evidence document (`countersign-cli evidence ID --format json`); secrets only as their mask.
QJsonObject evidence(const RequestEvidence& e);

} // namespace Json
} // namespace cs
