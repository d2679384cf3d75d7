#include <QtTest>
#include <support/testworkspace.h>

using namespace cs;

// The admin and audit-reading services: who may do what is decided in core, and a failing
// database is never mistaken for "does not exist".
class TestAdminService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void storageFailureIsNeverAbsenceWhenAddingPeople();
    void storageFailureIsNeverAbsenceWhenAddingTargetsAndGroups();
    void storageFailureIsNeverAbsenceWhenImporting();
    void onlyAdminsAndAuditorsReadTheWholeLog();
    void othersReadOnlyTheTrailsTheyAreInvolvedIn();
    void actionListDependsOnWhoAsks();
    void importWarnsWhenARequesterCouldNeverBeApproved();
    void listOrderIsNotANewVersion();
    void versionsStoredUnsortedStillVerifyAndMatch();
    void importCountsTheRequestsItStrands();
    void importWarnsAboutPatternsThatBacktrackCatastrophically();
    void warningsStayExactOnALargeDirectory();
    void editingAPersonChangesOnlyWhatIsGivenAndIsAudited();
    void aDisabledPersonCannotActAndKeepsTheirHistory();
    void removingAPersonIsRefusedWithTheReasonWhileAnythingRefersToThem();
    void editingAndRemovingTargets();
    void onlyAdminsEditDisableOrRemove();
    void aServiceAccountsRoleIsFixed();

private:
    // Runs `attempt` with the n-th statement failing, for every n until it succeeds; every
    // failure must be reported as a storage failure, and nothing may be half-written.
    template<typename Attempt> void failEachStatement(const char* what, Attempt attempt);
    qint64 submitted(const QString& requester);
    std::unique_ptr<TestWorkspace> t;
};

void TestAdminService::init()
{
    t = std::make_unique<TestWorkspace>();
    buildStandardWorkspace(*t);
}

void TestAdminService::cleanup()
{
    t.reset();
}

template<typename Attempt> void TestAdminService::failEachStatement(const char* what, Attempt attempt)
{
    int failures = 0;
    for (int n = 1; n < 100; ++n) {
        const qint64 head = *t->ws().audit().headSeq();
        t->db().failNthStatement(n);
        const Status s = attempt();
        t->db().failNthStatement(0);
        if (s.ok())
            break;
        ++failures;
        QVERIFY2(s.error().code == Error::Code::Storage,
                 qPrintable(QStringLiteral("%1, statement %2 failing: %3")
                                .arg(QString::fromLatin1(what))
                                .arg(n)
                                .arg(s.error().message)));
        QCOMPARE(*t->ws().audit().headSeq(), head);
    }
    QVERIFY2(failures >= 3, what);
}

qint64 TestAdminService::submitted(const QString& requester)
{
    auto r = t->ws().requests().submit(
        requester, { QStringLiteral("act"), {}, { QStringLiteral("test1") }, QStringLiteral("why") },
        SubmitMode::RequestApproval);
    if (!r.ok())
        qFatal("fixture request failed: %s", qPrintable(r.error().message));
    return r->id;
}

void TestAdminService::storageFailureIsNeverAbsenceWhenAddingPeople()
{
    failEachStatement("add user with manager", [&] {
        return t->ws().admin().addUser(
            QStringLiteral("root"),
            { QStringLiteral("newbie"), QStringLiteral("New"), {}, QStringLiteral("mgr"), {}, true, 0 });
    });
    QCOMPARE(t->ws().directory().user(QStringLiteral("newbie"))->manager, QStringLiteral("mgr"));
    // And the real answers still come through.
    const Status again = t->ws().admin().addUser(QStringLiteral("root"), { QStringLiteral("newbie"), {}, {}, {}, {} });
    QCOMPARE(again.error().code, Error::Code::Conflict);
    const Status noManager = t->ws().admin().addUser(
        QStringLiteral("root"), { QStringLiteral("other"), {}, {}, QStringLiteral("nobody"), {}, true, 0 });
    QCOMPARE(noManager.error().code, Error::Code::Invalid);
}

void TestAdminService::storageFailureIsNeverAbsenceWhenAddingTargetsAndGroups()
{
    failEachStatement("add group", [&] {
        return t->ws().admin().addGroup(QStringLiteral("root"), QStringLiteral("ops"), QStringLiteral("operations"));
    });
    QVERIFY(t->ws().directory().group(QStringLiteral("ops")).ok());
    failEachStatement("add target with owner", [&] {
        Target target;
        target.name = QStringLiteral("web9");
        target.kind = QStringLiteral("server");
        target.owner = QStringLiteral("owner1");
        return t->ws().admin().addTarget(QStringLiteral("root"), target);
    });
    QCOMPARE(t->ws().directory().target(QStringLiteral("web9"))->owner, QStringLiteral("owner1"));
}

void TestAdminService::storageFailureIsNeverAbsenceWhenImporting()
{
    auto file = ActionFile::parse(
        actionWithPolicy(R"({"approvalRequired":true,"approverGroups":["security"]})").replace("\"act\"", "\"act2\""));
    QVERIFY2(file.ok(), qPrintable(file.error().message));
    failEachStatement("import", [&] {
        auto outcome = t->ws().admin().importAction(QStringLiteral("root"), *file);
        return outcome.ok() ? Status() : Status(outcome.error());
    });
    QCOMPARE(t->ws().actions().currentVersion(QStringLiteral("act2"))->version, 1);
}

void TestAdminService::onlyAdminsAndAuditorsReadTheWholeLog()
{
    AuditService& audit = t->ws().auditService();
    for (const char* who : { "adminx", "audit", "root" }) {
        const QString login = QString::fromLatin1(who);
        QVERIFY(*audit.readsEverything(login));
        QVERIFY2(audit.entries(login, 0, 10).ok(), who);
        QVERIFY2(audit.newest(login, 10).ok(), who);
    }
    for (const char* who : { "req", "alice" }) {
        const QString login = QString::fromLatin1(who);
        QVERIFY(!*audit.readsEverything(login));
        QCOMPARE(audit.entries(login, 0, 10).error().code, Error::Code::Forbidden);
        QCOMPARE(audit.newest(login, 10).error().code, Error::Code::Forbidden);
    }
    QVERIFY(!audit.readsEverything(QStringLiteral("ghost")).ok());
    QVERIFY(!audit.entries(QStringLiteral("ghost"), 0, 10).ok());
}

void TestAdminService::othersReadOnlyTheTrailsTheyAreInvolvedIn()
{
    const qint64 id = submitted(QStringLiteral("req"));
    AuditService& audit = t->ws().auditService();
    auto own = audit.entries(QStringLiteral("req"), id, 100);
    QVERIFY2(own.ok(), qPrintable(own.error().message));
    QVERIFY(!own->isEmpty());
    for (const AuditEntry& e : *own)
        QCOMPARE(e.requestId, id);
    QVERIFY(audit.entries(QStringLiteral("alice"), id, 100).ok()); // an approver of it
    QVERIFY(!audit.entries(QStringLiteral("carol"), id, 100).ok()); // not involved
    QCOMPARE(audit.entries(QStringLiteral("req"), -1, 100).error().code, Error::Code::Invalid);
}

void TestAdminService::actionListDependsOnWhoAsks()
{
    t->action(actionWithPolicy(R"({"approvalRequired":false})")
                  .replace("\"act\"", "\"act2\"")
                  .replace("[\"requesters\"]", "[\"security\"]"));
    auto names = [&](const QString& who) {
        QStringList out;
        auto visible = t->ws().requests().visibleActions(who); // kept: the loop must not outlive it
        for (const ActionVersion& v : *visible)
            out << v.definition.name;
        out.sort();
        return out;
    };
    QCOMPARE(names(QStringLiteral("audit")), (QStringList { QStringLiteral("act"), QStringLiteral("act2") }));
    QCOMPARE(names(QStringLiteral("adminx")), (QStringList { QStringLiteral("act"), QStringLiteral("act2") }));
    QCOMPARE(names(QStringLiteral("req")), QStringList { QStringLiteral("act") });
    QCOMPARE(names(QStringLiteral("carol")), QStringList { QStringLiteral("act2") });
}

void TestAdminService::importWarnsWhenARequesterCouldNeverBeApproved()
{
    // The standard action: approvers are alice and bob, and alice may also request -- bob approves hers.
    QVERIFY(t->ws().admin().policyWarnings(QStringLiteral("act"))->isEmpty());

    // The only approver group holds only a requester: her own requests could never be approved.
    t->group(QStringLiteral("solo"));
    t->user(QStringLiteral("sole"), { QStringLiteral("requesters"), QStringLiteral("solo") });
    const ImportOutcome outcome = t->action(
        actionWithPolicy(R"({"approvalRequired":true,"approverGroups":["solo"]})").replace("\"act\"", "\"act3\""));
    QCOMPARE(outcome.warnings.size(), 1);
    QVERIFY2(outcome.warnings.first().contains(QLatin1String("requests by sole could never be approved")),
             qPrintable(outcome.warnings.first()));
    QCOMPARE(*t->ws().admin().policyWarnings(QStringLiteral("act3")), outcome.warnings);
    // And core refuses such a request at once, as the warning says.
    auto refused = t->ws().requests().submit(
        QStringLiteral("sole"), { QStringLiteral("act3"), {}, { QStringLiteral("test1") }, QStringLiteral("x") },
        SubmitMode::RequestApproval);
    QCOMPARE(refused.error().code, Error::Code::Conflict);
    // Another requester's request can be approved by her: no warning for them.
    QVERIFY(t->ws()
                .requests()
                .submit(QStringLiteral("req"),
                        { QStringLiteral("act3"), {}, { QStringLiteral("test1") }, QStringLiteral("x") },
                        SubmitMode::RequestApproval)
                .ok());
}

void TestAdminService::listOrderIsNotANewVersion()
{
    const QByteArray policy = R"({"approvalRequired":true,"approverGroups":["approvers"]})";
    const ImportOutcome first = t->action(actionWithPolicy(policy)
                                              .replace("\"act\"", "\"act4\"")
                                              .replace(R"(["requesters"])", R"(["requesters", "mixed"])"));
    QVERIFY(first.created);
    // Only the policy changes, the lists come in another order (as the desktop editor writes them).
    const ImportOutcome second
        = t->action(actionWithPolicy(R"({"approvalRequired":true,"approverGroups":["security"]})")
                        .replace("\"act\"", "\"act4\"")
                        .replace(R"(["requesters"])", R"(["mixed", "requesters", "mixed"])")
                        .replace(R"(["prod1", "test1"])", R"(["test1", "prod1"])"));
    QVERIFY(!second.newVersion);
    QCOMPARE(second.version, 1);
    QVERIFY(second.policyChanged);
    const ActionVersion stored = *t->ws().actions().currentVersion(QStringLiteral("act4"));
    QCOMPARE(stored.definition.requesterGroups,
             (QStringList { QStringLiteral("mixed"), QStringLiteral("requesters") }));
    QCOMPARE(stored.digest, stored.definition.canonicalDigest());
    // A real change still is one.
    QVERIFY(
        t->action(actionWithPolicy(policy).replace("\"act\"", "\"act4\"").replace("echo hi", "echo ho")).newVersion);
}

void TestAdminService::versionsStoredUnsortedStillVerifyAndMatch()
{
    // A version imported before lists were sorted: stored in file order, with that digest.
    ActionDefinition old = t->ws().actions().currentVersion(QStringLiteral("act"))->definition;
    old.targets = { QStringLiteral("test1"), QStringLiteral("prod1") };
    QVERIFY(old.versionDigest() != old.canonicalDigest());
    QVERIFY(t->ws().actions().insertVersion({ old, 2, old.versionDigest(), 0, QStringLiteral("root") }).ok());
    auto read = t->ws().actions().currentVersion(QStringLiteral("act"));
    QVERIFY2(read.ok(), qPrintable(read.error().message));
    QCOMPARE(read->digest, old.versionDigest());

    // Importing it again, in any order, is the same version: approved requests keep running.
    const qint64 id = submitted(QStringLiteral("req"));
    QVERIFY(t->ws().requests().decide(QStringLiteral("alice"), id, true, {}).ok());
    const ImportOutcome again
        = t->action(actionWithPolicy(R"({"approvalRequired":true,"approverGroups":["security"]})"));
    QVERIFY(!again.newVersion);
    QCOMPARE(again.version, 2);
    QCOMPARE(again.strandedRequests, 0);
    auto plan = t->ws().executions().claim(id, QStringLiteral("a1"), QStringLiteral("x"));
    QVERIFY2(plan.ok(), qPrintable(plan.error().message));
}

void TestAdminService::importCountsTheRequestsItStrands()
{
    const qint64 approved = submitted(QStringLiteral("req"));
    QVERIFY(t->ws().requests().decide(QStringLiteral("alice"), approved, true, {}).ok());
    submitted(QStringLiteral("req")); // pending
    const qint64 rejected = submitted(QStringLiteral("req"));
    QVERIFY(t->ws().requests().decide(QStringLiteral("alice"), rejected, false, QStringLiteral("no")).ok());

    const QByteArray policy = R"({"approvalRequired":true,"approverGroups":["approvers"]})";
    auto changed = ActionFile::parse(actionWithPolicy(policy).replace("echo hi", "echo changed"));
    QVERIFY(changed.ok());
    auto sameVersion = ActionFile::parse(actionWithPolicy(R"({"approvalRequired":false})"));
    QVERIFY(sameVersion.ok());
    QCOMPARE(*t->ws().admin().requestsStrandedBy(*sameVersion), 0);
    QCOMPARE(*t->ws().admin().requestsStrandedBy(*changed), 2);

    auto outcome = t->ws().admin().importAction(QStringLiteral("root"), *changed);
    QVERIFY(outcome.ok());
    QVERIFY(outcome->newVersion);
    QCOMPARE(outcome->strandedRequests, 2);
    QVERIFY2(outcome->warnings.first().contains(QLatin1String("2 open requests of action \"act\"")),
             qPrintable(outcome->warnings.join(QLatin1Char('\n'))));
    // Made for the version now replaced: the next change strands only newer ones.
    QCOMPARE(*t->ws().admin().requestsStrandedBy(*ActionFile::parse(actionWithPolicy(policy))), 0);
}

void TestAdminService::importWarnsAboutPatternsThatBacktrackCatastrophically()
{
    const ImportOutcome outcome
        = t->action(actionWithPolicy(R"({"rules":[
        {"name":"nested","when":[{"field":"param.note","op":"matches","value":"(a+)+$"}],
         "phases":[{"name":"P","approve":{"group":"approvers"}}]},
        {"name":"plain","when":[{"field":"param.note","op":"matches","value":"[a-z]+(-[a-z]+)*"}],
         "phases":[{"name":"P","approve":{"group":"approvers"}}]},
        {"name":"default","phases":[]}]})")
                        .replace("\"act\"", "\"act4\"")
                        .replace(R"("type": "string" })", R"("type": "string", "pattern": "(x|x)*" })"));
    QCOMPARE(outcome.warnings.size(), 2);
    QVERIFY2(outcome.warnings.at(0).contains(QLatin1String("Rule \"nested\"")), qPrintable(outcome.warnings.at(0)));
    QVERIFY2(outcome.warnings.at(0).contains(QLatin1String("(a+)+$")), qPrintable(outcome.warnings.at(0)));
    QVERIFY2(outcome.warnings.at(1).contains(QLatin1String("Parameter \"note\"")), qPrintable(outcome.warnings.at(1)));
    QCOMPARE(*t->ws().admin().policyWarnings(QStringLiteral("act4")), outcome.warnings);
}

void TestAdminService::warningsStayExactOnALargeDirectory()
{
    // Thousands of people who may both request and approve. The warnings run inside every import's
    // transaction; checking each requester against everyone (requesters x users) took seconds here.
    const int people = 3000;
    QVERIFY(
        t->db()
            .transaction([&]() -> Status {
                for (int first = 0; first < people; first += 200) {
                    QStringList users, members;
                    QVariantList userValues, memberValues;
                    for (int i = first; i < qMin(people, first + 200); ++i) {
                        const QString login = QStringLiteral("p%1").arg(i, 4, 10, QLatin1Char('0'));
                        users << QStringLiteral("(?, ?, 0)");
                        userValues << login << login;
                        members << QStringLiteral("(?, ?)") << QStringLiteral("(?, ?)");
                        memberValues << QStringLiteral("requesters") << login << QStringLiteral("approvers") << login;
                    }
                    CS_TRY(t->db().exec(QStringLiteral("INSERT INTO users (login, display_name, created_at) VALUES ")
                                            + users.join(QStringLiteral(", ")),
                                        userValues));
                    CS_TRY(t->db().exec(QStringLiteral("INSERT INTO group_members (group_name, login) VALUES ")
                                            + members.join(QStringLiteral(", ")),
                                        memberValues));
                }
                return {};
            })
            .ok());
    // How long this takes is the bench's to measure, not a test's to assert.
    auto warnings = t->ws().admin().policyWarnings(QStringLiteral("act"));
    QVERIFY2(warnings.ok(), qPrintable(warnings.error().message));
    QVERIFY2(warnings->isEmpty(), qPrintable(warnings->join(QLatin1Char('\n'))));

    // Still exact: with one approver left who may also request, her requests are named.
    QVERIFY(t->db().exec(QStringLiteral("DELETE FROM group_members WHERE group_name = 'approvers'")).ok());
    QVERIFY(t->db()
                .exec(QStringLiteral("INSERT INTO group_members (group_name, login) VALUES ('approvers', 'p0042')"))
                .ok());
    warnings = t->ws().admin().policyWarnings(QStringLiteral("act"));
    QVERIFY(warnings.ok());
    QCOMPARE(warnings->size(), 1);
    QVERIFY2(warnings->first().contains(QLatin1String("requests by p0042 could never be approved")),
             qPrintable(warnings->first()));
}

namespace {

QStringList eventsSince(TestWorkspace& t, qint64 seq)
{
    QStringList out;
    auto entries = t.ws().auditService().entries(QStringLiteral("root"), 0, 10000);
    if (entries.ok())
        for (const AuditEntry& e : *entries)
            if (e.seq > seq)
                out << e.event;
    return out;
}

} // namespace

void TestAdminService::editingAPersonChangesOnlyWhatIsGivenAndIsAudited()
{
    AdminService& admin = t->ws().admin();
    const qint64 head = *t->ws().audit().headSeq();
    UserChanges changes { QStringLiteral("Bob"),
                          QStringLiteral("  Bob Builder "),
                          {},
                          QStringLiteral("mgr"),
                          QStringList { QStringLiteral("auditor") } };
    QVERIFY2(admin.editUser(QStringLiteral("root"), changes).ok(), "edit bob");
    auto bob = t->ws().directory().user(QStringLiteral("bob"));
    QCOMPARE(bob->displayName, QStringLiteral("Bob Builder"));
    QCOMPARE(bob->manager, QStringLiteral("mgr"));
    QCOMPARE(bob->roles, QStringList { QStringLiteral("auditor") });
    QCOMPARE(eventsSince(*t, head), (QStringList { QStringLiteral("user.changed"), QStringLiteral("role.granted") }));

    // The manager can be cleared, and the role taken back; the e-mail, not given, stays.
    const qint64 head2 = *t->ws().audit().headSeq();
    QVERIFY(admin
                .editUser(QStringLiteral("root"),
                          { QStringLiteral("bob"), {}, QStringLiteral("b@example.org"), QString(), QStringList() })
                .ok());
    bob = t->ws().directory().user(QStringLiteral("bob"));
    QCOMPARE(bob->email, QStringLiteral("b@example.org"));
    QVERIFY(bob->manager.isEmpty());
    QVERIFY(bob->roles.isEmpty());
    QCOMPARE(eventsSince(*t, head2), (QStringList { QStringLiteral("user.changed"), QStringLiteral("role.revoked") }));

    // Nothing changed, nothing audited.
    const qint64 head3 = *t->ws().audit().headSeq();
    QVERIFY(admin.editUser(QStringLiteral("root"), { QStringLiteral("bob"), QStringLiteral("Bob Builder"), {}, {}, {} })
                .ok());
    QCOMPARE(*t->ws().audit().headSeq(), head3);

    // Bad input is refused with the reason, and changes nothing.
    auto refused = [&](const UserChanges& c, Error::Code code) {
        const Status s = admin.editUser(QStringLiteral("root"), c);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, code);
        QVERIFY(!s.error().message.isEmpty());
    };
    refused({ QStringLiteral("ghost"), QStringLiteral("G"), {}, {}, {} }, Error::Code::NotFound);
    refused({ QStringLiteral("bob"), {}, QStringLiteral("not-an-address"), {}, {} }, Error::Code::Invalid);
    refused({ QStringLiteral("bob"), {}, {}, QStringLiteral("nobody"), {} }, Error::Code::Invalid);
    refused({ QStringLiteral("bob"), {}, {}, QStringLiteral("bob"), {} }, Error::Code::Invalid);
    refused({ QStringLiteral("bob"), {}, {}, {}, QStringList { QStringLiteral("Not A Role") } }, Error::Code::Invalid);
    // An admin never takes away their own admin role (nobody might be left to administer).
    refused({ QStringLiteral("root"), {}, {}, {}, QStringList() }, Error::Code::Conflict);
    QCOMPARE(t->ws().directory().user(QStringLiteral("bob"))->email, QStringLiteral("b@example.org"));
    QCOMPARE(*t->ws().audit().headSeq(), head3);
}

void TestAdminService::aDisabledPersonCannotActAndKeepsTheirHistory()
{
    AdminService& admin = t->ws().admin();
    const qint64 id = submitted(QStringLiteral("req"));
    QVERIFY(admin.setUserActive(QStringLiteral("root"), QStringLiteral("REQ"), false).ok());
    QVERIFY(!t->ws().directory().user(QStringLiteral("req"))->active);
    auto acting = t->ws().directory().activeUser(QStringLiteral("req"));
    QCOMPARE(acting.error().code, Error::Code::Forbidden);
    // Their request and its trail are still there, read by others.
    QVERIFY(t->ws().requests().details(QStringLiteral("alice"), id).ok());
    QVERIFY(!t->ws().auditService().entries(QStringLiteral("root"), id, 100)->isEmpty());
    // Twice is an error that says so; nobody disables themselves.
    QCOMPARE(admin.setUserActive(QStringLiteral("root"), QStringLiteral("req"), false).error().code,
             Error::Code::Conflict);
    QCOMPARE(admin.setUserActive(QStringLiteral("root"), QStringLiteral("root"), false).error().code,
             Error::Code::Conflict);
    QCOMPARE(admin.setUserActive(QStringLiteral("root"), QStringLiteral("ghost"), false).error().code,
             Error::Code::NotFound);
    QVERIFY(admin.setUserActive(QStringLiteral("root"), QStringLiteral("req"), true).ok());
    QVERIFY(t->ws().directory().activeUser(QStringLiteral("req")).ok());
    QStringList events = eventsSince(*t, 0);
    QCOMPARE(events.count(QStringLiteral("user.disabled")), 1);
    QCOMPARE(events.count(QStringLiteral("user.enabled")), 1);
}

void TestAdminService::removingAPersonIsRefusedWithTheReasonWhileAnythingRefersToThem()
{
    AdminService& admin = t->ws().admin();
    submitted(QStringLiteral("req"));
    auto refusedBecause = [&](const QString& login, const QString& reason) {
        const Status s = admin.removeUser(QStringLiteral("root"), login);
        QVERIFY2(!s.ok(), qPrintable(login));
        QCOMPARE(s.error().code, Error::Code::Conflict);
        QVERIFY2(s.error().message.contains(reason), qPrintable(s.error().message));
        QVERIFY(t->ws().directory().user(login).ok());
    };
    refusedBecause(QStringLiteral("req"), QStringLiteral("made 1 request"));
    refusedBecause(QStringLiteral("mgr"), QStringLiteral("is the manager of 1 person"));
    refusedBecause(QStringLiteral("owner1"), QStringLiteral("owns 1 target"));
    refusedBecause(QStringLiteral("root"), QStringLiteral("your own account"));
    QCOMPARE(admin.removeUser(QStringLiteral("root"), QStringLiteral("ghost")).error().code, Error::Code::NotFound);

    // A decision is history too.
    const qint64 id = submitted(QStringLiteral("dave"));
    QVERIFY(t->ws().requests().decide(QStringLiteral("bob"), id, true, QStringLiteral("ok")).ok());
    refusedBecause(QStringLiteral("bob"), QStringLiteral("made 1 decision"));

    // Someone nothing refers to goes, with their memberships and roles; the audit log says so.
    t->user(QStringLiteral("temp"), { QStringLiteral("approvers") }, {}, { QStringLiteral("auditor") });
    const qint64 head = *t->ws().audit().headSeq();
    QVERIFY2(admin.removeUser(QStringLiteral("root"), QStringLiteral("Temp")).ok(), "remove temp");
    QCOMPARE(t->ws().directory().user(QStringLiteral("temp")).error().code, Error::Code::NotFound);
    QVERIFY(!t->ws().directory().group(QStringLiteral("approvers"))->members.contains(QStringLiteral("temp")));
    // Losing approver rights is audited as such, not only as part of the removal.
    QCOMPARE(eventsSince(*t, head),
             (QStringList { QStringLiteral("group.member_removed"), QStringLiteral("user.removed") }));
    // Added again, they start with nothing.
    t->user(QStringLiteral("temp"));
    QVERIFY(t->ws().directory().user(QStringLiteral("temp"))->roles.isEmpty());

    // Whatever else they did is in the audit log: an admin who only edited someone stays too.
    t->user(QStringLiteral("helper"), {}, {}, { QStringLiteral("admin") });
    QVERIFY(
        admin.editUser(QStringLiteral("helper"), { QStringLiteral("temp"), QStringLiteral("Temp"), {}, {}, {} }).ok());
    refusedBecause(QStringLiteral("helper"), QStringLiteral("acted in 1 audit entry"));
}

void TestAdminService::editingAndRemovingTargets()
{
    AdminService& admin = t->ws().admin();
    TargetChanges changes;
    changes.name = QStringLiteral("prod1");
    changes.owner = QStringLiteral("alice");
    changes.setAttributes.insert(QStringLiteral("site"), QStringLiteral("berlin"));
    changes.unsetAttributes = QStringList { QStringLiteral("environment") };
    const qint64 head = *t->ws().audit().headSeq();
    QVERIFY2(admin.editTarget(QStringLiteral("root"), changes).ok(), "edit prod1");
    auto prod1 = t->ws().directory().target(QStringLiteral("prod1"));
    QCOMPARE(prod1->owner, QStringLiteral("alice"));
    QCOMPARE(prod1->kind, QStringLiteral("server"));
    QCOMPARE(prod1->attributes, (QJsonObject { { QStringLiteral("site"), QStringLiteral("berlin") } }));
    QCOMPARE(eventsSince(*t, head), QStringList { QStringLiteral("target.changed") });

    TargetChanges bad;
    bad.name = QStringLiteral("prod1");
    bad.agentUrl = QStringLiteral("ftp://x");
    QCOMPARE(admin.editTarget(QStringLiteral("root"), bad).error().code, Error::Code::Invalid);
    bad.agentUrl.reset();
    bad.owner = QStringLiteral("nobody");
    QCOMPARE(admin.editTarget(QStringLiteral("root"), bad).error().code, Error::Code::Invalid);
    bad.owner.reset();
    bad.unsetAttributes = QStringList { QStringLiteral("missing") };
    QCOMPARE(admin.editTarget(QStringLiteral("root"), bad).error().code, Error::Code::Invalid);
    bad.name = QStringLiteral("nowhere");
    QCOMPARE(admin.editTarget(QStringLiteral("root"), bad).error().code, Error::Code::NotFound);

    // Listed by an action: refused, saying which.
    const Status listed = admin.removeTarget(QStringLiteral("root"), QStringLiteral("prod1"));
    QCOMPARE(listed.error().code, Error::Code::Conflict);
    QVERIFY2(listed.error().message.contains(QStringLiteral("action act lists it")),
             qPrintable(listed.error().message));
    // Named by a request, even after the action stops listing it.
    submitted(QStringLiteral("req"));
    t->action(actionWithPolicy(R"({"approvalRequired":true,"approverGroups":["approvers"]})")
                  .replace(R"(["prod1", "test1"])", R"(["prod1"])"));
    const Status named = admin.removeTarget(QStringLiteral("root"), QStringLiteral("test1"));
    QVERIFY2(named.error().message.contains(QStringLiteral("1 request names it")), qPrintable(named.error().message));
    QVERIFY(!named.error().message.contains(QStringLiteral("lists it")));
    // A name that only resembles one in a request (LIKE's '_' would match any character) is free.
    t->target(QStringLiteral("test_"), QStringLiteral("server"), QStringLiteral("test"));
    t->target(QStringLiteral("unused"), QStringLiteral("server"), QStringLiteral("test"));
    QVERIFY(admin.removeTarget(QStringLiteral("root"), QStringLiteral("test_")).ok());
    const qint64 head2 = *t->ws().audit().headSeq();
    QVERIFY(admin.removeTarget(QStringLiteral("root"), QStringLiteral("unused")).ok());
    QCOMPARE(t->ws().directory().target(QStringLiteral("unused")).error().code, Error::Code::NotFound);
    QCOMPARE(eventsSince(*t, head2), QStringList { QStringLiteral("target.removed") });
    QCOMPARE(admin.removeTarget(QStringLiteral("root"), QStringLiteral("unused")).error().code, Error::Code::NotFound);
}

void TestAdminService::onlyAdminsEditDisableOrRemove()
{
    AdminService& admin = t->ws().admin();
    t->user(QStringLiteral("temp"));
    QCOMPARE(admin.editUser(QStringLiteral("alice"), { QStringLiteral("temp"), QStringLiteral("X"), {}, {}, {} })
                 .error()
                 .code,
             Error::Code::Forbidden);
    QCOMPARE(admin.setUserActive(QStringLiteral("alice"), QStringLiteral("temp"), false).error().code,
             Error::Code::Forbidden);
    QCOMPARE(admin.removeUser(QStringLiteral("alice"), QStringLiteral("temp")).error().code, Error::Code::Forbidden);
    TargetChanges c;
    c.name = QStringLiteral("test1");
    c.kind = QStringLiteral("vm");
    QCOMPARE(admin.editTarget(QStringLiteral("alice"), c).error().code, Error::Code::Forbidden);
    QCOMPARE(admin.removeTarget(QStringLiteral("alice"), QStringLiteral("test1")).error().code, Error::Code::Forbidden);
    // A disabled admin is no admin.
    QVERIFY(admin.setUserActive(QStringLiteral("root"), QStringLiteral("adminx"), false).ok());
    QCOMPARE(admin.removeUser(QStringLiteral("adminx"), QStringLiteral("temp")).error().code, Error::Code::Forbidden);
    QVERIFY(t->ws().directory().user(QStringLiteral("temp")).ok());
}

// Service accounts only ask (issue 17): an admin can neither turn one into an approver by taking
// its role away or giving it another, nor make a person one by a role change; nor does a phase
// only a service account could satisfy pass the fail-closed check at submit.
void TestAdminService::aServiceAccountsRoleIsFixed()
{
    ServiceAccounts accounts = t->ws().serviceAccounts();
    QVERIFY(accounts.add(QStringLiteral("adminx"), QStringLiteral("monitor"), QStringLiteral("Monitoring"), {}).ok());
    AdminService& a = t->ws().admin();
    for (const auto& [role, granted] : { std::pair { Role::Service, false }, std::pair { Role::Admin, true } }) {
        const Status changed = a.setRole(QStringLiteral("adminx"), QStringLiteral("monitor"), role, granted);
        QVERIFY(!changed.ok());
        QVERIFY2(changed.error().message.contains(QLatin1String("service account")),
                 qPrintable(changed.error().message));
    }
    QVERIFY(t->ws().directory().user(QStringLiteral("monitor"))->roles == QStringList { Role::Service });
    const Status person = a.setRole(QStringLiteral("adminx"), QStringLiteral("bob"), Role::Service, true);
    QVERIFY(!person.ok());
    QVERIFY(!t->ws().directory().user(QStringLiteral("bob"))->roles.contains(Role::Service));

    TestWorkspace::must(
        a.setMembership(QStringLiteral("adminx"), QStringLiteral("empty"), QStringLiteral("monitor"), true), "member");
    t->action(R"({ "name": "only-machines", "interpreter": "/bin/sh", "script": "echo hi",
                   "requesterGroups": ["requesters"], "targets": ["test1"],
                   "policy": { "approvalRequired": true, "approverGroups": ["empty"] } })");
    auto r = t->ws().requests().submit(QStringLiteral("req"),
                                       { QStringLiteral("only-machines"),
                                         {},
                                         { QStringLiteral("test1") },
                                         QStringLiteral("nobody but a machine could approve") },
                                       SubmitMode::RequestApproval);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QLatin1String("nobody could approve")), qPrintable(r.error().message));
}

QTEST_GUILESS_MAIN(TestAdminService)
#include "tst_adminservice.moc"
