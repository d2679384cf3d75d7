// Bulk decisions in Incoming (select several, Approve/Reject, the pre-flight summary core computes,
// one comment or one each, the result list) and the Feedback panel (votes and remarks that decide
// nothing), offscreen; also renders both for the screenshots (en, de, dark).
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTranslator>
#include <QtTest>
#include <gui/guitestsupport.h>
#include <ui/approvals/approvalswidget.h>
#include <ui/approvals/bulkdecisiondialog.h>
#include <ui/approvals/bulkdecisionmodel.h>
#include <ui/approvals/feedbackpanel.h>
#include <ui/approvals/requestdetailwidget.h>
#include <ui/approvals/requestqueueview.h>
#include <ui/models/itemroles.h>

using namespace cs;
using namespace cs::ui;

namespace {

qint64 submitUser(Workspace& ws, const QString& who, const QString& name)
{
    SubmitInput input;
    input.action = QStringLiteral("create-directory-user");
    input.parameters
        = QJsonObject { { QStringLiteral("givenName"), name },
                        { QStringLiteral("surname"), QStringLiteral("Lopez") },
                        { QStringLiteral("email"), QString(name.toLower() + QStringLiteral("@example.com")) },
                        { QStringLiteral("department"), QStringLiteral("Finance") } };
    input.targets = { QStringLiteral("dc01") };
    input.comment = QStringLiteral("New hire %1").arg(name);
    auto r = ws.requests().submit(who, input, SubmitMode::RequestApproval);
    if (!r.ok())
        qFatal("submit: %s", qPrintable(r.error().message));
    return r->id;
}

// Ctrl-click (or a plain click) on the row of a request, as a person selects with the mouse.
bool clickRow(RequestQueueView* queue, qint64 id, Qt::KeyboardModifiers modifiers)
{
    QTableView* table = queue->table();
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, 1);
        if (index.data(RequestIdRole).toLongLong() != id)
            continue;
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, modifiers, table->visualRect(index).center());
        return true;
    }
    return false;
}

QString effects(BulkDecisionModel* model)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out << model->index(row, BulkDecisionModel::EffectColumn).data().toString();
    return out.join(QLatin1Char('\n'));
}

QString effectOf(BulkDecisionModel* model, qint64 id)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(RequestIdRole).toLongLong() == id)
            return model->index(row, BulkDecisionModel::EffectColumn).data().toString();
    return {};
}

// Five requests for carol (approvers, and for this test helpdesk too): one her own, one past its
// deadline, three she may approve.
struct FiveRequests
{
    qint64 expired = 0;
    qint64 own = 0;
    QList<qint64> fine;
    QList<qint64> all() const { return { fine.at(0), own, expired, fine.at(1), fine.at(2) }; }
};

FiveRequests makeFive(GuiFixture& fixture)
{
    Workspace& ws = fixture.workspace();
    TestWorkspace::must(
        ws.admin().setMembership(QStringLiteral("dave"), QStringLiteral("helpdesk"), QStringLiteral("carol"), true),
        "membership");
    FiveRequests five;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    fixture.clock().set(now.addSecs(-49 * 3600)); // create-directory-user allows 48 hours
    five.expired = submitUser(ws, QStringLiteral("alice"), QStringLiteral("Olga"));
    fixture.clock().set(now);
    five.fine << submitUser(ws, QStringLiteral("alice"), QStringLiteral("Maria"));
    five.own = submitUser(ws, QStringLiteral("carol"), QStringLiteral("Chen"));
    five.fine << submitUser(ws, QStringLiteral("alice"), QStringLiteral("Ines"));
    five.fine << submitUser(ws, QStringLiteral("alice"), QStringLiteral("Yuki"));
    return five;
}

// Incoming, all statuses (the expired one is listed there too): the rows of `clicked` selected by
// mouse (a click, then Ctrl-clicks), then Approve/Reject selected. Incoming never lists a person's
// own requests, so `extra` (her own) is added the way any other list of ids reaches the dialog.
BulkDecisionDialog* openBulk(Client& carol, const QList<qint64>& clicked, bool approve, const QList<qint64>& extra = {})
{
    ApprovalsWidget* approvals = carol.window->approvals();
    carol.window->showApprovals();
    approvals->showIncoming();
    RequestQueueView* incoming = approvals->incoming();
    incoming->statusFilter()->setCurrentIndex(incoming->statusFilter()->findData(QString()));
    bool first = true;
    for (qint64 id : clicked) {
        if (!clickRow(incoming, id, first ? Qt::NoModifier : Qt::ControlModifier))
            qWarning("row %lld is not listed", id);
        first = false;
    }
    if (incoming->selectedIds().size() != clicked.size() || !approvals->bulkBar()->isVisible())
        return nullptr;
    if (extra.isEmpty())
        approvals
            ->findChild<QPushButton*>(approve ? QStringLiteral("approveSelectedButton")
                                              : QStringLiteral("rejectSelectedButton"))
            ->click();
    else
        approvals->decideRequests(incoming->selectedIds() + extra, approve);
    BulkDecisionDialog* dialog = approvals->bulkDialog();
    if (dialog && !QTest::qWaitFor([&] { return !dialog->isBusy() && dialog->model()->rowCount() > 0; }, 10000))
        return nullptr;
    return dialog;
}

} // namespace

class TestGuiBulkDecisions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bulkApproveRefusesOwnAndExpiredAndDecidesTheRest();
    void ctrlASelectsAllAndRejectAsksForComments();
    void feedbackByTwoAppearsForTheRequesterAndDecidesNothing();
    void feedbackReadsOffTheGuiThreadAndKeepsWhatIsTyped();
    void screenshots_data();
    void screenshots();
};

void TestGuiBulkDecisions::bulkApproveRefusesOwnAndExpiredAndDecidesTheRest()
{
    GuiFixture fixture;
    const FiveRequests five = makeFive(fixture);
    auto carol = fixture.open(QStringLiteral("carol"));
    BulkDecisionDialog* dialog
        = openBulk(*carol, { five.fine.at(0), five.expired, five.fine.at(1), five.fine.at(2) }, true, { five.own });
    QVERIFY(dialog);
    BulkDecisionModel* model = dialog->model();
    QCOMPARE(model->rowCount(), 5);
    QCOMPARE(model->decidable(), 3);
    QVERIFY2(effectOf(model, five.own).contains(QLatin1String("Refused: You cannot approve or reject your own")),
             qPrintable(effects(model)));
    QVERIFY2(effectOf(model, five.expired).contains(QLatin1String("passed its deadline")), qPrintable(effects(model)));
    for (qint64 id : five.fine)
        QVERIFY2(effectOf(model, id).startsWith(QLatin1String("Approves the request and hands it to")),
                 qPrintable(effects(model)));
    QVERIFY2(dialog->summary()->text().contains(QLatin1String("3 will be approved as shown, 2 are refused")),
             qPrintable(dialog->summary()->text()));
    QCOMPARE(dialog->confirmButton()->text(), QStringLiteral("Approve 3 requests"));
    // Nothing is decided before confirming.
    for (qint64 id : five.all())
        QCOMPARE(fixture.workspace().requestStore().load(id)->state, RequestState::Pending);

    QTest::keyClicks(dialog->commentEdit(), QStringLiteral("Checked in the HR system"));
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return model->decided(); }, 10000));
    QCOMPARE(model->count(BulkDecisionResult::Status::Done), 3);
    for (qint64 id : five.fine) {
        QVERIFY2(effectOf(model, id).startsWith(QLatin1String("Done: ")), qPrintable(effects(model)));
        auto r = fixture.workspace().requestStore().load(id);
        QCOMPARE(r->state, RequestState::Approved);
        auto decisions = fixture.workspace().requestStore().decisions(id);
        QCOMPARE(decisions->size(), 1);
        QCOMPARE(decisions->at(0).comment, QStringLiteral("Checked in the HR system"));
    }
    QVERIFY(effectOf(model, five.own).startsWith(QLatin1String("Refused: ")));
    QCOMPARE(fixture.workspace().requestStore().load(five.own)->state, RequestState::Pending);
    QVERIFY(fixture.workspace().requestStore().decisions(five.own)->isEmpty());
    QVERIFY(fixture.workspace().requestStore().decisions(five.expired)->isEmpty());
    QVERIFY2(dialog->summary()->text().startsWith(QLatin1String("3 approved, 2 not")),
             qPrintable(dialog->summary()->text()));
    QVERIFY(!dialog->confirmButton()->isEnabled());
}

void TestGuiBulkDecisions::ctrlASelectsAllAndRejectAsksForComments()
{
    GuiFixture fixture;
    const FiveRequests five = makeFive(fixture);
    auto bob = fixture.open(QStringLiteral("bob"));
    bob->window->showApprovals();
    ApprovalsWidget* approvals = bob->window->approvals();
    RequestQueueView* incoming = approvals->incoming();
    // "Needs my decision": #1 of the demo, the three and carol's own; Ctrl+A selects them all.
    incoming->table()->setFocus();
    QTest::keyClick(incoming->table(), Qt::Key_A, Qt::ControlModifier);
    const QList<qint64> selected = incoming->selectedIds();
    QCOMPARE(selected.size(), 5);
    QVERIFY(approvals->bulkBar()->isVisible());
    // The Reject button of the detail pane, with several selected, opens the summary too.
    approvals->detail()->reject();
    BulkDecisionDialog* dialog = approvals->bulkDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitFor([&] { return !dialog->isBusy() && dialog->model()->rowCount() == 5; }, 10000));
    QCOMPARE(dialog->model()->decidable(), 5);
    QVERIFY2(effects(dialog->model()).count(QLatin1String("Rejects the request")) == 5,
             qPrintable(effects(dialog->model())));
    QVERIFY(!dialog->confirmButton()->isEnabled()); // a rejection needs a comment
    dialog->perRequestButton()->setChecked(true);
    BulkDecisionModel* model = dialog->model();
    for (int row = 0; row < 4; ++row)
        QVERIFY(model->setData(model->index(row, BulkDecisionModel::CommentColumn), QStringLiteral("no %1").arg(row)));
    QVERIFY(!dialog->confirmButton()->isEnabled()); // one still has none
    QVERIFY2(
        dialog->findChild<QLabel*>(QStringLiteral("bulkHint"))->text().endsWith(QLatin1String("still without one: 1.")),
        qPrintable(dialog->findChild<QLabel*>(QStringLiteral("bulkHint"))->text()));
    QVERIFY(model->setData(model->index(4, BulkDecisionModel::CommentColumn), QStringLiteral("no 4")));
    QVERIFY(dialog->confirmButton()->isEnabled());
    dialog->confirm();
    QVERIFY(QTest::qWaitFor([&] { return model->decided(); }, 10000));
    QCOMPARE(model->count(BulkDecisionResult::Status::Done), 5);
    for (int row = 0; row < 5; ++row) {
        const qint64 id = model->index(row, 0).data(RequestIdRole).toLongLong();
        QCOMPARE(fixture.workspace().requestStore().load(id)->state, RequestState::Rejected);
        QCOMPARE(fixture.workspace().requestStore().decisions(id)->at(0).comment, QStringLiteral("no %1").arg(row));
    }
    // The queue was read again: nothing left to decide.
    QVERIFY(QTest::qWaitFor([&] { return incoming->visibleCount() == 0; }, 5000));
    Q_UNUSED(five)
}

void TestGuiBulkDecisions::feedbackByTwoAppearsForTheRequesterAndDecidesNothing()
{
    GuiFixture fixture;
    const auto leave = [&](const QString& who, bool up, const QString& comment) {
        auto client = fixture.open(who);
        client->window->showApprovals();
        RequestDetailWidget* detail = client->window->approvals()->detail();
        detail->showRequest(1);
        FeedbackPanel* panel = detail->feedbackPanel();
        if (panel->requestId() != 1)
            return QStringLiteral("the panel does not show request #1");
        // Reads and saves run off the GUI thread: each step waits for the one before.
        const auto idle = [panel] { return QTest::qWaitFor([panel] { return panel->isIdle(); }, 10000); };
        if (!idle())
            return QStringLiteral("the feedback was not read");
        QTest::mouseClick(up ? panel->upButton() : panel->downButton(), Qt::LeftButton);
        if (!idle())
            return QStringLiteral("the vote was not saved");
        panel->commentEdit()->setText(comment);
        QTest::mouseClick(panel->saveButton(), Qt::LeftButton);
        if (!idle())
            return QStringLiteral("the comment was not saved");
        return panel->message()->text();
    };
    QCOMPARE(leave(QStringLiteral("bob"), true, QStringLiteral("HR ticket is there")),
             QStringLiteral("Your feedback is saved. It decides nothing."));
    QCOMPARE(leave(QStringLiteral("erin"), false, QStringLiteral("Department looks wrong")),
             QStringLiteral("Your feedback is saved. It decides nothing."));

    auto alice = fixture.open(QStringLiteral("alice"));
    alice->window->showApprovals();
    alice->window->approvals()->showOutgoing();
    RequestDetailWidget* detail = alice->window->approvals()->detail();
    detail->showRequest(1);
    FeedbackPanel* panel = detail->feedbackPanel();
    QTRY_VERIFY(panel->isIdle());
    QCOMPARE(panel->view()->model()->rowCount(), 2);
    QVERIFY2(panel->summary()->text().startsWith(QStringLiteral("1 up · 1 down.")),
             qPrintable(panel->summary()->text()));
    QCOMPARE(detail->tabs()->tabText(detail->tabs()->indexOf(panel)), QStringLiteral("Feedback (2)"));
    // Still waiting for its one phase, with no decision.
    auto r = fixture.workspace().requestStore().load(1);
    QCOMPARE(r->state, RequestState::Pending);
    QCOMPARE(r->phase, 0);
    QVERIFY(fixture.workspace().requestStore().decisions(1)->isEmpty());

    // A vote clicked again is taken back.
    auto bob = fixture.open(QStringLiteral("bob"));
    bob->window->approvals()->detail()->showRequest(1);
    FeedbackPanel* bobs = bob->window->approvals()->detail()->feedbackPanel();
    QTRY_VERIFY(bobs->isIdle());
    QVERIFY(bobs->upButton()->isChecked());
    QTest::mouseClick(bobs->upButton(), Qt::LeftButton);
    QTRY_VERIFY(bobs->isIdle());
    QVERIFY(!bobs->upButton()->isChecked());
    QVERIFY2(bobs->summary()->text().startsWith(QStringLiteral("0 up · 1 down")), qPrintable(bobs->summary()->text()));
    QCOMPARE(bobs->commentEdit()->maxLength(), 280);
}

void TestGuiBulkDecisions::feedbackReadsOffTheGuiThreadAndKeepsWhatIsTyped()
{
    GuiFixture fixture;
    auto bob = fixture.open(QStringLiteral("bob"));
    bob->window->showApprovals();
    RequestDetailWidget* detail = bob->window->approvals()->detail();
    FeedbackPanel* panel = detail->feedbackPanel();
    detail->showRequest(1);
    // The read runs on a worker: nothing of it is on show before the event loop delivers it, and
    // the vote buttons wait for it.
    QVERIFY(!panel->isIdle());
    QVERIFY(!panel->upButton()->isEnabled());
    QTRY_VERIFY(panel->isIdle());
    QVERIFY(panel->upButton()->isEnabled());
    QCOMPARE(panel->view()->model()->rowCount(), 0);

    // bob types a remark; meanwhile erin leaves feedback from her own client and bob's pane updates
    // live, with his half-written remark left as it is.
    panel->commentEdit()->setFocus();
    QTest::keyClicks(panel->commentEdit(), QStringLiteral("Checked the HR tic"));
    QVERIFY(
        fixture.workspace().requests().giveFeedback(QStringLiteral("erin"), 1, { -1, QStringLiteral("Why?") }).ok());
    QTRY_COMPARE(panel->view()->model()->rowCount(), 1);
    QTRY_VERIFY(panel->isIdle());
    QCOMPARE(panel->commentEdit()->text(), QStringLiteral("Checked the HR tic"));
    QTest::keyClicks(panel->commentEdit(), QStringLiteral("ket"));

    // Saving runs off the GUI thread too; typing may go on while it does.
    QTest::mouseClick(panel->saveButton(), Qt::LeftButton);
    QVERIFY(!panel->isIdle());
    QVERIFY(!panel->saveButton()->isEnabled());
    QVERIFY(panel->commentEdit()->isEnabled());
    QTRY_VERIFY(panel->isIdle());
    QCOMPARE(panel->message()->text(), QStringLiteral("Your feedback is saved. It decides nothing."));
    QCOMPARE(panel->view()->model()->rowCount(), 2);
    auto stored = fixture.workspace().requests().feedback(QStringLiteral("bob"), 1);
    QVERIFY(stored.ok());
    bool found = false;
    for (const Feedback& f : *stored)
        found = found || (f.login == QStringLiteral("bob") && f.comment == QStringLiteral("Checked the HR ticket"));
    QVERIFY(found);

    // Another request shows its own (empty) remark; back on #1, the stored one.
    detail->showRequest(2);
    QTRY_VERIFY(panel->isIdle());
    QCOMPARE(panel->commentEdit()->text(), QString());
    detail->showRequest(1);
    QTRY_VERIFY(panel->isIdle());
    QCOMPARE(panel->commentEdit()->text(), QStringLiteral("Checked the HR ticket"));
}

void TestGuiBulkDecisions::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("English, dark palette") << QStringLiteral("en-dark");
}

void TestGuiBulkDecisions::screenshots()
{
    QFETCH(QString, language);
    QDir().mkpath(QStringLiteral(CS_SCREENSHOT_DIR));
    const ScreenshotLook look(language == QLatin1String("de"), language == QLatin1String("en-dark"));
    QVERIFY(look.loaded());
    const auto save = [&](QWidget* widget, const QString& screen) {
        const QString path = QStringLiteral(CS_SCREENSHOT_DIR "/%1-%2.png").arg(language, screen);
        QVERIFY2(saveScreenshot(widget, path), qPrintable(path));
    };
    {
        GuiFixture fixture;
        const FiveRequests five = makeFive(fixture);
        auto carol = fixture.open(QStringLiteral("carol"));
        BulkDecisionDialog* dialog
            = openBulk(*carol, { five.fine.at(0), five.expired, five.fine.at(1), five.fine.at(2) }, true, { five.own });
        QVERIFY(dialog);
        dialog->commentEdit()->setPlainText(QStringLiteral("Checked in the HR system"));
        save(dialog, QStringLiteral("bulk-preflight"));
        dialog->confirm();
        QVERIFY(QTest::qWaitFor([&] { return dialog->model()->decided(); }, 10000));
        save(dialog, QStringLiteral("bulk-results"));
        dialog->close();

        for (const auto& [who, up, text] :
             { std::tuple { QStringLiteral("bob"), true, QStringLiteral("HR ticket 4711 is there") },
               std::tuple { QStringLiteral("erin"), false, QStringLiteral("Department should be Accounting") } })
            QVERIFY(fixture.workspace().requests().giveFeedback(who, 1, { up ? 1 : -1, text }).ok());
        auto alice = fixture.open(QStringLiteral("alice"));
        alice->window->showApprovals();
        alice->window->approvals()->showOutgoing();
        QVERIFY(alice->window->approvals()->selectRequest(1));
        RequestDetailWidget* detail = alice->window->approvals()->detail();
        detail->tabs()->setCurrentWidget(detail->feedbackPanel());
        QTRY_VERIFY(detail->feedbackPanel()->isIdle());
        detail->feedbackPanel()->commentEdit()->setText(QStringLiteral("Thanks, fixed in the HR ticket"));
        save(alice->window.get(), QStringLiteral("feedback"));
    }
}

QTEST_MAIN(TestGuiBulkDecisions)
#include "tst_gui_bulkdecisions.moc"
