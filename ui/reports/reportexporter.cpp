#include <QFile>
#include <QJsonDocument>
#include <core/views/csv.h>
#include <report/evidencereport.h>
#include <report/periodreportpdf.h>
#include <ui/reports/reportexporter.h>
#include <ui/session.h>
#include <ui/workspaceworker.h>

namespace cs::ui {
namespace {

Status writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return Error::storage(QObject::tr("%1 could not be written: %2.").arg(path, file.errorString()));
    return {};
}

} // namespace

ReportExporter::ReportExporter(Session& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_worker(new WorkspaceWorker(session.workspace().database().opener(), session.workspace().clock(), this))
{ }

ReportExporter::~ReportExporter()
{
    delete m_worker; // waits for an export under way; its answer is not applied
}

bool ReportExporter::isBusy() const
{
    return m_worker->isBusy();
}

void ReportExporter::run(const std::function<Status(Workspace&)>& work, const QString& done)
{
    if (isBusy())
        return;
    m_worker->run<bool>(
        [work](Workspace& ws) -> Result<bool> {
            CS_TRY(work(ws));
            return true;
        },
        [this, done](const Result<bool>& written) {
            Q_EMIT finished(written.ok(), written.ok() ? done : written.error().message);
        });
}

void ReportExporter::exportEvidence(qint64 requestId, const QString& path, const QString& format)
{
    const QString actor = m_session.actor();
    run(
        [=](Workspace& ws) -> Status {
            auto e = collectEvidence(ws.database(), ws.requests(), ws.executions(), ws.directory(), ws.clock(), actor,
                                     requestId);
            CS_TRY(e);
            const QJsonObject json = Json::evidence(*e);
            if (format == QLatin1String("json"))
                return writeFile(path, QJsonDocument(json).toJson(QJsonDocument::Indented));
            return report::writeEvidencePdf(path, json);
        },
        tr("The evidence for request #%1 was saved to %2.").arg(requestId).arg(path));
}

void ReportExporter::exportPeriod(const PeriodFilter& filter, const QString& path, const QString& format)
{
    const QString actor = m_session.actor();
    run(
        [=](Workspace& ws) -> Status {
            auto r = collectPeriodReport(ws.database(), ws.auditService(), ws.requests(), ws.executions(),
                                         ws.directory(), ws.clock(), actor, filter);
            CS_TRY(r);
            if (format == QLatin1String("csv"))
                return writeFile(path, Csv::document(Json::periodRows(*r)));
            return report::writePeriodReportPdf(path, Json::periodReport(*r));
        },
        tr("The report was saved to %1.").arg(path));
}

} // namespace cs::ui
