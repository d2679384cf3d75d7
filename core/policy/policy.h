#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <core/common/result.h>
#include <core/policy/intake.h>
#include <core/policy/policytiming.h>

namespace cs {

// TeamMember (issue 19): someone who shares the requester's manager, never the requester.
// Webhook (issue 17): a registered approval webhook that answers through the agent's reply endpoint.
enum class CriterionKind { User, Group, Role, Manager, TargetOwner, Automatic, TeamMember, Webhook };

// An approval expression: ALL / ANY / NOT over criteria. Leaves are numbered in document
// order so a decision can record which criteria the approver satisfied.
struct Expression
{
    enum class Op { Leaf, All, Any, Not };
    Op op = Op::Leaf;
    CriterionKind kind = CriterionKind::Automatic; // leaves
    QString value; // login, group or role name
    int count = 1; // distinct approvers this leaf needs
    int leafId = -1;
    QList<Expression> children;

    static Result<Expression> fromJson(const QJsonValue& json);
    QJsonValue toJson() const;
    // For people, translated: "any of (a member of approvers; user alice)". onBehalf: the words for a
    // request made on someone's behalf, whose manager and team criteria are the beneficiary's.
    QString describe(bool onBehalf = false) const;
    QString describeCriterion() const; // a leaf alone, as stored in a decision's basis (never translated)
    QString describeCriterionForPeople(bool onBehalf = false) const; // a leaf alone, translated
    bool hasHumanLeaf() const; // any criterion other than automatic, outside NOT
};

struct Phase
{
    QString name;
    Expression approve;
    int quorum = 1; // distinct people; 0 when the phase is automatic
    // By default the branches of an ALL are satisfied by different people ("a member of A and a member of
    // B" is two people). The switch lives on the phase, beside the quorum, because both say how people are
    // counted in it; a per-node switch would have no clear meaning for the ALLs a NOT produces (not any =
    // all of not) and would let a nested node quietly weaken the rule of the ALL around it.
    bool samePersonMaySatisfyAll = false;
    // Reminders and escalation (issue 16): snapshotted with the phase, written to JSON only when set.
    PhaseReminder reminder;
    PhaseEscalation escalation;

    static Result<Phase> fromJson(const QJsonValue& json, int index);
    QJsonObject toJson() const;
};

struct Condition
{
    QString field; // action | param.<name> | target.<attribute> | requester.group | duration | ticket
    QString op; // eq ne in not_in lt le gt ge matches
    QJsonValue value;

    static Result<Condition> fromJson(const QJsonValue& json);
    QJsonObject toJson() const;
};

// The flow chosen for a request: what its approvers must satisfy, phase after phase.
// It is snapshotted into the request at submit time.
struct Flow
{
    QString rule;
    QList<Phase> phases; // empty: no approval needed
    int policyRevision = 0;
    TimeoutOutcome timeout; // what the deadline passing does (written only when not plain expiry)

    static Result<Flow> fromJson(const QJsonObject& json);
    QJsonObject toJson() const;
};

struct Rule
{
    QString name;
    QList<Condition> when; // all must hold; empty matches every request
    QList<Phase> phases;
};

// An action's approval policy. Simple mode ({"approvalRequired", "approverGroups", ...}) is
// compiled into one default rule, so the engine only ever sees the advanced form.
struct Policy
{
    bool simpleMode = true;
    QStringList bypassGroups; // the no-approval-needed groups
    int deadlineHours = 72;
    TimeoutOutcome timeout;
    QList<Rule> rules;
    Intake intake; // issue 19: the ticket and comment a request must bring (written only when set)

    static Result<Policy> fromJson(const QJsonObject& json);
    static Policy simple(bool approvalRequired, const QStringList& approverGroups, const QStringList& bypassGroups = {},
                         int deadlineHours = 72);
    QJsonObject toJson() const;

    // Whether some request needs approval (a rule has a phase); false for an unresolved workflow
    // reference, which has no rules: ask RequestService::approvalRequired for an action.
    bool approvalRequired() const;
    // The simple-mode view, valid when simpleMode is true.
    QStringList approverGroups() const;

    QStringList referencedGroups() const;
    QStringList referencedUsers() const;
    QStringList referencedWebhooks() const; // approval webhooks named by {"webhook": NAME}
    // A webhook decides a request once, as a person does: a rule whose two phases both need the
    // same webhook's answer would leave the later one waiting on every request. Checked when a
    // policy is published (import, workflow), not when a stored one is read.
    Status checkWebhooksDecideOnce() const;

    // --- Workflows (issue 19) ---
    // A policy may refer to a named workflow ({"workflow": "NAME", ...overrides}) instead of
    // embedding rules; an empty policy ({}) refers to the workspace's default workflow. Such a
    // reference has no rules until it is resolved at submit against the workflow's current revision.
    bool refersToWorkflow = false;
    QString workflow; // empty with refersToWorkflow: the default workflow
    bool overridesDeadline = false;
    bool overridesBypass = false;
    // The workflow's policy with this reference's overrides applied; what a request snapshots.
    Policy resolvedWith(const Policy& workflowPolicy) const;

private:
    QJsonObject m_source;
};

} // namespace cs
