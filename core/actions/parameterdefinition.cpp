#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <core/actions/parameterdefinition.h>
#include <core/actions/parametervalidator.h>
#include <core/common/coretext.h>
#include <core/common/wholenumber.h>

namespace cs {
namespace {

// "string, multiline, ... or secret", for the parser's message.
QString typeNamesInSentence()
{
    QStringList names;
    for (const auto& t : parameterTypes())
        names << t.name;
    const QString last = names.takeLast();
    return names.join(QStringLiteral(", ")) + QStringLiteral(" or ") + last;
}

const QSet<QString>& knownKeys()
{
    static const QSet<QString> keys { QStringLiteral("name"),      QStringLiteral("label"),
                                      QStringLiteral("help"),      QStringLiteral("type"),
                                      QStringLiteral("required"),  QStringLiteral("default"),
                                      QStringLiteral("pattern"),   QStringLiteral("min"),
                                      QStringLiteral("max"),       QStringLiteral("choices"),
                                      QStringLiteral("maxLength"), QStringLiteral("allowInvisibleCharacters") };
    return keys;
}

Error fieldError(const QString& param, const QString& what)
{
    return Error::invalid(CoreText::tr("Parameter \"%1\": %2.").arg(param, what));
}

} // namespace

const QList<ParameterTypeInfo>& parameterTypes()
{
    static const QList<ParameterTypeInfo> types {
        { ParameterType::String, QStringLiteral("string"), QT_TRANSLATE_NOOP("cs::ParameterType", "Text") },
        { ParameterType::Multiline, QStringLiteral("multiline"),
          QT_TRANSLATE_NOOP("cs::ParameterType", "Multi-line text") },
        { ParameterType::Integer, QStringLiteral("integer"), QT_TRANSLATE_NOOP("cs::ParameterType", "Whole number") },
        { ParameterType::Boolean, QStringLiteral("boolean"), QT_TRANSLATE_NOOP("cs::ParameterType", "Yes or no") },
        { ParameterType::Choice, QStringLiteral("choice"), QT_TRANSLATE_NOOP("cs::ParameterType", "Choice") },
        { ParameterType::Email, QStringLiteral("email"), QT_TRANSLATE_NOOP("cs::ParameterType", "E-mail address") },
        { ParameterType::Date, QStringLiteral("date"), QT_TRANSLATE_NOOP("cs::ParameterType", "Date") },
        { ParameterType::Secret, QStringLiteral("secret"), QT_TRANSLATE_NOOP("cs::ParameterType", "Secret") },
    };
    return types;
}

QString parameterTypeName(ParameterType type)
{
    for (const auto& t : parameterTypes())
        if (t.type == type)
            return t.name;
    return {};
}

std::optional<ParameterType> parameterTypeFromName(const QString& name)
{
    for (const auto& t : parameterTypes())
        if (t.name == name)
            return t.type;
    return std::nullopt;
}

int ParameterDefinition::effectiveMaxLength() const
{
    if (maxLength > 0)
        return maxLength;
    return type == ParameterType::Multiline ? 65536 : 1024;
}

bool ParameterDefinition::allowsInvisibleCharacters() const
{
    return allowInvisibleCharacters.value_or(type == ParameterType::Multiline || type == ParameterType::Secret);
}

Result<ParameterDefinition> ParameterDefinition::fromJson(const QJsonValue& json)
{
    if (!json.isObject())
        return Error::invalid(CoreText::tr("Each entry of \"parameters\" must be a JSON object."));
    const QJsonObject o = json.toObject();

    ParameterDefinition d;
    d.name = o.value(QStringLiteral("name")).toString();
    // Names become environment variables (CS_PARAM_<NAME>), so keep them to identifier characters.
    static const QRegularExpression nameRe(QStringLiteral("^[A-Za-z][A-Za-z0-9_]{0,63}$"));
    if (!nameRe.match(d.name).hasMatch())
        return Error::invalid(CoreText::tr("Parameter name \"%1\" is invalid: use a letter followed by up to 63 "
                                           "letters, digits or underscores.")
                                  .arg(d.name.left(80)));
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!knownKeys().contains(it.key()))
            return fieldError(d.name, CoreText::tr("unknown field \"%1\"").arg(it.key().left(80)));

    const QString typeName = o.value(QStringLiteral("type")).toString(QStringLiteral("string"));
    const auto type = parameterTypeFromName(typeName);
    if (!type)
        return fieldError(d.name,
                          CoreText::tr("unknown type \"%1\" (use %2)").arg(typeName.left(40), typeNamesInSentence()));
    d.type = *type;

    const auto textField = [&](const char* key, QString* out) -> Status {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return {};
        if (!v.isString())
            return fieldError(d.name, CoreText::tr("\"%1\" must be a string").arg(QLatin1String(key)));
        *out = v.toString();
        return {};
    };
    CS_TRY(textField("label", &d.label));
    CS_TRY(textField("help", &d.help));
    CS_TRY(textField("pattern", &d.pattern));

    const QJsonValue required = o.value(QStringLiteral("required"));
    if (!required.isUndefined() && !required.isBool())
        return fieldError(d.name, CoreText::tr("\"required\" must be true or false"));
    d.required = required.toBool(false);

    if (!d.pattern.isEmpty()) {
        if (d.type == ParameterType::Boolean || d.type == ParameterType::Choice || d.type == ParameterType::Integer)
            return fieldError(d.name, CoreText::tr("a pattern applies only to text parameters"));
        const QRegularExpression re(d.pattern);
        if (!re.isValid())
            return fieldError(d.name,
                              CoreText::tr("pattern is not a valid regular expression (%1)").arg(re.errorString()));
    }

    for (const char* key : { "min", "max" }) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            continue;
        if (d.type != ParameterType::Integer)
            return fieldError(d.name,
                              CoreText::tr("\"%1\" applies only to integer parameters").arg(QLatin1String(key)));
        const auto n = v.isDouble() ? exactInteger(v.toDouble()) : std::nullopt;
        if (!n)
            return fieldError(d.name,
                              CoreText::tr("\"%1\" must be a whole number from %2 to %3")
                                  .arg(QLatin1String(key))
                                  .arg(-kMaxExactInteger)
                                  .arg(kMaxExactInteger));
        (qstrcmp(key, "min") == 0 ? d.minimum : d.maximum) = *n;
    }
    if (d.minimum && d.maximum && *d.minimum > *d.maximum)
        return fieldError(d.name, CoreText::tr("\"min\" is greater than \"max\""));

    const QJsonValue maxLength = o.value(QStringLiteral("maxLength"));
    if (!maxLength.isUndefined()) {
        const auto n = maxLength.isDouble() ? exactInteger(maxLength.toDouble()) : std::nullopt;
        if (!n || *n < 1 || *n > 1048576)
            return fieldError(d.name, CoreText::tr("\"maxLength\" must be a whole number from 1 to 1048576"));
        d.maxLength = static_cast<int>(*n);
    }

    const QJsonValue invisible = o.value(QStringLiteral("allowInvisibleCharacters"));
    if (!invisible.isUndefined()) {
        if (!invisible.isBool())
            return fieldError(d.name, CoreText::tr("\"allowInvisibleCharacters\" must be true or false"));
        if (d.type == ParameterType::Integer || d.type == ParameterType::Boolean)
            return fieldError(d.name, CoreText::tr("\"allowInvisibleCharacters\" applies only to text parameters"));
        d.allowInvisibleCharacters = invisible.toBool();
    }

    const QJsonValue choices = o.value(QStringLiteral("choices"));
    if (d.type == ParameterType::Choice) {
        if (!choices.isArray() || choices.toArray().isEmpty())
            return fieldError(d.name, CoreText::tr("a choice parameter needs a non-empty \"choices\" list"));
        for (const QJsonValue& c : choices.toArray()) {
            if (!c.isString() || c.toString().isEmpty())
                return fieldError(d.name, CoreText::tr("every choice must be a non-empty string"));
            if (d.choices.contains(c.toString()))
                return fieldError(d.name, CoreText::tr("choice \"%1\" is listed twice").arg(c.toString().left(80)));
            d.choices.append(c.toString());
        }
    } else if (!choices.isUndefined()) {
        return fieldError(d.name, CoreText::tr("\"choices\" applies only to choice parameters"));
    }

    const QJsonValue def = o.value(QStringLiteral("default"));
    if (!def.isUndefined() && !def.isNull()) {
        if (d.type == ParameterType::Secret)
            return fieldError(d.name, CoreText::tr("a secret cannot have a default"));
        QJsonValue canonical;
        const QString problem = ParameterValidator::checkValue(d, def, &canonical);
        if (!problem.isEmpty())
            return fieldError(d.name, CoreText::tr("the default is not valid: %1").arg(problem));
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
    if (allowInvisibleCharacters)
        o.insert(QStringLiteral("allowInvisibleCharacters"), *allowInvisibleCharacters);
    return o;
}

bool ParameterDefinition::operator==(const ParameterDefinition& o) const
{
    return name == o.name && label == o.label && help == o.help && type == o.type && required == o.required
        && defaultValue == o.defaultValue && pattern == o.pattern && minimum == o.minimum && maximum == o.maximum
        && choices == o.choices && maxLength == o.maxLength && allowInvisibleCharacters == o.allowInvisibleCharacters;
}

} // namespace cs
