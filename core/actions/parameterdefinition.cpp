#include <core/actions/parameterdefinition.h>

#include <core/actions/parametervalidator.h>

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace cs {
namespace {

struct TypeName
{
    ParameterType type;
    const char* name;
};
constexpr TypeName kTypeNames[] = {
    { ParameterType::String, "string" },   { ParameterType::Multiline, "multiline" },
    { ParameterType::Integer, "integer" }, { ParameterType::Boolean, "boolean" },
    { ParameterType::Choice, "choice" },   { ParameterType::Email, "email" },
    { ParameterType::Date, "date" },       { ParameterType::Secret, "secret" },
};

const QSet<QString>& knownKeys()
{
    static const QSet<QString> keys { QStringLiteral("name"),    QStringLiteral("label"),    QStringLiteral("help"),
                                      QStringLiteral("type"),    QStringLiteral("required"), QStringLiteral("default"),
                                      QStringLiteral("pattern"), QStringLiteral("min"),      QStringLiteral("max"),
                                      QStringLiteral("choices"), QStringLiteral("maxLength") };
    return keys;
}

Error fieldError(const QString& param, const QString& what)
{
    return Error::invalid(QStringLiteral("Parameter \"%1\": %2.").arg(param, what));
}

std::optional<qint64> readInteger(const QJsonValue& v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (d != static_cast<double>(static_cast<qint64>(d)))
        return std::nullopt;
    return static_cast<qint64>(d);
}

} // namespace

QString parameterTypeName(ParameterType type)
{
    for (const auto& t : kTypeNames)
        if (t.type == type)
            return QString::fromLatin1(t.name);
    return {};
}

int ParameterDefinition::effectiveMaxLength() const
{
    if (maxLength > 0)
        return maxLength;
    return type == ParameterType::Multiline ? 65536 : 1024;
}

Result<ParameterDefinition> ParameterDefinition::fromJson(const QJsonValue& json)
{
    if (!json.isObject())
        return Error::invalid(QStringLiteral("Each entry of \"parameters\" must be a JSON object."));
    const QJsonObject o = json.toObject();

    ParameterDefinition d;
    d.name = o.value(QStringLiteral("name")).toString();
    // Names become environment variables (CS_PARAM_<NAME>), so keep them to identifier characters.
    static const QRegularExpression nameRe(QStringLiteral("^[A-Za-z][A-Za-z0-9_]{0,63}$"));
    if (!nameRe.match(d.name).hasMatch())
        return Error::invalid(QStringLiteral("Parameter name \"%1\" is invalid: use a letter followed by up to 63 "
                                             "letters, digits or underscores.")
                                  .arg(d.name.left(80)));
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!knownKeys().contains(it.key()))
            return fieldError(d.name, QStringLiteral("unknown field \"%1\"").arg(it.key().left(80)));

    const QString typeName = o.value(QStringLiteral("type")).toString(QStringLiteral("string"));
    bool typeKnown = false;
    for (const auto& t : kTypeNames) {
        if (typeName == QLatin1String(t.name)) {
            d.type = t.type;
            typeKnown = true;
        }
    }
    if (!typeKnown)
        return fieldError(d.name,
                          QStringLiteral("unknown type \"%1\" (use string, multiline, integer, boolean, choice, "
                                         "email, date or secret)")
                              .arg(typeName.left(40)));

    const auto textField = [&](const char* key, QString* out) -> Status {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return {};
        if (!v.isString())
            return fieldError(d.name, QStringLiteral("\"%1\" must be a string").arg(QLatin1String(key)));
        *out = v.toString();
        return {};
    };
    CS_TRY(textField("label", &d.label));
    CS_TRY(textField("help", &d.help));
    CS_TRY(textField("pattern", &d.pattern));

    const QJsonValue required = o.value(QStringLiteral("required"));
    if (!required.isUndefined() && !required.isBool())
        return fieldError(d.name, QStringLiteral("\"required\" must be true or false"));
    d.required = required.toBool(false);

    if (!d.pattern.isEmpty()) {
        if (d.type == ParameterType::Boolean || d.type == ParameterType::Choice || d.type == ParameterType::Integer)
            return fieldError(d.name, QStringLiteral("a pattern applies only to text parameters"));
        const QRegularExpression re(d.pattern);
        if (!re.isValid())
            return fieldError(d.name,
                              QStringLiteral("pattern is not a valid regular expression (%1)").arg(re.errorString()));
    }

    for (const char* key : { "min", "max" }) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            continue;
        if (d.type != ParameterType::Integer)
            return fieldError(d.name,
                              QStringLiteral("\"%1\" applies only to integer parameters").arg(QLatin1String(key)));
        const auto n = readInteger(v);
        if (!n)
            return fieldError(d.name, QStringLiteral("\"%1\" must be a whole number").arg(QLatin1String(key)));
        (qstrcmp(key, "min") == 0 ? d.minimum : d.maximum) = *n;
    }
    if (d.minimum && d.maximum && *d.minimum > *d.maximum)
        return fieldError(d.name, QStringLiteral("\"min\" is greater than \"max\""));

    const QJsonValue maxLength = o.value(QStringLiteral("maxLength"));
    if (!maxLength.isUndefined()) {
        const auto n = readInteger(maxLength);
        if (!n || *n < 1 || *n > 1048576)
            return fieldError(d.name, QStringLiteral("\"maxLength\" must be a whole number from 1 to 1048576"));
        d.maxLength = static_cast<int>(*n);
    }

    const QJsonValue choices = o.value(QStringLiteral("choices"));
    if (d.type == ParameterType::Choice) {
        if (!choices.isArray() || choices.toArray().isEmpty())
            return fieldError(d.name, QStringLiteral("a choice parameter needs a non-empty \"choices\" list"));
        for (const QJsonValue& c : choices.toArray()) {
            if (!c.isString() || c.toString().isEmpty())
                return fieldError(d.name, QStringLiteral("every choice must be a non-empty string"));
            if (d.choices.contains(c.toString()))
                return fieldError(d.name, QStringLiteral("choice \"%1\" is listed twice").arg(c.toString().left(80)));
            d.choices.append(c.toString());
        }
    } else if (!choices.isUndefined()) {
        return fieldError(d.name, QStringLiteral("\"choices\" applies only to choice parameters"));
    }

    const QJsonValue def = o.value(QStringLiteral("default"));
    if (!def.isUndefined() && !def.isNull()) {
        if (d.type == ParameterType::Secret)
            return fieldError(d.name, QStringLiteral("a secret cannot have a default"));
        QJsonValue canonical;
        const QString problem = ParameterValidator::checkValue(d, def, &canonical);
        if (!problem.isEmpty())
            return fieldError(d.name, QStringLiteral("the default is not valid: %1").arg(problem));
        d.defaultValue = canonical;
    }
    return d;
}

QJsonObject ParameterDefinition::toJson() const
{
    QJsonObject o { { QStringLiteral("name"), name }, { QStringLiteral("type"), parameterTypeName(type) } };
    if (!label.isEmpty())
        o.insert(QStringLiteral("label"), label);
    if (!help.isEmpty())
        o.insert(QStringLiteral("help"), help);
    if (required)
        o.insert(QStringLiteral("required"), true);
    if (!defaultValue.isUndefined())
        o.insert(QStringLiteral("default"), defaultValue);
    if (!pattern.isEmpty())
        o.insert(QStringLiteral("pattern"), pattern);
    if (minimum)
        o.insert(QStringLiteral("min"), static_cast<double>(*minimum));
    if (maximum)
        o.insert(QStringLiteral("max"), static_cast<double>(*maximum));
    if (!choices.isEmpty())
        o.insert(QStringLiteral("choices"), QJsonArray::fromStringList(choices));
    if (maxLength > 0)
        o.insert(QStringLiteral("maxLength"), maxLength);
    return o;
}

} // namespace cs
