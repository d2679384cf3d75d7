#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <core/actions/action.h>
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
    c.targets = sortedSet(targets);
    return c;
}

bool ActionDefinition::operator==(const ActionDefinition& o) const
{
    return name == o.name && description == o.description && interpreter == o.interpreter && script == o.script
        && revokeScript == o.revokeScript && timeoutSeconds == o.timeoutSeconds && requesterGroups == o.requesterGroups
        && targets == o.targets && targetKind == o.targetKind && parameters == o.parameters;
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
                                       QStringLiteral("parameters") };
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

    auto groups = names(o, "requesterGroups");
    CS_TRY(groups);
    d.requesterGroups = *groups;
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
