#pragma once

#include <QHash>
#include <QPointer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>
#include <core/common/result.h>
#include <core/storage/pgstatements.h>
#include <functional>
#include <memory>

namespace cs {

// One connection to the Countersign schema. Every statement goes through exec(), which
// prepares and binds it and turns a failure into an Error with context: the one place where
// SQL fails, and where tests inject failures.
class Database
{
public:
    enum class Engine { Sqlite, Postgres };

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (creating if needed) an SQLite workspace and brings its schema up to date. In a folder
    // this process cannot write (SQLite keeps its -wal and -shm files beside the database) it is
    // opened read-only: reads work, and every change is refused with one sentence naming the folder.
    static Result<std::unique_ptr<Database>> openSqlite(const QString& path);
    enum class SqliteAccess { ReadWrite, ReadOnly };
    // The same, with the access decided by the caller (tests: root may write any folder).
    static Result<std::unique_ptr<Database>> openSqlite(const QString& path, SqliteAccess access);
    // Why changes are refused on this connection; empty when it may write.
    QString readOnlyReason() const { return m_readOnlyReason; }
    // Connects to a shared PostgreSQL database (postgresql://user@host:port/dbname) and brings its
    // schema up to date. An empty password leaves libpq to its own sources (PGPASSWORD, ~/.pgpass).
    static Result<std::unique_ptr<Database>> openPostgres(const QString& url, const QString& password);
    static bool isPostgresUrl(const QString& location);
    // postgresql://user@host:port/db with the default port filled in: one spelling per database
    // (the keychain key for its password).
    static QString canonicalPostgresUrl(const QString& url);
    static bool isAuthenticationFailure(const Error& error);
    // $COUNTERSIGN_DB, else countersign.db in the user's data directory.
    static QString defaultLocation();

    // Opens another connection to the same database as the same person, in whichever thread
    // calls it (a connection belongs to the thread that opened it): for reading in parallel.
    std::function<Result<std::unique_ptr<Database>>()> opener() const;

    // The database's own idea of who is connected (PostgreSQL: current_user).
    Result<QString> currentUser();

    Engine engine() const { return m_engine; }
    QString location() const { return m_location; }
    int schemaVersion() const { return m_schemaVersion; }
    // The version this open found before migrating (equal to schemaVersion() if nothing ran).
    int schemaVersionFound() const { return m_schemaVersionFound; }
    // SQLite: what the open found wrong with the files but went on with (a workspace other
    // accounts may read), one sentence each, for the front end to show. Empty on PostgreSQL.
    QStringList warnings() const { return m_warnings; }

    Result<QSqlQuery> exec(const QString& sql, const QVariantList& values = {});
    // exec() that keeps the prepared statement for the next call with the same text: on PostgreSQL
    // parsed and planned once per connection, then only bound and run; on SQLite the same as exec().
    Result<QSqlQuery> execKept(const QString& sql, const QVariantList& values);

    // Runs work in one transaction: committed if it succeeds, rolled back otherwise.
    // Nested calls join the outer transaction.
    Status transaction(const std::function<Status()>& work);
    bool inTransaction() const { return m_depth > 0; }
    // SQLite: once the open transaction commits (now, outside one), copies the WAL into the file
    // and truncates it, so that deleted rows (secure_delete zeroes them) leave no copy on disk.
    void checkpointAfterCommit();
    // Tells transactions apart (0: none open), for state that is valid only until the transaction
    // ends, such as rows it has locked.
    quint64 transactionSerial() const { return m_depth > 0 ? m_transactionSerial : 0; }
    // Runs reads that must see one consistent state of the database, however many statements they
    // take while others write (REPEATABLE READ on PostgreSQL, a deferred read transaction on
    // SQLite). Nested in a transaction, it joins it.
    Status readSnapshot(const std::function<Status()>& work);

    // Changes reach every connection at once on PostgreSQL (LISTEN/NOTIFY on the channel every
    // audit append notifies); onChange runs in the receiver's thread. SQLite: false (poll instead).
    bool subscribeToChanges(QObject* receiver, std::function<void()> onChange);
    // Opens the connection again (after a server restart); subscriptions are renewed.
    Status reconnect();

    // Fault injection for tests: the n-th statement from now (1 = the next one) fails.
    void failNthStatement(int n) { m_failCountdown = n; }
    // Fault injection for tests: the next COMMIT commits, then reports its outcome as unknown (the
    // server's answer lost on the way back); with connectionStaysDown the statement after it fails too.
    void loseNextCommitAnswer(bool connectionStaysDown = false)
    {
        m_loseCommitAnswer = true;
        m_downAfterLostCommit = connectionStaysDown;
    }
    int statementsRun() const { return m_statements; }
    // The driver's own libpq connection, for what talks libpq directly on it (storage/pgcopy.h,
    // storage/pgstatements.h); null on SQLite or when closed.
    PGconn* pgConnection() const;

private:
    Database(QSqlDatabase db, Engine engine, QString location);
    Status migrate();
    // Runs work between `begin` and COMMIT (rolled back on failure); nested, it joins the open one.
    Status inTransaction(const QString& begin, const std::function<Status()>& work);
    void rollback();
    void checkpoint();
    Result<QSqlQuery> execute(const QString& sql, const QVariantList& values, bool keep);
    Result<QSqlQuery> run(const QString& sql, const QVariantList& values, bool keep);
    Result<QSqlQuery> runOnPostgres(const QString& sql, const QVariantList& values, bool keep);
    static QVariant boundValue(const QVariant& v);
    Error failure(const QString& sql, const QSqlError& error);
    bool connectionLost(const QSqlError& error) const;
    static bool isWrite(const QString& sql);

    // A COPY streams rows on this connection (storage/pgcopy.h): nothing else may be sent meanwhile,
    // and the notifications libpq read with the rows are delivered once it ends.
    friend class PgCopyOut;
    void streamEnded();
    void deliverChanges();
    bool m_streaming = false;

    QSqlDatabase m_db;
    Engine m_engine;
    QString m_location;
    QString m_address; // as given to openPostgres (options included); empty for SQLite
    int m_schemaVersion = 0;
    int m_schemaVersionFound = 0;
    QStringList m_warnings;
    QString m_readOnlyReason; // SQLite opened read-only: the sentence every change is refused with
    int m_depth = 0;
    bool m_committing = false; // a lost COMMIT is never run again on a new connection
    bool m_checkpointPending = false;
    bool m_loseCommitAnswer = false;
    bool m_downAfterLostCommit = false;
    quint64 m_transactionSerial = 0;
    int m_failCountdown = 0;
    QSqlError m_lastError;
    int m_statements = 0;
    QList<QPair<QPointer<QObject>, std::function<void()>>> m_subscribers;
    PgStatements m_pg; // PostgreSQL: statements with values, through libpq
};

} // namespace cs
