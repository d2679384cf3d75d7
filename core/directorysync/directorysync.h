#pragma once

#include <core/directory/directorysource.h>
#include <core/directorysync/directorydiff.h>
#include <core/storage/stores.h>

namespace cs {

class AdminService;
class DirectoryFacts;

// What a sync did, or (dry run) would do.
struct SyncReport
{
    SyncPlan plan;
    bool applied = false;
    // Pending requests whose open phase the people still active could no longer complete: only
    // people this sync disables could have approved them.
    QList<qint64> strandedRequests;
    QString guard; // set when the removal guard stopped (or, dry run, would stop) the sync

    QString summary() const;
    QJsonObject toJson() const;
};

// Keeps Countersign's people, groups, memberships and managers a copy of the company directory.
// One sync reads the whole directory, compares it with the synced entries and applies the
// difference in one transaction, one audit entry per change (actor "directory-sync"). People who
// left are disabled, never deleted; local entries are never touched.
class DirectorySync
{
public:
    static inline const QString Actor = QStringLiteral("directory-sync");

    DirectorySync(const Stores& stores, AdminService& admin);

    Result<DirectorySource> source(const QString& actor);
    Result<DirectorySourceStore::LastSync> lastSync(const QString& actor);
    Status configure(const QString& actor, const DirectorySource& source);

    struct Options
    {
        bool dryRun = false; // compute and report, change nothing
        bool force = false; // apply even past the removal guard
    };
    // An admin's sync (CLI, desktop). The bind password comes from the caller's keychain.
    Result<SyncReport> sync(const QString& actor, const QString& bindPassword, Options options);
    // The agent service's periodic sync: it runs only where an admin configured a source, with
    // the bind password from the service's environment (DirectorySource::environmentPassword);
    // never forced.
    Result<SyncReport> syncScheduled();
    // Whether the periodic sync is due now: a source with an interval, and no sync within it.
    Result<bool> scheduledSyncDue();
    // Applies a directory read elsewhere (the LDAP read is the only step skipped): tests, bench.
    Result<SyncReport> syncSnapshot(const DirectorySource& source, const DirectorySnapshot& snapshot, Options options);

private:
    Result<HeldDirectory> held();
    Status apply(const SyncPlan& plan);
    Result<QList<qint64>> stranded(const DirectoryFacts& before, const DirectoryFacts& after);

    Stores m_stores;
    AdminService& m_admin;
    DirectorySourceStore m_sources;
};

} // namespace cs
