#include <QDateTime>
#include <QJsonArray>
#include <QStringList>
#include <core/audit/auditevents.h>
#include <core/views/adminaudittext.h>

namespace cs {
namespace {

QString number(const QJsonObject& p, const char* key)
{
    return QString::number(p.value(QLatin1String(key)).toInteger());
}

// The fields of a "changes" object ({"email": {"from": .., "to": ..}}) for people; a field without a
// label keeps its stored name.
QString changedFields(const QJsonObject& changes)
{
    QStringList out;
    for (auto it = changes.begin(); it != changes.end(); ++it)
        out << (it.key() == QLatin1String("name")              ? AuditText::tr("name")
                    : it.key() == QLatin1String("email")       ? AuditText::tr("e-mail")
                    : it.key() == QLatin1String("manager")     ? AuditText::tr("manager")
                    : it.key() == QLatin1String("description") ? AuditText::tr("description")
                                                               : it.key());
    return out.join(QStringLiteral(", "));
}

QString orNone(const QString& value)
{
    return value.isEmpty() ? AuditText::tr("none") : value;
}

// Scalar attributes as "name=value"; anything nested by its name only.
QString attributeList(const QJsonObject& attributes)
{
    QStringList out;
    for (auto it = attributes.begin(); it != attributes.end(); ++it)
        out << (it->isObject() || it->isArray() ? it.key()
                                                : QStringLiteral("%1=%2").arg(it.key(), it->toVariant().toString()));
    return out.join(QStringLiteral(", "));
}

QString formatName(const QString& format)
{
    if (format == QLatin1String("json"))
        return QStringLiteral("JSON");
    if (format == QLatin1String("slack"))
        return QStringLiteral("Slack");
    if (format == QLatin1String("teams"))
        return QStringLiteral("Teams");
    return format;
}

QString modeWords(const QString& mode)
{
    if (mode == QLatin1String("off"))
        return AuditText::tr("off");
    if (mode == QLatin1String("immediate"))
        return AuditText::tr("immediately");
    if (mode == QLatin1String("digest"))
        return AuditText::tr("daily digest");
    return mode;
}

std::optional<QString> directorySentence(const QString& ev, const QJsonObject& p)
{
    if (ev == AuditEvent::UserChanged) {
        // The directory sync records what changed; an admin's edit records the person as they are now.
        if (p.value(QStringLiteral("changes")).isObject())
            return AuditText::tr("%1's %2 changed.")
                .arg(payloadText(p, "login"), changedFields(p.value(QStringLiteral("changes")).toObject()));
        return AuditText::tr("Details of %1 (%2) saved: e-mail %3, manager %4.")
            .arg(payloadText(p, "login"), orNone(payloadText(p, "name")), orNone(payloadText(p, "email")),
                 orNone(payloadText(p, "manager")));
    }
    if (ev == AuditEvent::UserDisabled)
        return payloadText(p, "reason") == AuditPayload::LeftDirectoryReason
            ? AuditText::tr("%1 was disabled: no longer in the company directory.").arg(payloadText(p, "login"))
            : payloadText(p, "reason").isEmpty()
            ? AuditText::tr("%1 was disabled.").arg(payloadText(p, "login"))
            : AuditText::tr("%1 was disabled: %2").arg(payloadText(p, "login"), payloadText(p, "reason"));
    if (ev == AuditEvent::UserEnabled)
        return AuditText::tr("%1 was enabled.").arg(payloadText(p, "login"));
    if (ev == AuditEvent::UserRemoved)
        return AuditText::tr("%1 was removed from the workspace.").arg(payloadText(p, "login"));
    if (ev == AuditEvent::GroupChanged)
        return AuditText::tr("Group %1: %2 changed.")
            .arg(payloadText(p, "group"), changedFields(p.value(QStringLiteral("changes")).toObject()));
    if (ev == AuditEvent::GroupRemoved)
        return payloadText(p, "reason") == AuditPayload::LeftDirectoryReason
            ? AuditText::tr("Group %1 removed: no longer in the company directory.").arg(payloadText(p, "group"))
            : payloadText(p, "reason").isEmpty()
            ? AuditText::tr("Group %1 removed.").arg(payloadText(p, "group"))
            : AuditText::tr("Group %1 removed: %2").arg(payloadText(p, "group"), payloadText(p, "reason"));
    if (ev == AuditEvent::DirectoryConfigured) {
        const QJsonObject source = p.value(QStringLiteral("source")).toObject();
        const int minutes = source.value(QStringLiteral("intervalMinutes")).toInt();
        return AuditText::tr("The company directory is read from %1 (preset %2).")
                   .arg(payloadText(source, "url"), payloadText(source, "preset"))
            + QLatin1Char(' ')
            + (minutes == 1      ? AuditText::tr("The agent syncs it every minute.")
                   : minutes > 0 ? AuditText::tr("The agent syncs it every %1 minutes.").arg(minutes)
                                 : AuditText::tr("It syncs only when someone starts it."));
    }
    return std::nullopt;
}

std::optional<QString> webhookSentence(const QString& ev, const QJsonObject& p)
{
    const QString name = payloadText(p, "name");
    // Disabled by the rule after failures (with their count and last error), or by a person.
    const int failures = p.value(QStringLiteral("failures")).toInt();
    if (ev == AuditEvent::NotifyDefaultChanged) {
        const QString channel
            = payloadText(p, "channel") == QLatin1String("email") ? AuditText::tr("e-mail") : payloadText(p, "channel");
        return (p.value(QStringLiteral("mandatory")).toBool()
                    ? AuditText::tr("Default for the notice “%1” by %2: %3, mandatory for everyone.")
                    : AuditText::tr("Default for the notice “%1” by %2: %3."))
            .arg(payloadText(p, "event"), channel, modeWords(payloadText(p, "mode")));
    }
    if (ev == AuditEvent::NotifyWebhookAdded)
        return AuditText::tr("Notice webhook %1 added; it sends %2 messages to %3.")
            .arg(name, formatName(payloadText(p, "format")), payloadText(p, "host"));
    if (ev == AuditEvent::NotifyWebhookEnabled)
        return AuditText::tr("Notice webhook %1 enabled.").arg(name);
    if (ev == AuditEvent::NotifyWebhookDisabled)
        return failures == 1 ? AuditText::tr("Notice webhook %1 failed and was disabled; last error: %2")
                                   .arg(name, payloadText(p, "error"))
            : failures > 1
            ? AuditText::tr("Notice webhook %1 failed %2 times in a row and was disabled; last error: %3")
                  .arg(name, QString::number(failures), payloadText(p, "error"))
            : AuditText::tr("Notice webhook %1 disabled.").arg(name);
    if (ev == AuditEvent::NotifyWebhookTested)
        return AuditText::tr("A test notice goes to the notice webhook %1.").arg(name);
    if (ev == AuditEvent::ApprovalWebhookAdded)
        return AuditText::tr("Approval webhook %1 added; it is called at %2.").arg(name, payloadText(p, "host"));
    if (ev == AuditEvent::ApprovalWebhookEnabled)
        return AuditText::tr("Approval webhook %1 enabled.").arg(name);
    if (ev == AuditEvent::ApprovalWebhookDisabled)
        return failures == 1
            ? AuditText::tr("Approval webhook %1 failed and was disabled; its phases wait for the admins. Last "
                            "error: %2")
                  .arg(name, payloadText(p, "error"))
            : failures > 1 ? AuditText::tr("Approval webhook %1 failed %2 times in a row and was disabled; its phases "
                                           "wait for the admins. Last error: %3")
                                 .arg(name, QString::number(failures), payloadText(p, "error"))
                           : AuditText::tr("Approval webhook %1 disabled; its phases wait for the admins.").arg(name);
    if (ev == AuditEvent::ApprovalWebhookTested)
        return AuditText::tr("A test call goes to the approval webhook %1.").arg(name);
    if (ev == AuditEvent::ApprovalWebhookCalled) // no writer yet: the shape its siblings use
        return p.contains(QStringLiteral("phase"))
            ? AuditText::tr("Approval webhook %1 was called for phase %2.")
                  .arg(name, QString::number(p.value(QStringLiteral("phase")).toInt() + 1))
            : AuditText::tr("Approval webhook %1 was called.").arg(name);
    if (ev == AuditEvent::ApprovalWebhookReplyRefused) {
        const QString decision = payloadText(p, "decision") == QLatin1String("approve") ? AuditText::tr("approve")
                                                                                        : AuditText::tr("reject");
        return p.contains(QStringLiteral("phase"))
            ? AuditText::tr("A webhook answer (%1) for phase %2 from %3 was refused: %4")
                  .arg(decision, QString::number(p.value(QStringLiteral("phase")).toInt() + 1),
                       payloadText(p, "address"), payloadText(p, "reason"))
            : AuditText::tr("A webhook answer (%1) from %2 was refused: %3")
                  .arg(decision, payloadText(p, "address"), payloadText(p, "reason"));
    }
    return std::nullopt;
}

} // namespace

std::optional<QString> adminEventSentence(const QString& ev, const QJsonObject& p, const TimeText& when)
{
    if (auto sentence = directorySentence(ev, p))
        return sentence;
    if (auto sentence = webhookSentence(ev, p))
        return sentence;
    if (ev == AuditEvent::ServiceAccountAdded)
        return AuditText::tr("Service account %1 added.").arg(payloadText(p, "login"));
    // "token" is the token's name (never the token); an unnamed token has none.
    if (ev == AuditEvent::ServiceTokenIssued)
        return payloadText(p, "token").isEmpty()
            ? AuditText::tr("An API token was issued to %1.").arg(payloadText(p, "login"))
            : AuditText::tr("API token “%1” issued to %2.").arg(payloadText(p, "token"), payloadText(p, "login"));
    if (ev == AuditEvent::ServiceTokenRevoked)
        return payloadText(p, "token").isEmpty()
            ? AuditText::tr("An API token of %1 was revoked.").arg(payloadText(p, "login"))
            : AuditText::tr("API token “%1” of %2 revoked.").arg(payloadText(p, "token"), payloadText(p, "login"));
    if (ev == AuditEvent::TargetChanged) {
        // The payload is the target as it is now.
        QString sentence = payloadText(p, "owner").isEmpty()
            ? AuditText::tr("Target %1 changed: %2, run by the agent at %3.")
                  .arg(payloadText(p, "target"), payloadText(p, "kind"), payloadText(p, "agent"))
            : AuditText::tr("Target %1 changed: %2, run by the agent at %3, owned by %4.")
                  .arg(payloadText(p, "target"), payloadText(p, "kind"), payloadText(p, "agent"),
                       payloadText(p, "owner"));
        const QString attributes = attributeList(p.value(QStringLiteral("attributes")).toObject());
        if (!attributes.isEmpty())
            sentence += QLatin1Char(' ') + AuditText::tr("Attributes: %1.").arg(attributes);
        return sentence;
    }
    if (ev == AuditEvent::TargetRemoved)
        return AuditText::tr("Target %1 was removed.").arg(payloadText(p, "target"));
    if (ev == AuditEvent::WorkflowSaved) {
        QString sentence
            = AuditText::tr("Workflow %1 saved (revision %2).").arg(payloadText(p, "name"), number(p, "revision"));
        if (!payloadText(p, "description").isEmpty())
            sentence += QLatin1Char(' ') + AuditText::tr("Description: “%1”").arg(payloadText(p, "description"));
        if (p.value(QStringLiteral("default")).toBool())
            sentence += QLatin1Char(' ') + AuditText::tr("It is the default workflow.");
        return sentence;
    }
    if (ev == AuditEvent::WorkflowArchived)
        return AuditText::tr("Workflow %1 archived at revision %2.")
            .arg(payloadText(p, "workflow"), number(p, "revision"));
    // Key validity and signing times are milliseconds (as text for keys, as numbers for checkpoints).
    if (ev == AuditEvent::KeyRegistered)
        return payloadText(p, "validUntil").isEmpty()
            ? AuditText::tr("Signing key %1 listed, valid from %2.")
                  .arg(payloadText(p, "key"), when(payloadText(p, "validFrom").toLongLong()))
            : AuditText::tr("Signing key %1 listed, valid from %2 until %3.")
                  .arg(payloadText(p, "key"), when(payloadText(p, "validFrom").toLongLong()),
                       when(payloadText(p, "validUntil").toLongLong()));
    if (ev == AuditEvent::Checkpoint)
        return AuditText::tr("Checkpoint %1 signed with key %2 over %3 audit chains (%4 new or changed).")
            .arg(number(p, "checkpoint"), payloadText(p, "key"), number(p, "chains"), number(p, "changed"));
    // Delegations carry ISO times.
    const auto isoWhen
        = [&when](const QString& iso) { return when(QDateTime::fromString(iso, Qt::ISODate).toMSecsSinceEpoch()); };
    if (ev == AuditEvent::DelegationCreated)
        return AuditText::tr("%1 stands in for %2 from %3 until %4 (delegation #%5).")
            .arg(payloadText(p, "delegate"), payloadText(p, "delegator"), isoWhen(payloadText(p, "from")),
                 isoWhen(payloadText(p, "until")), number(p, "id"));
    if (ev == AuditEvent::DelegationEnded)
        return payloadText(p, "endedBy").isEmpty()
            ? AuditText::tr("Delegation #%1 ended: %2 no longer stands in for %3.")
                  .arg(number(p, "id"), payloadText(p, "delegate"), payloadText(p, "delegator"))
            : AuditText::tr("Delegation #%1 ended by %2: %3 no longer stands in for %4.")
                  .arg(number(p, "id"), payloadText(p, "endedBy"), payloadText(p, "delegate"),
                       payloadText(p, "delegator"));
    return std::nullopt;
}

} // namespace cs
