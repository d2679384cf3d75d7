#include <algorithm>
#include <core/common/coretext.h>
#include <core/requests/approvers.h>
#include <core/requests/requestservice.h>

namespace cs {
namespace {

// Up to this many, people are named; beyond it the line says how many and from where.
constexpr int kNamedApprovers = 5;

QString namesInSentence(const QStringList& names)
{
    if (names.size() < 2)
        return names.join(QString());
    return CoreText::tr("%1 or %2")
        .arg(QStringList(names.mid(0, names.size() - 1)).join(QStringLiteral(", ")), names.last());
}

// The group a phase asks one member of, when that is all it asks ("any of [a member of G]" too).
QString singleGroup(const Expression& e)
{
    if ((e.op == Expression::Op::Any || e.op == Expression::Op::All) && e.children.size() == 1)
        return singleGroup(e.children.first());
    return e.op == Expression::Op::Leaf && e.kind == CriterionKind::Group ? e.value : QString();
}

} // namespace

OpenPhaseApprovers openPhaseApprovers(const Request& r, const QList<Decision>& decisions,
                                      const DirectoryFacts& directory, qint64 now)
{
    OpenPhaseApprovers out;
    if (r.state != RequestState::Pending || r.phase >= r.phaseCount())
        return out;
    out.phase = r.phase;
    const Phase phase = r.effectivePhase(r.phase);
    out.phaseName = phase.name;
    for (const QString& login : directory.activeLogins())
        if (RequestService::eligibility(r, decisions, directory.approver(login, r.subject(), r.targets), now).canDecide)
            out.logins.append(login);
    std::sort(out.logins.begin(), out.logins.end());
    out.group = singleGroup(phase.approve);
    // An approval webhook the phase names is shown beside the people ("webhook NAME"), never as a login.
    QStringList named = out.logins;
    for (const Expression* leaf : PolicyEngine::positiveCriteria(phase))
        if (leaf->kind == CriterionKind::Webhook
            && RequestService::eligibility(r, decisions, PolicyEngine::webhookFacts(leaf->value), now).canDecide)
            named.append(CoreText::tr("webhook %1").arg(leaf->value));
    const int n = int(named.size());
    if (n == 0)
        out.summary = CoreText::tr("nobody can approve phase \"%1\" now (it needs %2)")
                          .arg(phase.name, phase.approve.describe(!r.behalfOf.isEmpty()));
    else if (n <= kNamedApprovers)
        out.summary = namesInSentence(named);
    else if (!out.group.isEmpty())
        out.summary = CoreText::tr("any of %1 members of %2").arg(n).arg(out.group);
    else
        out.summary = CoreText::tr("any of %1 people (%2)").arg(n).arg(phase.approve.describe(!r.behalfOf.isEmpty()));
    return out;
}

} // namespace cs
