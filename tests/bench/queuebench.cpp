// Queue at scale: the approver's first and next Incoming page through core (the client's own
// call), the model load, and the same SQL run raw through psql / sqlite3 for comparison.
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUrl>
#include <bench/benchmark.h>
#include <ui/models/requesttablemodel.h>

namespace {

// The statement RequestStore runs for this approver's pending queue, with its values written in
// (bench data holds no quotes; numbers stay bare).
QString rawIncomingSql(Bench& b)
{
    cs::Directory& directory = b.ws->directory();
    auto groups = directory.groupsOf(b.approver);
    auto roles = directory.rolesOf(b.approver);
    mustOk(groups, QStringLiteral("approver's groups"));
    mustOk(roles, QStringLiteral("approver's roles"));
    cs::IncomingQuery query { b.approver, *groups, *roles, { cs::RequestState::Pending }, true, 50, 0 };
    const cs::Statement statement = cs::RequestStore::pendingQueueStatement(query);
    QString sql;
    int next = 0;
    for (QChar c : statement.sql) {
        if (c != QLatin1Char('?')) {
            sql += c;
            continue;
        }
        const QVariant& v = statement.values.at(next++);
        sql += v.typeId() == QMetaType::QString ? QLatin1Char('\'') + v.toString() + QLatin1Char('\'') : v.toString();
    }
    return sql;
}

// Median of what the database's own client reports for the statement, in milliseconds.
double rawMedianMs(const Bench& b, const QString& sql, int runs)
{
    QProcess client;
    QStringList args;
    QRegularExpression timing;
    if (b.engine == QLatin1String("postgresql")) {
        const QUrl url(b.location);
        args << QStringLiteral("-X") << QStringLiteral("-q") << QStringLiteral("-h") << url.host()
             << QStringLiteral("-p") << QString::number(url.port()) << QStringLiteral("-U") << url.userName()
             << QStringLiteral("-d") << url.path().mid(1) << QStringLiteral("-c") << QStringLiteral("\\o /dev/null")
             << QStringLiteral("-c") << QStringLiteral("\\timing on");
        for (int i = 0; i < runs; ++i)
            args << QStringLiteral("-c") << sql;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), b.password);
        client.setProcessEnvironment(env);
        client.start(b.pgBin + QStringLiteral("/psql"), args);
        timing.setPattern(QStringLiteral("Time: ([0-9.]+) ms"));
    } else {
        // SQLite has no server to ask: the same statement through the same driver, without Countersign's layers.
        QList<double> ms;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-raw"));
            db.setDatabaseName(b.location);
            if (!db.open())
                return -1;
            for (int i = 0; i < runs; ++i) {
                QElapsedTimer t;
                t.start();
                QSqlQuery q(db);
                q.setForwardOnly(true);
                q.exec(sql);
                while (q.next())
                    q.value(16);
                ms << t.nsecsElapsed() / 1e6;
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bench-raw"));
        return percentile(ms, 50);
    }
    client.waitForFinished(120000);
    const QString out = QString::fromUtf8(client.readAllStandardOutput() + client.readAllStandardError());
    QList<double> ms;
    for (auto it = timing.globalMatch(out); it.hasNext();)
        ms << it.next().captured(1).toDouble();
    return ms.isEmpty() ? -1 : percentile(ms, 50);
}

} // namespace

QJsonObject measureQueue(Bench& b)
{
    cs::RequestService& requests = b.ws->requests();
    QList<double> first;
    QList<double> next;
    QList<double> model;
    int rows = 0;
    for (int run = 0; run < 30; ++run) {
        QElapsedTimer t;
        t.start();
        auto page = requests.incoming(b.approver, { cs::RequestState::Pending }, 0, 50);
        first << t.nsecsElapsed() / 1e6;
        mustOk(page, QStringLiteral("first page"));
        rows = page->requests.size();
        t.restart();
        auto second = requests.incoming(b.approver, { cs::RequestState::Pending }, page->nextBeforeId, 50);
        next << t.nsecsElapsed() / 1e6;
        mustOk(second, QStringLiteral("next page"));
        cs::ui::RequestTableModel tableModel;
        t.restart();
        tableModel.setRequests(page->requests);
        model << t.nsecsElapsed() / 1e6;
    }
    // The same first page on a fresh connection: nothing prepared, no request checked before
    // (core remembers the rows whose digests it has checked, so the runs above are the client's
    // refreshes, these its first look).
    QList<double> cold;
    for (int run = 0; run < 10; ++run) {
        auto fresh = b.connect();
        QElapsedTimer t;
        t.start();
        auto page = fresh->requests().incoming(b.approver, { cs::RequestState::Pending }, 0, 50);
        cold << t.nsecsElapsed() / 1e6;
        mustOk(page, QStringLiteral("first page on a fresh connection"));
    }
    const double raw = rawMedianMs(b, rawIncomingSql(b), 30);
    const double core = percentile(first, 50);
    return { { QStringLiteral("pendingForApprover"), b.approverPending },
             { QStringLiteral("pageRows"), rows },
             { QStringLiteral("firstPageMsP50"), core },
             { QStringLiteral("firstPageMsP95"), percentile(first, 95) },
             { QStringLiteral("firstPageFreshConnectionMsP50"), percentile(cold, 50) },
             { QStringLiteral("nextPageMsP50"), percentile(next, 50) },
             { QStringLiteral("modelLoadMsP50"), percentile(model, 50) },
             { QStringLiteral("rawSqlMsP50"), raw },
             { QStringLiteral("coreOverRaw"), raw > 0 ? qRound(core / raw * 100) / 100.0 : -1 },
             { QStringLiteral("goal"),
               QStringLiteral("first page < 10 ms at 1M on PostgreSQL, within 2x of raw SQL") } };
}
