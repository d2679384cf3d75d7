// What the client shows at start: the start page without a workspace, the main window on one,
// a clear error for a broken one, and user switching on SQLite.
#include <QStandardPaths>
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

// A controller with its own settings file and scripted prompts.
struct Started
{
    QTemporaryDir dir;
    Settings settings { dir.filePath(QStringLiteral("settings.ini")) };
    ScriptedPrompts prompts;
    cs::MemoryCredentialStore credentials;
    cs::SystemClock clock;
    ClientController controller { settings, prompts, credentials, clock };

    QString bannerText() { return controller.startPage()->findChild<MessageBanner*>()->text(); }
};

} // namespace

class TestGuiStartup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { QFile::remove(ClientController::demoLocation()); }
    void noWorkspaceShowsTheStartPage();
    void demoOpensAsAnApprover();
    void linksOpenTheirRequest();
    void brokenWorkspaceIsExplained();
    void unknownPersonIsExplained();
    void createMakesYouTheFirstAdmin();
    void postgresAsksForThePasswordOnceAndActsAsTheRole();
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

QTEST_MAIN(TestGuiStartup)
#include "tst_gui_startup.moc"
