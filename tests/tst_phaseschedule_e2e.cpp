#include <QTcpServer>
#include <QtTest>
#include <core/audit/auditevents.h>
#include <optional>
#include <support/agentprocess.h>
#include <support/smtpsink.h>
#include <support/testworkspace.h>

using namespace cs;

// Issue 16 end to end: the real countersign-agent, its clock moved with COUNTERSIGN_TEST_NOW, finds
// due reminders, escalations and timeouts by itself, and the mails reach a real SMTP server.
class TestPhaseScheduleE2e : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void twoAgentsSendOneReminderToTheUndecidedApprover();
    void anAgentEscalatesAndTheFallbackGroupMayApprove();
    void anAgentAppliesTheTimeoutOutcome();

private:
    Request submit(const QByteArray& policy);
    void forgetEarlierNotices();
    // An agent whose clock starts `hours` after the test's, sending mail to the sink.
    std::unique_ptr<AgentProcess> agentAt(int hours, const QString& name);
    // Waits (up to 30 s) until `done` holds.
    bool waitFor(const std::function<bool()>& done);
    QStringList mailsTo(); // envelope recipients of this test's mails, with their subject's first word
    int auditCount(qint64 requestId, const QString& event);

    std::unique_ptr<SmtpSink> m_sink;
    std::unique_ptr<TestWorkspace> t;
    QString m_from;
};

void TestPhaseScheduleE2e::initTestCase()
{
    m_sink = std::make_unique<SmtpSink>();
    QVERIFY2(m_sink->ok(), "no SMTP server (packaging/install-deps.sh installs python3-aiosmtpd)");
}

void TestPhaseScheduleE2e::init()
{
    t = std::make_unique<TestWorkspace>();
    buildStandardDirectory(*t);
    m_from = QStringLiteral("%1-%2@countersign.test")
                 .arg(QString::fromLatin1(QTest::currentTestFunction()).toLower())
                 .arg(QCoreApplication::applicationPid());
}

void TestPhaseScheduleE2e::cleanup()
{
    t.reset();
}

Request TestPhaseScheduleE2e::submit(const QByteArray& policy)
{
    t->action(actionWithPolicy(policy));
    SubmitInput in { QStringLiteral("act"),
                     { { QStringLiteral("note"), QStringLiteral("x") },
                       { QStringLiteral("pin"), QStringLiteral("s3cr3t-PIN-4711") } },
                     { QStringLiteral("test1") },
                     QStringLiteral("because"),
                     {} };
    auto r = t->ws().requests().submit(QStringLiteral("req"), in, SubmitMode::RequestApproval);
    if (!r.ok())
        qFatal("submit failed: %s", qPrintable(r.error().message));
    forgetEarlierNotices();
    return *r;
}

void TestPhaseScheduleE2e::forgetEarlierNotices()
{
    // The submission's and decisions' own notices count as sent: this test is about what the agents add.
    if (!t->ws().notify().expandEvents(1000).ok())
        qFatal("expand failed");
    auto marked = t->db().exec(QStringLiteral("UPDATE notify_outbox SET state = 'sent'"));
    if (!marked.ok())
        qFatal("outbox: %s", qPrintable(marked.error().message));
}

std::unique_ptr<AgentProcess> TestPhaseScheduleE2e::agentAt(int hours, const QString& name)
{
    qputenv("COUNTERSIGN_TEST_NOW", t->clock.now().addSecs(qint64(hours) * 3600).toString(Qt::ISODate).toUtf8());
    qputenv("COUNTERSIGN_SMTP_URL", m_sink->url().toUtf8());
    qputenv("COUNTERSIGN_SMTP_FROM", m_from.toUtf8());
    qputenv("COUNTERSIGN_NOTIFY_POLL_MS", "50");
    qputenv("COUNTERSIGN_PHASE_CHECK_SECONDS", "1");
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        qFatal("no free port");
    const AgentProcess::Options options { QStringLiteral(CS_AGENT_PATH), name, probe.serverPort(), t->path(),
                                          t->password() };
    probe.close();
    auto agent = std::make_unique<AgentProcess>(options);
    qunsetenv("COUNTERSIGN_TEST_NOW");
    return agent;
}

bool TestPhaseScheduleE2e::waitFor(const std::function<bool()>& done)
{
    for (int i = 0; i < 300; ++i) {
        if (done())
            return true;
        QThread::msleep(100);
    }
    return done();
}

QStringList TestPhaseScheduleE2e::mailsTo()
{
    QStringList out;
    for (const SmtpSink::Mail& m : m_sink->mails(m_from))
        out << m.to.join(QLatin1Char(','));
    out.sort();
    return out;
}

int TestPhaseScheduleE2e::auditCount(qint64 requestId, const QString& event)
{
    auto entries = t->ws().audit().entries(requestId);
    if (!entries.ok())
        qFatal("audit: %s", qPrintable(entries.error().message));
    return int(std::count_if(entries->begin(), entries->end(), [&](const AuditEntry& e) { return e.event == event; }));
}

void TestPhaseScheduleE2e::twoAgentsSendOneReminderToTheUndecidedApprover()
{
    const Request r = submit(R"({"rules":[{"name":"d","phases":[{"name":"Tech","approve":{"group":"approvers"},
        "quorum":2,"reminder":{"afterHours":8}}]}]})");
    QVERIFY(t->ws().requests().decide(QStringLiteral("bob"), r.id, true, {}).ok());
    forgetEarlierNotices();
    QString logs; // both agents' logs, named if a second mail comes
    {
        auto a = agentAt(9, QStringLiteral("phase-a"));
        auto b = agentAt(9, QStringLiteral("phase-b"));
        QVERIFY2(waitFor([&] { return !mailsTo().isEmpty(); }), qPrintable(a->log()));
        // Both agents have looked several times by now (every second); nothing more comes.
        QThread::msleep(3000);
        logs = QStringLiteral("\nphase-a:\n") + a->log() + QStringLiteral("\nphase-b:\n") + b->log();
    }
    QCOMPARE(auditCount(r.id, AuditEvent::RequestReminded), 1);
    // alice has not decided; bob has, req asked: one reminder, to alice, sent once although two
    // agents deliver the outbox. (Every mail is named if not: a CI run once saw a second mail here.)
    QStringList reminders;
    QStringList seen;
    for (const SmtpSink::Mail& m : m_sink->mails(m_from)) {
        seen << m.to.join(QLatin1Char(',')) + QStringLiteral(": ") + m.subject + QStringLiteral(" <") + m.messageId
                + QLatin1Char('>');
        if (m.subject.contains(QStringLiteral("Reminder")) || m.text.contains(QStringLiteral("Reminder"))) {
            reminders << m.to.join(QLatin1Char(','));
            QVERIFY(!m.text.contains(QStringLiteral("s3cr3t-PIN-4711")));
        }
    }
    QVERIFY2(reminders == QStringList { QStringLiteral("alice@example.com") },
             qPrintable(seen.join(QLatin1String("; ")) + logs));
    QVERIFY2(seen.size() <= 2, qPrintable(seen.join(QLatin1String("; "))));
}

void TestPhaseScheduleE2e::anAgentEscalatesAndTheFallbackGroupMayApprove()
{
    const Request r = submit(R"({"rules":[{"name":"d","phases":[{"name":"Tech","approve":{"group":"approvers"},
        "escalation":{"afterHours":24,"group":"security"}}]}]})");
    QVERIFY(!t->ws().requests().decide(QStringLiteral("carol"), r.id, true, {}).ok());
    {
        auto a = agentAt(25, QStringLiteral("phase-a"));
        QVERIFY2(waitFor([&] { return mailsTo().size() >= 2; }), qPrintable(a->log()));
    }
    QCOMPARE(mailsTo(), (QStringList { QStringLiteral("carol@example.com"), QStringLiteral("req@example.com") }));
    QCOMPARE(auditCount(r.id, AuditEvent::RequestEscalated), 1);
    auto decided = t->ws().requests().decide(QStringLiteral("carol"), r.id, true, QStringLiteral("covering"));
    QVERIFY2(decided.ok(), qPrintable(decided.error().message));
    QCOMPARE(decided->state, RequestState::Approved);
}

void TestPhaseScheduleE2e::anAgentAppliesTheTimeoutOutcome()
{
    const Request r = submit(R"({"deadlineHours":10,"timeout":{"outcome":"reject"},"approverGroups":["approvers"]})");
    {
        auto a = agentAt(11, QStringLiteral("phase-a"));
        QVERIFY2(waitFor([&] { return !mailsTo().isEmpty(); }), qPrintable(a->log()));
    }
    QCOMPARE(t->ws().requestStore().load(r.id)->state, RequestState::Rejected);
    QCOMPARE(auditCount(r.id, AuditEvent::RequestExpired), 0);
    QCOMPARE(mailsTo(), QStringList { QStringLiteral("req@example.com") });
}

QTEST_GUILESS_MAIN(TestPhaseScheduleE2e)
#include "tst_phaseschedule_e2e.moc"
