#include <core/common/clock.h>
#include <core/execution/execution.h>

namespace cs {

QJsonObject Execution::toJson() const
{
    QJsonObject o { { QStringLiteral("requestId"), requestId },
                    { QStringLiteral("agent"), agent },
                    { QStringLiteral("state"), state },
                    { QStringLiteral("claimedAt"), isoTime(claimedAt) },
                    { QStringLiteral("output"), output } };
    if (startedAt > 0)
        o.insert(QStringLiteral("startedAt"), isoTime(startedAt));
    if (finishedAt > 0)
        o.insert(QStringLiteral("finishedAt"), isoTime(finishedAt));
    if (exitCode)
        o.insert(QStringLiteral("exitCode"), *exitCode);
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    return o;
}

} // namespace cs
