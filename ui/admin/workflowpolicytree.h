#pragma once

#include <QTreeWidget>
#include <core/policy/policy.h>

namespace cs::ui {

// A read-only, structured view of a policy: rules → phases → expressions, as the engine reads them.
class WorkflowPolicyTree : public QTreeWidget
{
    Q_OBJECT

public:
    explicit WorkflowPolicyTree(QWidget* parent = nullptr);
    void showPolicy(const Policy& policy);
    // Every line shown, indented by depth: what a person reads (tests search it).
    QString text() const;

private:
    void addExpression(QTreeWidgetItem* parent, const Expression& expression);
};

} // namespace cs::ui
