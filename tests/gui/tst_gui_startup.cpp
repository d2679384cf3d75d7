// What the client shows at start: the start page without a workspace, the main window on one,
// a clear error for a broken one, and user switching on SQLite.
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTcpServer>
#include <QUrl>
#include <QtTest>
#include <core/storage/database.h>
#include <gui/guitestsupport.h>
#include <support/testworkspace.h>
#include <ui/approvals/approvalswidget.h>
#include <ui/approvals/requestdetailwidget.h>
#include <ui/approvals/requestqueueview.h>
#include <ui/clientcontroller.h>
#include <ui/messagebanner.h>
#include <ui/models/requesttablemodel.h>
#include <ui/requestlink.h>
#include <ui/startpage.h>

using namespace cs::ui;

namespace {

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

QString demoFolder()
{
    return QFileInfo(ClientController::demoLocation()).absolutePath();
}

// A controller with its own settings file and scripted prompts.
struct Started
{
    QTemporaryDir dir;
    Settings settings { dir.filePath(QStringLiteral("settings.ini")) };
    ScriptedPrompts prompts;
    cs::MemoryCredentialStore credentials;
    cs::SystemClock clock;
    ClientController controller { settings, prompts, credentials, clock };

    // No agent unless a test gives one: the demo's own would listen on 8765.
    Started() { controller.demoAgent().setProgram(dir.filePath(QStringLiteral("no-such-agent"))); }

    QString bannerText() { return controller.startPage()->findChild<MessageBanner*>()->text(); }
};

} // namespace

class TestGuiStartup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qunsetenv("COUNTERSIGN_AGENT_TOKEN"); // the demo's own agent gives it
    }
    void cleanup()
    {
        QFile::remove(ClientController::demoLocation());
        QFile::remove(demoFolder() + QStringLiteral("/demo-agent.token"));
    }
    void noWorkspaceShowsTheStartPage();
    void demoOpensAsAnApprover();
    void linksOpenTheirRequest();
    void brokenWorkspaceIsExplained();
    void unknownPersonIsExplained();
    void createMakesYouTheFirstAdmin();
    void postgresAsksForThePasswordOnceAndActsAsTheRole();
    void demoRunsOnItsOwnAgentWithNoTokenTyped();
    void tokenQuestionIsOneSentenceAndKeptAcrossSwitchUser();
    void switchUserListsPeopleByName();
    void unreachableServerIsOneSentence();
    void wrongPasswordOrCancelOffersToTryAgain();
    void startPageOpensADatabaseAddress();
};

void TestGuiStartup::noWorkspaceShowsTheStartPage()
{
    Started started;
    ClientController& controller = started.controller;
    controller.start(QString(), QStringLiteral("someone"));
    QVERIFY(controller.startPage() && controller.startPage()->isVisible());
    QVERIFY(!controller.window());
}

void TestGuiStartup::demoOpensAsAnApprover()
{
    Started started;
    ClientController& controller = started.controller;
    controller.start(QString(), QStringLiteral("someone"));
    Q_EMIT controller.startPage()->demoRequested();
    QVERIFY(controller.window());
    QVERIFY(controller.window()->windowTitle().contains(QLatin1String("bob")));
    QVERIFY(controller.window()->approvals()->incoming()->model()->request(1)); // alice's request waits for bob
    QCOMPARE(started.settings.lastWorkspace(), ClientController::demoLocation());
    QTRY_VERIFY(!controller.startPage()); // closed and deleted
}

void TestGuiStartup::linksOpenTheirRequest()
{
    QCOMPARE(*requestIdFromLink(QStringLiteral("countersign://request/42")), 42);
    QCOMPARE(*requestIdFromLink(QStringLiteral(" COUNTERSIGN://request/7/ ")), 7);
    for (const char* bad : { "countersign://request/+4", "countersign://request/04", "countersign://request/4%00",
                             "countersign://request/4?x=1", "countersign://action/4", "https://request/4",
                             "countersign://request/", "countersign://request/99999999999999999999" })
        QVERIFY2(!requestIdFromLink(QString::fromLatin1(bad)).ok(), bad);

    Started started;
    ClientController& controller = started.controller;
    controller.openLink(QStringLiteral("countersign://request/1")); // no workspace yet: kept
    QVERIFY(started.prompts.informed.isEmpty());
    controller.start(QString(), QStringLiteral("someone"));
    Q_EMIT controller.startPage()->demoRequested(); // bob, with alice's request #1 waiting
    QVERIFY(controller.window());
    QCOMPARE(controller.window()->approvals()->detail()->requestId(), 1); // followed once open
    QVERIFY(started.prompts.informed.isEmpty()); // nothing to say: it is shown
    controller.openLink(QStringLiteral("countersign://request/999"));
    QVERIFY(started.prompts.informed.last().contains(QLatin1String("Request #999 is not in your Incoming")));
    controller.openLink(QStringLiteral("countersign://request/+1"));
    QVERIFY(started.prompts.informed.last().contains(QLatin1String("is not a Countersign link")));
}

void TestGuiStartup::brokenWorkspaceIsExplained()
{
    Started started;
    ClientController& controller = started.controller;
    const QString path = started.dir.filePath(QStringLiteral("broken.db"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(2048, 'x'));
    f.close();
    controller.start(path, QStringLiteral("someone"));
    QVERIFY(!controller.window());
    QVERIFY(controller.startPage());
    QVERIFY2(started.bannerText().contains(QLatin1String("is not a usable SQLite database")),
             qPrintable(started.bannerText()));
}

void TestGuiStartup::unknownPersonIsExplained()
{
    if (TestWorkspace::onPostgres())
        QSKIP("--as names the person on SQLite only");
    GuiFixture fixture;
    Started started;
    started.controller.start(fixture.path(), QStringLiteral("mallory"));
    QVERIFY(!started.controller.window());
    QVERIFY(started.bannerText().contains(QLatin1String("\"mallory\" is not a Countersign user")));
}

void TestGuiStartup::createMakesYouTheFirstAdmin()
{
    Started started;
    ClientController& controller = started.controller;
    controller.start(QString(), QStringLiteral("Pat"));
    Q_EMIT controller.startPage()->createRequested(started.dir.filePath(QStringLiteral("new.db")));
    QVERIFY(controller.window());
    QVERIFY(controller.window()->admin()); // the creator administers the new workspace
}

void TestGuiStartup::postgresAsksForThePasswordOnceAndActsAsTheRole()
{
    if (!TestWorkspace::onPostgres())
        QSKIP("PostgreSQL only");
    TestWorkspace t;
    const QString role = QUrl(t.path()).userName();
    t.user(role, {}, {}, { QStringLiteral("admin") });
    {
        Started started;
        started.prompts.passwords = { Prompts::Secret { t.password(), true } };
        started.controller.start(t.path(), QString()); // no password given: libpq has none either
        QCOMPARE(started.prompts.passwordQuestions, QStringList { t.path() });
        QVERIFY2(started.controller.window(),
                 qPrintable(started.controller.startPage() ? started.bannerText() : QString()));
        QVERIFY(started.controller.window()->windowTitle().contains(role)); // the database role, not the OS account
        QCOMPARE(*started.credentials.read(cs::databasePasswordKey(cs::Database::canonicalPostgresUrl(t.path()))),
                 t.password());

        // Next time it comes from the keychain: no question.
        started.prompts.passwordQuestions.clear();
        started.controller.start(t.path(), QString());
        QVERIFY(started.prompts.passwordQuestions.isEmpty());
    }
    Started refused;
    refused.controller.start(t.path(), QStringLiteral("someone-else"));
    QVERIFY(!refused.controller.window());
    QVERIFY(refused.bannerText().contains(QLatin1String("--as applies to SQLite workspaces only")));
}

void TestGuiStartup::demoRunsOnItsOwnAgentWithNoTokenTyped()
{
    const QString tokenFile = demoFolder() + QStringLiteral("/demo-agent.token");
    {
        Started started;
        ClientController& controller = started.controller;
        controller.demoAgent().setProgram(QStringLiteral(CS_AGENT_PATH));
        controller.demoAgent().setPort(freePort());
        const QString key = cs::agentTokenKey(controller.demoAgent().url());
        controller.start(QString(), QString());
        Q_EMIT controller.startPage()->demoRequested();
        MainWindow* window = controller.window();
        QVERIFY(window);
        // Opens on bob's waiting work, not on a form; the title names the person only.
        QCOMPARE(window->pages()->currentWidget(), window->approvals());
        QCOMPARE(window->approvals()->detail()->requestId(), 1);
        QCOMPARE(window->windowTitle(), QStringLiteral("Bob Brown (bob)"));
        QTRY_VERIFY_WITH_TIMEOUT(controller.sessionSecrets().read(key).ok(), 20000); // the demo agent listens
        QVERIFY(QFileInfo::exists(tokenFile));

        started.prompts.comments = { QStringLiteral("HR ticket checked") };
        window->approvals()->detail()->approve();
        QTRY_COMPARE_WITH_TIMEOUT(window->approvals()->incoming()->model()->request(1)->state,
                                  cs::RequestState::Succeeded, 20000);
        QVERIFY(started.prompts.tokenQuestions.isEmpty()); // nobody typed a token
        QVERIFY(controller.demoAgent().startedHere());
    }
    // The client started the agent, so quitting stops it (it withdraws its token as it stops).
    QVERIFY(!QFileInfo::exists(tokenFile));
}

void TestGuiStartup::tokenQuestionIsOneSentenceAndKeptAcrossSwitchUser()
{
    Started started;
    started.credentials.rememberable = false; // no keychain on this desktop
    ClientController& controller = started.controller;
    controller.demoAgent().setProgram(started.dir.filePath(QStringLiteral("no-such-agent")));
    controller.demoAgent().setPort(freePort());
    controller.startDemo({});
    QVERIFY(controller.window());
    started.prompts.comments = { QString() };
    started.prompts.tokens = { Prompts::Secret { QStringLiteral("typed-token"), true } };
    controller.window()->approvals()->detail()->approve();
    QCOMPARE(started.prompts.tokenQuestions.size(), 1);
    QCOMPARE(started.prompts.tokenReasons.first(),
             QStringLiteral("No system keychain is available, so the token is kept only until Countersign closes."));
    QCOMPARE(started.prompts.tokenOfferedRemember.first(), false); // no keychain offered that is not there
    QVERIFY(!started.credentials.read(cs::agentTokenKey(controller.demoAgent().url())).ok());

    // Request #2 needs frank, then grace; its approval dispatches with the token given above.
    for (const QString& person : { QStringLiteral("Frank Fischer (frank)"), QStringLiteral("Grace Green (grace)") }) {
        started.prompts.chosen = { person };
        controller.switchUser();
        QVERIFY(controller.window()->windowTitle() == person);
        QVERIFY(controller.window()->approvals()->selectRequest(2));
        started.prompts.comments = { QString() };
        controller.window()->approvals()->detail()->approve();
    }
    QCOMPARE(controller.window()->approvals()->incoming()->model()->request(2)->state, cs::RequestState::Approved);
    QCOMPARE(started.prompts.tokenQuestions.size(), 1); // not asked again after Switch user
}

void TestGuiStartup::switchUserListsPeopleByName()
{
    Started started;
    started.controller.demoAgent().setProgram(started.dir.filePath(QStringLiteral("no-such-agent")));
    started.controller.startDemo({});
    started.controller.switchUser(); // cancelled: nobody chosen
    QCOMPARE(started.prompts.choices.size(), 1);
    const QStringList offered = started.prompts.choices.first();
    QVERIFY2(offered.contains(QStringLiteral("Dave Davis (dave)")), qPrintable(offered.join(QLatin1Char(','))));
    QVERIFY(offered.contains(QStringLiteral("Alice Archer (alice)")));
    QVERIFY(started.controller.window()->windowTitle() == QStringLiteral("Bob Brown (bob)"));
}

void TestGuiStartup::unreachableServerIsOneSentence()
{
    Started started;
    started.controller.start(QStringLiteral("postgresql://alice@127.0.0.1:1/countersign"), QString());
    QVERIFY(!started.controller.window());
    const QString banner = started.bannerText();
    QCOMPARE(banner,
             QStringLiteral("The database server 127.0.0.1:1 cannot be reached; check the address and that the server "
                            "runs."));
    QVERIFY(started.controller.startPage()->retryButton()->isVisible());
}

void TestGuiStartup::wrongPasswordOrCancelOffersToTryAgain()
{
    if (!TestWorkspace::onPostgres())
        QSKIP("PostgreSQL only");
    TestWorkspace t;
    const QString role = QUrl(t.path()).userName();
    t.user(role, {}, {}, { QStringLiteral("admin") });
    Started started;
    started.prompts.passwords = { Prompts::Secret { QStringLiteral("wrong"), false }, std::nullopt };
    started.controller.start(t.path(), QString());
    QCOMPARE(started.prompts.passwordQuestions.size(), 2); // asked again after the wrong one
    QCOMPARE(started.prompts.passwordReasons.first(), QString()); // nothing typed yet: no libpq text
    QCOMPARE(started.prompts.passwordReasons.last(), QStringLiteral("That password was not accepted; try again."));
    QVERIFY(!started.controller.window());
    const QString banner = started.bannerText();
    QVERIFY2(banner.startsWith(QLatin1String("No password was given for ")), qPrintable(banner));
    QVERIFY(!banner.contains(QLatin1String("fe_sendauth")));
    QPushButton* retry = started.controller.startPage()->retryButton();
    QVERIFY(retry->isVisible());
    QVERIFY(retry->text().contains(role));

    started.prompts.passwords = { Prompts::Secret { t.password(), false } };
    retry->click();
    QVERIFY2(started.controller.window(), qPrintable(started.bannerText()));
    QCOMPARE(started.prompts.passwordQuestions.size(), 3);
}

void TestGuiStartup::startPageOpensADatabaseAddress()
{
    if (!TestWorkspace::onPostgres())
        QSKIP("PostgreSQL only");
    TestWorkspace t;
    t.user(QUrl(t.path()).userName(), {}, {}, { QStringLiteral("admin") });
    Started started;
    started.controller.start(QString(), QString());
    StartPage* page = started.controller.startPage();
    QVERIFY(!page->connectButton()->isEnabled());
    page->addressEdit()->setText(t.path());
    started.prompts.passwords = { Prompts::Secret { t.password(), false } };
    page->connectButton()->click();
    QVERIFY2(started.controller.window(),
             qPrintable(started.controller.startPage() ? started.bannerText() : QString()));
}

QTEST_MAIN(TestGuiStartup)
#include "tst_gui_startup.moc"
