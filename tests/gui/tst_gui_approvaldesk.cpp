// The approvals desk and history as people read them: who decided, bypasses, counts that match
// their rows, readable banners on dark themes, and the small things that made the desk lie.
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QStyle>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>
#include <core/audit/auditevents.h>
#include <core/audit/grantevents.h>
#include <core/views/audittext.h>
#include <gui/guitestsupport.h>
#include <ui/approvals/approvalswidget.h>
#include <ui/approvals/requestdetailwidget.h>
#include <ui/approvals/requestqueueview.h>
#include <ui/audit/auditwidget.h>
#include <ui/catalogue/cataloguewidget.h>
#include <ui/decisiondialog.h>
#include <ui/messagebanner.h>
#include <ui/models/requesttablemodel.h>

using namespace cs;
using namespace cs::ui;

namespace {

QString columnText(QTableView* view, int column)
{
    QStringList cells;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        cells << view->model()->index(r, column).data().toString();
    return cells.join(QLatin1Char('|'));
}

// Whether a column is wide enough for its longest text (no "…").
bool showsWhole(QTableView* view, int column)
{
    int widest = 0;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        widest = qMax(widest, view->fontMetrics().horizontalAdvance(view->model()->index(r, column).data().toString()));
    return view->columnWidth(column) >= widest;
}

// WCAG 2 relative luminance and contrast ratio.
double luminance(const QColor& c)
{
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

// The banner as drawn: its background beside the text, and the text's strongest pixel against it.
double bannerContrast(MessageBanner* banner)
{
    const QImage image = banner->grab().toImage();
    const QRect text = banner->label()->geometry();
    const QColor background = image.pixelColor(qMax(3, text.left() - 4), text.center().y());
    double best = 1.0;
    for (int y = text.top(); y <= text.bottom(); ++y)
        for (int x = text.left(); x <= text.right(); ++x)
            best = qMax(best, contrast(image.pixelColor(x, y), background));
    return best;
}

} // namespace

class TestGuiApprovalDesk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decisionsNameWhoWhenAndWhy();
    void rejectionShowsWhoAndTheComment();
    void bypassSaysApprovalWasSkipped();
    void countsSayWhatTheyCountAndMatchTheRows();
    void bannersReadOnDarkAndLightPalettes_data();
    void bannersReadOnDarkAndLightPalettes();
    void shortcutsFollowTheButtons();
    void bannersBelongToTheirRequest();
    void cancelConfirmsWhatHappened();
    void detailClearsWhenItsRequestLeavesTheList();
    void emptyResultsSaySo();
    void historyAndAuditSpeakSentences();
    void shareWithoutMailProgramCopiesInstead();
    void restoredWindowFitsTheScreen();
    void ctrlNumberGoesByTabPosition();
    void decisionDialogIsAClearForm();
    void bannerColoursDoNotCompound();
    void unknownEventsReadAsPlainValues();
    void everyWrittenEventHasALabel();
    void everyWrittenEventReadsAsASentence_data();
    void everyWrittenEventReadsAsASentence();
};

void TestGuiApprovalDesk::decisionsNameWhoWhenAndWhy()
{
    GuiFixture fixture;
    auto bob = fixture.open(QStringLiteral("bob"));
    bob->window->showApprovals();
    QVERIFY(bob->window->approvals()->selectRequest(1));
    RequestDetailWidget* detail = bob->window->approvals()->detail();
    bob->prompts.comments = { QStringLiteral("HR ticket checked") };
    QTest::mouseClick(detail->approveButton(), Qt::LeftButton);
    QCOMPARE(detail->requestId(), 1);

    const QString overview = detail->overview()->text();
    QVERIFY2(overview.contains(QLatin1String("Approved by Bob Brown (bob) on ")), qPrintable(overview));
    QVERIFY2(overview.contains(QLatin1String("counted as member of group approvers")), qPrintable(overview));
    QVERIFY2(overview.contains(QLatin1String("HR ticket checked")), qPrintable(overview));
    // Local time, as the rest of the Overview.
    auto details = fixture.workspace().requests().details(QStringLiteral("bob"), 1);
    QVERIFY(details.ok());
    QCOMPARE(details->decisions.size(), 1);
    QVERIFY2(overview.contains(
                 QLocale().toString(fromMs(details->decisions.first().decidedAt).toLocalTime(), QLocale::ShortFormat)),
             qPrintable(overview));
    QVERIFY2(overview.contains(QLatin1String("Alice Archer (alice)")), qPrintable(overview));
}

void TestGuiApprovalDesk::rejectionShowsWhoAndTheComment()
{
    GuiFixture fixture;
    auto frank = fixture.open(QStringLiteral("frank"));
    auto alice = fixture.open(QStringLiteral("alice"));
    frank->window->showApprovals();
    QVERIFY(frank->window->approvals()->selectRequest(2));
    frank->prompts.comments = { QStringLiteral("Wait for the change window on Friday") };
    QTest::mouseClick(frank->window->approvals()->detail()->rejectButton(), Qt::LeftButton);

    alice->window->showApprovals();
    alice->window->approvals()->showOutgoing();
    QTRY_VERIFY(alice->window->approvals()->outgoing()->model()->request(2)
                && alice->window->approvals()->outgoing()->model()->request(2)->state == RequestState::Rejected);
    QVERIFY(alice->window->approvals()->selectRequest(2));
    const QString overview = alice->window->approvals()->detail()->overview()->text();
    QVERIFY2(overview.contains(QLatin1String("Rejected by:")), qPrintable(overview));
    QVERIFY2(overview.contains(QLatin1String("Frank Fischer (frank)")), qPrintable(overview));
    QVERIFY2(overview.contains(QLatin1String("Wait for the change window on Friday")), qPrintable(overview));
}

void TestGuiApprovalDesk::bypassSaysApprovalWasSkipped()
{
    GuiFixture fixture;
    auto run = fixture.workspace().requests().submit(
        QStringLiteral("dave"),
        { QStringLiteral("create-directory-user"),
          { { QStringLiteral("givenName"), QStringLiteral("Ana") },
            { QStringLiteral("surname"), QStringLiteral("Silva") },
            { QStringLiteral("email"), QStringLiteral("ana.silva@example.com") } },
          { QStringLiteral("dc01") },
          QStringLiteral("Urgent hire") },
        SubmitMode::RunDirect);
    QVERIFY2(run.ok(), qPrintable(run.error().message));
    auto dave = fixture.open(QStringLiteral("dave"));
    dave->window->showApprovals();
    dave->window->approvals()->showOutgoing();
    QVERIFY(dave->window->approvals()->selectRequest(run->id));
    const QString overview = dave->window->approvals()->detail()->overview()->text();
    QVERIFY2(overview.contains(QStringLiteral("Approval skipped — run directly by dave (member of admins)")),
             qPrintable(overview));
    QVERIFY2(!overview.contains(QStringLiteral("✔")), qPrintable(overview)); // no ticked approval phase
    QVERIFY(!overview.contains(QLatin1String("a member of approvers")));
}

void TestGuiApprovalDesk::countsSayWhatTheyCountAndMatchTheRows()
{
    GuiFixture fixture;
    auto alice = fixture.open(QStringLiteral("alice"));
    ApprovalsWidget* mine = alice->window->approvals();
    mine->showOutgoing();
    QCOMPARE(mine->tabs()->tabText(1), QStringLiteral("Outgoing (2 pending of 2)"));
    QCOMPARE(mine->outgoing()->visibleCount(), 2);

    // Frank reviews phase 1 of #2; phase 2 (security) is someone else's.
    auto frank = fixture.open(QStringLiteral("frank"));
    ApprovalsWidget* approvals = frank->window->approvals();
    frank->window->showApprovals();
    QCOMPARE(approvals->tabs()->tabText(0), QStringLiteral("Incoming (1 to decide)"));
    QCOMPARE(approvals->incoming()->visibleCount(), 1);
    QVERIFY(approvals->selectRequest(2));
    frank->prompts.comments = { QString() };
    QTest::mouseClick(approvals->detail()->approveButton(), Qt::LeftButton);

    QCOMPARE(approvals->tabs()->tabText(0), QStringLiteral("Incoming (0 to decide)"));
    QCOMPARE(approvals->incoming()->visibleCount(), 0);
    QVERIFY(approvals->incoming()->emptyLabel()->isVisibleTo(approvals->incoming()));
    QCOMPARE(approvals->incoming()->emptyLabel()->text(), QStringLiteral("Nothing waits for your decision right now."));
    QCOMPARE(approvals->detail()->requestId(), 2); // the outcome stays on show
    QVERIFY2(approvals->detail()->banner()->text().contains(QLatin1String("#2")),
             qPrintable(approvals->detail()->banner()->text()));

    // "I decided, still pending" lists it, marked as done on Frank's part.
    QComboBox* filter = approvals->incoming()->statusFilter();
    filter->setCurrentIndex(filter->findData(RequestTableModel::decidedFilter()));
    QCOMPARE(approvals->incoming()->visibleCount(), 1);
    QVERIFY2(tableText(approvals->incoming()->table()).contains(QStringLiteral("pending (2/2) — you decided")),
             qPrintable(tableText(approvals->incoming()->table())));

    // Alice's count follows, and still matches her rows.
    QTRY_COMPARE(mine->tabs()->tabText(1), QStringLiteral("Outgoing (2 pending of 2)"));
    QCOMPARE(mine->outgoing()->visibleCount(), 2);
}

void TestGuiApprovalDesk::bannersReadOnDarkAndLightPalettes_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestGuiApprovalDesk::bannersReadOnDarkAndLightPalettes()
{
    QFETCH(bool, dark);
    const QPalette lightPalette = QApplication::palette();
    const QString lightStyle = QApplication::style()->name();
    if (dark) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
    }
    {
        GuiFixture fixture;
        auto alice = fixture.open(QStringLiteral("alice"));
        alice->window->showApprovals();
        ApprovalsWidget* approvals = alice->window->approvals();
        approvals->showOutgoing();
        QVERIFY(approvals->selectRequest(1));
        RequestDetailWidget* detail = approvals->detail();

        detail->copyToClipboard(); // an information banner
        QVERIFY(!detail->banner()->isError());
        QVERIFY(QTest::qWaitForWindowExposed(alice->window.get()));
        const double information = bannerContrast(detail->banner());
        QVERIFY2(information >= 4.5, qPrintable(QString::number(information)));

        // An error banner: the request on show can no longer be read by this person.
        detail->showRequest(999);
        QVERIFY(detail->banner()->isError());
        QCoreApplication::processEvents();
        const double error = bannerContrast(detail->banner());
        QVERIFY2(error >= 4.5, qPrintable(QString::number(error)));

        // Inline error text on the window colour.
        const QColor window = alice->window->palette().color(QPalette::Window);
        const double inlineError = contrast(MessageBanner::errorTextColor(alice->window->palette()), window);
        QVERIFY2(inlineError >= 4.5, qPrintable(QString::number(inlineError)));
        if (dark)
            alice->window->grab().save(QStringLiteral("/tmp/shots/d13c/test-dark-banner.png"));
    }
    if (dark) {
        QApplication::setStyle(QStyleFactory::create(lightStyle));
        QApplication::setPalette(lightPalette);
    }
}

void TestGuiApprovalDesk::shortcutsFollowTheButtons()
{
    GuiFixture fixture;
    auto alice = fixture.open(QStringLiteral("alice"));
    alice->window->showApprovals();
    alice->window->approvals()->showOutgoing();
    QVERIFY(alice->window->approvals()->selectRequest(1));
    QVERIFY(!alice->window->approvals()->detail()->approveButton()->isEnabled()); // her own request
    alice->window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(alice->window.get()));
    alice->prompts.comments = { QString() };
    QTest::keySequence(alice->window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    QTest::keySequence(alice->window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    QVERIFY2(alice->prompts.summaries.isEmpty(), "a disabled decision opened its dialog");
    QVERIFY(alice->window->approvals()->detail()->banner()->text().isEmpty());
}

void TestGuiApprovalDesk::bannersBelongToTheirRequest()
{
    GuiFixture fixture;
    auto alice = fixture.open(QStringLiteral("alice"));
    alice->window->showApprovals();
    ApprovalsWidget* approvals = alice->window->approvals();
    approvals->showOutgoing();
    QVERIFY(approvals->selectRequest(2));
    approvals->detail()->copyToClipboard();
    QVERIFY(approvals->detail()->banner()->text().contains(QLatin1String("#2")));
    QVERIFY(approvals->selectRequest(1));
    QVERIFY2(approvals->detail()->banner()->text().isEmpty(), qPrintable(approvals->detail()->banner()->text()));
}

void TestGuiApprovalDesk::cancelConfirmsWhatHappened()
{
    GuiFixture fixture;
    auto alice = fixture.open(QStringLiteral("alice"));
    alice->window->showApprovals();
    ApprovalsWidget* approvals = alice->window->approvals();
    approvals->showOutgoing();
    QVERIFY(approvals->selectRequest(2));
    alice->prompts.confirmAnswer = true;
    QTest::mouseClick(approvals->detail()->cancelButton(), Qt::LeftButton);
    QCOMPARE(approvals->outgoing()->model()->request(2)->state, RequestState::Cancelled);
    QCOMPARE(approvals->detail()->banner()->text(), QStringLiteral("Request #2 is cancelled; it will not run."));
    QVERIFY(!approvals->detail()->banner()->isError());
}

void TestGuiApprovalDesk::detailClearsWhenItsRequestLeavesTheList()
{
    GuiFixture fixture;
    auto alice = fixture.open(QStringLiteral("alice"));
    alice->window->showApprovals();
    ApprovalsWidget* approvals = alice->window->approvals();
    approvals->showOutgoing();
    QVERIFY(approvals->selectRequest(2));
    QCOMPARE(approvals->detail()->requestId(), 2);
    QTest::keyClicks(approvals->outgoing()->searchEdit(), QStringLiteral("Finance")); // only #1 matches
    QTRY_COMPARE(approvals->outgoing()->visibleCount(), 1);
    QCOMPARE(approvals->detail()->requestId(), 0);

    // Another person removes it from the filtered list: the pane follows too.
    approvals->outgoing()->searchEdit()->clear();
    QComboBox* filter = approvals->outgoing()->statusFilter();
    filter->setCurrentIndex(filter->findData(QStringLiteral("pending")));
    QVERIFY(approvals->selectRequest(2));
    QVERIFY(fixture.workspace().requests().decide(QStringLiteral("frank"), 2, false, QStringLiteral("No")).ok());
    QTRY_VERIFY2(approvals->outgoing()->visibleCount() == 1,
                 qPrintable(tableText(approvals->outgoing()->table()) + QLatin1Char(' ')
                            + approvals->outgoing()->statusFilter()->currentText()));
    QCOMPARE(approvals->detail()->requestId(), 0);
}

void TestGuiApprovalDesk::emptyResultsSaySo()
{
    GuiFixture fixture;
    auto alice = fixture.open(QStringLiteral("alice"));
    alice->window->showApprovals();
    RequestQueueView* outgoing = alice->window->approvals()->outgoing();
    alice->window->approvals()->showOutgoing();
    QVERIFY(outgoing->table()->isVisibleTo(outgoing));
    QVERIFY(!outgoing->emptyLabel()->isVisibleTo(outgoing));
    QTest::keyClicks(outgoing->searchEdit(), QStringLiteral("no such thing"));
    QTRY_COMPARE(outgoing->visibleCount(), 0);
    QVERIFY(!outgoing->table()->isVisibleTo(outgoing));
    QVERIFY(outgoing->emptyLabel()->isVisibleTo(outgoing));
    // Core searches the whole queue; once it has answered, the sentence says nothing matched.
    QTRY_COMPARE(outgoing->emptyLabel()->text(), QStringLiteral("No request matches this status and search."));

    // Someone who never asked for anything is told where requests start.
    // (frank: grace now asks on erin's behalf in the demo.)
    auto frank = fixture.open(QStringLiteral("frank"));
    frank->window->showApprovals();
    frank->window->approvals()->showOutgoing();
    QVERIFY(frank->window->approvals()->outgoing()->emptyLabel()->text().contains(QLatin1String("Catalogue")));
}

void TestGuiApprovalDesk::historyAndAuditSpeakSentences()
{
    GuiFixture fixture;
    QVERIFY(fixture.workspace().requests().decide(QStringLiteral("bob"), 1, true, QStringLiteral("Checked")).ok());
    auto alice = fixture.open(QStringLiteral("alice"));
    alice->window->showApprovals();
    alice->window->approvals()->showOutgoing();
    QVERIFY(alice->window->approvals()->selectRequest(1));
    QTableView* history = alice->window->approvals()->detail()->historyView();
    const QString events = columnText(history, 2);
    QVERIFY2(events.contains(QLatin1String("Request submitted")) && events.contains(QLatin1String("Approved"))
                 && !events.contains(QLatin1String("request.submitted")),
             qPrintable(events));
    const QString details = columnText(history, 3);
    QVERIFY2(!details.contains(QLatin1Char('{')), qPrintable(details));
    QVERIFY2(details.contains(QLatin1String("counted as member of group approvers")), qPrintable(details));
    QVERIFY2(columnText(history, 1).contains(QLatin1String("Bob Brown (bob)")), qPrintable(columnText(history, 1)));
    // Time, person and event are readable whole.
    alice->window->approvals()->detail()->tabs()->setCurrentWidget(history);
    QCoreApplication::processEvents();
    for (int column : { 0, 1, 2 })
        QVERIFY2(showsWhole(history, column), qPrintable(QString::number(column)));

    auto erin = fixture.open(QStringLiteral("erin"));
    erin->window->showAudit();
    QTRY_VERIFY(!erin->window->audit()->isLoading());
    auto* table = erin->window->audit()->findChild<QTableView*>(QStringLiteral("auditTable"));
    QVERIFY(table);
    const QString auditEvents = columnText(table, 3);
    QVERIFY2(auditEvents.contains(QLatin1String("Request submitted")) && !auditEvents.contains(QLatin1String(".")),
             qPrintable(auditEvents));
    const QString auditDetails = columnText(table, 5);
    QVERIFY2(!auditDetails.contains(QLatin1Char('{')), qPrintable(auditDetails));
    // The deadline reads as a date, not epoch milliseconds.
    auto request = fixture.workspace().requests().details(QStringLiteral("alice"), 1);
    QVERIFY(request.ok());
    QVERIFY(!auditDetails.contains(QString::number(request->request.deadline)));
    QCoreApplication::processEvents();
    for (int column : { 0, 1, 2, 3, 4 })
        QVERIFY2(showsWhole(table, column), qPrintable(QString::number(column)));

    // The event filter selects by the label people see.
    auto* filter = erin->window->audit()->findChild<QComboBox*>(QStringLiteral("auditEventFilter"));
    // ...and shows each of them whole, "All events" and the longest (it was "All event").
    QCoreApplication::processEvents();
    int widest = 0;
    for (int i = 0; i < filter->count(); ++i)
        widest = qMax(widest, filter->fontMetrics().horizontalAdvance(filter->itemText(i)));
    QVERIFY2(filter->count() > 3 && filter->width() > widest,
             qPrintable(QStringLiteral("%1 px for %2 px").arg(filter->width()).arg(widest)));
    filter->setCurrentIndex(filter->findText(QStringLiteral("Approved")));
    QCOMPARE(erin->window->audit()->visibleCount(), 1);
}

void TestGuiApprovalDesk::shareWithoutMailProgramCopiesInstead()
{
    GuiFixture fixture;
    auto alice = fixture.open(QStringLiteral("alice"));
    alice->window->showApprovals();
    alice->window->approvals()->showOutgoing();
    QVERIFY(alice->window->approvals()->selectRequest(1));
    QGuiApplication::clipboard()->clear();
    alice->prompts.openSucceeds = false;
    RequestDetailWidget* detail = alice->window->approvals()->detail();
    detail->shareByEmail();
    QCOMPARE(alice->prompts.opened.size(), 1);
    QVERIFY(QGuiApplication::clipboard()->text().contains(QLatin1String("Request #1")));
    QVERIFY2(detail->banner()->text().contains(QLatin1String("No e-mail program")),
             qPrintable(detail->banner()->text()));
}

void TestGuiApprovalDesk::restoredWindowFitsTheScreen()
{
    GuiFixture fixture;
    auto dave = fixture.open(QStringLiteral("dave"));
    const QRect available = dave->window->screen()->availableGeometry();
    // Saved on a larger screen (or at another scale factor).
    dave->window->resize(available.width() + 900, available.height() + 600);
    dave->window->move(available.left() + 300, available.top() + 200);
    dave->window->close();

    MainWindow again(*dave->session, dave->prompts, fixture.settings(), dave->credentials);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QVERIFY2(available.contains(again.frameGeometry()),
             qPrintable(QStringLiteral("%1,%2 %3x%4")
                            .arg(again.frameGeometry().x())
                            .arg(again.frameGeometry().y())
                            .arg(again.frameGeometry().width())
                            .arg(again.frameGeometry().height())));
    QCOMPARE(MainWindow::fitInto(QRect(500, 400, 3000, 2000), QRect(0, 0, 1280, 720)), QRect(0, 0, 1280, 720));
    QCOMPARE(MainWindow::fitInto(QRect(900, 100, 600, 400), QRect(0, 0, 1280, 720)), QRect(680, 100, 600, 400));
}

void TestGuiApprovalDesk::ctrlNumberGoesByTabPosition()
{
    GuiFixture fixture;
    // An auditor: My work, Catalogue, Approvals, Active grants and Access reviews (for auditors), Audit.
    auto erin = fixture.open(QStringLiteral("erin"));
    QCOMPARE(erin->window->pages()->indexOf(erin->window->audit()), 5);
    erin->window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(erin->window.get()));
    QTest::keySequence(erin->window.get(), QKeySequence(Qt::CTRL | Qt::Key_6));
    QCOMPARE(erin->window->pages()->currentWidget(), erin->window->audit());
    QTest::keySequence(erin->window.get(), QKeySequence(Qt::CTRL | Qt::Key_2));
    QCOMPARE(erin->window->pages()->currentWidget(), erin->window->catalogue());
}

void TestGuiApprovalDesk::decisionDialogIsAClearForm()
{
    GuiFixture fixture;
    auto details = fixture.workspace().requests().details(QStringLiteral("bob"), 1);
    QVERIFY(details.ok());
    DecisionDialog reject(QStringLiteral("Reject"), *details, true);
    reject.show();
    QVERIFY(QTest::qWaitForWindowExposed(&reject));
    // Labels people know, local times as in Overview, the whole digest to select.
    QCOMPARE(reject.valueOf(QStringLiteral("Given name:")), QStringLiteral("Maria"));
    QVERIFY(reject.valueOf(QStringLiteral("givenName:")).isEmpty());
    QCOMPARE(reject.valueOf(QStringLiteral("Deadline:")),
             QLocale().toString(fromMs(details->request.deadline).toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(reject.digestField()->text(), details->request.digest);
    QVERIFY(reject.digestField()->isReadOnly());
    // Why Reject is disabled, until it is not.
    QVERIFY(!reject.okButton()->isEnabled());
    QVERIFY2(reject.requirementHint()->text().contains(QLatin1String("needs a comment")),
             qPrintable(reject.requirementHint()->text()));
    QTest::keyClick(reject.commentEdit(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(reject.isVisible()); // nothing to submit yet
    QTest::keyClicks(reject.commentEdit(), QStringLiteral("Wrong department"));
    QVERIFY(reject.okButton()->isEnabled());
    QTest::keyClick(reject.commentEdit(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(reject.result(), int(QDialog::Accepted));
    QCOMPARE(reject.comment(), QStringLiteral("Wrong department"));
}

void TestGuiApprovalDesk::bannerColoursDoNotCompound()
{
    // Found by hand: a banner that read back its own style-sheet-tinted palette tinted the tint on
    // every message, until the stack overflowed. The colours come from the surroundings' palette.
    const QPalette original = QApplication::palette();
    QApplication::setPalette(darkPalette());
    QWidget parent;
    parent.resize(600, 100);
    auto* banner = new MessageBanner(&parent);
    banner->setGeometry(0, 0, 600, 60);
    parent.show();
    QVERIFY(QTest::qWaitForWindowExposed(&parent));
    const auto background = [banner] { return banner->grab().toImage().pixelColor(5, banner->height() / 2); };
    banner->showMessage(QStringLiteral("One"), MessageBanner::Kind::Information);
    const QColor first = background();
    banner->showMessage(QStringLiteral("Two"), MessageBanner::Kind::Error);
    banner->showMessage(QStringLiteral("Three"), MessageBanner::Kind::Information);
    QCOMPARE(background(), first);
    QVERIFY(first.lightness() < 128);
    QVERIFY(bannerContrast(banner) >= 4.5);
    // A theme switch recolours it from the new surroundings.
    QApplication::setPalette(original);
    QTRY_VERIFY(background().lightness() >= 128);
    QVERIFY(bannerContrast(banner) >= 4.5);
}

void TestGuiApprovalDesk::unknownEventsReadAsPlainValues()
{
    AuditEntry entry;
    entry.event = QStringLiteral("target.updated"); // an event newer than its sentence
    entry.payload = QStringLiteral(R"({"target":"dc01","attributes":{"environment":"test"},"enabled":false})");
    QCOMPARE(auditEventLabel(entry.event), entry.event);
    const QString sentence = auditEntrySentence(entry);
    QVERIFY2(!sentence.contains(QLatin1Char('{')), qPrintable(sentence));
    QVERIFY2(sentence.contains(QLatin1String("target: dc01")), qPrintable(sentence));

    entry.event = QStringLiteral("request.expired");
    entry.payload = QStringLiteral(R"({"deadline":"1764500000000","previousState":"pending"})");
    QCOMPARE(auditEntrySentence(entry),
             QStringLiteral("Nobody decided before the deadline (%1); it will not run.").arg(isoTime(1764500000000)));
}

// The Audit page names every event the product writes in words, never by its code.
void TestGuiApprovalDesk::everyWrittenEventHasALabel()
{
    for (const QLatin1String event :
         { AuditEvent::DelegationCreated, AuditEvent::DelegationEnded, AuditEvent::NotifyDefaultChanged,
           AuditEvent::NotifyWebhookAdded, AuditEvent::NotifyWebhookEnabled, AuditEvent::NotifyWebhookDisabled,
           AuditEvent::NotifyWebhookTested, AuditEvent::ApprovalWebhookAdded, AuditEvent::ApprovalWebhookEnabled,
           AuditEvent::ApprovalWebhookDisabled, AuditEvent::ApprovalWebhookTested, AuditEvent::ApprovalWebhookCalled,
           AuditEvent::ApprovalWebhookReplyRefused, AuditEvent::GroupAdded, AuditEvent::RequestSubmitted }) {
        const QString label = auditEventLabel(event);
        QVERIFY2(label != event && !label.contains(QLatin1Char('.')) && !label.contains(QLatin1Char('_')),
                 qPrintable(label));
    }
    QCOMPARE(auditEventLabel(AuditEvent::ApprovalWebhookDisabled), QStringLiteral("Approval webhook disabled"));
    // A group added without a description does not end on a colon.
    AuditEntry entry;
    entry.event = AuditEvent::GroupAdded;
    entry.payload = QStringLiteral(R"({"group":"night-shift","description":""})");
    QCOMPARE(auditEntrySentence(entry), QStringLiteral("Group night-shift, without a description."));
    entry.payload = QStringLiteral(R"({"group":"ops","description":"Operations"})");
    QCOMPARE(auditEntrySentence(entry), QStringLiteral("Group ops: Operations"));

    // A grant's life after it ran reads as sentences, not as its payload's keys.
    entry.event = AuditEvent::GrantActivated;
    entry.payload = QStringLiteral(R"({"activeUntil":"2026-12-01T22:57:20Z","durationSeconds":28800})");
    QCOMPARE(auditEntrySentence(entry), QStringLiteral("Access active until 2026-12-01T22:57:20Z."));
    entry.event = AuditEvent::GrantRevokeRequested;
    entry.payload = QStringLiteral(R"({"comment":"Hotfix deployed"})");
    QCOMPARE(auditEntrySentence(entry), QStringLiteral("Asked to end the access early. Comment: “Hotfix deployed”"));
    entry.event = AuditEvent::GrantReviewed;
    entry.payload = QStringLiteral(R"({"decision":"keep","comment":"Still needed"})");
    QCOMPARE(auditEntrySentence(entry), QStringLiteral("Kept. Comment: “Still needed”"));
    entry.payload = QStringLiteral(R"({"decision":"revoke","comment":"Not needed"})");
    QCOMPARE(auditEntrySentence(entry), QStringLiteral("Revoked early. Comment: “Not needed”"));
    entry.event = AuditEvent::AccessReviewDecided;
    entry.payload = QStringLiteral(R"({"review":3,"decision":"keep","comment":"ok"})");
    QCOMPARE(auditEntrySentence(entry), QStringLiteral("Kept in access review #3. Comment: “ok”"));
}

// Every event a service writes reads as a sentence on the Audit page, not as its payload's
// "key: value" pairs (the fallback for events newer than their sentence). Payloads as the writers
// build them; optional keys (a reason, failures, a comment) get a row each.
void TestGuiApprovalDesk::everyWrittenEventReadsAsASentence_data()
{
    QTest::addColumn<QString>("event");
    QTest::addColumn<QString>("payload");
    QTest::addColumn<QString>("expected"); // a part the sentence must contain
    const auto row = [](const char* name, QLatin1String event, const char* payload, const char* expected) {
        QTest::newRow(name) << QString(event) << QString::fromUtf8(payload) << QString::fromUtf8(expected);
    };
    row("user.changed by the directory", AuditEvent::UserChanged,
        R"({"login":"grace","changes":{"email":{"from":"g@old.example","to":"grace@example.com"},"manager":{"from":"","to":"alice"}}})",
        "grace's e-mail, manager changed.");
    row("user.changed by an admin", AuditEvent::UserChanged,
        R"({"login":"grace","name":"Grace Green","email":"grace@example.com","manager":"alice","roles":["requester"]})",
        "Details of grace (Grace Green) saved: e-mail grace@example.com, manager alice.");
    row("user.disabled by an admin", AuditEvent::UserDisabled, R"({"login":"bob"})", "bob was disabled.");
    // The agent's own pass over approved requests is not a person ("on behalf of sweep" before).
    row("execution.claimed by the agent's sweep", AuditEvent::ExecutionClaimed,
        R"({"caller":"sweep","digest":"ab","versionDigest":"cd"})",
        "The agent picked up the approved request to run it.");
    row("execution.claimed as asked", AuditEvent::ExecutionClaimed,
        R"({"caller":"svc-deploy","digest":"ab","versionDigest":"cd"})", "as svc-deploy asked.");
    row("user.disabled by the directory", AuditEvent::UserDisabled,
        R"({"login":"bob","reason":"no longer in the company directory"})",
        "bob was disabled: no longer in the company directory.");
    row("user.enabled", AuditEvent::UserEnabled, R"({"login":"bob"})", "bob was enabled.");
    row("user.removed", AuditEvent::UserRemoved, R"({"login":"bob"})", "bob");
    row("service_account.added", AuditEvent::ServiceAccountAdded, R"({"login":"svc-monitoring"})", "svc-monitoring");
    row("service_account.token_issued", AuditEvent::ServiceTokenIssued,
        R"({"login":"svc-monitoring","token":"nagios"})", "API token “nagios” issued to svc-monitoring.");
    row("service_account.token_revoked", AuditEvent::ServiceTokenRevoked,
        R"({"login":"svc-monitoring","token":"nagios"})", "API token “nagios” of svc-monitoring revoked.");
    row("target.changed", AuditEvent::TargetChanged,
        R"({"target":"dc01","kind":"windows","agent":"https://agent.example:8443","owner":"alice","attributes":{"environment":"prod"}})",
        "dc01");
    row("target.removed", AuditEvent::TargetRemoved, R"({"target":"dc01"})", "dc01");
    row("workflow.saved", AuditEvent::WorkflowSaved,
        R"({"name":"change-board","policy":{"phases":[{"name":"CAB","approve":{"group":"cab"}}]},"description":"Change advisory board","default":true,"revision":3})",
        "change-board");
    row("workflow.archived", AuditEvent::WorkflowArchived, R"({"workflow":"change-board","revision":3})",
        "change-board");
    row("directory.configured", AuditEvent::DirectoryConfigured,
        R"({"source":{"preset":"active-directory","url":"ldaps://dc.example.com","startTls":false,"bindDn":"CN=svc,DC=example,DC=com","peopleBase":"OU=People,DC=example,DC=com","memberAttributes":["member"],"nesting":"walk","pageSize":500,"maxRemovalPercent":10,"intervalMinutes":60}})",
        "ldaps://dc.example.com");
    row("group.changed", AuditEvent::GroupChanged,
        R"({"group":"ops","changes":{"description":{"from":"Ops","to":"Operations"}}})",
        "Group ops: description changed.");
    row("group.removed", AuditEvent::GroupRemoved,
        R"({"group":"night-shift","reason":"no longer in the company directory"})", "night-shift");
    row("audit.key_registered", AuditEvent::KeyRegistered,
        R"({"key":"k-1a2b3c","publicKey":"MCowBQYDK2VwAyEA","validFrom":"1764547200000"})", "k-1a2b3c");
    row("audit.checkpoint", AuditEvent::Checkpoint,
        R"({"checkpoint":7,"chains":42,"changed":5,"headsDigest":"ab12cd","key":"k-1a2b3c","signedAt":1764547200000,"signature":"c2lnbmVk"})",
        "Checkpoint 7");
    row("delegation.created", AuditEvent::DelegationCreated,
        R"({"id":4,"delegator":"alice","delegate":"bob","from":"2026-12-01T08:00:00Z","until":"2026-12-08T08:00:00Z"})",
        "bob stands in for alice");
    row("delegation.ended", AuditEvent::DelegationEnded,
        R"({"id":4,"delegator":"alice","delegate":"bob","from":"2026-12-01T08:00:00Z","until":"2026-12-08T08:00:00Z","endedBy":"alice"})",
        "Delegation #4 ended by alice");
    row("notify.default_changed", AuditEvent::NotifyDefaultChanged,
        R"({"event":"approval_needed","channel":"email","mode":"immediate","mandatory":true})", "approval_needed");
    row("notify.webhook_added", AuditEvent::NotifyWebhookAdded,
        R"({"name":"ops-chat","host":"hooks.slack.com","format":"slack"})", "ops-chat");
    row("notify.webhook_enabled", AuditEvent::NotifyWebhookEnabled, R"({"name":"ops-chat"})", "ops-chat");
    row("notify.webhook_disabled after failures", AuditEvent::NotifyWebhookDisabled,
        R"({"name":"ops-chat","failures":5,"error":"HTTP 500"})", "ops-chat failed 5 times in a row");
    row("notify.webhook_tested", AuditEvent::NotifyWebhookTested, R"({"name":"ops-chat"})", "ops-chat");
    row("approval_webhook.added", AuditEvent::ApprovalWebhookAdded,
        R"({"name":"risk-engine","host":"risk.example.com"})", "risk-engine");
    row("approval_webhook.enabled", AuditEvent::ApprovalWebhookEnabled, R"({"name":"risk-engine"})", "risk-engine");
    row("approval_webhook.disabled by an admin", AuditEvent::ApprovalWebhookDisabled, R"({"name":"risk-engine"})",
        "Approval webhook risk-engine disabled;");
    row("approval_webhook.disabled after failures", AuditEvent::ApprovalWebhookDisabled,
        R"({"name":"risk-engine","failures":3,"error":"timed out"})", "risk-engine failed 3 times in a row");
    row("approval_webhook.tested", AuditEvent::ApprovalWebhookTested, R"({"name":"risk-engine"})", "risk-engine");
    row("approval_webhook.called", AuditEvent::ApprovalWebhookCalled, R"({"name":"risk-engine","phase":1})",
        "risk-engine was called for phase 2");
    row("approval_webhook.reply_refused", AuditEvent::ApprovalWebhookReplyRefused,
        R"({"address":"203.0.113.9","reason":"This approval token is not known.","decision":"approve"})",
        "203.0.113.9");
    row("approval_webhook.reply_refused in a phase", AuditEvent::ApprovalWebhookReplyRefused,
        R"({"address":"203.0.113.9","reason":"Phase 1 of request #12 is not open.","decision":"decline","phase":0})",
        "for phase 1 from 203.0.113.9");
    row("grant.revoke_started", AuditEvent::GrantRevokeStarted,
        R"({"attempt":2,"dueAt":"2026-12-01T22:57:20Z","lateMs":4000})", "Revoke attempt 2 started 4 s late");
    row("grant.revoke_failed", AuditEvent::GrantRevokeFailed,
        R"({"attempt":2,"error":"exit code 1","nextAttemptAt":"2026-12-01T23:05:00Z"})", "exit code 1");
    row("grant.superseded", AuditEvent::GrantSuperseded, R"({"supersededBy":57})", "#57");
    row("grant.cleanup_scheduled", AuditEvent::GrantCleanupScheduled, "{}", "grant script failed");
    row("grant.revoked at its end", AuditEvent::GrantRevoked,
        R"({"dueAt":"2026-12-01T22:57:20Z","startedAt":"2026-12-01T22:57:21Z","lateMs":800,"attempts":1})",
        "Access revoked at its end");
    row("grant.revoked early", AuditEvent::GrantRevoked,
        R"({"dueAt":"2026-12-01T22:57:20Z","startedAt":"2026-12-01T22:57:21Z","lateMs":800,"attempts":2,"earlyBy":"alice","comment":"Hotfix deployed"})",
        "as alice asked. It took 2 attempts. Comment: “Hotfix deployed”");
    row("grant.revoked as a clean-up", AuditEvent::GrantRevoked,
        R"({"dueAt":"2026-12-01T22:57:20Z","startedAt":"2026-12-01T22:57:21Z","lateMs":800,"attempts":1,"cleanup":true})",
        "Cleaned up after the failed grant script.");
    row("access_review.started", AuditEvent::AccessReviewStarted,
        R"({"review":3,"title":"Q4 admin access","filter":{"action":"grant-admin"},"dueAt":"2026-12-15T00:00:00Z","reviewers":["alice","bob"],"items":8})",
        "Q4 admin access");
    row("access_review.closed", AuditEvent::AccessReviewClosed,
        R"({"review":3,"title":"Q4 admin access","startedBy":"alice","dueAt":"2026-12-15T00:00:00Z","total":8,"kept":[11,12,13,14,15],"revoked":[16,17],"undecided":[18]})",
        "Grants: 8 in all, 5 kept, 2 revoked, 1 undecided. Undecided: #18.");
}

void TestGuiApprovalDesk::everyWrittenEventReadsAsASentence()
{
    QFETCH(QString, event);
    QFETCH(QString, payload);
    QFETCH(QString, expected);
    AuditEntry entry;
    entry.event = event;
    entry.payload = payload;
    const QString sentence = auditEntrySentence(entry);
    QVERIFY2(!sentence.isEmpty() && !sentence.contains(QLatin1Char('{')), qPrintable(sentence));
    const QJsonObject p = entry.payloadObject();
    for (auto it = p.begin(); it != p.end(); ++it) { // the fallback's "key: value; key: value"
        const QString pair = QStringLiteral("%1: %2").arg(it.key(), it->toVariant().toString());
        QVERIFY2(!sentence.startsWith(pair) && !sentence.contains(QLatin1String("; ") + pair), qPrintable(sentence));
    }
    QVERIFY2(sentence.contains(expected), qPrintable(sentence));
}

QTEST_MAIN(TestGuiApprovalDesk)
#include "tst_gui_approvaldesk.moc"
