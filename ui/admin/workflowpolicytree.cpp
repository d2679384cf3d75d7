#include <QJsonDocument>
#include <QJsonValue>
#include <ui/admin/workflowpolicytree.h>

namespace cs::ui {
namespace {

QString conditionText(const Condition& c)
{
    const QString value = c.value.isString()
        ? c.value.toString()
        : QString::fromUtf8(
              QJsonDocument::fromVariant(QVariantList { c.value.toVariant() }).toJson(QJsonDocument::Compact))
              .mid(1)
              .chopped(1);
    return QStringLiteral("%1 %2 %3").arg(c.field, c.op, value);
}

// Core's describeCriterion() is the English kept with decisions; people read it in their language.
QString criterionText(const Expression& e)
{
    switch (e.kind) {
    case CriterionKind::User:
        return WorkflowPolicyTree::tr("user %1").arg(e.value);
    case CriterionKind::Group:
        return e.count > 1 ? WorkflowPolicyTree::tr("%1 members of %2").arg(e.count).arg(e.value)
                           : WorkflowPolicyTree::tr("a member of %1").arg(e.value);
    case CriterionKind::Role:
        return e.count > 1 ? WorkflowPolicyTree::tr("%1 people with role %2").arg(e.count).arg(e.value)
                           : WorkflowPolicyTree::tr("someone with role %1").arg(e.value);
    case CriterionKind::Manager:
        return WorkflowPolicyTree::tr("the requester's manager");
    case CriterionKind::TargetOwner:
        return WorkflowPolicyTree::tr("a target owner");
    case CriterionKind::Automatic:
        return WorkflowPolicyTree::tr("automatic");
    case CriterionKind::TeamMember:
        return WorkflowPolicyTree::tr("a member of the requester's team");
    }
    return e.describeCriterion();
}

void collect(const QTreeWidgetItem* item, int depth, QStringList& out)
{
    out << QString(depth * 2, QLatin1Char(' ')) + item->text(0);
    for (int i = 0; i < item->childCount(); ++i)
        collect(item->child(i), depth + 1, out);
}

} // namespace

WorkflowPolicyTree::WorkflowPolicyTree(QWidget* parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("workflowPolicyTree"));
    setHeaderHidden(true);
    setColumnCount(1);
}

void WorkflowPolicyTree::showPolicy(const Policy& policy)
{
    clear();
    auto* settings = new QTreeWidgetItem(this, { tr("Deadline: %1 hours").arg(policy.deadlineHours) });
    if (!policy.bypassGroups.isEmpty())
        new QTreeWidgetItem(settings,
                            { tr("No approval needed for: %1").arg(policy.bypassGroups.join(QStringLiteral(", "))) });
    if (policy.timeout.isSet())
        new QTreeWidgetItem(settings, { policy.timeout.describe() });
    // What a request must bring (the form's ticket field and the comment's length).
    const Intake& intake = policy.intake;
    if (intake.asksTicket) {
        const QString label = intake.ticketLabel.isEmpty() ? tr("Ticket") : intake.ticketLabel;
        auto* ticket = new QTreeWidgetItem(settings,
                                           { intake.ticketRequired ? tr("Asks for: %1 (required)").arg(label)
                                                                   : tr("Asks for: %1 (optional)").arg(label) });
        if (!intake.ticketPattern.isEmpty())
            new QTreeWidgetItem(ticket, { tr("Matching %1").arg(intake.ticketPattern) });
    }
    if (intake.minCommentLength > 0)
        new QTreeWidgetItem(settings, { tr("Comment of at least %1 characters").arg(intake.minCommentLength) });
    for (const Rule& rule : policy.rules) {
        auto* ruleItem = new QTreeWidgetItem(this, { tr("Rule %1").arg(rule.name) });
        if (rule.when.isEmpty())
            new QTreeWidgetItem(ruleItem, { tr("When: every request") });
        for (const Condition& c : rule.when)
            new QTreeWidgetItem(ruleItem, { tr("When: %1").arg(conditionText(c)) });
        if (rule.phases.isEmpty())
            new QTreeWidgetItem(ruleItem, { tr("No approval needed") });
        for (const Phase& phase : rule.phases) {
            auto* phaseItem = new QTreeWidgetItem(
                ruleItem,
                { phase.quorum == 0 ? tr("Phase %1 (automatic)").arg(phase.name)
                                    : tr("Phase %1 (%n approver(s))", nullptr, phase.quorum).arg(phase.name) });
            addExpression(phaseItem, phase.approve);
            for (const QString& setting : { phase.reminder.isSet() ? phase.reminder.describe() : QString(),
                                            phase.escalation.isSet() ? phase.escalation.describe() : QString() })
                if (!setting.isEmpty())
                    new QTreeWidgetItem(phaseItem, { setting });
        }
    }
    expandAll();
}

void WorkflowPolicyTree::addExpression(QTreeWidgetItem* parent, const Expression& e)
{
    QString label;
    switch (e.op) {
    case Expression::Op::Leaf:
        new QTreeWidgetItem(parent, { criterionText(e) });
        return;
    case Expression::Op::All:
        label = tr("All of");
        break;
    case Expression::Op::Any:
        label = tr("Any of");
        break;
    case Expression::Op::Not:
        label = tr("Not");
        break;
    }
    auto* item = new QTreeWidgetItem(parent, { label });
    for (const Expression& child : e.children)
        addExpression(item, child);
}

QString WorkflowPolicyTree::text() const
{
    QStringList out;
    for (int i = 0; i < topLevelItemCount(); ++i)
        collect(topLevelItem(i), 0, out);
    return out.join(QLatin1Char('\n'));
}

} // namespace cs::ui
