#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUrl>
#include <support/pggate.h>
#include <support/testworkspace.h>

using namespace cs;

namespace pggate {
namespace {

constexpr qint64 kGateKey = 424242;

void mustRun(Database& db, const QString& sql, const char* what)
{
    auto q = db.exec(sql);
    TestWorkspace::must(q.ok() ? Status() : Status(q.error()), what);
}

} // namespace

QString databaseName(const TestWorkspace& t)
{
    return QUrl(t.path()).path().mid(1);
}

void install(TestWorkspace& t, Step step, const QString& table, const QString& event)
{
    const QString timing
        = step == Step::Commit ? QStringLiteral("DEFERRABLE INITIALLY DEFERRED") : QStringLiteral("NOT DEFERRABLE");
    mustRun(t.db(),
            QStringLiteral("CREATE OR REPLACE FUNCTION cs_test_gate() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                           "PERFORM pg_advisory_xact_lock_shared(%1); RETURN NULL; END $$")
                .arg(kGateKey),
            "gate function");
    mustRun(t.db(),
            QStringLiteral("CREATE CONSTRAINT TRIGGER cs_test_gate AFTER %1 ON %2 %3 FOR EACH ROW EXECUTE FUNCTION "
                           "cs_test_gate()")
                .arg(event, table, timing),
            "gate trigger");
}

void remove(TestWorkspace& t, const QString& table)
{
    auto other = t.openAnother();
    mustRun(other->database(), QStringLiteral("DROP TRIGGER IF EXISTS cs_test_gate ON %1").arg(table), "drop gate");
}

Terminator::Terminator(const QString& database)
{
    m_thread = std::thread([this, database] { run(database); });
    while (!m_locked && !m_failed)
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
}

void Terminator::run(const QString& database)
{
    const QString name = QStringLiteral("terminator-%1").arg(quintptr(this));
    {
        const QUrl url(qEnvironmentVariable("COUNTERSIGN_TEST_PG_URL"));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(qEnvironmentVariable("COUNTERSIGN_TEST_PG_PASSWORD"));
        db.setDatabaseName(database);
        QSqlQuery q(db);
        if (!db.open() || !q.exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(kGateKey))) {
            m_failed = true;
            return;
        }
        m_locked = true;
        // Whoever waits for the gate is the backend to cut off (30 s at the most: a real agent
        // under a loaded machine may take a while to get there).
        for (int i = 0; i < 6000 && !m_terminated; ++i) {
            q.exec(QStringLiteral("SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND NOT granted "
                                  "AND objid = %1 AND database = (SELECT oid FROM pg_database WHERE datname = "
                                  "current_database())")
                       .arg(kGateKey));
            if (q.next()) {
                const int pid = q.value(0).toInt();
                q.finish();
                m_terminated = q.exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid));
                break;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
        q.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kGateKey));
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace pggate
