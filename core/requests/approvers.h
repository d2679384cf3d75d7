#pragma once

#include <core/directory/directoryfacts.h>
#include <core/requests/request.h>

namespace cs {

// Who may decide a request's open phase now: the people the policy engine would accept a vote
// from at this moment (never the requester, nobody who already decided).
struct OpenPhaseApprovers
{
    int phase = -1; // -1: no open phase (not pending)
    QString phaseName;
    QStringList logins; // sorted
    QString group; // the phase's one group, when it asks for a member of a single group
    QString summary; // "alice, bob or carol" or "any of 12 members of approvers"; empty when none is open
};

// The same eligibility decide() applies (RequestService::eligibility), asked of every active person.
OpenPhaseApprovers openPhaseApprovers(const Request& request, const QList<Decision>& decisions,
                                      const DirectoryFacts& directory, qint64 now);

} // namespace cs
