#include <QScopeGuard>
#include <QTcpServer>
#include <QtTest>
#include <agent/noticesender.h>
#include <csignal>
#include <optional>
#include <support/agentprocess.h>
#include <support/smtpsink.h>
#include <support/testworkspace.h>

using namespace cs;

namespace {

const QByteArray kSecret = "hmac-test-key";

// The Python receiver beside this file: verifies every signature itself, counts every call.
class WebhookReceiver
{
public:
    explicit WebhookReceiver(int failures)
    {
        m_process.start(QStringLiteral("python3"),
                        { QStringLiteral(CS_TEST_SUPPORT_DIR "/webhookreceiver.py"),
                          m_dir.filePath(QStringLiteral("port")), m_dir.filePath(QStringLiteral("log")),
                          QString::fromLatin1(kSecret), QString::number(failures) });
        for (int i = 0; i < 200 && !QFile::exists(m_dir.filePath(QStringLiteral("port"))); ++i)
            QThread::msleep(50);
        QFile f(m_dir.filePath(QStringLiteral("port")));
        if (f.open(QIODevice::ReadOnly))
            m_url = QStringLiteral("http://127.0.0.1:%1/hook").arg(QString::fromLatin1(f.readAll()));
    }
    ~WebhookReceiver()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    QString url() const { return m_url; }
    QList<QJsonObject> calls() const
    {
        QList<QJsonObject> out;
        QFile f(m_dir.filePath(QStringLiteral("log")));
        if (f.open(QIODevice::ReadOnly))
            for (const QByteArray& line : f.readAll().split('\n'))
                if (!line.isEmpty())
                    out.append(QJsonDocument::fromJson(line).object());
        return out;
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_url;
};

} // namespace

// The agent's sender against a real SMTP server (aiosmtpd) and a real webhook receiver.
class TestNoticeSender : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void eachEventReachesTheRightPeopleByMail();
    void digestsCollectIntoOneMailAtTheirHour();
    void webhooksAreSignedAndSeeEachEventOnce();
    void aFailingWebhookIsDisabledAndTheAdminsAreTold();
    void claimsOfACrashedSenderAreSentOnceAfterRestart();
    void anUnreachableMailServerIsRetriedWithBackOff();
    void aKilledAgentSendsEachNoticeOnceAfterRestart();
    void anAddressThatWouldAddAHeaderIsNeverUsed();

private:
    agent::NoticeSender::Settings settings() const;
    std::unique_ptr<agent::NoticeSender> sender(const QString& name = QStringLiteral("a1"));
    // Runs the sender until nothing is due any more.
    void drain(agent::NoticeSender& s);
    // expand: as the running sender would before anyone decides (false: the agent expands it).
    Request submit(bool expand = true);
    QString from() const { return m_from; }

    std::unique_ptr<SmtpSink> m_sink;
    std::unique_ptr<TestWorkspace> t;
    QString m_from;
    QString m_smtpUrl;
};

void TestNoticeSender::initTestCase()
{
    m_sink = std::make_unique<SmtpSink>();
    QVERIFY2(m_sink->ok(),
             "no SMTP server: COUNTERSIGN_TEST_SMTP unset and aiosmtpd did not start "
             "(packaging/install-deps.sh installs python3-aiosmtpd)");
}

void TestNoticeSender::init()
{
    t = std::make_unique<TestWorkspace>();
    buildStandardDirectory(*t);
    t->action(actionWithPolicy(R"({"rules":[{"name":"default","phases":[
        {"name":"Tech","approve":{"group":"approvers"}},
        {"name":"Security","approve":{"group":"security"}}]}]})"));
    // This test's own envelope sender: the sink may be shared with other suites.
    m_from = QStringLiteral("%1-%2@countersign.test")
                 .arg(QString::fromLatin1(QTest::currentTestFunction()).toLower())
                 .arg(QCoreApplication::applicationPid());
    m_smtpUrl = m_sink->url();
}

void TestNoticeSender::cleanup()
{
    t.reset();
}

agent::NoticeSender::Settings TestNoticeSender::settings() const
{
    agent::NoticeSender::Settings s;
    s.transport.smtpUrl = m_smtpUrl;
    s.transport.smtpFrom = m_from;
    s.transport.webhookSecret = kSecret;
    s.transport.timeoutSeconds = 5;
    s.delivery.webhookFailureLimit = 3;
    s.delivery.firstRetryMs = 1000;
    s.batch = 7; // several passes, so batches meet claims
    return s;
}

std::unique_ptr<agent::NoticeSender> TestNoticeSender::sender(const QString& name)
{
    // sendDue only: the test's workspace and clock, no thread.
    return std::make_unique<agent::NoticeSender>(
        [] { return Result<std::unique_ptr<Database>>(Error::invalid(QStringLiteral("not used"))); }, t->clock, name,
        settings());
}

void TestNoticeSender::drain(agent::NoticeSender& s)
{
    for (int pass = 0; pass < 100; ++pass) {
        auto done = s.sendDue(t->ws().notify());
        QVERIFY2(done.ok(), qPrintable(done.error().message));
        if (*done == 0)
            return;
    }
    QFAIL("the outbox never ran empty");
}

Request TestNoticeSender::submit(bool expand)
{
    SubmitInput in { QStringLiteral("act"),
                     { { QStringLiteral("note"), QStringLiteral("rotate keys") },
                       { QStringLiteral("pin"), QStringLiteral("s3cr3t-PIN-4711") } },
                     { QStringLiteral("test1") },
                     QStringLiteral("quarterly rotation"),
                     {} };
    auto r = t->ws().requests().submit(QStringLiteral("req"), in, SubmitMode::RequestApproval);
    if (!r.ok())
        qFatal("submit failed: %s", qPrintable(r.error().message));
    if (expand && !t->ws().notify().expandEvents(1000).ok())
        qFatal("expanding the submission's event failed");
    return *r;
}

void TestNoticeSender::eachEventReachesTheRightPeopleByMail()
{
    auto s = sender();
    const Request r = submit();
    drain(*s);
    QVERIFY(t->ws().requests().decide(QStringLiteral("alice"), r.id, true, QStringLiteral("ok from tech")).ok());
    drain(*s);
    QVERIFY(t->ws().requests().decide(QStringLiteral("carol"), r.id, true, {}).ok());
    drain(*s);
    const Request rejected = submit();
    QVERIFY(t->ws().requests().decide(QStringLiteral("bob"), rejected.id, false, QStringLiteral("not now")).ok());
    drain(*s);

    QMultiHash<QString, QString> got; // address -> subject
    QSet<QString> ids;
    const auto mails = m_sink->mails(from());
    for (const SmtpSink::Mail& m : mails) {
        QCOMPARE(m.to.size(), 1);
        got.insert(m.to.first(), m.subject);
        ids.insert(m.messageId);
        QVERIFY2(!m.text.contains(QLatin1String("s3cr3t-PIN-4711")), "a secret in a mail");
        QVERIFY2(m.text.contains(QLatin1String("countersign://request/")), qPrintable(m.text));
        QVERIFY(m.text.contains(QLatin1String("pin: ********")));
    }
    QCOMPARE(ids.size(), mails.size()); // each notice once
    const auto subjects = [&](const char* who) {
        QStringList s = got.values(QString::fromLatin1(who));
        s.sort();
        return s;
    };
    const QString one = QStringLiteral("[Countersign] #%1 act: ").arg(r.id);
    const QString two = QStringLiteral("[Countersign] #%1 act: ").arg(rejected.id);
    QCOMPARE(subjects("alice@example.com"),
             (QStringList { one + QStringLiteral("a request waits for your approval"),
                            two + QStringLiteral("a request waits for your approval") }));
    QCOMPARE(subjects("bob@example.com"), subjects("alice@example.com"));
    QCOMPARE(subjects("carol@example.com"),
             (QStringList { one + QStringLiteral("a request waits for your approval") }));
    QStringList requester { one + QStringLiteral("someone decided on your request"),
                            one + QStringLiteral("someone decided on your request"),
                            one + QStringLiteral("your request was approved"),
                            two + QStringLiteral("someone decided on your request"),
                            two + QStringLiteral("your request was rejected") };
    requester.sort();
    QCOMPARE(subjects("req@example.com"), requester);
    QVERIFY(got.values(QStringLiteral("dave@example.com")).isEmpty());
    auto rows = t->ws().notify().outbox(QStringLiteral("root"));
    for (const OutboxRow& row : *rows)
        QCOMPARE(row.state, QStringLiteral("sent"));
}

void TestNoticeSender::digestsCollectIntoOneMailAtTheirHour()
{
    QVERIFY(t->ws()
                .notify()
                .setPreference(QStringLiteral("alice"), Notice::ApprovalNeeded, NoticeChannel::Email,
                               QStringLiteral("digest"))
                .ok());
    auto s = sender();
    const Request a = submit();
    const Request b = submit();
    drain(*s);
    QCOMPARE(m_sink->mails(from()).size(), 2); // bob's two; alice's wait for the morning
    t->clock.advanceSecs(22 * 3600); // 07:00 the next day
    drain(*s);
    const auto mails = m_sink->mails(from());
    QCOMPARE(mails.size(), 3);
    const SmtpSink::Mail digest = mails.last();
    QCOMPARE(digest.to, QStringList { QStringLiteral("alice@example.com") });
    QVERIFY(digest.subject.contains(QLatin1String("Daily digest: 2")));
    QVERIFY(digest.text.contains(QStringLiteral("countersign://request/%1").arg(a.id)));
    QVERIFY(digest.text.contains(QStringLiteral("countersign://request/%1").arg(b.id)));
}

void TestNoticeSender::webhooksAreSignedAndSeeEachEventOnce()
{
    WebhookReceiver receiver(0);
    QVERIFY(!receiver.url().isEmpty());
    QVERIFY(t->ws()
                .notify()
                .addWebhook(QStringLiteral("adminx"), QStringLiteral("ops"), receiver.url(), QStringLiteral("json"))
                .ok());
    auto s = sender();
    const Request r = submit();
    QVERIFY(t->ws().requests().decide(QStringLiteral("alice"), r.id, true, {}).ok());
    drain(*s); // before carol decides, as the running sender would: she is asked first
    QVERIFY(t->ws().requests().decide(QStringLiteral("carol"), r.id, true, {}).ok());
    drain(*s);
    const auto calls = receiver.calls();
    QStringList events;
    QSet<QString> deliveries;
    QSet<QString> auditEntries;
    for (const QJsonObject& c : calls) {
        QVERIFY2(c.value(QStringLiteral("signed")).toBool(), "a call without a valid HMAC signature");
        events << c.value(QStringLiteral("event")).toString();
        deliveries.insert(c.value(QStringLiteral("delivery")).toString());
        const QJsonObject body = c.value(QStringLiteral("body")).toObject();
        auditEntries.insert(body.value(QStringLiteral("auditSeq")).toString()
                            + body.value(QStringLiteral("event")).toString());
        QCOMPARE(body.value(QStringLiteral("request")).toObject().value(QStringLiteral("id")).toInteger(), r.id);
        QVERIFY(!QJsonDocument(body).toJson().contains("s3cr3t"));
    }
    QCOMPARE(
        events,
        (QStringList { QStringLiteral("approval_needed"), QStringLiteral("decision"), QStringLiteral("approval_needed"),
                       QStringLiteral("decision"), QStringLiteral("approved") }));
    QCOMPARE(deliveries.size(), calls.size());
    QCOMPARE(auditEntries.size(), calls.size());

    // The test notice of `notify webhook test` arrives signed too.
    QVERIFY(t->ws().notify().testWebhook(QStringLiteral("adminx"), QStringLiteral("ops")).ok());
    drain(*s);
    QCOMPARE(receiver.calls().size(), calls.size() + 1);
    QCOMPARE(receiver.calls().last().value(QStringLiteral("event")).toString(), Notice::Test);
    QVERIFY(receiver.calls().last().value(QStringLiteral("signed")).toBool());
}

void TestNoticeSender::aFailingWebhookIsDisabledAndTheAdminsAreTold()
{
    WebhookReceiver receiver(-1); // always 500
    QVERIFY(t->ws()
                .notify()
                .addWebhook(QStringLiteral("adminx"), QStringLiteral("ops"), receiver.url(), QStringLiteral("slack"))
                .ok());
    auto s = sender();
    const Request r = submit();
    for (int attempt = 0; attempt < 3; ++attempt) {
        drain(*s);
        t->clock.advanceSecs(60); // past the back-off
    }
    QCOMPARE(receiver.calls().size(), 3); // the limit: then it is disabled
    auto hooks = t->ws().notify().webhooks(QStringLiteral("adminx"));
    QVERIFY(!hooks->first().enabled);
    QCOMPARE(hooks->first().failures, 3);
    drain(*s);
    // The admin is told, and receives the notice the webhook did not take.
    QStringList adminSubjects;
    for (const SmtpSink::Mail& m : m_sink->mails(from()))
        if (m.to == QStringList { QStringLiteral("adminx@example.com") })
            adminSubjects << m.subject;
    adminSubjects.sort();
    QCOMPARE(adminSubjects,
             (QStringList { QStringLiteral("[Countersign] #%1 act: a request waits for your approval").arg(r.id),
                            QStringLiteral("[Countersign] #%1 act: a webhook was disabled after repeated failures "
                                           "(admins)")
                                .arg(r.id) }));
    // While disabled, later notices go to the admins, not to the webhook.
    QVERIFY(t->ws().requests().decide(QStringLiteral("alice"), r.id, true, {}).ok());
    drain(*s);
    QCOMPARE(receiver.calls().size(), 3);
    auto log = t->ws().audit().entries(0, 1000);
    QVERIFY(std::any_of(log->begin(), log->end(), [](const AuditEntry& e) {
        return e.event == QLatin1String("notify.webhook_disabled") && e.actor == QLatin1String("agent:a1");
    }));
    // Re-enabled by an admin: it is called again.
    QVERIFY(t->ws().notify().enableWebhook(QStringLiteral("adminx"), QStringLiteral("ops")).ok());
    QVERIFY(t->ws().notify().webhooks(QStringLiteral("adminx"))->first().enabled);
    QVERIFY(t->ws().notify().testWebhook(QStringLiteral("adminx"), QStringLiteral("ops")).ok());
    drain(*s);
    QCOMPARE(receiver.calls().size(), 4);
}

void TestNoticeSender::claimsOfACrashedSenderAreSentOnceAfterRestart()
{
    for (int i = 0; i < 5; ++i)
        submit(); // 10 mails (alice, bob), 5 webhook rows
    // Sender a1 claims a batch and dies before sending it.
    auto claimed = t->ws().notify().claim(QStringLiteral("a1"), 7, settings().delivery);
    QVERIFY(claimed.ok());
    QCOMPARE(claimed->size(), 7);
    // Another agent leaves those claims alone while they are fresh...
    auto other = sender(QStringLiteral("a2"));
    drain(*other);
    QCOMPARE(m_sink->mails(from()).size(),
             10 - int(std::count_if(claimed->begin(), claimed->end(), [](const OutboxRow& r) {
                 return r.channel == NoticeChannel::Email;
             })));
    // ...and a1, started again, takes up its own at once.
    auto restarted = sender(QStringLiteral("a1"));
    QVERIFY(t->ws().notify().releaseClaims(QStringLiteral("a1")).ok());
    drain(*restarted);
    const auto mails = m_sink->mails(from());
    QCOMPARE(mails.size(), 10);
    QSet<QString> ids;
    for (const SmtpSink::Mail& m : mails)
        ids.insert(m.messageId);
    QCOMPARE(ids.size(), 10);
}

void TestNoticeSender::anUnreachableMailServerIsRetriedWithBackOff()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close(); // nothing listens there now
    m_smtpUrl = QStringLiteral("smtp://127.0.0.1:%1").arg(port);
    auto s = sender();
    submit();
    drain(*s);
    auto rows = t->ws().notify().outbox(QStringLiteral("root"));
    const OutboxRow first = rows->first();
    QCOMPARE(first.state, QStringLiteral("pending"));
    QCOMPARE(first.attempts, 1);
    QVERIFY(!first.lastError.isEmpty());
    QCOMPARE(first.dueAt, t->clock.nowMs() + 1000);
    t->clock.advanceSecs(1);
    drain(*s);
    rows = t->ws().notify().outbox(QStringLiteral("root"));
    QCOMPARE(rows->first().attempts, 2);
    QCOMPARE(rows->first().dueAt, t->clock.nowMs() + 2000); // doubled
    // The server is back: delivered on the next due pass.
    m_smtpUrl = m_sink->url();
    auto back = sender();
    t->clock.advanceSecs(2);
    drain(*back);
    rows = t->ws().notify().outbox(QStringLiteral("root"));
    QCOMPARE(rows->first().state, QStringLiteral("sent"));
    QCOMPARE(m_sink->mails(from()).size(), 2);
}

void TestNoticeSender::aKilledAgentSendsEachNoticeOnceAfterRestart()
{
    constexpr int kRequests = 200; // 400 mails: alice and bob each
    for (int i = 0; i < kRequests; ++i)
        submit(false); // the agent chooses the recipients too, across the kill

    qputenv("COUNTERSIGN_SMTP_URL", m_smtpUrl.toUtf8());
    qputenv("COUNTERSIGN_SMTP_FROM", from().toUtf8());
    qputenv("COUNTERSIGN_NOTIFY_POLL_MS", "50");
    // The agent's clock starts at the test's: its expiry schedule must not find these requests overdue.
    qputenv("COUNTERSIGN_TEST_NOW", t->clock.now().toString(Qt::ISODate).toUtf8());
    const auto realClockAgain = qScopeGuard([] { qunsetenv("COUNTERSIGN_TEST_NOW"); });
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const AgentProcess::Options options { QStringLiteral(CS_AGENT_PATH), QStringLiteral("notify-agent"),
                                          probe.serverPort(), t->path(), t->password() };
    probe.close();
    std::optional<AgentProcess> agent;
    agent.emplace(options);
    int atKill = 0;
    for (int i = 0; i < 600 && atKill < 20; ++i) {
        QThread::msleep(20);
        atKill = int(m_sink->mails(from()).size());
    }
    ::kill(pid_t(agent->pid()), SIGKILL); // in the middle of sending
    agent.reset();
    QVERIFY2(
        atKill >= 20 && atKill < 2 * kRequests,
        qPrintable(QStringLiteral("killed after %1 of %2 mails: not in the middle").arg(atKill).arg(2 * kRequests)));
    agent.emplace(options); // the same agent, started again
    bool allSent = false;
    for (int i = 0; i < 1200 && !allSent; ++i) {
        QThread::msleep(50);
        auto rows = t->ws().notify().outbox(QStringLiteral("root"), 10000);
        QVERIFY(rows.ok());
        allSent = rows->size() == 2 * kRequests && std::all_of(rows->begin(), rows->end(), [](const OutboxRow& r) {
                      return r.state == QLatin1String("sent");
                  });
    }
    agent.reset();
    QVERIFY2(allSent, "the restarted agent did not deliver the rest");
    const auto mails = m_sink->mails(from());
    QSet<QString> ids;
    QHash<QString, int> perPerson;
    for (const SmtpSink::Mail& m : mails) {
        if (!ids.contains(m.messageId))
            ++perPerson[m.to.value(0)];
        ids.insert(m.messageId);
    }
    // Each notice once: the one mail in flight at the kill may have been accepted and is then
    // sent again, with the same Message-ID (SMTP cannot do better; receivers drop the repeat).
    qInfo("killed after %d of %d mails; %d mails in all after the restart", atKill, 2 * kRequests, int(mails.size()));
    QCOMPARE(ids.size(), 2 * kRequests);
    QVERIFY2(mails.size() <= 2 * kRequests + 1, qPrintable(QStringLiteral("%1 mails").arg(mails.size())));
    QCOMPARE(perPerson.value(QStringLiteral("alice@example.com")), kRequests);
    QCOMPARE(perPerson.value(QStringLiteral("bob@example.com")), kRequests);
}

void TestNoticeSender::anAddressThatWouldAddAHeaderIsNeverUsed()
{
    // Written by another tool, past AdminService's checks.
    auto changed = t->db().exec(QStringLiteral("UPDATE users SET email = ? WHERE login = 'bob'"),
                                { QStringLiteral("bob@example.com\r\nBcc: mallory@example.com") });
    QVERIFY(changed.ok());
    auto s = sender();
    submit();
    drain(*s);
    const auto mails = m_sink->mails(from());
    QCOMPARE(mails.size(), 1);
    QCOMPARE(mails.first().to, QStringList { QStringLiteral("alice@example.com") });
    auto rows = t->ws().notify().outbox(QStringLiteral("root"));
    const auto bob = std::find_if(rows->begin(), rows->end(),
                                  [](const OutboxRow& r) { return r.recipient == QLatin1String("bob"); });
    QVERIFY(bob != rows->end());
    QVERIFY2(bob->lastError.contains(QLatin1String("not a plain e-mail address")), qPrintable(bob->lastError));
    QVERIFY(bob->state != QLatin1String("sent"));
}

QTEST_GUILESS_MAIN(TestNoticeSender)
#include "tst_notifysender.moc"
