#pragma once

#include <QJsonArray>
#include <QSet>
#include <core/policy/policy.h>
#include <optional>

namespace cs {

// What the engine may know about a person when deciding whether their vote counts.
struct ApproverFacts
{
    QString login; // normalised
    QSet<QString> groups;
    QSet<QString> roles;
    bool isRequesterManager = false;
    bool ownsATarget = false;
    bool isRequesterTeamMember = false; // shares the requester's manager and is not the requester (issue 19)
    QString webhook; // set only when an approval webhook answers (its login is "webhook:NAME")
};

// What rule conditions may look at.
struct RequestFacts
{
    QString action;
    QJsonObject parameters;
    QList<QJsonObject> targets; // attributes plus "name", "kind" and "owner"
    QSet<QString> requesterGroups;
    std::optional<double> durationHours; // time-bound access: the chosen duration
    QString ticket; // intake (issue 19): the ticket reference given; empty when none
};

// One criterion an approver satisfied, recorded with the decision.
struct LeafMatch
{
    int leafId = -1;
    QString criterion; // "a member of approvers"
    QString reason; // "member of group approvers"
};

// A counted approval inside one phase: who, and which criteria they satisfied when they decided.
struct Vote
{
    QString approver;
    QList<int> leaves;
};

// The pure rules of approval: no storage, no clock. Stores and services call these.
namespace PolicyEngine {

// The first rule whose conditions all hold (the policy always ends with a default rule). A condition
// that cannot be evaluated (a regular expression that hits the engine's match limit) fails the whole
// selection, naming the rule: falling through to a later rule could skip the approval it demands.
Result<const Rule*> selectRule(const Policy& policy, const RequestFacts& request);
// Whether the condition holds; an error when it cannot be decided.
Result<bool> conditionHolds(const Condition& condition, const RequestFacts& request);

// The no-approval-needed group that lets this requester run directly, if any.
std::optional<QString> bypassGroup(const Policy& policy, const QSet<QString>& requesterGroups);

// The criteria of a phase this person satisfies. Empty: their vote cannot count. A person who
// satisfies a criterion under NOT is excluded from the phase ("an approver other than bob"). All of
// them are recorded; which one a person's approval ends up serving is decided by isSatisfied.
QList<LeafMatch> matchingCriteria(const Phase& phase, const ApproverFacts& approver);

// The negated criterion that excludes this person from the phase, if any.
std::optional<QString> exclusion(const Phase& phase, const ApproverFacts& approver);

// Whether the approvals so far complete the phase: the expression holds with the branches of every ALL
// satisfied by different people (unless the phase sets samePersonMaySatisfyAll), and the quorum of
// distinct people is reached. The one rule for deciding, advancing phases and the executor's re-check.
bool isSatisfied(const Phase& phase, const QList<Vote>& approvals);

// Whether the phase could ever complete if every candidate approved, by the same rule as isSatisfied
// (fail-closed check at submit, and the policy warnings at import).
bool isSatisfiable(const Phase& phase, const QList<ApproverFacts>& candidates);

// Who a phase names positively, for the queue index: (kind, value) with kind user, group or role.
// Manager and owner criteria are resolved by the caller (they depend on the request).
QList<const Expression*> positiveCriteria(const Phase& phase);

// An approval webhook as an approver: login "webhook:NAME", matching only {"webhook": NAME}.
ApproverFacts webhookFacts(const QString& webhook);
QString webhookApprover(const QString& webhook);

// Whether any criterion of the phase, negated or not, is of this kind.
bool mentions(const Phase& phase, CriterionKind kind);

QJsonArray toJson(const QList<LeafMatch>& matches);
QList<int> leafIds(const QJsonArray& basis);

} // namespace PolicyEngine
} // namespace cs
