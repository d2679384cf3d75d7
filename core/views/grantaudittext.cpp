#include <QDateTime>
#include <QJsonArray>
#include <QStringList>
#include <core/audit/grantevents.h>
#include <core/views/grantaudittext.h>

namespace cs {
namespace {

qint64 number(const QJsonObject& p, const char* key)
{
    return p.value(QLatin1String(key)).toInteger();
}

// Request numbers as "#12, #14".
QString requestList(const QJsonArray& ids)
{
    QStringList out;
    for (const QJsonValue& id : ids)
        out << QStringLiteral("#%1").arg(id.toInteger());
    return out.join(QStringLiteral(", "));
}

} // namespace

std::optional<QString> grantEventSentence(const QString& ev, const QJsonObject& p, const TimeText& when)
{
    // Grant payloads carry ISO times; `when` writes them as the reader's clock does.
    const auto isoWhen
        = [&when](const QString& iso) { return when(QDateTime::fromString(iso, Qt::ISODate).toMSecsSinceEpoch()); };
    if (ev == AuditEvent::GrantActivated && !payloadText(p, "activeUntil").isEmpty())
        return AuditText::tr("Access active until %1.").arg(isoWhen(payloadText(p, "activeUntil")));
    if (ev == AuditEvent::GrantRevokeRequested)
        return withComment(AuditText::tr("Asked to end the access early."), payloadText(p, "comment"));
    if (ev == AuditEvent::GrantReviewed || ev == AuditEvent::AccessReviewDecided) {
        const bool kept = payloadText(p, "decision") == QLatin1String("keep");
        const qint64 review = number(p, "review");
        QString sentence = review > 0 ? (kept ? AuditText::tr("Kept in access review #%1.").arg(review)
                                              : AuditText::tr("Revoked in access review #%1.").arg(review))
            : kept                    ? (payloadText(p, "reviewedUntil").isEmpty()
                                             ? AuditText::tr("Kept.")
                                             : AuditText::tr("Kept; needed until %1.").arg(isoWhen(payloadText(p, "reviewedUntil"))))
                                      : AuditText::tr("Revoked early.");
        return withComment(sentence, payloadText(p, "comment"));
    }
    if (ev == AuditEvent::GrantRevokeStarted) {
        const qint64 lateSeconds = number(p, "lateMs") / 1000;
        return lateSeconds > 0 ? AuditText::tr("Revoke attempt %1 started %2 s late (due %3).")
                                     .arg(number(p, "attempt"))
                                     .arg(lateSeconds)
                                     .arg(isoWhen(payloadText(p, "dueAt")))
                               : AuditText::tr("Revoke attempt %1 started (due %2).")
                                     .arg(number(p, "attempt"))
                                     .arg(isoWhen(payloadText(p, "dueAt")));
    }
    if (ev == AuditEvent::GrantRevokeFailed)
        return AuditText::tr("Revoke attempt %1 failed; next try at %2. Error: %3")
            .arg(number(p, "attempt"))
            .arg(isoWhen(payloadText(p, "nextAttemptAt")), payloadText(p, "error"));
    if (ev == AuditEvent::GrantSuperseded)
        return AuditText::tr("Superseded by request #%1, which extends this access; this grant's revoke does not run.")
            .arg(number(p, "supersededBy"));
    if (ev == AuditEvent::GrantCleanupScheduled)
        return AuditText::tr("The grant script failed; the revoke script runs now to clean up.");
    if (ev == AuditEvent::GrantRevoked) {
        // A clean-up, an early revoke someone asked for, or the access reaching its end.
        QString sentence;
        if (p.value(QStringLiteral("cleanup")).toBool())
            sentence = AuditText::tr("Cleaned up after the failed grant script.");
        else if (!payloadText(p, "earlyBy").isEmpty())
            sentence = AuditText::tr("Access revoked early, as %1 asked.").arg(payloadText(p, "earlyBy"));
        else if (number(p, "lateMs") >= 1000)
            sentence = AuditText::tr("Access revoked; it was due %1 and started %2 s late.")
                           .arg(isoWhen(payloadText(p, "dueAt")))
                           .arg(number(p, "lateMs") / 1000);
        else
            sentence = AuditText::tr("Access revoked at its end (%1).").arg(isoWhen(payloadText(p, "dueAt")));
        if (number(p, "attempts") > 1)
            sentence += QLatin1Char(' ') + AuditText::tr("It took %1 attempts.").arg(number(p, "attempts"));
        return withComment(sentence, payloadText(p, "comment"));
    }
    if (ev == AuditEvent::AccessReviewStarted) {
        const QStringList reviewers = p.value(QStringLiteral("reviewers")).toVariant().toStringList();
        return AuditText::tr("Access review #%1 “%2” started for %3, due %4. Grants to review: %5.")
            .arg(QString::number(number(p, "review")), payloadText(p, "title"), reviewers.join(QStringLiteral(", ")),
                 isoWhen(payloadText(p, "dueAt")), QString::number(number(p, "items")));
    }
    if (ev == AuditEvent::AccessReviewClosed) {
        const QJsonArray undecided = p.value(QStringLiteral("undecided")).toArray();
        // One pass over the values: a title holding "%3" stays as written.
        QString sentence
            = AuditText::tr("Access review #%1 “%2” closed. Grants: %3 in all, %4 kept, %5 revoked, %6 undecided.")
                  .arg(QString::number(number(p, "review")), payloadText(p, "title"),
                       QString::number(number(p, "total")),
                       QString::number(p.value(QStringLiteral("kept")).toArray().size()),
                       QString::number(p.value(QStringLiteral("revoked")).toArray().size()),
                       QString::number(undecided.size()));
        if (!undecided.isEmpty())
            sentence += QLatin1Char(' ') + AuditText::tr("Undecided: %1.").arg(requestList(undecided));
        return sentence;
    }
    return std::nullopt;
}

} // namespace cs
