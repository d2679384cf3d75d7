#pragma once

#include <core/actions/actionstore.h>
#include <core/admin/adminservice.h>
#include <core/admin/auditservice.h>
#include <core/admin/serviceaccounts.h>
#include <core/admin/workflowoverview.h>
#include <core/admin/workflowservice.h>
#include <core/audit/auditlog.h>
#include <core/directory/directory.h>
#include <core/directorysync/directorysync.h>
#include <core/execution/accessreview.h>
#include <core/execution/activegrants.h>
#include <core/execution/executionservice.h>
#include <core/execution/executionstore.h>
#include <core/execution/grantservice.h>
#include <core/execution/reviewcampaign.h>
#include <core/notify/approvalwebhookservice.h>
#include <core/notify/notifier.h>
#include <core/notify/notifyservice.h>
#include <core/notify/notifystore.h>
#include <core/requests/delegation.h>
#include <core/requests/phasealerts.h>
#include <core/requests/requestservice.h>
#include <core/requests/requeststore.h>
#include <core/storage/database.h>
#include <memory>

namespace cs {

// Everything that works on one database, wired once. Front ends create one from main() with
// the clock they want; nothing in core reaches for a global.
class Workspace
{
public:
    Workspace(std::unique_ptr<Database> db, const Clock& clock);

    // An SQLite file path, or a postgresql:// address (with the password, if libpq should not find it itself).
    static Result<std::unique_ptr<Workspace>> open(const QString& location, const Clock& clock,
                                                   const QString& password = {});

    Database& database() { return *m_db; }
    const Clock& clock() const { return m_clock; }
    AuditLog& audit() { return m_audit; }
    Directory& directory() { return m_directory; }
    ActionStore& actions() { return m_actions; }
    RequestStore& requestStore() { return m_requestStore; }
    AdminService& admin() { return m_admin; }
    RequestService& requests() { return m_requests; }
    ExecutionService& executions() { return m_executions; }
    AuditService& auditService() { return m_auditService; }
    DirectorySync& directorySync() { return m_directorySync; }
    NotifyService& notify() { return m_notify; }
    DelegationService& delegations() { return m_delegations; }
    PhaseAlerts& phaseAlerts() { return m_phaseAlerts; } // reminders and escalations (issue 16)
    GrantService& grants() { return m_grants; }
    // Workflows (issue 19): a light service over the same stores.
    WorkflowService workflows() { return WorkflowService(stores()); }
    // Approval webhooks (issue 17): registration and the sender's side, over the same stores.
    ApprovalWebhookService approvalWebhooks() { return ApprovalWebhookService(stores(), m_notify, m_requests); }
    // Service accounts and their API tokens (issue 17).
    ServiceAccounts serviceAccounts() { return ServiceAccounts(stores()); }
    WorkflowOverview workflowOverview() { return WorkflowOverview(stores()); } // the desktop's page
    // Access reviews of active grants (issue 15): keep or revoke, recorded and audited.
    AccessReview accessReview() { return AccessReview(stores()); }
    ActiveGrants activeGrants() { return ActiveGrants(stores()); }
    // Access reviews as campaigns (issue 15): start, decide, close.
    ReviewCampaigns reviewCampaigns() { return ReviewCampaigns(stores()); }

private:
    Stores stores(); // for the services, built from the members declared before them

    std::unique_ptr<Database> m_db;
    const Clock& m_clock;
    AuditLog m_audit;
    Directory m_directory;
    ActionStore m_actions;
    RequestStore m_requestStore;
    AdminService m_admin;
    RequestService m_requests;
    ExecutionStore m_executionStore;
    ExecutionService m_executions;
    AuditService m_auditService;
    DirectorySync m_directorySync;
    NotifyStore m_notifyStore;
    Notifier m_notifier;
    NotifyService m_notify;
    DelegationService m_delegations;
    PhaseAlerts m_phaseAlerts;
    GrantService m_grants;
};

} // namespace cs
