#include <QDateTime>
#include <core/common/timetext.h>

namespace cs {

std::optional<qint64> parseIsoTimeMs(const QString& text, bool endOfDay)
{
    const QString t = text.trimmed();
    // QDate's ISO parser also takes "2026-12-01T10:00" and drops the time: only ten characters are a date.
    if (t.size() == 10) {
        const QDate date = QDate::fromString(t, Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        return date.addDays(endOfDay ? 1 : 0).startOfDay(Qt::UTC).toMSecsSinceEpoch();
    }
    QDateTime time = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    return time.toMSecsSinceEpoch();
}

} // namespace cs
