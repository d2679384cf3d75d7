// evidence, audit export: what an auditor takes away, as JSON, CSV or PDF.
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <cli/auditcommands.h>
#include <cli/commands.h>
#include <core/common/timetext.h>
#include <core/views/csv.h>
#include <core/views/periodreport.h>
#include <report/evidencereport.h>
#include <report/periodreportpdf.h>

namespace cs::cli {
namespace {

int writeFile(CliContext& ctx, const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size() || !file.flush())
        return ctx.fail(QStringLiteral("%1 could not be written: %2.").arg(path, file.errorString()), Failure);
    return Ok;
}

// Every export first records a signed checkpoint, so what it shows can be checked against one
// later. Someone who may not (a requester exporting their own request), or without a key at hand,
// still gets the export, with the reason on stderr.
void checkpointBeforeExport(CliContext& ctx)
{
    auto everything = ctx.ws().auditService().readsEverything(ctx.actor());
    if (!everything.ok() || !*everything)
        return;
    auto made = makeCheckpoint(ctx, ctx.line.option(QStringLiteral("key-file")));
    if (!made.ok())
        ctx.warn(QStringLiteral("No checkpoint was recorded before the export: %1").arg(made.error().message));
}

// 2026-11-01 (the whole day, UTC) or an ISO date and time; `end`: a bare date means its end.
bool parseTime(const QString& text, bool end, qint64* ms)
{
    const std::optional<qint64> parsed = parseIsoTimeMs(text, end);
    if (parsed)
        *ms = *parsed;
    return parsed.has_value();
}

} // namespace

int evidenceExport(CliContext& ctx)
{
    const qint64 id = ctx.line.positionals.at(0).toLongLong();
    const QString format = ctx.line.option(QStringLiteral("format"));
    const QString output = ctx.line.option(QStringLiteral("output"));
    if (id <= 0)
        return ctx.fail(QStringLiteral("A request number is positive."), Usage);
    if (format != QLatin1String("json") && format != QLatin1String("pdf"))
        return ctx.fail(QStringLiteral("--format is json or pdf."), Usage);
    if (output.isEmpty() && format == QLatin1String("pdf"))
        return ctx.fail(QStringLiteral("A PDF needs --output FILE."), Usage);
    checkpointBeforeExport(ctx);
    Workspace& ws = ctx.ws();
    auto e
        = collectEvidence(ws.database(), ws.requests(), ws.executions(), ws.directory(), ws.clock(), ctx.actor(), id);
    if (!e.ok())
        return ctx.fail(e.error());
    const QJsonObject json = Json::evidence(*e);
    if (format == QLatin1String("json")) {
        if (output.isEmpty()) {
            ctx.printJson(json);
            return Ok;
        }
        if (const int rc = writeFile(ctx, output, QJsonDocument(json).toJson(QJsonDocument::Indented)); rc != Ok)
            return rc;
    } else if (const Status written = report::writeEvidencePdf(output, json); !written.ok()) {
        return ctx.fail(written.error());
    }
    ctx.print(QStringLiteral("Evidence for request #%1 written to %2.").arg(id).arg(output));
    return Ok;
}

int auditExport(CliContext& ctx)
{
    PeriodFilter filter;
    if (!parseTime(ctx.line.option(QStringLiteral("from")), false, &filter.from)
        || !parseTime(ctx.line.option(QStringLiteral("to")), true, &filter.to))
        return ctx.fail(QStringLiteral("--from and --to take dates such as 2026-11-01 (UTC), or ISO times."), Usage);
    filter.action = ctx.line.option(QStringLiteral("action"));
    filter.target = ctx.line.option(QStringLiteral("target"));
    filter.requester = ctx.line.option(QStringLiteral("requester"));
    filter.state = ctx.line.option(QStringLiteral("state"));
    const QString format = ctx.line.option(QStringLiteral("format"));
    const QString output = ctx.line.option(QStringLiteral("output"));
    if (format != QLatin1String("csv") && format != QLatin1String("pdf"))
        return ctx.fail(QStringLiteral("--format is csv or pdf."), Usage);
    if (output.isEmpty())
        return ctx.fail(QStringLiteral("The report needs --output FILE."), Usage);
    checkpointBeforeExport(ctx);
    Workspace& ws = ctx.ws();
    auto report = collectPeriodReport(ws.database(), ws.auditService(), ws.requests(), ws.executions(), ws.directory(),
                                      ws.clock(), ctx.actor(), filter);
    if (!report.ok())
        return ctx.fail(report.error());
    if (format == QLatin1String("csv")) {
        if (const int rc = writeFile(ctx, output, Csv::document(Json::periodRows(*report))); rc != Ok)
            return rc;
    } else if (const Status written = report::writePeriodReportPdf(output, Json::periodReport(*report));
               !written.ok()) {
        return ctx.fail(written.error());
    }
    ctx.print(QStringLiteral("%1 requests written to %2.").arg(report->requests.size()).arg(output));
    return Ok;
}

} // namespace cs::cli
