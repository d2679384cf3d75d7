#include <algorithm>
#include <core/actions/grantterms.h>
#include <core/actions/parametervalidator.h>
#include <core/common/coretext.h>
#include <core/common/identity.h>
#include <core/requests/requestkey.h>
#include <core/requests/requestservice.h>

namespace cs::RequestKey {

Status check(const QString& key)
{
    if (key.size() > kMaxLength)
        return Error::invalid(CoreText::tr("A request key is at most %1 characters.").arg(kMaxLength));
    if (key.trimmed() != key || std::any_of(key.begin(), key.end(), [](QChar c) { return !c.isPrint(); }))
        return Error::invalid(CoreText::tr("A request key is printable text without leading or trailing spaces."));
    return {};
}

bool sameSubmission(const Request& existing, const SubmitInput& input, const ParameterList& definitions)
{
    if (existing.action != input.action || existing.comment != input.comment.trimmed())
        return false;
    const auto duration
        = input.duration.trimmed().isEmpty() ? Result<qint64>(0) : GrantTerms::parseDuration(input.duration);
    if (!duration.ok() || *duration != existing.durationSeconds || input.notBefore != existing.notBefore
        || input.previousRequest != existing.previousRequest)
        return false;
    // Issues 17 and 19: the same beneficiary and ticket (the inbound API retries with a key too).
    if (normalizeLogin(input.behalfOf) != existing.behalfOf || input.ticket.trimmed() != existing.ticket)
        return false;
    QStringList targets;
    for (const QString& raw : input.targets)
        if (const QString name = raw.trimmed(); !targets.contains(name))
            targets.append(name);
    std::sort(targets.begin(), targets.end());
    if (targets != existing.targets)
        return false;
    auto values = ParameterValidator::validate(definitions, input.parameters);
    if (!values.ok())
        return false;
    QJsonObject parameters = *values;
    for (const ParameterDefinition& d : definitions) {
        if (d.type != ParameterType::Secret || !parameters.contains(d.name))
            continue;
        // Its salt is readable by agents only (PostgreSQL grants), so the commitment cannot be recomputed here.
        if (!existing.parameters.contains(d.name))
            return false;
        parameters.insert(d.name, existing.parameters.value(d.name));
    }
    return parameters == existing.parameters;
}

} // namespace cs::RequestKey
