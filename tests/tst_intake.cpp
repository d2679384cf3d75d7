// Intake requirements (issue 19: a ticket reference and a minimum comment length, declared by a
// workflow or an embedded policy) and requests on behalf of someone (issue 17).
#include <QtTest>
#include <core/admin/workflowservice.h>
#include <core/views/requestjson.h>
#include <core/views/requesttext.h>
#include <support/testworkspace.h>

using namespace cs;

namespace {

const QByteArray kTicketIntake
    = R"("intake":{"ticket":{"label":"Change ticket","pattern":"^(INC|CHG)-[0-9]+$","required":true},"minCommentLength":20})";

QByteArray simpleWithIntake()
{
    return QByteArray(R"({"approvalRequired":true,"approverGroups":["approvers"],)") + kTicketIntake + "}";
}

const QString kLongComment = QStringLiteral("the disk on prod1 is almost full");

SubmitInput input(const QString& comment = kLongComment, const QString& ticket = {})
{
    SubmitInput in { QStringLiteral("act"), {}, { QStringLiteral("test1") }, comment };
    in.ticket = ticket;
    return in;
}

Result<Request> submitAs(TestWorkspace& t, const QString& who, const SubmitInput& in)
{
    return t.ws().requests().submit(who, in, SubmitMode::RequestApproval);
}

// The standard directory plus a help desk: "hd" (manager carol) may request on behalf of others.
void buildHelpdesk(TestWorkspace& t, const QByteArray& policy)
{
    buildStandardDirectory(t);
    t.group(QStringLiteral("helpdesk"));
    t.user(QStringLiteral("hd"),
           { QStringLiteral("requesters"), QStringLiteral("helpdesk"), QStringLiteral("approvers") },
           QStringLiteral("carol"));
    QByteArray json = actionWithPolicy(policy);
    json.replace(R"("requesterGroups": ["requesters"])",
                 R"("requesterGroups": ["requesters", "helpdesk"], "onBehalf": {"requesterGroups": ["helpdesk"]})");
    t.action(json);
}

bool canDecide(TestWorkspace& t, const QString& who, qint64 id)
{
    auto d = t.ws().requests().details(who, id);
    return d.ok() && d->eligibility.canDecide;
}

} // namespace

class TestIntake : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void intakeFiles_data();
    void intakeFiles();
    void missingOrMalformedTicketRefusedWithFieldNamed();
    void ticketIsStoredAndPartOfDigest();
    void minimumCommentLength();
    void planTellsTheFormWhatIsMissing();
    void workflowIntakeAppliesToItsActions();
    void ticketConditionRoutes();
    void requestWithoutNewFieldsKeepsItsDigestInput();

    void onBehalfFiles_data();
    void onBehalfFiles();
    void onBehalfAllowedAndRefused();
    void managerOfBeneficiaryApproves();
    void neitherRequesterNorBeneficiaryMayApprove();
    void beneficiaryReadsAndViewsNameBoth();
};

void TestIntake::intakeFiles_data()
{
    QTest::addColumn<QByteArray>("intake");
    QTest::addColumn<QString>("error"); // empty: accepted
    QTest::newRow("valid") << QByteArray(kTicketIntake) << QString();
    QTest::newRow("bad regex") << QByteArray(R"("intake":{"ticket":{"pattern":"^(INC"}})")
                               << QStringLiteral("is not a valid regular expression");
    QTest::newRow("catastrophic") << QByteArray(R"("intake":{"ticket":{"pattern":"^(a+)+$"}})")
                                  << QStringLiteral("exponential time");
    QTest::newRow("unknown intake field")
        << QByteArray(R"("intake":{"tickets":{}})") << QStringLiteral("unknown field \"tickets\"");
    QTest::newRow("unknown ticket field")
        << QByteArray(R"("intake":{"ticket":{"regex":"x"}})") << QStringLiteral("unknown field \"regex\"");
    QTest::newRow("negative minimum") << QByteArray(R"("intake":{"minCommentLength":-1})")
                                      << QStringLiteral("minCommentLength");
    QTest::newRow("required not bool") << QByteArray(R"("intake":{"ticket":{"required":"yes"}})")
                                       << QStringLiteral("\"required\" must be true or false");
}

void TestIntake::intakeFiles()
{
    QFETCH(QByteArray, intake);
    QFETCH(QString, error);
    auto file = ActionFile::parse(
        actionWithPolicy(QByteArray(R"({"approvalRequired":true,"approverGroups":["approvers"],)") + intake + "}"));
    if (error.isEmpty()) {
        QVERIFY2(file.ok(), qPrintable(file.error().message));
        QVERIFY(file->policy.intake.asksTicket);
        QCOMPARE(file->policy.intake.ticketLabel, QStringLiteral("Change ticket"));
        QCOMPARE(file->policy.intake.minCommentLength, 20);
        // The file as written back reads the same (the editor's round trip).
        auto again = Policy::fromJson(file->policy.toJson());
        QVERIFY(again.ok());
        QCOMPARE(again->intake.toJson(), file->policy.intake.toJson());
    } else {
        QVERIFY(!file.ok());
        QVERIFY2(file.error().message.contains(error), qPrintable(file.error().message));
    }
}

void TestIntake::missingOrMalformedTicketRefusedWithFieldNamed()
{
    TestWorkspace t;
    buildStandardDirectory(t);
    t.action(actionWithPolicy(simpleWithIntake()));
    auto missing = submitAs(t, QStringLiteral("req"), input());
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, Error::Code::Invalid);
    QVERIFY2(missing.error().message.contains(QStringLiteral("\"Change ticket\" is required")),
             qPrintable(missing.error().message));
    auto malformed = submitAs(t, QStringLiteral("req"), input(kLongComment, QStringLiteral("TASK-12")));
    QVERIFY(!malformed.ok());
    QVERIFY2(malformed.error().message.contains(QStringLiteral("\"Change ticket\"")),
             qPrintable(malformed.error().message));
    QVERIFY(malformed.error().message.contains(QStringLiteral("^(INC|CHG)-[0-9]+$")));
    auto ok = submitAs(t, QStringLiteral("req"), input(kLongComment, QStringLiteral(" CHG-123 ")));
    QVERIFY2(ok.ok(), qPrintable(ok.error().message));
    QCOMPARE(ok->ticket, QStringLiteral("CHG-123"));
}

void TestIntake::ticketIsStoredAndPartOfDigest()
{
    TestWorkspace t;
    buildStandardDirectory(t);
    t.action(actionWithPolicy(simpleWithIntake()));
    auto r = submitAs(t, QStringLiteral("req"), input(kLongComment, QStringLiteral("INC-7")));
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    auto loaded = t.ws().requests().details(QStringLiteral("req"), r->id);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
    QCOMPARE(loaded->request.ticket, QStringLiteral("INC-7"));
    QCOMPARE(loaded->request.digestInput().value(QStringLiteral("ticket")).toString(), QStringLiteral("INC-7"));
    Request changed = loaded->request;
    changed.ticket = QStringLiteral("INC-8");
    QVERIFY(changed.computeDigest() != loaded->request.digest);
    // Rewriting the stored ticket is caught when the request is read back.
    TestWorkspace::must(t.db().exec(QStringLiteral("UPDATE requests SET ticket = 'INC-8' WHERE id = ?"), { r->id }).ok()
                            ? Status()
                            : Status(Error::storage(QStringLiteral("update"))),
                        "tamper");
    t.reopen();
    auto tampered = t.ws().requests().details(QStringLiteral("req"), r->id);
    QVERIFY(!tampered.ok());
    QCOMPARE(tampered.error().code, Error::Code::Integrity);
}

void TestIntake::minimumCommentLength()
{
    TestWorkspace t;
    buildStandardDirectory(t);
    t.action(actionWithPolicy(simpleWithIntake()));
    auto r = submitAs(t, QStringLiteral("req"), input(QStringLiteral("too short"), QStringLiteral("CHG-1")));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QStringLiteral("at least 20 characters")), qPrintable(r.error().message));
}

void TestIntake::planTellsTheFormWhatIsMissing()
{
    TestWorkspace t;
    buildStandardDirectory(t);
    t.action(actionWithPolicy(simpleWithIntake()));
    auto plan = t.ws().requests().plan(QStringLiteral("req"), input(kLongComment, QStringLiteral("CHG")));
    QVERIFY2(plan.ok(), qPrintable(plan.error().message));
    QVERIFY(plan->intake.asksTicket);
    QVERIFY2(plan->intakeProblem.contains(QStringLiteral("Change ticket")), qPrintable(plan->intakeProblem));
    plan = t.ws().requests().plan(QStringLiteral("req"), input(kLongComment, QStringLiteral("CHG-2")));
    QVERIFY(plan.ok());
    QVERIFY2(plan->intakeProblem.isEmpty(), qPrintable(plan->intakeProblem));
}

void TestIntake::workflowIntakeAppliesToItsActions()
{
    TestWorkspace t;
    buildStandardDirectory(t);
    auto file = WorkflowFile::parse(QByteArray(R"({"name":"change","policy":{"approvalRequired":true,)"
                                               R"("approverGroups":["approvers"],)")
                                    + kTicketIntake + "}}");
    QVERIFY2(file.ok(), qPrintable(file.error().message));
    auto saved = t.ws().workflows().save(QStringLiteral("root"), *file);
    QVERIFY2(saved.ok(), qPrintable(saved.error().message));
    t.action(actionWithPolicy(R"({"workflow":"change"})"));
    auto missing = submitAs(t, QStringLiteral("req"), input());
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().message.contains(QStringLiteral("Change ticket")), qPrintable(missing.error().message));
    auto ok = submitAs(t, QStringLiteral("req"), input(kLongComment, QStringLiteral("CHG-9")));
    QVERIFY2(ok.ok(), qPrintable(ok.error().message));
}

void TestIntake::ticketConditionRoutes()
{
    TestWorkspace t;
    buildStandardDirectory(t);
    t.action(actionWithPolicy(R"({"intake":{"ticket":{"pattern":"^(INC|CHG)-[0-9]+$","required":false}},"rules":[
        {"name":"emergency","when":[{"field":"ticket","op":"matches","value":"INC-.*"}],
         "phases":[{"name":"Emergency","approve":{"group":"security"}}]},
        {"name":"default","phases":[{"name":"Review","approve":{"group":"approvers"}}]}]})"));
    auto incident = submitAs(t, QStringLiteral("req"), input(kLongComment, QStringLiteral("INC-1")));
    QVERIFY2(incident.ok(), qPrintable(incident.error().message));
    QCOMPARE(incident->flow.rule, QStringLiteral("emergency"));
    QCOMPARE(incident->flow.phases.first().name, QStringLiteral("Emergency"));
    auto change = submitAs(t, QStringLiteral("req"), input(kLongComment, QStringLiteral("CHG-1")));
    QVERIFY(change.ok());
    QCOMPARE(change->flow.rule, QStringLiteral("default"));
    auto none = submitAs(t, QStringLiteral("req"), input()); // the ticket is optional here
    QVERIFY2(none.ok(), qPrintable(none.error().message));
    QCOMPARE(none->flow.rule, QStringLiteral("default"));
}

void TestIntake::requestWithoutNewFieldsKeepsItsDigestInput()
{
    Request r;
    r.action = QStringLiteral("act");
    const QJsonObject before = r.digestInput();
    QVERIFY(!before.contains(QStringLiteral("ticket")));
    QVERIFY(!before.contains(QStringLiteral("behalfOf")));
    r.requester = QStringLiteral("alice");
    QCOMPARE(r.requesterLabel(), QStringLiteral("alice"));
    const QString own = r.computeDigest();
    r.behalfOf = QStringLiteral("maria");
    QVERIFY(r.computeDigest() != own);
    QCOMPARE(r.requesterLabel(), QStringLiteral("alice for maria"));
}

void TestIntake::onBehalfFiles_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QString>("error");
    QTest::newRow("not an object") << QByteArray(R"("onBehalf": true)") << QStringLiteral("\"onBehalf\" must be");
    QTest::newRow("unknown field") << QByteArray(R"("onBehalf": {"allowed": true})")
                                   << QStringLiteral("\"onBehalf\" must be");
    QTest::newRow("empty") << QByteArray(R"("onBehalf": {"requesterGroups": []})") << QStringLiteral("names no");
    QTest::newRow("not a requester group") << QByteArray(R"("onBehalf": {"requesterGroups": ["approvers"]})")
                                           << QStringLiteral("not in \"requesterGroups\"");
}

void TestIntake::onBehalfFiles()
{
    QFETCH(QByteArray, field);
    QFETCH(QString, error);
    QByteArray json = actionWithPolicy(R"({"approvalRequired":true,"approverGroups":["approvers"]})");
    const QByteArray with = QByteArray(R"("requesterGroups": ["requesters"], )") + field;
    json.replace(R"("requesterGroups": ["requesters"])", with);
    auto file = ActionFile::parse(json);
    QVERIFY(!file.ok());
    QVERIFY2(file.error().message.contains(error), qPrintable(file.error().message));
}

void TestIntake::onBehalfAllowedAndRefused()
{
    TestWorkspace t;
    buildHelpdesk(t, R"({"approvalRequired":true,"approverGroups":["security"]})");
    SubmitInput in = input();
    in.behalfOf = QStringLiteral("REQ"); // logins are normalised
    auto r = submitAs(t, QStringLiteral("hd"), in);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->requester, QStringLiteral("hd"));
    QCOMPARE(r->behalfOf, QStringLiteral("req"));
    QCOMPARE(r->digestInput().value(QStringLiteral("behalfOf")).toString(), QStringLiteral("req"));
    QCOMPARE(r->requesterLabel(), QStringLiteral("hd for req"));

    in.behalfOf = QStringLiteral("alice");
    auto notHelpdesk = submitAs(t, QStringLiteral("req"), in);
    QVERIFY(!notHelpdesk.ok());
    QCOMPARE(notHelpdesk.error().code, Error::Code::Forbidden);
    QVERIFY2(notHelpdesk.error().message.contains(QStringLiteral("helpdesk")), qPrintable(notHelpdesk.error().message));

    in.behalfOf = QStringLiteral("nobody");
    auto unknown = submitAs(t, QStringLiteral("hd"), in);
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().code, Error::Code::NotFound);

    in.behalfOf = QStringLiteral("hd");
    QVERIFY(!submitAs(t, QStringLiteral("hd"), in).ok());

    auto plan = t.ws().requests().plan(QStringLiteral("hd"), input());
    QVERIFY(plan.ok() && plan->onBehalfAllowed);
    plan = t.ws().requests().plan(QStringLiteral("req"), input());
    QVERIFY(plan.ok() && !plan->onBehalfAllowed);

    // An action without "onBehalf" takes no beneficiary, whoever asks.
    TestWorkspace plain;
    buildStandardWorkspace(plain);
    in.behalfOf = QStringLiteral("alice");
    auto refused = submitAs(plain, QStringLiteral("req"), in);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QStringLiteral("on behalf")), qPrintable(refused.error().message));
}

void TestIntake::managerOfBeneficiaryApproves()
{
    TestWorkspace t;
    buildHelpdesk(t, R"({"rules":[{"name":"default","phases":[{"name":"Manager","approve":{"manager":true}}]}]})");
    SubmitInput in = input();
    in.behalfOf = QStringLiteral("req"); // manager mgr; the help desk's own manager is carol
    auto r = submitAs(t, QStringLiteral("hd"), in);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QVERIFY(!canDecide(t, QStringLiteral("carol"), r->id));
    QVERIFY(canDecide(t, QStringLiteral("mgr"), r->id));
    auto incoming = t.ws().requests().incoming(QStringLiteral("mgr"));
    QVERIFY(incoming.ok());
    QCOMPARE(incoming->requests.size(), 1);
    auto decided = t.ws().requests().decide(QStringLiteral("mgr"), r->id, true, {});
    QVERIFY2(decided.ok(), qPrintable(decided.error().message));
    QCOMPARE(decided->state, RequestState::Approved);
}

void TestIntake::neitherRequesterNorBeneficiaryMayApprove()
{
    TestWorkspace t;
    buildHelpdesk(t, R"({"approvalRequired":true,"approverGroups":["approvers"]})");
    SubmitInput in = input();
    in.behalfOf = QStringLiteral("alice"); // alice and hd are both approvers
    auto r = submitAs(t, QStringLiteral("hd"), in);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    auto asBeneficiary = t.ws().requests().decide(QStringLiteral("alice"), r->id, true, {});
    QVERIFY(!asBeneficiary.ok());
    QCOMPARE(asBeneficiary.error().code, Error::Code::Forbidden);
    QVERIFY2(asBeneficiary.error().message.contains(QStringLiteral("on your behalf")),
             qPrintable(asBeneficiary.error().message));
    QVERIFY(!t.ws().requests().decide(QStringLiteral("hd"), r->id, true, {}).ok());
    auto incoming = t.ws().requests().incoming(QStringLiteral("alice"));
    QVERIFY(incoming.ok());
    QVERIFY(incoming->requests.isEmpty());
    auto approved = t.ws().requests().decide(QStringLiteral("bob"), r->id, true, {});
    QVERIFY2(approved.ok(), qPrintable(approved.error().message));
    QCOMPARE(approved->state, RequestState::Approved);
}

void TestIntake::beneficiaryReadsAndViewsNameBoth()
{
    TestWorkspace t;
    buildHelpdesk(t, R"({"approvalRequired":true,"approverGroups":["approvers"],)" + QByteArray(kTicketIntake) + "}");
    SubmitInput in = input(kLongComment, QStringLiteral("CHG-42"));
    in.behalfOf = QStringLiteral("req");
    auto r = submitAs(t, QStringLiteral("hd"), in);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    auto asBeneficiary = t.ws().requests().details(QStringLiteral("req"), r->id);
    QVERIFY2(asBeneficiary.ok(), qPrintable(asBeneficiary.error().message));
    auto d = t.ws().requests().details(QStringLiteral("bob"), r->id);
    QVERIFY(d.ok());
    const QJsonObject json = Json::details(*d);
    QCOMPARE(json.value(QStringLiteral("requester")).toString(), QStringLiteral("hd"));
    QCOMPARE(json.value(QStringLiteral("behalfOf")).toString(), QStringLiteral("req"));
    QCOMPARE(json.value(QStringLiteral("ticket")).toString(), QStringLiteral("CHG-42"));
    const QString text = requestAsText(*d, std::nullopt, std::nullopt);
    QVERIFY2(text.contains(QStringLiteral("by hd for req")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Ticket:     CHG-42")));
    // The audit entry records both people and the ticket.
    const QJsonObject submitted = d->history.first().payloadObject();
    QCOMPARE(submitted.value(QStringLiteral("behalfOf")).toString(), QStringLiteral("req"));
    QCOMPARE(submitted.value(QStringLiteral("ticket")).toString(), QStringLiteral("CHG-42"));
    // Both follow it in their Outgoing (the beneficiary's own requests stay there too), found by
    // the ticket and by the beneficiary's name; someone else's Outgoing does not list it.
    SubmitInput own = input(kLongComment, QStringLiteral("CHG-43"));
    auto mine = submitAs(t, QStringLiteral("req"), own);
    QVERIFY2(mine.ok(), qPrintable(mine.error().message));
    const auto outgoing = [&](const QString& who, const QString& search = {}) {
        QList<qint64> ids;
        auto page = t.ws().requests().outgoing(who, {}, 0, 50, search);
        if (page.ok())
            for (const Request& q : page->requests)
                ids << q.id;
        return ids;
    };
    QCOMPARE(outgoing(QStringLiteral("req")), (QList<qint64> { mine->id, r->id }));
    QCOMPARE(outgoing(QStringLiteral("hd")), QList<qint64> { r->id });
    QCOMPARE(outgoing(QStringLiteral("bob")), QList<qint64>());
    QCOMPARE(outgoing(QStringLiteral("req"), QStringLiteral("chg-42")), QList<qint64> { r->id });
    QCOMPARE(outgoing(QStringLiteral("hd"), QStringLiteral("req")), QList<qint64> { r->id });
    // Paged: the second page starts below the first.
    auto first = t.ws().requests().outgoing(QStringLiteral("req"), {}, 0, 1);
    QVERIFY(first.ok() && first->requests.size() == 1);
    auto second = t.ws().requests().outgoing(QStringLiteral("req"), {}, first->requests.first().id, 1);
    QVERIFY(second.ok() && second->requests.size() == 1);
    QCOMPARE(second->requests.first().id, r->id);
}

QTEST_GUILESS_MAIN(TestIntake)
#include "tst_intake.moc"
