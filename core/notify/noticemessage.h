#pragma once

#include <QByteArray>
#include <core/notify/notice.h>
#include <core/requests/requestservice.h>

namespace cs {

// A notice as people read it: the same request text the client's Copy button produces (secrets
// masked), what happened, and a countersign://request/ID link that opens the desktop client there.
struct NoticeMessage
{
    QString subject;
    QString text;
    QString html;
    QString link; // empty for notices about no request
};

QString requestLink(qint64 requestId);

// details: the request as it is now (nullptr for notices about no request, e.g. a webhook test).
NoticeMessage renderNotice(const OutboxRow& row, const RequestDetails* details);
// Several digest rows for one person as one message (each with its request, if any).
NoticeMessage renderDigest(const QList<QPair<OutboxRow, std::optional<RequestDetails>>>& items);

// The body a webhook of this format receives: generic JSON, or a Slack or Microsoft Teams
// incoming-webhook message. Never holds parameter values (secret or not): receivers get the
// event, the request's id, action, requester and state, and the link.
QByteArray webhookBody(const QString& format, const OutboxRow& row, const NoticeMessage& message,
                       const Request* request);

// HMAC-SHA256 of body under key, lowercase hex: sent as "X-Countersign-Signature: sha256=<hex>".
QString hmacSha256Hex(const QByteArray& key, const QByteArray& body);

} // namespace cs
