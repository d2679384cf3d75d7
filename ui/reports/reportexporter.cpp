#include <QFile>
#include <QJsonDocument>
#include <core/views/csv.h>
#include <report/evidencereport.h>
#include <report/periodreportpdf.h>
#include <ui/reports/reportexporter.h>
#include <ui/session.h>

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
{ }

ReportExporter::~ReportExporter()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void ReportExporter::run(std::function<Status(Workspace&)> work, const QString& done)
{
    if (m_thread)
        return;
    auto open = m_session.workspace().database().opener();
    const Clock& clock = m_session.workspace().clock();
    auto result = std::make_shared<Status>();
    m_thread = QThread::create([open, &clock, work, result] {
        auto db = open();
        if (!db.ok()) {
            *result = db.error();
            return;
        }
        Workspace ws(std::move(db).value(), clock);
        *result = work(ws);
    });
    connect(m_thread, &QThread::finished, this, [this, result, done] {
        m_thread->deleteLater();
        m_thread = nullptr;
        Q_EMIT finished(result->ok(), result->ok() ? done : result->error().message);
    });
    m_thread->start(QThread::LowPriority);
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
