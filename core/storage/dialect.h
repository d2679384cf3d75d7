#pragma once

#include <core/storage/database.h>

namespace cs::Dialect {

// The few statements that must differ between the engines, in one place.

// Appended to a SELECT that reads a row the transaction is about to change. SQLite needs no row
// lock: BEGIN IMMEDIATE already gives one writer at a time.
inline QString lockForUpdate(Database::Engine engine)
{
    return engine == Database::Engine::Postgres ? QStringLiteral(" FOR UPDATE") : QString();
}

// The next global audit position: a sequence on PostgreSQL (concurrent appenders never wait for
// each other; a rolled-back append leaves a gap), the next number on SQLite (one writer at a time).
inline QString nextAuditSeq(Database::Engine engine)
{
    return engine == Database::Engine::Postgres ? QStringLiteral("SELECT nextval('audit_log_seq')")
                                                : QStringLiteral("SELECT COALESCE(MAX(seq), 0) + 1 FROM audit_log");
}

} // namespace cs::Dialect
