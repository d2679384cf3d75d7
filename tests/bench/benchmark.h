#pragma once

#include <QJsonObject>
#include <QString>
#include <core/common/clock.h>
#include <core/workspace.h>
#include <functional>
#include <memory>

// Shared state of one countersign-bench run: the workspace under test and what seeding made.
struct Bench
{
    QString engine; // sqlite | postgresql
    QString location; // workspace (file or postgresql:// URL)
    QString password; // PostgreSQL
    QString pgBin = QStringLiteral("/usr/lib/postgresql/15/bin");
    qint64 requests = 100000;
    cs::ManualClock clock;
    std::unique_ptr<cs::Workspace> ws;
    QString approver = QStringLiteral("approver"); // the person whose Incoming is measured
    qint64 approverPending = 0;
    QList<qint64> pendingForApprover; // ids, for the decision benchmark

    std::unique_ptr<cs::Workspace> connect() const; // another connection (own thread)
};

// Each section adds its figures to the report; a failing step ends the run with a message.
QJsonObject seedWorkspace(Bench& b);
QJsonObject measurePolicyEvaluation();
QJsonObject measureQueue(Bench& b);
// The approver's My work page: core's homeView over every pending page, and the model load.
QJsonObject measureHome(Bench& b);
// Issue 20: finding a request by a parameter's value (reported within "home").
QJsonObject measureSearch(Bench& b);
QJsonObject measureAuditVerify(Bench& b, qint64 entries, bool spread);
QJsonObject measureDecisions(Bench& b);
QJsonObject measureWorkflowReferences(int requests); // issue 19: its own workspaces
QJsonObject measureExecutionLatency(Bench& b, const QString& agentBinary, int samples);
QJsonObject measureApprovalStart(Bench& b, const QString& agentBinary, int samples);
QJsonObject measureFootprint(Bench& b, const QString& desktopBinary);
QJsonObject measureAgentHttp(Bench& b, const QString& agentBinary);
// A fresh workspace at location, synced from 10,000 people in 500 groups in slapd.
QJsonObject measureDirectory(const QString& location, const QString& password);
// After measureAuditVerify: checkpoints and verifies over its log; exports csvRequests and pdfRequests.
QJsonObject measureEvidence(Bench& b, qint64 csvRequests, qint64 pdfRequests);
// paceMs: the pause between submits (0: as fast as one connection commits).
QJsonObject measureNotify(Bench& b, const QString& agentBinary, int requests, int approvers, int paceMs);
// Who can approve a pending request: from the phase's candidates against from the whole directory.
QJsonObject measureWhoCanApprove(Bench& b);

// Bulk decisions (bulkbench.cpp): preview and decideMany of `count` fresh requests through core.
QJsonObject measureBulk(Bench& b, int count);

// A fresh workspace at location: `grants` time-bound grants due in one minute, revoked by the
// real agent; lateness from each T to its revoke script's start (revocationbench.cpp).
QJsonObject measureRevocation(const QString& location, const QString& password, const QString& agentBinary, int grants);

// The inbound API (apibench.cpp, issue 17): submissions/s from `clients` concurrent clients through
// the real agent as a service account, against core's own submit rate on the same database.
QJsonObject measureApi(Bench& b, const QString& agentBinary, int clients, int perClient);

// The Active grants tab (activegrantsbench.cpp): core's list of `grants` active grants, as an admin and
// as an approver of half of them.
QJsonObject measureActiveGrants(Bench& b, int grants);

// Helpers
double percentile(QList<double> values, double p);
[[noreturn]] void fail(const QString& message);
void progress(const QString& message);
void must(const cs::Status& s, const QString& what);
void mustExec(cs::Database& db, const QString& sql, const QVariantList& values, const QString& what);
template<typename T> void mustOk(const cs::Result<T>& r, const QString& what)
{
    if (!r.ok())
        fail(what + QStringLiteral(": ") + r.error().message);
}
