#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QLatin1String>
#include <QString>
#include <QStringList>
#include <optional>

// Every event the audit log records, and the shape of its payload: one place, so an event
// reaches the log in one shape whichever service writes it, and a reader (views, evidence,
// notifications) finds every name here. Builders take plain values so this layer depends on nothing
// above storage.
namespace cs::AuditEvent {

constexpr QLatin1String WorkspaceInitialised("workspace.initialised");
constexpr QLatin1String UserAdded("user.added");
constexpr QLatin1String UserChanged("user.changed"); // payload: the person as they are now (userAdded's shape)
constexpr QLatin1String UserDisabled("user.disabled");
constexpr QLatin1String UserEnabled("user.enabled");
constexpr QLatin1String UserRemoved("user.removed");
// Service accounts (issue 17); payload {"login", "token": the token's name}.
constexpr QLatin1String ServiceAccountAdded("service_account.added");
constexpr QLatin1String ServiceTokenIssued("service_account.token_issued");
constexpr QLatin1String ServiceTokenRevoked("service_account.token_revoked");
constexpr QLatin1String RoleGranted("role.granted");
constexpr QLatin1String RoleRevoked("role.revoked");
constexpr QLatin1String GroupAdded("group.added");
constexpr QLatin1String GroupMemberAdded("group.member_added");
constexpr QLatin1String GroupMemberRemoved("group.member_removed");
constexpr QLatin1String TargetAdded("target.added");
constexpr QLatin1String TargetChanged("target.changed"); // payload: the target as it is now (targetAdded's shape)
constexpr QLatin1String TargetRemoved("target.removed");
constexpr QLatin1String ActionVersionCreated("action.version_created");
constexpr QLatin1String PolicyChanged("policy.changed");
constexpr QLatin1String WorkflowSaved("workflow.saved"); // payload: the workflow file plus "revision"
constexpr QLatin1String WorkflowArchived("workflow.archived");
// The directory sync (actor "directory-sync") also writes user.added, group.added and group.member_*.
constexpr QLatin1String DirectoryConfigured("directory.configured");
constexpr QLatin1String GroupChanged("group.changed");
constexpr QLatin1String GroupRemoved("group.removed");
constexpr QLatin1String KeyRegistered("audit.key_registered");
constexpr QLatin1String Checkpoint("audit.checkpoint");

constexpr QLatin1String RequestSubmitted("request.submitted");
constexpr QLatin1String RequestBypassed("request.bypassed");
constexpr QLatin1String DecisionApproved("decision.approved");
constexpr QLatin1String DecisionRejected("decision.rejected");
constexpr QLatin1String PhaseCompleted("request.phase_completed");
constexpr QLatin1String RequestApproved("request.approved");
constexpr QLatin1String RequestRejected("request.rejected");
constexpr QLatin1String RequestCancelled("request.cancelled");
constexpr QLatin1String RequestExpired("request.expired");
// A vote or comment on a request that decides nothing (payload: feedback()).
constexpr QLatin1String RequestFeedback("request.feedback");

// payload: id, delegator, delegate, from, until (ISO times); ended adds endedBy.
constexpr QLatin1String DelegationCreated("delegation.created");
constexpr QLatin1String DelegationEnded("delegation.ended");

// Issue 16: a phase's approvers reminded; a fallback group added to a phase (after its escalation
// delay, or as the timeout outcome). A timeout reject is request.rejected with "timeout" in its payload.
constexpr QLatin1String RequestReminded("request.reminded");
constexpr QLatin1String RequestEscalated("request.escalated");

constexpr QLatin1String NotifyDefaultChanged("notify.default_changed");
constexpr QLatin1String NotifyWebhookAdded("notify.webhook_added");
constexpr QLatin1String NotifyWebhookEnabled("notify.webhook_enabled");
constexpr QLatin1String NotifyWebhookDisabled("notify.webhook_disabled");
constexpr QLatin1String NotifyWebhookTested("notify.webhook_tested");

// Issue 17: approval webhooks registered, tested, disabled after failing, and their replies refused.
constexpr QLatin1String ApprovalWebhookAdded("approval_webhook.added");
constexpr QLatin1String ApprovalWebhookEnabled("approval_webhook.enabled");
constexpr QLatin1String ApprovalWebhookDisabled("approval_webhook.disabled");
constexpr QLatin1String ApprovalWebhookTested("approval_webhook.tested");
constexpr QLatin1String ApprovalWebhookCalled("approval_webhook.called");
constexpr QLatin1String ApprovalWebhookReplyRefused("approval_webhook.reply_refused");

constexpr QLatin1String ExecutionRefused("execution.refused");
constexpr QLatin1String ExecutionClaimed("execution.claimed");
constexpr QLatin1String ExecutionStarted("execution.started");
constexpr QLatin1String ExecutionDeferred("execution.deferred");
constexpr QLatin1String ExecutionFinished("execution.finished");
constexpr QLatin1String ExecutionInterrupted("execution.interrupted");

} // namespace cs::AuditEvent

namespace cs::AuditPayload {

// What every event about a request records of it.
QJsonObject requestSummary(const QString& action, int version, const QString& digest, const QString& state, int phase);
QJsonObject submitted(QJsonObject summary, const QJsonObject& parameters, const QStringList& targets,
                      const QString& comment, const QJsonObject& policy, qint64 deadline);
QJsonObject expired(QJsonObject summary, qint64 deadline, const QString& previousState);
QJsonObject cancelled(QJsonObject summary, const QString& comment);
QJsonObject decision(int phase, const QString& phaseName, const QString& comment, const QJsonValue& basis,
                     const QString& digest);
QJsonObject phaseCompleted(int phase, const QString& name);
// vote: "up", "down" or "none"; commentChanged: whether this feedback rewrote the comment.
QJsonObject feedback(const QString& vote, const QString& comment, bool commentChanged);

// requestState: the state the refusal ended the request in ("failed"), empty when it may be claimed again.
QJsonObject executionRefused(const QString& reason, const QString& caller, const QString& requestState = {});
QJsonObject executionClaimed(const QString& caller, const QString& digest, const QString& versionDigest);
QJsonObject executionDeferred(const QString& reason, int retryInSeconds);
QJsonObject executionEnded(const QString& state, qint64 outputCharacters, std::optional<int> exitCode,
                           const QString& error);

QJsonObject workspaceInitialised(const QString& admin);
QJsonObject userAdded(const QString& login, const QString& name, const QString& email, const QString& manager,
                      const QStringList& roles);
QJsonObject roleChanged(const QString& login, const QString& role);
QJsonObject userNamed(const QString& login); // disabled, enabled, removed
QJsonObject groupAdded(const QString& group, const QString& description);
QJsonObject membershipChanged(const QString& group, const QString& login);
QJsonObject targetAdded(const QString& target, const QString& kind, const QString& agent, const QString& owner,
                        const QJsonObject& attributes);
QJsonObject targetRemoved(const QString& target);
QJsonObject actionVersionCreated(const QString& action, int version, const QString& digest,
                                 const QJsonObject& definition);
QJsonObject policyChanged(const QString& action, int revision, const QJsonObject& policy);

// The directory source as configured (never a password); changes: {"field": {"from": .., "to": ..}}.
QJsonObject directoryConfigured(const QJsonObject& source);
QJsonObject userChanged(const QString& login, const QJsonObject& changes);
QJsonObject userDisabled(const QString& login, const QString& reason);
QJsonObject userEnabled(const QString& login);
QJsonObject groupChanged(const QString& group, const QJsonObject& changes);
QJsonObject groupRemoved(const QString& group, const QString& reason);

// The reason the directory sync stores when it disables a person or removes a group the company
// directory no longer has; readers recognise it to tell it in the reader's language.
constexpr QLatin1String LeftDirectoryReason("no longer in the company directory");

} // namespace cs::AuditPayload
