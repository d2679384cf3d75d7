#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <algorithm>
#include <core/actions/action.h>
#include <core/actions/grantterms.h>
#include <core/common/canonicaljson.h>
#include <core/common/coretext.h>
#include <core/common/wholenumber.h>

namespace cs {
namespace {

Result<QStringList> names(const QJsonObject& o, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return QStringList();
    if (!v.isArray())
        return Error::invalid(CoreText::tr("Action field \"%1\" must be a list of names.").arg(QLatin1String(key)));
    QStringList out;
    for (const QJsonValue& item : v.toArray()) {
        const QString s = item.toString().trimmed();
        if (!item.isString() || s.isEmpty())
            return Error::invalid(
                CoreText::tr("Action field \"%1\" must contain only non-empty names.").arg(QLatin1String(key)));
        if (!out.contains(s))
            out.append(s);
    }
    return out;
}

Result<QString> text(const QJsonObject& o, const char* key, bool required)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() && !required)
        return QString();
    if (!v.isString() || (required && v.toString().trimmed().isEmpty()))
        return Error::invalid(
            required ? CoreText::tr("Action field \"%1\" is required and must be text.").arg(QLatin1String(key))
                     : CoreText::tr("Action field \"%1\" must be text.").arg(QLatin1String(key)));
    return v.toString();
}

Result<Policy> policyFromJson(const QString& action, const QJsonValue& json)
{
    // No policy of its own: the workspace's default workflow gates it (resolved at import and submit).
    if (json.isUndefined())
        return Policy::fromJson(QJsonObject());
    if (!json.isObject())
        return Error::invalid(CoreText::tr("Action \"%1\" needs a \"policy\" object (for example "
                                           "{\"approvalRequired\": false}).")
                                  .arg(action));
    auto policy = Policy::fromJson(json.toObject());
    if (!policy.ok())
        return Error::invalid(CoreText::tr("Action \"%1\": %2").arg(action, policy.error().message));
    return policy;
}

// revokeTimeoutSeconds, durations, maxDuration, earliestStart: how a grant is bounded in time.
Status readGrantTerms(const QJsonObject& o, ActionDefinition& d)
{
    const QJsonValue revokeTimeout = o.value(QStringLiteral("revokeTimeoutSeconds"));
    if (!revokeTimeout.isUndefined()) {
        const auto t = revokeTimeout.isDouble() ? exactInteger(revokeTimeout.toDouble()) : std::nullopt;
        if (!t || *t < 1 || *t > 86400)
            return Error::invalid(
                CoreText::tr("Action field \"revokeTimeoutSeconds\" must be a whole number from 1 to 86400."));
        d.revokeTimeoutSeconds = static_cast<int>(*t);
    }
    const QJsonValue list = o.value(QStringLiteral("durations"));
    if (!list.isUndefined()) {
        if (!list.isArray() || list.toArray().isEmpty() || list.toArray().size() > 20)
            return Error::invalid(CoreText::tr("Action field \"durations\" must be a list of 1 to 20 durations such as "
                                               "\"1h\" or \"8h\"."));
        for (const QJsonValue& item : list.toArray()) {
            auto seconds = GrantTerms::parseDuration(item.toString());
            if (!item.isString() || !seconds.ok())
                return Error::invalid(
                    CoreText::tr("Action field \"durations\": %1")
                        .arg(seconds.ok() ? CoreText::tr("every entry must be text.") : seconds.error().message));
            if (d.durations.contains(*seconds))
                return Error::invalid(CoreText::tr("Action field \"durations\" lists %1 twice.")
                                          .arg(GrantTerms::formatDuration(*seconds)));
            d.durations.append(*seconds);
        }
        std::sort(d.durations.begin(), d.durations.end());
    }
    const QJsonValue max = o.value(QStringLiteral("maxDuration"));
    if (!max.isUndefined()) {
        auto seconds = GrantTerms::parseDuration(max.toString());
        if (!max.isString() || !seconds.ok())
            return Error::invalid(
                CoreText::tr("Action field \"maxDuration\": %1")
                    .arg(seconds.ok() ? CoreText::tr("it must be text such as \"24h\".") : seconds.error().message));
        d.maxDurationSeconds = *seconds;
        if (!d.durations.isEmpty() && d.durations.last() > d.maxDurationSeconds)
            return Error::invalid(
                CoreText::tr("Action field \"durations\" offers %1, longer than its \"maxDuration\" %2.")
                    .arg(GrantTerms::formatDuration(d.durations.last()),
                         GrantTerms::formatDuration(d.maxDurationSeconds)));
    }
    const QJsonValue earliest = o.value(QStringLiteral("earliestStart"));
    if (!earliest.isUndefined()) {
        if (!earliest.isBool())
            return Error::invalid(CoreText::tr("Action field \"earliestStart\" must be true or false."));
        d.earliestStart = earliest.toBool();
    }
    const bool bounded = !d.durations.isEmpty() || d.maxDurationSeconds > 0;
    if (!d.revokeScript.isEmpty() && !bounded)
        return Error::invalid(CoreText::tr("Action \"%1\" has a revoke script, so it needs \"durations\" or "
                                           "\"maxDuration\": how long a grant may last.")
                                  .arg(d.name));
    if (d.revokeScript.isEmpty() && (bounded || d.revokeTimeoutSeconds > 0))
        return Error::invalid(
            CoreText::tr("Action \"%1\" gives durations but no \"revokeScript\" to end a grant.").arg(d.name));
    return {};
}

} // namespace

QJsonObject ActionDefinition::toJson() const
{
    QJsonArray params;
    for (const auto& p : parameters)
        params.append(p.toJson());
    QJsonObject o { { QStringLiteral("name"), name },
                    { QStringLiteral("description"), description },
                    { QStringLiteral("interpreter"), interpreter },
                    { QStringLiteral("script"), script },
                    { QStringLiteral("timeoutSeconds"), timeoutSeconds },
                    { QStringLiteral("requesterGroups"), QJsonArray::fromStringList(requesterGroups) },
                    { QStringLiteral("targets"), QJsonArray::fromStringList(targets) },
                    { QStringLiteral("parameters"), params } };
    if (!revokeScript.isEmpty())
        o.insert(QStringLiteral("revokeScript"), revokeScript);
    if (!targetKind.isEmpty())
        o.insert(QStringLiteral("targetKind"), targetKind);
    // Written only when set: a version's digest is over this JSON, and actions made before
    // time-bound access existed must keep theirs.
    if (revokeTimeoutSeconds > 0)
        o.insert(QStringLiteral("revokeTimeoutSeconds"), revokeTimeoutSeconds);
    if (!durations.isEmpty()) {
        QJsonArray list;
        for (qint64 d : durations)
            list.append(GrantTerms::formatDuration(d));
        o.insert(QStringLiteral("durations"), list);
    }
    if (maxDurationSeconds > 0)
        o.insert(QStringLiteral("maxDuration"), GrantTerms::formatDuration(maxDurationSeconds));
    if (earliestStart)
        o.insert(QStringLiteral("earliestStart"), true);
    if (!onBehalfGroups.isEmpty()) // likewise: only when set (issue 17)
        o.insert(QStringLiteral("onBehalf"),
                 QJsonObject { { QStringLiteral("requesterGroups"), QJsonArray::fromStringList(onBehalfGroups) } });
    return o;
}

QString ActionDefinition::versionDigest() const
{
    return sha256Hex(canonicalJson(toJson()));
}

ActionDefinition ActionDefinition::canonical() const
{
    const auto sortedSet = [](QStringList list) {
        list.sort();
        list.removeDuplicates();
        return list;
    };
    ActionDefinition c = *this;
    c.requesterGroups = sortedSet(requesterGroups);
    c.onBehalfGroups = sortedSet(onBehalfGroups);
    c.targets = sortedSet(targets);
    return c;
}

bool ActionDefinition::operator==(const ActionDefinition& o) const
{
    return name == o.name && description == o.description && interpreter == o.interpreter && script == o.script
        && revokeScript == o.revokeScript && timeoutSeconds == o.timeoutSeconds && requesterGroups == o.requesterGroups
        && targets == o.targets && targetKind == o.targetKind && parameters == o.parameters
        && revokeTimeoutSeconds == o.revokeTimeoutSeconds && durations == o.durations
        && maxDurationSeconds == o.maxDurationSeconds && earliestStart == o.earliestStart
        && onBehalfGroups == o.onBehalfGroups;
}

Status ActionDefinition::checkDuration(qint64 seconds) const
{
    if (!isTimeBound())
        return seconds == 0
            ? Status()
            : Status(Error::invalid(
                CoreText::tr("Action \"%1\" grants nothing for a time; it takes no duration.").arg(name)));
    if (seconds <= 0)
        return Error::invalid(CoreText::tr("Action \"%1\" grants access for a time: choose a duration.").arg(name));
    if (!durations.isEmpty() && !durations.contains(seconds)) {
        QStringList offered;
        for (qint64 d : durations)
            offered << GrantTerms::formatDuration(d);
        return Error::invalid(CoreText::tr("The duration %1 is not offered by action \"%2\"; choose one of %3.")
                                  .arg(GrantTerms::formatDuration(seconds), name, offered.join(QStringLiteral(", "))));
    }
    if (maxDurationSeconds > 0 && seconds > maxDurationSeconds)
        return Error::invalid(
            CoreText::tr("The duration %1 is longer than action \"%2\" allows (at most %3).")
                .arg(GrantTerms::formatDuration(seconds), name, GrantTerms::formatDuration(maxDurationSeconds)));
    return {};
}

const ParameterDefinition* ActionDefinition::parameter(const QString& parameterName) const
{
    for (const auto& p : parameters)
        if (p.name == parameterName)
            return &p;
    return nullptr;
}

bool ActionDefinition::allowsTarget(const QString& targetName, const QString& kind) const
{
    return targets.contains(targetName) || (!targetKind.isEmpty() && kind == targetKind);
}

Result<ActionDefinition> actionDefinitionFromJson(const QJsonObject& o)
{
    static const QSet<QString> known { QStringLiteral("name"),
                                       QStringLiteral("description"),
                                       QStringLiteral("interpreter"),
                                       QStringLiteral("script"),
                                       QStringLiteral("revokeScript"),
                                       QStringLiteral("timeoutSeconds"),
                                       QStringLiteral("requesterGroups"),
                                       QStringLiteral("targets"),
                                       QStringLiteral("targetKind"),
                                       QStringLiteral("parameters"),
                                       QStringLiteral("revokeTimeoutSeconds"),
                                       QStringLiteral("durations"),
                                       QStringLiteral("maxDuration"),
                                       QStringLiteral("earliestStart"),
                                       QStringLiteral("onBehalf") };
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!known.contains(it.key()))
            return Error::invalid(CoreText::tr("Unknown action field \"%1\".").arg(it.key().left(80)));

    ActionDefinition d;
    auto name = text(o, "name", true);
    CS_TRY(name);
    d.name = name->trimmed();
    static const QRegularExpression nameRe(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,79}$"));
    if (!nameRe.match(d.name).hasMatch())
        return Error::invalid(CoreText::tr("Action name \"%1\" is invalid: use lower-case letters, digits, '.', '_' "
                                           "or '-' (up to 80).")
                                  .arg(d.name.left(80)));
    auto description = text(o, "description", false);
    CS_TRY(description);
    d.description = *description;
    auto script = text(o, "script", true);
    CS_TRY(script);
    d.script = *script;
    auto revoke = text(o, "revokeScript", false);
    CS_TRY(revoke);
    d.revokeScript = *revoke;
    auto kind = text(o, "targetKind", false);
    CS_TRY(kind);
    d.targetKind = kind->trimmed();

    if (o.contains(QStringLiteral("interpreter"))) {
        auto interpreter = text(o, "interpreter", true);
        CS_TRY(interpreter);
        d.interpreter = interpreter->trimmed();
    }
    // The interpreter is exec'd directly, never through a shell: one program path or name.
    static const QRegularExpression interpreterRe(QStringLiteral("^/?[A-Za-z0-9._+-]+(/[A-Za-z0-9._+-]+)*$"));
    if (!interpreterRe.match(d.interpreter).hasMatch())
        return Error::invalid(CoreText::tr("Action interpreter \"%1\" must be a program name or absolute path "
                                           "without spaces or shell characters.")
                                  .arg(d.interpreter.left(80)));

    const QJsonValue timeout = o.value(QStringLiteral("timeoutSeconds"));
    if (!timeout.isUndefined()) {
        const auto t = timeout.isDouble() ? exactInteger(timeout.toDouble()) : std::nullopt;
        if (!t || *t < 1 || *t > 86400)
            return Error::invalid(
                CoreText::tr("Action field \"timeoutSeconds\" must be a whole number from 1 to 86400."));
        d.timeoutSeconds = static_cast<int>(*t);
    }

    CS_TRY(readGrantTerms(o, d));

    auto groups = names(o, "requesterGroups");
    CS_TRY(groups);
    d.requesterGroups = *groups;
    if (o.contains(QStringLiteral("onBehalf"))) {
        const QJsonValue behalf = o.value(QStringLiteral("onBehalf"));
        const QJsonObject b = behalf.toObject();
        if (!behalf.isObject() || b.size() != 1 || !b.contains(QStringLiteral("requesterGroups")))
            return Error::invalid(CoreText::tr("Action field \"onBehalf\" must be an object with only "
                                               "\"requesterGroups\": the groups that may request for someone else."));
        auto behalfGroups = names(b, "requesterGroups");
        CS_TRY(behalfGroups);
        if (behalfGroups->isEmpty())
            return Error::invalid(CoreText::tr("Action field \"onBehalf\" names no requester groups."));
        for (const QString& g : std::as_const(*behalfGroups))
            if (!d.requesterGroups.contains(g))
                return Error::invalid(CoreText::tr("Action field \"onBehalf\" names group \"%1\", which may not "
                                                   "request the action (it is not in \"requesterGroups\").")
                                          .arg(g));
        d.onBehalfGroups = *behalfGroups;
    }
    auto targets = names(o, "targets");
    CS_TRY(targets);
    d.targets = *targets;
    if (d.targets.isEmpty() && d.targetKind.isEmpty())
        return Error::invalid(
            CoreText::tr("Action \"%1\" names no targets: give \"targets\" or \"targetKind\".").arg(d.name));

    const QJsonValue params = o.value(QStringLiteral("parameters"));
    if (!params.isUndefined() && !params.isArray())
        return Error::invalid(CoreText::tr("Action field \"parameters\" must be a list."));
    if (params.toArray().size() > 100)
        return Error::invalid(CoreText::tr("Action \"%1\" declares more than 100 parameters.").arg(d.name));
    QSet<QString> seen;
    for (const QJsonValue& p : params.toArray()) {
        auto def = ParameterDefinition::fromJson(p);
        CS_TRY(def);
        // Case-insensitive: both become the same CS_PARAM_ environment variable.
        if (seen.contains(def->name.toUpper()))
            return Error::invalid(CoreText::tr("Parameter \"%1\" is declared twice.").arg(def->name));
        seen.insert(def->name.toUpper());
        d.parameters.append(*def);
    }
    return d;
}

Result<ActionFile> ActionFile::fromJson(const QJsonObject& object)
{
    QJsonObject definitionJson = object;
    definitionJson.remove(QStringLiteral("policy"));
    auto definition = actionDefinitionFromJson(definitionJson);
    CS_TRY(definition);

    auto policy = policyFromJson(definition->name, object.value(QStringLiteral("policy")));
    CS_TRY(policy);
    return ActionFile { *definition, *policy };
}

Result<Policy> ActionFile::parsePolicy(const QString& actionName, const QByteArray& json, TextPosition* where)
{
    QJsonObject object;
    QString problem;
    if (!parseJsonObject(json, &object, &problem, where))
        return Error::invalid(CoreText::tr("The policy is not valid: %1.").arg(problem));
    return policyFromJson(actionName, object);
}

QJsonObject ActionFile::toJson() const
{
    QJsonObject o = definition.toJson();
    o.insert(QStringLiteral("policy"), policy.toJson());
    return o;
}

Result<ActionFile> ActionFile::validated() const
{
    return fromJson(toJson());
}

Result<ActionFile> ActionFile::parse(const QByteArray& json)
{
    if (json.size() > kMaxFileBytes)
        return Error::invalid(CoreText::tr("The action file is larger than 1 MiB."));
    // Checked before parsing: what approvers read must be exactly the text that was written.
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = utf8.decode(json);
    if (utf8.hasError())
        return Error::invalid(CoreText::tr("The action file is not valid UTF-8 text."));
    QJsonObject object;
    QString problem;
    if (!parseJsonObject(json, &object, &problem))
        return Error::invalid(CoreText::tr("The action file is not valid: %1.").arg(problem));
    return fromJson(object);
}

} // namespace cs
