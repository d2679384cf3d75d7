#pragma once

#include <QTabWidget>

namespace cs {
class CredentialStore;
}

namespace cs::ui {

class ActionsPage;
class DirectorySyncPage;
class GroupsPage;
class Prompts;
class Session;
class TargetsPage;
class UsersPage;
class WebhooksPage;

// Administration: people, groups and memberships, targets, actions and their policies, and the
// sync from the company directory.
class AdminWidget : public QTabWidget
{
    Q_OBJECT

public:
    AdminWidget(Session& session, Prompts& prompts, CredentialStore& credentials, QWidget* parent = nullptr);
    void refresh();
    ActionsPage* actions() const { return m_actions; }
    UsersPage* users() const { return m_users; }
    TargetsPage* targets() const { return m_targets; }
    GroupsPage* groups() const { return m_groups; }
    DirectorySyncPage* directorySync() const { return m_directory; }
    WebhooksPage* webhooks() const { return m_webhooks; }
    // Whether another page may be shown (unsaved action edits are discarded only when confirmed).
    bool leave();

private:
    UsersPage* m_users;
    GroupsPage* m_groups;
    TargetsPage* m_targets;
    ActionsPage* m_actions;
    DirectorySyncPage* m_directory;
    WebhooksPage* m_webhooks;
    int m_lastTab = 0;
};

} // namespace cs::ui
