#pragma once

#include <QDateTime>

namespace cs {

// Every timestamp and deadline comes from a Clock passed in, so tests control time.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    qint64 nowMs() const { return now().toMSecsSinceEpoch(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock that only moves when told to.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC))
        : m_now(std::move(start))
    { }
    QDateTime now() const override { return m_now; }
    void set(const QDateTime& t) { m_now = t.toUTC(); }
    void advanceSecs(qint64 s) { m_now = m_now.addSecs(s); }

private:
    QDateTime m_now;
};

// A testing aid for the agent's schedules: starts at a chosen time and runs on with the real
// one, so "revoke at T" and "remind after N hours" can be driven end to end without waiting.
class ShiftedClock final : public Clock
{
public:
    explicit ShiftedClock(const QDateTime& start)
        : m_shiftMs(start.toMSecsSinceEpoch() - QDateTime::currentMSecsSinceEpoch())
    { }
    QDateTime now() const override
    {
        return QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch() + m_shiftMs, Qt::UTC);
    }

private:
    qint64 m_shiftMs;
};

// Timestamps are stored as UTC milliseconds since the epoch: portable across engines and cheap to index.
inline QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}
inline QString isoTime(qint64 ms)
{
    return fromMs(ms).toString(Qt::ISODate);
}

} // namespace cs
