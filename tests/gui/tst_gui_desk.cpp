#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QTranslator>
#include <QtTest>
#include <core/requests/requestagain.h>
#include <core/views/homeview.h>
#include <core/views/requestjson.h>
#include <gui/guitestsupport.h>
#include <ui/approvals/approvalswidget.h>
#include <ui/approvals/queuesearch.h>
#include <ui/approvals/requestdetailwidget.h>
#include <ui/approvals/requestqueueview.h>
#include <ui/approvals/savedfilterbar.h>
#include <ui/audit/auditwidget.h>
#include <ui/catalogue/cataloguewidget.h>
#include <ui/catalogue/parameterform.h>
#include <ui/desk/draftbar.h>
#include <ui/desk/feedbackwatcher.h>
#include <ui/desk/homemodel.h>
#include <ui/desk/homewidget.h>
#include <ui/desk/shortcutsdialog.h>
#include <ui/desk/statusbadge.h>
#include <ui/generalpage.h>
#include <ui/models/requesttablemodel.h>
#include <ui/models/simpletablemodel.h>
#include <ui/preferencesdialog.h>

using namespace cs;
using namespace cs::ui;

namespace {

QList<qint64> rowsOf(const HomeModel* model)
{
    QList<qint64> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->idAt(row);
    return ids;
}

qint64 submitPassword(Workspace& ws)
{
    auto r = ws.requests().submit(QStringLiteral("alice"),
                                  { QStringLiteral("set-initial-password"),
                                    { { QStringLiteral("account"), QStringLiteral("mlopez") },
                                      { QStringLiteral("password"), QStringLiteral("Sup3r-secret-pw") } },
                                    { QStringLiteral("dc01") },
                                    QStringLiteral("First password for Maria") },
                                  SubmitMode::RequestApproval);
    if (!r.ok())
        qFatal("submit: %s", qPrintable(r.error().message));
    return r->id;
}

QString timelineText(RequestDetailWidget* detail)
{
    QStringList lines;
    for (int row = 0; row < detail->timelineModel()->rowCount(); ++row)
        lines << detail->timelineModel()->index(row, 1).data().toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

// The approver's desk (issue 20): My work, status badges, the timeline, Request again, drafts and
// the shortcut overview, on the demo workspace.
class TestGuiDesk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void homeListsExactlyWhatICanDecideByDeadline();
    void homeShowsMyRequestsWaitingAndKeepsTheSelection();
    void requesterColumnNamesWhomARequestIsFor();
    void actionNamesShowWholeInALargeFont();
    void badgesReadOnLightAndDark();
    void timelineOfTwoPhaseRejectionNamesEveryone();
    void requestAgainPrefillsTheForm();
    void draftSurvivesARestart();
    void shortcutOverviewListsTheRealShortcuts();
    void searchFindsAParameterValueAndKeepsTheTextAcrossARefresh();
    void searchFindsARequestBeyondTheLoadedPage();
    void emptyHomeSaysNothingNeedsYou();
    void savedFilterIsPickedAgainAfterARestart();
    void preferencesGeneralChoosesLanguageAndStartPage();
    void requesterIsToldOfNewFeedback();
    void deskInEveryLook_data();
    void deskInEveryLook();
};

void TestGuiDesk::homeListsExactlyWhatICanDecideByDeadline()
{
    GuiFixture fixture;
    const qint64 password = submitPassword(fixture.workspace()); // 8 hours: sooner than #1
    auto bob = fixture.open(QStringLiteral("bob"));
    HomeWidget* home = bob->window->home();
    QTRY_VERIFY(home->hasLoaded());
    auto queue = fixture.workspace().requests().incoming(QStringLiteral("bob"), { RequestState::Pending });
    QVERIFY(queue.ok());
    QCOMPARE(home->toDecide()->rowCount(), queue->requests.size());
    QCOMPARE(rowsOf(home->toDecide()), (QList<qint64> { password, 1 }));
    QCOMPARE(bob->window->pages()->tabText(0), QStringLiteral("My work (2 to decide)"));
    QVERIFY(home->toDecide()->index(0, HomeModel::DueColumn).data().toString().startsWith(QStringLiteral("in ")));

    // Once bob decided, #1 is no longer his to decide.
    bob->prompts.comments = { QStringLiteral("ok") };
    QVERIFY(bob->window->openRequest(1));
    bob->window->approvals()->detail()->approve();
    QTRY_COMPARE(rowsOf(home->toDecide()), (QList<qint64> { password }));

    // frank decides only the production restart (#2), never alice's account requests.
    auto frank = fixture.open(QStringLiteral("frank"));
    QTRY_VERIFY(frank->window->home()->hasLoaded());
    QCOMPARE(rowsOf(frank->window->home()->toDecide()), (QList<qint64> { 2 }));
    // A double click (activated) opens the request.
    QTableView* view = frank->window->home()->toDecideView();
    Q_EMIT view->activated(view->model()->index(0, 0));
    QCOMPARE(frank->window->pages()->currentWidget(), frank->window->approvals());
    QCOMPARE(frank->window->approvals()->detail()->requestId(), 2);
}

// My work names the requester as Incoming and Active grants do, by core's label: the demo's #3 is
// grace's request for erin, which carol decides as erin's manager.
void TestGuiDesk::requesterColumnNamesWhomARequestIsFor()
{
    GuiFixture fixture;
    auto carol = fixture.open(QStringLiteral("carol"));
    HomeWidget* home = carol->window->home();
    QTRY_VERIFY(home->hasLoaded());
    const int row = int(rowsOf(home->toDecide()).indexOf(3));
    QVERIFY(row >= 0);
    QCOMPARE(home->toDecide()->index(row, HomeModel::RequesterColumn).data().toString(),
             QStringLiteral("grace for erin"));
}

void TestGuiDesk::actionNamesShowWholeInALargeFont()
{
    GuiFixture fixture;
    auto bob = fixture.open(QStringLiteral("bob"));
    HomeWidget* home = bob->window->home();
    QTRY_VERIFY(home->hasLoaded());
    bob->window->showHome();
    bob->window->show();
    QVERIFY(QTest::qWaitForWindowExposed(bob->window.get()));
    QTableView* view = home->toDecideView();
    const QAbstractItemView* cells = view; // what the cells need, as the header measures it
    QFont large = view->font();
    large.setPointSize(20); // a desktop theme's larger font
    view->setFont(large);
    QTRY_VERIFY2(view->columnWidth(HomeModel::ActionColumn) >= cells->sizeHintForColumn(HomeModel::ActionColumn),
                 qPrintable(QStringLiteral("%1 < %2")
                                .arg(view->columnWidth(HomeModel::ActionColumn))
                                .arg(cells->sizeHintForColumn(HomeModel::ActionColumn))));

    // The same in the Approvals queue.
    bob->window->showApprovals();
    QTableView* queue = bob->window->approvals()->incoming()->table();
    const QAbstractItemView* queueCells = queue;
    queue->setFont(large);
    QTRY_VERIFY(queue->model()->rowCount() > 0);
    QTRY_VERIFY2(queue->columnWidth(RequestTableModel::ActionColumn)
                     >= queueCells->sizeHintForColumn(RequestTableModel::ActionColumn),
                 qPrintable(QStringLiteral("%1 < %2")
                                .arg(queue->columnWidth(RequestTableModel::ActionColumn))
                                .arg(queueCells->sizeHintForColumn(RequestTableModel::ActionColumn))));
}

void TestGuiDesk::homeShowsMyRequestsWaitingAndKeepsTheSelection()
{
    GuiFixture fixture;
    auto alice = fixture.open(QStringLiteral("alice"));
    HomeWidget* home = alice->window->home();
    QTRY_VERIFY(home->hasLoaded());
    QCOMPARE(home->toDecide()->rowCount(), 0);
    QCOMPARE(home->waiting()->rowCount(), 2);
    const int row2 = home->waiting()->rowOf(2);
    const QString where = home->waiting()->index(row2, HomeModel::DetailColumn).data().toString();
    QVERIFY2(where.contains(QStringLiteral("waiting for Technical review (1 of 2)")), qPrintable(where));
    QVERIFY2(where.contains(QStringLiteral("frank")), qPrintable(where));
    home->waitingView()->setCurrentIndex(home->waiting()->index(row2, 0));

    // A live update (a new request of hers, sooner) moves the rows; the selection stays on #2.
    const qint64 password = submitPassword(fixture.workspace());
    QTRY_COMPARE(home->waiting()->rowCount(), 3);
    QCOMPARE(home->waiting()->idAt(0), password);
    QCOMPARE(home->waiting()->idAt(home->waitingView()->currentIndex().row()), 2);

    // Rejected: listed as not gone through, with who and why.
    QVERIFY(fixture.workspace()
                .requests()
                .decide(QStringLiteral("bob"), 1, false, QStringLiteral("HR ticket missing"))
                .ok());
    QTRY_COMPARE(home->troubled()->rowCount(), 1);
    const QString why = home->troubled()->index(0, HomeModel::DetailColumn).data().toString();
    QVERIFY2(why.contains(QStringLiteral("bob")) && why.contains(QStringLiteral("HR ticket missing")), qPrintable(why));
}

void TestGuiDesk::badgesReadOnLightAndDark()
{
    const QPalette light = QStyleFactory::create(QStringLiteral("Fusion"))->standardPalette();
    for (const QPalette& palette : { light, darkPalette() }) {
        for (RequestState state : allStates()) {
            const QColor colour = badgeColor(state, palette);
            for (QPalette::ColorRole role : { QPalette::Base, QPalette::Window, QPalette::AlternateBase }) {
                const double ratio = contrastRatio(colour, palette.color(role));
                QVERIFY2(ratio >= 4.5,
                         qPrintable(QStringLiteral("%1 on %2: %3 (%4)")
                                        .arg(stateName(state))
                                        .arg(int(role))
                                        .arg(ratio)
                                        .arg(colour.name())));
            }
            QVERIFY(!badgeSymbol(state).isEmpty()); // never colour alone
        }
    }
    // Every request table paints its state column as a badge.
    GuiFixture fixture;
    auto bob = fixture.open(QStringLiteral("bob"));
    for (QTableView* table : { bob->window->approvals()->incoming()->table(),
                               bob->window->approvals()->outgoing()->table(), bob->window->home()->toDecideView() })
        QVERIFY(qobject_cast<StatusBadgeDelegate*>(table->itemDelegateForColumn(RequestTableModel::StatusColumn)));
}

void TestGuiDesk::timelineOfTwoPhaseRejectionNamesEveryone()
{
    GuiFixture fixture;
    QVERIFY(fixture.workspace().requests().decide(QStringLiteral("frank"), 2, true, QStringLiteral("reviewed")).ok());
    QVERIFY(
        fixture.workspace().requests().decide(QStringLiteral("grace"), 2, false, QStringLiteral("freeze week")).ok());
    auto alice = fixture.open(QStringLiteral("alice"));
    QVERIFY(alice->window->openRequest(2));
    RequestDetailWidget* detail = alice->window->approvals()->detail();
    const QString text = timelineText(detail);
    QVERIFY2(text.contains(QStringLiteral("Submitted by Alice Archer (alice)")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Frank Fischer (frank) — Phase 1 (Technical review) approved")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("reviewed")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Phase 1 (Technical review) is complete.")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Grace Green (grace) — Phase 2 (Security sign-off) rejected.")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("freeze week")), qPrintable(text));
    // The raw audit entries stay one tab away.
    QTabWidget* tabs = detail->tabs();
    QCOMPARE(tabs->indexOf(detail->historyView()), tabs->indexOf(detail->timelineView()) + 1);
    QCOMPARE(detail->historyView()->model()->rowCount(), detail->timelineModel()->rowCount());
    // The overview's status is a badge with the state's symbol.
    QVERIFY2(detail->overview()->text().contains(badgeSymbol(RequestState::Rejected)),
             qPrintable(detail->overview()->text()));
}

void TestGuiDesk::requestAgainPrefillsTheForm()
{
    GuiFixture fixture;
    const qint64 password = submitPassword(fixture.workspace());
    QVERIFY(fixture.workspace().requests().cancel(QStringLiteral("alice"), password).ok());
    auto alice = fixture.open(QStringLiteral("alice"));
    QVERIFY(alice->window->openRequest(password));
    RequestDetailWidget* detail = alice->window->approvals()->detail();
    QVERIFY(detail->requestAgainButton()->isVisibleTo(detail));
    detail->requestAgainButton()->click();
    CatalogueWidget* catalogue = alice->window->catalogue();
    QCOMPARE(alice->window->pages()->currentWidget(), catalogue);
    const SubmitInput in = catalogue->input();
    QCOMPARE(in.action, QStringLiteral("set-initial-password"));
    QCOMPARE(in.parameters.value(QStringLiteral("account")).toString(), QStringLiteral("mlopez"));
    QCOMPARE(in.targets, QStringList { QStringLiteral("dc01") });
    QCOMPARE(in.comment, QStringLiteral("First password for Maria"));
    // The secret is typed again: nothing of it (not even its commitment) comes back.
    QVERIFY(in.parameters.value(QStringLiteral("password")).toString().isEmpty());
    QCOMPARE(in.requestedAgainFrom, password);

    // Submitted, the new request names the old one: in the request, its JSON and its timeline.
    auto* secret = qobject_cast<QLineEdit*>(catalogue->form()->editor(QStringLiteral("password")));
    QVERIFY(secret);
    secret->setText(QStringLiteral("An0ther-secret-pw"));
    QSignalSpy submitted(catalogue, &CatalogueWidget::submitted);
    QTest::mouseClick(catalogue->submitButton(), Qt::LeftButton);
    QTRY_COMPARE(submitted.size(), 1);
    const qint64 again = submitted.first().first().toLongLong();
    QVERIFY(again > password);
    auto made = fixture.workspace().requestStore().load(again);
    QVERIFY(made.ok());
    QCOMPARE(made->requestedAgainFrom, password);
    QCOMPARE(made->previousRequest, qint64(0)); // not an extension
    QCOMPARE(Json::request(*made).value(QStringLiteral("requestedAgainFrom")).toInteger(), password);
    QVERIFY(alice->window->openRequest(again));
    QTRY_COMPARE(detail->requestId(), again);
    QTRY_VERIFY2(timelineText(detail).contains(QStringLiteral("requested again from #%1").arg(password)),
                 qPrintable(timelineText(detail)));
    QCOMPARE(catalogue->previousRequest(), qint64(0)); // the next request from the form is a new one

    // A pending request cannot be asked again; the button is for ended ones; and core refuses to name one.
    QVERIFY(alice->window->openRequest(1));
    QVERIFY(!detail->requestAgainButton()->isVisibleTo(detail));
    SubmitInput pendingAgain = in;
    pendingAgain.parameters.insert(QStringLiteral("password"), QStringLiteral("Third-secret-pw9"));
    pendingAgain.requestedAgainFrom = 1;
    auto refused
        = fixture.workspace().requests().submit(QStringLiteral("alice"), pendingAgain, SubmitMode::RequestApproval);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QStringLiteral("has not ended")), qPrintable(refused.error().message));
    // A request that does not exist is answered as one of someone else's: its number tells nothing.
    pendingAgain.requestedAgainFrom = 99999;
    auto missing
        = fixture.workspace().requests().submit(QStringLiteral("alice"), pendingAgain, SubmitMode::RequestApproval);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, Error::Code::Forbidden);
    QCOMPARE(missing.error().message, notYourOwnToAskAgain(99999));
}

void TestGuiDesk::draftSurvivesARestart()
{
    GuiFixture fixture;
    {
        auto alice = fixture.open(QStringLiteral("alice"));
        CatalogueWidget* catalogue = alice->window->catalogue();
        alice->window->showCatalogue();
        QVERIFY(catalogue->selectAction(QStringLiteral("set-initial-password")));
        catalogue->form()->setValues({ { QStringLiteral("account"), QStringLiteral("jdoe") } });
        auto* secret = qobject_cast<QLineEdit*>(catalogue->form()->editor(QStringLiteral("password")));
        QVERIFY(secret);
        secret->setText(QStringLiteral("Never-kept-1234"));
        catalogue->commentEdit()->setPlainText(QStringLiteral("half done"));
        alice->window->drafts()->saveButton()->click();
        QCOMPARE(alice->window->drafts()->drafts().list().size(), 1);
        alice->window->close();
    }
    auto again = fixture.open(QStringLiteral("alice"));
    DraftBar* bar = again->window->drafts();
    const QList<Draft> drafts = bar->drafts().list();
    QCOMPARE(drafts.size(), 1);
    // Nothing secret was kept.
    QVERIFY(!drafts.first().parameters.contains(QStringLiteral("password")));
    QCOMPARE(bar->draftsButton()->text(), QStringLiteral("Drafts (1)"));
    QVERIFY(bar->resume(drafts.first().id));
    const SubmitInput in = again->window->catalogue()->input();
    QCOMPARE(in.action, QStringLiteral("set-initial-password"));
    QCOMPARE(in.parameters.value(QStringLiteral("account")).toString(), QStringLiteral("jdoe"));
    QCOMPARE(in.comment, QStringLiteral("half done"));
    // bob on the same workspace has drafts of his own.
    auto bob = fixture.open(QStringLiteral("bob"));
    QVERIFY(bob->window->drafts()->drafts().list().isEmpty());
}

void TestGuiDesk::shortcutOverviewListsTheRealShortcuts()
{
    GuiFixture fixture;
    auto bob = fixture.open(QStringLiteral("bob"));
    const QList<QStringList> rows = ShortcutsDialog::shortcutRows(bob->window->menuBar());
    const auto has = [&rows](const QString& command, const QKeySequence& keys) {
        for (const QStringList& row : rows)
            if (row.at(1) == command && row.at(2) == keys.toString(QKeySequence::NativeText))
                return true;
        return false;
    };
    QVERIFY(has(QStringLiteral("Approve"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)));
    QVERIFY(has(QStringLiteral("My work"), QKeySequence(Qt::CTRL | Qt::Key_1)));
    QVERIFY(has(QStringLiteral("Keyboard Shortcuts"), QKeySequence(Qt::Key_Question)));
    // "?" opens the overview, except where it is text: typed into a search field it stays there.
    bob->window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(bob->window.get()));
    bob->window->showHome();
    bob->window->home()->toDecideView()->setFocus();
    QTest::keyClick(bob->window->home()->toDecideView(), Qt::Key_Question);
    QTRY_COMPARE(bob->window->findChildren<ShortcutsDialog*>().size(), 1);
    bob->window->findChild<ShortcutsDialog*>()->close();
    QTRY_COMPARE(bob->window->findChildren<ShortcutsDialog*>().size(), 0);
    bob->window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(bob->window.get()));
    bob->window->showCatalogue();
    QLineEdit* search = bob->window->catalogue()->searchEdit();
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("?"));
    QCOMPARE(search->text(), QStringLiteral("?"));
    QCOMPARE(bob->window->findChildren<ShortcutsDialog*>().size(), 0);
    // A shortcut changed on its action shows changed: the list is read from the actions.
    for (QAction* action : bob->window->findChildren<QAction*>())
        if (action->objectName() == QLatin1String("shortcutsAction"))
            action->setShortcut(QKeySequence(Qt::Key_F1));
    const QList<QStringList> again = ShortcutsDialog::shortcutRows(bob->window->menuBar());
    bool f1 = false;
    for (const QStringList& row : again)
        f1 = f1
            || (row.at(1) == QStringLiteral("Keyboard Shortcuts")
                && row.at(2) == QKeySequence(Qt::Key_F1).toString(QKeySequence::NativeText));
    QVERIFY(f1);
}

void TestGuiDesk::searchFindsAParameterValueAndKeepsTheTextAcrossARefresh()
{
    GuiFixture fixture;
    const qint64 first = submitPassword(fixture.workspace()); // account "mlopez": a parameter value only
    auto bob = fixture.open(QStringLiteral("bob"));
    bob->window->showApprovals();
    ApprovalsWidget* approvals = bob->window->approvals();
    approvals->showIncoming();
    RequestQueueView* incoming = approvals->incoming();
    QTRY_VERIFY(incoming->model()->rowCount() >= 2);
    QTest::keyClicks(incoming->searchEdit(), QStringLiteral("MLOPEZ"));
    QTRY_COMPARE(incoming->visibleCount(), 1);
    QVERIFY(incoming->isVisibleRow(first));

    // Another client submits while bob's search stands: the new match appears, his text stays.
    const qint64 second = submitPassword(fixture.workspace());
    QTRY_COMPARE(incoming->visibleCount(), 2);
    QVERIFY(incoming->isVisibleRow(second));
    QCOMPARE(incoming->searchEdit()->text(), QStringLiteral("MLOPEZ"));
    // Secrets are never searched.
    incoming->searchEdit()->clear();
    QTest::keyClicks(incoming->searchEdit(), QStringLiteral("Sup3r-secret"));
    QTRY_COMPARE(incoming->visibleCount(), 0);
    // Until core has looked through the whole queue, the queue says it is searching.
    QTRY_COMPARE(incoming->emptyLabel()->text(), QStringLiteral("No request matches this status and search."));
}

void TestGuiDesk::searchFindsARequestBeyondTheLoadedPage()
{
    GuiFixture fixture;
    // #1 (alice's new account for Maria Lopez) is the oldest; more than a page of newer requests
    // for bob to decide push it off the page the queue loads.
    for (int i = 0; i < QueueSearch::kLimit + 5; ++i) {
        auto r = fixture.workspace().requests().submit(
            QStringLiteral("alice"),
            { QStringLiteral("set-initial-password"),
              { { QStringLiteral("account"), QStringLiteral("temp%1").arg(i) },
                { QStringLiteral("password"), QStringLiteral("Initial-pw-%1").arg(i) } },
              { QStringLiteral("dc01") },
              QStringLiteral("Seasonal staff") },
            SubmitMode::RequestApproval);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
    }
    auto bob = fixture.open(QStringLiteral("bob"));
    bob->window->showApprovals();
    ApprovalsWidget* approvals = bob->window->approvals();
    approvals->showIncoming();
    RequestQueueView* incoming = approvals->incoming();
    QTRY_VERIFY(incoming->model()->rowCount() > 0);
    QVERIFY(!incoming->model()->request(1)); // not on the page

    QTest::keyClicks(incoming->searchEdit(), QStringLiteral("Maria Lopez"));
    QTRY_VERIFY(incoming->isVisibleRow(1));
    QCOMPARE(incoming->visibleCount(), 1); // under "Needs my decision": core's eligibility says so
    QVERIFY(!incoming->isSearching());
    QCOMPARE(incoming->searchEdit()->text(), QStringLiteral("Maria Lopez"));
    QVERIFY(incoming->selectId(1));
    QCOMPARE(approvals->detail()->requestId(), 1);

    // Saved, cleared and picked again, the filter finds it the same way.
    bob->prompts.texts = { QStringLiteral("Maria") };
    approvals->incomingFilters()->saveButton()->click();
    incoming->searchEdit()->clear();
    QTRY_VERIFY(!incoming->model()->request(1)); // back to the page alone
    QVERIFY(approvals->incomingFilters()->pick(QStringLiteral("Maria")));
    QTRY_VERIFY(incoming->isVisibleRow(1));
    QCOMPARE(incoming->visibleCount(), 1);

    // Typing on while core searches: only the answer to the text in the box counts, and the text
    // is never changed.
    incoming->searchEdit()->clear();
    QTest::keyClicks(incoming->searchEdit(), QStringLiteral("Maria"));
    incoming->applySearchNow();
    QTest::keyClicks(incoming->searchEdit(), QStringLiteral(" Smith"));
    incoming->applySearchNow();
    QTRY_VERIFY(!incoming->isSearching());
    QCOMPARE(incoming->searchEdit()->text(), QStringLiteral("Maria Smith"));
    QCOMPARE(incoming->visibleCount(), 0);
    QVERIFY(!incoming->model()->request(1));
}

void TestGuiDesk::emptyHomeSaysNothingNeedsYou()
{
    GuiFixture fixture;
    // The demo's #3 is grace's request on erin's behalf: withdrawn, nothing waits for erin any more.
    QVERIFY(fixture.workspace().requests().cancel(QStringLiteral("grace"), 3).ok());
    auto erin = fixture.open(QStringLiteral("erin")); // an auditor: nothing to decide, nothing asked
    erin->window->showHome();
    HomeWidget* home = erin->window->home();
    QTRY_VERIFY(home->hasLoaded());
    auto* empty = home->findChild<QLabel*>(QStringLiteral("homeEmpty"));
    QVERIFY(empty);
    QVERIFY(empty->isVisibleTo(home));
    QVERIFY(empty->text().startsWith(QStringLiteral("Nothing needs you now")));
    QVERIFY(!home->toDecideView()->isVisibleTo(home));

    // Once something waits for her, the sentence goes.
    auto alice = fixture.open(QStringLiteral("alice"));
    HomeWidget* aliceHome = alice->window->home();
    QTRY_VERIFY(aliceHome->hasLoaded());
    QVERIFY(!aliceHome->findChild<QLabel*>(QStringLiteral("homeEmpty"))->isVisibleTo(aliceHome));
}

void TestGuiDesk::savedFilterIsPickedAgainAfterARestart()
{
    GuiFixture fixture;
    {
        auto alice = fixture.open(QStringLiteral("alice"));
        alice->window->showApprovals();
        ApprovalsWidget* approvals = alice->window->approvals();
        approvals->showOutgoing();
        RequestQueueView* outgoing = approvals->outgoing();
        SavedFilterBar* bar = approvals->outgoingFilters();
        QVERIFY(!bar->list()->isEnabled()); // nothing saved yet
        QTRY_COMPARE(outgoing->model()->rowCount(), 2);
        outgoing->statusFilter()->setCurrentIndex(outgoing->statusFilter()->findData(QStringLiteral("pending")));
        QTest::keyClicks(outgoing->searchEdit(), QStringLiteral("maria lopez"));
        QTRY_COMPARE(outgoing->visibleCount(), 1); // #1: given name Maria, surname Lopez
        alice->prompts.texts = { QStringLiteral("New hires") };
        bar->saveButton()->click();
        QCOMPARE(alice->prompts.textQuestions.size(), 1);
        QCOMPARE(bar->list()->currentText(), QStringLiteral("New hires"));
        QVERIFY(bar->deleteButton()->isEnabled());
        // Changing the filter by hand leaves the saved one.
        outgoing->searchEdit()->clear();
        QTest::keyClicks(outgoing->searchEdit(), QStringLiteral("x"));
        QCOMPARE(bar->list()->currentIndex(), 0);
        alice->window->close();
    }
    auto again = fixture.open(QStringLiteral("alice"));
    again->window->showApprovals();
    ApprovalsWidget* approvals = again->window->approvals();
    approvals->showOutgoing();
    RequestQueueView* outgoing = approvals->outgoing();
    QTRY_COMPARE(outgoing->model()->rowCount(), 2);
    QCOMPARE(outgoing->visibleCount(), 2);
    QVERIFY(approvals->outgoingFilters()->pick(QStringLiteral("New hires")));
    QCOMPARE(outgoing->searchEdit()->text(), QStringLiteral("maria lopez"));
    QCOMPARE(outgoing->statusFilter()->currentData().toString(), QStringLiteral("pending"));
    QCOMPARE(outgoing->visibleCount(), 1);
    QVERIFY(outgoing->isVisibleRow(1));
    // Per person and queue: not in alice's Incoming, not in bob's Outgoing.
    QCOMPARE(approvals->incomingFilters()->list()->findText(QStringLiteral("New hires")), -1);
    auto bob = fixture.open(QStringLiteral("bob"));
    QCOMPARE(bob->window->approvals()->outgoingFilters()->list()->findText(QStringLiteral("New hires")), -1);
    // Deleted, it is gone.
    approvals->outgoingFilters()->deleteButton()->click();
    QCOMPARE(approvals->outgoingFilters()->list()->findText(QStringLiteral("New hires")), -1);
    QVERIFY(!approvals->outgoingFilters()->list()->isEnabled());
}

void TestGuiDesk::preferencesGeneralChoosesLanguageAndStartPage()
{
    GuiFixture fixture;
    fixture.settings().setStartupPage(QString());
    {
        auto alice = fixture.open(QStringLiteral("alice"));
        alice->window->showCatalogue();
        auto* startHome = alice->window->findChild<QAction*>(QStringLiteral("startOnHomeAction"));
        QVERIFY(startHome);
        QVERIFY(!startHome->isChecked());
        alice->window->showPreferences();
        PreferencesDialog* dialog = alice->window->preferences();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->pageList()->item(0)->text(), QStringLiteral("General"));
        QCOMPARE(dialog->pageList()->currentRow(), 0);
        auto* general = dialog->findChild<GeneralPage*>();
        QVERIFY(general && general->isVisible());

        // The startup page: saved at once, and the View menu shows the same choice.
        general->startupCombo()->setCurrentIndex(general->startupCombo()->findData(QStringLiteral("home")));
        QCOMPARE(fixture.settings().startupPage(), QStringLiteral("home"));
        QVERIFY(startHome->isChecked());
        // The language: saved, applied at the next start, and the page says so.
        QVERIFY(general->note()->text().isEmpty());
        general->languageCombo()->setCurrentIndex(general->languageCombo()->findData(QStringLiteral("de")));
        QCOMPARE(fixture.settings().language(), QStringLiteral("de"));
        QVERIFY(general->note()->text().contains(QStringLiteral("starts again")));
        dialog->close();
        QTRY_VERIFY(!alice->window->preferences());

        // And the other way round: the View menu's choice is what Preferences shows next time.
        startHome->setChecked(false);
        alice->window->showPreferences();
        general = alice->window->preferences()->findChild<GeneralPage*>();
        QCOMPARE(general->startupCombo()->currentData().toString(), QString());
        QCOMPARE(general->languageCombo()->currentData().toString(), QStringLiteral("de"));
        general->startupCombo()->setCurrentIndex(general->startupCombo()->findData(QStringLiteral("home")));
        alice->window->preferences()->close();
        alice->window->close();
    }
    auto again = fixture.open(QStringLiteral("alice"));
    QCOMPARE(again->window->pages()->currentWidget(), again->window->home()); // opens on My work
    fixture.settings().setLanguage(QString());

    // The language is read by the next process: it must survive the settings file, not only the cache.
    QTemporaryDir dir;
    Settings(dir.filePath(QStringLiteral("next.ini"))).setLanguage(QStringLiteral("de"));
    QCOMPARE(Settings(dir.filePath(QStringLiteral("next.ini"))).language(), QStringLiteral("de"));
}

void TestGuiDesk::requesterIsToldOfNewFeedback()
{
    GuiFixture fixture;
    // Feedback left before the client opened is not news.
    QVERIFY(fixture.workspace().requests().giveFeedback(QStringLiteral("bob"), 1, { 1, QStringLiteral("old") }).ok());
    auto alice = fixture.open(QStringLiteral("alice"));
    QTRY_VERIFY(alice->window->home()->hasLoaded());
    QTest::qWait(200); // a few polls: nothing is announced
    QVERIFY(!alice->window->statusBar()->currentMessage().contains(QStringLiteral("feedback")));

    auto* watcher = alice->window->findChild<FeedbackWatcher*>();
    QVERIFY(watcher);
    QTRY_VERIFY(!watcher->isLooking()); // where to start was read off the GUI thread
    QSignalSpy told(watcher, &FeedbackWatcher::newFeedback);
    QVERIFY(fixture.workspace()
                .requests()
                .giveFeedback(QStringLiteral("frank"), 2, { -1, QStringLiteral("Not during the freeze") })
                .ok());
    QTRY_COMPARE(alice->window->statusBar()->currentMessage(),
                 QStringLiteral("frank voted down your request #2: \"Not during the freeze\""));
    // Asked again while it looks, it looks once more after: nothing is told twice.
    watcher->check();
    watcher->check();
    QVERIFY(watcher->isLooking());
    QTRY_VERIFY(!watcher->isLooking());
    QCOMPARE(told.count(), 1);
    // Her own feedback is not news to her.
    alice->window->statusBar()->clearMessage();
    const qint64 hers = submitPassword(fixture.workspace()); // the helper submits as alice
    QVERIFY(fixture.workspace().requests().giveFeedback(QStringLiteral("alice"), hers, { 1, {} }).ok());
    QTest::qWait(200);
    QCOMPARE(alice->window->statusBar()->currentMessage(), QString());
}

void TestGuiDesk::deskInEveryLook_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("dark");
    QTest::newRow("en light") << QStringLiteral("en") << false;
    QTest::newRow("de light") << QStringLiteral("de") << false;
    QTest::newRow("en dark") << QStringLiteral("en") << true;
    QTest::newRow("de dark") << QStringLiteral("de") << true;
}

// My work and the timeline in English and German, light and dark: German is German, the countdown's
// warning colour reads on the palette. With CS_DESK_SHOTS set, the pages are saved there as PNGs.
void TestGuiDesk::deskInEveryLook()
{
    QFETCH(QString, language);
    QFETCH(bool, dark);
    const bool german = language == QLatin1String("de");
    const ScreenshotLook lookNow(german, dark);
    QVERIFY(lookNow.loaded());
    const QString shots = qEnvironmentVariable("CS_DESK_SHOTS");
    const QString look = language + (dark ? QStringLiteral("-dark") : QStringLiteral("-light"));
    const auto save = [&](QWidget* widget, const QString& what) {
        if (!shots.isEmpty())
            QVERIFY(saveScreenshot(widget, QStringLiteral("%1/%2-%3.png").arg(shots, what, look)));
    };
    {
        GuiFixture fixture;
        submitPassword(fixture.workspace()); // decide within 8 hours: the countdown warns
        QVERIFY(fixture.workspace().requests().decide(QStringLiteral("frank"), 2, true, QStringLiteral("ok")).ok());
        QVERIFY(fixture.workspace()
                    .requests()
                    .decide(QStringLiteral("grace"), 2, false, QStringLiteral("Change freeze until Friday"))
                    .ok());
        auto carol = fixture.open(QStringLiteral("carol"));
        HomeWidget* home = carol->window->home();
        carol->window->showHome();
        QTRY_VERIFY(home->hasLoaded());
        QVERIFY(carol->window->pages()->tabText(0).startsWith(german ? QStringLiteral("Meine Arbeit")
                                                                     : QStringLiteral("My work")));
        const QModelIndex soon = home->toDecide()->index(0, HomeModel::DueColumn);
        const QColor warning = soon.data(Qt::ForegroundRole).value<QColor>();
        QVERIFY(warning.isValid()); // within a day: coloured, and the text says how long
        QVERIFY2(soon.data().toString().contains(german ? QStringLiteral("Std.") : QStringLiteral(" h ")),
                 qPrintable(soon.data().toString()));
        const double ratio = contrastRatio(warning, QApplication::palette().color(QPalette::Base));
        QVERIFY2(ratio >= 4.5, qPrintable(QString::number(ratio)));
        save(carol->window.get(), QStringLiteral("home-carol"));

        auto alice = fixture.open(QStringLiteral("alice"));
        alice->window->showHome();
        QTRY_VERIFY(alice->window->home()->hasLoaded());
        save(alice->window.get(), QStringLiteral("home-alice"));
        alice->window->showCatalogue();
        QVERIFY(alice->window->catalogue()->selectAction(QStringLiteral("restart-service")));
        alice->window->drafts()->saveButton()->click();
        QCOMPARE(alice->window->drafts()->draftsButton()->text(),
                 german ? QStringLiteral("Entwürfe (1)") : QStringLiteral("Drafts (1)"));
        save(alice->window.get(), QStringLiteral("catalogue-drafts"));
        QVERIFY(alice->window->openRequest(2));
        RequestDetailWidget* detail = alice->window->approvals()->detail();
        detail->tabs()->setCurrentWidget(detail->timelineView());
        QVERIFY2(timelineText(detail).startsWith(german ? QStringLiteral("Eingereicht von Alice Archer (alice)")
                                                        : QStringLiteral("Submitted by Alice Archer (alice)")),
                 qPrintable(timelineText(detail)));
        save(alice->window.get(), QStringLiteral("timeline"));
        detail->tabs()->setCurrentIndex(0);
        save(alice->window.get(), QStringLiteral("detail-badge"));

        // Search by a parameter's value (issue 20, "find things").
        carol->window->showApprovals();
        carol->window->approvals()->showIncoming();
        RequestQueueView* incoming = carol->window->approvals()->incoming();
        incoming->statusFilter()->setCurrentIndex(0); // all statuses
        QTest::keyClicks(incoming->searchEdit(), QStringLiteral("Maria Lopez"));
        // #1 (given name Maria, surname Lopez) and the password for mlopez; not the restart (#2).
        QTRY_COMPARE(incoming->visibleCount(), 2);
        QVERIFY(incoming->isVisibleRow(1) && !incoming->isVisibleRow(2));
        save(carol->window.get(), QStringLiteral("search"));
        carol->prompts.texts = { german ? QStringLiteral("Neue Mitarbeiter") : QStringLiteral("New hires") };
        carol->window->approvals()->incomingFilters()->saveButton()->click();
        QCOMPARE(carol->window->approvals()->incomingFilters()->list()->currentIndex(), 1);
        save(carol->window.get(), QStringLiteral("saved-filters"));

        auto erin = fixture.open(QStringLiteral("erin"));
        erin->window->showHome();
        QTRY_VERIFY(erin->window->home()->hasLoaded());
        save(erin->window.get(), QStringLiteral("home-empty"));
        erin->window->showAudit();
        AuditWidget* audit = erin->window->audit();
        QTRY_VERIFY(audit->rowCount() > 0);
        audit->actorEdit()->setText(QStringLiteral("alice"));
        audit->fromEdit()->setDate(QDate::currentDate());
        audit->applyFilterNow();
        QTRY_VERIFY(!audit->isLoading());
        QVERIFY(audit->rowCount() > 0);
        save(erin->window.get(), QStringLiteral("audit-filters"));
        erin->window->showPreferences();
        QTRY_VERIFY(erin->window->preferences() && erin->window->preferences()->isVisible());
        save(erin->window->preferences(), QStringLiteral("preferences-general"));
        erin->window->preferences()->close();
    }
}

QTEST_MAIN(TestGuiDesk)
#include "tst_gui_desk.moc"
