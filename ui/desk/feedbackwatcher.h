#pragma once

#include <QObject>
#include <core/audit/auditlog.h>
#include <core/views/auditfeed.h>
#include <optional>

namespace cs::ui {

class Session;
class WorkspaceWorker;

// Tells the requester of new feedback on their requests while the client runs (issue 20): on each
// change it reads the feedback written since it last looked (core's feedbackOnRequestsOf) on a
// worker thread, starting from the log's head when the client opened, so old feedback is not
// announced again. One look at a time; a change during a look asks for one more after it.
class FeedbackWatcher : public QObject
{
    Q_OBJECT

public:
    explicit FeedbackWatcher(Session& session, QObject* parent = nullptr);
    ~FeedbackWatcher() override;

    void check();
    // A look is under way or asked for.
    bool isLooking() const { return m_looking || m_again; }
    // "Alice Archer left feedback on your request #12: ..." / "3 new pieces of feedback on your requests."
    static QString noticeText(const QList<AuditEntry>& entries);

Q_SIGNALS:
    void newFeedback(const QList<cs::AuditEntry>& entries);

private:
    Session& m_session;
    WorkspaceWorker* m_worker;
    std::optional<AuditFeedCursor> m_cursor; // empty until the start is read
    bool m_looking = false;
    bool m_again = false;
};

} // namespace cs::ui
