#pragma once

#include <core/requests/requestservice.h>

namespace cs {

// One line of the home view.
struct HomeItem
{
    Request request;
    QString progress; // phaseProgress(): where a pending request stands
    QString approvers; // who can approve its open phase now (waiting on others); empty otherwise
    QString outcome; // why it did not go through (failed or refused); empty otherwise
};

// "My work": what needs this person now, and where their own requests stand.
struct HomeView
{
    qint64 now = 0; // the moment it was read: countdowns count from here
    QList<HomeItem> toDecide; // exactly the requests this person may decide now (core's queue), soonest deadline first
    QList<HomeItem> waiting; // their pending requests, waiting on others, soonest deadline first
    QList<HomeItem> troubled; // their requests that failed, were rejected or expired lately, newest first
    QList<HomeItem> endingSoon; // their active grants (asked for or on their behalf) ending soon, soonest first
    QStringList integrityProblems;
};

// How far back the home view shows requests that did not go through.
constexpr qint64 kHomeTroubleWindowMs = 14LL * 24 * 60 * 60 * 1000;

// Which active grants "Grants about to end" shows: those ending within a day, at most the soonest few.
constexpr qint64 kHomeEndingWindowMs = 24LL * 60 * 60 * 1000;
constexpr int kHomeEndingMax = 5;

// The home view of one person, read through core's queues (incoming = exactly what they may decide).
Result<HomeView> homeView(RequestService& requests, RequestStore& store, Directory& directory, const Clock& clock,
                          const QString& actor);

} // namespace cs
