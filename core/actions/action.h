#pragma once

#include <core/actions/parameterdefinition.h>
#include <core/common/canonicaljson.h>
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
    // Time-bound access: a revoke script needs a duration the requester chooses, from `durations`
    // (seconds, the list offered) and/or up to `maxDurationSeconds`; `earliestStart` lets the
    // requester set a not-before time. All absent (0, empty, false) for an ordinary action.
    int revokeTimeoutSeconds = 0; // 0: timeoutSeconds
    QList<qint64> durations;
    qint64 maxDurationSeconds = 0;
    bool earliestStart = false;
    QStringList requesterGroups;
    // Issue 17: members of these groups (who may request the action) may request it on behalf of
    // another person ("onBehalf": {"requesterGroups": [...]}); empty: nobody may.
    QStringList onBehalfGroups;
    QStringList targets;
    QString targetKind;
    ParameterList parameters;

    QJsonObject toJson() const;
    // SHA-256 of the canonical JSON of this definition as it stands: a stored version's digest is
    // checked against its stored text, which imports before order-free lists were sorted kept unsorted.
    QString versionDigest() const;
    // The same definition with its order-free lists (requester groups, targets) sorted and without
    // duplicates. Import stores only this form and compares versions by it, so an editor that
    // re-orders a list does not make a new version (which would strand every approved request).
    ActionDefinition canonical() const;
    // The identity of what runs, whatever the order of its lists: the digest of canonical().
    QString canonicalDigest() const { return canonical().versionDigest(); }
    const ParameterDefinition* parameter(const QString& name) const;
    bool allowsTarget(const QString& targetName, const QString& kind) const;
    bool allowsOnBehalf() const { return !onBehalfGroups.isEmpty(); }
    bool isTimeBound() const { return !revokeScript.isEmpty(); }
    int revokeTimeout() const { return revokeTimeoutSeconds > 0 ? revokeTimeoutSeconds : timeoutSeconds; }
    // Whether a requester may choose this duration: Invalid with one sentence otherwise.
    Status checkDuration(qint64 seconds) const;

    bool operator==(const ActionDefinition& other) const;
    bool operator!=(const ActionDefinition& other) const { return !(*this == other); }
};

// An action file as admins write it: the definition plus its "policy" object.
struct ActionFile
{
    ActionDefinition definition;
    Policy policy;

    static constexpr qint64 kMaxFileBytes = 1024 * 1024;
    static Result<ActionFile> parse(const QByteArray& json);
    static Result<ActionFile> fromJson(const QJsonObject& object);
    // A policy written as JSON text on its own (an editor's advanced mode), with a file's messages;
    // a syntax error names its line and column (and puts them in `where`).
    static Result<Policy> parsePolicy(const QString& actionName, const QByteArray& json, TextPosition* where = nullptr);
    // The file as admins write it: the exact inverse of fromJson. Core is its only writer.
    QJsonObject toJson() const;
    // A value built in an editor, checked by every rule a file is: the parser reads back this
    // serialisation, so the rules live in one place. Returns what the parser made of it.
    Result<ActionFile> validated() const;
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
