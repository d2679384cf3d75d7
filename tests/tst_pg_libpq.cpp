// What core sends through libpq on Qt's PostgreSQL connection: statements bound beside their text
// (storage/pgstatements.h) must read back exactly as Qt's driver would give them, keep the
// driver's notifications flowing and its errors recognisable; a binary COPY (storage/pgcopy.h)
// must give typed rows and leave the connection usable however it ends.
#include <QSqlRecord>
#include <QtTest>
#include <core/storage/database.h>
#include <core/storage/pgcopy.h>
#include <core/storage/pgstatements.h>
#include <support/testworkspace.h>

using namespace cs;

class TestPgLibpq : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void placeholdersAreNumberedOutsideQuotes();
    void valuesReadBackAsQtsDriverTypesThem();
    void affectedRowsAndEmptyResultsAreReported();
    void keptStatementsArePreparedAgainAfterAReconnect();
    void aKeptStatementTheServerLostIsPreparedAgain();
    void textWithANulIsRefusedNotCut();
    void serverErrorsKeepTheirCodeAndTheConnection();
    void notificationReadWithAStatementStillArrives();
    void copyGivesTypedRowsInBatches();
    void aBatchHandedBackHoldsOnlyTheNextRows();
    void copyLeftEarlyLeavesTheConnectionUsable();
    void copyOfTooManyColumnsIsAnError();
    void copyFailingMidwayIsAnError();
    void nothingElseRunsWhileACopyStreams();
};

void TestPgLibpq::initTestCase()
{
    if (!TestWorkspace::onPostgres())
        QSKIP("PostgreSQL only");
}

void TestPgLibpq::placeholdersAreNumberedOutsideQuotes()
{
    QCOMPARE(PgStatements::numberedPlaceholders(QStringLiteral("SELECT ? , ?")), QByteArray("SELECT $1 , $2"));
    QCOMPARE(PgStatements::numberedPlaceholders(
                 QStringLiteral("SELECT 'is it?', \"who?\", ? WHERE a = 'it''s ?' AND b = ?")),
             QByteArray("SELECT 'is it?', \"who?\", $1 WHERE a = 'it''s ?' AND b = $2"));
    QCOMPARE(PgStatements::numberedPlaceholders(QStringLiteral("SELECT 'Grüße?' || ?")),
             QByteArray("SELECT 'Grüße?' || $1"));
}

void TestPgLibpq::valuesReadBackAsQtsDriverTypesThem()
{
    TestWorkspace t;
    const QByteArray bytes("a\0'b\\\"c", 7);
    auto q = t.db().exec(
        QStringLiteral("SELECT ?::bigint, ?::integer, ?::boolean, ?::text, ?::bytea, ?::double precision, "
                       "SUM(x), ?::text, ?::bigint, 'it''s ?', ?::text"
                       " FROM (VALUES (1::bigint), (2::bigint)) v(x)"),
        { qint64(9007199254740993), -42, true, QStringLiteral("Grüße \"zitiert\" 'x' ?"), bytes, 0.25, QVariant(),
          QVariant(QMetaType(QMetaType::LongLong)), QString() });
    QVERIFY2(q.ok(), q.ok() ? "" : qPrintable(q.error().message));
    QVERIFY(q->next());
    QCOMPARE(q->value(0).typeId(), QMetaType::LongLong);
    QCOMPARE(q->value(0).toLongLong(), qint64(9007199254740993));
    QCOMPARE(q->value(1).typeId(), QMetaType::Int);
    QCOMPARE(q->value(1).toInt(), -42);
    QCOMPARE(q->value(2).typeId(), QMetaType::Bool);
    QCOMPARE(q->value(2).toBool(), true);
    QCOMPARE(q->value(3).toString(), QStringLiteral("Grüße \"zitiert\" 'x' ?"));
    QCOMPARE(q->value(4).typeId(), QMetaType::QByteArray);
    QCOMPARE(q->value(4).toByteArray(), bytes);
    QCOMPARE(q->value(5).toDouble(), 0.25);
    QCOMPARE(q->value(6).typeId(), QMetaType::Double); // numeric, read as Qt's default policy does
    QCOMPARE(q->value(6).toLongLong(), qint64(3));
    QVERIFY(q->isNull(7));
    QVERIFY(q->value(7).isNull());
    QCOMPARE(q->value(7).typeId(), QMetaType::QString);
    QVERIFY(q->value(8).isNull());
    QCOMPARE(q->value(8).typeId(), QMetaType::LongLong);
    QCOMPARE(q->value(9).toString(), QStringLiteral("it's ?"));
    // A null QString is bound as empty text (NOT NULL columns take it), as Database always did.
    QVERIFY(!q->isNull(10));
    QCOMPARE(q->value(10).toString(), QString());
    QVERIFY(!q->next());
}

void TestPgLibpq::affectedRowsAndEmptyResultsAreReported()
{
    TestWorkspace t;
    QVERIFY(t.db().exec(QStringLiteral("CREATE TEMP TABLE scratch (k INTEGER PRIMARY KEY, v TEXT NOT NULL)")).ok());
    auto inserted = t.db().exec(QStringLiteral("INSERT INTO scratch (k, v) VALUES (?, ?), (?, ?)"),
                                { 1, QStringLiteral("one"), 2, QStringLiteral("two") });
    QVERIFY(inserted.ok());
    QCOMPARE(inserted->numRowsAffected(), 2);
    auto updated = t.db().exec(QStringLiteral("UPDATE scratch SET v = ? WHERE k >= ?"), { QStringLiteral("x"), 1 });
    QVERIFY(updated.ok());
    QCOMPARE(updated->numRowsAffected(), 2);
    auto none = t.db().execKept(QStringLiteral("SELECT k, v FROM scratch WHERE k > ? ORDER BY k"), { 5 });
    QVERIFY(none.ok());
    QVERIFY(!none->next());
    auto both = t.db().execKept(QStringLiteral("SELECT k, v FROM scratch WHERE k > ? ORDER BY k"), { 0 });
    QVERIFY(both.ok());
    QVERIFY(both->next());
    QCOMPARE(both->value(0).toInt(), 1);
    QVERIFY(both->next());
    QCOMPARE(both->value(1).toString(), QStringLiteral("x"));
    QVERIFY(!both->next());
    QCOMPARE(both->record().fieldName(1), QStringLiteral("v"));
}

void TestPgLibpq::keptStatementsArePreparedAgainAfterAReconnect()
{
    TestWorkspace t;
    const QString sql = QStringLiteral("SELECT ?::integer + 1");
    for (int round = 0; round < 2; ++round) {
        for (int i = 0; i < 3; ++i) {
            auto q = t.db().execKept(sql, { i });
            QVERIFY2(q.ok(), q.ok() ? "" : qPrintable(q.error().message));
            QVERIFY(q->next());
            QCOMPARE(q->value(0).toInt(), i + 1);
        }
        // A new session has none of the old one's prepared statements: the next call prepares again.
        QVERIFY(t.db().reconnect().ok());
    }
}

void TestPgLibpq::aKeptStatementTheServerLostIsPreparedAgain()
{
    TestWorkspace t;
    const QString sql = QStringLiteral("SELECT ?::integer * 3");
    QVERIFY(t.db().execKept(sql, { 1 }).ok());
    QVERIFY(t.db().exec(QStringLiteral("DEALLOCATE ALL")).ok()); // as a pooler's reset would
    auto lost = t.db().execKept(sql, { 2 });
    QVERIFY(!lost.ok()); // the server says it has no such statement ...
    QVERIFY2(lost.error().message.contains(QLatin1String("26000")), qPrintable(lost.error().message));
    auto again = t.db().execKept(sql, { 3 }); // ... and the next call prepares it afresh
    QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message));
    QVERIFY(again->next());
    QCOMPARE(again->value(0).toInt(), 9);
}

void TestPgLibpq::textWithANulIsRefusedNotCut()
{
    TestWorkspace t;
    QVERIFY(t.db().exec(QStringLiteral("CREATE TEMP TABLE scratch (v TEXT NOT NULL)")).ok());
    auto refused = t.db().exec(QStringLiteral("INSERT INTO scratch (v) VALUES (?)"),
                               { QString::fromUtf8("ok\0 and the rest", 17) });
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QLatin1String("0x00")), qPrintable(refused.error().message));
    auto rows = t.db().exec(QStringLiteral("SELECT COUNT(*) FROM scratch WHERE v LIKE ?"), { QStringLiteral("%") });
    QVERIFY(rows.ok() && rows->next());
    QCOMPARE(rows->value(0).toInt(), 0); // nothing cut short was stored
}

void TestPgLibpq::serverErrorsKeepTheirCodeAndTheConnection()
{
    TestWorkspace t;
    QVERIFY(t.db().exec(QStringLiteral("CREATE TEMP TABLE scratch (k INTEGER PRIMARY KEY)")).ok());
    QVERIFY(t.db().exec(QStringLiteral("INSERT INTO scratch (k) VALUES (?)"), { 7 }).ok());
    auto twice = t.db().exec(QStringLiteral("INSERT INTO scratch (k) VALUES (?)"), { 7 });
    QVERIFY(!twice.ok());
    QCOMPARE(twice.error().code, Error::Code::Storage); // the server's refusal, not "outcome unknown"
    QVERIFY(twice.error().fromDatabase);
    QVERIFY2(twice.error().message.contains(QLatin1String("duplicate key")), qPrintable(twice.error().message));
    QVERIFY(twice.error().message.contains(QLatin1String("23505")));
    // Same session afterwards: the temporary table is still there.
    auto count = t.db().exec(QStringLiteral("SELECT COUNT(*) FROM scratch WHERE k = ?"), { 7 });
    QVERIFY(count.ok() && count->next());
    QCOMPARE(count->value(0).toInt(), 1);
}

void TestPgLibpq::notificationReadWithAStatementStillArrives()
{
    TestWorkspace t;
    auto listener = t.openAnother();
    int notified = 0;
    QObject receiver;
    QVERIFY(listener->database().subscribeToChanges(&receiver, [&notified] { ++notified; }));
    // The notification reaches the listener's socket while its own statement runs, so libpq reads
    // it with that statement's answer and the driver's socket has nothing left to report.
    auto other = t.openAnother();
    QVERIFY(other->database()
                .exec(QStringLiteral("SELECT pg_notify('countersign_changes', ?)"), { QStringLiteral("1") })
                .ok());
    auto slow = listener->database().exec(QStringLiteral("SELECT pg_sleep(?)"), { 0.3 });
    QVERIFY(slow.ok());
    QTRY_COMPARE_WITH_TIMEOUT(notified, 1, 5000);
}

void TestPgLibpq::copyGivesTypedRowsInBatches()
{
    TestWorkspace t;
    QList<qint64> seen;
    const Status read = t.db().readSnapshot([&]() -> Status {
        auto copy = PgCopyOut::open(t.db(),
                                    QStringLiteral("SELECT g::smallint, g::integer, g * 10000000000, "
                                                   "CASE WHEN g = 0 THEN NULL ELSE 'n' || g END "
                                                   "FROM generate_series(-2, 2) s(g) ORDER BY s.g"));
        CS_TRY(copy);
        for (;;) {
            auto batch = copy->fetch(2);
            CS_TRY(batch);
            if (batch->count() == 0)
                break;
            if (batch->count() > 2)
                return Error::invalid(QStringLiteral("a batch larger than asked for"));
            for (int r = 0; r < batch->count(); ++r) {
                const qint64 g = batch->integer(r, 0);
                if (batch->integer(r, 1) != g || batch->integer(r, 2) != g * 10000000000)
                    return Error::invalid(QStringLiteral("integers of different widths disagree"));
                const bool null = batch->isNull(r, 3);
                if (null != (g == 0) || (!null && batch->value(r, 3) != QByteArray("n" + QByteArray::number(g))))
                    return Error::invalid(QStringLiteral("text or null wrong"));
                seen.append(g);
            }
        }
        return {};
    });
    QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
    QCOMPARE(seen, (QList<qint64> { -2, -1, 0, 1, 2 }));
}

void TestPgLibpq::aBatchHandedBackHoldsOnlyTheNextRows()
{
    TestWorkspace t;
    QList<QByteArray> seen;
    const Status read = t.db().readSnapshot([&]() -> Status {
        // Long rows first, then short ones: a reused batch must not show what its room held.
        auto copy = PgCopyOut::open(t.db(),
                                    QStringLiteral("SELECT g, repeat(chr(64 + g), 3000 / g) "
                                                   "FROM generate_series(1, 7) g ORDER BY g"));
        CS_TRY(copy);
        PgRows previous;
        for (;;) {
            auto batch = copy->fetch(3, std::move(previous));
            CS_TRY(batch);
            if (batch->count() == 0)
                break;
            for (int r = 0; r < batch->count(); ++r) {
                const qint64 g = batch->integer(r, 0);
                if (batch->value(r, 1) != QByteArray(int(3000 / g), char(64 + g)))
                    return Error::invalid(QStringLiteral("row %1 read wrong").arg(g));
                seen.append(QByteArray::number(g));
            }
            previous = std::move(*batch);
        }
        return {};
    });
    QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
    QCOMPARE(seen.join(','), QByteArray("1,2,3,4,5,6,7"));
}

void TestPgLibpq::copyLeftEarlyLeavesTheConnectionUsable()
{
    TestWorkspace t;
    const Status left = t.db().readSnapshot([&]() -> Status {
        auto copy
            = PgCopyOut::open(t.db(), QStringLiteral("SELECT g, repeat('x', 100) FROM generate_series(1, 2000000) g"));
        CS_TRY(copy);
        auto first = copy->fetch(10);
        CS_TRY(first);
        if (first->count() != 10 || first->integer(9, 0) != 10)
            return Error::invalid(QStringLiteral("the first batch is wrong"));
        return Error::conflict(QStringLiteral("stopped early")); // the COPY is abandoned here
    });
    QVERIFY(!left.ok());
    QCOMPARE(left.error().message, QStringLiteral("stopped early"));
    auto after = t.db().exec(QStringLiteral("SELECT ?::integer * 2"), { 21 });
    QVERIFY2(after.ok(), after.ok() ? "" : qPrintable(after.error().message));
    QVERIFY(after->next());
    QCOMPARE(after->value(0).toInt(), 42);
}

void TestPgLibpq::copyOfTooManyColumnsIsAnError()
{
    TestWorkspace t;
    QStringList columns;
    for (int c = 1; c <= PgRow::kMaxColumns + 1; ++c)
        columns << QString::number(c);
    const Status read = t.db().readSnapshot([&]() -> Status {
        auto copy = PgCopyOut::open(t.db(), QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")));
        CS_TRY(copy);
        CS_TRY(copy->fetch(10));
        return {};
    });
    QVERIFY(!read.ok());
    QCOMPARE(read.error().message, QStringLiteral("A streamed row has 25 columns; at most 24 can be read."));
    auto after = t.db().exec(QStringLiteral("SELECT ?::integer"), { 3 });
    QVERIFY(after.ok() && after->next());
    QCOMPARE(after->value(0).toInt(), 3);
}

void TestPgLibpq::copyFailingMidwayIsAnError()
{
    TestWorkspace t;
    qint64 rowsBeforeTheError = 0;
    const Status failed = t.db().readSnapshot([&]() -> Status {
        auto copy = PgCopyOut::open(t.db(), QStringLiteral("SELECT 1 / (50000 - g) FROM generate_series(1, 60000) g"));
        CS_TRY(copy);
        for (;;) {
            auto batch = copy->fetch(1000);
            CS_TRY(batch);
            if (batch->count() == 0)
                return {};
            rowsBeforeTheError += batch->count();
        }
    });
    QVERIFY(!failed.ok());
    QVERIFY2(failed.error().message.contains(QLatin1String("division by zero")), qPrintable(failed.error().message));
    QVERIFY(rowsBeforeTheError < 50000);
    auto after = t.db().exec(QStringLiteral("SELECT ?::integer"), { 5 });
    QVERIFY(after.ok() && after->next());
    QCOMPARE(after->value(0).toInt(), 5);
}

void TestPgLibpq::nothingElseRunsWhileACopyStreams()
{
    TestWorkspace t;
    QString refusal;
    const Status read = t.db().readSnapshot([&]() -> Status {
        auto copy = PgCopyOut::open(t.db(), QStringLiteral("SELECT g FROM generate_series(1, 100000) g"));
        CS_TRY(copy);
        CS_TRY(copy->fetch(10));
        auto meanwhile = t.db().exec(QStringLiteral("SELECT ?::integer"), { 1 });
        if (meanwhile.ok())
            return Error::invalid(QStringLiteral("a statement ran in the middle of a COPY"));
        refusal = meanwhile.error().message;
        return {}; // the COPY is abandoned when it goes out of scope; the snapshot commits
    });
    QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
    QVERIFY2(refusal.contains(QLatin1String("streamed")), qPrintable(refusal));
    auto after = t.db().exec(QStringLiteral("SELECT ?::integer"), { 8 });
    QVERIFY2(after.ok(), after.ok() ? "" : qPrintable(after.error().message));
    QVERIFY(after->next());
    QCOMPARE(after->value(0).toInt(), 8);
}

QTEST_GUILESS_MAIN(TestPgLibpq)
#include "tst_pg_libpq.moc"
