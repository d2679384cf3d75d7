#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <core/audit/auditfilter.h>
#include <core/common/clock.h>
#include <core/storage/database.h>
#include <functional>
#include <optional>

namespace cs {

struct AuditEntry
{
    qint64 seq = 0;
    qint64 at = 0;
    QString actor;
    QString event;
    qint64 requestId = 0; // 0: not about one request
    qint64 chain = 0; // the request whose chain this entry extends; 0: the global chain
    qint64 chainSeq = 0; // position in that chain, from 1
    QString payload; // canonical JSON text, exactly as hashed
    QString prevHash;
    QString hash;

    QJsonObject payloadObject() const;
};

struct AuditVerification
{
    bool intact = true;
    qint64 entriesChecked = 0;
    qint64 requestsChecked = 0; // requests checked against their submission (verifyIntegrity)
    qint64 firstBrokenSeq = 0; // 0 when intact
    QString problem; // one sentence naming the first broken entry
    qint64 checkpointsChecked = 0; // signed checkpoints whose signatures and recorded heads were checked
    qint64 lastCheckpoint = 0; // the newest of them (its number; 0: none) and its audit entry
    qint64 lastCheckpointSeq = 0;
};

// Where an entry is in the log, what it records and who wrote it: enough for a live view to follow
// the log without reading whole entries.
struct AuditPosition
{
    qint64 seq = 0;
    QString event;
    QString actor;
};

// One entry to append: what happened and its details (the actor, time and chain are the append's).
struct AuditRecord
{
    QString event;
    QJsonObject payload;
};

// The append-only, hash-chained event log of SPEC §7. Every request has its own chain, and the
// directory and action events form a global one, so concurrent writers on different requests
// never wait for each other. Each entry's hash covers its predecessor's hash in its chain and all
// of its own fields; a head row per chain records the last entry, so a truncated tail is noticed
// too. Entries also carry a global, unique sequence number for ordering (it may have gaps).
class AuditLog
{
public:
    AuditLog(Database& db, const Clock& clock);

    // A row an entry owes to another table, written with the entry: `insert` names the table and
    // columns ("INSERT INTO t (a, b)"), `values` is the row.
    struct Rider
    {
        QString insert;
        QVariantList values;
    };
    // Asked of every entry before it is written: the row that must commit or roll back with it,
    // without the log knowing what it is for (notifications). On PostgreSQL the riders go in the
    // append's one statement (no round trip of their own); on SQLite they are inserted after it.
    using Observer = std::function<std::optional<Rider>(const AuditEntry& entry)>;
    void setObserver(Observer observer) { m_observer = std::move(observer); }

    // Appends inside the caller's transaction, so the event commits or rolls back with the change.
    Status append(const QString& actor, const QString& event, qint64 requestId, const QJsonObject& payload);
    // Appends several entries, in order, to one chain (the request's; 0: the global chain): on
    // PostgreSQL in two round trips however many there are (one global position each, drawn once
    // the head is locked), as a decision writes what it completed together with itself.
    Status appendAll(const QString& actor, qint64 requestId, const QList<AuditRecord>& records);

    // The sequence number of the newest entry: every change appends one, so a changed number
    // tells any process that something changed (the desktop client's live refresh).
    Result<qint64> headSeq();
    // Whether an entry can appear below positions already visible: on PostgreSQL a position is
    // drawn before its transaction commits; SQLite writes one entry at a time, in order. Only
    // where it can must a live view ask for skipped positions again.
    bool entriesMayCommitLate() const { return m_db.engine() == Database::Engine::Postgres; }

    Result<QList<AuditEntry>> entries(qint64 requestId = 0, int limit = 1000, qint64 afterSeq = 0);
    // The entries about the requests [firstId, lastId], by request, each in order and cut at
    // `perRequestLimit` as entries() cuts one request's: the period report reads a page of
    // requests' trails in one statement instead of one per request.
    Result<QHash<qint64, QList<AuditEntry>>> entriesOfRequests(qint64 firstId, qint64 lastId, int perRequestLimit);
    // How many entries name this person as their actor (whether they can be removed).
    Result<int> countActedBy(const QString& actor);
    // The entries at these positions that exist now, by position (a live view's late arrivals).
    Result<QList<AuditEntry>> entriesAt(const QList<qint64>& seqs);
    // The positions after `afterSeq`, oldest first, at most `limit`.
    Result<QList<AuditPosition>> positionsAfter(qint64 afterSeq, int limit);
    // The positions among these that hold an entry now, by position (a live view's late arrivals).
    Result<QList<AuditPosition>> positionsAt(const QList<qint64>& seqs);
    // The entries at these positions about a request `requester` made, by position.
    Result<QList<AuditEntry>> entriesAtOnRequestsOf(const QString& requester, const QList<qint64>& seqs);
    // The newest entries first, keyset-paged by sequence number (0: from the newest), for views
    // that must open at once on a log of millions.
    // filter (issue 20): only the entries it matches, still newest first.
    Result<QList<AuditEntry>> newest(int limit, qint64 beforeSeq = 0, const AuditFilter& filter = {});
    // Checks every chain. `progress`, if given, is told the number of entries read so far, from
    // the worker threads (two at once: it must be thread-safe); when it returns false, verify
    // stops and returns an error saying it was cancelled.
    using Progress = std::function<bool(qint64 entriesRead)>;
    Result<AuditVerification> verify(const Progress& progress = {});

    static QString entryHash(const AuditEntry& entry);
    // What an entry's hash covers, as an object: the definition entryHash's fast path must match.
    static QJsonObject entryObject(const AuditEntry& entry);

private:
    Database& m_db;
    const Clock& m_clock;
    // Chain heads this transaction has locked and moved on: only the first append to a chain in a
    // transaction needs to read (and lock) its head. One notification per
    // transaction is enough, as all are delivered at commit.
    quint64 m_heldIn = 0;
    QHash<qint64, QPair<qint64, QString>> m_heldHeads;
    bool m_notified = false;
    Observer m_observer;
};

} // namespace cs
