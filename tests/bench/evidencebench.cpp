// Evidence: signed checkpoints over the log the audit section wrote, the full verify against them,
// the routine --since-checkpoint verify, and the period report's export (CSV, PDF).
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <bench/benchmark.h>
#include <core/admin/integritycheck.h>
#include <core/audit/auditcheckpoints.h>
#include <core/views/csv.h>
#include <core/views/periodreport.h>
#include <report/periodreportpdf.h>

namespace {

double seconds(const QElapsedTimer& t)
{
    return qRound(t.nsecsElapsed() / 1e7) / 100.0;
}

// The period covering the first n requests (by id), for exports of a chosen size.
cs::PeriodFilter firstRequests(Bench& b, qint64 n)
{
    auto q = b.ws->database().exec(QStringLiteral("SELECT MIN(created_at), MAX(created_at) FROM (SELECT created_at "
                                                  "FROM requests ORDER BY created_at LIMIT ?) f"),
                                   { n });
    mustOk(q, QStringLiteral("request times"));
    q->next();
    cs::PeriodFilter f;
    f.from = q->value(0).toLongLong();
    f.to = q->value(1).toLongLong() + 1;
    return f;
}

} // namespace

QJsonObject measureEvidence(Bench& b, qint64 csvRequests, qint64 pdfRequests)
{
    cs::Workspace& ws = *b.ws;
    cs::AuditCheckpoints checkpoints(ws.database(), ws.audit(), ws.clock());
    auto key = cs::SigningKey::generate();
    mustOk(key, QStringLiteral("signing key"));
    must(checkpoints.registerKey(QStringLiteral("admin"), key->publicKey(), 0), QStringLiteral("list key"));

    QElapsedTimer t;
    t.start();
    auto first = checkpoints.create(QStringLiteral("admin"), *key);
    mustOk(first, QStringLiteral("first checkpoint"));
    const double firstCheckpoint = seconds(t);

    // A day's work after it: 1,000 entries in the global chain.
    must(ws.database().transaction([&]() -> cs::Status {
        for (int i = 0; i < 1000; ++i)
            CS_TRY(ws.audit().append(QStringLiteral("admin"), QStringLiteral("bench.after"), 0,
                                     { { QStringLiteral("n"), i } }));
        return {};
    }),
         QStringLiteral("entries after the checkpoint"));
    t.restart();
    auto second = checkpoints.create(QStringLiteral("admin"), *key);
    mustOk(second, QStringLiteral("second checkpoint"));
    const double nextCheckpoint = seconds(t);

    QList<double> since;
    qint64 sinceEntries = 0;
    for (int run = 0; run < 3; ++run) {
        t.restart();
        auto v = cs::verifySinceCheckpoint(ws.database(), ws.clock());
        since << t.nsecsElapsed() / 1e9;
        mustOk(v, QStringLiteral("verify since checkpoint"));
        if (!v->intact)
            fail(QStringLiteral("since-checkpoint verify: ") + v->problem);
        sinceEntries = v->entriesChecked;
    }
    t.restart();
    auto full = cs::verifyIntegrity(ws.database(), ws.clock());
    const double fullSeconds = t.nsecsElapsed() / 1e9;
    mustOk(full, QStringLiteral("full verify"));
    if (!full->intact)
        fail(QStringLiteral("full verify: ") + full->problem);

    QTemporaryDir dir;
    const auto exportTime = [&](qint64 n, bool pdf, qint64* count) {
        const cs::PeriodFilter filter = firstRequests(b, n);
        QElapsedTimer e;
        e.start();
        auto report = cs::collectPeriodReport(ws.database(), ws.auditService(), ws.requests(), ws.executions(),
                                              ws.directory(), ws.clock(), QStringLiteral("admin"), filter);
        mustOk(report, QStringLiteral("period report"));
        *count = report->requests.size();
        if (pdf) {
            must(cs::report::writePeriodReportPdf(dir.filePath(QStringLiteral("r.pdf")),
                                                  cs::Json::periodReport(*report)),
                 QStringLiteral("pdf"));
        } else {
            QFile out(dir.filePath(QStringLiteral("r.csv")));
            if (!out.open(QIODevice::WriteOnly))
                fail(QStringLiteral("csv file"));
            out.write(cs::Csv::document(cs::Json::periodRows(*report)));
        }
        return e.nsecsElapsed() / 1e9;
    };
    qint64 csvCount = 0;
    qint64 pdfCount = 0;
    const double csvSeconds = exportTime(csvRequests, false, &csvCount);
    const double pdfSeconds = exportTime(pdfRequests, true, &pdfCount);

    return { { QStringLiteral("entries"), full->entriesChecked },
             { QStringLiteral("chains"), second->chains },
             { QStringLiteral("firstCheckpointSeconds"), firstCheckpoint },
             { QStringLiteral("nextCheckpointSeconds"), nextCheckpoint },
             { QStringLiteral("fullVerifySeconds"), qRound(fullSeconds * 100) / 100.0 },
             { QStringLiteral("fullVerifyEntriesPerSecond"), qRound64(full->entriesChecked / fullSeconds) },
             { QStringLiteral("sinceCheckpointSecondsP50"), qRound(percentile(since, 50) * 1000) / 1000.0 },
             { QStringLiteral("sinceCheckpointEntriesWalked"), sinceEntries },
             { QStringLiteral("csvRequests"), csvCount },
             { QStringLiteral("csvSeconds"), qRound(csvSeconds * 100) / 100.0 },
             { QStringLiteral("pdfRequests"), pdfCount },
             { QStringLiteral("pdfSeconds"), qRound(pdfSeconds * 100) / 100.0 } };
}
