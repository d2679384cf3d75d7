#pragma once

#include <QObject>
#include <core/views/periodreport.h>
#include <core/workspace.h>
#include <functional>

namespace cs::ui {

class Session;
class WorkspaceWorker;

// Writes evidence and period reports off the GUI thread on a WorkspaceWorker, which opens its own
// connection; core gathers and the file is written there, then one sentence is reported. One
// export at a time: another asked for meanwhile is not started.
class ReportExporter : public QObject
{
    Q_OBJECT

public:
    explicit ReportExporter(Session& session, QObject* parent = nullptr);
    ~ReportExporter() override;

    bool isBusy() const;
    // format: json or pdf.
    void exportEvidence(qint64 requestId, const QString& path, const QString& format);
    // format: csv or pdf.
    void exportPeriod(const PeriodFilter& filter, const QString& path, const QString& format);

Q_SIGNALS:
    // ok: written; message: what to tell the person either way.
    void finished(bool ok, const QString& message);

private:
    void run(const std::function<Status(Workspace&)>& work, const QString& done);

    Session& m_session;
    WorkspaceWorker* m_worker;
};

} // namespace cs::ui
