#pragma once

#include <core/actions/parameterdefinition.h>

namespace cs {

struct ParameterIssue
{
    QString parameter; // empty for issues not tied to one parameter
    QString message; // a whole sentence naming the parameter
};

// The one validation every front end uses: forms, the CLI and the agent reject the same input
// with the same message. Input values may be strings (as typed) or JSON values of the right type;
// the output holds canonical typed values (defaults applied, optional blanks dropped).
class ParameterValidator
{
public:
    // Every problem, one per parameter, for forms that show them inline.
    static QList<ParameterIssue> check(const ParameterList& definitions, const QJsonObject& input,
                                       QJsonObject* canonical = nullptr);

    // The first problem as an error, or the canonical values.
    static Result<QJsonObject> validate(const ParameterList& definitions, const QJsonObject& input);

    // Validates one value; returns an empty string when valid.
    static QString checkValue(const ParameterDefinition& definition, const QJsonValue& value,
                              QJsonValue* canonical = nullptr);
};

} // namespace cs
