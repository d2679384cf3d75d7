#pragma once

#include <QString>
#include <QVariantList>

namespace cs {

struct AuditEntry;

// What the Audit page and `audit log` narrow the log to (issue 20): a time range, a person and a
// request. Each is optional; entries match all that are set. The actor matches the login exactly
// (case-blind) and the agents' "agent:NAME" by NAME too.
struct AuditFilter
{
    qint64 from = 0; // ms, inclusive; 0: since the beginning
    qint64 to = 0; // ms, exclusive; 0: up to now
    QString actor;
    qint64 requestId = 0;

    bool isEmpty() const { return from == 0 && to == 0 && actor.trimmed().isEmpty() && requestId == 0; }
    // The rule on an entry already read (the live view's catch-up).
    bool matches(const AuditEntry& entry) const;
    // The same rule as " AND ..." conditions for SQL over audit_log.
    void addConditions(QString* sql, QVariantList* values) const;
};

} // namespace cs
