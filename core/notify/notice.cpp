#include <core/notify/notice.h>

namespace cs {

QStringList Notice::events()
{
    return { ApprovalNeeded, Reminder, Escalated, Decision, Approved, Rejected,       Expired,
             Cancelled,      Feedback, Executed,  Failed,   Revoked,  WebhookDisabled };
}

QString Notice::describe(const QString& event)
{
    if (event == ApprovalNeeded)
        return QStringLiteral("a request waits for your approval");
    if (event == Reminder)
        return QStringLiteral("a reminder that a request still waits for your approval");
    if (event == Escalated)
        return QStringLiteral("a request was escalated to your group, or your request was escalated");
    if (event == Decision)
        return QStringLiteral("someone decided on your request");
    if (event == Approved)
        return QStringLiteral("your request was approved");
    if (event == Rejected)
        return QStringLiteral("your request was rejected");
    if (event == Expired)
        return QStringLiteral("your request expired");
    if (event == Cancelled)
        return QStringLiteral("your request was cancelled");
    if (event == Feedback)
        return QStringLiteral("someone left feedback on your request (it decides nothing)");
    if (event == Executed)
        return QStringLiteral("your request ran and succeeded");
    if (event == Failed)
        return QStringLiteral("a request you asked for or approved failed");
    if (event == Revoked)
        return QStringLiteral("access you asked for or approved was revoked");
    if (event == WebhookDisabled)
        return QStringLiteral("a webhook was disabled after repeated failures (admins)");
    if (event == Test)
        return QStringLiteral("a test notice");
    return event;
}

QString modeName(NoticeMode mode)
{
    switch (mode) {
    case NoticeMode::Off:
        return QStringLiteral("off");
    case NoticeMode::Immediate:
        return QStringLiteral("immediate");
    case NoticeMode::Digest:
        return QStringLiteral("digest");
    }
    return {};
}

bool parseMode(const QString& text, NoticeMode* mode)
{
    for (NoticeMode m : { NoticeMode::Off, NoticeMode::Immediate, NoticeMode::Digest })
        if (text.trimmed().compare(modeName(m), Qt::CaseInsensitive) == 0) {
            *mode = m;
            return true;
        }
    return false;
}

} // namespace cs
