#pragma once

#include <QObject>
#include <QThread>
#include <core/views/periodreport.h>
#include <core/workspace.h>
#include <functional>

namespace cs::ui {

class Session;

// Writes evidence and period reports off the GUI thread: a worker thread opens its own connection
// (a connection belongs to the thread that opened it), gathers through core and writes the file,
// then reports one sentence. One export at a time.
class ReportExporter : public QObject
{
    Q_OBJECT

public:
    explicit ReportExporter(Session& session, QObject* parent = nullptr);
    ~ReportExporter() override;

    bool isBusy() const { return m_thread != nullptr; }
    // format: json or pdf.
    void exportEvidence(qint64 requestId, const QString& path, const QString& format);
    // format: csv or pdf.
    void exportPeriod(const PeriodFilter& filter, const QString& path, const QString& format);

Q_SIGNALS:
    // ok: written; message: what to tell the person either way.
    void finished(bool ok, const QString& message);

private:
    void run(std::function<Status(Workspace&)> work, const QString& done);

    Session& m_session;
    QThread* m_thread = nullptr;
};

} // namespace cs::ui
