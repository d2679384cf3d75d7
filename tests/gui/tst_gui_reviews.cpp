// The Access reviews page (issue 15): start a review, an assigned reviewer keeps and revokes through
// the page, someone not assigned cannot, the starter closes it and exports the CSV; My work's
// "Grants about to end" (issue 20). Screenshots in English, German and dark to build/screenshots/reviews/.
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QtTest>
#include <gui/guitestsupport.h>
#include <ui/desk/homemodel.h>
#include <ui/desk/homewidget.h>
#include <ui/grants/reviewmodels.h>
#include <ui/grants/reviewswidget.h>
#include <ui/grants/startreviewdialog.h>

using namespace cs;
using namespace cs::ui;

namespace {

constexpr qint64 kWeek = 7LL * 24 * 3600 * 1000;

// alice asks for temporary admin for `person`; bob approves; the grant script ran: active.
qint64 activeGrant(GuiFixture& fixture, const QString& person, const QString& duration)
{
    Workspace& ws = fixture.workspace();
    SubmitInput in { QStringLiteral("grant-temporary-admin"),
                     { { QStringLiteral("person"), person } },
                     { QStringLiteral("web-staging") },
                     QStringLiteral("deploy INC-42") };
    in.duration = duration;
    auto r = ws.requests().submit(QStringLiteral("alice"), in, SubmitMode::RequestApproval);
    if (!r.ok())
        qFatal("submit: %s", qPrintable(r.error().message));
    if (!ws.requests().decide(QStringLiteral("bob"), r->id, true, QStringLiteral("ok")).ok())
        qFatal("decide");
    if (!ws.executions().claim(r->id, QStringLiteral("a1"), QStringLiteral("test")).ok())
        qFatal("claim");
    TestWorkspace::must(ws.executions().recordStart(r->id, QStringLiteral("a1")), "start");
    TestWorkspace::must(ws.executions().finish(r->id, QStringLiteral("a1"), ExecutionState::Succeeded, 0, {}),
                        "finish");
    return r->id;
}

ReviewsWidget* reviewsPage(Client& client)
{
    auto* page = client.window->findChild<ReviewsWidget*>(QStringLiteral("accessReviews"));
    if (page)
        client.window->findChild<QTabWidget*>(QStringLiteral("pages"))->setCurrentWidget(page);
    return page;
}

// Selects the row of request `id` in the review's grant table.
void selectItem(ReviewsWidget* page, qint64 id)
{
    auto* view = page->findChild<QTableView*>(QStringLiteral("reviewItems"));
    for (int row = 0; row < view->model()->rowCount(); ++row)
        if (view->model()->index(row, 0).data(Qt::DisplayRole).toString() == QStringLiteral("#%1").arg(id))
            view->selectRow(row);
}

// dave starts a review "Staging" of every active grant; bob, who approved them, opens it on his
// Access reviews page. The page is null when its `items` grants never arrive.
struct OpenReview
{
    std::unique_ptr<Client> bob;
    ReviewsWidget* page = nullptr;
};

OpenReview bobOpensANewReview(GuiFixture& fixture, int items)
{
    auto started = fixture.workspace().reviewCampaigns().start(
        QStringLiteral("dave"), { QStringLiteral("Staging"), {}, fixture.workspace().clock().nowMs() + kWeek, {} });
    if (!started.ok())
        qFatal("start: %s", qPrintable(started.error().message));
    OpenReview open { fixture.open(QStringLiteral("bob")) };
    ReviewsWidget* page = reviewsPage(*open.bob);
    page->selectReview(started->id);
    if (QTest::qWaitFor([&] { return page->items()->rowCount() == items; }))
        open.page = page;
    return open;
}

} // namespace

class TestGuiReviews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startDecideCloseExport();
    void myWorkShowsGrantsAboutToEnd();
    void aRefusedStartKeepsTheDialogAsTyped();
    void aRefusedCommentIsOfferedAgainAsTyped();
    void anEndedGrantIsNotOfferedForADecision();
    void screenshots_data();
    void screenshots();
};

void TestGuiReviews::startDecideCloseExport()
{
    GuiFixture fixture;
    const qint64 kept = activeGrant(fixture, QStringLiteral("kim"), QStringLiteral("5m"));
    const qint64 revoked = activeGrant(fixture, QStringLiteral("lee"), QStringLiteral("1h"));
    const qint64 open = activeGrant(fixture, QStringLiteral("sam"), QStringLiteral("1h"));
    auto dave = fixture.open(QStringLiteral("dave")); // the admin starts it
    ReviewsWidget* davePage = reviewsPage(*dave);
    QVERIFY(davePage);
    QVERIFY(davePage->findChild<QPushButton*>(QStringLiteral("startReview"))->isVisibleTo(davePage));
    auto started
        = davePage->start({ QStringLiteral("Staging admins"), {}, fixture.workspace().clock().nowMs() + kWeek, {} });
    QVERIFY2(started.ok(), qPrintable(started.error().message));
    QTRY_COMPARE(davePage->items()->rowCount(), 3);
    QCOMPARE(davePage->reviews()->rowCount(), 1);
    QCOMPARE(davePage->reviews()->index(0, ReviewListModel::ProgressColumn).data().toString(),
             QStringLiteral("0 of 3 decided"));
    // dave is not assigned (bob approved them): Keep… and Revoke… stay off for him.
    selectItem(davePage, kept);
    QVERIFY(!davePage->findChild<QPushButton*>(QStringLiteral("keepReviewItem"))->isEnabled());

    // bob, the approver, reviews through the page.
    auto bob = fixture.open(QStringLiteral("bob"));
    ReviewsWidget* page = reviewsPage(*bob);
    QVERIFY(!page->findChild<QPushButton*>(QStringLiteral("startReview"))->isVisibleTo(page));
    QTRY_COMPARE(page->reviews()->rowCount(), 1);
    page->selectReview(started->id);
    QTRY_COMPARE(page->items()->rowCount(), 3);
    auto* keep = page->findChild<QPushButton*>(QStringLiteral("keepReviewItem"));
    auto* revoke = page->findChild<QPushButton*>(QStringLiteral("revokeReviewItem"));
    selectItem(page, kept);
    QVERIFY(keep->isEnabled());
    bob->prompts.texts << QStringLiteral("still deploying");
    keep->click();
    QTRY_COMPARE(page->items()->index(0, ReviewItemsModel::DecisionColumn).data().toString(),
                 QStringLiteral("kept by bob"));
    // A comment is required: an empty one is refused by core and said on the page.
    selectItem(page, revoked);
    bob->prompts.texts << QString();
    revoke->click();
    QVERIFY2(page->findChild<QLabel*>(QStringLiteral("reviewStatus"))->text().contains(QStringLiteral("comment")),
             qPrintable(page->findChild<QLabel*>(QStringLiteral("reviewStatus"))->text()));
    bob->prompts.texts << QStringLiteral("deploy done");
    revoke->click();
    QTRY_COMPARE(page->items()->index(1, ReviewItemsModel::DecisionColumn).data().toString(),
                 QStringLiteral("revoked by bob"));
    auto row = fixture.workspace().grants().revocation(revoked);
    QVERIFY(row.ok() && *row);
    QCOMPARE((*row)->earlyBy, QStringLiteral("bob"));
    // Decided rows are no longer his to decide.
    selectItem(page, kept);
    QVERIFY(!keep->isEnabled());

    // carol is not assigned: she sees no review at all.
    auto carol = fixture.open(QStringLiteral("carol"));
    ReviewsWidget* hers = reviewsPage(*carol);
    QTRY_VERIFY(!hers->isLoading());
    QCOMPARE(hers->reviews()->rowCount(), 0);

    // dave closes it (asked first), the undecided grant listed; then exports the CSV.
    davePage->refresh();
    QTRY_COMPARE(davePage->reviews()->index(0, ReviewListModel::ProgressColumn).data().toString(),
                 QStringLiteral("2 of 3 decided"));
    auto* close = davePage->findChild<QPushButton*>(QStringLiteral("closeReview"));
    QVERIFY(close->isEnabled());
    close->click();
    QCOMPARE(dave->prompts.confirmations.size(), 1);
    QVERIFY2(dave->prompts.confirmations.first().contains(QStringLiteral("1 grant")),
             qPrintable(dave->prompts.confirmations.first()));
    QVERIFY2(davePage->findChild<QLabel*>(QStringLiteral("reviewStatus"))
                 ->text()
                 .contains(QStringLiteral("undecided: #%1").arg(open)),
             qPrintable(davePage->findChild<QLabel*>(QStringLiteral("reviewStatus"))->text()));
    QTRY_VERIFY(!close->isEnabled());
    QTemporaryDir dir;
    dave->prompts.savePath = dir.filePath(QStringLiteral("review.csv"));
    davePage->findChild<QPushButton*>(QStringLiteral("exportReview"))->click();
    QFile csv(dave->prompts.savePath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.at(1).contains(QLatin1String(",bob,keep,still deploying,")), qPrintable(lines.at(1)));
}

// A start core refuses leaves the dialog open with everything typed and the reason in it; corrected,
// it starts and closes.
void TestGuiReviews::aRefusedStartKeepsTheDialogAsTyped()
{
    GuiFixture fixture;
    activeGrant(fixture, QStringLiteral("kim"), QStringLiteral("1h"));
    auto dave = fixture.open(QStringLiteral("dave"));
    ReviewsWidget* page = reviewsPage(*dave);
    bool stayedOpen = false;
    bool closed = false;
    QString refusal, keptTitle, keptAction, keptReviewers;
    QTimer::singleShot(0, [&] {
        StartReviewDialog* dialog = nullptr;
        for (QWidget* w : QApplication::topLevelWidgets())
            if (auto* d = qobject_cast<StartReviewDialog*>(w); d && d->isVisible())
                dialog = d;
        if (!dialog)
            return;
        auto* action = dialog->findChild<QLineEdit*>(QStringLiteral("reviewAction"));
        dialog->titleEdit()->setText(QStringLiteral("Q3 staging"));
        dialog->reviewersEdit()->setText(QStringLiteral("bob, carol"));
        action->setText(QStringLiteral("nosuch"));
        QPushButton* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        ok->click();
        stayedOpen = dialog->isVisible();
        auto* label = dialog->findChild<QLabel*>(QStringLiteral("startReviewError"));
        refusal = label && label->isVisible() ? label->text() : QString();
        keptTitle = dialog->titleEdit()->text();
        keptAction = action->text();
        keptReviewers = dialog->reviewersEdit()->text();
        action->setText(QStringLiteral("grant-temporary-admin"));
        ok->click();
        closed = !dialog->isVisible();
        dialog->reject(); // never left open, whatever happened
    });
    page->findChild<QPushButton*>(QStringLiteral("startReview"))->click();
    QVERIFY(stayedOpen);
    QCOMPARE(refusal, QStringLiteral("No active grant matches; there is nothing to review."));
    QCOMPARE(keptTitle, QStringLiteral("Q3 staging"));
    QCOMPARE(keptAction, QStringLiteral("nosuch"));
    QCOMPARE(keptReviewers, QStringLiteral("bob, carol"));
    QVERIFY(closed);
    QTRY_COMPARE(page->reviews()->rowCount(), 1);
    QTRY_COMPARE(page->items()->rowCount(), 1);
}

// A comment core refuses (too long) is offered again as typed; the corrected one decides.
void TestGuiReviews::aRefusedCommentIsOfferedAgainAsTyped()
{
    GuiFixture fixture;
    const qint64 id = activeGrant(fixture, QStringLiteral("kim"), QStringLiteral("1h"));
    OpenReview open = bobOpensANewReview(fixture, 1);
    ReviewsWidget* page = open.page;
    QVERIFY(page);
    selectItem(page, id);
    const QString tooLong = QStringLiteral("still deploying ") + QString(4000, QLatin1Char('x'));
    open.bob->prompts.texts << tooLong << QStringLiteral("still deploying");
    page->findChild<QPushButton*>(QStringLiteral("keepReviewItem"))->click();
    QCOMPARE(open.bob->prompts.textSuggestions, QStringList({ QString(), tooLong }));
    QTRY_COMPARE(page->items()->index(0, ReviewItemsModel::DecisionColumn).data().toString(),
                 QStringLiteral("kept by bob"));
}

// A grant past its end (the agent has not revoked it yet) is not offered for a keep or revoke.
void TestGuiReviews::anEndedGrantIsNotOfferedForADecision()
{
    GuiFixture fixture;
    const qint64 id = activeGrant(fixture, QStringLiteral("kim"), QStringLiteral("5m"));
    OpenReview open = bobOpensANewReview(fixture, 1);
    ReviewsWidget* page = open.page;
    QVERIFY(page);
    auto* keep = page->findChild<QPushButton*>(QStringLiteral("keepReviewItem"));
    selectItem(page, id);
    QVERIFY(keep->isEnabled()); // running: his to decide
    fixture.clock().advanceSecs(10 * 60);
    page->refresh();
    QTRY_VERIFY(!page->isLoading());
    QTRY_COMPARE(page->items()->index(0, ReviewItemsModel::DecisionColumn).data().toString(),
                 QStringLiteral("ended, nothing to decide"));
    selectItem(page, id);
    QVERIFY(!keep->isEnabled());
    QVERIFY(!page->findChild<QPushButton*>(QStringLiteral("revokeReviewItem"))->isEnabled());
}

void TestGuiReviews::myWorkShowsGrantsAboutToEnd()
{
    GuiFixture fixture;
    const qint64 soon = activeGrant(fixture, QStringLiteral("kim"), QStringLiteral("5m"));
    const qint64 later = activeGrant(fixture, QStringLiteral("lee"), QStringLiteral("1h"));
    auto alice = fixture.open(QStringLiteral("alice"));
    HomeWidget* home = alice->window->home();
    QTRY_VERIFY(home->hasLoaded());
    QCOMPARE(home->ending()->rowCount(), 2);
    QCOMPARE(home->ending()->idAt(0), soon);
    QCOMPARE(home->ending()->idAt(1), later);
    QVERIFY(home->endingView()->isVisibleTo(home));
    QCOMPARE(home->ending()->headerData(HomeModel::DueColumn, Qt::Horizontal).toString(), QStringLiteral("Ends"));
    const QString left = home->ending()->index(0, HomeModel::DueColumn).data().toString();
    QVERIFY2(left.startsWith(QStringLiteral("in ")), qPrintable(left));
    QVERIFY2(
        home->ending()->index(0, HomeModel::DetailColumn).data().toString().contains(QStringLiteral("web-staging")),
        qPrintable(home->ending()->index(0, HomeModel::DetailColumn).data().toString()));
    // Each line opens its request.
    QSignalSpy opened(home, &HomeWidget::openRequested);
    Q_EMIT home->endingView()->activated(home->ending()->index(1, 0));
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().toLongLong(), later);
    // bob approved them but they are not his grants.
    auto bob = fixture.open(QStringLiteral("bob"));
    QTRY_VERIFY(bob->window->home()->hasLoaded());
    QCOMPARE(bob->window->home()->ending()->rowCount(), 0);
    QVERIFY(!bob->window->home()->endingView()->isVisibleTo(bob->window->home()));
}

void TestGuiReviews::screenshots_data()
{
    QTest::addColumn<bool>("german");
    QTest::addColumn<bool>("dark");
    QTest::newRow("en") << false << false;
    QTest::newRow("de") << true << false;
    QTest::newRow("dark") << false << true;
}

void TestGuiReviews::screenshots()
{
    QFETCH(bool, german);
    QFETCH(bool, dark);
    const QString variant = german ? QStringLiteral("de") : dark ? QStringLiteral("dark") : QStringLiteral("en");
    QDir out(QStringLiteral(CS_SCREENSHOT_DIR));
    QVERIFY(out.mkpath(QStringLiteral("reviews")) && out.cd(QStringLiteral("reviews")));
    const ScreenshotLook look(german, dark);
    QVERIFY(look.loaded());
    GuiFixture fixture;
    const qint64 kept = activeGrant(fixture, QStringLiteral("kim"), QStringLiteral("1h"));
    activeGrant(fixture, QStringLiteral("lee"), QStringLiteral("1h"));
    activeGrant(fixture, QStringLiteral("sam"), QStringLiteral("1h"));
    ReviewCampaigns campaigns = fixture.workspace().reviewCampaigns();
    auto review = campaigns.start(
        QStringLiteral("dave"),
        { QStringLiteral("Staging admins, Q4"), {}, fixture.workspace().clock().nowMs() + kWeek, {} });
    QVERIFY(review.ok());
    QVERIFY(campaigns
                .decide(QStringLiteral("bob"), review->id, kept, QStringLiteral("keep"),
                        QStringLiteral("still deploying the release"))
                .ok());

    auto bob = fixture.open(QStringLiteral("bob"));
    ReviewsWidget* page = reviewsPage(*bob);
    page->selectReview(review->id);
    QTRY_COMPARE(page->items()->rowCount(), 3);
    selectItem(page, kept + 1);
    QVERIFY(QTest::qWaitForWindowExposed(bob->window.get()));
    if (german)
        QCOMPARE(page->findChild<QPushButton*>(QStringLiteral("revokeReviewItem"))->text(),
                 QStringLiteral("Entziehen …"));
    QVERIFY(saveScreenshot(bob->window.get(), out.filePath(QStringLiteral("%1-review-page.png").arg(variant))));

    StartReviewDialog dialog(fixture.workspace().clock().nowMs());
    dialog.titleEdit()->setText(QStringLiteral("Staging admins, Q4"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(saveScreenshot(&dialog, out.filePath(QStringLiteral("%1-start-review.png").arg(variant))));

    auto alice = fixture.open(QStringLiteral("alice"));
    QTRY_VERIFY(alice->window->home()->hasLoaded());
    alice->window->findChild<QTabWidget*>(QStringLiteral("pages"))->setCurrentWidget(alice->window->home());
    QVERIFY(QTest::qWaitForWindowExposed(alice->window.get()));
    QVERIFY(saveScreenshot(alice->window.get(), out.filePath(QStringLiteral("%1-my-work-ending.png").arg(variant))));
}

QTEST_MAIN(TestGuiReviews)
#include "tst_gui_reviews.moc"
