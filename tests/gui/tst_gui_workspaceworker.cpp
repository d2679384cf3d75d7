// One way to work off the GUI thread: WorkspaceWorker. A reload overtaken by a newer request is
// dropped (never shown), the newest one runs after it; the pages built on it (My work, Active
// grants, Access reviews, Workflows) show one result per burst of reloads and still follow others' changes.
#include <QSemaphore>
#include <QSignalSpy>
#include <QtTest>
#include <gui/guitestsupport.h>
#include <ui/admin/adminwidget.h>
#include <ui/admin/workflowspage.h>
#include <ui/desk/homemodel.h>
#include <ui/desk/homewidget.h>
#include <ui/grants/activegrantswidget.h>
#include <ui/grants/reviewswidget.h>
#include <ui/workspaceworker.h>

using namespace cs;
using namespace cs::ui;

class TestGuiWorkspaceWorker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void overtakenResultIsDropped();
    void everyRunResultIsDelivered();
    void pagesShowOneResultPerBurstOfReloads();
    void homeFollowsOthersChanges();
};

// The first read is held until two newer requests came in: its result and the middle request are
// dropped; only the newest is delivered.
void TestGuiWorkspaceWorker::overtakenResultIsDropped()
{
    GuiFixture fixture;
    WorkspaceWorker worker(fixture.workspace().database().opener(), fixture.workspace().clock());
    auto gate = std::make_shared<QSemaphore>();
    auto started = std::make_shared<QSemaphore>();
    QList<int> delivered;
    worker.runLatest<int>(
        [gate, started](Workspace&) -> Result<int> {
            started->release();
            gate->acquire();
            return 1;
        },
        [&delivered](const Result<int>& r) { delivered << *r; });
    QVERIFY(started->tryAcquire(1, 10000)); // the first read is under way
    worker.runLatest<int>([](Workspace&) -> Result<int> { return 2; },
                          [&delivered](const Result<int>& r) { delivered << *r; });
    worker.runLatest<int>([](Workspace&) -> Result<int> { return 3; },
                          [&delivered](const Result<int>& r) { delivered << *r; });
    QVERIFY(worker.isLoading());
    gate->release();
    QTRY_VERIFY(!worker.isLoading());
    QCOMPARE(delivered, QList<int> { 3 });
    QCOMPARE(worker.overtaken(), 1); // the first ran and was dropped; the second never ran

    // Alone, a read is delivered.
    worker.runLatest<int>([](Workspace&) -> Result<int> { return 4; },
                          [&delivered](const Result<int>& r) { delivered << *r; });
    QTRY_VERIFY(!worker.isLoading());
    QCOMPARE(delivered, (QList<int> { 3, 4 }));
    QCOMPARE(worker.overtaken(), 1);
}

// run() is for writes and one-off work: every result comes back, each on its own connection.
void TestGuiWorkspaceWorker::everyRunResultIsDelivered()
{
    GuiFixture fixture;
    WorkspaceWorker worker(fixture.workspace().database().opener(), fixture.workspace().clock());
    QList<QString> delivered;
    for (const QString& login : { QStringLiteral("alice"), QStringLiteral("bob") })
        worker.run<QString>(
            [login](Workspace& ws) -> Result<QString> {
                auto user = ws.directory().activeUser(login);
                CS_TRY(user);
                return user->login;
            },
            [&delivered](const Result<QString>& r) { delivered << *r; });
    QTRY_COMPARE(delivered.size(), 2);
    QVERIFY(!worker.isBusy());
    std::sort(delivered.begin(), delivered.end());
    QCOMPARE(delivered, (QList<QString> { QStringLiteral("alice"), QStringLiteral("bob") }));
}

// Three reloads asked at once: each page takes one result (the newest), not three.
void TestGuiWorkspaceWorker::pagesShowOneResultPerBurstOfReloads()
{
    GuiFixture fixture;
    auto dave = fixture.open(QStringLiteral("dave")); // the admin: every page
    HomeWidget* home = dave->window->home();
    auto* grants = dave->window->findChild<ActiveGrantsWidget*>(QStringLiteral("activeGrants"));
    auto* reviews = dave->window->findChild<ReviewsWidget*>();
    auto* workflows = dave->window->admin()->findChild<WorkflowsPage*>();
    QVERIFY(grants && reviews && workflows);
    QTRY_VERIFY(home->hasLoaded() && !home->isLoading() && !grants->isLoading() && !reviews->isLoading()
                && !workflows->isLoading());

    QSignalSpy homeLoaded(home, &HomeWidget::loaded);
    QSignalSpy grantsLoaded(grants, &ActiveGrantsWidget::loaded);
    QSignalSpy reviewsLoaded(reviews, &ReviewsWidget::loaded);
    QSignalSpy workflowsLoaded(workflows, &WorkflowsPage::loaded);
    for (int i = 0; i < 3; ++i) {
        home->refresh();
        grants->refresh();
        reviews->refresh();
        workflows->refresh();
    }
    QTRY_VERIFY(!home->isLoading() && !grants->isLoading() && !reviews->isLoading() && !workflows->isLoading());
    QCOMPARE(homeLoaded.count(), 1);
    QCOMPARE(grantsLoaded.count(), 1);
    QCOMPARE(reviewsLoaded.count(), 1);
    QCOMPARE(workflowsLoaded.count(), 1);
}

// Another client's change reaches My work through the session's live updates.
void TestGuiWorkspaceWorker::homeFollowsOthersChanges()
{
    GuiFixture fixture;
    auto bob = fixture.open(QStringLiteral("bob"));
    HomeWidget* home = bob->window->home();
    QTRY_VERIFY(home->hasLoaded());
    const int before = home->toDecide()->rowCount();
    QVERIFY(before > 0);
    QVERIFY(fixture.workspace()
                .requests()
                .decide(QStringLiteral("bob"), home->toDecide()->idAt(0), false, QStringLiteral("not now"))
                .ok());
    QTRY_COMPARE(home->toDecide()->rowCount(), before - 1);
}

QTEST_MAIN(TestGuiWorkspaceWorker)
#include "tst_gui_workspaceworker.moc"
