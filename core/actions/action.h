#pragma once

#include <core/actions/parameterdefinition.h>
#include <core/policy/policy.h>

namespace cs {

// What runs: everything that defines an action version. The policy lives beside it, so a
// policy edit neither creates a version nor invalidates approved requests.
struct ActionDefinition
{
    QString name;
    QString description;
    QString interpreter = QStringLiteral("/bin/sh");
    QString script;
    QString revokeScript;
    int timeoutSeconds = 300;
    QStringList requesterGroups;
    QStringList targets;
    QString targetKind;
    ParameterList parameters;

    QJsonObject toJson() const;
    QString versionDigest() const; // SHA-256 of the canonical JSON: the identity of a version
    const ParameterDefinition* parameter(const QString& name) const;
    bool allowsTarget(const QString& targetName, const QString& kind) const;
};

// An action file as admins write it: the definition plus its "policy" object.
struct ActionFile
{
    ActionDefinition definition;
    Policy policy;

    static constexpr qint64 kMaxFileBytes = 1024 * 1024;
    static Result<ActionFile> parse(const QByteArray& json);
    static Result<ActionFile> fromJson(const QJsonObject& object);
};

// Reads a stored definition (database rows may have been written by other tools: checked again).
Result<ActionDefinition> actionDefinitionFromJson(const QJsonObject& object);

struct ActionVersion
{
    ActionDefinition definition;
    int version = 0;
    QString digest;
    qint64 createdAt = 0;
    QString createdBy;
};

struct PolicyRevision
{
    Policy policy;
    int revision = 0;
    qint64 createdAt = 0;
    QString createdBy;
};

} // namespace cs
