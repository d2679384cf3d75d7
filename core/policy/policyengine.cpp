#include <QRegularExpression>
#include <algorithm>
#include <core/common/coretext.h>
#include <core/policy/policyengine.h>
#include <core/policy/reasonwords.h>
#include <functional>

namespace cs::PolicyEngine {
namespace {

// Whether the approver meets one criterion.
bool meets(const Expression& leaf, const ApproverFacts& a)
{
    switch (leaf.kind) {
    case CriterionKind::User:
        return a.login == leaf.value;
    case CriterionKind::Group:
        return a.groups.contains(leaf.value);
    case CriterionKind::Role:
        return a.roles.contains(leaf.value);
    case CriterionKind::Manager:
        return a.isRequesterManager;
    case CriterionKind::TargetOwner:
        return a.ownsATarget;
    case CriterionKind::TeamMember:
        return a.isRequesterTeamMember;
    case CriterionKind::Webhook:
        return !a.webhook.isEmpty() && a.webhook == leaf.value;
    case CriterionKind::Automatic:
        break;
    }
    return false;
}

std::optional<LeafMatch> matchLeaf(const Expression& leaf, const ApproverFacts& a)
{
    if (!meets(leaf, a))
        return std::nullopt;
    return LeafMatch { leaf.leafId, leaf.describeCriterion(), ReasonWords::storedReason(leaf.kind, leaf.value) };
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

// Whether counted approvals satisfy a phase's expression. The rule (SPEC §3): a person counts once, and
// the branches of an ALL are satisfied by different people, so "all of (a member of A; a member of B)"
// needs two people even if one is in both groups. That makes it an assignment problem: choose, for every
// criterion that must hold, its own distinct people among those who matched it (bipartite matching).
//
// How the operators compose with it:
// - NOT is pushed down to the criteria (not all = any of not, not any = all of not, not not x = x), so
//   every ALL that ends up positive splits its people, whether written as ALL or produced by a NOT.
// - A negated criterion needs nobody: it holds while fewer people than its count matched it. A person
//   matching it is excluded from the phase (matchingCriteria), so in practice it always holds; a negated
//   "automatic" never holds.
// - ANY holds when one of its branches can be given people, alongside whatever the rest of the enclosing
//   ALL already took: all(any(A; B); C) needs a member of A or of B, and a different member of C.
// - A criterion with "count": N takes N people of its own; "automatic" takes nobody.
// - samePersonMaySatisfyAll: a person's approval counts for every criterion they match (each criterion
//   still needs its count of distinct people).
// The quorum is checked on top: N distinct counted people, whoever they were assigned to.
class Assignment
{
public:
    Assignment(const Phase& phase, const QList<Vote>& votes)
        : m_shared(phase.samePersonMaySatisfyAll)
    {
        QSet<QString> seen;
        for (const Vote& v : votes) {
            if (seen.contains(v.approver))
                continue; // a person counts once
            seen.insert(v.approver);
            const QSet<int> leaves(v.leaves.begin(), v.leaves.end());
            m_people.append(leaves);
            for (int leaf : leaves)
                ++m_perLeaf[leaf];
        }
    }

    int people() const { return m_people.size(); }

    bool holds(const Expression& e)
    {
        m_budget = kBudget;
        return solve({ { &e, false } }, Matching { {}, QList<int>(m_people.size(), -1) });
    }

private:
    struct Goal
    {
        const Expression* e;
        bool negated;
    };
    // The people given so far to the criteria that must hold: one slot per person needed.
    struct Matching
    {
        QList<int> slots; // slot -> criterion (leaf id)
        QList<int> slotOf; // person -> slot, -1 when free
    };

    // Nested ANYs can multiply the ways to satisfy an expression; past this many steps the answer is
    // "not satisfied", which fails closed (far beyond any policy a person would write).
    static constexpr int kBudget = 100000;

    // Satisfies the goals (a conjunction, first first) on top of the people already given.
    bool solve(QList<Goal> goals, const Matching& matching)
    {
        if (--m_budget < 0)
            return false;
        if (goals.isEmpty())
            return true;
        const Goal g = goals.takeFirst();
        const Expression& e = *g.e;
        switch (e.op) {
        case Expression::Op::Leaf: {
            if (e.kind == CriterionKind::Automatic)
                return !g.negated && solve(goals, matching);
            if (g.negated)
                return m_perLeaf.value(e.leafId) < e.count && solve(goals, matching);
            if (m_shared)
                return m_perLeaf.value(e.leafId) >= e.count && solve(goals, matching);
            // Giving a criterion people never makes the rest easier, so a criterion that cannot have
            // them ends this branch.
            Matching more = matching;
            for (int i = 0; i < e.count; ++i) {
                more.slots.append(e.leafId);
                if (more.slots.size() > m_people.size())
                    return false;
                QList<bool> visited(m_people.size(), false);
                if (!augment(more.slots.size() - 1, more, visited))
                    return false;
            }
            return solve(goals, more);
        }
        case Expression::Op::Not:
            goals.prepend({ &e.children.first(), !g.negated });
            return solve(goals, matching);
        case Expression::Op::All:
        case Expression::Op::Any:
            if ((e.op == Expression::Op::All) != g.negated) { // all, or not any: every branch
                for (auto c = e.children.crbegin(); c != e.children.crend(); ++c)
                    goals.prepend({ &*c, g.negated });
                return solve(goals, matching);
            }
            for (const Expression& c : e.children) { // any, or not all: one branch
                QList<Goal> withBranch = goals;
                withBranch.prepend({ &c, g.negated });
                if (solve(withBranch, matching))
                    return true;
            }
            return false;
        }
        return false;
    }

    // Kuhn's augmenting path: give slot s a person who matched its criterion, moving people already
    // given elsewhere to other slots they can fill. A free person is taken before anyone is moved.
    bool augment(int s, Matching& m, QList<bool>& visited) const
    {
        const int leaf = m.slots.at(s);
        for (int p = 0; p < m_people.size(); ++p) {
            if (m.slotOf.at(p) < 0 && m_people.at(p).contains(leaf)) {
                m.slotOf[p] = s;
                return true;
            }
        }
        for (int p = 0; p < m_people.size(); ++p) {
            if (visited.at(p) || !m_people.at(p).contains(leaf))
                continue;
            visited[p] = true;
            const int previous = m.slotOf.at(p);
            if (augment(previous, m, visited)) {
                m.slotOf[p] = s;
                return true;
            }
        }
        return false;
    }

    bool m_shared;
    QList<QSet<int>> m_people; // the criteria each counted person matched
    QHash<int, int> m_perLeaf;
    int m_budget = kBudget;
};

bool evaluateVotes(const Phase& phase, const QList<Vote>& votes)
{
    Assignment assignment(phase, votes);
    return assignment.people() >= phase.quorum && assignment.holds(phase.approve);
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
    if (c.field == QLatin1String("duration"))
        return r.durationHours ? QStringList { text(*r.durationHours) } : QStringList();
    if (c.field == QLatin1String("ticket"))
        return r.ticket.isEmpty() ? QStringList() : QStringList { r.ticket };
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

// Whether the value matches; std::nullopt when the regular expression could not be evaluated (an
// invalid pattern, or PCRE2 giving up at its match limit, which QRegularExpressionMatch reports only
// as an invalid match).
std::optional<bool> positiveMatch(const QString& op, const QString& actual, const QJsonValue& expected)
{
    if (op == QLatin1String("eq"))
        return actual == text(expected);
    if (op == QLatin1String("in")) {
        for (const QJsonValue& v : expected.toArray())
            if (actual == text(v))
                return true;
        return false;
    }
    if (op == QLatin1String("matches")) {
        const QRegularExpression re(QRegularExpression::anchoredPattern(expected.toString()));
        if (!re.isValid())
            return std::nullopt;
        const QRegularExpressionMatch m = re.match(actual);
        if (!m.isValid())
            return std::nullopt;
        return m.hasMatch();
    }
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

Result<bool> conditionHolds(const Condition& c, const RequestFacts& r)
{
    // Fields may hold several values (many targets, many groups): a positive operator needs one value
    // to match; "ne" and "not_in" need none to match.
    const bool negative = c.op == QLatin1String("ne") || c.op == QLatin1String("not_in");
    const QString positiveOp = c.op == QLatin1String("ne") ? QStringLiteral("eq")
        : c.op == QLatin1String("not_in")                  ? QStringLiteral("in")
                                                           : c.op;
    bool any = false;
    for (const QString& value : valuesOf(c, r)) {
        const std::optional<bool> match = positiveMatch(positiveOp, value, c.value);
        if (!match)
            return Error::invalid(CoreText::tr("the regular expression \"%1\" on %2 gave up on this value")
                                      .arg(c.value.toString().left(80), c.field));
        any = any || *match;
    }
    return negative ? !any : any;
}

Result<const Rule*> selectRule(const Policy& policy, const RequestFacts& request)
{
    // A workflow reference not yet resolved has no rules (issue 19): fail closed, never index into nothing.
    if (policy.rules.isEmpty())
        return Error::invalid(CoreText::tr("The approval policy has no rules, so the request is refused."));
    for (const Rule& rule : policy.rules) {
        bool all = true;
        for (const Condition& c : rule.when) {
            const Result<bool> holds = conditionHolds(c, request);
            if (!holds)
                return Error::invalid(CoreText::tr("Policy rule \"%1\" could not be checked (%2), so the request "
                                                   "is refused; ask an administrator to simplify the rule.")
                                          .arg(rule.name, holds.error().message));
            if (!*holds) {
                all = false;
                break;
            }
        }
        if (all)
            return &rule;
    }
    return &policy.rules.last(); // unreachable for a parsed policy: the last rule has no conditions
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
    return evaluateVotes(phase, approvals);
}

bool isSatisfiable(const Phase& phase, const QList<ApproverFacts>& candidates)
{
    // A webhook the phase names is a candidate of its own: it may answer approve.
    QList<ApproverFacts> all = candidates;
    for (const Expression* leaf : positiveCriteria(phase))
        if (leaf->kind == CriterionKind::Webhook)
            all.append(webhookFacts(leaf->value));
    QList<Vote> votes;
    for (const ApproverFacts& c : std::as_const(all)) {
        Vote v { c.login, {} };
        for (const LeafMatch& m : matchingCriteria(phase, c))
            v.leaves.append(m.leafId);
        if (!v.leaves.isEmpty())
            votes.append(v);
    }
    return evaluateVotes(phase, votes);
}

ApproverFacts webhookFacts(const QString& webhook)
{
    ApproverFacts a;
    a.login = webhookApprover(webhook);
    a.webhook = webhook;
    return a;
}

QString webhookApprover(const QString& webhook)
{
    return QStringLiteral("webhook:") + webhook;
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
