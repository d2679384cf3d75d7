#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <core/common/result.h>

namespace cs::agent {

// Where and how the agent sends notices: from its environment (a systemd EnvironmentFile or
// credentials), never from the database, which every person can read.
struct NoticeTransportSettings
{
    QString smtpUrl; // smtp://host:587 (STARTTLS), smtps://host:465 (TLS); empty: e-mail is not sent
    QString smtpFrom;
    QString smtpUser;
    QString smtpPassword;
    bool requireTls = false; // STARTTLS is then required, not only used when offered
    QByteArray webhookSecret; // the HMAC-SHA256 key of X-Countersign-Signature
    int timeoutSeconds = 20;

    // COUNTERSIGN_SMTP_URL, _FROM, _USER, _PASSWORD, COUNTERSIGN_SMTP_REQUIRE_TLS=1, COUNTERSIGN_WEBHOOK_SECRET.
    static NoticeTransportSettings fromEnvironment();
};

struct MailMessage
{
    QString to;
    QString subject;
    QString text;
    QString html;
    QString messageId; // stable per notice: a receiver can drop a copy resent after a crash
};

// libcurl's SMTP client (STARTTLS/TLS, authentication) and HTTP client; one blocking call each,
// made from the sender's own thread (one thread per transport). Mails go through one libcurl
// handle, which keeps the SMTP connection open from one mail to the next.
class NoticeTransport
{
public:
    explicit NoticeTransport(NoticeTransportSettings settings);
    ~NoticeTransport();
    NoticeTransport(const NoticeTransport&) = delete;
    NoticeTransport& operator=(const NoticeTransport&) = delete;

    Status sendMail(const MailMessage& message);
    // POSTs body signed with the HMAC header; any 2xx answer is a delivery. An approval webhook
    // (issue 17) adds its own headers and may sign with its own key (empty: the notice webhooks').
    Status postWebhook(const QString& url, const QByteArray& body, const QString& deliveryId, const QString& event,
                       const QList<QPair<QByteArray, QByteArray>>& extraHeaders = {},
                       const QByteArray& secret = {}) const;

private:
    NoticeTransportSettings m_settings;
    void* m_mailHandle = nullptr; // CURL*, kept for its open connection
};

} // namespace cs::agent
