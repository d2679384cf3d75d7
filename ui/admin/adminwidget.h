#pragma once

#include <QTabWidget>

namespace cs::ui {

class ActionsPage;
class GroupsPage;
class Prompts;
class Session;
class TargetsPage;
class UsersPage;

// Administration: people, groups and memberships, targets, actions and their policies.
class AdminWidget : public QTabWidget
{
    Q_OBJECT

public:
    AdminWidget(Session& session, Prompts& prompts, QWidget* parent = nullptr);
    void refresh();
    ActionsPage* actions() const { return m_actions; }

private:
    UsersPage* m_users;
    GroupsPage* m_groups;
    TargetsPage* m_targets;
    ActionsPage* m_actions;
};

} // namespace cs::ui
