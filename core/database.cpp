#include "database.h"

#include "migrations.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QStandardPaths>

namespace cs {

Q_LOGGING_CATEGORY(lcDatabase, "countersign.core.database")

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("countersign-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString firstWords(const QString& sql)
{
    const QString flat = sql.simplified();
    return flat.size() > 60 ? flat.left(60) + QStringLiteral("...") : flat;
}

} // namespace

Database::Database(QSqlDatabase db, Engine engine, QString location)
    : m_db(std::move(db))
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
    const QString fromEnv = qEnvironmentVariable("COUNTERSIGN_DB");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/countersign.db");
}

Result<std::unique_ptr<Database>> Database::openSqlite(const QString& path)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Error::storage(QStringLiteral("The Qt SQLite driver is not installed (package libqt6sql6-sqlite)."));
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error::storage(QStringLiteral("Cannot create the folder %1 for the database.").arg(info.absolutePath()));

    // No local QSqlDatabase copy: the connection must be removable as soon as `database` goes away.
    std::unique_ptr<Database> database(
        new Database(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), nextConnectionName()), Engine::Sqlite,
                     info.absoluteFilePath()));
    database->m_db.setDatabaseName(info.absoluteFilePath());
    database->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!database->m_db.open())
        return Error::storage(QStringLiteral("Cannot open the database %1: %2")
                                  .arg(info.absoluteFilePath(), database->m_db.lastError().text()));

    // WAL lets readers (other clients, the agent) work while one writer commits.
    for (const char* pragma : { "PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL" }) {
        auto q = database->exec(QString::fromLatin1(pragma));
        if (!q.ok())
            return Error::storage(QStringLiteral("%1 is not a usable SQLite database: %2")
                                      .arg(info.absoluteFilePath(), q.error().message));
    }
    CS_TRY(database->migrate());
    return database;
}

Result<QSqlQuery> Database::exec(const QString& sql, const QVariantList& values)
{
    ++m_statements;
    if (m_failCountdown > 0 && --m_failCountdown == 0)
        return Error::storage(QStringLiteral("Database error: simulated failure of \"%1\".").arg(firstWords(sql)));

    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    bool ok = query.prepare(sql);
    if (ok) {
        for (const QVariant& v : values) {
            // QVariant() is SQL NULL; a null QString is just empty text (NOT NULL columns take it).
            if (v.typeId() == QMetaType::QString && v.toString().isNull())
                query.addBindValue(QString(QLatin1String("")));
            else
                query.addBindValue(v);
        }
        ok = query.exec();
    }
    if (!ok) {
        const QString reason = query.lastError().text().trimmed();
        qCDebug(lcDatabase) << "statement failed:" << firstWords(sql) << reason;
        return Error::storage(
            QStringLiteral("Database error: %1 (while running \"%2\").").arg(reason, firstWords(sql)));
    }
    return query;
}

void Database::rollback()
{
    // Not through exec(): a rollback must not be the statement a test chose to fail.
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("ROLLBACK")))
        qCWarning(lcDatabase) << "rollback failed:" << q.lastError().text();
}

Status Database::transaction(const std::function<Status()>& work)
{
    if (m_depth > 0)
        return work();
    // IMMEDIATE takes the write lock up front, so two writers queue instead of deadlocking on upgrade.
    CS_TRY(exec(m_engine == Engine::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN")));
    ++m_depth;
    Status status = work();
    --m_depth;
    if (!status.ok()) {
        rollback();
        return status;
    }
    auto commit = exec(QStringLiteral("COMMIT"));
    if (!commit.ok()) {
        rollback();
        return commit.error();
    }
    return {};
}

Status Database::migrate()
{
    CS_TRY(exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                               "description TEXT NOT NULL, applied_at BIGINT NOT NULL)")));
    auto current = exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
    CS_TRY(current);
    m_schemaVersion = current->next() ? current->value(0).toInt() : 0;
    current->finish();

    const auto& migrations = allMigrations();
    const int newest = migrations.isEmpty() ? 0 : migrations.last().version;
    if (m_schemaVersion > newest)
        return Error::storage(QStringLiteral("This database uses schema version %1, newer than this Countersign "
                                             "understands (%2). Upgrade Countersign.")
                                  .arg(m_schemaVersion)
                                  .arg(newest));
    for (const Migration& m : migrations) {
        if (m.version <= m_schemaVersion)
            continue;
        const Status applied = transaction([&]() -> Status {
            for (const QString& statement : m.statements(m_engine))
                CS_TRY(exec(statement));
            CS_TRY(exec(
                QStringLiteral("INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)"),
                { m.version, m.description, QDateTime::currentMSecsSinceEpoch() }));
            return {};
        });
        if (!applied.ok())
            return Error::storage(QStringLiteral("Migration %1 (%2) failed: %3")
                                      .arg(m.version)
                                      .arg(m.description, applied.error().message));
        m_schemaVersion = m.version;
    }
    return {};
}

} // namespace cs
