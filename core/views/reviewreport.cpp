#include <core/common/clock.h>
#include <core/views/csv.h>
#include <core/views/reviewreport.h>

namespace cs {

QByteArray reviewReportCsv(const ReviewCampaignDetail& detail)
{
    // Column names are the file's format (read by scripts), so they are not translated.
    QList<QStringList> rows { { QStringLiteral("review"), QStringLiteral("title"), QStringLiteral("item"),
                                QStringLiteral("request"), QStringLiteral("requester"), QStringLiteral("action"),
                                QStringLiteral("targets"), QStringLiteral("active_until"), QStringLiteral("reviewer"),
                                QStringLiteral("decision"), QStringLiteral("comment"), QStringLiteral("decided_at") } };
    int n = 0;
    for (const ReviewCampaignItem& item : detail.items) {
        const Request& r = item.request;
        rows.append({ QString::number(detail.review.id), detail.review.title, QString::number(++n),
                      QString::number(r.id), r.subject(), r.action, r.targets.join(QLatin1Char(' ')),
                      r.activeUntil > 0 ? isoTime(r.activeUntil) : QString(),
                      item.isDecided() ? item.decidedBy : item.reviewers.join(QLatin1Char(' ')), item.decision,
                      item.comment, item.decidedAt > 0 ? isoTime(item.decidedAt) : QString() });
    }
    return Csv::document(rows);
}

} // namespace cs
