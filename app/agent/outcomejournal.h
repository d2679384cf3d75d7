#pragma once

#include <QList>
#include <QString>
#include <core/common/result.h>
#include <optional>

namespace cs::agent {

// How a script ended, as the agent saw it: what ExecutionService::finish records.
struct FinishedRun
{
    qint64 requestId = 0;
    QString agent;
    QString state;
    std::optional<int> exitCode;
    QString error;
    qint64 finishedAt = 0; // ms since the epoch

    QByteArray toJsonLine() const;
    static std::optional<FinishedRun> fromJsonLine(const QByteArray& line);
};

// The ends of runs the agent could not record yet (the database was away), one JSON line each in
// a file of the agent's state directory, so that neither a later attempt nor a restart loses
// them: a run that finished is recorded as what it was, never as interrupted. Each line is
// written with one write() and fsync'd; a crash mid-write tears at most that line, which the
// reader skips. Recorded runs leave the file when it is rewritten (atomically, by rename).
// Output chunks that could not be appended are not kept: a run's output is best effort.
class OutcomeJournal
{
public:
    explicit OutcomeJournal(QString path);

    QString path() const { return m_path; }
    // What the file holds (nothing when it does not exist); unreadable lines are skipped.
    Result<QList<FinishedRun>> load() const;
    Status append(const FinishedRun& run) const;
    // Replaces the file's contents with `runs`; removes it when there are none.
    Status rewrite(const QList<FinishedRun>& runs) const;

private:
    QString m_path;
};

} // namespace cs::agent
