#include <QAtomicInt>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>
#include <core/common/coretext.h>
#include <core/common/logging.h>
#include <core/storage/database.h>
#include <core/storage/migrations.h>
#include <core/storage/pgpasswordprobe.h>
#include <core/storage/pgstatements.h>
#include <utility>

namespace cs {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("countersign-%1").arg(counter.fetchAndAddRelaxed(1));
}

// A new workspace is its owner's alone (it holds secrets until they run); SQLite gives the -wal
// and -shm files it creates the main file's mode, so creating that one 0600 covers all three.
Status createPrivately(const QString& path)
{
    if (QFileInfo::exists(path))
        return {};
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Error::storage(CoreText::tr("Cannot create the database %1: %2").arg(path, file.errorString()));
    return {};
}

// The files of the workspace that accounts other than its owner may read or write, as one warning.
QStringList openToOthers(const QString& path)
{
    const QFileDevice::Permissions others
        = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    QStringList open;
    for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        const QFileInfo file(path + suffix);
        if (file.exists() && (file.permissions() & others))
            open << file.absoluteFilePath();
    }
    if (open.isEmpty())
        return {};
    return { CoreText::tr("The workspace %1 can be read by other accounts on this computer, and it holds secret "
                          "parameters until they run; make it private with \"chmod 600 %2\".")
                 .arg(open.first(), open.join(QLatin1Char(' '))) };
}

QString firstWords(const QString& sql)
{
    const QString flat = sql.simplified();
    return flat.size() > 60 ? flat.left(60) + QStringLiteral("...") : flat;
}

} // namespace

// QSqlDatabase has no move constructor: copying the handle is what happens either way.
// NOLINTNEXTLINE(performance-unnecessary-value-param): a const& would change the header every file includes
Database::Database(QSqlDatabase db, Engine engine, QString location)
    : m_db(db)
    , m_engine(engine)
    , m_location(std::move(location))
{ }

Database::~Database()
{
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

QString Database::defaultLocation()
{
    QString fromEnv = qEnvironmentVariable("COUNTERSIGN_DB");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/countersign.db");
}

Result<std::unique_ptr<Database>> Database::openSqlite(const QString& path)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error::storage(CoreText::tr("Cannot create the folder %1 for the database.").arg(info.absolutePath()));
    // SQLite writes its -wal and -shm files beside the database: without a writable folder only reading works.
    const bool writable = QFileInfo(info.absolutePath()).isWritable();
    return openSqlite(path, writable ? SqliteAccess::ReadWrite : SqliteAccess::ReadOnly);
}

Result<std::unique_ptr<Database>> Database::openSqlite(const QString& path, SqliteAccess access)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Error::storage(CoreText::tr("The Qt SQLite driver is not installed (package libqt6sql6-sqlite)."));
    const QFileInfo info(path);
    const bool readOnly = access == SqliteAccess::ReadOnly;
    const QString notWritable = CoreText::tr("The folder %1 is not writable, so this workspace can only be read.")
                                    .arg(QDir::toNativeSeparators(info.absolutePath()));
    if (readOnly && !info.exists())
        return Error::storage(CoreText::tr("The folder %1 is not writable, so no workspace can be created there.")
                                  .arg(QDir::toNativeSeparators(info.absolutePath())));

    // No local QSqlDatabase copy: the connection must be removable as soon as `database` goes away.
    std::unique_ptr<Database> database(
        new Database(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), nextConnectionName()), Engine::Sqlite,
                     info.absoluteFilePath()));
    database->m_db.setDatabaseName(info.absoluteFilePath());
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000");
    if (readOnly) {
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        // A WAL database needs its -shm file to be read, and none can be created here: without
        // one (the last writer closed cleanly, so nothing waits in a -wal either) it is read as
        // immutable, the one way SQLite reads it then.
        if (!QFileInfo::exists(info.absoluteFilePath() + QStringLiteral("-shm"))) {
            options += QStringLiteral(";QSQLITE_OPEN_URI");
            database->m_db.setDatabaseName(QUrl::fromLocalFile(info.absoluteFilePath()).toString(QUrl::FullyEncoded)
                                           + QStringLiteral("?immutable=1"));
        }
    }
    database->m_db.setConnectOptions(options);
    if (!readOnly)
        CS_TRY(createPrivately(info.absoluteFilePath()));
    if (!database->m_db.open())
        return Error::storage(CoreText::tr("Cannot open the database %1: %2")
                                  .arg(info.absoluteFilePath(), database->m_db.lastError().text()));
    if (readOnly)
        database->m_readOnlyReason = notWritable;

    // WAL lets readers (other clients, the agent) work while one writer commits. Read-only, the
    // file keeps the mode it has: setting one is a write. secure_delete: deleted rows (request
    // secrets) are overwritten with zeros, not left in free space.
    QList<const char*> pragmas { "PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL", "PRAGMA secure_delete=ON" };
    if (!readOnly)
        pragmas.prepend("PRAGMA journal_mode=WAL");
    for (const char* pragma : std::as_const(pragmas)) {
        auto q = database->exec(QString::fromLatin1(pragma));
        if (!q.ok())
            return Error::storage(
                CoreText::tr("%1 is not a usable SQLite database: %2").arg(info.absoluteFilePath(), q.error().message));
    }
    CS_TRY(database->migrate());
    database->m_warnings = openToOthers(info.absoluteFilePath());
    return database;
}

bool Database::isPostgresUrl(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

QString Database::canonicalPostgresUrl(const QString& url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(parsed.userName(), parsed.host())
        .arg(parsed.port(5432))
        .arg(parsed.path().mid(1));
}

bool Database::isAuthenticationFailure(const Error& error)
{
    return error.passwordRefused;
}

Result<std::unique_ptr<Database>> Database::openPostgres(const QString& url, const QString& password)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error::storage(CoreText::tr("The Qt PostgreSQL driver is not installed (package libqt6sql6-psql)."));
    const QUrl parsed(url, QUrl::StrictMode);
    const QString dbName = parsed.path().mid(1);
    if (!parsed.isValid() || !isPostgresUrl(url) || parsed.host().isEmpty() || dbName.isEmpty())
        return Error::invalid(
            CoreText::tr("\"%1\" is not a PostgreSQL address like postgresql://alice@db.example.com:5432/countersign.")
                .arg(url));
    if (!parsed.password().isEmpty())
        return Error::invalid(CoreText::tr("Do not put the password in the address; it comes from the keychain."));
    // Shown to people: the address without anything secret.
    const QString location = canonicalPostgresUrl(url);
    std::unique_ptr<Database> database(new Database(
        QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), nextConnectionName()), Engine::Postgres, location));
    QSqlDatabase& db = database->m_db;
    db.setHostName(parsed.host());
    db.setPort(parsed.port(5432));
    db.setDatabaseName(dbName);
    db.setUserName(parsed.userName());
    if (!password.isEmpty())
        db.setPassword(password);
    QStringList options { QStringLiteral("connect_timeout=10") };
    const QString sslmode = QUrlQuery(parsed).queryItemValue(QStringLiteral("sslmode"));
    if (!sslmode.isEmpty())
        options << QStringLiteral("sslmode=") + sslmode;
    db.setConnectOptions(options.join(QLatin1Char(';')));
    database->m_address = url;
    QElapsedTimer opening;
    opening.start();
    if (!db.open()) {
        Error error
            = Error::database(CoreText::tr("Cannot connect to %1: %2").arg(location, db.lastError().text().trimmed()));
        // Qt's driver drops the connection and keeps only its words; libpq says what it was. A
        // server that never answered (connect_timeout) refused no password: not asked twice.
        error.passwordRefused = opening.elapsed() < 9000
            && postgresRefusesPassword({ { "host", parsed.host() },
                                         { "port", QString::number(parsed.port(5432)) },
                                         { "dbname", dbName },
                                         { "user", parsed.userName() },
                                         { "password", password },
                                         { "connect_timeout", QStringLiteral("10") },
                                         { "sslmode", sslmode } });
        return error;
    }
    CS_TRY(database->exec(QStringLiteral("SET TIME ZONE 'UTC'")));
    CS_TRY(database->exec(QStringLiteral("SET client_min_messages TO warning")));
    CS_TRY(database->migrate());
    return database;
}

std::function<Result<std::unique_ptr<Database>>()> Database::opener() const
{
    if (m_engine == Engine::Sqlite)
        return [path = m_location,
                access = m_readOnlyReason.isEmpty() ? SqliteAccess::ReadWrite : SqliteAccess::ReadOnly] {
            return openSqlite(path, access);
        };
    return [url = m_address, password = m_db.password()] { return openPostgres(url, password); };
}

PGconn* Database::pgConnection() const
{
    const QVariant handle = m_db.isOpen() && m_db.driver() ? m_db.driver()->handle() : QVariant();
    // Qt names the type as its metatype saw it: the typedef, or the struct it stands for.
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn* const*>(handle.constData());
}

Result<QString> Database::currentUser()
{
    if (m_engine != Engine::Postgres)
        return Error::invalid(CoreText::tr("Only PostgreSQL knows who is connected; SQLite has no users."));
    auto q = exec(QStringLiteral("SELECT current_user"));
    CS_TRY(q);
    if (!q->next())
        return Error::storage(CoreText::tr("The database did not say who is connected."));
    return q->value(0).toString();
}

Result<QSqlQuery> Database::exec(const QString& sql, const QVariantList& values)
{
    return execute(sql, values, false);
}

Result<QSqlQuery> Database::execKept(const QString& sql, const QVariantList& values)
{
    // SQLite prepares in-process, and a kept statement left mid-result would pin its read snapshot.
    return execute(sql, values, m_engine == Engine::Postgres && !values.isEmpty());
}

// The connection broke after a change was sent: the server may have saved it or not.
static Error lostWhileSaving()
{
    return Error::outcomeUnknown(CoreText::tr("The connection to the database broke while saving, so it is not "
                                              "known whether the change was saved. Check its current state before "
                                              "trying again."));
}

bool Database::isWrite(const QString& sql)
{
    const QString verb = sql.trimmed().section(QLatin1Char(' '), 0, 0);
    return verb.compare(QLatin1String("INSERT"), Qt::CaseInsensitive) == 0
        || verb.compare(QLatin1String("UPDATE"), Qt::CaseInsensitive) == 0
        || verb.compare(QLatin1String("DELETE"), Qt::CaseInsensitive) == 0;
}

Result<QSqlQuery> Database::execute(const QString& sql, const QVariantList& values, bool keep)
{
    // Sent now, it would end the COPY early on libpq's side, or wait forever on Qt's.
    if (m_streaming)
        return Error::storage(CoreText::tr("A statement cannot run while rows are streamed on its connection."));
    ++m_statements;
    if (m_failCountdown > 0 && --m_failCountdown == 0) {
        m_lastError = QSqlError(); // a simulated failure is not a lost connection
        return Error::database(QStringLiteral("Database error: simulated failure of \"%1\".").arg(firstWords(sql)));
    }
    // A connection that broke and could not be reopened then stays closed: reopen it before anything
    // is sent. Nothing was sent, so a failure here is a plain refusal (never "outcome unknown"), and
    // it gives the server's reason (a statement on a closed connection fails with an empty one).
    if (m_engine == Engine::Postgres && !m_db.isOpen() && m_depth == 0 && !m_committing) {
        if (const Status reopened = reconnect(); !reopened.ok())
            return reopened.error();
    }
    auto result = run(sql, values, keep);
    // A server that restarted dropped our connection: outside a transaction (nothing half-done to
    // lose) reconnect once and run the statement again. Never a statement inside or ending a
    // transaction: on a new session it would run outside the work it belonged to (a COMMIT there
    // "succeeds" with nothing to commit).
    if (!result.ok() && m_depth == 0 && !m_committing && m_engine == Engine::Postgres && connectionLost(m_lastError)) {
        qCInfo(lcStorage) << "connection lost; reconnecting";
        const bool reconnected = reconnect().ok();
        // A write in autocommit may have committed before the connection broke: never run twice.
        if (isWrite(sql))
            return lostWhileSaving();
        if (reconnected)
            result = run(sql, values, keep);
    }
    return result;
}

Result<QSqlQuery> Database::run(const QString& sql, const QVariantList& values, bool keep)
{
    if (m_engine == Engine::Postgres && !values.isEmpty())
        return runOnPostgres(sql, values, keep);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // Statements with values are always prepared and bound. Those without (DDL, BEGIN/COMMIT,
    // SET, PRAGMA) run directly: PostgreSQL cannot PREPARE them, and they carry nothing to bind.
    bool ok = values.isEmpty() ? query.exec(sql) : query.prepare(sql);
    if (ok && !values.isEmpty()) {
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, boundValue(values.at(i)));
        ok = query.exec();
    }
    if (!ok)
        return failure(sql, query.lastError());
    return query;
}

// Through libpq, bound beside the text (storage/pgstatements.h): Qt's driver would write each
// value into an EXECUTE text, and prepare and free the statement in round trips of their own.
Result<QSqlQuery> Database::runOnPostgres(const QString& sql, const QVariantList& values, bool keep)
{
    QVariantList bound;
    bound.reserve(values.size());
    for (const QVariant& v : values)
        bound.append(boundValue(v));
    auto outcome = m_pg.run(m_db.driver(), pgConnection(), sql, bound, keep);
    if (outcome.changesNotified)
        deliverChanges();
    if (!outcome.rows)
        return failure(sql, outcome.error);
    return std::move(*outcome.rows);
}

void Database::deliverChanges()
{
    // As the driver does with what it reads itself: told from the event loop, not from here.
    for (const auto& [who, callback] : std::as_const(m_subscribers))
        if (who)
            QMetaObject::invokeMethod(who.data(), callback, Qt::QueuedConnection);
}

void Database::streamEnded()
{
    m_streaming = false;
    if (PGconn* conn = pgConnection(); conn && PgStatements::takeChangeNotifications(conn))
        deliverChanges();
}

QVariant Database::boundValue(const QVariant& v)
{
    // QVariant() is SQL NULL; a null QString is just empty text (NOT NULL columns take it).
    if (v.typeId() == QMetaType::QString && v.toString().isNull())
        return QString(QLatin1String(""));
    return v;
}

Error Database::failure(const QString& sql, const QSqlError& error)
{
    m_lastError = error;
    const QString reason = m_lastError.text().trimmed();
    qCDebug(lcStorage) << "statement failed:" << firstWords(sql) << reason;
    // SQLite itself refuses every write on a read-only connection (SQLITE_READONLY, 8): told
    // in the person's terms, whichever statement it was.
    if (!m_readOnlyReason.isEmpty() && (m_lastError.nativeErrorCode().toInt() & 0xff) == 8)
        return Error::storage(m_readOnlyReason);
    return Error::database(CoreText::tr("Database error: %1 (while running \"%2\").").arg(reason, firstWords(sql)));
}

bool Database::connectionLost(const QSqlError& error) const
{
    if (!m_db.isOpen() || error.type() == QSqlError::ConnectionError)
        return true;
    // The server's own answer (permission denied, a constraint) carries its SQLSTATE: only the
    // connection-exception class and the shutdown codes mean the session is gone.
    const QString state = error.nativeErrorCode();
    if (!state.isEmpty())
        return state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01")
            || state == QLatin1String("57P02") || state == QLatin1String("57P03");
    const QString text = error.text();
    return text.contains(QLatin1String("server closed the connection"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("no connection to the server"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("terminating connection"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("connection to server"), Qt::CaseInsensitive);
}

Status Database::reconnect()
{
    m_pg.forget(); // prepared statements die with the connection
    m_db.close();
    if (!m_db.open())
        return Error::database(
            CoreText::tr("Cannot reconnect to %1: %2").arg(m_location, m_db.lastError().text().trimmed()));
    if (m_engine == Engine::Postgres) {
        QSqlQuery setup(m_db);
        setup.exec(QStringLiteral("SET TIME ZONE 'UTC'"));
        setup.exec(QStringLiteral("SET client_min_messages TO warning"));
        if (!m_subscribers.isEmpty())
            m_db.driver()->subscribeToNotification(QStringLiteral("countersign_changes"));
    }
    return {};
}

bool Database::subscribeToChanges(QObject* receiver, std::function<void()> onChange)
{
    if (m_engine != Engine::Postgres)
        return false;
    if (m_subscribers.isEmpty()) {
        if (!m_db.driver()->subscribeToNotification(QStringLiteral("countersign_changes")))
            return false;
        QObject::connect(m_db.driver(), &QSqlDriver::notification, m_db.driver(), [this](const QString& name) {
            if (name != QLatin1String("countersign_changes"))
                return;
            for (const auto& [who, callback] : std::as_const(m_subscribers))
                if (who)
                    callback();
        });
    }
    m_subscribers.append({ receiver, std::move(onChange) });
    return true;
}

void Database::rollback()
{
    // Not through exec(): a rollback must not be the statement a test chose to fail.
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("ROLLBACK")))
        qCWarning(lcStorage) << "rollback failed:" << q.lastError().text();
}

void Database::checkpointAfterCommit()
{
    if (m_engine != Engine::Sqlite)
        return;
    if (m_depth > 0)
        m_checkpointPending = true;
    else
        checkpoint();
}

void Database::checkpoint()
{
    // Not through exec(): the change is already committed, so a failure here is only logged (and
    // a test's injected failure must not land on it). A short wait: a reader still on the WAL
    // keeps it until its own read ends, and the next checkpoint (or the last close) clears it.
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("PRAGMA busy_timeout=1000"));
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        qCWarning(lcStorage) << "checkpoint failed:" << q.lastError().text();
    else if (q.next() && (q.value(0).toInt() != 0 || q.value(1).toInt() != q.value(2).toInt())) {
        // Deleted secrets may still be in the WAL: try again after this connection's next commit.
        qCInfo(lcStorage) << "checkpoint incomplete: another connection is reading; tried again after the next commit";
        m_checkpointPending = true;
    }
    q.finish();
    q.exec(QStringLiteral("PRAGMA busy_timeout=10000"));
}

Status Database::transaction(const std::function<Status()>& work)
{
    // A transaction is how core writes: on a read-only workspace none starts.
    if (!m_readOnlyReason.isEmpty() && m_depth == 0)
        return Error::storage(m_readOnlyReason);
    // IMMEDIATE takes the write lock up front, so two writers queue instead of deadlocking on upgrade.
    return inTransaction(m_engine == Engine::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"),
                         work);
}

Status Database::readSnapshot(const std::function<Status()>& work)
{
    return inTransaction(m_engine == Engine::Sqlite ? QStringLiteral("BEGIN DEFERRED")
                                                    : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"),
                         work);
}

Status Database::inTransaction(const QString& begin, const std::function<Status()>& work)
{
    if (m_depth > 0)
        return work();
    CS_TRY(exec(begin));
    ++m_transactionSerial;
    ++m_depth;
    Status status = work();
    --m_depth;
    const bool checkpointWanted = std::exchange(m_checkpointPending, false);
    if (!status.ok()) {
        rollback();
        m_checkpointPending = checkpointWanted; // one owed from before is still owed
        return status;
    }
    m_committing = true;
    auto commit = exec(QStringLiteral("COMMIT"));
    m_committing = false;
    if (!commit.ok()) {
        if (m_engine == Engine::Postgres && connectionLost(m_lastError)) {
            // The server may have committed before the connection broke, or not: nobody can say
            // from here. The next statement reconnects; this one is reported as unknown.
            qCInfo(lcStorage) << "connection lost during COMMIT; outcome unknown";
            return lostWhileSaving();
        }
        rollback();
        return commit.error();
    }
    if (std::exchange(m_loseCommitAnswer, false)) {
        if (std::exchange(m_downAfterLostCommit, false))
            m_failCountdown = 1;
        return lostWhileSaving();
    }
    if (checkpointWanted)
        checkpoint();
    return {};
}

Status Database::migrate()
{
    // People connect with their own roles, which may not create anything: look before creating.
    // So may a read-only SQLite connection.
    bool exists = false;
    if (m_engine == Engine::Postgres || !m_readOnlyReason.isEmpty()) {
        auto found = exec(m_engine == Engine::Postgres
                              ? QStringLiteral("SELECT to_regclass('public.schema_migrations') IS NOT NULL")
                              : QStringLiteral("SELECT COUNT(*) > 0 FROM sqlite_master WHERE type = 'table' AND "
                                               "name = 'schema_migrations'"));
        CS_TRY(found);
        exists = found->next() && found->value(0).toBool();
    }
    if (!exists)
        CS_TRY(exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                                   "description TEXT NOT NULL, applied_at BIGINT NOT NULL)")));
    // Every version applied, not only the newest: migrations written in parallel may land out of
    // order (a workspace at 14 that has not seen 13 still gets it).
    auto current = exec(QStringLiteral("SELECT version FROM schema_migrations"));
    CS_TRY(current);
    QSet<int> applied;
    m_schemaVersion = 0;
    while (current->next()) {
        applied.insert(current->value(0).toInt());
        m_schemaVersion = qMax(m_schemaVersion, current->value(0).toInt());
    }
    m_schemaVersionFound = m_schemaVersion;
    current->finish();

    const auto& migrations = allMigrations();
    const int newest = migrations.isEmpty() ? 0 : migrations.last().version;
    if (m_schemaVersion > newest)
        return Error::storage(CoreText::tr("This database uses schema version %1, newer than this Countersign "
                                           "understands (%2). Upgrade Countersign.")
                                  .arg(m_schemaVersion)
                                  .arg(newest));
    for (const Migration& m : migrations) {
        if (applied.contains(m.version))
            continue;
        const Status applied = transaction([&]() -> Status {
            for (const QString& statement : m.statements(m_engine))
                CS_TRY(exec(statement));
            CS_TRY(exec(
                QStringLiteral("INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)"),
                { m.version, m.description, QDateTime::currentMSecsSinceEpoch() }));
            return {};
        });
        if (!applied.ok() && m_engine == Engine::Postgres)
            return Error::storage(
                CoreText::tr("The database needs schema version %1 (%2), which only its owner can install: "
                             "run \"countersign-cli admin setup-postgres\" as the owner role. (%3)")
                    .arg(m.version)
                    .arg(m.description, applied.error().message));
        if (!applied.ok())
            return Error::storage(CoreText::tr("Migration %1 (%2) failed: %3")
                                      .arg(m.version)
                                      .arg(m.description, applied.error().message));
        m_schemaVersion = qMax(m_schemaVersion, m.version);
    }
    return {};
}

} // namespace cs
