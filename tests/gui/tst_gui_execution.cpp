// The client hands approved requests to their agent at once and shows the run live.
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QtTest>
#include <core/audit/auditevents.h>
#include <core/views/audittext.h>
#include <gui/guitestsupport.h>
#include <support/agentprocess.h>
#include <ui/approvals/approvalswidget.h>
#include <ui/approvals/requestdetailwidget.h>
#include <ui/approvals/requestqueueview.h>
#include <ui/catalogue/cataloguewidget.h>
#include <ui/catalogue/parameterform.h>
#include <ui/models/requesttablemodel.h>

using namespace cs;
using namespace cs::ui;

namespace {

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

class TestGuiExecution : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void approvalWithTheAgentAwayShowsWhyItWaits();
    void approvalRunsOnTheAgentAndTheOutputAppearsLive();
    void refusalShowsWhyAndOffersToRequestAgain();
};

void TestGuiExecution::approvalWithTheAgentAwayShowsWhyItWaits()
{
    GuiFixture fixture(QStringLiteral("http://127.0.0.1:9")); // nothing listens there
    auto bob = fixture.open(QStringLiteral("bob"));
    bob->window->showApprovals();
    ApprovalsWidget* approvals = bob->window->approvals();
    QVERIFY(approvals->selectRequest(1));
    bob->prompts.comments = { QStringLiteral("fine") };
    bob->prompts.tokens = { Prompts::Secret { QStringLiteral("token-1"), true } };
    approvals->detail()->approve();

    // Asked once for the token of that agent, remembered in the credential store.
    QCOMPARE(bob->prompts.tokenQuestions, QStringList { QStringLiteral("http://127.0.0.1:9") });
    QCOMPARE(*bob->credentials.read(agentTokenKey(QStringLiteral("http://127.0.0.1:9"))), QStringLiteral("token-1"));
    approvals->detail()->tabs()->setCurrentIndex(4);
    QTRY_VERIFY_WITH_TIMEOUT(
        approvals->detail()->executionText().contains(QLatin1String("waiting for the agent at http://127.0.0.1:9")),
        10000);
    QVERIFY(approvals->detail()->executionText().contains(QLatin1String("It runs when the agent is back.")));
    QCOMPARE(approvals->incoming()->model()->request(1)->state, RequestState::Approved);

    // The requester, in her own client, sees the same reason.
    auto alice = fixture.open(QStringLiteral("alice"));
    alice->window->showApprovals();
    alice->window->approvals()->showOutgoing();
    QVERIFY(alice->window->approvals()->selectRequest(1));
    QVERIFY(alice->window->approvals()->detail()->executionText().contains(QLatin1String("cannot be reached")));
}

void TestGuiExecution::approvalRunsOnTheAgentAndTheOutputAppearsLive()
{
    const quint16 port = freePort();
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(port);
    GuiFixture fixture(url);
    AgentProcess agent(
        { QStringLiteral(CS_AGENT_PATH), QStringLiteral("gui-agent"), port, fixture.path(), fixture.password() });
    const QString token = agent.token();

    auto bob = fixture.open(QStringLiteral("bob"));
    QVERIFY(bob->credentials.write(agentTokenKey(url), token).ok()); // stored earlier: no question this time
    bob->window->showApprovals();
    ApprovalsWidget* approvals = bob->window->approvals();
    QVERIFY(approvals->selectRequest(1));
    approvals->detail()->tabs()->setCurrentIndex(4);
    bob->prompts.comments = { QString() };
    approvals->detail()->approve();
    QTRY_VERIFY2_WITH_TIMEOUT(
        approvals->detail()->executionText().contains(QLatin1String("Execution: succeeded on agent ")),
        qPrintable(approvals->detail()->executionText() + QStringLiteral("\nagent: ") + agent.log()), 10000);
    QVERIFY(approvals->detail()->executionText().contains(
        QLatin1String("| Creating directory user Maria Lopez <maria.lopez@example.com>")));
    QVERIFY(bob->prompts.tokenQuestions.isEmpty());
    QTRY_COMPARE(approvals->incoming()->model()->request(1)->state, RequestState::Succeeded);
}

void TestGuiExecution::refusalShowsWhyAndOffersToRequestAgain()
{
    GuiFixture fixture;
    Workspace& ws = fixture.workspace();
    QVERIFY(ws.requests().decide(QStringLiteral("bob"), 1, true, QStringLiteral("fine")).ok());
    auto alice = fixture.open(QStringLiteral("alice"));
    alice->window->showApprovals();
    ApprovalsWidget* approvals = alice->window->approvals();
    approvals->showOutgoing();
    QVERIFY(approvals->selectRequest(1));
    RequestDetailWidget* detail = approvals->detail();
    auto* overview = detail->findChild<QLabel*>(QStringLiteral("overview"));
    QVERIFY(overview);

    // An agent that does not run /bin/sh refuses it: it waits for another, and says why meanwhile.
    QVERIFY(!ws.executions()
                 .claim(1, QStringLiteral("py-agent"), QStringLiteral("sweep"), { QStringLiteral("python3") })
                 .ok());
    detail->showRequest(1);
    QVERIFY2(detail->executionText().contains(QLatin1String("refused by the agent: This agent does not run")),
             qPrintable(detail->executionText()));
    QVERIFY(!detail->executionText().contains(QLatin1String("waiting for the agent")));
    QVERIFY(overview->text().contains(QLatin1String("does not run the interpreter")));
    QVERIFY(detail->requestAgainButton()->isHidden()); // it may still run

    // The action changes after approval: refused for good, the request has failed, with the reason.
    ActionVersion current = *ws.actions().currentVersion(QStringLiteral("create-directory-user"));
    current.definition.script += QStringLiteral("echo changed\n");
    auto imported = ws.admin().importAction(
        QStringLiteral("dave"),
        { current.definition, ws.actions().currentPolicy(QStringLiteral("create-directory-user"))->policy });
    QVERIFY(imported.ok());
    QCOMPARE(imported->strandedRequests, 1);
    QVERIFY(!ws.executions().claim(1, QStringLiteral("demo-agent"), QStringLiteral("sweep")).ok());
    QTRY_VERIFY_WITH_TIMEOUT(detail->executionText().contains(QLatin1String("it never ran")), 5000);
    QVERIFY(detail->executionText().contains(QLatin1String("changed after request #1 was approved")));
    QVERIFY2(overview->text().contains(QLatin1String("changed after request #1 was approved")),
             qPrintable(overview->text()));
    auto* history = detail->findChild<QTableView*>(QStringLiteral("historyView"));
    QVERIFY(history);
    bool refusalRow = false;
    for (int row = 0; row < history->model()->rowCount(); ++row)
        if (history->model()->index(row, 2).data().toString() == auditEventLabel(AuditEvent::ExecutionRefused)) {
            QVERIFY(!history->model()->index(row, 3).data().toString().isEmpty());
            refusalRow = true;
        }
    QVERIFY(refusalRow);

    // Request again: the Catalogue holds a new request with the same values, for her to review.
    QVERIFY(!detail->requestAgainButton()->isHidden());
    const int before = ws.requestStore().find({})->requests.size();
    QTest::mouseClick(detail->requestAgainButton(), Qt::LeftButton);
    CatalogueWidget* catalogue = alice->window->catalogue();
    QVERIFY(catalogue->isVisible());
    const SubmitInput input = catalogue->input();
    QCOMPARE(input.action, QStringLiteral("create-directory-user"));
    QCOMPARE(input.targets, QStringList { QStringLiteral("dc01") });
    QCOMPARE(input.parameters.value(QStringLiteral("givenName")).toString(), QStringLiteral("Maria"));
    QCOMPARE(input.parameters.value(QStringLiteral("department")).toString(), QStringLiteral("Finance"));
    QCOMPARE(input.comment, QStringLiteral("New hire in Finance, starts Monday (HR ticket 4711)"));
    QCOMPARE(ws.requestStore().find({})->requests.size(), before); // nothing submitted yet

    // The approver sees the refusal, but only the requester may ask again.
    auto bob = fixture.open(QStringLiteral("bob"));
    bob->window->showApprovals();
    RequestDetailWidget* bobsDetail = bob->window->approvals()->detail();
    bobsDetail->showRequest(1);
    QVERIFY2(bobsDetail->executionText().contains(QLatin1String("it never ran")),
             qPrintable(bobsDetail->executionText()));
    QVERIFY(bobsDetail->requestAgainButton()->isHidden());
}

QTEST_MAIN(TestGuiExecution)
#include "tst_gui_execution.moc"
