#pragma once

#include <QObject>
#include <core/audit/auditlog.h>

namespace cs::ui {

class Session;

// Tells the requester of new feedback on their requests while the client runs (issue 20): on each
// change it reads the feedback entries written since it last looked (core's feedbackOnRequestsOf),
// starting from the log's head when the client opened, so old feedback is not announced again.
class FeedbackWatcher : public QObject
{
    Q_OBJECT

public:
    explicit FeedbackWatcher(Session& session, QObject* parent = nullptr);

    void check();
    // "Alice Archer left feedback on your request #12: ..." / "3 new pieces of feedback on your requests."
    static QString noticeText(const QList<AuditEntry>& entries);

Q_SIGNALS:
    void newFeedback(const QList<cs::AuditEntry>& entries);

private:
    Session& m_session;
    qint64 m_seenSeq = -1;
};

} // namespace cs::ui
