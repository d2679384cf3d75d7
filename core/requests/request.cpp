#include <core/audit/auditevents.h>
#include <core/common/canonicaljson.h>
#include <core/common/coretext.h>
#include <core/requests/request.h>

namespace cs {

QString Request::phaseLabel() const
{
    if (state != RequestState::Pending || phase >= flow.phases.size())
        return {};
    return CoreText::tr("phase %1 of %2: %3").arg(phase + 1).arg(flow.phases.size()).arg(flow.phases.at(phase).name);
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
    return o;
}

QString Request::computeDigest() const
{
    return sha256Hex(canonicalJson(digestInput()));
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
