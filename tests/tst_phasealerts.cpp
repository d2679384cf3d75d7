#include <QtTest>
#include <core/audit/auditevents.h>
#include <core/notify/notifier.h>
#include <core/views/requestjson.h>
#include <core/views/requesttext.h>
#include <support/testworkspace.h>

using namespace cs;

// Issue 16, reminders, escalation and the timeout outcome, driven by the manual clock: the policy's
// settings and their errors; a reminder to the undecided approvers only, once, even from two agents;
// a fallback group that counts after its escalation and not before, recorded in the request and the
// audit log; a timeout that rejects, or escalates with a new deadline, instead of a plain expiry.
class TestPhaseAlerts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void policySettingsParseAndRoundTrip();
    void policySettingsErrors_data();
    void policySettingsErrors();
    void reminderGoesToUndecidedApproversOnce();
    void twoAgentsRemindOnce();
    void fallbackGroupCountsAfterEscalationNotBefore();
    void timeoutRejectsInsteadOfExpiring();
    void aLateDecisionAppliesTheTimeoutOutcomeToo();
    void timeoutEscalatesOnceWithANewDeadline();
    void anEscalationToAGroupThatDoesNotExistIsRefused();
    void whoCanApproveFromTheCandidatesIsWhoCanApproveFromEveryone_data();
    void whoCanApproveFromTheCandidatesIsWhoCanApproveFromEveryone();

private:
    Request submit(const QByteArray& policy);
    void hours(int n) { t->clock.advanceSecs(qint64(n) * 3600); }
    int runDue(Workspace& ws);
    QStringList told(qint64 requestId); // "event:recipient", e-mail rows only
    QStringList auditEvents(qint64 requestId);
    std::unique_ptr<TestWorkspace> t;
};

void TestPhaseAlerts::init()
{
    t = std::make_unique<TestWorkspace>();
    buildStandardDirectory(*t);
}

void TestPhaseAlerts::cleanup()
{
    t.reset();
}

Request TestPhaseAlerts::submit(const QByteArray& policy)
{
    t->action(actionWithPolicy(policy));
    SubmitInput in { QStringLiteral("act"),
                     { { QStringLiteral("note"), QStringLiteral("x") },
                       { QStringLiteral("pin"), QStringLiteral("p") } },
                     { QStringLiteral("test1") },
                     QStringLiteral("because"),
                     {} };
    auto r = t->ws().requests().submit(QStringLiteral("req"), in, SubmitMode::RequestApproval);
    if (!r.ok())
        qFatal("submit failed: %s", qPrintable(r.error().message));
    return *r;
}

int TestPhaseAlerts::runDue(Workspace& ws)
{
    auto done = ws.phaseAlerts().runDue(QStringLiteral("root"));
    if (!done.ok())
        qFatal("runDue: %s", qPrintable(done.error().message));
    return *done;
}

QStringList TestPhaseAlerts::told(qint64 requestId)
{
    if (auto expanded = t->ws().notify().expandEvents(1000); !expanded.ok())
        qFatal("expand: %s", qPrintable(expanded.error().message));
    auto rows = t->ws().notify().outbox(QStringLiteral("root"));
    if (!rows.ok())
        qFatal("outbox: %s", qPrintable(rows.error().message));
    QStringList out;
    for (const OutboxRow& r : *rows)
        if (r.requestId == requestId && r.channel == NoticeChannel::Email)
            out << r.event + QLatin1Char(':') + r.recipient;
    return out;
}

QStringList TestPhaseAlerts::auditEvents(qint64 requestId)
{
    auto entries = t->ws().audit().entries(requestId);
    if (!entries.ok())
        qFatal("audit: %s", qPrintable(entries.error().message));
    QStringList out;
    for (const AuditEntry& e : *entries)
        out << e.event;
    return out;
}

void TestPhaseAlerts::policySettingsParseAndRoundTrip()
{
    const QByteArray json = R"({"deadlineHours":48,"timeout":{"outcome":"escalate","group":"security","extendHours":12},
        "rules":[{"name":"default","phases":[{"name":"Tech","approve":{"group":"approvers"},
        "reminder":{"beforeDeadlineHours":6,"afterHours":8},"escalation":{"afterHours":24,"group":"security"}}]}]})";
    auto p = Policy::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY2(p.ok(), qPrintable(p.error().message));
    const Phase& phase = p->rules.first().phases.first();
    QCOMPARE(phase.reminder.beforeDeadlineHours, 6);
    QCOMPARE(phase.reminder.afterHours, 8);
    QCOMPARE(phase.escalation.afterHours, 24);
    QCOMPARE(phase.escalation.group, QStringLiteral("security"));
    QCOMPARE(p->timeout.kind, TimeoutOutcome::Kind::Escalate);
    QCOMPARE(p->timeout.extendHours, 12);
    QVERIFY(p->referencedGroups().contains(QStringLiteral("security")));
    auto again = Policy::fromJson(p->toJson());
    QVERIFY(again.ok());
    QCOMPARE(again->toJson(), p->toJson());
    // A simple-mode policy takes a timeout too.
    auto simple = Policy::fromJson(
        QJsonDocument::fromJson(R"({"approverGroups":["approvers"],"timeout":{"outcome":"reject"}})").object());
    QVERIFY2(simple.ok(), qPrintable(simple.error().message));
    QCOMPARE(simple->timeout.kind, TimeoutOutcome::Kind::Reject);
    QCOMPARE(simple->toJson().value(QStringLiteral("timeout")).toObject().value(QStringLiteral("outcome")),
             QJsonValue(QStringLiteral("reject")));
    // A phase without the settings writes none of them (older request digests stay as they were).
    auto plain = Phase::fromJson(QJsonDocument::fromJson(R"({"approve":{"group":"a"}})").object(), 0);
    QVERIFY(plain.ok());
    QVERIFY(!plain->toJson().contains(QStringLiteral("reminder")));
    QVERIFY(!plain->toJson().contains(QStringLiteral("escalation")));
}

void TestPhaseAlerts::policySettingsErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    const auto phase = [](const char* extra) -> QByteArray {
        return QByteArray(R"({"rules":[{"name":"d","phases":[{"approve":{"group":"a"},)") + extra + QByteArray("}]}]}");
    };
    QTest::newRow("auto-approve") << QByteArray(R"({"approverGroups":["a"],"timeout":{"outcome":"approve"}})")
                                  << QStringLiteral("approving on timeout is not offered");
    QTest::newRow("unknown outcome") << QByteArray(R"({"approverGroups":["a"],"timeout":{"outcome":"ignore"}})")
                                     << QStringLiteral("\"outcome\" must be");
    QTest::newRow("escalate without group")
        << QByteArray(R"({"approverGroups":["a"],"timeout":{"outcome":"escalate","extendHours":3}})")
        << QStringLiteral("needs a \"group\"");
    QTest::newRow("escalate without hours")
        << QByteArray(R"({"approverGroups":["a"],"timeout":{"outcome":"escalate","group":"b"}})")
        << QStringLiteral("\"extendHours\"");
    QTest::newRow("reject with extra") << QByteArray(R"({"approverGroups":["a"],"timeout":{"outcome":"reject","x":1}})")
                                       << QStringLiteral("unknown field \"x\"");
    QTest::newRow("reminder unknown field")
        << phase(R"("reminder":{"everyHours":3})") << QStringLiteral("unknown field \"everyHours\"");
    QTest::newRow("reminder empty") << phase(R"("reminder":{})") << QStringLiteral("needs \"beforeDeadlineHours\"");
    QTest::newRow("reminder hours") << phase(R"("reminder":{"afterHours":0})")
                                    << QStringLiteral("whole number of hours");
    QTest::newRow("escalation without group")
        << phase(R"("escalation":{"afterHours":3})") << QStringLiteral("needs a \"group\"");
    QTest::newRow("escalation unknown field")
        << phase(R"("escalation":{"afterHours":3,"group":"b","to":"c"})") << QStringLiteral("unknown field \"to\"");
    QTest::newRow("automatic phase") << QByteArray(
        R"({"rules":[{"name":"d","phases":[{"approve":{"automatic":true},"reminder":{"afterHours":1}}]}]})")
                                     << QStringLiteral("nobody to remind");
}

void TestPhaseAlerts::policySettingsErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    QVERIFY2(doc.isObject(), json.constData());
    auto p = Policy::fromJson(doc.object());
    QVERIFY(!p.ok());
    QVERIFY2(p.error().message.contains(message), qPrintable(p.error().message));
}

void TestPhaseAlerts::reminderGoesToUndecidedApproversOnce()
{
    const Request r = submit(R"({"rules":[{"name":"d","phases":[{"name":"Tech","approve":{"group":"approvers"},
        "quorum":2,"reminder":{"afterHours":8}}]}]})");
    QVERIFY(t->ws().requests().decide(QStringLiteral("bob"), r.id, true, {}).ok());
    // show names the next reminder (submitted 09:00, 8 h later) and the phase's setting.
    auto details = t->ws().requests().details(QStringLiteral("req"), r.id);
    QVERIFY(details.ok());
    const QString text = requestAsText(*details, std::nullopt, std::nullopt);
    QVERIFY2(text.contains(QStringLiteral("Next reminder: 2026-01-05T17:00:00Z")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("a reminder after 8 h without a decision")), qPrintable(text));
    hours(7);
    QCOMPARE(runDue(t->ws()), 0);
    QVERIFY(!told(r.id).contains(QStringLiteral("reminder:alice")));
    hours(2);
    QCOMPARE(runDue(t->ws()), 1);
    QCOMPARE(runDue(t->ws()), 0);
    hours(5);
    QCOMPARE(runDue(t->ws()), 0);
    const QStringList mails = told(r.id).filter(QStringLiteral("reminder:"));
    // alice has not decided; bob has, and req asked: neither is reminded.
    QCOMPARE(mails, QStringList { QStringLiteral("reminder:alice") });
    QCOMPARE(auditEvents(r.id).count(QString(AuditEvent::RequestReminded)), 1);
}

void TestPhaseAlerts::twoAgentsRemindOnce()
{
    const Request r = submit(R"({"rules":[{"name":"d","phases":[{"name":"Tech","approve":{"group":"approvers"},
        "reminder":{"beforeDeadlineHours":24}}]}]})");
    auto other = t->openAnother();
    hours(72 - 23);
    // Both found it due; one did it, the other found it done.
    QCOMPARE(runDue(t->ws()) + runDue(*other), 1);
    QCOMPARE(auditEvents(r.id).count(QString(AuditEvent::RequestReminded)), 1);
    QCOMPARE(told(r.id).filter(QStringLiteral("reminder:")),
             (QStringList { QStringLiteral("reminder:alice"), QStringLiteral("reminder:bob") }));
}

void TestPhaseAlerts::fallbackGroupCountsAfterEscalationNotBefore()
{
    const Request r = submit(R"({"rules":[{"name":"d","phases":[{"name":"Tech","approve":{"group":"approvers"},
        "escalation":{"afterHours":24,"group":"security"}}]}]})");
    hours(23);
    QCOMPARE(runDue(t->ws()), 0);
    auto before = t->ws().requests().decide(QStringLiteral("carol"), r.id, true, {});
    QVERIFY(!before.ok());
    QCOMPARE(before.error().code, Error::Code::Forbidden);
    auto incoming = t->ws().requests().incoming(QStringLiteral("carol"));
    QVERIFY(incoming.ok() && incoming->requests.isEmpty());

    hours(2);
    QCOMPARE(runDue(t->ws()), 1);
    QCOMPARE(runDue(t->ws()), 0);
    // Recorded in the request (show --json, show) and the audit log.
    auto details = t->ws().requests().details(QStringLiteral("req"), r.id);
    QVERIFY2(details.ok(), qPrintable(details.error().message));
    const QJsonArray escalations = Json::request(details->request).value(QStringLiteral("escalations")).toArray();
    QCOMPARE(escalations.size(), 1);
    QCOMPARE(escalations.first().toObject().value(QStringLiteral("group")), QJsonValue(QStringLiteral("security")));
    QCOMPARE(escalations.first().toObject().value(QStringLiteral("phase")), QJsonValue(1));
    QVERIFY(requestAsText(*details, std::nullopt, std::nullopt)
                .contains(QStringLiteral("Escalated:  phase 1 to security at 2026-01-06T10:00:00Z")));
    QVERIFY(details->approvers.logins.contains(QStringLiteral("carol")));
    QVERIFY(auditEvents(r.id).contains(QString(AuditEvent::RequestEscalated)));
    // The fallback group is told, and the requester; nobody else gets an escalation mail.
    QCOMPARE(told(r.id).filter(QStringLiteral("escalated:")),
             (QStringList { QStringLiteral("escalated:carol"), QStringLiteral("escalated:req") }));
    incoming = t->ws().requests().incoming(QStringLiteral("carol"));
    QVERIFY(incoming.ok());
    QCOMPARE(incoming->requests.size(), 1);

    auto after = t->ws().requests().decide(QStringLiteral("carol"), r.id, true, QStringLiteral("covering"));
    QVERIFY2(after.ok(), qPrintable(after.error().message));
    QCOMPARE(after->state, RequestState::Approved);
    // The executor's re-check counts the same votes the same way.
    auto loaded = t->ws().requestStore().load(r.id);
    auto decisions = t->ws().requestStore().decisions(r.id);
    QVERIFY(loaded.ok() && decisions.ok());
    QVERIFY(RequestService::verifyApproval(*loaded, *decisions).ok());
    loaded->escalations.clear();
    QVERIFY(!RequestService::verifyApproval(*loaded, *decisions).ok());
}

void TestPhaseAlerts::timeoutRejectsInsteadOfExpiring()
{
    const Request r = submit(R"({"deadlineHours":10,"timeout":{"outcome":"reject"},"approverGroups":["approvers"]})");
    hours(9);
    auto none = t->ws().requests().expireDue(QStringLiteral("root"));
    QVERIFY(none.ok() && none->isEmpty());
    hours(2);
    auto due = t->ws().requests().expireDue(QStringLiteral("root"));
    QVERIFY2(due.ok(), due.ok() ? "" : qPrintable(due.error().message));
    QCOMPARE(*due, QList<qint64> { r.id });
    auto loaded = t->ws().requestStore().load(r.id);
    QCOMPARE(loaded->state, RequestState::Rejected);
    const QStringList events = auditEvents(r.id);
    QVERIFY(events.contains(QString(AuditEvent::RequestRejected)));
    QVERIFY(!events.contains(QString(AuditEvent::RequestExpired)));
    QVERIFY(told(r.id).contains(QStringLiteral("rejected:req")));
}

void TestPhaseAlerts::aLateDecisionAppliesTheTimeoutOutcomeToo()
{
    const Request r = submit(R"({"deadlineHours":10,"timeout":{"outcome":"reject"},"approverGroups":["approvers"]})");
    hours(11);
    auto late = t->ws().requests().decide(QStringLiteral("bob"), r.id, true, {});
    QVERIFY(!late.ok());
    QVERIFY2(late.error().message.contains(QStringLiteral("was rejected, as its policy says")),
             qPrintable(late.error().message));
    QCOMPARE(t->ws().requestStore().load(r.id)->state, RequestState::Rejected);
}

void TestPhaseAlerts::timeoutEscalatesOnceWithANewDeadline()
{
    const Request r = submit(R"({"deadlineHours":10,"timeout":{"outcome":"escalate","group":"security","extendHours":5},
        "approverGroups":["approvers"]})");
    QVERIFY(!t->ws().requests().decide(QStringLiteral("carol"), r.id, true, {}).ok());
    hours(11);
    auto due = t->ws().requests().expireDue(QStringLiteral("root"));
    QVERIFY(due.ok());
    QVERIFY(due->isEmpty()); // still pending: escalated, not expired
    auto loaded = t->ws().requestStore().load(r.id);
    QCOMPARE(loaded->state, RequestState::Pending);
    // The group gets its hours from when the timeout was applied.
    QCOMPARE(loaded->extendedDeadline, t->clock.nowMs() + qint64(5) * 3600 * 1000);
    QCOMPARE(loaded->escalations.size(), 1);
    QCOMPARE(loaded->escalations.first().reason, QStringLiteral("timeout"));
    // Once: the sweep again does nothing more.
    QVERIFY(t->ws().requests().expireDue(QStringLiteral("root"))->isEmpty());
    QCOMPARE(auditEvents(r.id).count(QString(AuditEvent::RequestEscalated)), 1);
    auto forCarol = t->ws().requests().details(QStringLiteral("carol"), r.id);
    QVERIFY2(forCarol.ok(), qPrintable(forCarol.error().message));
    QVERIFY2(forCarol->eligibility.canDecide, qPrintable(forCarol->eligibility.reason));
    hours(5);
    auto expired = t->ws().requests().expireDue(QStringLiteral("root"));
    QVERIFY(expired.ok());
    QCOMPARE(*expired, QList<qint64> { r.id });
    QCOMPARE(t->ws().requestStore().load(r.id)->state, RequestState::Expired);
}

void TestPhaseAlerts::anEscalationToAGroupThatDoesNotExistIsRefused()
{
    for (const QByteArray& policy :
         { QByteArray(
               R"({"approverGroups":["approvers"],"timeout":{"outcome":"escalate","group":"nosuch","extendHours":2}})"),
           QByteArray(R"({"rules":[{"name":"d","phases":[{"approve":{"group":"approvers"},
               "escalation":{"afterHours":2,"group":"nosuch"}}]}]})") }) {
        auto file = ActionFile::parse(actionWithPolicy(policy));
        QVERIFY2(file.ok(), file.ok() ? "" : qPrintable(file.error().message));
        auto imported = t->ws().admin().importAction(QStringLiteral("root"), *file);
        QVERIFY(!imported.ok());
        QVERIFY2(imported.error().message.contains(QStringLiteral("\"nosuch\"")), qPrintable(imported.error().message));
    }
}

void TestPhaseAlerts::whoCanApproveFromTheCandidatesIsWhoCanApproveFromEveryone_data()
{
    QTest::addColumn<QByteArray>("approve");
    QTest::addColumn<QString>("target");
    QTest::newRow("group") << QByteArray(R"({"group":"approvers"})") << QStringLiteral("test1");
    QTest::newRow("manager") << QByteArray(R"({"manager":true})") << QStringLiteral("test1");
    QTest::newRow("owner") << QByteArray(R"({"owner":true})") << QStringLiteral("prod1");
    QTest::newRow("role") << QByteArray(R"({"role":"admin"})") << QStringLiteral("test1");
    QTest::newRow("user or group") << QByteArray(R"({"any":[{"user":"carol"},{"group":"approvers"}]})")
                                   << QStringLiteral("test1");
    QTest::newRow("group but not bob") << QByteArray(R"({"all":[{"group":"approvers"},{"not":{"user":"bob"}}]})")
                                       << QStringLiteral("test1");
    QTest::newRow("member of two groups")
        << QByteArray(R"({"all":[{"group":"approvers"},{"group":"mixed"}]})") << QStringLiteral("test1");
}

// The hot-path read (only the people the open phase names) answers exactly as reading everyone did.
void TestPhaseAlerts::whoCanApproveFromTheCandidatesIsWhoCanApproveFromEveryone()
{
    QFETCH(QByteArray, approve);
    QFETCH(QString, target);
    t->action(actionWithPolicy(R"({"rules":[{"name":"d","phases":[{"name":"P","approve":)" + approve
                               + R"(,"samePersonMaySatisfyAll":true}]}]})"));
    SubmitInput in { QStringLiteral("act"),
                     { { QStringLiteral("note"), QStringLiteral("x") },
                       { QStringLiteral("pin"), QStringLiteral("p") } },
                     { target },
                     QStringLiteral("because"),
                     {} };
    auto r = t->ws().requests().submit(QStringLiteral("req"), in, SubmitMode::RequestApproval);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    auto everyone = DirectoryFacts::load(t->ws().directory());
    auto candidates
        = DirectoryFacts::loadCandidates(t->ws().directory(), r->effectivePhase(r->phase), r->requester, r->targets);
    QVERIFY(everyone.ok() && candidates.ok());
    const qint64 now = t->clock.nowMs();
    const QStringList expected = openPhaseApprovers(*r, {}, *everyone, now).logins;
    QVERIFY(!expected.isEmpty());
    QCOMPARE(openPhaseApprovers(*r, {}, *candidates, now).logins, expected);
    QVERIFY(candidates->activeLogins().size() < everyone->activeLogins().size());
}

QTEST_GUILESS_MAIN(TestPhaseAlerts)
#include "tst_phasealerts.moc"
