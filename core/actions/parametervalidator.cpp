#include <QDate>
#include <QRegularExpression>
#include <QStringList>
#include <cmath>
#include <core/actions/parametervalidator.h>
#include <core/common/coretext.h>
#include <core/common/visibletext.h>
#include <core/common/wholenumber.h>

namespace cs {
namespace {

// Quotes what the person typed, shortened so a huge value cannot flood an error line.
QString quoted(const QString& s)
{
    const QString shown = s.size() > 60 ? s.left(57) + QStringLiteral("...") : s;
    return QLatin1Char('"') + shown + QLatin1Char('"');
}

QString got(const ParameterDefinition& d, const QString& text)
{
    return d.type == ParameterType::Secret ? QString() : CoreText::tr(" (got %1)").arg(quoted(text));
}

QString asText(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    return {};
}

QString checkInteger(const ParameterDefinition& d, const QJsonValue& v, QJsonValue* out)
{
    qint64 n = 0;
    if (v.isDouble()) {
        const double x = v.toDouble();
        const auto exact = exactInteger(x);
        if (!exact)
            return std::isfinite(x) && std::trunc(x) == x ? CoreText::tr("is too large")
                                                          : CoreText::tr("must be a whole number") + got(d, asText(v));
        n = *exact;
    } else if (v.isString()) {
        bool ok = false;
        n = v.toString().trimmed().toLongLong(&ok);
        if (!ok)
            return CoreText::tr("must be a whole number") + got(d, v.toString());
    } else {
        return CoreText::tr("must be a whole number");
    }
    if (d.minimum && n < *d.minimum)
        return CoreText::tr("must be at least %1 (got %2)").arg(*d.minimum).arg(n);
    if (d.maximum && n > *d.maximum)
        return CoreText::tr("must be at most %1 (got %2)").arg(*d.maximum).arg(n);
    // Beyond 2^53 a JSON number is no longer exact; such values must travel as text.
    if (n > kMaxExactInteger || n < -kMaxExactInteger)
        return CoreText::tr("is too large");
    *out = static_cast<double>(n);
    return {};
}

QString checkBoolean(const ParameterDefinition& d, const QJsonValue& v, QJsonValue* out)
{
    if (v.isBool()) {
        *out = v;
        return {};
    }
    const QString t = asText(v).trimmed().toLower();
    static const QStringList yes { QStringLiteral("true"), QStringLiteral("yes"), QStringLiteral("1"),
                                   QStringLiteral("on") };
    static const QStringList no { QStringLiteral("false"), QStringLiteral("no"), QStringLiteral("0"),
                                  QStringLiteral("off") };
    if (yes.contains(t))
        *out = true;
    else if (no.contains(t))
        *out = false;
    else
        return CoreText::tr("must be true or false") + got(d, asText(v));
    return {};
}

QString checkText(const ParameterDefinition& d, const QJsonValue& v, QJsonValue* out)
{
    if (!v.isString())
        return CoreText::tr("must be text");
    const QString s = v.toString();
    if (s.size() > d.effectiveMaxLength())
        return CoreText::tr("is longer than %1 characters").arg(d.effectiveMaxLength());
    // What approvers read must be what runs: no half characters, no bytes a decoder had to guess at.
    if (!QStringView(s).isValidUtf16())
        return CoreText::tr("is not valid text (it holds half of a UTF-16 surrogate pair)");
    if (s.contains(QChar::ReplacementCharacter))
        return CoreText::tr("contains U+FFFD, the mark of bytes that were not valid UTF-8");
    if (!d.allowsInvisibleCharacters()) {
        if (const auto c = firstInvisibleCharacter(s))
            return CoreText::tr("contains the invisible character %1 (a direction override, zero-width or other "
                                "format character), which could make it read differently from what runs")
                .arg(codePointName(*c));
    }
    for (const QChar c : s) {
        const bool lineBreak = c == QLatin1Char('\n') || c == QLatin1Char('\r');
        if (lineBreak && d.type != ParameterType::Multiline)
            return CoreText::tr("must be a single line");
        if (c.category() == QChar::Other_Control && !lineBreak && c != QLatin1Char('\t'))
            return CoreText::tr("contains a control character");
    }

    switch (d.type) {
    case ParameterType::Email: {
        static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
        if (!re.match(s).hasMatch())
            return CoreText::tr("must be an e-mail address like name@example.com") + got(d, s);
        break;
    }
    case ParameterType::Date: {
        const QDate date = QDate::fromString(s.trimmed(), Qt::ISODate);
        if (!date.isValid() || s.trimmed().size() != 10)
            return CoreText::tr("must be a date written YYYY-MM-DD") + got(d, s);
        *out = date.toString(Qt::ISODate);
        break;
    }
    case ParameterType::Choice:
        if (!d.choices.contains(s))
            return CoreText::tr("must be one of: %1").arg(d.choices.join(QStringLiteral(", "))) + got(d, s);
        break;
    default:
        break;
    }

    if (!d.pattern.isEmpty()) {
        const QRegularExpression re(QRegularExpression::anchoredPattern(d.pattern));
        if (!re.match(s).hasMatch())
            return CoreText::tr("does not match the required pattern %1").arg(d.pattern) + got(d, s);
    }
    if (d.type != ParameterType::Date)
        *out = s;
    return {};
}

bool isBlank(const QJsonValue& v)
{
    return v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty());
}

} // namespace

QString ParameterValidator::checkValue(const ParameterDefinition& definition, const QJsonValue& value,
                                       QJsonValue* canonical)
{
    QJsonValue scratch;
    QJsonValue* out = canonical ? canonical : &scratch;
    if (value.isArray() || value.isObject())
        return CoreText::tr("must be a single value, not a list or object");
    switch (definition.type) {
    case ParameterType::Integer:
        return checkInteger(definition, value, out);
    case ParameterType::Boolean:
        return checkBoolean(definition, value, out);
    default:
        return checkText(definition, value, out);
    }
}

QList<ParameterIssue> ParameterValidator::check(const ParameterList& definitions, const QJsonObject& input,
                                                QJsonObject* canonical)
{
    QList<ParameterIssue> issues;
    QJsonObject values;
    QStringList names;
    for (const auto& d : definitions)
        names.append(d.name);

    for (auto it = input.begin(); it != input.end(); ++it) {
        if (!names.contains(it.key())) {
            const QString known = names.isEmpty()
                ? CoreText::tr("this action takes no parameters")
                : CoreText::tr("this action takes: ") + names.join(QStringLiteral(", "));
            issues.append({ it.key(), CoreText::tr("Unknown parameter %1; %2.").arg(quoted(it.key()), known) });
        }
    }

    for (const auto& d : definitions) {
        const QJsonValue raw = input.value(d.name);
        if (isBlank(raw)) {
            if (!d.defaultValue.isUndefined())
                values.insert(d.name, d.defaultValue);
            else if (d.required)
                issues.append({ d.name, CoreText::tr("Parameter \"%1\" is required.").arg(d.name) });
            continue;
        }
        QJsonValue value;
        const QString problem = checkValue(d, raw, &value);
        if (problem.isEmpty())
            values.insert(d.name, value);
        else
            issues.append({ d.name, CoreText::tr("Parameter \"%1\" %2.").arg(d.name, problem) });
    }
    if (canonical)
        *canonical = values;
    return issues;
}

Result<QJsonObject> ParameterValidator::validate(const ParameterList& definitions, const QJsonObject& input)
{
    QJsonObject values;
    const auto issues = check(definitions, input, &values);
    if (!issues.isEmpty())
        return Error::invalid(issues.first().message);
    return values;
}

} // namespace cs
