#include <ui/admin/actionspage.h>
#include <ui/admin/adminwidget.h>
#include <ui/admin/directorypages.h>

namespace cs::ui {

AdminWidget::AdminWidget(Session& session, Prompts& prompts, QWidget* parent)
    : QTabWidget(parent)
    , m_users(new UsersPage(session, this))
    , m_groups(new GroupsPage(session, this))
    , m_targets(new TargetsPage(session, this))
    , m_actions(new ActionsPage(session, prompts, this))
{
    setObjectName(QStringLiteral("adminTabs"));
    addTab(m_actions, tr("Actions"));
    addTab(m_users, tr("People"));
    addTab(m_groups, tr("Groups"));
    addTab(m_targets, tr("Targets"));
}

void AdminWidget::refresh()
{
    m_users->refresh();
    m_groups->refresh();
    m_targets->refresh();
    m_actions->refresh();
}

} // namespace cs::ui
