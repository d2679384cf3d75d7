#pragma once

#include <core/execution/accessreview.h>

namespace cs {

// Whose active grants a list shows: the person's own (requested by them or on their behalf),
// those they approved, both (Involved), or every one (admins and auditors only).
enum class GrantScope { Mine, ApprovedByMe, Involved, All };

struct ActiveGrantList
{
    QList<ReviewItem> items; // soonest ending first
    QStringList integrityProblems; // grants whose row failed its digest: named, never dropped silently
};

// The Active grants tab's read (issue 15), set-based: the scope is a condition in SQL, and the
// grants, their decisions, revocations and last reviews are four statements, whatever their number.
class ActiveGrants
{
public:
    explicit ActiveGrants(const Stores& stores);

    // Forbidden when someone who is neither admin nor auditor asks for All.
    Result<ActiveGrantList> list(const QString& actor, GrantScope scope, const QString& action = {});
    // What a person may follow: every grant for admins and auditors, else their own and those they
    // approved (the CLI's `list active`).
    Result<ActiveGrantList> visibleTo(const QString& actor);

private:
    Stores m_stores;
};

} // namespace cs
