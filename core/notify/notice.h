#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace cs {

// What a person can be told about, one name per kind of notice: the names preferences,
// the outbox and webhooks use.
namespace Notice {
inline const QString ApprovalNeeded = QStringLiteral("approval_needed"); // to the open phase's approvers
inline const QString Decision = QStringLiteral("decision"); // to the requester: someone approved or rejected
inline const QString Approved = QStringLiteral("approved");
inline const QString Rejected = QStringLiteral("rejected");
inline const QString Expired = QStringLiteral("expired");
inline const QString Cancelled = QStringLiteral("cancelled");
inline const QString Feedback = QStringLiteral("feedback"); // to the requester: a vote or comment that decides nothing
inline const QString Executed = QStringLiteral("executed"); // ran and succeeded
inline const QString Failed = QStringLiteral("failed"); // ran and failed, was interrupted or refused for good
inline const QString Reminder = QStringLiteral("reminder"); // to the open phase's approvers who have not decided
inline const QString Escalated = QStringLiteral("escalated"); // to the fallback group, and the requester
inline const QString Revoked = QStringLiteral("revoked"); // time-bound access ended (requester and approvers)
inline const QString WebhookDisabled = QStringLiteral("webhook_disabled"); // to admins (and its rerouted notices)
inline const QString Test = QStringLiteral("test"); // `notify webhook test`

// The events a person may set preferences for, in the order they are listed.
QStringList events();
// One line for people: "an approval waits for you".
QString describe(const QString& event);
} // namespace Notice

namespace NoticeChannel {
inline const QString Email = QStringLiteral("email");
inline const QString Webhook = QStringLiteral("webhook");
} // namespace NoticeChannel

enum class NoticeMode { Off, Immediate, Digest };
QString modeName(NoticeMode mode);
bool parseMode(const QString& text, NoticeMode* mode);

// One row of the outbox: one notice for one recipient (a person's address, or a webhook by name;
// recipient '' on a webhook row means "every enabled webhook", fanned out by the sender).
struct OutboxRow
{
    qint64 id = 0;
    qint64 createdAt = 0;
    qint64 auditSeq = 0;
    qint64 requestId = 0;
    QString event;
    QString channel;
    QString recipient;
    QString address;
    QString note;
    bool digest = false;
    qint64 dueAt = 0;
    QString state = QStringLiteral("pending");
    int attempts = 0;
    QString claimedBy;
    qint64 sentAt = 0;
    QString lastError;
    QString via; // the disabled webhook this notice was meant for, when rerouted to an admin
};

struct Webhook
{
    QString name;
    QString url;
    QString format; // json | slack | teams
    bool enabled = true;
    int failures = 0; // consecutive
    QString lastError;
    qint64 createdAt = 0;
};

// One person's effective choice for one event and channel, and where it comes from.
struct NoticePreference
{
    QString event;
    QString channel;
    NoticeMode mode = NoticeMode::Immediate;
    bool mandatory = false;
    QString source; // "yours", "workspace default", "built-in default", "mandatory"
};

} // namespace cs
