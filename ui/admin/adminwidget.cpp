#include <ui/admin/actionspage.h>
#include <ui/admin/adminwidget.h>
#include <ui/admin/approvalwebhookspage.h>
#include <ui/admin/directorypages.h>
#include <ui/admin/directorysyncpage.h>
#include <ui/admin/serviceaccountspage.h>
#include <ui/admin/webhookspage.h>
#include <ui/admin/workflowspage.h>

namespace cs::ui {

AdminWidget::AdminWidget(Session& session, Prompts& prompts, CredentialStore& credentials, QWidget* parent)
    : QTabWidget(parent)
    , m_users(new UsersPage(session, prompts, this))
    , m_groups(new GroupsPage(session, prompts, this))
    , m_targets(new TargetsPage(session, prompts, this))
    , m_actions(new ActionsPage(session, prompts, this))
    , m_directory(new DirectorySyncPage(session, prompts, credentials, this))
    , m_webhooks(new WebhooksPage(session, this))
{
    setObjectName(QStringLiteral("adminTabs"));
    addTab(m_actions, tr("Actions"));
    addTab(new WorkflowsPage(session, prompts, this), tr("Workflows")); // issue 19
    addTab(m_users, tr("People"));
    addTab(m_groups, tr("Groups"));
    addTab(m_targets, tr("Targets"));
    addTab(m_directory, tr("Directory"));
    addTab(m_webhooks, tr("Webhooks"));
    addTab(new ApprovalWebhooksPage(session, this), tr("Approval webhooks")); // issue 17
    addTab(new ServiceAccountsPage(session, prompts, this), tr("Service accounts")); // issue 17
    connect(this, &QTabWidget::currentChanged, this, [this](int index) {
        if (widget(m_lastTab) == m_actions && widget(index) != m_actions && !m_actions->leave()) {
            const QSignalBlocker stay(this);
            setCurrentWidget(m_actions);
            return;
        }
        m_lastTab = index;
    });
}

bool AdminWidget::leave()
{
    return currentWidget() != m_actions || m_actions->leave();
}

void AdminWidget::refresh()
{
    m_users->refresh();
    m_webhooks->refresh();
    m_groups->refresh();
    m_targets->refresh();
    m_actions->refresh();
    m_directory->refresh();
    if (auto* workflows = findChild<WorkflowsPage*>())
        workflows->refresh();
}

} // namespace cs::ui
