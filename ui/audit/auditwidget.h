#pragma once

#include <QSet>
#include <QWidget>
#include <atomic>
#include <core/audit/auditfilter.h>
#include <core/common/result.h>
#include <core/views/auditfeed.h>
#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace cs {
struct AuditEntry;
struct AuditVerification;
struct PeriodFilter;
} // namespace cs

namespace cs::ui {

class ReportExporter;
class Session;
class SimpleTableModel;
class WorkspaceWorker;

// The audit log, newest first, with an event filter and search, and "Verify chain" with a plain
// answer. A log holds millions of entries: the view loads a page of the newest when it is first
// shown, adds what is new on each refresh, and older pages on request, each read on a worker thread
// (core's AuditFeed). Verifying reads them all: it runs on a worker thread with its own connection,
// reporting progress, and can be cancelled.
class AuditWidget : public QWidget
{
    Q_OBJECT

public:
    AuditWidget(Session& session, QWidget* parent = nullptr);
    ~AuditWidget() override;

    // Adds the entries written since the last look (the newest page, the first time it is shown).
    void refresh();
    void showOlder();
    void verify(); // starts verifying; the answer appears in verifyResult() when it is done
    void cancelVerify();
    // "Export report…": asks for the period, filters, format and file, then exportReport().
    void chooseReport();
    // Writes the period report off the GUI thread; the outcome appears in verifyResult().
    void exportReport(const cs::PeriodFilter& filter, const QString& format, const QString& path);
    QPushButton* exportButton() const { return m_export; }
    ReportExporter* exporter() const { return m_exporter; }
    bool isVerifying() const;
    QPushButton* verifyButton() const { return m_verify; }
    QPushButton* cancelButton() const { return m_cancel; }
    void setPageSize(int entries) { m_pageSize = entries; }
    QLabel* verifyResult() const { return m_result; }
    // Issue 20: the log narrowed by a date range, a person and a request (core's AuditFilter), read
    // again from the database when they change (after a pause in typing).
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QLineEdit* actorEdit() const { return m_actor; }
    QLineEdit* requestEdit() const { return m_request; }
    AuditFilter filter() const; // what the fields say now (dates in local time, "to" whole)
    void applyFilterNow();
    int rowCount() const;
    // A read of the log is under way or waiting (rows arrive when it is done).
    bool isLoading() const;
    int visibleCount() const;
    int loadedCount() const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    enum Read { Newest = 1, Newer = 2, Older = 4 };
    void loadNewest();
    void readNext();
    void apply(Read read, const AuditFeedPage& page);
    int rowBelow(qint64 seq) const; // the first row of an older entry
    void addEntries(int at, const QList<AuditEntry>& newestFirst);
    void showError(const QString& message);
    void showVerifyProgress(qint64 entriesRead);
    void showVerification(const Result<AuditVerification>& verification);

    Session& m_session;
    SimpleTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QComboBox* m_event;
    QLineEdit* m_search;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLineEdit* m_actor;
    QLineEdit* m_request;
    QTimer* m_filterPause;
    AuditFilter m_filter; // what the rows shown were read with
    QTableView* m_table;
    QLabel* m_result;
    QPushButton* m_older;
    QPushButton* m_verify;
    QPushButton* m_cancel;
    QPushButton* m_export;
    ReportExporter* m_exporter;
    WorkspaceWorker* m_verifier; // runs the chain's verification on its own thread and connection
    WorkspaceWorker* m_reader; // reads the log's pages, one at a time
    int m_wanted = 0; // the reads asked for and not started (Read flags)
    int m_reading = 0; // the read under way (a Read), 0 when none
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    qint64 m_verifyRead = 0;
    int m_pageSize = 1000;
    bool m_loaded = false; // a newest page has arrived: refreshes catch up from it
    AuditFeedCursor m_cursor; // where live updates read on from
    qint64 m_oldestSeq = 0;
    QSet<QString> m_events;
};

} // namespace cs::ui
