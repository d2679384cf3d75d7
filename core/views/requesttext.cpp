#include <QRegularExpression>
#include <QStringList>
#include <core/audit/auditevents.h>
#include <core/common/coretext.h>
#include <core/common/visibletext.h>
#include <core/policy/reasonwords.h>
#include <core/requests/delegation.h>
#include <core/requests/phasealerts.h>
#include <core/views/granttext.h>
#include <core/views/requestjson.h>
#include <core/views/requesttext.h>

namespace cs {
namespace {

QString valueText(const QJsonValue& v)
{
    if (isSecretCommitment(v))
        return Json::SecretMask;
    if (v.isBool())
        return v.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    if (v.isDouble())
        return QString::number(v.toInteger()); // range-checked, unlike a cast
    return v.toString();
}

QString indentLines(const QString& text, const QString& indent)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString& l : lines)
        l.prepend(indent);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString requestSummaryLine(const Request& r)
{
    QString status = grantStatus(r); // "active until T", "approved, runs at T", or the state
    if (r.state == RequestState::Pending)
        status += QStringLiteral(" %1/%2").arg(r.phase + 1).arg(r.phaseCount());
    QString comment = r.comment.simplified();
    if (comment.size() > 40)
        comment = comment.left(37) + QStringLiteral("...");
    return CoreText::tr("#%1  %2  %3  %4  %5  deadline %6  \"%7\"")
        .arg(r.id)
        .arg(r.action, -24)
        .arg(r.requesterLabel(), -10)
        .arg(status, -12)
        .arg(isoTime(r.createdAt), isoTime(r.deadline), comment);
}

QString standingRefusal(const Request& r, const std::optional<Execution>& e, const QList<AuditEntry>& history)
{
    if (e && e->state == ExecutionState::Refused)
        return e->error;
    if (e || r.state != RequestState::Approved)
        return {};
    for (auto it = history.crbegin(); it != history.crend(); ++it)
        if (it->event == AuditEvent::ExecutionRefused)
            return it->payloadObject().value(QStringLiteral("reason")).toString();
    return {};
}

// The code (as stored, and in --json) is kept for a state this version does not know.
QString executionStateLabel(const QString& state)
{
    if (state == ExecutionState::Running)
        return CoreText::tr("running");
    if (state == ExecutionState::Succeeded)
        return CoreText::tr("succeeded");
    if (state == ExecutionState::Failed)
        return CoreText::tr("failed");
    if (state == ExecutionState::TimedOut)
        return CoreText::tr("timed out");
    if (state == ExecutionState::Interrupted)
        return CoreText::tr("interrupted");
    return state;
}

QString requestStateForPeople(const QString& code)
{
    const std::optional<RequestState> state = stateFromName(code);
    return state ? stateLabel(*state) : code;
}

QString executionAsText(const Request& r, const std::optional<Execution>& e,
                        const std::optional<DispatchAttempt>& dispatch, const QString& refusal)
{
    QStringList out;
    if (e && e->state == ExecutionState::Refused) {
        out << CoreText::tr("Execution: refused by agent %1 (%2); it never ran.").arg(e->agent, isoTime(e->finishedAt))
            << QStringLiteral("  %1").arg(e->error);
    } else if (e) {
        out << CoreText::tr("Execution: %1 on agent %2").arg(executionStateLabel(e->state), e->agent);
        if (e->startedAt > 0)
            out << CoreText::tr("  started %1").arg(isoTime(e->startedAt));
        if (e->finishedAt > 0)
            out << CoreText::tr("  finished %1%2")
                       .arg(isoTime(e->finishedAt),
                            e->exitCode ? CoreText::tr(", exit code %1").arg(*e->exitCode) : QString());
        if (!e->error.isEmpty())
            out << QStringLiteral("  %1").arg(e->error);
        if (!e->output.isEmpty())
            out << CoreText::tr("Output:")
                << indentLines(e->output.endsWith(QLatin1Char('\n')) ? e->output.chopped(1) : e->output,
                               QStringLiteral("  | "));
    } else if (r.state == RequestState::Approved) {
        if (!refusal.isEmpty())
            out << CoreText::tr("Execution: refused by the agent: %1").arg(refusal)
                << CoreText::tr("  The agent asks again on its next poll; it runs once the cause is fixed.");
        else if (dispatch && !dispatch->error.isEmpty())
            out << CoreText::tr(
                       "Execution: waiting for the agent at %1: %2 (tried %3). It runs when the agent is back.")
                       .arg(dispatch->agentUrl, dispatch->error, isoTime(dispatch->attemptedAt));
        else if (dispatch)
            out << CoreText::tr("Execution: handed to the agent at %1 (%2).")
                       .arg(dispatch->agentUrl, isoTime(dispatch->attemptedAt));
        else
            out << CoreText::tr("Execution: approved, waiting for the agent.");
    }
    return out.isEmpty() ? QString() : out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString requestAsText(const RequestDetails& d, const std::optional<Execution>& execution,
                      const std::optional<DispatchAttempt>& dispatch)
{
    const Request& r = d.request;
    QStringList out;
    out << CoreText::tr("Request #%1: %2 (version %3)").arg(r.id).arg(r.action).arg(r.actionVersion);
    QString status = grantStatus(r);
    if (r.state == RequestState::Pending)
        status += QStringLiteral(", ") + r.phaseLabel();
    out << CoreText::tr("Status:     %1").arg(status);
    out << CoreText::tr("Requested:  by %1 at %2").arg(r.requesterLabel(), isoTime(r.createdAt));
    if (!r.ticket.isEmpty())
        out << CoreText::tr("Ticket:     %1").arg(escapeInvisibleCharacters(r.ticket));
    if (r.requestedAgainFrom > 0)
        out << CoreText::tr("Again from: request #%1").arg(r.requestedAgainFrom);
    out << CoreText::tr("Deadline:   %1").arg(isoTime(r.deadline));
    out << grantTermLines(r); // time-bound access: duration, start, extension, active until
    out << CoreText::tr("Comment:    %1").arg(escapeInvisibleCharacters(r.comment));
    if (r.isBypass())
        out << CoreText::tr("Bypass:     %1").arg(ReasonWords::bypassForPeople(r.bypass));
    out << CoreText::tr("Targets:    %1").arg(r.targets.join(QStringLiteral(", ")));
    out << CoreText::tr("Parameters:");
    if (r.parameters.isEmpty())
        out << CoreText::tr("  (none)");
    bool escaped = false;
    for (auto it = r.parameters.begin(); it != r.parameters.end(); ++it) {
        // Invisible characters could make the value read as something else than what runs: spell them out.
        const QString raw = valueText(it.value());
        const QString value = escapeInvisibleCharacters(raw);
        escaped = escaped || value != raw;
        if (value.contains(QLatin1Char('\n')))
            out << QStringLiteral("  %1:").arg(it.key()) << indentLines(value, QStringLiteral("    | "));
        else
            out << QStringLiteral("  %1: %2").arg(it.key(), value);
    }
    if (escaped)
        out << CoreText::tr("  (!) Invisible characters are written as \\uXXXX: the value holds them, not that text.");
    out << CoreText::tr("Policy:     rule \"%1\" (revision %2)").arg(r.flow.rule).arg(r.flow.policyRevision);
    if (r.flow.timeout.isSet())
        out << QStringLiteral("  %1").arg(r.flow.timeout.describe());
    for (int i = 0; i < r.flow.phases.size(); ++i) {
        const Phase& p = r.flow.phases.at(i);
        const QString mark = i < r.phase
            ? CoreText::tr("done")
            : (i == r.phase && r.state == RequestState::Pending ? CoreText::tr("open") : QStringLiteral("    "));
        out << QStringLiteral("  [%1] %2. %3: %4%5")
                   .arg(mark)
                   .arg(i + 1)
                   .arg(p.name, p.approve.describe(!r.behalfOf.isEmpty()))
                   .arg(p.quorum > 1 ? CoreText::tr(" (quorum %1)").arg(p.quorum) : QString());
        if (p.reminder.isSet() || p.escalation.isSet())
            out << QStringLiteral("        %1")
                       .arg(QStringList { p.reminder.isSet() ? p.reminder.describe() : QString(),
                                          p.escalation.isSet() ? p.escalation.describe() : QString() }
                                .filter(QRegularExpression(QStringLiteral(".")))
                                .join(QStringLiteral("; ")));
    }
    // Issue 16: escalations, the later deadline of a timeout escalation, the next reminder.
    for (const RequestEscalation& e : r.escalations)
        out << (e.reason == QLatin1String("timeout") ? CoreText::tr("Escalated:  phase %1 to %2 at %3 (timeout)")
                                                     : CoreText::tr("Escalated:  phase %1 to %2 at %3"))
                   .arg(e.phase + 1)
                   .arg(e.group, isoTime(e.at));
    if (r.extendedDeadline > 0)
        out << CoreText::tr("New deadline: %1").arg(isoTime(r.extendedDeadline));
    if (r.state == RequestState::Pending) {
        if (const auto next = PhaseAlerts::nextReminder(r, d.decisions, d.now))
            out << CoreText::tr("Next reminder: %1").arg(isoTime(*next));
    }
    if (d.approvers.phase >= 0)
        out << CoreText::tr("Can approve: %1").arg(d.approvers.summary);
    if (!d.decisions.isEmpty()) {
        out << CoreText::tr("Decisions:");
        for (const Decision& x : d.decisions) {
            out << CoreText::tr("  %1 %2 in phase %3 at %4 (%5)%6")
                       .arg(decidedByText(x), x.approve ? CoreText::tr("approved") : CoreText::tr("rejected"))
                       .arg(x.phase + 1)
                       .arg(isoTime(x.decidedAt), ReasonWords::basisForPeople(x.basis),
                            x.comment.isEmpty() ? QString() : QStringLiteral(": \"%1\"").arg(x.comment));
        }
    }
    out << revokeHistoryLines(d.history);
    out << CoreText::tr("Digest:     %1").arg(r.digest);
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n')
        + executionAsText(r, execution, dispatch, standingRefusal(r, execution, d.history));
}

} // namespace cs
