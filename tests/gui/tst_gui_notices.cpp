// Notices people see: desktop notifications through the freedesktop notification service, room
// for status messages, and what the client says and allows while the database is away.
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusContext>
#include <QLabel>
#include <QPushButton>
#include <QStatusBar>
#include <QtTest>
#include <gui/guitestsupport.h>
#include <ui/approvals/approvalswidget.h>
#include <ui/approvals/requestdetailwidget.h>
#include <ui/catalogue/cataloguewidget.h>
#include <ui/messagebanner.h>

using namespace cs;
using namespace cs::ui;

namespace {

// A notification server on the session bus, as a desktop provides: records each Notify call made
// by this test's own client. Other test programs share the bus and may notify at the same moment.
class FakeNotifications : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Call
    {
        QString appName, summary, body;
        QStringList actions;
    };
    QList<Call> calls;

public Q_SLOTS:
    uint Notify(const QString& appName, uint, const QString&, const QString& summary, const QString& body,
                const QStringList& actions, const QVariantMap&, int)
    {
        if (message().service() == QDBusConnection::sessionBus().baseService())
            calls << Call { appName, summary, body, actions };
        return ++m_lastId;
    }
    QStringList GetCapabilities() { return { QStringLiteral("body"), QStringLiteral("actions") }; }

private:
    uint m_lastId = 0;
};

} // namespace

class TestGuiNotices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void notificationGoesThroughTheDesktopService();
    void statusBarLeavesRoomForMessages();
    void decidingWaitsForTheDatabase();
    void failedDecisionSaysNothingWasSaved();
};

void TestGuiNotices::notificationGoesThroughTheDesktopService()
{
    // Its own connection, as the desktop's notification daemon would be another process.
    QDBusConnection server = QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("fake-notify"));
    if (!server.isConnected())
        QSKIP("no D-Bus session bus (packaging/test.sh runs the suite under dbus-run-session)");
    FakeNotifications fake;
    QVERIFY(server.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &fake,
                                  QDBusConnection::ExportAllSlots));
    QVERIFY2(server.registerService(QStringLiteral("org.freedesktop.Notifications")),
             "another notification service owns the name on this bus");

    GuiFixture fixture;
    auto bob = fixture.open(QStringLiteral("bob"));
    Q_EMIT bob->window->approvals()->newIncoming({ 7 });
    QTRY_COMPARE(fake.calls.size(), 1);
    QCOMPARE(fake.calls.first().summary, QStringLiteral("Countersign"));
    QCOMPARE(fake.calls.first().body, QStringLiteral("Request #7 waits for your decision."));
    QCOMPARE(fake.calls.first().appName, QStringLiteral("Countersign"));
    QVERIFY(fake.calls.first().actions.contains(QStringLiteral("default"))); // a click opens Incoming

    server.unregisterService(QStringLiteral("org.freedesktop.Notifications"));
    server.unregisterObject(QStringLiteral("/org/freedesktop/Notifications"));
    QDBusConnection::disconnectFromBus(QStringLiteral("fake-notify"));
}

void TestGuiNotices::statusBarLeavesRoomForMessages()
{
    GuiFixture fixture;
    auto bob = fixture.open(QStringLiteral("bob"));
    Q_EMIT bob->window->approvals()->newIncoming({ 7, 8 });
    QStatusBar* bar = bob->window->statusBar();
    QCOMPARE(bar->currentMessage(), QStringLiteral("2 new requests wait for your decision."));
    auto* identity = bob->window->findChild<QLabel*>(QStringLiteral("identityLabel"));
    QVERIFY(identity);
    QVERIFY(identity->text().startsWith(QLatin1String("Bob Brown (bob)")));
    // The person's name on the right; most of the bar is left for the message.
    QTRY_VERIFY2(identity->width() < bar->width() / 2,
                 qPrintable(QStringLiteral("%1 of %2").arg(identity->width()).arg(bar->width())));
}

void TestGuiNotices::decidingWaitsForTheDatabase()
{
    GuiFixture fixture;
    auto bob = fixture.open(QStringLiteral("bob"));
    bob->window->showApprovals();
    RequestDetailWidget* detail = bob->window->approvals()->detail();
    QVERIFY(bob->window->approvals()->selectRequest(1));
    QVERIFY(detail->approveButton()->isEnabled());

    Q_EMIT bob->session->connectionLost(QStringLiteral("server closed the connection unexpectedly"));
    QVERIFY(!detail->approveButton()->isEnabled());
    QVERIFY(!detail->rejectButton()->isEnabled());
    QVERIFY(detail->approveButton()->toolTip().startsWith(QLatin1String("The database cannot be reached")));
    auto* banner = detail->findChild<MessageBanner*>();
    QVERIFY(banner->isError());
    QVERIFY(banner->text().startsWith(QLatin1String("The database cannot be reached")));
    QVERIFY(!banner->text().contains(QLatin1String("server closed"))); // the driver's words stay in the log
    QVERIFY(!bob->window->catalogue()->submitButton()->isEnabled());
    bob->prompts.comments = { QStringLiteral("fine") };
    detail->approve(); // the shortcut, too, waits for the database
    QVERIFY(bob->prompts.summaries.isEmpty());

    Q_EMIT bob->session->connectionRestored();
    QVERIFY(detail->approveButton()->isEnabled());
    QVERIFY(detail->approveButton()->toolTip().isEmpty());
    QVERIFY(banner->text().isEmpty()); // the red banner goes once it is back
}

void TestGuiNotices::failedDecisionSaysNothingWasSaved()
{
    GuiFixture fixture;
    auto bob = fixture.open(QStringLiteral("bob"));
    bob->window->showApprovals();
    RequestDetailWidget* detail = bob->window->approvals()->detail();
    QVERIFY(bob->window->approvals()->selectRequest(1));
    bob->session->workspace().database().failNthStatement(1);
    bob->prompts.comments = { QStringLiteral("fine") };
    detail->approve();
    const QString said = detail->findChild<MessageBanner*>()->text();
    QCOMPARE(said,
             QStringLiteral("The database could not be reached, so nothing was saved. Try again once it is back."));
    QVERIFY(!said.contains(QLatin1String("while running")));
    QCOMPARE(fixture.workspace().requestStore().load(1)->state, RequestState::Pending);
}

QTEST_MAIN(TestGuiNotices)
#include "tst_gui_notices.moc"
