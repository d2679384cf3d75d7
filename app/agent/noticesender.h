#pragma once

#include <agent/noticetransport.h>
#include <atomic>
#include <condition_variable>
#include <core/notify/approvalwebhookservice.h>
#include <core/notify/notifyservice.h>
#include <core/storage/database.h>
#include <functional>
#include <mutex>
#include <thread>

namespace cs {
class Clock;
}

namespace cs::agent {

// Delivers the notification outbox: claims due rows (each by one sender only), sends them by
// e-mail or webhook, records the outcome, and retries with back-off. It works on its own
// connection in its own thread, so a slow mail server never holds up the agent's HTTP service.
// After a crash its claimed rows are taken up again at its next start.
class NoticeSender
{
public:
    struct Settings
    {
        NoticeTransportSettings transport;
        NotifyService::Settings delivery;
        int pollMs = 500;
        int batch = 50;
        QString replyUrl; // where approval webhooks answer (issue 17): the agent's public URL + the reply path

        // The transport's variables, COUNTERSIGN_NOTIFY_POLL_MS, COUNTERSIGN_WEBHOOK_FAILURE_LIMIT,
        // COUNTERSIGN_NOTIFY_RETRY_MS (first retry, doubled each time).
        static Settings fromEnvironment();
    };

    using Opener = std::function<Result<std::unique_ptr<Database>>()>;
    NoticeSender(Opener opener, const Clock& clock, const QString& agentName, Settings settings);
    ~NoticeSender();

    void start();
    void stop();
    // One pass over what is due, on the caller's thread (tests, the bench): how many rows it handled.
    // Approval webhook calls need the workspace's request service (sendDue(Workspace&)).
    Result<int> sendDue(NotifyService& service, ApprovalWebhookService* approvals = nullptr);

private:
    void run();
    Status deliver(NotifyService& service, const OutboxRow& row);
    // The text of a notice, rendered once per event for all its recipients in one pass.
    Result<NoticeMessage> render(NotifyService& service, const OutboxRow& row);
    Status deliverDigests(NotifyService& service, const QList<OutboxRow>& rows);
    // A call to an approval webhook (issue 17): the request and a fresh reply token, signed with its key.
    Status deliverApprovalCall(ApprovalWebhookService service, const OutboxRow& row);

    Opener m_opener;
    const Clock& m_clock;
    QString m_name;
    Settings m_settings;
    NoticeTransport m_transport;
    QHash<QString, NoticeMessage> m_rendered; // this pass's texts, by audit entry, event and note
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::atomic<bool> m_stopping { false };
};

} // namespace cs::agent
