#include <QJsonArray>
#include <core/audit/auditevents.h>
#include <core/audit/grantevents.h>
#include <core/common/clock.h>
#include <core/policy/reasonwords.h>
#include <core/views/adminaudittext.h>
#include <core/views/audittext.h>
#include <core/views/grantaudittext.h>
#include <core/views/requesttext.h>

namespace cs {
namespace {

// A payload whose event has no sentence yet: its plain values, never nested JSON.
QString plainValues(const QJsonObject& p)
{
    QStringList parts;
    for (auto it = p.begin(); it != p.end(); ++it)
        if (it->isString() && !it->toString().isEmpty())
            parts << QStringLiteral("%1: %2").arg(it.key(), it->toString());
        else if (it->isDouble() || it->isBool())
            parts << QStringLiteral("%1: %2").arg(it.key(), it->toVariant().toString());
    return parts.join(QStringLiteral("; "));
}

} // namespace

QString withComment(QString sentence, const QString& comment)
{
    if (!comment.isEmpty())
        sentence += QLatin1Char(' ') + AuditText::tr("Comment: “%1”").arg(comment);
    return sentence;
}

QString auditEventLabel(const QString& event)
{
    static const QList<std::pair<QLatin1String, const char*>> labels {
        { AuditEvent::WorkspaceInitialised, QT_TRANSLATE_NOOP("AuditText", "Workspace created") },
        { AuditEvent::UserAdded, QT_TRANSLATE_NOOP("AuditText", "Person added") },
        { AuditEvent::ServiceAccountAdded, QT_TRANSLATE_NOOP("AuditText", "Service account added") },
        { AuditEvent::ServiceTokenIssued, QT_TRANSLATE_NOOP("AuditText", "API token issued") },
        { AuditEvent::ServiceTokenRevoked, QT_TRANSLATE_NOOP("AuditText", "API token revoked") },
        { AuditEvent::RoleGranted, QT_TRANSLATE_NOOP("AuditText", "Role granted") },
        { AuditEvent::RoleRevoked, QT_TRANSLATE_NOOP("AuditText", "Role revoked") },
        { AuditEvent::GroupAdded, QT_TRANSLATE_NOOP("AuditText", "Group added") },
        { AuditEvent::GroupMemberAdded, QT_TRANSLATE_NOOP("AuditText", "Added to group") },
        { AuditEvent::GroupMemberRemoved, QT_TRANSLATE_NOOP("AuditText", "Removed from group") },
        { AuditEvent::UserChanged, QT_TRANSLATE_NOOP("AuditText", "Person changed") },
        { AuditEvent::UserDisabled, QT_TRANSLATE_NOOP("AuditText", "Person disabled") },
        { AuditEvent::UserEnabled, QT_TRANSLATE_NOOP("AuditText", "Person enabled") },
        { AuditEvent::UserRemoved, QT_TRANSLATE_NOOP("AuditText", "Person removed") },
        { AuditEvent::GroupChanged, QT_TRANSLATE_NOOP("AuditText", "Group changed") },
        { AuditEvent::GroupRemoved, QT_TRANSLATE_NOOP("AuditText", "Group removed") },
        { AuditEvent::DirectoryConfigured, QT_TRANSLATE_NOOP("AuditText", "Directory source configured") },
        { AuditEvent::TargetAdded, QT_TRANSLATE_NOOP("AuditText", "Target added") },
        { AuditEvent::TargetChanged, QT_TRANSLATE_NOOP("AuditText", "Target changed") },
        { AuditEvent::TargetRemoved, QT_TRANSLATE_NOOP("AuditText", "Target removed") },
        { AuditEvent::KeyRegistered, QT_TRANSLATE_NOOP("AuditText", "Signing key listed") },
        { AuditEvent::Checkpoint, QT_TRANSLATE_NOOP("AuditText", "Audit checkpoint signed") },
        { AuditEvent::ActionVersionCreated, QT_TRANSLATE_NOOP("AuditText", "Action version published") },
        { AuditEvent::PolicyChanged, QT_TRANSLATE_NOOP("AuditText", "Approval policy changed") },
        { AuditEvent::WorkflowSaved, QT_TRANSLATE_NOOP("AuditText", "Workflow saved") },
        { AuditEvent::WorkflowArchived, QT_TRANSLATE_NOOP("AuditText", "Workflow archived") },
        { AuditEvent::RequestSubmitted, QT_TRANSLATE_NOOP("AuditText", "Request submitted") },
        { AuditEvent::RequestBypassed, QT_TRANSLATE_NOOP("AuditText", "Approval skipped") },
        // time-bound access
        { AuditEvent::GrantActivated, QT_TRANSLATE_NOOP("AuditText", "Access active") },
        { AuditEvent::GrantRevokeRequested, QT_TRANSLATE_NOOP("AuditText", "Early revoke asked") },
        { AuditEvent::GrantRevokeStarted, QT_TRANSLATE_NOOP("AuditText", "Revoke started") },
        { AuditEvent::GrantRevokeFailed, QT_TRANSLATE_NOOP("AuditText", "Revoke failed") },
        { AuditEvent::GrantRevoked, QT_TRANSLATE_NOOP("AuditText", "Access revoked") },
        { AuditEvent::GrantSuperseded, QT_TRANSLATE_NOOP("AuditText", "Access extended by a new request") },
        { AuditEvent::GrantCleanupScheduled, QT_TRANSLATE_NOOP("AuditText", "Clean-up revoke scheduled") },
        { AuditEvent::GrantReviewed, QT_TRANSLATE_NOOP("AuditText", "Access reviewed") },
        { AuditEvent::AccessReviewStarted, QT_TRANSLATE_NOOP("AuditText", "Access review started") },
        { AuditEvent::AccessReviewDecided, QT_TRANSLATE_NOOP("AuditText", "Access review decision") },
        { AuditEvent::AccessReviewClosed, QT_TRANSLATE_NOOP("AuditText", "Access review closed") },
        { AuditEvent::DecisionApproved, QT_TRANSLATE_NOOP("AuditText", "Approved") },
        { AuditEvent::DecisionRejected, QT_TRANSLATE_NOOP("AuditText", "Rejected") },
        { AuditEvent::PhaseCompleted, QT_TRANSLATE_NOOP("AuditText", "Phase completed") },
        { AuditEvent::RequestApproved, QT_TRANSLATE_NOOP("AuditText", "Request approved") },
        { AuditEvent::RequestRejected, QT_TRANSLATE_NOOP("AuditText", "Request rejected") },
        { AuditEvent::RequestCancelled, QT_TRANSLATE_NOOP("AuditText", "Request cancelled") },
        { AuditEvent::RequestExpired, QT_TRANSLATE_NOOP("AuditText", "Request expired") },
        { AuditEvent::RequestFeedback, QT_TRANSLATE_NOOP("AuditText", "Feedback") },
        { AuditEvent::RequestReminded, QT_TRANSLATE_NOOP("AuditText", "Approvers reminded") },
        { AuditEvent::RequestEscalated, QT_TRANSLATE_NOOP("AuditText", "Escalated") },
        { AuditEvent::ExecutionRefused, QT_TRANSLATE_NOOP("AuditText", "Refused by the agent") },
        { AuditEvent::ExecutionClaimed, QT_TRANSLATE_NOOP("AuditText", "Taken by the agent") },
        { AuditEvent::ExecutionStarted, QT_TRANSLATE_NOOP("AuditText", "Run started") },
        { AuditEvent::ExecutionDeferred, QT_TRANSLATE_NOOP("AuditText", "Run postponed") },
        { AuditEvent::ExecutionFinished, QT_TRANSLATE_NOOP("AuditText", "Run finished") },
        { AuditEvent::ExecutionInterrupted, QT_TRANSLATE_NOOP("AuditText", "Run interrupted") },
        { AuditEvent::DelegationCreated, QT_TRANSLATE_NOOP("AuditText", "Delegation set up") },
        { AuditEvent::DelegationEnded, QT_TRANSLATE_NOOP("AuditText", "Delegation ended") },
        { AuditEvent::NotifyDefaultChanged, QT_TRANSLATE_NOOP("AuditText", "Notice defaults changed") },
        { AuditEvent::NotifyWebhookAdded, QT_TRANSLATE_NOOP("AuditText", "Notice webhook added") },
        { AuditEvent::NotifyWebhookEnabled, QT_TRANSLATE_NOOP("AuditText", "Notice webhook enabled") },
        { AuditEvent::NotifyWebhookDisabled, QT_TRANSLATE_NOOP("AuditText", "Notice webhook disabled") },
        { AuditEvent::NotifyWebhookTested, QT_TRANSLATE_NOOP("AuditText", "Notice webhook tested") },
        { AuditEvent::ApprovalWebhookAdded, QT_TRANSLATE_NOOP("AuditText", "Approval webhook added") },
        { AuditEvent::ApprovalWebhookEnabled, QT_TRANSLATE_NOOP("AuditText", "Approval webhook enabled") },
        { AuditEvent::ApprovalWebhookDisabled, QT_TRANSLATE_NOOP("AuditText", "Approval webhook disabled") },
        { AuditEvent::ApprovalWebhookTested, QT_TRANSLATE_NOOP("AuditText", "Approval webhook tested") },
        { AuditEvent::ApprovalWebhookCalled, QT_TRANSLATE_NOOP("AuditText", "Approval webhook called") },
        { AuditEvent::ApprovalWebhookReplyRefused, QT_TRANSLATE_NOOP("AuditText", "Approval webhook answer refused") },
    };
    for (const auto& [code, label] : labels)
        if (code == event)
            return AuditText::tr(label);
    return event; // an event added later reads as its code until it gets a label
}

QString auditEntrySentence(const AuditEntry& e, const TimeText& timeText)
{
    const TimeText when = timeText ? timeText : TimeText([](qint64 ms) { return isoTime(ms); });
    const QJsonObject p = e.payloadObject();
    const QString& ev = e.event;
    if (ev == AuditEvent::RequestSubmitted) {
        const QString deadline = payloadText(p, "deadline");
        return withComment(
            AuditText::tr("%1 version %2 on %3, decide by %4.")
                    .arg(payloadText(p, "action"))
                    .arg(p.value(QStringLiteral("version")).toInt())
                    .arg(p.value(QStringLiteral("targets")).toVariant().toStringList().join(QStringLiteral(", ")),
                         when(deadline.toLongLong()))
                + (p.contains(QStringLiteral("ticket")) ? AuditText::tr(" Ticket: %1.").arg(payloadText(p, "ticket"))
                                                        : QString()),
            payloadText(p, "comment"));
    }
    if (ev == AuditEvent::RequestBypassed)
        return p.contains(QStringLiteral("group"))
            ? AuditText::tr("Run directly: member of %1, which needs no approval.").arg(payloadText(p, "group"))
            : AuditText::tr("No approval needed: %1.").arg(ReasonWords::bypassForPeople(payloadText(p, "reason")));
    if (ev == AuditEvent::DecisionApproved || ev == AuditEvent::DecisionRejected) {
        const QString phase = AuditText::tr("Phase %1 (%2)")
                                  .arg(p.value(QStringLiteral("phase")).toInt() + 1)
                                  .arg(payloadText(p, "phaseName"));
        const QString basis = ReasonWords::basisForPeople(p.value(QStringLiteral("basis")).toArray());
        QString sentence = ev == AuditEvent::DecisionApproved
            ? AuditText::tr("%1 approved; counted as %2.").arg(phase, basis)
            : AuditText::tr("%1 rejected.").arg(phase);
        return withComment(sentence, payloadText(p, "comment"));
    }
    if (ev == AuditEvent::RequestFeedback) {
        const QString vote = payloadText(p, "vote");
        const QString sentence = vote == QLatin1String("up") ? AuditText::tr("Feedback (no decision): a vote up.")
            : vote == QLatin1String("down")                  ? AuditText::tr("Feedback (no decision): a vote down.")
                                                             : AuditText::tr("Feedback (no decision), no vote.");
        return withComment(sentence, payloadText(p, "comment"));
    }
    if (ev == AuditEvent::PhaseCompleted)
        return AuditText::tr("Phase %1 (%2) is complete.")
            .arg(p.value(QStringLiteral("phase")).toInt() + 1)
            .arg(payloadText(p, "name"));
    if (ev == AuditEvent::RequestApproved)
        return AuditText::tr("Every phase is approved; the request may run.");
    if (ev == AuditEvent::RequestRejected && p.contains(QStringLiteral("timeout")))
        return AuditText::tr(
                   "Nobody decided before the deadline (%1); the policy rejects it on timeout, it will not run.")
            .arg(when(payloadText(p, "deadline").toLongLong()));
    if (ev == AuditEvent::RequestRejected)
        return AuditText::tr("The request was rejected and will not run.");
    if (ev == AuditEvent::RequestReminded)
        return AuditText::tr("Phase %1 (%2): its approvers who have not decided were reminded.")
            .arg(p.value(QStringLiteral("phase")).toInt() + 1)
            .arg(payloadText(p, "phaseName"));
    if (ev == AuditEvent::RequestEscalated)
        return payloadText(p, "reason") == QLatin1String("timeout")
            ? AuditText::tr("Phase %1 (%2) timed out and was escalated to %3; new deadline %4.")
                  .arg(p.value(QStringLiteral("phase")).toInt() + 1)
                  .arg(payloadText(p, "phaseName"), payloadText(p, "group"),
                       when(payloadText(p, "deadline").toLongLong()))
            : AuditText::tr("Phase %1 (%2) was escalated to %3, whose members may now approve it too.")
                  .arg(p.value(QStringLiteral("phase")).toInt() + 1)
                  .arg(payloadText(p, "phaseName"), payloadText(p, "group"));
    if (ev == AuditEvent::RequestCancelled)
        return withComment(AuditText::tr("Cancelled by the requester; it will not run."), payloadText(p, "comment"));
    if (ev == AuditEvent::RequestExpired)
        return AuditText::tr("Nobody decided before the deadline (%1); it will not run.")
            .arg(when(payloadText(p, "deadline").toLongLong()));
    if (ev == AuditEvent::ExecutionRefused)
        return AuditText::tr("The agent refused to run it: %1").arg(payloadText(p, "reason"));
    if (ev == AuditEvent::ExecutionClaimed) // "sweep": the agent's own pass over approved requests
        return payloadText(p, "caller") == QLatin1String("sweep")
            ? AuditText::tr("The agent picked up the approved request to run it.")
            : AuditText::tr("The agent took the request to run it, as %1 asked.").arg(payloadText(p, "caller"));
    if (ev == AuditEvent::ExecutionStarted)
        return AuditText::tr("The run started.");
    if (ev == AuditEvent::ExecutionDeferred)
        return AuditText::tr("Postponed for %n seconds: %1", nullptr, p.value(QStringLiteral("retryInSeconds")).toInt())
            .arg(payloadText(p, "reason"));
    if (ev == AuditEvent::ExecutionFinished || ev == AuditEvent::ExecutionInterrupted) {
        if (p.value(QStringLiteral("exitCode")).isDouble())
            return AuditText::tr("Finished (%1) with exit code %2.")
                .arg(executionStateLabel(payloadText(p, "state")))
                .arg(p.value(QStringLiteral("exitCode")).toInt());
        return AuditText::tr("Finished (%1): %2")
            .arg(executionStateLabel(payloadText(p, "state")), payloadText(p, "error"));
    }
    if (ev == AuditEvent::WorkspaceInitialised)
        return AuditText::tr("Workspace created with %1 as its administrator.").arg(payloadText(p, "admin"));
    if (ev == AuditEvent::UserAdded)
        return AuditText::tr("%1 (%2) joined the directory.").arg(payloadText(p, "name"), payloadText(p, "login"));
    if (ev == AuditEvent::RoleGranted)
        return AuditText::tr("%1 may now act as %2.").arg(payloadText(p, "login"), payloadText(p, "role"));
    if (ev == AuditEvent::RoleRevoked)
        return AuditText::tr("%1 no longer acts as %2.").arg(payloadText(p, "login"), payloadText(p, "role"));
    if (ev == AuditEvent::GroupAdded)
        return payloadText(p, "description").isEmpty()
            ? AuditText::tr("Group %1, without a description.").arg(payloadText(p, "group"))
            : AuditText::tr("Group %1: %2").arg(payloadText(p, "group"), payloadText(p, "description"));
    if (ev == AuditEvent::GroupMemberAdded)
        return AuditText::tr("%1 joined the group %2.").arg(payloadText(p, "login"), payloadText(p, "group"));
    if (ev == AuditEvent::GroupMemberRemoved)
        return AuditText::tr("%1 left the group %2.").arg(payloadText(p, "login"), payloadText(p, "group"));
    if (ev == AuditEvent::TargetAdded)
        return AuditText::tr("Target %1 (%2), run by the agent at %3.")
            .arg(payloadText(p, "target"), payloadText(p, "kind"), payloadText(p, "agent"));
    if (ev == AuditEvent::ActionVersionCreated)
        return AuditText::tr("%1 version %2 published.")
            .arg(payloadText(p, "action"))
            .arg(p.value(QStringLiteral("version")).toInt());
    if (ev == AuditEvent::PolicyChanged)
        return AuditText::tr("Approval policy of %1, revision %2.")
            .arg(payloadText(p, "action"))
            .arg(p.value(QStringLiteral("revision")).toInt());
    // Time-bound access and administration have sentence files of their own.
    if (auto sentence = grantEventSentence(ev, p, when))
        return *sentence;
    if (auto sentence = adminEventSentence(ev, p, when))
        return *sentence;
    return plainValues(p);
}

QString bypassSentence(const Request& r)
{
    if (!r.isBypass())
        return {};
    const QString group = r.bypass.value(QStringLiteral("group")).toString();
    if (!group.isEmpty())
        return AuditText::tr("Approval skipped — run directly by %1 (member of %2)").arg(r.requester, group);
    return AuditText::tr("Approval skipped — %1")
        .arg(ReasonWords::bypassForPeople(r.bypass.value(QStringLiteral("reason")).toString()));
}

} // namespace cs
