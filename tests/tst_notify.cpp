#include <QtTest>
#include <core/notify/noticemessage.h>
#include <core/notify/notifier.h>
#include <core/views/requesttext.h>
#include <support/testworkspace.h>

using namespace cs;

// Events -> an event row in the event's own transaction -> outbox rows when the sender expands it:
// who is told, by the policy engine's own eligibility, per their preferences, each event expanded
// once; the rendered notice; "who can approve".
class TestNotify : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void submitTellsEligibleApproversNeverTheRequester();
    void nextPhaseApproversAreToldWhenAPhaseCompletes();
    void outcomesTellTheRequester_data();
    void outcomesTellTheRequester();
    void failedRunsTellTheApproversToo();
    void aRefusedChangeLeavesNoNotice();
    void theDecidingTransactionWritesOnlyEventRows();
    void eventRowsRideTheAuditAppend();
    void anEventExpandedLateTellsOnlyWhoStillNeedsIt();
    void anEventThatCannotBeExpandedHoldsUpNoOther();
    void everyEventGoesOnceToTheWebhooks();
    void withoutWebhooksNoWebhookRows();
    void preferencesSwitchOffOrCollectIntoADigest();
    void mandatoryEventsCannotBeSwitchedOff();
    void onlyAdminsSetDefaultsAndWebhooks();
    void noticeTextIsTheCopyTextWithLinkAndNoSecret();
    void webhookBodiesAndSignature();
    void whoCanApproveNamesFewAndCountsMany();

private:
    Request submit(const QString& requester = QStringLiteral("req"));
    // What the agent's sender does first in each pass: events -> outbox rows. How many events.
    int expand();
    // Outbox rows of one request, after expanding, as "event:recipient" (webhook rows as "event:*"), in order.
    QStringList told(qint64 requestId);
    std::unique_ptr<TestWorkspace> t;
};

void TestNotify::init()
{
    t = std::make_unique<TestWorkspace>();
    buildStandardDirectory(*t);
    // With a webhook, every notice also gets one row for the webhooks ("event:*" below).
    TestWorkspace::must(t->ws().notify().addWebhook(QStringLiteral("adminx"), QStringLiteral("ops"),
                                                    QStringLiteral("https://hooks.example.com/ops"),
                                                    QStringLiteral("json")),
                        "webhook");
}

void TestNotify::cleanup()
{
    t.reset();
}

Request TestNotify::submit(const QString& requester)
{
    SubmitInput in { QStringLiteral("act"),
                     { { QStringLiteral("note"), QStringLiteral("rotate keys") },
                       { QStringLiteral("pin"), QStringLiteral("s3cr3t-PIN-4711") } },
                     { QStringLiteral("test1") },
                     QStringLiteral("quarterly rotation"),
                     {} };
    auto r = t->ws().requests().submit(requester, in, SubmitMode::RequestApproval);
    if (!r.ok())
        qFatal("submit failed: %s", qPrintable(r.error().message));
    // The running sender picks the event up within its poll interval, before anyone decides.
    expand();
    return *r;
}

int TestNotify::expand()
{
    auto expanded = t->ws().notify().expandEvents(1000);
    if (!expanded.ok())
        qFatal("expand: %s", qPrintable(expanded.error().message));
    return *expanded;
}

QStringList TestNotify::told(qint64 requestId)
{
    expand();
    auto rows = t->ws().notify().outbox(QStringLiteral("root"));
    if (!rows.ok())
        qFatal("outbox: %s", qPrintable(rows.error().message));
    QStringList out;
    for (const OutboxRow& r : *rows)
        if (r.requestId == requestId)
            out << r.event + QLatin1Char(':')
                    + (r.channel == NoticeChannel::Webhook ? QStringLiteral("*") : r.recipient);
    return out;
}

void TestNotify::submitTellsEligibleApproversNeverTheRequester()
{
    t->action(actionWithPolicy(R"({"approvalRequired":true,"approverGroups":["approvers"]})"));
    // alice is a requester and an approver: her own request goes to bob only.
    const Request mine = submit(QStringLiteral("alice"));
    QCOMPARE(told(mine.id),
             (QStringList { QStringLiteral("approval_needed:bob"), QStringLiteral("approval_needed:*") }));
    const Request theirs = submit(QStringLiteral("req"));
    QCOMPARE(told(theirs.id),
             (QStringList { QStringLiteral("approval_needed:alice"), QStringLiteral("approval_needed:bob"),
                            QStringLiteral("approval_needed:*") }));
    auto rows = t->ws().notify().outbox(QStringLiteral("root"));
    for (const OutboxRow& r : *rows)
        if (r.channel == NoticeChannel::Email) {
            QCOMPARE(r.address, r.recipient + QStringLiteral("@example.com"));
            QCOMPARE(r.state, QStringLiteral("pending"));
            QVERIFY(!r.digest);
        }
}

void TestNotify::nextPhaseApproversAreToldWhenAPhaseCompletes()
{
    t->action(actionWithPolicy(R"({"rules":[{"name":"default","phases":[
        {"name":"Tech","approve":{"group":"approvers"}},
        {"name":"Security","approve":{"group":"security"}}]}]})"));
    const Request r = submit();
    QCOMPARE(told(r.id),
             (QStringList { QStringLiteral("approval_needed:alice"), QStringLiteral("approval_needed:bob"),
                            QStringLiteral("approval_needed:*") }));
    auto decided = t->ws().requests().decide(QStringLiteral("bob"), r.id, true, QStringLiteral("fine"));
    QVERIFY2(decided.ok(), qPrintable(decided.error().message));
    QCOMPARE(told(r.id).mid(3),
             (QStringList { QStringLiteral("decision:req"), QStringLiteral("decision:*"),
                            QStringLiteral("approval_needed:carol"), QStringLiteral("approval_needed:*") }));
    decided = t->ws().requests().decide(QStringLiteral("carol"), r.id, true, {});
    QVERIFY2(decided.ok(), qPrintable(decided.error().message));
    QCOMPARE(told(r.id).mid(7),
             (QStringList { QStringLiteral("decision:req"), QStringLiteral("decision:*"),
                            QStringLiteral("approved:req"), QStringLiteral("approved:*") }));
}

void TestNotify::outcomesTellTheRequester_data()
{
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("rejected") << QStringLiteral("reject")
                              << QStringList { QStringLiteral("decision:req"), QStringLiteral("decision:*"),
                                               QStringLiteral("rejected:req"), QStringLiteral("rejected:*") };
    QTest::newRow("cancelled") << QStringLiteral("cancel")
                               << QStringList { QStringLiteral("cancelled:req"), QStringLiteral("cancelled:*") };
    QTest::newRow("expired") << QStringLiteral("expire")
                             << QStringList { QStringLiteral("expired:req"), QStringLiteral("expired:*") };
}

void TestNotify::outcomesTellTheRequester()
{
    QFETCH(QString, outcome);
    QFETCH(QStringList, expected);
    t->action(actionWithPolicy(R"({"approvalRequired":true,"approverGroups":["approvers"],"deadlineHours":1})"));
    const Request r = submit();
    if (outcome == QLatin1String("reject")) {
        QVERIFY(t->ws().requests().decide(QStringLiteral("alice"), r.id, false, QStringLiteral("no")).ok());
    } else if (outcome == QLatin1String("cancel")) {
        QVERIFY(t->ws().requests().cancel(QStringLiteral("req"), r.id).ok());
    } else {
        t->clock.advanceSecs(2 * 3600);
        auto expired = t->ws().requests().expireDue(QStringLiteral("root"));
        QVERIFY2(expired.ok() && expired->contains(r.id), "the request expires");
    }
    QCOMPARE(told(r.id).mid(3), expected);
}

void TestNotify::failedRunsTellTheApproversToo()
{
    t->action(actionWithPolicy(R"({"approvalRequired":true,"approverGroups":["approvers"]})"));
    const Request ok = submit();
    const Request bad = submit();
    for (const Request& r : { ok, bad }) {
        QVERIFY(t->ws().requests().decide(QStringLiteral("alice"), r.id, true, {}).ok());
        auto claimed = t->ws().executions().claim(r.id, QStringLiteral("a1"), QStringLiteral("x"));
        QVERIFY2(claimed.ok(), qPrintable(claimed.error().message));
        QVERIFY(t->ws().executions().recordStart(r.id, QStringLiteral("a1")).ok());
    }
    QVERIFY(t->ws().executions().finish(ok.id, QStringLiteral("a1"), ExecutionState::Succeeded, 0, {}).ok());
    QVERIFY(t->ws().executions().finish(bad.id, QStringLiteral("a1"), ExecutionState::Failed, 3, {}).ok());
    QCOMPARE(told(ok.id).mid(7), (QStringList { QStringLiteral("executed:req"), QStringLiteral("executed:*") }));
    QCOMPARE(
        told(bad.id).mid(7),
        (QStringList { QStringLiteral("failed:req"), QStringLiteral("failed:alice"), QStringLiteral("failed:*") }));
}

void TestNotify::aRefusedChangeLeavesNoNotice()
{
    t->action(actionWithPolicy(R"({"approvalRequired":true,"approverGroups":["approvers"]})"));
    const Request r = submit();
    const QStringList before = told(r.id);
    QVERIFY(!t->ws().requests().decide(QStringLiteral("req"), r.id, true, {}).ok()); // own request
    QVERIFY(!t->ws().requests().decide(QStringLiteral("carol"), r.id, true, {}).ok()); // not an approver
    QVERIFY(!t->ws().requests().cancel(QStringLiteral("bob"), r.id).ok()); // not the requester
    QCOMPARE(told(r.id), before);
}

void TestNotify::theDecidingTransactionWritesOnlyEventRows()
{
    t->action(actionWithPolicy(R"({"approvalRequired":true,"approverGroups":["approvers"]})"));
    const Request r = submit();
    auto before = t->ws().notify().outbox(QStringLiteral("root"));
    QVERIFY(before.ok());
    QVERIFY(t->ws().requests().decide(QStringLiteral("bob"), r.id, true, {}).ok());
    // Nobody is chosen while deciding: the outbox is as it was, two events wait.
    auto after = t->ws().notify().outbox(QStringLiteral("root"));
    QVERIFY(after.ok());
    QCOMPARE(after->size(), before->size());
    QCOMPARE(expand(), 3); // decision, phase completed, approved
    QCOMPARE(told(r.id).mid(3),
             (QStringList { QStringLiteral("decision:req"), QStringLiteral("decision:*"),
                            QStringLiteral("approved:req"), QStringLiteral("approved:*") }));
    // Expanded once: a second pass (or a second sender) finds nothing and adds nothing.
    QCOMPARE(expand(), 0);
    QCOMPARE(told(r.id).size(), 7);
}

void TestNotify::eventRowsRideTheAuditAppend()
{
    t->action(actionWithPolicy(R"({"approvalRequired":true,"approverGroups":["approvers"]})"));
    const Request r = submit();
    const auto count = [this] {
        auto q = t->db().exec(QStringLiteral("SELECT COUNT(*) FROM notify_events"));
        return q.ok() && q->next() ? q->value(0).toInt() : -1;
    };
    const int events = count();
    const int statements = t->db().statementsRun();
    QVERIFY(t->ws().requests().decide(QStringLiteral("bob"), r.id, true, {}).ok());
    const int ran = t->db().statementsRun() - statements;
    QCOMPARE(count(), events + 3); // decision, phase completed, approved
    // On PostgreSQL a final approval is nine round trips: BEGIN, the approver with roles and
    // groups, the request locked, its decisions, the decision, the state change, the chain head,
    // then the entries with their event rows, the head and the notification, and COMMIT.
    if (t->db().engine() == Database::Engine::Postgres)
        QCOMPARE(ran, 9);
}

void TestNotify::anEventExpandedLateTellsOnlyWhoStillNeedsIt()
{
    t->action(actionWithPolicy(R"({"approvalRequired":true,"approverGroups":["approvers"]})"));
    SubmitInput in { QStringLiteral("act"),
                     { { QStringLiteral("note"), QStringLiteral("x") },
                       { QStringLiteral("pin"), QStringLiteral("1") } },
                     { QStringLiteral("test1") },
                     QStringLiteral("late"),
                     {} };
    auto r = t->ws().requests().submit(QStringLiteral("req"), in, SubmitMode::RequestApproval);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    // Rejected before the sender came by: nobody is asked to approve a decided request.
    QVERIFY(t->ws().requests().decide(QStringLiteral("alice"), r->id, false, QStringLiteral("no")).ok());
    QCOMPARE(told(r->id),
             (QStringList { QStringLiteral("decision:req"), QStringLiteral("decision:*"),
                            QStringLiteral("rejected:req"), QStringLiteral("rejected:*") }));
}

void TestNotify::anEventThatCannotBeExpandedHoldsUpNoOther()
{
    t->action(actionWithPolicy(R"({"approvalRequired":true,"approverGroups":["approvers"]})"));
    // An event row whose audit entry is not there (written by hand), before a real one.
    QVERIFY(t->db().exec(QStringLiteral("INSERT INTO notify_events (audit_seq, created_at) VALUES (0, 0)")).ok());
    const Request r = submit();
    QCOMPARE(told(r.id).size(), 3);
    QCOMPARE(expand(), 0); // set aside, not tried again
}

void TestNotify::everyEventGoesOnceToTheWebhooks()
{
    t->action(actionWithPolicy(R"({"approvalRequired":true,"approverGroups":["approvers"]})"));
    const Request r = submit();
    QVERIFY(t->ws().requests().decide(QStringLiteral("bob"), r.id, true, {}).ok());
    // One webhook row per audited event that concerns someone, each for a different audit entry.
    expand();
    auto rows = t->ws().notify().outbox(QStringLiteral("root"));
    QSet<qint64> seqs;
    int webhookRows = 0;
    for (const OutboxRow& row : *rows)
        if (row.channel == NoticeChannel::Webhook) {
            ++webhookRows;
            QVERIFY(row.recipient.isEmpty());
            seqs.insert(row.auditSeq);
        }
    QCOMPARE(webhookRows, 3); // approval needed, decision, approved
    QCOMPARE(seqs.size(), 3);
}

void TestNotify::withoutWebhooksNoWebhookRows()
{
    t = std::make_unique<TestWorkspace>();
    buildStandardDirectory(*t);
    t->action(actionWithPolicy(R"({"approvalRequired":true,"approverGroups":["approvers"]})"));
    const Request r = submit();
    QCOMPARE(told(r.id),
             (QStringList { QStringLiteral("approval_needed:alice"), QStringLiteral("approval_needed:bob") }));
}

void TestNotify::preferencesSwitchOffOrCollectIntoADigest()
{
    t->action(actionWithPolicy(R"({"approvalRequired":true,"approverGroups":["approvers"]})"));
    QVERIFY(
        t->ws()
            .notify()
            .setPreference(QStringLiteral("alice"), Notice::ApprovalNeeded, NoticeChannel::Email, QStringLiteral("off"))
            .ok());
    QVERIFY(t->ws()
                .notify()
                .setPreference(QStringLiteral("bob"), Notice::ApprovalNeeded, NoticeChannel::Email,
                               QStringLiteral("digest"))
                .ok());
    const Request r = submit();
    QCOMPARE(told(r.id), (QStringList { QStringLiteral("approval_needed:bob"), QStringLiteral("approval_needed:*") }));
    auto rows = t->ws().notify().outbox(QStringLiteral("root"));
    const OutboxRow bob = rows->first();
    QVERIFY(bob.digest);
    // 09:00 on the fake clock: the digest goes out at 07:00 the next morning.
    QCOMPARE(fromMs(bob.dueAt), t->clock.now().addDays(1).addSecs(-2 * 3600));

    auto prefs = t->ws().notify().preferences(QStringLiteral("bob"));
    QVERIFY(prefs.ok());
    QCOMPARE(prefs->first().event, Notice::ApprovalNeeded);
    QCOMPARE(prefs->first().mode, NoticeMode::Digest);
    QCOMPARE(prefs->first().source, QStringLiteral("yours"));
    QCOMPARE(prefs->at(1).mode, NoticeMode::Immediate);
    QCOMPARE(prefs->at(1).source, QStringLiteral("built-in default"));
    auto refused = t->ws().notify().setPreference(QStringLiteral("bob"), QStringLiteral("gossip"), NoticeChannel::Email,
                                                  QStringLiteral("off"));
    QCOMPARE(refused.error().code, Error::Code::Invalid);
    refused = t->ws().notify().setPreference(QStringLiteral("bob"), Notice::Approved, NoticeChannel::Email,
                                             QStringLiteral("sometimes"));
    QCOMPARE(refused.error().code, Error::Code::Invalid);
}

void TestNotify::mandatoryEventsCannotBeSwitchedOff()
{
    t->action(actionWithPolicy(R"({"approvalRequired":true,"approverGroups":["approvers"]})"));
    // alice switched it off before the admin made it mandatory: she is told anyway.
    QVERIFY(
        t->ws()
            .notify()
            .setPreference(QStringLiteral("alice"), Notice::ApprovalNeeded, NoticeChannel::Email, QStringLiteral("off"))
            .ok());
    QVERIFY(t->ws()
                .notify()
                .setDefault(QStringLiteral("adminx"), Notice::ApprovalNeeded, NoticeChannel::Email,
                            QStringLiteral("immediate"), true)
                .ok());
    auto refused = t->ws().notify().setPreference(QStringLiteral("bob"), Notice::ApprovalNeeded, NoticeChannel::Email,
                                                  QStringLiteral("off"));
    QCOMPARE(refused.error().code, Error::Code::Forbidden);
    QVERIFY(refused.error().message.contains(QLatin1String("mandatory")));
    QVERIFY(t->ws()
                .notify()
                .setPreference(QStringLiteral("bob"), Notice::ApprovalNeeded, NoticeChannel::Email,
                               QStringLiteral("digest"))
                .ok());
    const Request r = submit();
    QCOMPARE(told(r.id),
             (QStringList { QStringLiteral("approval_needed:alice"), QStringLiteral("approval_needed:bob"),
                            QStringLiteral("approval_needed:*") }));
    auto rows = t->ws().notify().outbox(QStringLiteral("root"));
    QVERIFY(!rows->at(0).digest); // alice: the default, immediate
    QVERIFY(rows->at(1).digest); // bob: still his choice between immediate and digest
    // A default that is not mandatory decides for those who chose nothing.
    QVERIFY(
        t->ws()
            .notify()
            .setDefault(QStringLiteral("adminx"), Notice::Decision, NoticeChannel::Email, QStringLiteral("off"), false)
            .ok());
    QVERIFY(t->ws().requests().decide(QStringLiteral("bob"), r.id, true, {}).ok());
    QVERIFY(!told(r.id).contains(QStringLiteral("decision:req")));
    QVERIFY(told(r.id).contains(QStringLiteral("approved:req")));
}

void TestNotify::onlyAdminsSetDefaultsAndWebhooks()
{
    const QString url = QStringLiteral("https://hooks.example.com/T1");
    QCOMPARE(
        t->ws()
            .notify()
            .setDefault(QStringLiteral("alice"), Notice::Approved, NoticeChannel::Email, QStringLiteral("off"), false)
            .error()
            .code,
        Error::Code::Forbidden);
    QCOMPARE(t->ws()
                 .notify()
                 .addWebhook(QStringLiteral("alice"), QStringLiteral("chat"), url, QStringLiteral("slack"))
                 .error()
                 .code,
             Error::Code::Forbidden);
    QCOMPARE(t->ws().notify().webhooks(QStringLiteral("alice")).error().code, Error::Code::Forbidden);
    QCOMPARE(t->ws().notify().outbox(QStringLiteral("alice")).error().code, Error::Code::Forbidden);
    QVERIFY(t->ws()
                .notify()
                .addWebhook(QStringLiteral("adminx"), QStringLiteral("chat"), url, QStringLiteral("slack"))
                .ok());
    QCOMPARE(t->ws()
                 .notify()
                 .addWebhook(QStringLiteral("adminx"), QStringLiteral("chat"), url, QStringLiteral("json"))
                 .error()
                 .code,
             Error::Code::Conflict);
    QCOMPARE(t->ws()
                 .notify()
                 .addWebhook(QStringLiteral("adminx"), QStringLiteral("x"), QStringLiteral("ftp://h/"),
                             QStringLiteral("json"))
                 .error()
                 .code,
             Error::Code::Invalid);
    QCOMPARE(t->ws()
                 .notify()
                 .addWebhook(QStringLiteral("adminx"), QStringLiteral("y"), url, QStringLiteral("xml"))
                 .error()
                 .code,
             Error::Code::Invalid);
    auto hooks = t->ws().notify().webhooks(QStringLiteral("audit"));
    QVERIFY(hooks.ok());
    QCOMPARE(hooks->size(), 2); // and "ops", from init()
    QCOMPARE(hooks->first().name, QStringLiteral("chat"));
    QVERIFY(hooks->first().enabled);
    // Audited without the address (an incoming-webhook address is itself a secret).
    auto log = t->ws().audit().entries(0, 1000);
    QVERIFY(!log->isEmpty());
    QCOMPARE(log->last().event, QStringLiteral("notify.webhook_added"));
    QVERIFY(!log->last().payload.contains(QLatin1String("/T1")));
}

void TestNotify::noticeTextIsTheCopyTextWithLinkAndNoSecret()
{
    t->action(actionWithPolicy(R"({"approvalRequired":true,"approverGroups":["approvers"]})"));
    const Request r = submit();
    auto rows = t->ws().notify().outbox(QStringLiteral("root"));
    const OutboxRow row = rows->first();
    auto message = t->ws().notify().render(row);
    QVERIFY2(message.ok(), qPrintable(message.error().message));
    auto details = t->ws().requests().details(QStringLiteral("alice"), r.id);
    QVERIFY(details.ok());
    // The request part is the Copy button's text (less the "who can approve" line, which is the reader's own view).
    QString copy = requestAsText(*details);
    copy.remove(QRegularExpression(QStringLiteral("Can approve: [^\n]*\n")));
    QVERIFY2(message->text.contains(copy), qPrintable(message->text));
    QVERIFY(message->text.contains(QStringLiteral("countersign://request/%1").arg(r.id)));
    QVERIFY(message->html.contains(QStringLiteral("href=\"countersign://request/%1\"").arg(r.id)));
    QVERIFY(message->subject.contains(QStringLiteral("#%1").arg(r.id)));
    QVERIFY(message->text.contains(QLatin1String("req asks for \"act\"")));
    for (const QString& part : { message->subject, message->text, message->html })
        QVERIFY(!part.contains(QLatin1String("s3cr3t-PIN-4711")));
    QVERIFY(message->text.contains(QLatin1String("pin: ********")));
}

void TestNotify::webhookBodiesAndSignature()
{
    t->action(actionWithPolicy(R"({"approvalRequired":true,"approverGroups":["approvers"]})"));
    const Request r = submit();
    auto rows = t->ws().notify().outbox(QStringLiteral("root"));
    const OutboxRow row = rows->last();
    QCOMPARE(row.channel, NoticeChannel::Webhook);
    auto message = t->ws().notify().render(row);
    QVERIFY(message.ok());
    const QJsonObject generic
        = QJsonDocument::fromJson(webhookBody(QStringLiteral("json"), row, *message, &r)).object();
    QCOMPARE(generic.value(QStringLiteral("event")).toString(), Notice::ApprovalNeeded);
    QCOMPARE(generic.value(QStringLiteral("request")).toObject().value(QStringLiteral("id")).toInteger(), r.id);
    QCOMPARE(generic.value(QStringLiteral("request")).toObject().value(QStringLiteral("link")).toString(),
             requestLink(r.id));
    const QJsonObject slack = QJsonDocument::fromJson(webhookBody(QStringLiteral("slack"), row, *message, &r)).object();
    QVERIFY(slack.value(QStringLiteral("text")).toString().contains(requestLink(r.id)));
    const QJsonObject teams = QJsonDocument::fromJson(webhookBody(QStringLiteral("teams"), row, *message, &r)).object();
    QCOMPARE(teams.value(QStringLiteral("@type")).toString(), QStringLiteral("MessageCard"));
    for (const QString& format : { QStringLiteral("json"), QStringLiteral("slack"), QStringLiteral("teams") })
        QVERIFY(!webhookBody(format, row, *message, &r).contains("s3cr3t-PIN-4711"));
    // RFC 4231, test case 2.
    QCOMPARE(hmacSha256Hex("Jefe", "what do ya want for nothing?"),
             QStringLiteral("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
}

void TestNotify::whoCanApproveNamesFewAndCountsMany()
{
    t->action(actionWithPolicy(R"({"approvalRequired":true,"approverGroups":["approvers"]})"));
    const Request few = submit();
    auto d = t->ws().requests().details(QStringLiteral("req"), few.id);
    QVERIFY(d.ok());
    QCOMPARE(d->approvers.logins, (QStringList { QStringLiteral("alice"), QStringLiteral("bob") }));
    QCOMPARE(d->approvers.summary, QStringLiteral("alice or bob"));
    QVERIFY(requestAsText(*d).contains(QLatin1String("Can approve: alice or bob")));
    // Twelve more approvers, one of them the requester: "any of 13 members" (14 minus the requester).
    for (int i = 1; i <= 12; ++i)
        t->user(QStringLiteral("ap%1").arg(i), { QStringLiteral("approvers"), QStringLiteral("requesters") });
    const Request many = submit(QStringLiteral("ap1"));
    d = t->ws().requests().details(QStringLiteral("ap1"), many.id);
    QVERIFY(d.ok());
    QCOMPARE(d->approvers.logins.size(), 13);
    QVERIFY(!d->approvers.logins.contains(QStringLiteral("ap1")));
    QCOMPARE(d->approvers.summary, QStringLiteral("any of 13 members of approvers"));
    // Decided: nobody is asked any more.
    QVERIFY(t->ws().requests().decide(QStringLiteral("bob"), many.id, true, {}).ok());
    d = t->ws().requests().details(QStringLiteral("ap1"), many.id);
    QCOMPARE(d->approvers.phase, -1);
    QVERIFY(!requestAsText(*d).contains(QLatin1String("Can approve:")));
}

QTEST_GUILESS_MAIN(TestNotify)
#include "tst_notify.moc"
