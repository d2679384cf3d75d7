// The client hands approved requests to their agent at once and shows the run live.
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTabWidget>
#include <QTcpServer>
#include <QtTest>
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

QTEST_MAIN(TestGuiExecution)
#include "tst_gui_execution.moc"
