#include <core/audit/auditevents.h>
#include <core/common/canonicaljson.h>
#include <core/common/coretext.h>
#include <core/requests/request.h>
#include <core/requests/storedrequest.h>
#include <functional>

namespace cs {

QString Request::phaseLabel() const
{
    if (state != RequestState::Pending || phase >= flow.phases.size())
        return {};
    return CoreText::tr("phase %1 of %2: %3").arg(phase + 1).arg(flow.phases.size()).arg(flow.phases.at(phase).name);
}

QList<RequestEscalation> Request::escalationsOf(int phase) const
{
    QList<RequestEscalation> out;
    for (const RequestEscalation& e : escalations)
        if (e.phase == phase)
            out.append(e);
    return out;
}

Phase Request::effectivePhase(int index) const
{
    Phase phase = flow.phases.at(index);
    const QList<RequestEscalation> added = escalationsOf(index);
    if (added.isEmpty())
        return phase;
    // The recorded leaves keep their numbers (votes cast before stay valid); each fallback group is
    // a new leaf numbered after them, under an ANY with the original expression.
    int next = 0;
    const std::function<void(const Expression&)> highest = [&](const Expression& e) {
        next = qMax(next, e.leafId + 1);
        for (const Expression& c : e.children)
            highest(c);
    };
    highest(phase.approve);
    Expression any;
    any.op = Expression::Op::Any;
    any.children.append(phase.approve);
    QStringList groups;
    for (const RequestEscalation& e : added) {
        if (groups.contains(e.group))
            continue;
        groups.append(e.group);
        Expression leaf;
        leaf.kind = CriterionKind::Group;
        leaf.value = e.group;
        leaf.leafId = next++;
        any.children.append(leaf);
    }
    phase.approve = any;
    return phase;
}

QList<Phase> Request::effectivePhases() const
{
    QList<Phase> out;
    for (int i = 0; i < flow.phases.size(); ++i)
        out.append(effectivePhase(i));
    return out;
}

QJsonObject Request::auditSummary() const
{
    return AuditPayload::requestSummary(action, actionVersion, digest, stateName(state), phase);
}

QJsonObject Request::digestInput() const
{
    QJsonObject o { { QStringLiteral("action"), action },
                    { QStringLiteral("actionVersion"), actionVersion },
                    { QStringLiteral("versionDigest"), versionDigest },
                    { QStringLiteral("parameters"), parameters },
                    { QStringLiteral("targets"), QJsonArray::fromStringList(targets) },
                    { QStringLiteral("requester"), requester },
                    { QStringLiteral("deadline"), QString::number(deadline) },
                    { QStringLiteral("comment"), comment },
                    { QStringLiteral("policy"), flow.toJson() },
                    { QStringLiteral("bypass"), bypass } };
    // Only when set: requests made before time-bound access existed keep their digests.
    if (durationSeconds > 0)
        o.insert(QStringLiteral("durationSeconds"), QString::number(durationSeconds));
    if (notBefore > 0)
        o.insert(QStringLiteral("notBefore"), QString::number(notBefore));
    if (previousRequest > 0)
        o.insert(QStringLiteral("previousRequest"), QString::number(previousRequest));
    // Likewise (migration 17): requests without a beneficiary or ticket keep their digests.
    if (!behalfOf.isEmpty())
        o.insert(QStringLiteral("behalfOf"), behalfOf);
    if (!ticket.isEmpty())
        o.insert(QStringLiteral("ticket"), ticket);
    return o;
}

QString Request::requesterLabel() const
{
    return behalfOf.isEmpty() ? requester : CoreText::tr("%1 for %2").arg(requester, behalfOf);
}

QString Request::computeDigest() const
{
    return sha256Hex(canonicalJson(digestInput()));
}

QString Request::digestOfStoredText(QByteArrayView parametersText, QByteArrayView targetsText,
                                    QByteArrayView policyText, QByteArrayView bypassText) const
{
    // Broken UTF-16 has no UTF-8 spelling that the general writer is sure to share.
    for (const QString* s : { &action, &versionDigest, &requester, &comment, &behalfOf, &ticket })
        if (!QStringView(*s).isValidUtf16())
            return {};
    const QByteArray actionText = action.toUtf8();
    const QByteArray versionDigestText = versionDigest.toUtf8();
    const QByteArray requesterText = requester.toUtf8();
    const QByteArray commentText = comment.toUtf8();
    const QByteArray behalfOfText = behalfOf.toUtf8();
    const QByteArray ticketText = ticket.toUtf8();
    StoredRequestRow row;
    row.action = actionText;
    row.actionVersion = actionVersion;
    row.versionDigest = versionDigestText;
    row.requester = requesterText;
    row.comment = commentText;
    row.parameters = parametersText;
    row.targets = targetsText;
    row.policy = policyText;
    row.bypass = bypassText;
    row.deadline = deadline;
    row.durationSeconds = durationSeconds;
    row.notBefore = notBefore;
    row.previousRequest = previousRequest;
    row.behalfOf = behalfOfText;
    row.ticket = ticketText;
    std::vector<char> room;
    char hex[64];
    return storedTextDigest(row, room, hex) ? QString::fromLatin1(hex, sizeof hex) : QString();
}

QString secretCommitment(const QByteArray& salt, const QString& value)
{
    return QStringLiteral("secret:sha256:") + sha256Hex(salt + value.toUtf8());
}

bool isSecretCommitment(const QJsonValue& value)
{
    return value.isString() && value.toString().startsWith(QLatin1String("secret:sha256:"));
}

} // namespace cs
