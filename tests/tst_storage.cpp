#include <QtTest>
#include <core/storage/migrations.h>
#include <support/testworkspace.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace cs;

class TestStorage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sqliteSettings();
    void newWorkspaceFilesArePrivate();
    void workspaceOpenToOthersIsWarnedAbout();
    void migrationsAreRecordedAndIdempotent();
    void newerSchemaIsRefused();
    void aMigrationMissedBelowTheNewestIsApplied();
    void notADatabaseIsAClearError();
    void readOnlyOpenReadsAndRefusesChanges();
    void unwritableFolderIsNamedNotCalledUnusable();
    void failedStatementLeavesNoHalfDecision();
    void failedStatementLeavesNoHalfSubmission();
    void failedStatementLeavesNoHalfImport();
    void keptStatementsRebindAndPrepareOnce();

private:
    struct Snapshot
    {
        int requests, decisions, audit;
        QString states;
    };
    static Snapshot snapshot(TestWorkspace& t);
};

TestStorage::Snapshot TestStorage::snapshot(TestWorkspace& t)
{
    const auto count = [&](const char* table) {
        auto q = t.db().exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
        return q.ok() && q->next() ? q->value(0).toInt() : -1;
    };
    QString states;
    auto q = t.db().exec(QStringLiteral("SELECT id, state, phase FROM requests ORDER BY id"));
    while (q.ok() && q->next())
        states
            += QStringLiteral("%1:%2:%3 ").arg(q->value(0).toString(), q->value(1).toString(), q->value(2).toString());
    return { count("requests"), count("decisions"), count("audit_log"), states };
}

void TestStorage::sqliteSettings()
{
    if (TestWorkspace::onPostgres())
        QSKIP("SQLite settings");
    TestWorkspace t;
    auto wal = t.db().exec(QStringLiteral("PRAGMA journal_mode"));
    QVERIFY(wal.ok() && wal->next());
    QCOMPARE(wal->value(0).toString(), QStringLiteral("wal"));
    wal->finish();
    auto fk = t.db().exec(QStringLiteral("PRAGMA foreign_keys"));
    QVERIFY(fk.ok() && fk->next());
    QCOMPARE(fk->value(0).toInt(), 1);
    fk->finish();
    auto secureDelete = t.db().exec(QStringLiteral("PRAGMA secure_delete"));
    QVERIFY(secureDelete.ok() && secureDelete->next());
    QCOMPARE(secureDelete->value(0).toInt(), 1);
}

namespace {

constexpr QFileDevice::Permissions kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
    | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

} // namespace

void TestStorage::newWorkspaceFilesArePrivate()
{
    if (TestWorkspace::onPostgres())
        QSKIP("SQLite files");
    // Whatever the umask lets through (022 is common), the files are the owner's alone.
    const mode_t previous = ::umask(0);
    TestWorkspace t;
    ::umask(previous);
    QVERIFY(t.db()
                .exec(QStringLiteral("INSERT INTO schema_migrations (version, description, applied_at) "
                                     "VALUES (?, ?, ?)"),
                      { 1000, QStringLiteral("test"), 0 })
                .ok()); // a write, so that the WAL and its index exist
    for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        const QFileInfo file(t.path() + suffix);
        QVERIFY2(file.exists(), qPrintable(file.filePath()));
        QVERIFY2(!(file.permissions() & kOthers),
                 qPrintable(QStringLiteral("%1 is mode %2").arg(file.filePath()).arg(int(file.permissions()), 0, 16)));
        QVERIFY(file.permissions() & QFileDevice::WriteOwner);
    }
    QVERIFY(t.db().warnings().isEmpty());
}

void TestStorage::workspaceOpenToOthersIsWarnedAbout()
{
    if (TestWorkspace::onPostgres())
        QSKIP("SQLite files");
    TestWorkspace t;
    QVERIFY(QFile::setPermissions(
        t.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    auto again = Database::openSqlite(t.path());
    QVERIFY(again.ok());
    const QStringList warnings = (*again)->warnings();
    QCOMPARE(warnings.size(), 1); // one sentence for the file and its -wal and -shm
    QVERIFY2(warnings.first().contains(QStringLiteral("chmod 600 %1").arg(QFileInfo(t.path()).absoluteFilePath())),
             qPrintable(warnings.first()));
    // Left as it was: the owner decides (a group-readable file may be on purpose).
    QVERIFY(QFileInfo(t.path()).permissions() & QFileDevice::ReadOther);
}

void TestStorage::migrationsAreRecordedAndIdempotent()
{
    TestWorkspace t;
    QCOMPARE(t.db().schemaVersion(), allMigrations().last().version);
    t.reopen(); // applying again must be a no-op
    auto q = t.db().exec(QStringLiteral("SELECT COUNT(*) FROM schema_migrations"));
    QVERIFY(q.ok() && q->next());
    QCOMPARE(q->value(0).toInt(), allMigrations().size());
    q->finish();
    auto users = t.ws().directory().users();
    QVERIFY(users.ok());
    QCOMPARE(users->size(), 1); // data survives reopen
}

void TestStorage::aMigrationMissedBelowTheNewestIsApplied()
{
    // Migrations written in parallel can land out of order: a workspace made when 14 was the
    // newest has never seen 13 (workflows), and must get it.
    TestWorkspace t;
    if (TestWorkspace::onPostgres())
        QSKIP("Dropping tables needs the owner's connection of a SQLite workspace; the rule is engine-neutral.");
    for (const char* sql : { "DROP TABLE workflow_revisions", "DROP TABLE workflows",
                             "DELETE FROM schema_migrations WHERE version = 13" })
        QVERIFY(t.db().exec(QString::fromLatin1(sql)).ok());
    t.reopen();
    QCOMPARE(t.db().schemaVersion(), allMigrations().last().version);
    auto q = t.db().exec(QStringLiteral("SELECT COUNT(*) FROM schema_migrations WHERE version = 13"));
    QVERIFY(q.ok() && q->next());
    QCOMPARE(q->value(0).toInt(), 1);
    q->finish();
    QVERIFY2(t.db().exec(QStringLiteral("SELECT COUNT(*) FROM workflows")).ok(), "the missed tables were made");
}

void TestStorage::newerSchemaIsRefused()
{
    TestWorkspace t;
    QVERIFY(t.db()
                .exec(QStringLiteral(
                    "INSERT INTO schema_migrations (version, description, applied_at) VALUES (999, 'future', 0)"))
                .ok());
    const QString path = t.path();
    ManualClock clock;
    auto again = Workspace::open(path, clock, t.password());
    QVERIFY(!again.ok());
    QVERIFY2(
        again.error().message.contains(QLatin1String("schema version 999, newer than this Countersign understands")),
        qPrintable(again.error().message));
}

void TestStorage::notADatabaseIsAClearError()
{
    if (TestWorkspace::onPostgres())
        QSKIP("an SQLite file that is not a database");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("garbage.db"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    ManualClock clock;
    auto ws = Workspace::open(path, clock);
    QVERIFY(!ws.ok());
    QCOMPARE(ws.error().code, Error::Code::Storage);
    QVERIFY2(ws.error().message.contains(QLatin1String("is not a usable SQLite database")),
             qPrintable(ws.error().message));
    QCOMPARE(QFileInfo(path).size(), 4096); // untouched
}

namespace {

QString notWritable(const QString& databasePath)
{
    return QStringLiteral("The folder %1 is not writable, so this workspace can only be read.")
        .arg(QDir::toNativeSeparators(QFileInfo(databasePath).absolutePath()));
}

// Reads work on `ws`, and a change is refused with the sentence naming the folder.
void checkReadsButNoChanges(Workspace& ws, const QString& databasePath)
{
    auto users = ws.directory().users();
    QVERIFY2(users.ok(), qPrintable(users.error().message));
    QCOMPARE(users->size(), 1);
    QVERIFY(ws.audit().entries().ok());
    auto verified = ws.audit().verify();
    QVERIFY2(verified.ok() && verified->intact, verified.ok() ? qPrintable(verified->problem) : "verify failed");
    const Status refused = ws.database().transaction([] { return Status(); });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().message, notWritable(databasePath));
    auto inserted = ws.database().exec(QStringLiteral("INSERT INTO user_groups (name, created_at) VALUES ('g', 0)"));
    QVERIFY(!inserted.ok());
    QCOMPARE(inserted.error().message, notWritable(databasePath));
}

} // namespace

void TestStorage::readOnlyOpenReadsAndRefusesChanges()
{
    if (TestWorkspace::onPostgres())
        QSKIP("an SQLite file in a folder that cannot be written");
    // What openSqlite chooses for a folder it cannot write, forced here: tests may run as root,
    // who writes any folder (unwritableFolderIsNamedNotCalledUnusable checks the choice itself).
    TestWorkspace t;
    auto db = Database::openSqlite(t.path(), Database::SqliteAccess::ReadOnly);
    QVERIFY2(db.ok(), qPrintable(db.error().message));
    QCOMPARE((*db)->readOnlyReason(), notWritable(t.path()));
    Workspace ws(std::move(db).value(), t.clock);
    checkReadsButNoChanges(ws, t.path());
    auto another = ws.database().opener()(); // the desktop's verify opens another connection: read-only too
    QVERIFY(another.ok());
    QCOMPARE((*another)->readOnlyReason(), notWritable(t.path()));

    ManualClock clock;
    QTemporaryDir dir;
    auto none = Database::openSqlite(dir.filePath(QStringLiteral("new.db")), Database::SqliteAccess::ReadOnly);
    QVERIFY(!none.ok());
    QVERIFY2(none.error().message.contains(QLatin1String("is not writable, so no workspace can be created there")),
             qPrintable(none.error().message));
}

void TestStorage::unwritableFolderIsNamedNotCalledUnusable()
{
    if (TestWorkspace::onPostgres())
        QSKIP("an SQLite file in a folder that cannot be written");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ws.db"));
    ManualClock clock;
    {
        auto created = Workspace::open(path, clock);
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        QVERIFY((*created)->admin().bootstrap(QStringLiteral("root"), QStringLiteral("Root Admin")).ok());
    }
    // As root only an immutable folder refuses writes (chattr +i, where the file system has it).
    const bool root = geteuid() == 0;
    const auto lock = [&](bool locked) {
        if (root)
            return QProcess::execute(QStringLiteral("chattr"),
                                     { QString::fromLatin1(locked ? "+i" : "-i"), dir.path() })
                == 0;
        return QFile::setPermissions(dir.path(),
                                     locked ? QFileDevice::ReadOwner | QFileDevice::ExeOwner
                                            : QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    };
    if (!lock(true))
        QSKIP("this file system cannot make a folder unwritable for root (chattr +i)");
    auto opened = Workspace::open(path, clock);
    const bool unlocked = lock(false);
    QVERIFY(unlocked);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    QVERIFY(lock(true));
    checkReadsButNoChanges(**opened, path);
    QVERIFY(lock(false));
}

// Fails the n-th statement of a decision for every n until the decision goes through; after each
// failure nothing may have changed: no decision row, no audit entry, the same state.
void TestStorage::failedStatementLeavesNoHalfDecision()
{
    TestWorkspace t;
    buildStandardDirectory(t);
    t.action(actionWithPolicy(
        R"({"rules":[{"name":"d","phases":[{"name":"A","approve":{"group":"approvers"}},{"name":"B","approve":{"group":"security"}}]}]})"));
    auto r = t.ws().requests().submit(QStringLiteral("req"),
                                      { QStringLiteral("act"), {}, { QStringLiteral("test1") }, QStringLiteral("x") },
                                      SubmitMode::RequestApproval);
    QVERIFY(r.ok());
    const Snapshot before = snapshot(t);
    int failures = 0;
    for (int n = 1; n < 200; ++n) {
        t.db().failNthStatement(n);
        auto d = t.ws().requests().decide(QStringLiteral("alice"), r->id, true, {});
        t.db().failNthStatement(0);
        if (d.ok())
            break;
        ++failures;
        QCOMPARE(d.error().code, Error::Code::Storage);
        const Snapshot after = snapshot(t);
        QCOMPARE(after.decisions, before.decisions);
        QCOMPARE(after.audit, before.audit);
        QCOMPARE(after.states, before.states);
    }
    QVERIFY2(failures > 5, "the decision should have run several statements");
    const Snapshot done = snapshot(t);
    QCOMPARE(done.decisions, before.decisions + 1);
    QVERIFY(done.states.contains(QLatin1String(":pending:1")));
    QVERIFY(t.ws().audit().verify()->intact);
}

void TestStorage::failedStatementLeavesNoHalfSubmission()
{
    TestWorkspace t;
    buildStandardWorkspace(t);
    const Snapshot before = snapshot(t);
    int failures = 0;
    for (int n = 1; n < 200; ++n) {
        t.db().failNthStatement(n);
        auto r = t.ws().requests().submit(QStringLiteral("req"),
                                          { QStringLiteral("act"),
                                            { { QStringLiteral("pin"), QStringLiteral("s3cret-value") } },
                                            { QStringLiteral("test1") },
                                            QStringLiteral("x") },
                                          SubmitMode::RequestApproval);
        t.db().failNthStatement(0);
        if (r.ok())
            break;
        ++failures;
        const Snapshot after = snapshot(t);
        QCOMPARE(after.requests, before.requests);
        QCOMPARE(after.audit, before.audit);
        auto secrets = t.db().exec(QStringLiteral("SELECT COUNT(*) FROM request_secrets"));
        QVERIFY(secrets.ok() && secrets->next());
        QCOMPARE(secrets->value(0).toInt(), 0);
    }
    QVERIFY(failures > 5);
    QCOMPARE(snapshot(t).requests, before.requests + 1);
}

void TestStorage::failedStatementLeavesNoHalfImport()
{
    TestWorkspace t;
    buildStandardDirectory(t);
    auto file = ActionFile::parse(actionWithPolicy(R"({"approvalRequired":false})"));
    QVERIFY(file.ok());
    for (int n = 1; n < 100; ++n) {
        t.db().failNthStatement(n);
        auto outcome = t.ws().admin().importAction(QStringLiteral("root"), *file);
        t.db().failNthStatement(0);
        if (outcome.ok())
            break;
        QVERIFY(t.ws().actions().names()->isEmpty());
    }
    QCOMPARE(t.ws().actions().names()->size(), 1);
    QVERIFY(t.ws().actions().currentPolicy(QStringLiteral("act")).ok());
}

QTEST_GUILESS_MAIN(TestStorage)
void TestStorage::keptStatementsRebindAndPrepareOnce()
{
    TestWorkspace t;
    buildStandardDirectory(t);
    const QString sql = QStringLiteral("SELECT login FROM users WHERE login = ?");
    const auto loginOf = [&](const QString& login) {
        auto q = t.db().execKept(sql, { login });
        return q.ok() && q->next() ? q->value(0).toString() : QStringLiteral("<none>");
    };
    QCOMPARE(loginOf(QStringLiteral("alice")), QStringLiteral("alice"));
    QCOMPARE(loginOf(QStringLiteral("bob")), QStringLiteral("bob"));
    QCOMPARE(loginOf(QStringLiteral("nobody")), QStringLiteral("<none>"));
    QCOMPARE(loginOf(QStringLiteral("alice")), QStringLiteral("alice"));

    // A failing kept statement is an error like any other, and the next call prepares afresh.
    const QString bad = QStringLiteral("SELECT no_such_column FROM users WHERE login = ?");
    auto failed = t.db().execKept(bad, { QStringLiteral("alice") });
    QVERIFY(!failed.ok());
    QVERIFY(failed.error().message.contains(QLatin1String("no_such_column")));
    QCOMPARE(loginOf(QStringLiteral("bob")), QStringLiteral("bob"));

    if (TestWorkspace::onPostgres()) {
        // The server holds one prepared statement for the text, however often it ran.
        auto prepared
            = t.db().exec(QStringLiteral("SELECT COUNT(*) FROM pg_prepared_statements WHERE statement LIKE ?"),
                          { QStringLiteral("%SELECT login FROM users WHERE login = $1%") });
        QVERIFY(prepared.ok() && prepared->next());
        QCOMPARE(prepared->value(0).toInt(), 1);
    }
}

#include "tst_storage.moc"
