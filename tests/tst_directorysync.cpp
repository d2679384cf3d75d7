// The directory sync against the real OpenLDAP server the test command starts: every suite loads
// its own copy of tests/data/directory.ldif and changes it with ldapmodify.
#include <QDirIterator>
#include <QProcess>
#include <QScopeGuard>
#include <QtTest>
#include <core/audit/auditevents.h>
#include <core/directorysync/ldapclient.h>
#include <support/ldapdirectory.h>
#include <support/testworkspace.h>

using namespace cs;

namespace {

const QString kRoot = QStringLiteral("root");

// Every message the run logs, to prove the bind password never reaches a log.
QStringList g_logged;
QtMessageHandler g_previous = nullptr;
void collect(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    g_logged.append(message);
    if (g_previous)
        g_previous(type, context, message);
}

QStringList memberList(Workspace& ws, const QString& group)
{
    auto g = ws.directory().group(group);
    return g.ok() ? g->members : QStringList { QStringLiteral("<no group>") };
}

// The audit entries after seq, as "event login/group" lines.
QStringList auditSince(Workspace& ws, qint64 seq)
{
    auto entries = ws.audit().entries(0, 100000, seq);
    if (!entries.ok())
        qFatal("audit: %s", qPrintable(entries.error().message));
    QStringList out;
    for (const AuditEntry& e : *entries) {
        const QJsonObject p = e.payloadObject();
        QString what = p.value(QStringLiteral("login")).toString();
        if (p.contains(QStringLiteral("group")))
            what = p.value(QStringLiteral("group")).toString()
                + (what.isEmpty() ? QString() : QStringLiteral(":") + what);
        out.append(QStringLiteral("%1 %2 %3").arg(e.actor, e.event, what));
    }
    out.sort();
    return out;
}

qint64 head(Workspace& ws)
{
    auto h = ws.audit().headSeq();
    return h.ok() ? *h : -1;
}

// A fingerprint of the whole directory as Countersign holds it.
QString directoryState(Workspace& ws)
{
    QStringList lines;
    // Kept in variables: a range-for over a temporary Result's value would dangle.
    const QList<User> users = ws.directory().users().value();
    const QList<Group> groups = ws.directory().groups().value();
    for (const User& u : users)
        lines.append(QStringLiteral("%1|%2|%3|%4|%5").arg(u.login, u.displayName, u.email, u.manager).arg(u.active));
    for (const Group& g : groups)
        lines.append(g.name + QStringLiteral(":") + g.members.join(QLatin1Char(',')));
    return lines.join(QLatin1Char('\n'));
}

SyncReport mustSync(Workspace& ws, bool force = false)
{
    auto r = ws.directorySync().sync(kRoot, LdapDirectory::password(), { false, force });
    if (!r.ok())
        qFatal("sync failed: %s", qPrintable(r.error().message));
    return *r;
}

// A hand-made requester and the targets of actionWithPolicy's "act".
void localRequester(TestWorkspace& t)
{
    t.group(QStringLiteral("requesters"));
    t.user(QStringLiteral("req"), { QStringLiteral("requesters") });
    t.target(QStringLiteral("prod1"), QStringLiteral("server"), QStringLiteral("production"));
    t.target(QStringLiteral("test1"), QStringLiteral("server"), QStringLiteral("test"));
}

} // namespace

class TestDirectorySync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void firstSyncBuildsPeopleGroupsAndManagers();
    void openLdapTreeWithPosixAndUniqueMembers();
    void resyncAppliesExactlyTheChanges();
    void nestingCanBeTurnedOff();
    void pagesSmallerThanTheDirectory();
    void removedPersonIsDisabledAndRefused();
    void requestRoutedToSyncedGroupFollowsTheDirectory();
    void pendingRequestOnlyRemovedPeopleCouldApproveIsReported();
    void massRemovalGuardStopsUnlessForced();
    void dryRunChangesNothing();
    void wrongPasswordChangesNothing();
    void unreachableServerChangesNothing();
    void localEntriesStayAndSyncedOnesAreReadOnly();
    void onlyAdminsConfigureAndSync();
    void bindPasswordIsNeverWrittenOrLogged();
    void periodicSyncIsDueAfterItsInterval();
    void environmentPasswordGoesOnlyToItsServer();
    void cliPreviewSyncAndRefusals();
};

void TestDirectorySync::initTestCase()
{
    if (!LdapDirectory::available())
        QSKIP("COUNTERSIGN_TEST_LDAP_URL is not set: run through packaging/test.sh, or start a server with "
              "eval \"$(packaging/ldap-server.sh start)\".");
    g_previous = qInstallMessageHandler(collect);
}

void TestDirectorySync::cleanupTestCase()
{
    qInstallMessageHandler(g_previous);
}

void TestDirectorySync::init() { }

void TestDirectorySync::firstSyncBuildsPeopleGroupsAndManagers()
{
    TestWorkspace t;
    LdapDirectory ldap;
    TestWorkspace::must(t.ws().directorySync().configure(kRoot, ldap.source(QStringLiteral("active-directory"))),
                        "configure");
    const qint64 before = head(t.ws());
    const SyncReport report = mustSync(t.ws());
    QVERIFY(report.applied);
    QCOMPARE(report.plan.added.size(), 6);

    // Logins from sAMAccountName ("Carl"), case-folded; names, e-mails and managers from the directory.
    auto carl = t.ws().directory().user(QStringLiteral("carl"));
    QVERIFY(carl.ok());
    QCOMPARE(carl->displayName, QStringLiteral("Carl Chief"));
    QCOMPARE(carl->email, QStringLiteral("carl@corp.example.org"));
    QCOMPARE(carl->manager, QStringLiteral("bea"));
    QCOMPARE(t.ws().directory().user(QStringLiteral("emil"))->manager, QStringLiteral("carl"));
    QCOMPARE(t.ws().directory().user(QStringLiteral("ada"))->manager, QString());

    // Nested: approvers holds senior-approvers, which holds leads; the filtered-out group is not copied.
    QCOMPARE(memberList(t.ws(), QStringLiteral("approvers")),
             QStringList({ QStringLiteral("bea"), QStringLiteral("carl"), QStringLiteral("dora") }));
    QCOMPARE(memberList(t.ws(), QStringLiteral("senior-approvers")),
             QStringList({ QStringLiteral("bea"), QStringLiteral("carl") }));
    QCOMPARE(memberList(t.ws(), QStringLiteral("leads")), QStringList({ QStringLiteral("carl") }));
    QCOMPARE(memberList(t.ws(), QStringLiteral("helpdesk")),
             QStringList({ QStringLiteral("emil"), QStringLiteral("finn") }));
    QVERIFY(!t.ws().directory().group(QStringLiteral("ignored-mailing-list")).ok());

    // One audit entry per change, all by directory-sync: 6 people, 4 groups, 8 memberships.
    const QStringList audit = auditSince(t.ws(), before);
    QCOMPARE(audit.size(), 18);
    for (const QString& line : audit)
        QVERIFY2(line.startsWith(QStringLiteral("directory-sync ")), qPrintable(line));
    QVERIFY(audit.contains(QStringLiteral("directory-sync group.member_added approvers:carl")));
    QVERIFY(t.ws().audit().verify()->intact);

    // A second sync finds nothing to do and writes nothing.
    const qint64 synced = head(t.ws());
    QVERIFY(mustSync(t.ws()).plan.isEmpty());
    QCOMPARE(head(t.ws()), synced);
}

void TestDirectorySync::openLdapTreeWithPosixAndUniqueMembers()
{
    TestWorkspace t;
    LdapDirectory ldap;
    TestWorkspace::must(t.ws().directorySync().configure(kRoot, ldap.source(QStringLiteral("openldap"))), "configure");
    mustSync(t.ws());
    QCOMPARE(t.ws().directory().user(QStringLiteral("pete"))->manager, QStringLiteral("olga"));
    QCOMPARE(t.ws().directory().user(QStringLiteral("olga"))->displayName, QStringLiteral("Olga Ops"));
    QCOMPARE(memberList(t.ws(), QStringLiteral("ops")), QStringList({ QStringLiteral("olga") }));
    QCOMPARE(memberList(t.ws(), QStringLiteral("dbas")), QStringList({ QStringLiteral("pete") }));
    // posixGroup memberUid holds logins, "Olga" among them: compared case-folded.
    QCOMPARE(memberList(t.ws(), QStringLiteral("devs")),
             QStringList({ QStringLiteral("olga"), QStringLiteral("quinn") }));
}

void TestDirectorySync::resyncAppliesExactlyTheChanges()
{
    TestWorkspace t;
    LdapDirectory ldap;
    TestWorkspace::must(t.ws().directorySync().configure(kRoot, ldap.source(QStringLiteral("active-directory"))),
                        "configure");
    mustSync(t.ws());
    const qint64 before = head(t.ws());

    // A member leaves, one joins (a nested group: three groups gain them), an e-mail and a manager change.
    ldap.modify(QStringLiteral("dn: cn=approvers,ou=groups,ou=ad,{base}\nchangetype: modify\ndelete: member\n"
                               "member: cn=Dora Dev,ou=people,ou=ad,{base}\n\n"
                               "dn: cn=leads,ou=groups,ou=ad,{base}\nchangetype: modify\nadd: member\n"
                               "member: cn=Finn Field,ou=people,ou=ad,{base}\n\n"
                               "dn: cn=Emil Engineer,ou=people,ou=ad,{base}\nchangetype: modify\nreplace: mail\n"
                               "mail: emil.engineer@corp.example.org\n\n"
                               "dn: cn=Dora Dev,ou=people,ou=ad,{base}\nchangetype: modify\nreplace: manager\n"
                               "manager: cn=Carl Chief,ou=people,ou=ad,{base}\n"));
    const SyncReport report = mustSync(t.ws());
    QCOMPARE(report.plan.changeCount(), 6);
    QCOMPARE(auditSince(t.ws(), before),
             QStringList({ QStringLiteral("directory-sync group.member_added approvers:finn"),
                           QStringLiteral("directory-sync group.member_added leads:finn"),
                           QStringLiteral("directory-sync group.member_added senior-approvers:finn"),
                           QStringLiteral("directory-sync group.member_removed approvers:dora"),
                           QStringLiteral("directory-sync user.changed dora"),
                           QStringLiteral("directory-sync user.changed emil") }));
    QCOMPARE(t.ws().directory().user(QStringLiteral("emil"))->email, QStringLiteral("emil.engineer@corp.example.org"));
    QCOMPARE(t.ws().directory().user(QStringLiteral("dora"))->manager, QStringLiteral("carl"));
    QVERIFY(!memberList(t.ws(), QStringLiteral("approvers")).contains(QStringLiteral("dora")));
    // The change entry says what changed, from what to what.
    const auto entries = t.ws().audit().entries(0, 1000, before).value();
    bool sawManager = false;
    for (const AuditEntry& e : entries)
        if (e.event == AuditEvent::UserChanged
            && e.payloadObject().value(QStringLiteral("login")) == QLatin1String("dora")) {
            const QJsonObject m = e.payloadObject()[QStringLiteral("changes")][QStringLiteral("manager")].toObject();
            QCOMPARE(m.value(QStringLiteral("from")).toString(), QStringLiteral("bea"));
            QCOMPARE(m.value(QStringLiteral("to")).toString(), QStringLiteral("carl"));
            sawManager = true;
        }
    QVERIFY(sawManager);
}

void TestDirectorySync::nestingCanBeTurnedOff()
{
    TestWorkspace t;
    LdapDirectory ldap;
    DirectorySource source = ldap.source(QStringLiteral("active-directory"));
    source.nesting = DirectorySource::Nesting::None;
    TestWorkspace::must(t.ws().directorySync().configure(kRoot, source), "configure");
    mustSync(t.ws());
    QCOMPARE(memberList(t.ws(), QStringLiteral("approvers")), QStringList({ QStringLiteral("dora") }));
    QCOMPARE(memberList(t.ws(), QStringLiteral("senior-approvers")), QStringList({ QStringLiteral("bea") }));
}

void TestDirectorySync::pagesSmallerThanTheDirectory()
{
    LdapDirectory ldap;
    // 6 people and 5 groups, in pages of 1 and 2: every page must be read.
    for (int pageSize : { 1, 2 }) {
        DirectorySource source = ldap.source(QStringLiteral("active-directory"));
        source.pageSize = pageSize;
        auto snapshot = LdapClient::read(source, LdapDirectory::password());
        QVERIFY2(snapshot.ok(), qPrintable(snapshot.error().message));
        QCOMPARE(snapshot->people.size(), 6);
        QCOMPARE(snapshot->groups.size(), 4);
    }
    // And a directory larger than a page by far: 250 more people in pages of 100.
    QString more;
    for (int i = 0; i < 250; ++i)
        more += QStringLiteral("dn: cn=Extra %1,ou=people,ou=ad,{base}\nobjectClass: user\ncn: Extra %1\nsn: Extra\n"
                               "sAMAccountName: extra%1\n\n")
                    .arg(i);
    ldap.add(more);
    DirectorySource source = ldap.source(QStringLiteral("active-directory"));
    source.pageSize = 100;
    auto snapshot = LdapClient::read(source, LdapDirectory::password());
    QVERIFY(snapshot.ok());
    QCOMPARE(snapshot->people.size(), 256);
}

void TestDirectorySync::removedPersonIsDisabledAndRefused()
{
    TestWorkspace t;
    LdapDirectory ldap;
    TestWorkspace::must(t.ws().directorySync().configure(kRoot, ldap.source(QStringLiteral("active-directory"))),
                        "configure");
    mustSync(t.ws());
    localRequester(t);
    t.action(actionWithPolicy(
        R"({"rules":[{"name":"two","phases":[{"name":"P1","approve":{"group":"approvers"},"quorum":2}]}]})"));
    const auto submit = [&] {
        auto r = t.ws().requests().submit(
            QStringLiteral("req"), { QStringLiteral("act"), {}, { QStringLiteral("test1") }, QStringLiteral("x"), {} },
            SubmitMode::RequestApproval);
        if (!r.ok())
            qFatal("submit: %s", qPrintable(r.error().message));
        return r->id;
    };
    const qint64 first = submit();
    QVERIFY(t.ws().requests().decide(QStringLiteral("dora"), first, true, {}).ok());
    const qint64 second = submit();

    // Dora leaves the company: her entry is deleted from the directory.
    ldap.modify(QStringLiteral("dn: cn=Dora Dev,ou=people,ou=ad,{base}\nchangetype: delete\n"));
    const SyncReport report = mustSync(t.ws());
    QCOMPARE(report.plan.disabled, QStringList({ QStringLiteral("dora") }));
    auto dora = t.ws().directory().user(QStringLiteral("dora"));
    QVERIFY(dora.ok()); // disabled, not deleted
    QVERIFY(!dora->active);
    auto refused = t.ws().requests().decide(QStringLiteral("dora"), second, true, {});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Forbidden);
    QVERIFY2(refused.error().message.contains(QStringLiteral("disabled")), qPrintable(refused.error().message));
    // Her earlier decision stays, and the log still verifies.
    QCOMPARE(t.ws().requestStore().decisions(first)->size(), 1);
    QVERIFY(t.ws().audit().verify()->intact);

    // She comes back: enabled again, with one entry saying so.
    ldap.add(QStringLiteral("dn: cn=Dora Dev,ou=people,ou=ad,{base}\nobjectClass: user\ncn: Dora Dev\nsn: Dev\n"
                            "displayName: Dora Dev\nsAMAccountName: dora\nmail: dora@corp.example.org\n"));
    QCOMPARE(mustSync(t.ws()).plan.enabled, QStringList({ QStringLiteral("dora") }));
    QVERIFY(t.ws().directory().user(QStringLiteral("dora"))->active);
}

void TestDirectorySync::requestRoutedToSyncedGroupFollowsTheDirectory()
{
    TestWorkspace t;
    LdapDirectory ldap;
    TestWorkspace::must(t.ws().directorySync().configure(kRoot, ldap.source(QStringLiteral("active-directory"))),
                        "configure");
    mustSync(t.ws());
    localRequester(t);
    t.action(actionWithPolicy(R"({"approvalRequired":true,"approverGroups":["helpdesk"]})"));
    const auto submit = [&] {
        return t.ws()
            .requests()
            .submit(QStringLiteral("req"),
                    { QStringLiteral("act"), {}, { QStringLiteral("test1") }, QStringLiteral("x"), {} },
                    SubmitMode::RequestApproval)
            .value()
            .id;
    };
    const qint64 a = submit();
    const qint64 b = submit();
    // Dora is not in helpdesk yet: refused.
    QVERIFY(!t.ws().requests().decide(QStringLiteral("dora"), a, true, {}).ok());

    // In the directory, Dora joins helpdesk and Emil leaves it.
    ldap.modify(QStringLiteral("dn: cn=helpdesk,ou=groups,ou=ad,{base}\nchangetype: modify\nadd: member\n"
                               "member: cn=Dora Dev,ou=people,ou=ad,{base}\n-\ndelete: member\n"
                               "member: cn=Emil Engineer,ou=people,ou=ad,{base}\n"));
    // Before the sync, Countersign still has the old membership.
    QVERIFY(!t.ws().requests().decide(QStringLiteral("dora"), a, true, {}).ok());
    mustSync(t.ws());
    auto approved = t.ws().requests().decide(QStringLiteral("dora"), a, true, {});
    QVERIFY2(approved.ok(), qPrintable(approved.error().message));
    QCOMPARE(approved->state, RequestState::Approved);
    auto emil = t.ws().requests().decide(QStringLiteral("emil"), b, true, {});
    QVERIFY(!emil.ok());
    QCOMPARE(emil.error().code, Error::Code::Forbidden);
}

void TestDirectorySync::pendingRequestOnlyRemovedPeopleCouldApproveIsReported()
{
    TestWorkspace t;
    LdapDirectory ldap;
    TestWorkspace::must(t.ws().directorySync().configure(kRoot, ldap.source(QStringLiteral("active-directory"))),
                        "configure");
    mustSync(t.ws());
    localRequester(t);
    t.action(actionWithPolicy(R"({"approvalRequired":true,"approverGroups":["leads"]})"));
    const qint64 id = t.ws()
                          .requests()
                          .submit(QStringLiteral("req"),
                                  { QStringLiteral("act"), {}, { QStringLiteral("test1") }, QStringLiteral("x"), {} },
                                  SubmitMode::RequestApproval)
                          .value()
                          .id;
    // Carl, the only lead, leaves; the preview already names the request, the sync reports it.
    ldap.modify(QStringLiteral("dn: cn=Carl Chief,ou=people,ou=ad,{base}\nchangetype: delete\n"));
    auto preview = t.ws().directorySync().sync(kRoot, LdapDirectory::password(), { true, true });
    QVERIFY(preview.ok());
    QCOMPARE(preview->strandedRequests, QList<qint64>({ id }));
    const SyncReport report = mustSync(t.ws(), true);
    QCOMPARE(report.strandedRequests, QList<qint64>({ id }));
    QVERIFY(report.summary().contains(QStringLiteral("1 pending request")));
}

void TestDirectorySync::massRemovalGuardStopsUnlessForced()
{
    TestWorkspace t;
    LdapDirectory ldap;
    TestWorkspace::must(t.ws().directorySync().configure(kRoot, ldap.source(QStringLiteral("active-directory"))),
                        "configure");
    mustSync(t.ws());
    // A broken filter: the people base now points at an empty subtree.
    DirectorySource broken = ldap.source(QStringLiteral("active-directory"));
    broken.peopleBase = QStringLiteral("ou=groups,ou=ad,") + ldap.base();
    TestWorkspace::must(t.ws().directorySync().configure(kRoot, broken), "configure");
    const QString state = directoryState(t.ws());
    const qint64 before = head(t.ws());
    auto stopped = t.ws().directorySync().sync(kRoot, LdapDirectory::password(), {});
    QVERIFY(!stopped.ok());
    QCOMPARE(stopped.error().code, Error::Code::Conflict);
    QVERIFY2(stopped.error().message.contains(QStringLiteral("disable 6 of 6 people")),
             qPrintable(stopped.error().message));
    QVERIFY(stopped.error().message.contains(QStringLiteral("--force")));
    QCOMPARE(directoryState(t.ws()), state);
    QCOMPARE(head(t.ws()), before);

    // Within the limit it goes through: one of six people (17%) under the default 20%.
    TestWorkspace::must(t.ws().directorySync().configure(kRoot, ldap.source(QStringLiteral("active-directory"))),
                        "configure");
    ldap.modify(QStringLiteral("dn: cn=Ada Admin,ou=people,ou=ad,{base}\nchangetype: delete\n"));
    QCOMPARE(mustSync(t.ws()).plan.disabled.size(), 1);

    // Forced, the broken source applies: everyone from the directory is disabled, none deleted.
    TestWorkspace::must(t.ws().directorySync().configure(kRoot, broken), "configure");
    const SyncReport forced = mustSync(t.ws(), true);
    QCOMPARE(forced.plan.disabled.size(), 5);
    QCOMPARE(t.ws().directory().users()->size(), 7); // root and the six, disabled
}

void TestDirectorySync::dryRunChangesNothing()
{
    TestWorkspace t;
    LdapDirectory ldap;
    TestWorkspace::must(t.ws().directorySync().configure(kRoot, ldap.source(QStringLiteral("openldap"))), "configure");
    const QString state = directoryState(t.ws());
    const qint64 before = head(t.ws());
    auto preview = t.ws().directorySync().sync(kRoot, LdapDirectory::password(), { true, false });
    QVERIFY(preview.ok());
    QVERIFY(!preview->applied);
    QCOMPARE(preview->plan.added.size(), 3);
    QCOMPARE(preview->plan.groupsAdded.size(), 3);
    QCOMPARE(directoryState(t.ws()), state);
    QCOMPARE(head(t.ws()), before);
}

void TestDirectorySync::wrongPasswordChangesNothing()
{
    TestWorkspace t;
    LdapDirectory ldap;
    TestWorkspace::must(t.ws().directorySync().configure(kRoot, ldap.source(QStringLiteral("active-directory"))),
                        "configure");
    mustSync(t.ws());
    ldap.modify(QStringLiteral("dn: cn=Ada Admin,ou=people,ou=ad,{base}\nchangetype: delete\n"));
    const QString state = directoryState(t.ws());
    const qint64 before = head(t.ws());
    const QString wrong = QStringLiteral("not-the-Password-4711");
    auto r = t.ws().directorySync().sync(kRoot, wrong, {});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::Forbidden);
    QVERIFY2(r.error().message.contains(QStringLiteral("refused the bind DN")), qPrintable(r.error().message));
    QVERIFY(r.error().message.endsWith(QStringLiteral("nothing was changed.")));
    QVERIFY(!r.error().message.contains(wrong));
    QCOMPARE(directoryState(t.ws()), state);
    QCOMPARE(head(t.ws()), before);
}

void TestDirectorySync::unreachableServerChangesNothing()
{
    TestWorkspace t;
    LdapDirectory ldap;
    TestWorkspace::must(t.ws().directorySync().configure(kRoot, ldap.source(QStringLiteral("active-directory"))),
                        "configure");
    mustSync(t.ws());
    DirectorySource gone = ldap.source(QStringLiteral("active-directory"));
    gone.url = QStringLiteral("ldap://127.0.0.1:1");
    TestWorkspace::must(t.ws().directorySync().configure(kRoot, gone), "configure");
    const QString state = directoryState(t.ws());
    const qint64 before = head(t.ws());
    auto r = t.ws().directorySync().sync(kRoot, LdapDirectory::password(), {});
    QVERIFY(!r.ok());
    QVERIFY2(
        r.error().message.startsWith(QStringLiteral("The directory server at ldap://127.0.0.1:1 cannot be reached")),
        qPrintable(r.error().message));
    QVERIFY(r.error().message.endsWith(QStringLiteral("nothing was changed.")));
    QCOMPARE(directoryState(t.ws()), state);
    QCOMPARE(head(t.ws()), before);
}

void TestDirectorySync::localEntriesStayAndSyncedOnesAreReadOnly()
{
    TestWorkspace t;
    LdapDirectory ldap;
    // A hand-made person with a login the directory also has, and a hand-made group.
    t.user(QStringLiteral("bea"));
    t.group(QStringLiteral("oncall"));
    TestWorkspace::must(t.ws().directorySync().configure(kRoot, ldap.source(QStringLiteral("active-directory"))),
                        "configure");
    const SyncReport report = mustSync(t.ws());
    QVERIFY(
        report.plan.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("\"bea\" exists here as a local person")));
    QCOMPARE(t.ws().directory().user(QStringLiteral("bea"))->displayName, QStringLiteral("BEA")); // untouched
    // The local bea still counts as a member of the directory's groups she is in.
    QVERIFY(memberList(t.ws(), QStringLiteral("senior-approvers")).contains(QStringLiteral("bea")));
    // Carl's manager is the local bea.
    QCOMPARE(t.ws().directory().user(QStringLiteral("carl"))->manager, QStringLiteral("bea"));

    // Synced people may join local groups by hand; synced groups are the directory's.
    TestWorkspace::must(t.ws().admin().setMembership(kRoot, QStringLiteral("oncall"), QStringLiteral("carl"), true),
                        "join");
    auto refused = t.ws().admin().setMembership(kRoot, QStringLiteral("helpdesk"), QStringLiteral("carl"), true);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Forbidden);
    QVERIFY2(refused.error().message.contains(QStringLiteral("comes from the company directory")),
             qPrintable(refused.error().message));

    // Removing everyone from the directory's groups leaves the local entries as they were.
    ldap.modify(QStringLiteral("dn: cn=Carl Chief,ou=people,ou=ad,{base}\nchangetype: delete\n"));
    mustSync(t.ws(), true);
    QCOMPARE(memberList(t.ws(), QStringLiteral("oncall")), QStringList({ QStringLiteral("carl") }));
    QVERIFY(t.ws().directory().user(QStringLiteral("bea"))->active);
}

void TestDirectorySync::onlyAdminsConfigureAndSync()
{
    TestWorkspace t;
    LdapDirectory ldap;
    t.user(QStringLiteral("someone"));
    const DirectorySource source = ldap.source(QStringLiteral("openldap"));
    QCOMPARE(t.ws().directorySync().configure(QStringLiteral("someone"), source).error().code, Error::Code::Forbidden);
    TestWorkspace::must(t.ws().directorySync().configure(kRoot, source), "configure");
    QCOMPARE(t.ws().directorySync().sync(QStringLiteral("someone"), LdapDirectory::password(), {}).error().code,
             Error::Code::Forbidden);
    QCOMPARE(t.ws().directorySync().source(QStringLiteral("someone")).error().code, Error::Code::Forbidden);
    // A broken source is refused with the reason.
    DirectorySource wrong = source;
    wrong.url = QStringLiteral("http://example.org");
    auto r = t.ws().directorySync().configure(kRoot, wrong);
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(QStringLiteral("ldap://")));
    // A simple bind over plain ldap:// to another machine would send the password in the clear.
    wrong.url = QStringLiteral("ldap://ldap.example.org");
    r = t.ws().directorySync().configure(kRoot, wrong);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QStringLiteral("unencrypted")), qPrintable(r.error().message));
    wrong.startTls = true;
    QVERIFY(t.ws().directorySync().configure(kRoot, wrong).ok());
}

void TestDirectorySync::bindPasswordIsNeverWrittenOrLogged()
{
    const QByteArray secret = LdapDirectory::password().toUtf8();
    QVERIFY(!secret.isEmpty());
    QString dbPath;
    {
        TestWorkspace t;
        dbPath = t.path();
        LdapDirectory ldap;
        TestWorkspace::must(t.ws().directorySync().configure(kRoot, ldap.source(QStringLiteral("active-directory"))),
                            "configure");
        mustSync(t.ws());
        ldap.modify(QStringLiteral("dn: cn=Ada Admin,ou=people,ou=ad,{base}\nchangetype: delete\n"));
        QVERIFY(t.ws().directorySync().sync(kRoot, LdapDirectory::password(), { true, false }).ok());
        mustSync(t.ws());
        // Every audit entry and the stored source, on either engine.
        const QList<AuditEntry> entries = t.ws().audit().entries(0, 100000).value();
        for (const AuditEntry& e : entries)
            QVERIFY(!e.payload.toUtf8().contains(secret));
        auto stored = t.db().exec(QStringLiteral("SELECT config, last_sync_summary FROM directory_source"));
        QVERIFY(stored.ok() && stored->next());
        QVERIFY(!stored->value(0).toString().toUtf8().contains(secret));
        QVERIFY(!stored->value(1).toString().toUtf8().contains(secret));
        // The files of the workspace (SQLite: database, WAL), read while still open.
        if (!TestWorkspace::onPostgres()) {
            QDirIterator files(QFileInfo(dbPath).absolutePath(), QDir::Files | QDir::Hidden,
                               QDirIterator::Subdirectories);
            int read = 0;
            while (files.hasNext()) {
                QFile f(files.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                QVERIFY2(!f.readAll().contains(secret), qPrintable(f.fileName()));
                ++read;
            }
            QVERIFY(read >= 1);
        }
    }
    // Everything this run logged, failures included (a wrong server, a wrong password).
    QVERIFY(g_logged.size() > 0);
    for (const QString& line : std::as_const(g_logged))
        QVERIFY2(!line.toUtf8().contains(secret), qPrintable(line));
}

void TestDirectorySync::periodicSyncIsDueAfterItsInterval()
{
    TestWorkspace t;
    LdapDirectory ldap;
    QCOMPARE(t.ws().directorySync().scheduledSyncDue().value(), false); // no source
    DirectorySource source = ldap.source(QStringLiteral("openldap"));
    TestWorkspace::must(t.ws().directorySync().configure(kRoot, source), "configure");
    QCOMPARE(t.ws().directorySync().scheduledSyncDue().value(), false); // no interval: the agent leaves it
    source.intervalMinutes = 15;
    TestWorkspace::must(t.ws().directorySync().configure(kRoot, source), "configure");
    QCOMPARE(t.ws().directorySync().scheduledSyncDue().value(), true); // never synced
    qputenv(DirectorySource::PasswordVariable, LdapDirectory::password().toUtf8());
    qputenv(DirectorySource::PasswordUrlVariable, source.url.toUtf8());
    auto report = t.ws().directorySync().syncScheduled();
    qunsetenv(DirectorySource::PasswordVariable);
    qunsetenv(DirectorySource::PasswordUrlVariable);
    QVERIFY(report.ok());
    QCOMPARE(report->plan.added.size(), 3);
    QCOMPARE(t.ws().directorySync().scheduledSyncDue().value(), false);
    t.clock.advanceSecs(14 * 60);
    QCOMPARE(t.ws().directorySync().scheduledSyncDue().value(), false);
    t.clock.advanceSecs(60);
    QCOMPARE(t.ws().directorySync().scheduledSyncDue().value(), true);
}

void TestDirectorySync::environmentPasswordGoesOnlyToItsServer()
{
    TestWorkspace t;
    LdapDirectory ldap;
    DirectorySource source = ldap.source(QStringLiteral("openldap"));
    source.intervalMinutes = 15;
    TestWorkspace::must(t.ws().directorySync().configure(kRoot, source), "configure");
    const QByteArray secret = LdapDirectory::password().toUtf8();
    const auto cleanup = qScopeGuard([] {
        qunsetenv(DirectorySource::PasswordVariable);
        qunsetenv(DirectorySource::PasswordUrlVariable);
    });

    QVERIFY(!source.environmentPassword().value().has_value()); // none set: the keychain's turn
    auto noPassword = t.ws().directorySync().syncScheduled();
    QVERIFY(!noPassword.ok());
    QVERIFY2(noPassword.error().message.contains(QLatin1String(DirectorySource::PasswordUrlVariable)),
             qPrintable(noPassword.error().message));

    // Set without naming its server: not used, and the sentence says what to set.
    qputenv(DirectorySource::PasswordVariable, secret);
    auto unbound = source.environmentPassword();
    QVERIFY(!unbound.ok());
    QVERIFY2(unbound.error().message.contains(QLatin1String(DirectorySource::PasswordUrlVariable)),
             qPrintable(unbound.error().message));
    QVERIFY(!unbound.error().message.toUtf8().contains(secret));

    // An admin re-points the source at a server of their own: the password stays home.
    qputenv(DirectorySource::PasswordUrlVariable, source.url.toUtf8());
    DirectorySource elsewhere = source;
    elsewhere.url = QStringLiteral("ldaps://collector.example.net");
    TestWorkspace::must(t.ws().directorySync().configure(kRoot, elsewhere), "configure");
    auto redirected = t.ws().directorySync().syncScheduled();
    QVERIFY(!redirected.ok());
    QVERIFY2(redirected.error().message.contains(QLatin1String("was not sent")),
             qPrintable(redirected.error().message));
    QVERIFY(!redirected.error().message.toUtf8().contains(secret));

    // Its own server, written another way (upper case, default port), gets it.
    const QUrl own(source.url);
    qputenv(DirectorySource::PasswordUrlVariable,
            QStringLiteral("%1://%2:%3").arg(own.scheme(), own.host().toUpper()).arg(own.port(389)).toUtf8());
    TestWorkspace::must(t.ws().directorySync().configure(kRoot, source), "configure");
    QCOMPARE(source.environmentPassword().value().value_or(QString()).toUtf8(), secret);
    auto synced = t.ws().directorySync().syncScheduled();
    QVERIFY2(synced.ok(), qPrintable(synced.error().message));
}

void TestDirectorySync::cliPreviewSyncAndRefusals()
{
    if (TestWorkspace::onPostgres())
        QSKIP("The CLI on PostgreSQL acts through login roles (tst_cli_e2e); this case runs on SQLite.");
    TestWorkspace t;
    LdapDirectory ldap;
    const DirectorySource source = ldap.source(QStringLiteral("active-directory"));
    TestWorkspace::must(t.ws().directorySync().configure(kRoot, source), "configure");
    QString bindUrl = source.url;
    struct Run
    {
        int code;
        QString out, err;
    };
    const auto cli = [&](const QStringList& args, const QString& password) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("COUNTERSIGN_LDAP_BIND_PASSWORD"), password);
        env.insert(QStringLiteral("COUNTERSIGN_LDAP_BIND_URL"), bindUrl);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CS_CLI_PATH),
                QStringList { QStringLiteral("--db"), t.path(), QStringLiteral("--as"), kRoot } + args);
        if (!p.waitForFinished(60000))
            qFatal("countersign-cli did not finish");
        return Run { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                     QString::fromUtf8(p.readAllStandardError()) };
    };
    const QString password = LdapDirectory::password();
    const QStringList sync { QStringLiteral("directory"), QStringLiteral("sync") };

    Run preview = cli(sync + QStringList { QStringLiteral("--dry-run") }, password);
    QCOMPARE(preview.code, 0);
    QVERIFY2(preview.out.contains(QStringLiteral("+ person ada (Ada Admin)")), qPrintable(preview.out));
    QVERIFY(preview.out.contains(QStringLiteral("+ carl in approvers")));
    QVERIFY(preview.out.contains(QStringLiteral("Preview (nothing changed yet)")));
    QVERIFY(!t.ws().directory().user(QStringLiteral("ada")).ok());

    QCOMPARE(cli(sync, password).code, 0);
    QVERIFY(t.ws().directory().user(QStringLiteral("ada")).ok());

    // A refused bind: exit 4 (forbidden), one line, no password in it.
    const QString wrong = QStringLiteral("wrong-Secret-0815");
    const Run refused = cli(sync, wrong);
    QCOMPARE(refused.code, 4);
    QVERIFY2(refused.err.contains(QStringLiteral("refused the bind DN")), qPrintable(refused.err));
    QCOMPARE(refused.err.count(QLatin1Char('\n')), 1);
    QVERIFY(!refused.err.contains(wrong) && !refused.out.contains(wrong));

    // The environment's password belongs to another server: not sent, exit 4, one line.
    bindUrl = QStringLiteral("ldaps://collector.example.net");
    const Run unsent = cli(sync, password);
    QCOMPARE(unsent.code, 4);
    QVERIFY2(unsent.err.contains(QStringLiteral("was not sent")), qPrintable(unsent.err));
    QVERIFY(!unsent.err.contains(password));
    bindUrl = source.url;

    // The removal guard: exit 5 (conflict) naming --force; --force applies.
    ldap.modify(QStringLiteral("dn: cn=Ada Admin,ou=people,ou=ad,{base}\nchangetype: delete\n\n"
                               "dn: cn=Finn Field,ou=people,ou=ad,{base}\nchangetype: delete\n"));
    const Run guarded = cli(sync, password);
    QCOMPARE(guarded.code, 5);
    QVERIFY2(guarded.err.contains(QStringLiteral("--force")), qPrintable(guarded.err));
    QVERIFY(t.ws().directory().user(QStringLiteral("ada"))->active);
    const Run forced = cli(sync + QStringList { QStringLiteral("--force") }, password);
    QCOMPARE(forced.code, 0);
    QVERIFY(forced.out.contains(QStringLiteral("- person ada disabled")));

    // show: the source and the last sync, never a password.
    const Run shown = cli({ QStringLiteral("--json"), QStringLiteral("directory"), QStringLiteral("show") }, password);
    QCOMPARE(shown.code, 0);
    QVERIFY(shown.out.contains(QStringLiteral("\"url\"")));
    QVERIFY(shown.out.contains(QStringLiteral("2 disabled")));
    QVERIFY(!shown.out.contains(password));
}

QTEST_GUILESS_MAIN(TestDirectorySync)
#include "tst_directorysync.moc"
