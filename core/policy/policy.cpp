#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <core/common/coretext.h>
#include <core/policy/policy.h>

namespace cs {
namespace {

constexpr int kMaxDepth = 12;
constexpr int kMaxNodes = 200;
constexpr int kMaxQuorum = 100;

Status checkKeys(const QJsonObject& o, const QSet<QString>& allowed, const QString& where)
{
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!allowed.contains(it.key()))
            return Error::invalid(CoreText::tr("%1: unknown field \"%2\".").arg(where, it.key().left(80)));
    return {};
}

Result<QStringList> stringList(const QJsonValue& v, const QString& what)
{
    if (v.isUndefined())
        return QStringList();
    if (!v.isArray())
        return Error::invalid(CoreText::tr("%1 must be a list of names.").arg(what));
    QStringList out;
    for (const QJsonValue& item : v.toArray()) {
        if (!item.isString() || item.toString().trimmed().isEmpty())
            return Error::invalid(CoreText::tr("%1 must contain only non-empty names.").arg(what));
        out.append(item.toString().trimmed());
    }
    return out;
}

const QList<QPair<QString, CriterionKind>>& leafKeys()
{
    static const QList<QPair<QString, CriterionKind>> keys {
        { QStringLiteral("user"), CriterionKind::User },
        { QStringLiteral("group"), CriterionKind::Group },
        { QStringLiteral("role"), CriterionKind::Role },
        { QStringLiteral("manager"), CriterionKind::Manager },
        { QStringLiteral("owner"), CriterionKind::TargetOwner },
        { QStringLiteral("automatic"), CriterionKind::Automatic },
        { QStringLiteral("teamMember"), CriterionKind::TeamMember },
        { QStringLiteral("webhook"), CriterionKind::Webhook },
    };
    return keys;
}

Result<Expression> parseExpression(const QJsonValue& json, int depth, int* nodes)
{
    if (depth > kMaxDepth)
        return Error::invalid(CoreText::tr("Approval expression is nested more than %1 levels deep.").arg(kMaxDepth));
    if (++*nodes > kMaxNodes)
        return Error::invalid(CoreText::tr("Approval expression has more than %1 nodes.").arg(kMaxNodes));
    if (!json.isObject())
        return Error::invalid(
            CoreText::tr("Each approval expression must be a JSON object such as {\"group\": \"approvers\"}."));
    const QJsonObject o = json.toObject();

    Expression e;
    for (const QString& op : { QStringLiteral("all"), QStringLiteral("any") }) {
        if (!o.contains(op))
            continue;
        CS_TRY(checkKeys(o, { op }, CoreText::tr("Approval expression \"%1\"").arg(op)));
        const QJsonValue list = o.value(op);
        if (!list.isArray() || list.toArray().isEmpty())
            return Error::invalid(CoreText::tr("\"%1\" needs a non-empty list of expressions.").arg(op));
        e.op = op == QLatin1String("all") ? Expression::Op::All : Expression::Op::Any;
        for (const QJsonValue& child : list.toArray()) {
            auto parsed = parseExpression(child, depth + 1, nodes);
            CS_TRY(parsed);
            e.children.append(*parsed);
        }
        return e;
    }
    if (o.contains(QStringLiteral("not"))) {
        CS_TRY(checkKeys(o, { QStringLiteral("not") }, CoreText::tr("Approval expression \"not\"")));
        auto parsed = parseExpression(o.value(QStringLiteral("not")), depth + 1, nodes);
        CS_TRY(parsed);
        e.op = Expression::Op::Not;
        e.children.append(*parsed);
        return e;
    }

    for (const auto& [key, kind] : leafKeys()) {
        if (!o.contains(key))
            continue;
        CS_TRY(checkKeys(o, { key, QStringLiteral("count") }, CoreText::tr("Criterion \"%1\"").arg(key)));
        e.op = Expression::Op::Leaf;
        e.kind = kind;
        const QJsonValue v = o.value(key);
        if (kind == CriterionKind::User || kind == CriterionKind::Group || kind == CriterionKind::Role
            || kind == CriterionKind::Webhook) {
            if (!v.isString() || v.toString().trimmed().isEmpty())
                return Error::invalid(CoreText::tr("Criterion \"%1\" needs a name.").arg(key));
            e.value = kind == CriterionKind::User ? v.toString().trimmed().toCaseFolded() : v.toString().trimmed();
        } else if (v != QJsonValue(true)) {
            return Error::invalid(CoreText::tr("Criterion \"%1\" is written {\"%1\": true}.").arg(key));
        }
        const QJsonValue count = o.value(QStringLiteral("count"));
        if (!count.isUndefined()) {
            if (kind != CriterionKind::Group && kind != CriterionKind::Role)
                return Error::invalid(CoreText::tr("\"count\" applies only to group and role criteria."));
            const int n = count.toInt(0);
            if (!count.isDouble() || n < 1 || n > kMaxQuorum || count.toDouble() != n)
                return Error::invalid(CoreText::tr("\"count\" must be a whole number from 1 to %1.").arg(kMaxQuorum));
            e.count = n;
        }
        return e;
    }
    return Error::invalid(
        CoreText::tr("Unknown approval expression: use all, any, not, user, group, role, manager, teamMember, "
                     "owner, webhook or automatic."));
}

void numberLeaves(Expression& e, int* next)
{
    if (e.op == Expression::Op::Leaf)
        e.leafId = (*next)++;
    for (Expression& child : e.children)
        numberLeaves(child, next);
}

bool hasHumanLeafImpl(const Expression& e)
{
    switch (e.op) {
    case Expression::Op::Leaf:
        return e.kind != CriterionKind::Automatic;
    case Expression::Op::Not:
        return false;
    default:
        for (const Expression& c : e.children)
            if (hasHumanLeafImpl(c))
                return true;
        return false;
    }
}

void collect(const Expression& e, CriterionKind kind, QStringList* out)
{
    if (e.op == Expression::Op::Leaf && e.kind == kind && !out->contains(e.value))
        out->append(e.value);
    for (const Expression& c : e.children)
        collect(c, kind, out);
}

// Whether the expression can be met without the given webhook's answer (a NOT only excludes).
bool satisfiableWithoutWebhook(const Expression& e, const QString& webhook)
{
    switch (e.op) {
    case Expression::Op::Leaf:
        return e.kind != CriterionKind::Webhook || e.value != webhook;
    case Expression::Op::All:
        return std::all_of(e.children.cbegin(), e.children.cend(),
                           [&](const Expression& c) { return satisfiableWithoutWebhook(c, webhook); });
    case Expression::Op::Any:
        return std::any_of(e.children.cbegin(), e.children.cend(),
                           [&](const Expression& c) { return satisfiableWithoutWebhook(c, webhook); });
    case Expression::Op::Not:
        break;
    }
    return true;
}

Status webhooksDecideOnce(const QList<Phase>& phases)
{
    QHash<QString, int> neededBy; // webhook -> the first phase that cannot do without it
    for (int i = 0; i < phases.size(); ++i) {
        QStringList named;
        collect(phases.at(i).approve, CriterionKind::Webhook, &named);
        for (const QString& webhook : std::as_const(named)) {
            if (satisfiableWithoutWebhook(phases.at(i).approve, webhook))
                continue;
            if (neededBy.contains(webhook))
                return Error::invalid(CoreText::tr("%1 needs the answer of webhook \"%2\", which %3 needs too: a "
                                                   "webhook decides a request once, so it can answer for one phase "
                                                   "only.")
                                          .arg(phases.at(i).name, webhook, phases.at(neededBy.value(webhook)).name));
            neededBy.insert(webhook, i);
        }
    }
    return {};
}

Result<QList<Phase>> parsePhases(const QJsonValue& json, const QString& where)
{
    if (!json.isArray())
        return Error::invalid(CoreText::tr("%1: \"phases\" must be a list.").arg(where));
    QList<Phase> phases;
    for (const QJsonValue& p : json.toArray()) {
        auto phase = Phase::fromJson(p, phases.size());
        CS_TRY(phase);
        phases.append(*phase);
    }
    return phases;
}

QJsonArray phasesJson(const QList<Phase>& phases)
{
    QJsonArray a;
    for (const Phase& p : phases)
        a.append(p.toJson());
    return a;
}

} // namespace

Result<Expression> Expression::fromJson(const QJsonValue& json)
{
    int nodes = 0;
    auto e = parseExpression(json, 0, &nodes);
    CS_TRY(e);
    int next = 0;
    numberLeaves(*e, &next);
    return e;
}

QJsonValue Expression::toJson() const
{
    switch (op) {
    case Op::All:
    case Op::Any: {
        QJsonArray a;
        for (const Expression& c : children)
            a.append(c.toJson());
        return QJsonObject { { op == Op::All ? QStringLiteral("all") : QStringLiteral("any"), a } };
    }
    case Op::Not:
        return QJsonObject { { QStringLiteral("not"), children.first().toJson() } };
    case Op::Leaf:
        break;
    }
    for (const auto& [key, k] : leafKeys()) {
        if (k != kind)
            continue;
        QJsonObject o;
        o.insert(key, value.isEmpty() ? QJsonValue(true) : QJsonValue(value));
        if (count != 1)
            o.insert(QStringLiteral("count"), count);
        return o;
    }
    return QJsonObject();
}

QString Expression::describeCriterion() const
{
    // Stored with each decision (its basis) and so never translated: the same words in every language.
    const QString n = count > 1 ? QString::number(count) + QLatin1Char(' ') : QString();
    switch (kind) {
    case CriterionKind::User:
        return QStringLiteral("user %1").arg(value);
    case CriterionKind::Group:
        return count > 1 ? QStringLiteral("%1members of %2").arg(n, value)
                         : QStringLiteral("a member of %1").arg(value);
    case CriterionKind::Role:
        return count > 1 ? QStringLiteral("%1people with role %2").arg(n, value)
                         : QStringLiteral("someone with role %1").arg(value);
    case CriterionKind::Manager:
        return QStringLiteral("the requester's manager");
    case CriterionKind::TargetOwner:
        return QStringLiteral("a target owner");
    case CriterionKind::Automatic:
        return QStringLiteral("automatic");
    case CriterionKind::TeamMember:
        return QStringLiteral("a member of the requester's team");
    case CriterionKind::Webhook:
        return QStringLiteral("webhook %1").arg(value);
    }
    return {};
}

QString Expression::describeCriterionForPeople(bool onBehalf) const
{
    switch (kind) {
    case CriterionKind::User:
        return CoreText::tr("user %1").arg(value);
    case CriterionKind::Group:
        return count > 1 ? CoreText::tr("%1 members of %2").arg(count).arg(value)
                         : CoreText::tr("a member of %1").arg(value);
    case CriterionKind::Role:
        return count > 1 ? CoreText::tr("%1 people with role %2").arg(count).arg(value)
                         : CoreText::tr("someone with role %1").arg(value);
    case CriterionKind::Manager: // the engine asks the beneficiary's manager (Request::subject)
        return onBehalf ? CoreText::tr("the manager of the person it is requested for")
                        : CoreText::tr("the requester's manager");
    case CriterionKind::TargetOwner:
        return CoreText::tr("a target owner");
    case CriterionKind::Automatic:
        return CoreText::tr("automatic");
    case CriterionKind::TeamMember:
        return onBehalf ? CoreText::tr("a member of the team of the person it is requested for")
                        : CoreText::tr("a member of the requester's team");
    case CriterionKind::Webhook:
        return CoreText::tr("webhook %1").arg(value);
    }
    return {};
}

// For people, in their language: "any of (a member of approvers; user alice)".
QString Expression::describe(bool onBehalf) const
{
    if (op == Op::Leaf)
        return describeCriterionForPeople(onBehalf);
    QStringList parts;
    for (const Expression& c : children)
        parts.append(c.describe(onBehalf));
    if (op == Op::Not)
        return CoreText::tr("not (%1)").arg(parts.first());
    if (parts.size() == 1)
        return parts.first();
    const QString joined = parts.join(QStringLiteral("; "));
    return op == Op::All ? CoreText::tr("all of (%1)").arg(joined) : CoreText::tr("any of (%1)").arg(joined);
}

bool Expression::hasHumanLeaf() const
{
    return hasHumanLeafImpl(*this);
}

Result<Phase> Phase::fromJson(const QJsonValue& json, int index)
{
    const QString where = CoreText::tr("Phase %1").arg(index + 1);
    if (!json.isObject())
        return Error::invalid(CoreText::tr("%1 must be a JSON object.").arg(where));
    const QJsonObject o = json.toObject();
    CS_TRY(checkKeys(o,
                     { QStringLiteral("name"), QStringLiteral("approve"), QStringLiteral("quorum"),
                       QStringLiteral("samePersonMaySatisfyAll"), QStringLiteral("reminder"),
                       QStringLiteral("escalation") },
                     where));

    Phase p;
    p.name = o.value(QStringLiteral("name")).toString().trimmed();
    if (p.name.isEmpty())
        // Stored with the request (and in its digest): the same words whatever the language.
        p.name = QStringLiteral("Phase %1").arg(index + 1);
    if (!o.contains(QStringLiteral("approve")))
        return Error::invalid(CoreText::tr("%1 needs an \"approve\" expression.").arg(where));
    auto expr = Expression::fromJson(o.value(QStringLiteral("approve")));
    if (!expr.ok())
        return Error::invalid(QStringLiteral("%1 (%2): %3").arg(where, p.name, expr.error().message));
    p.approve = *expr;

    const bool human = p.approve.hasHumanLeaf();
    p.quorum = human ? 1 : 0;
    const QJsonValue quorum = o.value(QStringLiteral("quorum"));
    if (!quorum.isUndefined()) {
        const int n = quorum.toInt(-1);
        if (!quorum.isDouble() || quorum.toDouble() != n || n < (human ? 1 : 0) || n > kMaxQuorum)
            return Error::invalid(
                human ? CoreText::tr("%1: \"quorum\" must be a whole number from 1 to %2.").arg(where).arg(kMaxQuorum)
                      : CoreText::tr("%1: an automatic phase takes no quorum.").arg(where));
        if (!human && n > 0)
            return Error::invalid(CoreText::tr("%1: an automatic phase takes no quorum.").arg(where));
        p.quorum = n;
    }
    const QJsonValue samePerson = o.value(QStringLiteral("samePersonMaySatisfyAll"));
    if (!samePerson.isUndefined() && !samePerson.isBool())
        return Error::invalid(CoreText::tr("%1: \"samePersonMaySatisfyAll\" must be true or false.").arg(where));
    p.samePersonMaySatisfyAll = samePerson.toBool(false);
    if (o.contains(QStringLiteral("reminder")) || o.contains(QStringLiteral("escalation"))) {
        if (!human)
            return Error::invalid(CoreText::tr("%1: an automatic phase has nobody to remind or escalate.").arg(where));
        if (o.contains(QStringLiteral("reminder"))) {
            auto reminder = PhaseReminder::fromJson(o.value(QStringLiteral("reminder")), where);
            CS_TRY(reminder);
            p.reminder = *reminder;
        }
        if (o.contains(QStringLiteral("escalation"))) {
            auto escalation = PhaseEscalation::fromJson(o.value(QStringLiteral("escalation")), where);
            CS_TRY(escalation);
            p.escalation = *escalation;
        }
    }
    return p;
}

QJsonObject Phase::toJson() const
{
    QJsonObject o { { QStringLiteral("name"), name },
                    { QStringLiteral("approve"), approve.toJson() },
                    { QStringLiteral("quorum"), quorum } };
    // Written only when set: a flow's JSON is part of its request's digest, and requests snapshotted before
    // the switch existed must keep theirs.
    if (samePersonMaySatisfyAll)
        o.insert(QStringLiteral("samePersonMaySatisfyAll"), true);
    if (reminder.isSet())
        o.insert(QStringLiteral("reminder"), reminder.toJson());
    if (escalation.isSet())
        o.insert(QStringLiteral("escalation"), escalation.toJson());
    return o;
}

Result<Condition> Condition::fromJson(const QJsonValue& json)
{
    if (!json.isObject())
        return Error::invalid(CoreText::tr("Each rule condition must be a JSON object with field, op and value."));
    const QJsonObject o = json.toObject();
    CS_TRY(checkKeys(o, { QStringLiteral("field"), QStringLiteral("op"), QStringLiteral("value") },
                     CoreText::tr("Rule condition")));
    Condition c;
    c.field = o.value(QStringLiteral("field")).toString();
    c.op = o.value(QStringLiteral("op")).toString(QStringLiteral("eq"));
    c.value = o.value(QStringLiteral("value"));

    static const QRegularExpression fieldRe(QStringLiteral(
        "^(action|duration|ticket|requester\\.group|param\\.[A-Za-z][A-Za-z0-9_]*|target\\.[A-Za-z][A-Za-z0-9_.-]*)$"));
    if (!fieldRe.match(c.field).hasMatch())
        return Error::invalid(CoreText::tr("Rule condition field \"%1\" is unknown: use action, param.NAME, "
                                           "target.ATTRIBUTE, requester.group, duration (hours) or ticket.")
                                  .arg(c.field.left(80)));
    static const QStringList ops { QStringLiteral("eq"),     QStringLiteral("ne"), QStringLiteral("in"),
                                   QStringLiteral("not_in"), QStringLiteral("lt"), QStringLiteral("le"),
                                   QStringLiteral("gt"),     QStringLiteral("ge"), QStringLiteral("matches") };
    if (!ops.contains(c.op))
        return Error::invalid(CoreText::tr("Rule condition operator \"%1\" is unknown: use %2.")
                                  .arg(c.op.left(40), ops.join(QStringLiteral(", "))));
    if (c.value.isUndefined() || c.value.isNull() || c.value.isObject())
        return Error::invalid(CoreText::tr("Rule condition on \"%1\" needs a value.").arg(c.field));
    const bool listOp = c.op == QLatin1String("in") || c.op == QLatin1String("not_in");
    if (listOp != c.value.isArray())
        return Error::invalid(listOp ? CoreText::tr("Operator \"%1\" needs a list value.").arg(c.op)
                                     : CoreText::tr("Operator \"%1\" needs a single value.").arg(c.op));
    if (c.op == QLatin1String("matches") && (!c.value.isString() || !QRegularExpression(c.value.toString()).isValid()))
        return Error::invalid(CoreText::tr("Operator \"matches\" needs a valid regular expression."));
    if (QStringList { QStringLiteral("lt"), QStringLiteral("le"), QStringLiteral("gt"), QStringLiteral("ge") }.contains(
            c.op)
        && !c.value.isDouble())
        return Error::invalid(CoreText::tr("Operator \"%1\" needs a number.").arg(c.op));
    return c;
}

QJsonObject Condition::toJson() const
{
    return { { QStringLiteral("field"), field }, { QStringLiteral("op"), op }, { QStringLiteral("value"), value } };
}

Result<Flow> Flow::fromJson(const QJsonObject& json)
{
    Flow f;
    f.rule = json.value(QStringLiteral("rule")).toString();
    f.policyRevision = json.value(QStringLiteral("policyRevision")).toInt();
    auto phases = parsePhases(json.value(QStringLiteral("phases")), QStringLiteral("Flow"));
    CS_TRY(phases);
    f.phases = *phases;
    if (json.contains(QStringLiteral("timeout"))) {
        auto timeout = TimeoutOutcome::fromJson(json.value(QStringLiteral("timeout")));
        CS_TRY(timeout);
        f.timeout = *timeout;
    }
    return f;
}

QJsonObject Flow::toJson() const
{
    QJsonObject o { { QStringLiteral("rule"), rule },
                    { QStringLiteral("policyRevision"), policyRevision },
                    { QStringLiteral("phases"), phasesJson(phases) } };
    // Only when set: the flow is part of its request's digest, and older requests keep theirs.
    if (timeout.isSet())
        o.insert(QStringLiteral("timeout"), timeout.toJson());
    return o;
}

// --- Workflows (issue 19): a reference to a named workflow, or {} for the default one ---
static Result<Policy> workflowReferenceFromJson(const QJsonObject& json)
{
    CS_TRY(checkKeys(json,
                     { QStringLiteral("workflow"), QStringLiteral("bypassGroups"), QStringLiteral("deadlineHours") },
                     QStringLiteral("Policy")));
    Policy p;
    p.simpleMode = false;
    p.refersToWorkflow = true;
    const QJsonValue name = json.value(QStringLiteral("workflow"));
    if (!name.isUndefined() && (!name.isString() || name.toString().trimmed().isEmpty()))
        return Error::invalid(CoreText::tr("Policy: \"workflow\" must name a workflow."));
    p.workflow = name.toString().trimmed();
    if (json.contains(QStringLiteral("bypassGroups"))) {
        auto bypass = stringList(json.value(QStringLiteral("bypassGroups")), QStringLiteral("\"bypassGroups\""));
        CS_TRY(bypass);
        p.bypassGroups = *bypass;
        p.overridesBypass = true;
    }
    const QJsonValue deadline = json.value(QStringLiteral("deadlineHours"));
    if (!deadline.isUndefined()) {
        const int hours = deadline.toInt(-1);
        if (!deadline.isDouble() || deadline.toDouble() != hours || hours < 1 || hours > 8760)
            return Error::invalid(CoreText::tr("Policy: \"deadlineHours\" must be a whole number from 1 to 8760."));
        p.deadlineHours = hours;
        p.overridesDeadline = true;
    }
    return p;
}

Policy Policy::resolvedWith(const Policy& workflowPolicy) const
{
    if (!refersToWorkflow)
        return *this;
    Policy out = workflowPolicy;
    if (overridesBypass || overridesDeadline) {
        out.m_source = {}; // no longer the workflow's simple source: serialise as rules
        out.simpleMode = false;
    }
    if (overridesBypass)
        out.bypassGroups = bypassGroups;
    if (overridesDeadline)
        out.deadlineHours = deadlineHours;
    return out;
}
// --- end workflows ---

Result<Policy> Policy::fromJson(const QJsonObject& json)
{
    if (json.isEmpty() || json.contains(QStringLiteral("workflow")))
        return workflowReferenceFromJson(json);
    Policy p;
    p.simpleMode = !json.contains(QStringLiteral("rules"));
    const QSet<QString> common { QStringLiteral("bypassGroups"), QStringLiteral("deadlineHours"),
                                 QStringLiteral("timeout"), QStringLiteral("intake") };
    QSet<QString> allowed = common;
    if (p.simpleMode)
        allowed += QSet<QString> { QStringLiteral("approvalRequired"), QStringLiteral("approverGroups") };
    else
        allowed += QSet<QString> { QStringLiteral("rules") };
    CS_TRY(checkKeys(json, allowed, QStringLiteral("Policy")));

    auto bypass = stringList(json.value(QStringLiteral("bypassGroups")), QStringLiteral("\"bypassGroups\""));
    CS_TRY(bypass);
    const QJsonValue deadline = json.value(QStringLiteral("deadlineHours"));
    int hours = 72;
    if (!deadline.isUndefined()) {
        hours = deadline.toInt(-1);
        if (!deadline.isDouble() || deadline.toDouble() != hours || hours < 1 || hours > 8760)
            return Error::invalid(CoreText::tr("Policy: \"deadlineHours\" must be a whole number from 1 to 8760."));
    }
    TimeoutOutcome timeout;
    if (json.contains(QStringLiteral("timeout"))) {
        auto parsed = TimeoutOutcome::fromJson(json.value(QStringLiteral("timeout")));
        CS_TRY(parsed);
        timeout = *parsed;
    }
    Intake intake;
    if (json.contains(QStringLiteral("intake"))) {
        auto parsed = Intake::fromJson(json.value(QStringLiteral("intake")));
        CS_TRY(parsed);
        intake = *parsed;
    }

    if (p.simpleMode) {
        const QJsonValue required = json.value(QStringLiteral("approvalRequired"));
        if (!required.isUndefined() && !required.isBool())
            return Error::invalid(CoreText::tr("Policy: \"approvalRequired\" must be true or false."));
        auto approvers = stringList(json.value(QStringLiteral("approverGroups")), QStringLiteral("\"approverGroups\""));
        CS_TRY(approvers);
        if (required.toBool(true) && approvers->isEmpty())
            return Error::invalid(CoreText::tr("Policy: approval is required but no approver group is named "
                                               "(\"approverGroups\"), so nobody could ever approve."));
        Policy simplePolicy = simple(required.toBool(true), *approvers, *bypass, hours);
        simplePolicy.timeout = timeout;
        if (timeout.isSet())
            simplePolicy.m_source.insert(QStringLiteral("timeout"), timeout.toJson());
        simplePolicy.intake = intake;
        if (intake.isSet())
            simplePolicy.m_source.insert(QStringLiteral("intake"), intake.toJson());
        return simplePolicy;
    }

    p.bypassGroups = *bypass;
    p.deadlineHours = hours;
    p.timeout = timeout;
    p.intake = intake;
    const QJsonValue rules = json.value(QStringLiteral("rules"));
    if (!rules.isArray() || rules.toArray().isEmpty())
        return Error::invalid(CoreText::tr("Policy: \"rules\" must be a non-empty list."));
    QSet<QString> names;
    for (const QJsonValue& r : rules.toArray()) {
        const QString where = CoreText::tr("Rule %1").arg(p.rules.size() + 1);
        if (!r.isObject())
            return Error::invalid(CoreText::tr("%1 must be a JSON object.").arg(where));
        const QJsonObject o = r.toObject();
        CS_TRY(checkKeys(o, { QStringLiteral("name"), QStringLiteral("when"), QStringLiteral("phases") }, where));
        Rule rule;
        rule.name = o.value(QStringLiteral("name")).toString().trimmed();
        if (rule.name.isEmpty())
            return Error::invalid(CoreText::tr("%1 needs a name.").arg(where));
        if (names.contains(rule.name))
            return Error::invalid(CoreText::tr("Rule name \"%1\" is used twice.").arg(rule.name));
        names.insert(rule.name);
        const QJsonValue when = o.value(QStringLiteral("when"));
        if (!when.isUndefined() && !when.isArray())
            return Error::invalid(CoreText::tr("Rule \"%1\": \"when\" must be a list of conditions.").arg(rule.name));
        for (const QJsonValue& c : when.toArray()) {
            auto condition = Condition::fromJson(c);
            if (!condition.ok())
                return Error::invalid(CoreText::tr("Rule \"%1\": %2").arg(rule.name, condition.error().message));
            rule.when.append(*condition);
        }
        auto phases = parsePhases(o.value(QStringLiteral("phases")), CoreText::tr("Rule \"%1\"").arg(rule.name));
        CS_TRY(phases);
        rule.phases = *phases;
        p.rules.append(rule);
    }
    if (!p.rules.last().when.isEmpty())
        return Error::invalid(CoreText::tr("Policy: the last rule (\"%1\") must have no conditions, so that every "
                                           "request matches a rule.")
                                  .arg(p.rules.last().name));
    for (const Rule& rule : std::as_const(p.rules)) {
        if (rule.when.isEmpty() && &rule != &p.rules.last())
            return Error::invalid(CoreText::tr("Policy: rule \"%1\" has no conditions, so the rules after it could "
                                               "never match.")
                                      .arg(rule.name));
    }
    return p;
}

Policy Policy::simple(bool approvalRequired, const QStringList& approverGroups, const QStringList& bypassGroups,
                      int deadlineHours)
{
    Policy p;
    p.simpleMode = true;
    p.bypassGroups = bypassGroups;
    p.deadlineHours = deadlineHours;
    Rule rule;
    rule.name = QStringLiteral("default");
    if (approvalRequired) {
        Phase phase;
        phase.name = QStringLiteral("Approval");
        phase.approve.op = Expression::Op::Any;
        for (const QString& g : approverGroups) {
            Expression leaf;
            leaf.kind = CriterionKind::Group;
            leaf.value = g;
            phase.approve.children.append(leaf);
        }
        int next = 0;
        numberLeaves(phase.approve, &next);
        rule.phases.append(phase);
    }
    p.rules.append(rule);
    p.m_source = { { QStringLiteral("approvalRequired"), approvalRequired },
                   { QStringLiteral("approverGroups"), QJsonArray::fromStringList(approverGroups) },
                   { QStringLiteral("bypassGroups"), QJsonArray::fromStringList(bypassGroups) },
                   { QStringLiteral("deadlineHours"), deadlineHours } };
    return p;
}

QJsonObject Policy::toJson() const
{
    if (refersToWorkflow) {
        QJsonObject o;
        if (!workflow.isEmpty())
            o.insert(QStringLiteral("workflow"), workflow);
        if (overridesBypass)
            o.insert(QStringLiteral("bypassGroups"), QJsonArray::fromStringList(bypassGroups));
        if (overridesDeadline)
            o.insert(QStringLiteral("deadlineHours"), deadlineHours);
        return o;
    }
    if (simpleMode)
        return m_source;
    QJsonArray rulesJson;
    for (const Rule& r : rules) {
        QJsonArray when;
        for (const Condition& c : r.when)
            when.append(c.toJson());
        QJsonObject o { { QStringLiteral("name"), r.name }, { QStringLiteral("phases"), phasesJson(r.phases) } };
        if (!when.isEmpty())
            o.insert(QStringLiteral("when"), when);
        rulesJson.append(o);
    }
    QJsonObject o { { QStringLiteral("bypassGroups"), QJsonArray::fromStringList(bypassGroups) },
                    { QStringLiteral("deadlineHours"), deadlineHours },
                    { QStringLiteral("rules"), rulesJson } };
    if (timeout.isSet())
        o.insert(QStringLiteral("timeout"), timeout.toJson());
    if (intake.isSet())
        o.insert(QStringLiteral("intake"), intake.toJson());
    return o;
}

bool Policy::approvalRequired() const
{
    // Any rule, not the first: a conditional rule without phases may precede the default one.
    return std::any_of(rules.cbegin(), rules.cend(), [](const Rule& r) { return !r.phases.isEmpty(); });
}

QStringList Policy::approverGroups() const
{
    QStringList out;
    for (const Rule& r : rules)
        for (const Phase& p : r.phases)
            collect(p.approve, CriterionKind::Group, &out);
    return out;
}

QStringList Policy::referencedGroups() const
{
    QStringList out = approverGroups();
    for (const QString& g : bypassGroups)
        if (!out.contains(g))
            out.append(g);
    for (const Rule& r : rules)
        for (const Condition& c : r.when)
            if (c.field == QLatin1String("requester.group") && c.value.isString() && !out.contains(c.value.toString()))
                out.append(c.value.toString());
    // The groups a phase escalates to, and the timeout's.
    for (const Rule& r : rules)
        for (const Phase& p : r.phases)
            if (p.escalation.isSet() && !out.contains(p.escalation.group))
                out.append(p.escalation.group);
    if (timeout.kind == TimeoutOutcome::Kind::Escalate && !out.contains(timeout.group))
        out.append(timeout.group);
    return out;
}

QStringList Policy::referencedUsers() const
{
    QStringList out;
    for (const Rule& r : rules)
        for (const Phase& p : r.phases)
            collect(p.approve, CriterionKind::User, &out);
    return out;
}

Status Policy::checkWebhooksDecideOnce() const
{
    for (const Rule& r : rules) {
        const Status once = webhooksDecideOnce(r.phases);
        if (!once.ok())
            return Error::invalid(CoreText::tr("Rule \"%1\": %2").arg(r.name, once.error().message));
    }
    return {};
}

QStringList Policy::referencedWebhooks() const
{
    QStringList out;
    for (const Rule& r : rules)
        for (const Phase& p : r.phases)
            collect(p.approve, CriterionKind::Webhook, &out);
    return out;
}

} // namespace cs
