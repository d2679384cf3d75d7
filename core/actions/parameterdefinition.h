#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <core/common/result.h>
#include <optional>

namespace cs {

enum class ParameterType { String, Multiline, Integer, Boolean, Choice, Email, Date, Secret };

// The one table of parameter types, in the order editors offer them: the name action files use
// and an English label for people (front ends translate it in the context "cs::ParameterType").
struct ParameterTypeInfo
{
    ParameterType type;
    QString name;
    QString label;
};
const QList<ParameterTypeInfo>& parameterTypes();
QString parameterTypeName(ParameterType type);
std::optional<ParameterType> parameterTypeFromName(const QString& name);

// One typed input of an action, as the admin declared it.
struct ParameterDefinition
{
    QString name;
    QString label;
    QString help;
    ParameterType type = ParameterType::String;
    bool required = false;
    QJsonValue defaultValue = QJsonValue::Undefined; // canonical typed value, or Undefined
    QString pattern; // full-match regular expression, optional
    std::optional<qint64> minimum; // integers only
    std::optional<qint64> maximum;
    QStringList choices; // choice only
    int maxLength = 0; // characters; 0 = the type's default
    // Whether values may hold invisible characters (bidirectional overrides, zero-width and other
    // format characters). Unset: forbidden for single-line text, allowed in multi-line text and secrets.
    std::optional<bool> allowInvisibleCharacters;

    QString displayLabel() const { return label.isEmpty() ? name : label; }
    int effectiveMaxLength() const;
    bool allowsInvisibleCharacters() const;

    // Reads one entry of an action file's "parameters" array; messages say which field is wrong.
    static Result<ParameterDefinition> fromJson(const QJsonValue& json);
    QJsonObject toJson() const; // the exact inverse of fromJson

    bool operator==(const ParameterDefinition& other) const;
    bool operator!=(const ParameterDefinition& other) const { return !(*this == other); }
};

using ParameterList = QList<ParameterDefinition>;

} // namespace cs
