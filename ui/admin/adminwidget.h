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
    UsersPage* users() const { return m_users; }
    TargetsPage* targets() const { return m_targets; }
    // Whether another page may be shown (unsaved action edits are discarded only when confirmed).
    bool leave();

private:
    UsersPage* m_users;
    GroupsPage* m_groups;
    TargetsPage* m_targets;
    ActionsPage* m_actions;
    int m_lastTab = 0;
};

} // namespace cs::ui
