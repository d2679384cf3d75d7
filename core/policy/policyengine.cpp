#include <core/policy/policyengine.h>

#include <algorithm>

#include <QRegularExpression>
#include <functional>

namespace cs::PolicyEngine {
namespace {

std::optional<LeafMatch> matchLeaf(const Expression& leaf, const ApproverFacts& a)
{
    switch (leaf.kind) {
    case CriterionKind::User:
        if (a.login == leaf.value)
            return LeafMatch { leaf.leafId, leaf.describeCriterion(), QStringLiteral("named approver") };
        break;
    case CriterionKind::Group:
        if (a.groups.contains(leaf.value))
            return LeafMatch { leaf.leafId, leaf.describeCriterion(),
                               QStringLiteral("member of group %1").arg(leaf.value) };
        break;
    case CriterionKind::Role:
        if (a.roles.contains(leaf.value))
            return LeafMatch { leaf.leafId, leaf.describeCriterion(), QStringLiteral("has role %1").arg(leaf.value) };
        break;
    case CriterionKind::Manager:
        if (a.isRequesterManager)
            return LeafMatch { leaf.leafId, leaf.describeCriterion(), QStringLiteral("manager of the requester") };
        break;
    case CriterionKind::TargetOwner:
        if (a.ownsATarget)
            return LeafMatch { leaf.leafId, leaf.describeCriterion(), QStringLiteral("owner of a target") };
        break;
    case CriterionKind::Automatic:
        break;
    }
    return std::nullopt;
}

// Collects leaf matches by polarity: under an odd number of NOTs a match excludes, otherwise it counts.
void collectMatches(const Expression& e, const ApproverFacts& a, bool negated, QList<LeafMatch>* positive,
                    QList<LeafMatch>* negative)
{
    switch (e.op) {
    case Expression::Op::Leaf:
        if (auto m = matchLeaf(e, a))
            (negated ? negative : positive)->append(*m);
        return;
    case Expression::Op::Not:
        collectMatches(e.children.first(), a, !negated, positive, negative);
        return;
    default:
        for (const Expression& c : e.children)
            collectMatches(c, a, negated, positive, negative);
    }
}

// Evaluates an expression given how many distinct counted approvers satisfy each leaf.
bool evaluate(const Expression& e, const QHash<int, int>& votesPerLeaf, bool optimisticNot)
{
    switch (e.op) {
    case Expression::Op::Leaf:
        return e.kind == CriterionKind::Automatic || votesPerLeaf.value(e.leafId) >= e.count;
    case Expression::Op::Not:
        // For satisfiability we assume approvers can keep a negated criterion unmet.
        return optimisticNot || !evaluate(e.children.first(), votesPerLeaf, false);
    case Expression::Op::All:
        for (const Expression& c : e.children)
            if (!evaluate(c, votesPerLeaf, optimisticNot))
                return false;
        return true;
    case Expression::Op::Any:
        for (const Expression& c : e.children)
            if (evaluate(c, votesPerLeaf, optimisticNot))
                return true;
        return false;
    }
    return false;
}

bool evaluateVotes(const Phase& phase, const QList<Vote>& votes, bool optimisticNot)
{
    QHash<int, int> perLeaf;
    QSet<QString> people;
    for (const Vote& v : votes) {
        if (people.contains(v.approver))
            continue; // a person counts once
        people.insert(v.approver);
        for (int leaf : QSet<int>(v.leaves.begin(), v.leaves.end()))
            ++perLeaf[leaf];
    }
    return people.size() >= phase.quorum && evaluate(phase.approve, perLeaf, optimisticNot);
}

QString text(const QJsonValue& v)
{
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return v.toString();
}

QStringList valuesOf(const Condition& c, const RequestFacts& r)
{
    if (c.field == QLatin1String("action"))
        return { r.action };
    if (c.field == QLatin1String("requester.group"))
        return QStringList(r.requesterGroups.begin(), r.requesterGroups.end());
    if (c.field.startsWith(QLatin1String("param."))) {
        const QJsonValue v = r.parameters.value(c.field.mid(6));
        return v.isUndefined() ? QStringList() : QStringList { text(v) };
    }
    QStringList out;
    const QString attribute = c.field.mid(7);
    for (const QJsonObject& t : r.targets)
        if (t.contains(attribute))
            out.append(text(t.value(attribute)));
    return out;
}

bool positiveMatch(const QString& op, const QString& actual, const QJsonValue& expected)
{
    if (op == QLatin1String("eq"))
        return actual == text(expected);
    if (op == QLatin1String("in")) {
        for (const QJsonValue& v : expected.toArray())
            if (actual == text(v))
                return true;
        return false;
    }
    if (op == QLatin1String("matches"))
        return QRegularExpression(QRegularExpression::anchoredPattern(expected.toString())).match(actual).hasMatch();
    bool ok = false;
    const double a = actual.toDouble(&ok);
    if (!ok)
        return false;
    const double e = expected.toDouble();
    if (op == QLatin1String("lt"))
        return a < e;
    if (op == QLatin1String("le"))
        return a <= e;
    if (op == QLatin1String("gt"))
        return a > e;
    return a >= e; // ge
}

} // namespace

bool conditionHolds(const Condition& c, const RequestFacts& r)
{
    // Fields may hold several values (many targets, many groups): a positive operator needs one value
    // to match; "ne" and "not_in" need none to match.
    const bool negative = c.op == QLatin1String("ne") || c.op == QLatin1String("not_in");
    const QString positiveOp = c.op == QLatin1String("ne") ? QStringLiteral("eq")
        : c.op == QLatin1String("not_in")                  ? QStringLiteral("in")
                                                           : c.op;
    bool any = false;
    for (const QString& value : valuesOf(c, r))
        any = any || positiveMatch(positiveOp, value, c.value);
    return negative ? !any : any;
}

const Rule& selectRule(const Policy& policy, const RequestFacts& request)
{
    for (const Rule& rule : policy.rules) {
        bool all = true;
        for (const Condition& c : rule.when)
            all = all && conditionHolds(c, request);
        if (all)
            return rule;
    }
    return policy.rules.last(); // unreachable for a parsed policy: the last rule has no conditions
}

std::optional<QString> bypassGroup(const Policy& policy, const QSet<QString>& requesterGroups)
{
    for (const QString& g : policy.bypassGroups)
        if (requesterGroups.contains(g))
            return g;
    return std::nullopt;
}

QList<LeafMatch> matchingCriteria(const Phase& phase, const ApproverFacts& approver)
{
    QList<LeafMatch> positive;
    QList<LeafMatch> negative;
    collectMatches(phase.approve, approver, false, &positive, &negative);
    return negative.isEmpty() ? positive : QList<LeafMatch>();
}

std::optional<QString> exclusion(const Phase& phase, const ApproverFacts& approver)
{
    QList<LeafMatch> positive;
    QList<LeafMatch> negative;
    collectMatches(phase.approve, approver, false, &positive, &negative);
    if (negative.isEmpty())
        return std::nullopt;
    return QStringLiteral("not (%1)").arg(negative.first().criterion);
}

bool isSatisfied(const Phase& phase, const QList<Vote>& approvals)
{
    return evaluateVotes(phase, approvals, false);
}

bool isSatisfiable(const Phase& phase, const QList<ApproverFacts>& candidates)
{
    QList<Vote> votes;
    for (const ApproverFacts& c : candidates) {
        Vote v { c.login, {} };
        for (const LeafMatch& m : matchingCriteria(phase, c))
            v.leaves.append(m.leafId);
        if (!v.leaves.isEmpty())
            votes.append(v);
    }
    return evaluateVotes(phase, votes, true);
}

QList<const Expression*> positiveCriteria(const Phase& phase)
{
    QList<const Expression*> out;
    std::function<void(const Expression&, bool)> walk = [&](const Expression& e, bool negated) {
        if (e.op == Expression::Op::Leaf) {
            if (!negated)
                out.append(&e);
            return;
        }
        for (const Expression& c : e.children)
            walk(c, negated != (e.op == Expression::Op::Not));
    };
    walk(phase.approve, false);
    return out;
}

bool mentions(const Phase& phase, CriterionKind kind)
{
    std::function<bool(const Expression&)> walk = [&](const Expression& e) {
        if (e.op == Expression::Op::Leaf)
            return e.kind == kind;
        return std::any_of(e.children.cbegin(), e.children.cend(), walk);
    };
    return walk(phase.approve);
}

QJsonArray toJson(const QList<LeafMatch>& matches)
{
    QJsonArray a;
    for (const LeafMatch& m : matches)
        a.append(QJsonObject { { QStringLiteral("leaf"), m.leafId },
                               { QStringLiteral("criterion"), m.criterion },
                               { QStringLiteral("reason"), m.reason } });
    return a;
}

QList<int> leafIds(const QJsonArray& basis)
{
    QList<int> out;
    for (const QJsonValue& v : basis)
        out.append(v.toObject().value(QStringLiteral("leaf")).toInt(-1));
    return out;
}

} // namespace cs::PolicyEngine
