#pragma once

#include <QMap>
#include <core/admin/auditservice.h>
#include <core/views/evidence.h>

namespace cs {

// Which requests a period report covers: created in [from, to), optionally of one action, touching
// one target, asked by one person, in one state.
struct PeriodFilter
{
    qint64 from = 0;
    qint64 to = 0;
    QString action;
    QString target;
    QString requester;
    QString state;

    QJsonObject toJson() const; // as the report's cover names the filters
};

// The period report (SPEC §7): every request of the filter with its evidence, the totals by state,
// and the workspace's verification with the checkpoint it was checked against.
struct PeriodReport
{
    PeriodFilter filter;
    QList<RequestEvidence> requests;
    QMap<QString, qint64> totals; // by state
    AuditVerification verification;
    QString generatedBy;
    qint64 generatedAt = 0;
};

// Admins and auditors only: the report reads every request.
Result<PeriodReport> collectPeriodReport(Database& db, AuditService& audit, RequestService& requests,
                                         ExecutionService& executions, Directory& directory, const Clock& clock,
                                         const QString& actor, const PeriodFilter& filter);

namespace Json {

QJsonObject periodReport(const PeriodReport& report); // the cover, and each request's evidence
// One row per request, with the fields an auditor filters on (header row first), as CSV cells.
QList<QStringList> periodRows(const PeriodReport& report);

} // namespace Json
} // namespace cs
