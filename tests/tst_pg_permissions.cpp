// PostgreSQL enforcing identity and permissions itself, through real login roles: each person
// connects as their own role and tries what Countersign would never do for them.
#include <QProcess>
#include <QUrl>
#include <QtTest>
#include <core/admin/workflowservice.h>
#include <core/requests/savedfilters.h>
#include <core/storage/postgressetup.h>
#include <support/testworkspace.h>

using namespace cs;

class TestPgPermissions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void identityIsTheDatabaseRole();
    void peopleCannotDoBehindCountersignsBack_data();
    void peopleCannotDoBehindCountersignsBack();
    void aRevokeIsOnlyBroughtForwardByThoseInvolved();
    void theNormalFlowWorksAsRealRoles();
    void onlyAgentsClaimAndReadSecrets();
    void peopleWhoEndARequestDeleteItsSecrets();
    void agentsOnlyRunRequests();
    void adminsCreateLoginRoles();
    void cliRefusesAsAndUsesTheRole();
    void delegationsAsRealRoles();
    void feedbackIsOwnAndOnReadableRequests();
    void onlyAdminsWriteWorkflows(); // issue 19
    void beneficiaryAndDelegateReadAsRealRoles(); // issue 17
    void savedFiltersAreEachPersonsOwn(); // issue 20
    void anExtendedDeadlineIsTheOneThatExpires();
    void aRefusedPasswordIsToldByTheServersCodeNotItsWords();
    void accessReviewsAsRealRoles(); // issue 15, migration 20
    void aWebhookDecidesOnlyThroughTheAgentsWithItsToken(); // issue 17

private:
    std::unique_ptr<Workspace> as(const QString& login);
    QString urlFor(const QString& login) const;
    qint64 aliceRequest();

    std::unique_ptr<TestWorkspace> t;
    std::unique_ptr<Workspace> alice;
    std::unique_ptr<Workspace> bob;
};

static const QString kPassword = QStringLiteral("role-password-1");

QString TestPgPermissions::urlFor(const QString& login) const
{
    QUrl url(t->path());
    url.setUserName(login);
    return url.toString();
}

std::unique_ptr<Workspace> TestPgPermissions::as(const QString& login)
{
    auto ws = Workspace::open(urlFor(login), t->clock, kPassword);
    if (!ws.ok())
        qFatal("cannot connect as %s: %s", qPrintable(login), qPrintable(ws.error().message));
    return std::move(ws).value();
}

void TestPgPermissions::initTestCase()
{
    if (!TestWorkspace::onPostgres())
        QSKIP("PostgreSQL only");
    t = std::make_unique<TestWorkspace>();
    t->clock.set(QDateTime::currentDateTimeUtc()); // the database's guards use its own clock
    TestWorkspace::must(PostgresSetup::apply(t->db()), "setup");
    for (const char* g : { "perm_helpdesk", "perm_approvers" })
        t->group(QString::fromLatin1(g));
    t->user(QStringLiteral("perm_alice"), { QStringLiteral("perm_helpdesk") });
    t->user(QStringLiteral("perm_bob"), { QStringLiteral("perm_approvers") });
    t->user(QStringLiteral("perm_agent"), {}, {}, { QStringLiteral("agent") });
    t->user(QStringLiteral("perm_dana"));
    t->user(QStringLiteral("perm_outsider")); // in no group: named by no request
    for (const char* role : { "perm_alice", "perm_bob", "perm_agent", "perm_dana", "perm_outsider" })
        if (!t->db().exec(QStringLiteral("ALTER ROLE %1 PASSWORD '%2'").arg(QLatin1String(role), kPassword)).ok())
            qFatal("cannot set a password");
    TestWorkspace::must(
        t->ws().admin().addTarget(
            QStringLiteral("root"),
            { QStringLiteral("perm_t1"), QStringLiteral("server"), QStringLiteral("http://127.0.0.1:1"), {}, {}, 0 }),
        "target");
    t->action(
        R"({ "name": "perm-act", "script": "echo hi", "requesterGroups": ["perm_helpdesk"], "targets": ["perm_t1"],
                   "parameters": [ { "name": "n", "type": "integer" }, { "name": "pin", "type": "secret" } ],
                   "policy": { "approvalRequired": true, "approverGroups": ["perm_approvers"] } })");
    // Approval webhooks (issue 17): one registered, for the rows people try to forge below.
    TestWorkspace::must(t->ws().approvalWebhooks().add(
                            QStringLiteral("root"),
                            { QStringLiteral("perm-hook"), QStringLiteral("http://127.0.0.1:9/approve"), {}, {}, {} }),
                        "approval webhook");
    alice = as(QStringLiteral("perm_alice"));
    bob = as(QStringLiteral("perm_bob"));
}

void TestPgPermissions::cleanupTestCase()
{
    alice.reset();
    bob.reset();
    t.reset();
}

qint64 TestPgPermissions::aliceRequest()
{
    auto r
        = alice->requests().submit(QStringLiteral("perm_alice"),
                                   { QStringLiteral("perm-act"),
                                     { { QStringLiteral("n"), 1 }, { QStringLiteral("pin"), QStringLiteral("0000") } },
                                     { QStringLiteral("perm_t1") },
                                     QStringLiteral("as myself") },
                                   SubmitMode::RequestApproval);
    if (!r.ok())
        qFatal("alice cannot submit as herself: %s", qPrintable(r.error().message));
    return r->id;
}

void TestPgPermissions::identityIsTheDatabaseRole()
{
    QCOMPARE(*alice->database().currentUser(), QStringLiteral("perm_alice"));
    QCOMPARE(*bob->database().currentUser(), QStringLiteral("perm_bob"));
}

void TestPgPermissions::peopleCannotDoBehindCountersignsBack_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("refusal");
    QTest::newRow("insert a decision as someone else")
        << "INSERT INTO decisions (request_id, phase, approver, verdict, basis, request_digest, decided_at) VALUES "
           "(%1, 0, 'perm_bob', 'approve', '[]', 'x', 0)"
        << "row-level security";
    QTest::newRow("hand someone else's approvals to oneself")
        << "INSERT INTO delegations (delegator, delegate, starts_at, ends_at, created_by, created_at) VALUES "
           "('perm_bob', 'perm_alice', 0, 9999999999999, 'perm_alice', 0)"
        << "row-level security";
    QTest::newRow("change an approved request's parameters")
        << "UPDATE requests SET parameters = '{\"n\":999}' WHERE id = %1"
        << "permission denied";
    QTest::newRow("approve via SQL") << "UPDATE requests SET state = 'approved', phase = 1 WHERE id = %1"
                                     << "may not move request";
    QTest::newRow("vote for oneself, then approve")
        << "INSERT INTO decisions (request_id, phase, approver, verdict, basis, request_digest, decided_at) VALUES "
           "(%1, 0, 'perm_alice', 'approve', '[]', 'x', 0)"
        << "may not decide request";
    QTest::newRow("edit an action") << "UPDATE action_versions SET definition = '{}' WHERE action = 'perm-act'"
                                    << "permission denied";
    QTest::newRow("change a policy") << "INSERT INTO action_policies (action, revision, policy, created_by, "
                                        "created_at) VALUES ('perm-act', 9, '{}', 'perm_alice', 0)"
                                     << "permission denied";
    // Workflows (issue 19): people read them (submit resolves them) but never write them.
    QTest::newRow("create a workflow") << "INSERT INTO workflows (name, current_revision, created_at) VALUES "
                                          "('perm-wf', 1, 0)"
                                       << "permission denied";
    QTest::newRow("add a workflow revision") << "INSERT INTO workflow_revisions (workflow, revision, policy, "
                                                "created_by, created_at) VALUES ('perm-wf', 1, '{}', 'perm_alice', 0)"
                                             << "permission denied";
    // What the desktop's Set as default and Archive write (issue 19's Workflows page).
    QTest::newRow("make a workflow the default") << "UPDATE workflows SET is_default = 1 WHERE name = 'perm-wf'"
                                                 << "permission denied";
    QTest::newRow("archive a workflow") << "UPDATE workflows SET archived = 1 WHERE name = 'perm-wf'"
                                        << "permission denied";
    QTest::newRow("rewrite a workflow revision") << "UPDATE workflow_revisions SET policy = '{}' WHERE workflow = "
                                                    "'perm-wf'"
                                                 << "permission denied";
    QTest::newRow("join the approvers")
        << "INSERT INTO group_members (group_name, login) VALUES ('perm_approvers', 'perm_alice')"
        << "permission denied";
    // Time-bound access: people move only an early revoke's due time, never its outcome.
    QTest::newRow("schedule a revocation by hand")
        << "INSERT INTO revocations (request_id, due_at, next_attempt_at) VALUES (%1, 0, 0)"
        << "permission denied";
    QTest::newRow("mark a revoke done") << "UPDATE revocations SET state = 'done' WHERE request_id = %1"
                                        << "permission denied";
    QTest::newRow("stretch a grant") << "UPDATE requests SET active_until = 1 WHERE id = %1"
                                     << "may not move request";
    QTest::newRow("delete an audit row") << "DELETE FROM audit_log WHERE request_id = %1"
                                         << "permission denied";
    QTest::newRow("rewrite an audit row") << "UPDATE audit_log SET actor = 'someone' WHERE request_id = %1"
                                          << "permission denied";
    QTest::newRow("write audit in another name") << "INSERT INTO audit_log (seq, at, actor, event, payload, prev_hash, "
                                                    "hash) VALUES (999999, 0, 'perm_bob', 'x', '{}', '', '')"
                                                 << "row-level security";
    QTest::newRow("read request secrets") << "SELECT value FROM request_secrets WHERE request_id = %1"
                                          << "permission denied";
    // Issue 16: only the agents' schedule (or a passed deadline the policy escalates) adds approvers.
    QTest::newRow("escalate to friends") << "UPDATE requests SET escalations = '[{\"phase\":0,\"group\":\"x\"}]' "
                                            "WHERE id = %1"
                                         << "permission denied";
    QTest::newRow("extend one's deadline") << "UPDATE requests SET deadline_extended = 1 WHERE id = %1"
                                           << "permission denied";
    QTest::newRow("claim a reminder") << "INSERT INTO phase_alerts (request_id, phase, kind, done_at, done_by) "
                                         "VALUES (%1, 0, 'reminder_after', 0, 'perm_alice')"
                                      << "permission denied";
    QTest::newRow("reject on timeout before the deadline") << "UPDATE requests SET state = 'rejected' WHERE id = %1"
                                                           << "may not move request";
    QTest::newRow("claim an execution")
        << "INSERT INTO executions (request_id, agent, state, claimed_at) VALUES (%1, 'perm_alice', 'running', 0)"
        << "permission denied";
    // Service accounts (issue 17): only admins make them and their tokens; people cannot read the hashes.
    QTest::newRow("make oneself a service account")
        << "INSERT INTO service_accounts (login, created_by, created_at) VALUES ('perm_alice', 'perm_alice', 0)"
        << "permission denied";
    QTest::newRow("issue oneself an API token") << "INSERT INTO api_tokens (login, name, token_hash, created_by, "
                                                   "created_at) VALUES ('perm_alice', 'x', 'x', 'perm_alice', 0)"
                                                << "permission denied";
    QTest::newRow("read the token hashes") << "SELECT token_hash FROM api_tokens"
                                           << "permission denied";
    // Approval webhooks (issue 17): admins register them, the agents keep the reply tokens and record
    // a webhook's answer; a person can neither plant a webhook nor a token, nor decide in its name.
    QTest::newRow("register an approval webhook")
        << "INSERT INTO approval_webhooks (name, url, created_at) VALUES ('perm-mine', 'http://127.0.0.1:9/', 0)"
        << "permission denied";
    QTest::newRow("point a webhook elsewhere") << "UPDATE approval_webhooks SET url = 'http://127.0.0.1:9/mine'"
                                               << "permission denied";
    QTest::newRow("mint a webhook reply token")
        << "INSERT INTO approval_webhook_tokens (token_hash, request_id, phase, webhook, issued_at, used_at) "
           "VALUES ('x', %1, 0, 'perm-hook', 0, 1)"
        << "permission denied";
    QTest::newRow("read the reply token hashes") << "SELECT token_hash FROM approval_webhook_tokens"
                                                 << "permission denied";
    QTest::newRow("decide as an approval webhook")
        << "INSERT INTO decisions (request_id, phase, approver, verdict, basis, request_digest, decided_at) VALUES "
           "(%1, 0, 'webhook:perm-hook', 'approve', '[]', 'x', 0)"
        << "row-level security";
}

void TestPgPermissions::peopleCannotDoBehindCountersignsBack()
{
    QFETCH(QString, sql);
    QFETCH(QString, refusal);
    const qint64 id = aliceRequest();
    auto attempt = alice->database().exec(QString(sql).replace(QStringLiteral("%1"), QString::number(id)));
    QVERIFY2(!attempt.ok(), "PostgreSQL accepted it");
    QVERIFY2(attempt.error().message.contains(refusal), qPrintable(attempt.error().message));
    auto r = t->ws().requestStore().load(id); // read back by the owner: nothing changed
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->state, RequestState::Pending);
    QCOMPARE(t->ws().requestStore().decisions(id)->size(), 0);
    QVERIFY(t->ws().audit().verify()->intact);
}

void TestPgPermissions::aRevokeIsOnlyBroughtForwardByThoseInvolved()
{
    const qint64 id = aliceRequest();
    const qint64 later = QDateTime::currentMSecsSinceEpoch() + 8 * 3600 * 1000;
    // The agent's side, as the owner: an active grant whose revoke waits for T.
    QVERIFY(t->db()
                .exec(QStringLiteral("INSERT INTO revocations (request_id, due_at, next_attempt_at) VALUES (?, ?, ?)"),
                      { id, later, later })
                .ok());
    const auto row = [&] {
        auto q = t->db().exec(QStringLiteral("SELECT due_at, early_by FROM revocations WHERE request_id = ?"), { id });
        return q.ok() && q->next() ? QStringLiteral("%1 %2").arg(q->value(0).toLongLong()).arg(q->value(1).toString())
                                   : QStringLiteral("unreadable");
    };
    const QString untouched = row();
    // Postponing one's own grant, or signing someone else's name, is refused by the database.
    auto postpone = alice->database().exec(
        QStringLiteral("UPDATE revocations SET due_at = ?, next_attempt_at = ?, early_by = 'perm_alice' "
                       "WHERE request_id = ?"),
        { later * 10, later * 10, id });
    QVERIFY(!postpone.ok());
    QVERIFY2(postpone.error().message.contains(QLatin1String("row-level security")),
             qPrintable(postpone.error().message));
    auto forged = alice->database().exec(
        QStringLiteral("UPDATE revocations SET due_at = 0, next_attempt_at = 0, early_by = 'perm_bob' "
                       "WHERE request_id = ?"),
        { id });
    QVERIFY(!forged.ok());
    // Someone not involved sees no row to change.
    auto dana = as(QStringLiteral("perm_dana"));
    QVERIFY(dana->database()
                .exec(QStringLiteral("UPDATE revocations SET due_at = 0, next_attempt_at = 0, early_by = 'perm_dana' "
                                     "WHERE request_id = ?"),
                      { id })
                .ok());
    QCOMPARE(row(), untouched);
    // Nor reads it: a revoke is read by those who may read its request.
    const auto visibleTo = [&](Workspace& ws) {
        auto q = ws.database().exec(QStringLiteral("SELECT count(*) FROM revocations WHERE request_id = ?"), { id });
        return q.ok() && q->next() ? q->value(0).toInt() : -1;
    };
    QCOMPARE(visibleTo(*dana), 0);
    QCOMPARE(visibleTo(*alice), 1);
    // A review decision is written only in one's own name, on a request one may read.
    const auto review = [&](Workspace& ws, const QString& reviewer) {
        return ws.database()
            .exec(QStringLiteral("INSERT INTO grant_reviews (request_id, reviewer, decision, comment, created_at) "
                                 "VALUES (?, ?, 'keep', 'x', 0)"),
                  { id, reviewer })
            .ok();
    };
    QVERIFY(!review(*alice, QStringLiteral("perm_bob")));
    QVERIFY(!review(*dana, QStringLiteral("perm_dana")));
    // The grant is active (the agent's side, as the owner); nobody ends it before a revoke names them.
    QVERIFY(
        t->db()
            .exec(QStringLiteral("UPDATE requests SET state = 'active', active_until = ? WHERE id = ?"), { later, id })
            .ok());
    auto unsigned_ = alice->database().exec(QStringLiteral("UPDATE requests SET active_until = ? WHERE id = ?"),
                                            { QDateTime::currentMSecsSinceEpoch(), id });
    QVERIFY(!unsigned_.ok());
    QVERIFY2(unsigned_.error().message.contains(QLatin1String("may not move request")),
             qPrintable(unsigned_.error().message));
    // Only an admin or an approver of the grant reviews it: not its requester, who may read it.
    QVERIFY(!review(*alice, QStringLiteral("perm_alice")));
    QVERIFY(!review(*bob, QStringLiteral("perm_bob")));
    QVERIFY(t->db()
                .exec(QStringLiteral("INSERT INTO decisions (request_id, phase, approver, verdict, basis, "
                                     "request_digest, decided_at) VALUES (?, 0, 'perm_bob', 'approve', '[]', 'x', 0)"),
                      { id })
                .ok());
    QVERIFY(review(*bob, QStringLiteral("perm_bob")));
    // The requester revokes early through core as her own role: the revoke is due now, signed by
    // her, and the grant ends now.
    auto revoked = alice->grants().revokeEarly(QStringLiteral("perm_alice"), id, QStringLiteral("done"));
    QVERIFY2(revoked.ok(), qPrintable(revoked.error().message));
    const qint64 now = t->clock.nowMs();
    QCOMPARE(row(), QStringLiteral("%1 perm_alice").arg(now));
    auto ended = t->ws().requestStore().load(id);
    QVERIFY(ended.ok());
    QCOMPARE(ended->activeUntil, now);
    // Nor may she stretch it afterwards.
    auto stretched
        = alice->database().exec(QStringLiteral("UPDATE requests SET active_until = ? WHERE id = ?"), { later, id });
    QVERIFY(!stretched.ok());
}

void TestPgPermissions::theNormalFlowWorksAsRealRoles()
{
    const qint64 id = aliceRequest();
    // bob cannot approve for alice's account, and alice cannot approve her own request:
    auto own = alice->requests().decide(QStringLiteral("perm_alice"), id, true, {});
    QVERIFY(!own.ok());
    auto decided = bob->requests().decide(QStringLiteral("perm_bob"), id, true, QStringLiteral("ok"));
    QVERIFY2(decided.ok(), qPrintable(decided.error().message));
    QCOMPARE(decided->state, RequestState::Approved);
    const Decision d = t->ws().requestStore().decisions(id)->first();
    QCOMPARE(d.approver, QStringLiteral("perm_bob"));
    // A cancel attempt by someone else is refused by core before it reaches the database, and
    // the database would refuse it too:
    auto forged = bob->database().exec(QStringLiteral("UPDATE requests SET state = 'cancelled' WHERE id = ?"), { id });
    QVERIFY(!forged.ok());
    QVERIFY(t->ws().audit().verify()->intact);
}

void TestPgPermissions::onlyAgentsClaimAndReadSecrets()
{
    const qint64 id = aliceRequest();
    QVERIFY(bob->requests().decide(QStringLiteral("perm_bob"), id, true, {}).ok());
    auto byPerson = bob->executions().claim(id, QStringLiteral("perm_bob"), QStringLiteral("x"));
    QVERIFY(!byPerson.ok()); // reading secrets is refused: people never see them
    QVERIFY2(byPerson.error().message.contains(QLatin1String("permission denied")),
             qPrintable(byPerson.error().message));
    auto agent = as(QStringLiteral("perm_agent"));
    auto plan = agent->executions().claim(id, QStringLiteral("perm_agent"), QStringLiteral("x"));
    QVERIFY2(plan.ok(), qPrintable(plan.error().message));
    QCOMPARE(plan->parameters.value(QStringLiteral("pin")).toString(), QStringLiteral("0000"));
    QVERIFY(agent->executions().finish(id, QStringLiteral("perm_agent"), ExecutionState::Succeeded, 0, {}).ok());
    QCOMPARE(t->ws().requestStore().load(id)->state, RequestState::Succeeded);
    QVERIFY(t->ws().audit().verify()->intact);
}

void TestPgPermissions::peopleWhoEndARequestDeleteItsSecrets()
{
    const auto secretsOf = [&](qint64 id) {
        auto q = t->db().exec(QStringLiteral("SELECT COUNT(*) FROM request_secrets WHERE request_id = ?"), { id });
        return q.ok() && q->next() ? q->value(0).toInt() : -1;
    };
    const qint64 pending = aliceRequest();
    QCOMPARE(secretsOf(pending), 1);
    // Not while the request may still run: the row is out of reach, so nothing is deleted.
    QVERIFY(
        alice->database().exec(QStringLiteral("DELETE FROM request_secrets WHERE request_id = ?"), { pending }).ok());
    QCOMPARE(secretsOf(pending), 1);

    QVERIFY(bob->requests().decide(QStringLiteral("perm_bob"), pending, false, QStringLiteral("no")).ok());
    QCOMPARE(secretsOf(pending), 0);
    const qint64 cancelled = aliceRequest();
    QVERIFY(alice->requests().cancel(QStringLiteral("perm_alice"), cancelled).ok());
    QCOMPARE(secretsOf(cancelled), 0);
    QVERIFY(t->ws().audit().verify()->intact);
}

void TestPgPermissions::agentsOnlyRunRequests()
{
    auto agent = as(QStringLiteral("perm_agent"));
    const qint64 id = aliceRequest();
    for (const QString& sql :
         { QStringLiteral(
               "INSERT INTO requests (action, action_version, version_digest, requester, comment, parameters, targets, "
               "policy, "
               "state, phase, phase_count, created_at, deadline, updated_at, digest) SELECT action, action_version, "
               "version_digest, 'perm_agent', comment, parameters, targets, policy, 'approved', 1, phase_count, "
               "created_at, "
               "deadline, updated_at, digest FROM requests WHERE id = %1"),
           QStringLiteral(
               "INSERT INTO decisions (request_id, phase, approver, verdict, basis, request_digest, decided_at) "
               "VALUES (%1, 0, 'perm_agent', 'approve', '[]', 'x', 0)"),
           QStringLiteral("UPDATE requests SET state = 'approved', phase = 1 WHERE id = %1"),
           QStringLiteral("INSERT INTO group_members (group_name, login) VALUES ('perm_approvers', 'perm_agent')") }) {
        auto attempt = agent->database().exec(QString(sql).replace(QStringLiteral("%1"), QString::number(id)));
        QVERIFY2(!attempt.ok(), qPrintable(QStringLiteral("an agent could: ") + sql));
    }
    QCOMPARE(t->ws().requestStore().load(id)->state, RequestState::Pending);
}

void TestPgPermissions::adminsCreateLoginRoles()
{
    auto byAlice = alice->database().exec(QStringLiteral("SELECT countersign_create_person('perm_mallory')"));
    QVERIFY(!byAlice.ok());
    auto exists = t->db().exec(QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = 'perm_mallory'"));
    QVERIFY(exists.ok() && exists->next());
    QCOMPARE(exists->value(0).toInt(), 0);
    t->user(QStringLiteral("perm_carol")); // through AdminService, as an admin
    auto created = t->db().exec(QStringLiteral("SELECT pg_has_role('perm_carol', 'countersign_people', 'member')"));
    QVERIFY(created.ok() && created->next());
    QVERIFY(created->value(0).toBool());
}

void TestPgPermissions::cliRefusesAsAndUsesTheRole()
{
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), kPassword);
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(CS_CLI_PATH),
              { QStringLiteral("--db"), urlFor(QStringLiteral("perm_bob")), QStringLiteral("--as"),
                QStringLiteral("perm_alice"), QStringLiteral("list"), QStringLiteral("outgoing") });
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 1);
    QVERIFY(QString::fromUtf8(cli.readAllStandardError())
                .contains(QLatin1String("--as applies to SQLite workspaces only")));
    cli.start(QStringLiteral(CS_CLI_PATH),
              { QStringLiteral("--db"), urlFor(QStringLiteral("perm_bob")), QStringLiteral("list"),
                QStringLiteral("incoming"), QStringLiteral("--status"), QStringLiteral("any"),
                QStringLiteral("--json") });
    QVERIFY(cli.waitForFinished(30000));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    QVERIFY(cli.readAllStandardOutput().contains("\"requester\": \"perm_alice\""));
}

void TestPgPermissions::delegationsAsRealRoles()
{
    const qint64 now = t->clock.nowMs();
    auto dana = as(QStringLiteral("perm_dana"));
    // Only one's own approvals are handed over (core refuses first; the database too, above).
    QCOMPARE(dana->delegations()
                 .add(QStringLiteral("perm_dana"),
                      { QStringLiteral("perm_bob"), QStringLiteral("perm_dana"), now, now + 3600000 })
                 .error()
                 .code,
             Error::Code::Forbidden);
    auto d
        = bob->delegations().add(QStringLiteral("perm_bob"), { {}, QStringLiteral("perm_dana"), now, now + 3600000 });
    QVERIFY2(d.ok(), qPrintable(d.error().message));
    const qint64 id = aliceRequest();
    // A vote in someone's name needs their delegation: bob holds none of dana's.
    auto forged = bob->database().exec(
        QStringLiteral(
            "INSERT INTO decisions (request_id, phase, approver, decided_by, verdict, basis, request_digest, "
            "decided_at) VALUES (?, 0, 'perm_dana', 'perm_bob', 'approve', '[]', 'x', 0)"),
        { id });
    QVERIFY(!forged.ok());
    QVERIFY2(forged.error().message.contains(QLatin1String("row-level security")), qPrintable(forged.error().message));
    auto decided = dana->requests().decide(QStringLiteral("perm_dana"), id, true, QStringLiteral("for bob"));
    QVERIFY2(decided.ok(), qPrintable(decided.error().message));
    QCOMPARE(decided->state, RequestState::Approved);
    const Decision vote = t->ws().requestStore().decisions(id)->first();
    QCOMPARE(vote.approver, QStringLiteral("perm_bob"));
    QCOMPARE(vote.decidedBy, QStringLiteral("perm_dana"));
    // Someone else's delegation cannot be ended behind Countersign's back: the row is not theirs.
    QVERIFY(alice->database()
                .exec(QStringLiteral("UPDATE delegations SET ended_at = 1, ended_by = 'perm_alice' WHERE id = ?"),
                      { d->id })
                .ok());
    QVERIFY(t->ws().delegations().list(QStringLiteral("root"))->size() == 1);
    auto ended = bob->delegations().end(QStringLiteral("perm_bob"), d->id);
    QVERIFY2(ended.ok(), qPrintable(ended.error().message));
    QVERIFY(t->ws().delegations().list(QStringLiteral("root"))->isEmpty());
    QVERIFY(t->ws().audit().verify()->intact);
}

// Feedback: a person writes only their own, and only on a request they may read.
void TestPgPermissions::feedbackIsOwnAndOnReadableRequests()
{
    const qint64 id = aliceRequest();
    auto mine = bob->requests().giveFeedback(QStringLiteral("perm_bob"), id, { 1, QStringLiteral("fine") });
    QVERIFY2(mine.ok(), qPrintable(mine.error().message));
    QVERIFY(alice->requests()
                .giveFeedback(QStringLiteral("perm_alice"), id, { std::nullopt, QStringLiteral("urgent") })
                .ok());

    auto forged = alice->database().exec(
        QStringLiteral("INSERT INTO request_feedback (request_id, login, vote, comment, updated_at) "
                       "VALUES (?, 'perm_bob', -1, 'not me', 0)"),
        { id });
    QVERIFY(!forged.ok()); // bob already has a row, and it is not alice's to write
    auto rewritten = alice->database().exec(
        QStringLiteral("UPDATE request_feedback SET vote = -1, comment = 'edited' WHERE request_id = ? AND "
                       "login = 'perm_bob'"),
        { id });
    QVERIFY(rewritten.ok()); // no error, but no row of someone else's is visible to change
    auto outsiderDb = as(QStringLiteral("perm_outsider"));
    auto outsider = outsiderDb->database().exec(
        QStringLiteral("INSERT INTO request_feedback (request_id, login, vote, comment, updated_at) "
                       "VALUES (?, 'perm_outsider', 1, '', 0)"),
        { id });
    QVERIFY(!outsider.ok());
    QVERIFY2(outsider.error().message.contains(QLatin1String("row-level security")),
             qPrintable(outsider.error().message));
    auto version = outsiderDb->database().exec(
        QStringLiteral("INSERT INTO request_feedback_versions (request_id, login, comment, written_at) "
                       "VALUES (?, 'perm_bob', 'words in his mouth', 0)"),
        { id });
    QVERIFY(!version.ok());

    auto all = t->ws().requests().feedback(QStringLiteral("root"), id);
    QVERIFY2(all.ok(), qPrintable(all.error().message));
    QCOMPARE(all->size(), 2);
    for (const Feedback& f : std::as_const(*all))
        if (f.login == QLatin1String("perm_bob")) {
            QCOMPARE(f.vote, 1);
            QCOMPARE(f.comment, QStringLiteral("fine"));
        }
    QVERIFY(t->ws().audit().verify()->intact);
}

void TestPgPermissions::onlyAdminsWriteWorkflows()
{
    t->user(QStringLiteral("perm_admin"), {}, {}, { QStringLiteral("admin") });
    QVERIFY(t->db().exec(QStringLiteral("ALTER ROLE perm_admin PASSWORD '%1'").arg(kPassword)).ok());
    auto admin = as(QStringLiteral("perm_admin"));
    auto file = WorkflowFile::parse(R"({"name":"perm-wf","policy":{"approverGroups":["perm_approvers"]}})");
    QVERIFY(file.ok());
    // A person is refused by core, and the database refuses the same rows (the data rows above).
    auto byAlice = alice->workflows().save(QStringLiteral("perm_alice"), *file);
    QVERIFY(!byAlice.ok());
    QCOMPARE(byAlice.error().code, Error::Code::Forbidden);
    // An admin, connected as their own role, saves it; the action refers to it; a person submits under it.
    auto saved = admin->workflows().save(QStringLiteral("perm_admin"), *file);
    QVERIFY2(saved.ok(), qPrintable(saved.error().message));
    auto action = ActionFile::parse(
        R"({ "name": "perm-wf-act", "script": "echo hi", "requesterGroups": ["perm_helpdesk"], "targets": ["perm_t1"],
             "policy": { "workflow": "perm-wf" } })");
    QVERIFY(action.ok());
    auto imported = admin->admin().importAction(QStringLiteral("perm_admin"), *action);
    QVERIFY2(imported.ok(), qPrintable(imported.error().message));
    auto r = alice->requests().submit(
        QStringLiteral("perm_alice"),
        { QStringLiteral("perm-wf-act"), {}, { QStringLiteral("perm_t1") }, QStringLiteral("via a workflow") },
        SubmitMode::RequestApproval);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    auto decided = bob->requests().decide(QStringLiteral("perm_bob"), r->id, true, QString());
    QVERIFY2(decided.ok(), qPrintable(decided.error().message));
    QCOMPARE(decided->state, RequestState::Approved);
}

// On behalf of (issue 17): the beneficiary may read the request (and so leave feedback) but never
// decide it; a delegate of an approver reads what the approver reads. Through real roles.
void TestPgPermissions::beneficiaryAndDelegateReadAsRealRoles()
{
    t->user(QStringLiteral("perm_maria")); // in no group: only being the beneficiary lets her read
    t->user(QStringLiteral("perm_erin"));
    for (const char* role : { "perm_maria", "perm_erin" })
        QVERIFY(t->db().exec(QStringLiteral("ALTER ROLE %1 PASSWORD '%2'").arg(QLatin1String(role), kPassword)).ok());
    t->action(R"({ "name": "perm-behalf-act", "script": "echo hi", "requesterGroups": ["perm_helpdesk"],
                   "onBehalf": { "requesterGroups": ["perm_helpdesk"] }, "targets": ["perm_t1"],
                   "policy": { "approvalRequired": true, "approverGroups": ["perm_approvers"] } })");
    SubmitInput in {
        QStringLiteral("perm-behalf-act"), {}, { QStringLiteral("perm_t1") }, QStringLiteral("for maria")
    };
    in.behalfOf = QStringLiteral("perm_maria");
    auto r = alice->requests().submit(QStringLiteral("perm_alice"), in, SubmitMode::RequestApproval);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->behalfOf, QStringLiteral("perm_maria"));

    auto maria = as(QStringLiteral("perm_maria"));
    QVERIFY(maria->requests().details(QStringLiteral("perm_maria"), r->id).ok());
    auto said = maria->requests().giveFeedback(QStringLiteral("perm_maria"), r->id, { 1, QStringLiteral("thanks") });
    QVERIFY2(said.ok(), qPrintable(said.error().message));
    // Core refuses her vote, and so does the database when asked behind Countersign's back.
    QCOMPARE(maria->requests().decide(QStringLiteral("perm_maria"), r->id, true, {}).error().code,
             Error::Code::Forbidden);
    auto forged = maria->database().exec(
        QStringLiteral("INSERT INTO decisions (request_id, phase, approver, verdict, basis, request_digest, "
                       "decided_at) VALUES (?, 0, 'perm_maria', 'approve', '[]', ?, 0)"),
        { r->id, r->digest });
    QVERIFY(!forged.ok());

    // Bob's delegate reads the request bob may decide, and leaves feedback on it.
    const qint64 now = t->clock.nowMs();
    auto d
        = bob->delegations().add(QStringLiteral("perm_bob"), { {}, QStringLiteral("perm_erin"), now, now + 3600000 });
    QVERIFY2(d.ok(), qPrintable(d.error().message));
    auto erin = as(QStringLiteral("perm_erin"));
    QVERIFY(erin->requests().details(QStringLiteral("perm_erin"), r->id).ok());
    auto delegateSaid
        = erin->requests().giveFeedback(QStringLiteral("perm_erin"), r->id, { std::nullopt, QStringLiteral("seen") });
    QVERIFY2(delegateSaid.ok(), qPrintable(delegateSaid.error().message));
    QVERIFY(bob->delegations().end(QStringLiteral("perm_bob"), d->id).ok());
    QVERIFY(t->ws().audit().verify()->intact);
}

void TestPgPermissions::savedFiltersAreEachPersonsOwn()
{
    SavedFilters aliceFilters(alice->database(), t->clock);
    QVERIFY(aliceFilters
                .save(QStringLiteral("perm_alice"),
                      { QStringLiteral("outgoing"), QStringLiteral("mine"), QString(), QStringLiteral("as myself") })
                .ok());
    // Not in someone else's name, and nobody else's is seen or touched.
    auto forged = alice->database().exec(
        QStringLiteral("INSERT INTO saved_filters (login, queue, name, state, search, updated_at) "
                       "VALUES ('perm_bob', 'incoming', 'planted', '', '', 0)"));
    QVERIFY(!forged.ok());
    QVERIFY2(forged.error().message.contains(QStringLiteral("row-level security")), qPrintable(forged.error().message));
    SavedFilters bobFilters(bob->database(), t->clock);
    auto seen = bob->database().exec(QStringLiteral("SELECT count(*) FROM saved_filters"));
    QVERIFY(seen.ok() && seen->next());
    QCOMPARE(seen->value(0).toInt(), 0);
    QVERIFY(bob->database().exec(QStringLiteral("DELETE FROM saved_filters WHERE login = 'perm_alice'")).ok());
    auto kept = aliceFilters.list(QStringLiteral("perm_alice"), QStringLiteral("outgoing"));
    QVERIFY(kept.ok());
    QCOMPARE(kept->size(), 1);
    QVERIFY(bobFilters.list(QStringLiteral("perm_bob"), QStringLiteral("outgoing")).ok());
}

// The database's own expiry rule follows the deadline a timeout escalation extended, not the first one.
void TestPgPermissions::anExtendedDeadlineIsTheOneThatExpires()
{
    const qint64 id = aliceRequest();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // As the agents' schedule leaves it: the first deadline passed, escalated to one in an hour.
    QVERIFY(t->db()
                .exec(QStringLiteral("UPDATE requests SET deadline = ?, deadline_extended = ? WHERE id = ?"),
                      { now - 60 * 1000, now + 3600 * 1000, id })
                .ok());
    auto early = alice->database().exec(QStringLiteral("UPDATE requests SET state = 'expired' WHERE id = ?"), { id });
    QVERIFY2(!early.ok(), "PostgreSQL expired a request before its extended deadline");
    QVERIFY2(early.error().message.contains(QLatin1String("may not move request")), qPrintable(early.error().message));
    // Once the extended deadline has passed too, expiring it is anybody's to do.
    QVERIFY(t->db()
                .exec(QStringLiteral("UPDATE requests SET deadline_extended = ? WHERE id = ?"), { now - 1000, id })
                .ok());
    auto late = alice->database().exec(QStringLiteral("UPDATE requests SET state = 'expired' WHERE id = ?"), { id });
    QVERIFY2(late.ok(), qPrintable(late.ok() ? QString() : late.error().message));
}

// "Wrong password" comes from libpq and the SQLSTATE, not from the English words of a message: a
// database whose name reads like a refusal is no refused password.
void TestPgPermissions::aRefusedPasswordIsToldByTheServersCodeNotItsWords()
{
    auto wrong = Database::openPostgres(urlFor(QStringLiteral("perm_alice")), QStringLiteral("not-her-password"));
    QVERIFY(!wrong.ok());
    QVERIFY2(Database::isAuthenticationFailure(wrong.error()), qPrintable(wrong.error().message));

    QUrl elsewhere(urlFor(QStringLiteral("perm_alice")));
    elsewhere.setPath(QStringLiteral("/password authentication failed"));
    auto missing = Database::openPostgres(elsewhere.toString(), kPassword);
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().message.contains(QLatin1String("password authentication failed")),
             qPrintable(missing.error().message));
    QVERIFY2(!Database::isAuthenticationFailure(missing.error()), qPrintable(missing.error().message));

    auto right = Database::openPostgres(urlFor(QStringLiteral("perm_alice")), kPassword);
    QVERIFY2(right.ok(), qPrintable(right.ok() ? QString() : right.error().message));
}

// Approval webhooks (issue 17) through real roles: an admin registers one; the agent's role issues the
// token and records the webhook's answer through core; a person holding the token cannot use it, and
// the agent's role cannot write a webhook's decision without a token used for that request and phase.
void TestPgPermissions::aWebhookDecidesOnlyThroughTheAgentsWithItsToken()
{
    t->user(QStringLiteral("perm_hookadmin"), {}, {}, { QStringLiteral("admin") });
    QVERIFY(t->db().exec(QStringLiteral("ALTER ROLE perm_hookadmin PASSWORD '%1'").arg(kPassword)).ok());
    auto admin = as(QStringLiteral("perm_hookadmin"));
    QCOMPARE(alice->approvalWebhooks()
                 .add(QStringLiteral("perm_alice"),
                      { QStringLiteral("perm-bot"), QStringLiteral("http://127.0.0.1:9/bot"), {}, {}, {} })
                 .error()
                 .code,
             Error::Code::Forbidden);
    const Status added = admin->approvalWebhooks().add(
        QStringLiteral("perm_hookadmin"),
        { QStringLiteral("perm-bot"), QStringLiteral("http://127.0.0.1:9/bot"), {}, {}, {} });
    QVERIFY2(added.ok(), qPrintable(added.error().message));
    auto action = ActionFile::parse(
        R"({ "name": "perm-bot-act", "script": "echo hi", "requesterGroups": ["perm_helpdesk"], "targets": ["perm_t1"],
             "policy": { "rules": [ { "name": "default", "phases": [
                 { "name": "Bot", "approve": { "webhook": "perm-bot" } },
                 { "name": "People", "approve": { "group": "perm_approvers" } } ] } ] } })");
    QVERIFY(action.ok());
    auto imported = admin->admin().importAction(QStringLiteral("perm_hookadmin"), *action);
    QVERIFY2(imported.ok(), qPrintable(imported.error().message));
    auto r = alice->requests().submit(
        QStringLiteral("perm_alice"),
        { QStringLiteral("perm-bot-act"), {}, { QStringLiteral("perm_t1") }, QStringLiteral("asked of a bot") },
        SubmitMode::RequestApproval);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    auto agent = as(QStringLiteral("perm_agent"));

    // Only the agents issue tokens; a person who got hold of one still cannot record its answer.
    QVERIFY(!bob->requests().issueWebhookToken(r->id, 0, QStringLiteral("perm-bot")).ok());
    auto token = agent->requests().issueWebhookToken(r->id, 0, QStringLiteral("perm-bot"));
    QVERIFY2(token.ok(), qPrintable(token.error().message));
    QVERIFY(!bob->requests().decideByWebhook({ *token, true, {}, QStringLiteral("127.0.0.1") }).ok());
    QVERIFY(!alice->requests().decideByWebhook({ *token, true, {}, QStringLiteral("127.0.0.1") }).ok());
    QCOMPARE(t->ws().requestStore().decisions(r->id)->size(), 0);

    // The agent's role writes a webhook's decision only where that webhook's token was used.
    const qint64 other = aliceRequest();
    auto forged = agent->database().exec(
        QStringLiteral("INSERT INTO decisions (request_id, phase, approver, verdict, basis, request_digest, "
                       "decided_at) VALUES (?, 0, 'webhook:perm-bot', 'approve', '[]', 'x', 0)"),
        { other });
    QVERIFY2(!forged.ok(), "an agent wrote a webhook decision without its token");
    QVERIFY2(forged.error().message.contains(QLatin1String("row-level security")), qPrintable(forged.error().message));

    // Nor can it vote in its own name, or send the calls elsewhere (it only counts failures and disables).
    QVERIFY(
        !agent->database()
             .exec(QStringLiteral("INSERT INTO decisions (request_id, phase, approver, verdict, basis, "
                                  "request_digest, decided_at) VALUES (?, 0, 'perm_agent', 'approve', '[]', 'x', 0)"),
                   { r->id })
             .ok());
    QVERIFY(!agent->database()
                 .exec(QStringLiteral("UPDATE approval_webhooks SET url = 'http://127.0.0.1:9/elsewhere'"))
                 .ok());

    // Through core, as the agent's role: the webhook decides phase 1, a replay is refused and audited.
    auto decided
        = agent->requests().decideByWebhook({ *token, true, QStringLiteral("ok"), QStringLiteral("127.0.0.1") });
    QVERIFY2(decided.ok(), qPrintable(decided.error().message));
    QCOMPARE(decided->state, RequestState::Pending);
    QCOMPARE(decided->phase, 1);
    QCOMPARE(agent->requests().decideByWebhook({ *token, true, {}, QStringLiteral("127.0.0.1") }).error().code,
             Error::Code::Conflict);
    auto approved = bob->requests().decide(QStringLiteral("perm_bob"), r->id, true, {});
    QVERIFY2(approved.ok(), qPrintable(approved.error().message));
    QCOMPARE(approved->state, RequestState::Approved);
    auto decisions = t->ws().requestStore().decisions(r->id);
    QVERIFY(decisions.ok());
    QCOMPARE(decisions->size(), 2);
    QCOMPARE(decisions->first().approver, QStringLiteral("webhook:perm-bot"));
    QVERIFY(t->ws().audit().verify()->intact);
}

QTEST_GUILESS_MAIN(TestPgPermissions)
// Access reviews as campaigns (issue 15): only admins and auditors start them; a decision is written
// only by an assigned reviewer on their own row of an open review; a forged one changes nothing.
void TestPgPermissions::accessReviewsAsRealRoles()
{
    t->user(QStringLiteral("perm_auditor"), {}, {}, { QStringLiteral("auditor") });
    QVERIFY(t->db().exec(QStringLiteral("ALTER ROLE perm_auditor PASSWORD '%1'").arg(kPassword)).ok());
    const qint64 later = QDateTime::currentMSecsSinceEpoch() + 8 * 3600 * 1000;
    // Two active grants alice asked for and bob approved (the agent's side, as the owner).
    const auto activeGrant = [&] {
        const qint64 id = aliceRequest();
        if (!bob->requests().decide(QStringLiteral("perm_bob"), id, true, QStringLiteral("ok")).ok())
            qFatal("bob cannot approve");
        if (!t->db()
                 .exec(QStringLiteral("INSERT INTO revocations (request_id, due_at, next_attempt_at) VALUES (?, ?, ?)"),
                       { id, later, later })
                 .ok()
            || !t->db()
                    .exec(QStringLiteral("UPDATE requests SET state = 'active', active_until = ? WHERE id = ?"),
                          { later, id })
                    .ok())
            qFatal("cannot activate");
        return id;
    };
    const qint64 first = activeGrant();
    const qint64 second = activeGrant();
    auto auditor = as(QStringLiteral("perm_auditor"));
    auto dana = as(QStringLiteral("perm_dana"));
    auto outsider = as(QStringLiteral("perm_outsider"));
    const qint64 due = t->clock.nowMs() + 24 * 3600 * 1000;

    // A person who is neither admin nor auditor starts none, through core or behind its back.
    QVERIFY(
        !alice->reviewCampaigns().start(QStringLiteral("perm_alice"), { QStringLiteral("mine"), {}, due, {} }).ok());
    QVERIFY(!alice->database()
                 .exec(QStringLiteral("INSERT INTO access_reviews (title, due_at, started_by, started_at) "
                                      "VALUES ('x', ?, 'perm_alice', 0)"),
                       { due })
                 .ok());
    // The auditor starts one as their own role: bob, the approver, reviews every grant.
    auto review = auditor->reviewCampaigns().start(QStringLiteral("perm_auditor"),
                                                   { QStringLiteral("approvers review"), {}, due, {} });
    QVERIFY2(review.ok(), qPrintable(review.error().message));
    const auto item = [&](qint64 requestId) {
        auto q = t->db().exec(QStringLiteral("SELECT reviewer, decision FROM access_review_items WHERE review_id = ? "
                                             "AND request_id = ?"),
                              { review->id, requestId });
        return q.ok() && q->next() ? q->value(0).toString() + QLatin1Char(' ') + q->value(1).toString()
                                   : QStringLiteral("missing");
    };
    QCOMPARE(item(first), QStringLiteral("perm_bob "));

    // A forged decision by someone not assigned: refused by core; behind its back it reaches no row
    // (and cannot be inserted in her name either).
    auto refused = dana->reviewCampaigns().decide(QStringLiteral("perm_dana"), review->id, first,
                                                  QStringLiteral("revoke"), QStringLiteral("forged"));
    QVERIFY(!refused.ok());
    QVERIFY(dana->database()
                .exec(QStringLiteral("UPDATE access_review_items SET decision = 'revoke', comment = 'forged', "
                                     "decided_at = 1 WHERE review_id = ? AND request_id = ?"),
                      { review->id, first })
                .ok());
    QCOMPARE(item(first), QStringLiteral("perm_bob "));
    QVERIFY(!dana->database()
                 .exec(QStringLiteral("INSERT INTO access_review_items (review_id, request_id, reviewer, decision) "
                                      "VALUES (?, ?, 'perm_dana', 'keep')"),
                       { review->id, first })
                 .ok());
    // The requester forging "keep" on her own grant fares no better; nor does bob rename the reviewer.
    QVERIFY(alice->database()
                .exec(QStringLiteral("UPDATE access_review_items SET decision = 'keep' WHERE review_id = ?"),
                      { review->id })
                .ok());
    QCOMPARE(item(first), QStringLiteral("perm_bob "));
    QVERIFY(!bob->database()
                 .exec(QStringLiteral("UPDATE access_review_items SET reviewer = 'perm_dana' WHERE review_id = ?"),
                       { review->id })
                 .ok());
    // Reading: the outsider sees no review; bob, assigned, sees it and its items.
    const auto count = [&](Workspace& ws, const QString& table) {
        auto q = ws.database().exec(QStringLiteral("SELECT count(*) FROM %1").arg(table));
        return q.ok() && q->next() ? q->value(0).toInt() : -1;
    };
    QCOMPARE(count(*outsider, QStringLiteral("access_reviews")), 0);
    QCOMPARE(count(*outsider, QStringLiteral("access_review_items")), 0);
    QVERIFY(count(*bob, QStringLiteral("access_reviews")) >= 1);

    // bob decides as his own role: keep one, revoke the other (its revoke is due now, signed by him).
    auto kept = bob->reviewCampaigns().decide(QStringLiteral("perm_bob"), review->id, first, QStringLiteral("keep"),
                                              QStringLiteral("needed"));
    QVERIFY2(kept.ok(), qPrintable(kept.error().message));
    QCOMPARE(item(first), QStringLiteral("perm_bob keep"));
    auto revoked = bob->reviewCampaigns().decide(QStringLiteral("perm_bob"), review->id, second,
                                                 QStringLiteral("revoke"), QStringLiteral("done"));
    QVERIFY2(revoked.ok(), qPrintable(revoked.error().message));
    QCOMPARE(t->ws().grants().revocation(second)->value().earlyBy, QStringLiteral("perm_bob"));
    // Decided is decided: not even bob changes it behind core's back.
    QVERIFY(bob->database()
                .exec(QStringLiteral("UPDATE access_review_items SET decision = 'revoke' WHERE review_id = ? AND "
                                     "request_id = ?"),
                      { review->id, first })
                .ok());
    QCOMPARE(item(first), QStringLiteral("perm_bob keep"));

    // A named reviewer who approved nothing (dana) revokes a grant assigned to her, as her own role.
    const qint64 third = activeGrant();
    auto named = auditor->reviewCampaigns().start(
        QStringLiteral("perm_auditor"), { QStringLiteral("dana reviews"), {}, due, { QStringLiteral("perm_dana") } });
    QVERIFY2(named.ok(), qPrintable(named.error().message));
    auto hers = dana->reviewCampaigns().decide(QStringLiteral("perm_dana"), named->id, third, QStringLiteral("revoke"),
                                               QStringLiteral("not needed"));
    QVERIFY2(hers.ok(), qPrintable(hers.error().message));
    QCOMPARE(t->ws().grants().revocation(third)->value().earlyBy, QStringLiteral("perm_dana"));

    // Closing: bob (a reviewer) may not, behind core's back either; the auditor who started it may.
    QVERIFY(!bob->reviewCampaigns().close(QStringLiteral("perm_bob"), review->id).ok());
    QVERIFY(!bob->database()
                 .exec(QStringLiteral("UPDATE access_reviews SET closed_by = 'perm_bob', closed_at = 1 WHERE id = ?"),
                       { review->id })
                 .ok());
    auto closed = auditor->reviewCampaigns().close(QStringLiteral("perm_auditor"), review->id);
    QVERIFY2(closed.ok(), qPrintable(closed.error().message));
    QVERIFY(t->ws().audit().verify()->intact);
}

#include "tst_pg_permissions.moc"
