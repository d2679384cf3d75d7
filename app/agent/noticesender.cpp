#include <agent/logging.h>
#include <agent/noticesender.h>
#include <core/workspace.h>

namespace cs::agent {
namespace {

int envInt(const char* name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

} // namespace

NoticeSender::Settings NoticeSender::Settings::fromEnvironment()
{
    Settings s;
    s.transport = NoticeTransportSettings::fromEnvironment();
    s.pollMs = envInt("COUNTERSIGN_NOTIFY_POLL_MS", s.pollMs);
    s.replyUrl = qEnvironmentVariable("COUNTERSIGN_WEBHOOK_REPLY_URL");
    s.delivery.webhookFailureLimit = envInt("COUNTERSIGN_WEBHOOK_FAILURE_LIMIT", s.delivery.webhookFailureLimit);
    s.delivery.firstRetryMs = envInt("COUNTERSIGN_NOTIFY_RETRY_MS", int(s.delivery.firstRetryMs));
    return s;
}

NoticeSender::NoticeSender(Opener opener, const Clock& clock, const QString& agentName, Settings settings)
    : m_opener(std::move(opener))
    , m_clock(clock)
    , m_name(agentName)
    , m_settings(std::move(settings))
    , m_transport(m_settings.transport)
{ }

NoticeSender::~NoticeSender()
{
    stop();
}

void NoticeSender::start()
{
    if (m_settings.transport.smtpUrl.isEmpty())
        qCWarning(lcAgent) << "no SMTP server configured (COUNTERSIGN_SMTP_URL): e-mail notices wait in the outbox";
    if (m_settings.transport.webhookSecret.isEmpty())
        qCWarning(lcAgent) << "no COUNTERSIGN_WEBHOOK_SECRET: webhook calls go out unsigned";
    m_stopping = false;
    m_thread = std::thread([this] { run(); });
}

void NoticeSender::stop()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void NoticeSender::run()
{
    std::unique_ptr<Workspace> workspace;
    bool released = false;
    while (!m_stopping) {
        if (!workspace) {
            auto db = m_opener();
            if (db.ok())
                workspace = std::make_unique<Workspace>(std::move(db).value(), m_clock);
            else
                qCWarning(lcAgent).noquote() << QStringLiteral("notices: %1").arg(db.error().message);
        }
        int handled = 0;
        if (workspace) {
            // What this agent held when it stopped last time is due again now, not after the lease.
            if (!released) {
                const Status s = workspace->notify().releaseClaims(m_name);
                released = s.ok();
            }
            ApprovalWebhookService approvals = workspace->approvalWebhooks();
            auto done = sendDue(workspace->notify(), &approvals);
            if (done.ok()) {
                handled = *done;
            } else {
                qCWarning(lcAgent).noquote() << QStringLiteral("notices: %1").arg(done.error().message);
                if (done.error().code == Error::Code::Storage || done.error().code == Error::Code::OutcomeUnknown)
                    workspace.reset(); // a new connection next time
            }
        }
        if (handled >= m_settings.batch)
            continue; // more is due
        std::unique_lock<std::mutex> lock(m_mutex);
        m_wake.wait_for(lock, std::chrono::milliseconds(m_settings.pollMs), [this] { return m_stopping.load(); });
    }
}

Result<int> NoticeSender::sendDue(NotifyService& service, ApprovalWebhookService* approvals)
{
    // Recipients first: the events committed since the last pass become outbox rows.
    auto expanded = service.expandEvents(m_settings.batch);
    CS_TRY(expanded);
    auto rows = service.claim(m_name, m_settings.batch, m_settings.delivery);
    CS_TRY(rows);
    m_rendered.clear();
    QHash<QString, QList<OutboxRow>> digests;
    for (const OutboxRow& row : std::as_const(*rows)) {
        if (row.channel == NoticeChannel::Email && row.digest)
            digests[row.address].append(row);
        else if (ApprovalWebhookService::isApprovalRow(row) && approvals)
            CS_TRY(deliverApprovalCall(*approvals, row));
        else
            CS_TRY(deliver(service, row));
    }
    for (const auto& group : std::as_const(digests))
        CS_TRY(deliverDigests(service, group));
    return int(rows->size()) + *expanded;
}

Result<NoticeMessage> NoticeSender::render(NotifyService& service, const OutboxRow& row)
{
    const QString key = QStringLiteral("%1|%2|%3").arg(row.auditSeq).arg(row.event, row.note);
    const auto done = m_rendered.constFind(key);
    if (done != m_rendered.constEnd())
        return *done;
    auto message = service.render(row);
    CS_TRY(message);
    m_rendered.insert(key, *message);
    return message;
}

Status NoticeSender::deliver(NotifyService& service, const OutboxRow& row)
{
    if (row.channel == NoticeChannel::Webhook) {
        if (row.recipient.isEmpty())
            return service.fanOut(row);
        auto hook = service.webhookFor(row);
        CS_TRY(hook);
        if (!*hook)
            return {};
        auto message = render(service, row);
        CS_TRY(message);
        auto request = service.requestFor(row);
        CS_TRY(request);
        const QByteArray body = webhookBody((*hook)->format, row, *message, *request ? &(*request)->request : nullptr);
        const Status sent = m_transport.postWebhook((*hook)->url, body, QString::number(row.id), row.event);
        if (!sent.ok())
            qCWarning(lcAgent).noquote()
                << QStringLiteral("notice %1 to webhook %2: %3").arg(row.id).arg(row.recipient, sent.error().message);
        return service.webhookResult(row, sent.ok(), sent.ok() ? QString() : sent.error().message,
                                     QStringLiteral("agent:") + m_name, m_settings.delivery);
    }
    auto message = render(service, row);
    CS_TRY(message);
    const Status sent = m_transport.sendMail({ row.address, message->subject, message->text, message->html,
                                               QStringLiteral("notice-%1@countersign").arg(row.id) });
    if (sent.ok())
        return service.delivered(row);
    qCWarning(lcAgent).noquote()
        << QStringLiteral("notice %1 to %2: %3").arg(row.id).arg(row.address, sent.error().message);
    return service.deliveryFailed(row, sent.error().message, m_settings.delivery);
}

Status NoticeSender::deliverApprovalCall(ApprovalWebhookService service, const OutboxRow& row)
{
    auto call = service.prepare(row, m_settings.replyUrl);
    CS_TRY(call);
    if (!*call)
        return {};
    const ApprovalWebhook& hook = (*call)->webhook;
    QList<QPair<QByteArray, QByteArray>> headers;
    for (auto it = hook.headers.constBegin(); it != hook.headers.constEnd(); ++it)
        headers.append({ it.key().toUtf8(), it.value().toString().toUtf8() });
    // The key lives in the agent's environment, never in the database (empty: the notice webhooks' key).
    const QByteArray secret
        = hook.secretEnv.isEmpty() ? QByteArray() : qgetenv(hook.secretEnv.toLocal8Bit().constData());
    const Status sent
        = m_transport.postWebhook(hook.url, (*call)->body, QString::number(row.id), row.event, headers, secret);
    if (!sent.ok())
        qCWarning(lcAgent).noquote()
            << QStringLiteral("approval webhook call %1 to %2: %3").arg(row.id).arg(hook.name, sent.error().message);
    return service.result(row, sent.ok(), sent.ok() ? QString() : sent.error().message,
                          QStringLiteral("agent:") + m_name, m_settings.delivery);
}

Status NoticeSender::deliverDigests(NotifyService& service, const QList<OutboxRow>& rows)
{
    QList<QPair<OutboxRow, std::optional<RequestDetails>>> items;
    for (const OutboxRow& row : rows) {
        auto request = service.requestFor(row);
        CS_TRY(request);
        items.append({ row, *request });
    }
    const NoticeMessage message = renderDigest(items);
    const Status sent = m_transport.sendMail({ rows.first().address, message.subject, message.text, message.html,
                                               QStringLiteral("digest-%1@countersign").arg(rows.first().id) });
    for (const OutboxRow& row : rows)
        CS_TRY(sent.ok() ? service.delivered(row)
                         : service.deliveryFailed(row, sent.error().message, m_settings.delivery));
    return {};
}

} // namespace cs::agent
