#include <core/audit/auditevents.h>
#include <core/common/canonicaljson.h>
#include <core/common/coretext.h>
#include <core/requests/request.h>
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
    // digestInput()'s keys in the order QJsonObject keeps them (sorted), values as the compact
    // writer spells them: strings escaped alike, numbers written by QString::number as text.
    QByteArray text;
    text.reserve(256 + parametersText.size() + targetsText.size() + policyText.size() + bypassText.size()
                 + 3 * (action.size() + comment.size() + requester.size() + behalfOf.size() + ticket.size()));
    bool exact = true;
    const auto string = [&](const char* key, QStringView value) {
        text.append(key);
        exact = exact && appendJsonString(text, value);
    };
    const auto json = [&](const char* key, QByteArrayView value) {
        text.append(key);
        text.append(value);
    };
    string("{\"action\":", action);
    text.append(",\"actionVersion\":").append(QByteArray::number(actionVersion));
    if (!behalfOf.isEmpty())
        string(",\"behalfOf\":", behalfOf);
    json(",\"bypass\":", bypassText);
    string(",\"comment\":", comment);
    string(",\"deadline\":", QString::number(deadline));
    if (durationSeconds > 0)
        string(",\"durationSeconds\":", QString::number(durationSeconds));
    if (notBefore > 0)
        string(",\"notBefore\":", QString::number(notBefore));
    json(",\"parameters\":", parametersText);
    json(",\"policy\":", policyText);
    if (previousRequest > 0)
        string(",\"previousRequest\":", QString::number(previousRequest));
    string(",\"requester\":", requester);
    json(",\"targets\":", targetsText);
    if (!ticket.isEmpty())
        string(",\"ticket\":", ticket);
    string(",\"versionDigest\":", versionDigest);
    text.append('}');
    return exact ? sha256Hex(text) : QString();
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
