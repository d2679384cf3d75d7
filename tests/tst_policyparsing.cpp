#include <QJsonDocument>
#include <QtTest>
#include <core/common/regexrisk.h>
#include <core/policy/policy.h>
#include <core/requests/requeststate.h>

using namespace cs;

class TestPolicyParsing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void simpleModeIsOneRuleOfTheEngine();
    void roundTrip();
    void samePersonFlagRoundTrips();
    void aWebhookMayBeAnAlternativeInALaterPhase();
    void errors_data();
    void errors();
    void stateMachine();
    void catastrophicBacktrackingHeuristic_data();
    void catastrophicBacktrackingHeuristic();
};

void TestPolicyParsing::simpleModeIsOneRuleOfTheEngine()
{
    auto p = Policy::fromJson(
        QJsonDocument::fromJson(
            R"({"approvalRequired":true,"approverGroups":["a","b"],"bypassGroups":["c"],"deadlineHours":5})")
            .object());
    QVERIFY2(p.ok(), qPrintable(p.error().message));
    QVERIFY(p->simpleMode);
    QCOMPARE(p->rules.size(), 1);
    QCOMPARE(p->rules.first().phases.size(), 1);
    const Expression& e = p->rules.first().phases.first().approve;
    QCOMPARE(e.op, Expression::Op::Any);
    QCOMPARE(e.children.size(), 2);
    QCOMPARE(e.children.at(1).value, QStringLiteral("b"));
    QCOMPARE(e.children.at(1).leafId, 1);
    QCOMPARE(p->approverGroups(), (QStringList { QStringLiteral("a"), QStringLiteral("b") }));
    QCOMPARE(p->deadlineHours, 5);

    auto none = Policy::fromJson(QJsonDocument::fromJson(R"({"approvalRequired":false})").object());
    QVERIFY(none.ok());
    QVERIFY(!none->approvalRequired());
    QVERIFY(none->rules.first().phases.isEmpty());
}

void TestPolicyParsing::roundTrip()
{
    const QByteArray json = R"({"bypassGroups":[],"deadlineHours":72,"rules":[
        {"name":"prod","when":[{"field":"target.environment","op":"in","value":["production","dr"]}],
         "phases":[{"name":"A","approve":{"all":[{"group":"x","count":2},{"not":{"user":"eve"}}]},"quorum":2}]},
        {"name":"default","phases":[{"name":"B","approve":{"automatic":true},"quorum":0}]}]})";
    auto p = Policy::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY2(p.ok(), qPrintable(p.error().message));
    auto again = Policy::fromJson(p->toJson());
    QVERIFY(again.ok());
    QCOMPARE(again->toJson(), p->toJson());
    QCOMPARE(p->rules.first().phases.first().approve.describe(),
             QStringLiteral("all of (2 members of x; not (user eve))"));
}

void TestPolicyParsing::samePersonFlagRoundTrips()
{
    const QByteArray json = R"({"rules":[{"name":"d","phases":[
        {"name":"A","approve":{"all":[{"group":"x"},{"group":"y"}]},"samePersonMaySatisfyAll":true},
        {"name":"B","approve":{"all":[{"group":"x"},{"group":"y"}]},"samePersonMaySatisfyAll":false},
        {"name":"C","approve":{"all":[{"group":"x"},{"group":"y"}]}}]}]})";
    auto p = Policy::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY2(p.ok(), qPrintable(p.error().message));
    const QList<Phase>& phases = p->rules.first().phases;
    QVERIFY(phases.at(0).samePersonMaySatisfyAll);
    QVERIFY(!phases.at(1).samePersonMaySatisfyAll);
    QVERIFY(!phases.at(2).samePersonMaySatisfyAll); // the default: different people per branch

    auto again = Policy::fromJson(p->toJson());
    QVERIFY2(again.ok(), qPrintable(again.error().message));
    QVERIFY(again->rules.first().phases.at(0).samePersonMaySatisfyAll);
    QCOMPARE(again->toJson(), p->toJson());

    // Written only when set, so the JSON (and digest) of flows snapshotted before the flag stays the same.
    QVERIFY(phases.at(0).toJson().value(QStringLiteral("samePersonMaySatisfyAll")).toBool());
    QVERIFY(!phases.at(2).toJson().contains(QStringLiteral("samePersonMaySatisfyAll")));

    Flow flow;
    flow.rule = QStringLiteral("d");
    flow.phases = phases;
    auto flowAgain = Flow::fromJson(flow.toJson());
    QVERIFY2(flowAgain.ok(), qPrintable(flowAgain.error().message));
    QVERIFY(flowAgain->phases.at(0).samePersonMaySatisfyAll);
}

// A webhook decides a request once: it may still stand beside people in a later phase.
void TestPolicyParsing::aWebhookMayBeAnAlternativeInALaterPhase()
{
    const QByteArray json = R"({"rules":[{"name":"d","phases":[{"name":"Ticket","approve":{"webhook":"itsm"}},
        {"name":"Board","approve":{"any":[{"group":"cab"},{"webhook":"itsm"}]}},
        {"name":"Last","approve":{"all":[{"group":"ops"},{"not":{"webhook":"itsm"}}]}}]}]})";
    auto p = Policy::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY2(p.ok(), qPrintable(p.error().message));
    QCOMPARE(p->referencedWebhooks(), QStringList { QStringLiteral("itsm") });
    QVERIFY(p->checkWebhooksDecideOnce().ok());

    // Needed by two phases: refused when published, naming both; a stored one still reads.
    auto twice = Policy::fromJson(QJsonDocument::fromJson(R"({"rules":[{"name":"d","phases":[
        {"name":"Ticket","approve":{"webhook":"itsm"}},
        {"name":"Change board","approve":{"all":[{"group":"cab"},{"webhook":"itsm"}]}}]}]})")
                                      .object());
    QVERIFY2(twice.ok(), qPrintable(twice.error().message));
    const Status once = twice->checkWebhooksDecideOnce();
    QVERIFY(!once.ok());
    QCOMPARE(once.error().message,
             QStringLiteral("Rule \"d\": Change board needs the answer of webhook \"itsm\", which Ticket needs too: a "
                            "webhook decides a request once, so it can answer for one phase only."));
}

void TestPolicyParsing::errors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("approval without approvers")
        << QByteArray(R"({"approvalRequired":true})") << "no approver group is named";
    QTest::newRow("unknown field") << QByteArray(R"({"approvalRequird":true})") << "unknown field \"approvalRequird\"";
    QTest::newRow("deadline zero") << QByteArray(R"({"approvalRequired":false,"deadlineHours":0})")
                                   << "\"deadlineHours\" must be";
    QTest::newRow("no rules") << QByteArray(R"({"rules":[]})") << "non-empty list";
    QTest::newRow("no default rule") << QByteArray(
        R"({"rules":[{"name":"a","when":[{"field":"action","op":"eq","value":"x"}],"phases":[]}]})")
                                     << "must have no conditions";
    QTest::newRow("unreachable rule") << QByteArray(R"({"rules":[{"name":"a","phases":[]},{"name":"b","phases":[]}]})")
                                      << "could never match";
    QTest::newRow("duplicate rule") << QByteArray(
        R"({"rules":[{"name":"a","when":[{"field":"action","op":"eq","value":"x"}],"phases":[]},{"name":"a","phases":[]}]})")
                                    << "used twice";
    QTest::newRow("unknown field in condition") << QByteArray(
        R"({"rules":[{"name":"a","when":[{"field":"colour","op":"eq","value":"x"}],"phases":[]},{"name":"d","phases":[]}]})")
                                                << "field \"colour\" is unknown";
    QTest::newRow("unknown operator") << QByteArray(
        R"({"rules":[{"name":"a","when":[{"field":"action","op":"like","value":"x"}],"phases":[]},{"name":"d","phases":[]}]})")
                                      << "operator \"like\" is unknown";
    QTest::newRow("in needs list") << QByteArray(
        R"({"rules":[{"name":"a","when":[{"field":"action","op":"in","value":"x"}],"phases":[]},{"name":"d","phases":[]}]})")
                                   << "needs a list";
    QTest::newRow("gt needs number") << QByteArray(
        R"({"rules":[{"name":"a","when":[{"field":"param.n","op":"gt","value":"x"}],"phases":[]},{"name":"d","phases":[]}]})")
                                     << "needs a number";
    QTest::newRow("unknown criterion") << QByteArray(
        R"({"rules":[{"name":"d","phases":[{"name":"p","approve":{"team":"x"}}]}]})")
                                       << "Unknown approval expression";
    QTest::newRow("empty all") << QByteArray(R"({"rules":[{"name":"d","phases":[{"name":"p","approve":{"all":[]}}]}]})")
                               << "non-empty list";
    QTest::newRow("count on user") << QByteArray(
        R"({"rules":[{"name":"d","phases":[{"name":"p","approve":{"user":"x","count":2}}]}]})")
                                   << "\"count\" applies only";
    QTest::newRow("quorum zero") << QByteArray(
        R"({"rules":[{"name":"d","phases":[{"name":"p","approve":{"group":"x"},"quorum":0}]}]})")
                                 << "\"quorum\" must be";
    QTest::newRow("quorum on automatic") << QByteArray(
        R"({"rules":[{"name":"d","phases":[{"name":"p","approve":{"automatic":true},"quorum":1}]}]})")
                                         << "automatic phase takes no quorum";
    QTest::newRow("same-person flag as a string") << QByteArray(
        R"({"rules":[{"name":"d","phases":[{"name":"p","approve":{"group":"x"},"samePersonMaySatisfyAll":"yes"}]}]})")
                                                  << "Phase 1: \"samePersonMaySatisfyAll\" must be true or false";
    QTest::newRow("same-person flag as a number") << QByteArray(
        R"({"rules":[{"name":"d","phases":[{"name":"p","approve":{"group":"x"},"samePersonMaySatisfyAll":1}]}]})")
                                                  << "must be true or false";
    QTest::newRow("same-person flag on the all node") << QByteArray(
        R"({"rules":[{"name":"d","phases":[{"name":"p","approve":{"all":[{"group":"x"}],"samePersonMaySatisfyAll":true}}]}]})")
                                                      << "unknown field \"samePersonMaySatisfyAll\"";
    QTest::newRow("missing approve") << QByteArray(R"({"rules":[{"name":"d","phases":[{"name":"p"}]}]})")
                                     << "needs an \"approve\" expression";

    QByteArray deep = R"({"group":"x"})";
    for (int i = 0; i < 20; ++i)
        deep = "{\"not\":" + deep + "}";
    QTest::newRow("too deep") << QByteArray(R"({"rules":[{"name":"d","phases":[{"name":"p","approve":)" + deep
                                            + "}]}]}")
                              << "nested more than";
}

void TestPolicyParsing::errors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    QVERIFY2(doc.isObject(), "fixture must be valid JSON");
    auto p = Policy::fromJson(doc.object());
    QVERIFY(!p.ok());
    QVERIFY2(p.error().message.contains(error), qPrintable(p.error().message));
}

void TestPolicyParsing::stateMachine()
{
    using S = RequestState;
    QVERIFY(canTransition(S::Pending, S::Approved));
    QVERIFY(canTransition(S::Pending, S::Pending)); // phase advance
    QVERIFY(canTransition(S::Approved, S::Running));
    QVERIFY(canTransition(S::Running, S::Succeeded));
    QVERIFY(canTransition(S::Running, S::Failed));
    QVERIFY(canTransition(S::Approved, S::Failed)); // refused for good by the agent: never ran
    QVERIFY(!canTransition(S::Failed, S::Running));
    QVERIFY(canTransition(S::Succeeded, S::Active));
    QVERIFY(canTransition(S::Active, S::Revoked));
    QVERIFY(!canTransition(S::Rejected, S::Approved));
    QVERIFY(!canTransition(S::Expired, S::Approved));
    QVERIFY(!canTransition(S::Cancelled, S::Pending));
    QVERIFY(!canTransition(S::Pending, S::Running)); // no approval, no execution
    QVERIFY(!canTransition(S::Approved, S::Pending));
    QVERIFY(!canTransition(S::Succeeded, S::Running)); // never twice
    for (const QString& name : allStateNames())
        QCOMPARE(stateName(*stateFromName(name)), name);
    QVERIFY(!stateFromName(QStringLiteral("done")));
}

void TestPolicyParsing::catastrophicBacktrackingHeuristic_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("risky");
    QTest::newRow("(a+)+") << "(a+)+$" << true;
    QTest::newRow("(a*)*") << "(a*)*" << true;
    QTest::newRow("(a|a)*") << "(a|a)*" << true;
    QTest::newRow("(a|ab)+") << "^(a|ab)+$" << true;
    QTest::newRow("(\\d+)*") << "(\\d+)*x" << true;
    QTest::newRow("(?:x{2,})+") << "(?:x{2,})+" << true;
    QTest::newRow("nested deeper") << "((a+))+" << true;
    QTest::newRow("start that the inside can match") << "(a[a-z]+)+" << true;
    QTest::newRow("dot inside") << "(-.+)*" << true;
    QTest::newRow("(.|x)*") << "(.|x)*" << true;
    QTest::newRow("plain") << "[a-z]+" << false;
    QTest::newRow("group once") << "(a+)b" << false;
    QTest::newRow("repeated literal group") << "(ab)+" << false;
    QTest::newRow("separated words") << "[a-z]+(-[a-z]+)*" << false;
    QTest::newRow("dotted labels") << "[a-z0-9]+(\\.[a-z0-9-]+)*" << false;
    QTest::newRow("bounded outer") << "(a+)?" << false;
    QTest::newRow("distinct alternatives") << "(foo|bar)*" << false;
    QTest::newRow("quantifier in class") << "([+*])+" << false;
    QTest::newRow("escaped parens") << "\\(a+\\)+" << false;
    QTest::newRow("literal brace") << "(a{x})+" << false;
}

void TestPolicyParsing::catastrophicBacktrackingHeuristic()
{
    QFETCH(QString, pattern);
    QFETCH(bool, risky);
    QCOMPARE(mayBacktrackCatastrophically(pattern), risky);
}

QTEST_GUILESS_MAIN(TestPolicyParsing)
#include "tst_policyparsing.moc"
