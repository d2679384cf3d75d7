// Drives the real widgets of two clients on one database, offscreen.
#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>
#include <gui/guitestsupport.h>
#include <ui/admin/actioneditor.h>
#include <ui/admin/actionspage.h>
#include <ui/admin/adminwidget.h>
#include <ui/approvals/approvalswidget.h>
#include <ui/approvals/requestdetailwidget.h>
#include <ui/approvals/requestqueueview.h>
#include <ui/audit/auditwidget.h>
#include <ui/catalogue/cataloguewidget.h>
#include <ui/catalogue/parameterform.h>
#include <ui/decisiondialog.h>
#include <ui/messagebanner.h>
#include <ui/models/parametertablemodel.h>
#include <ui/models/requesttablemodel.h>

using namespace cs;
using namespace cs::ui;

namespace {

void check(QListWidget* list, const QString& prefix)
{
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->text().startsWith(prefix))
            list->item(i)->setCheckState(Qt::Checked);
}

const Request* inQueue(RequestQueueView* queue, qint64 id)
{
    return queue->model()->request(id);
}

} // namespace

class TestGuiRequestFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requesterSubmitsApproverApprovesWithoutRefresh();
    void requestFromAnotherProcessAppearsLive();
    void approveIsDisabledWithReasonForOwnRequest();
    void requesterSeesWhoCanApproveNow();
    void rejectRequiresAComment();
    void requireApprovalCheckboxTurnsRunIntoRequestApproval();
    void actionEditorSavesParametersThroughCore();
    void savingOnlyThePolicyKeepsTheVersion();
    void newVersionThatStrandsRequestsIsConfirmedFirst();
    void planWaitsForTypingToPause();
    void halfFilledFormSurvivesChangesElsewhere();
    void copyShareAndCancel();
    void invisibleCharactersAreShownEscaped();
    void keyboardShortcutApproves();
    void auditViewVerifiesTheChain();
    void auditViewPagesAndFollowsChanges();
    void layoutIsRemembered();
};

void TestGuiRequestFlow::requesterSeesWhoCanApproveNow()
{
    GuiFixture fixture; // request #1: alice's, for any member of approvers (bob, carol)
    auto alice = fixture.open(QStringLiteral("alice"));
    alice->window->showApprovals();
    ApprovalsWidget* approvals = alice->window->approvals();
    approvals->showOutgoing();
    QVERIFY(approvals->selectRequest(1));
    auto* overview = approvals->detail()->findChild<QLabel*>(QStringLiteral("overview"));
    QVERIFY(overview);
    QVERIFY2(overview->text().contains(QLatin1String("Who can approve now:</b> bob, carol")),
             qPrintable(overview->text()));
    // Once bob decided, the request is approved: nobody is asked any more.
    QVERIFY(fixture.workspace().requests().decide(QStringLiteral("bob"), 1, true, {}).ok());
    approvals->detail()->showRequest(1);
    QVERIFY(!overview->text().contains(QLatin1String("Who can approve now")));
}

void TestGuiRequestFlow::requesterSubmitsApproverApprovesWithoutRefresh()
{
    GuiFixture fixture;
    auto alice = fixture.open(QStringLiteral("alice"));
    auto bob = fixture.open(QStringLiteral("bob"));

    CatalogueWidget* catalogue = alice->window->catalogue();
    QVERIFY(catalogue->selectAction(QStringLiteral("create-directory-user")));
    ParameterForm* form = catalogue->form();
    QTest::keyClicks(form->editor(QStringLiteral("givenName")), QStringLiteral("Ana"));
    QTest::keyClicks(form->editor(QStringLiteral("surname")), QStringLiteral("Silva"));
    QTest::keyClicks(form->editor(QStringLiteral("email")), QStringLiteral("ana.silva"));
    // Core's validator speaks inline, under the field, with its own words.
    QCOMPARE(
        form->issueText(QStringLiteral("email")),
        QStringLiteral("Parameter \"email\" must be an e-mail address like name@example.com (got \"ana.silva\")."));
    QVERIFY(form->issueText(QStringLiteral("givenName")).isEmpty());
    QTest::keyClicks(form->editor(QStringLiteral("email")), QStringLiteral("@example.com"));
    QVERIFY(form->issueText(QStringLiteral("email")).isEmpty());

    check(catalogue->targetList(), QStringLiteral("dc01"));
    QTest::keyClicks(catalogue->commentEdit(), QStringLiteral("New hire, HR ticket 4712"));
    QCOMPARE(catalogue->submitButton()->text(), QStringLiteral("Request Approval"));
    QTest::mouseClick(catalogue->submitButton(), Qt::LeftButton);
    QCOMPARE(alice->prompts.informed.size(), 1);
    QVERIFY2(alice->prompts.informed.first().contains(QLatin1String("Request #4 was submitted")),
             qPrintable(alice->prompts.informed.first()));
    QCOMPARE(alice->window->approvals()->outgoing()->currentId(), 4); // shown where it can be tracked

    // Bob's client shows it without anyone pressing refresh.
    ApprovalsWidget* approvals = bob->window->approvals();
    QTRY_VERIFY_WITH_TIMEOUT(inQueue(approvals->incoming(), 4) != nullptr, 5000);
    QVERIFY(approvals->tabs()->tabText(0).contains(QLatin1String("(2 to decide)")));
    bob->window->showApprovals();
    QVERIFY(approvals->selectRequest(4));
    RequestDetailWidget* detail = approvals->detail();
    QCOMPARE(detail->requestId(), 4);
    const QString parameters = tableText(detail->parametersView());
    QVERIFY2(parameters.contains(QLatin1String("Ana")) && parameters.contains(QLatin1String("ana.silva@example.com")),
             qPrintable(parameters));
    QVERIFY(tableText(detail->targetsView()).contains(QLatin1String("dc01|directory|dave")));
    QVERIFY(detail->approveButton()->isEnabled());

    bob->prompts.comments = { QStringLiteral("Checked with HR") };
    QTest::mouseClick(detail->approveButton(), Qt::LeftButton);
    QVERIFY2(bob->prompts.summaries.first().contains(QLatin1String("givenName: Ana")),
             "the approver sees exactly what is approved");
    QVERIFY2(!detail->approveButton()->isEnabled(), qPrintable(detail->banner()->text()));
    QCOMPARE(detail->requestId(), 4); // the pane stays on what was decided, never slides to the next request
    QCOMPARE(approvals->incoming()->currentId(), 0);

    // Alice sees the new status, again without a refresh.
    QTRY_COMPARE_WITH_TIMEOUT(inQueue(alice->window->approvals()->outgoing(), 4)->state, RequestState::Approved, 5000);
}

void TestGuiRequestFlow::requestFromAnotherProcessAppearsLive()
{
    if (TestWorkspace::onPostgres())
        QSKIP("uses --as (SQLite identity); on PostgreSQL tst_pg_live covers notifications from other connections");
    GuiFixture fixture;
    auto bob = fixture.open(QStringLiteral("bob"));
    QSignalSpy notices(bob->window->approvals(), &ApprovalsWidget::newIncoming);
    QProcess cli;
    cli.start(QStringLiteral(CS_CLI_PATH),
              { QStringLiteral("--db"), fixture.path(), QStringLiteral("--as"), QStringLiteral("alice"),
                QStringLiteral("request"), QStringLiteral("create-directory-user"), QStringLiteral("--param"),
                QStringLiteral("givenName=Li"), QStringLiteral("--param"), QStringLiteral("surname=Wei"),
                QStringLiteral("--param"), QStringLiteral("email=li.wei@example.com"), QStringLiteral("--target"),
                QStringLiteral("dc-lab"), QStringLiteral("--comment"), QStringLiteral("from a script") });
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(inQueue(bob->window->approvals()->incoming(), 4) != nullptr, 5000);
    QTRY_COMPARE(notices.count(), 1); // the tray/status-bar notice fires once, for the new request
    QCOMPARE(notices.first().first().value<QList<qint64>>(), QList<qint64> { 4 });
}

void TestGuiRequestFlow::approveIsDisabledWithReasonForOwnRequest()
{
    GuiFixture fixture;
    auto alice = fixture.open(QStringLiteral("alice"));
    ApprovalsWidget* approvals = alice->window->approvals();
    approvals->showOutgoing();
    QVERIFY(approvals->selectRequest(1));
    QVERIFY(!approvals->detail()->approveButton()->isEnabled());
    QVERIFY(!approvals->detail()->rejectButton()->isEnabled());
    QCOMPARE(approvals->detail()->decisionHint()->text(),
             QStringLiteral("You cannot approve or reject your own request #1."));
}

void TestGuiRequestFlow::rejectRequiresAComment()
{
    GuiFixture fixture;
    auto details = fixture.workspace().requests().details(QStringLiteral("bob"), 1);
    QVERIFY(details.ok());
    DecisionDialog dialog(QStringLiteral("Reject"), *details, true);
    QVERIFY(!dialog.okButton()->isEnabled());
    QTest::keyClicks(dialog.commentEdit(), QStringLiteral("   "));
    QVERIFY(!dialog.okButton()->isEnabled());
    QTest::keyClicks(dialog.commentEdit(), QStringLiteral("wrong department"));
    QVERIFY(dialog.okButton()->isEnabled());

    // And core, not the dialog, is what refuses: a blank comment that got through changes nothing.
    auto bob = fixture.open(QStringLiteral("bob"));
    ApprovalsWidget* approvals = bob->window->approvals();
    QVERIFY(approvals->selectRequest(1));
    bob->prompts.comments = { QString() };
    approvals->detail()->reject();
    QCOMPARE(approvals->detail()->banner()->text(), QStringLiteral("A comment is required to reject a request."));
    QCOMPARE(inQueue(approvals->incoming(), 1)->state, RequestState::Pending);
    bob->prompts.comments = { QStringLiteral("Wrong department") };
    approvals->detail()->reject();
    QCOMPARE(inQueue(approvals->incoming(), 1)->state, RequestState::Rejected);
}

void TestGuiRequestFlow::requireApprovalCheckboxTurnsRunIntoRequestApproval()
{
    GuiFixture fixture;
    auto alice = fixture.open(QStringLiteral("alice"));
    auto dave = fixture.open(QStringLiteral("dave"));
    QVERIFY(alice->window->catalogue()->selectAction(QStringLiteral("generate-report")));
    QCOMPARE(alice->window->catalogue()->submitButton()->text(), QStringLiteral("Run"));

    QVERIFY(dave->window->admin());
    ActionsPage* page = dave->window->admin()->actions();
    QVERIFY(page->openAction(QStringLiteral("generate-report")));
    ActionEditor* editor = page->editor();
    QVERIFY(!editor->requireApproval()->isChecked());
    editor->requireApproval()->setChecked(true);
    check(editor->approverGroups(), QStringLiteral("approvers"));
    QVERIFY(page->save());
    QVERIFY2(page->banner()->text().contains(QLatin1String("Policy revision 2")), qPrintable(page->banner()->text()));

    QTRY_COMPARE_WITH_TIMEOUT(alice->window->catalogue()->submitButton()->text(), QStringLiteral("Request Approval"),
                              5000);

    // An approval checkbox without a group is refused by core, with its message.
    editor->requireApproval()->setChecked(true);
    for (int i = 0; i < editor->approverGroups()->count(); ++i)
        editor->approverGroups()->item(i)->setCheckState(Qt::Unchecked);
    QVERIFY(!page->save());
    QVERIFY(page->banner()->text().contains(QLatin1String("no approver group is named")));
}

void TestGuiRequestFlow::savingOnlyThePolicyKeepsTheVersion()
{
    GuiFixture fixture;
    givePolicy(fixture.workspace(), QStringLiteral("create-directory-user"), simpleDirectoryPolicy()); // revision 2
    auto dave = fixture.open(QStringLiteral("dave"));
    dave->prompts.confirmAnswer = false; // nothing is stranded: no question may stop the save
    ActionsPage* page = dave->window->admin()->actions();
    QVERIFY(page->openAction(QStringLiteral("create-directory-user")));
    check(page->editor()->approverGroups(), QStringLiteral("security"));
    QVERIFY2(page->save(), qPrintable(page->banner()->text()));
    QVERIFY2(page->banner()->text().contains(QLatin1String("Policy revision 3")), qPrintable(page->banner()->text()));
    QVERIFY2(!page->banner()->text().contains(QLatin1String("Version 2")), qPrintable(page->banner()->text()));
    QCOMPARE(fixture.workspace().actions().currentVersion(QStringLiteral("create-directory-user"))->version, 1);
}

void TestGuiRequestFlow::newVersionThatStrandsRequestsIsConfirmedFirst()
{
    GuiFixture fixture; // request #1 (create-directory-user) is pending
    auto dave = fixture.open(QStringLiteral("dave"));
    ActionsPage* page = dave->window->admin()->actions();
    QVERIFY(page->openAction(QStringLiteral("create-directory-user")));
    ParameterTableModel* parameters = page->editor()->parameterModel();
    parameters->addParameter();
    QVERIFY(parameters->setData(parameters->index(parameters->rowCount() - 1, ParameterTableModel::NameColumn),
                                QStringLiteral("office")));

    dave->prompts.confirmAnswer = false;
    QVERIFY(!page->save());
    QCOMPARE(page->banner()->text(), QStringLiteral("Not saved."));
    QCOMPARE(fixture.workspace().actions().currentVersion(QStringLiteral("create-directory-user"))->version, 1);

    dave->prompts.confirmAnswer = true;
    QVERIFY2(page->save(), qPrintable(page->banner()->text()));
    QCOMPARE(fixture.workspace().actions().currentVersion(QStringLiteral("create-directory-user"))->version, 2);
    QVERIFY2(page->banner()->text().contains(QLatin1String("1 open request of action \"create-directory-user\"")),
             qPrintable(page->banner()->text()));
}

void TestGuiRequestFlow::actionEditorSavesParametersThroughCore()
{
    GuiFixture fixture;
    auto dave = fixture.open(QStringLiteral("dave"));
    ActionsPage* page = dave->window->admin()->actions();
    QVERIFY(page->openAction(QStringLiteral("generate-report")));
    ActionEditor* editor = page->editor();
    ParameterTableModel* parameters = editor->parameterModel();
    QCOMPARE(editor->parameterTable()->model(), parameters);
    QCOMPARE(parameters->rowCount(), 3);
    using M = ParameterTableModel;
    QCOMPARE(parameters->index(2, M::MaxColumn).data().toString(), QStringLiteral("100000"));

    // A parameter added in the table is saved as a new version of the definition.
    parameters->addParameter();
    QVERIFY(parameters->setData(parameters->index(3, M::NameColumn), QStringLiteral("format")));
    QVERIFY(parameters->setData(parameters->index(3, M::TypeColumn), QStringLiteral("choice")));
    QVERIFY(parameters->setData(parameters->index(3, M::ChoicesColumn), QStringLiteral("csv, pdf")));
    QVERIFY(page->save());
    QVERIFY2(page->banner()->text().contains(QLatin1String("Version 2 was saved")), qPrintable(page->banner()->text()));
    auto stored = fixture.workspace().actions().currentVersion(QStringLiteral("generate-report"));
    QVERIFY(stored.ok());
    const ParameterDefinition* format = stored->definition.parameter(QStringLiteral("format"));
    QVERIFY(format);
    QCOMPARE(format->type, ParameterType::Choice);
    QCOMPARE(format->choices, (QStringList { QStringLiteral("csv"), QStringLiteral("pdf") }));
    QCOMPARE(stored->definition.parameters.size(), 4);

    // Core's rules judge what the table holds, with core's message.
    QVERIFY(parameters->setData(parameters->index(2, M::DefaultColumn), QStringLiteral("500000")));
    QVERIFY(!page->save());
    QVERIFY2(page->banner()->text().contains(QLatin1String("Parameter \"maxRows\": the default is not valid")),
             qPrintable(page->banner()->text()));

    // The advanced policy is read by core too.
    QVERIFY(page->openAction(QStringLiteral("generate-report")));
    editor->advancedMode()->setChecked(true);
    QVERIFY(editor->policyJson()->toPlainText().contains(QLatin1String("\"approvalRequired\": false")));
    editor->policyJson()->setPlainText(QStringLiteral("{ not json"));
    QVERIFY(!page->save());
    QVERIFY2(page->banner()->text().contains(QLatin1String("invalid JSON at line 1, column 3")),
             qPrintable(page->banner()->text()));
}

void TestGuiRequestFlow::planWaitsForTypingToPause()
{
    GuiFixture fixture;
    auto alice = fixture.open(QStringLiteral("alice"));
    CatalogueWidget* catalogue = alice->window->catalogue();
    QVERIFY(catalogue->selectAction(QStringLiteral("create-directory-user")));
    const int shown = catalogue->planRuns();
    QVERIFY(shown > 0); // showing an action plans at once
    QTest::keyClicks(catalogue->form()->editor(QStringLiteral("givenName")), QStringLiteral("Annabelle"));
    QCOMPARE(catalogue->planRuns(), shown); // nine keystrokes, no plan yet
    QTRY_COMPARE_WITH_TIMEOUT(catalogue->planRuns(), shown + 1, 2000);
    QTest::qWait(400);
    QCOMPARE(catalogue->planRuns(), shown + 1); // and only one

    // Submitting before the pause ends plans first, so the mode matches the values.
    check(catalogue->targetList(), QStringLiteral("dc01"));
    QTest::keyClicks(catalogue->form()->editor(QStringLiteral("surname")), QStringLiteral("Silva"));
    QCOMPARE(catalogue->planRuns(), shown + 1);
    QTest::keyClicks(catalogue->form()->editor(QStringLiteral("email")), QStringLiteral("ana@example.com"));
    QTest::keyClicks(catalogue->commentEdit(), QStringLiteral("HR ticket 4713"));
    QCOMPARE(catalogue->planRuns(), shown + 1); // still pausing
    QCOMPARE(catalogue->planningReads(), 1); // planning while typing read nothing
    QTest::mouseClick(catalogue->submitButton(), Qt::LeftButton);
    QVERIFY(catalogue->planRuns() > shown + 1); // planned before submitting (and again on the refresh after)
    QCOMPARE(alice->prompts.informed.size(), 1);
    QVERIFY2(alice->prompts.informed.first().contains(QLatin1String("waits for approval")),
             qPrintable(alice->prompts.informed.first()));

    // The directory and policy are read again after a change notification, and only then.
    const int reads = catalogue->planningReads();
    const int runs = catalogue->planRuns();
    catalogue->refresh(); // what the session's change notification calls
    QTest::keyClicks(catalogue->form()->editor(QStringLiteral("givenName")), QStringLiteral("Bo"));
    QTRY_VERIFY_WITH_TIMEOUT(catalogue->planRuns() > runs, 2000);
    QCOMPARE(catalogue->planningReads(), reads + 1);
}

void TestGuiRequestFlow::halfFilledFormSurvivesChangesElsewhere()
{
    GuiFixture fixture;
    auto alice = fixture.open(QStringLiteral("alice"));
    CatalogueWidget* catalogue = alice->window->catalogue();
    QVERIFY(catalogue->selectAction(QStringLiteral("create-directory-user")));
    QLineEdit* given = qobject_cast<QLineEdit*>(catalogue->form()->editor(QStringLiteral("givenName")));
    QVERIFY(given);
    QTest::keyClicks(given, QStringLiteral("Annabelle"));
    check(catalogue->targetList(), QStringLiteral("dc01"));
    QTest::keyClicks(catalogue->commentEdit(), QStringLiteral("HR ticket"));
    const int reads = catalogue->planningReads();
    // Another person changes the workspace (an admin adds a group; carol submits a request).
    QVERIFY(fixture.workspace().admin().addGroup(QStringLiteral("dave"), QStringLiteral("ops"), {}).ok());
    QTRY_VERIFY_WITH_TIMEOUT(catalogue->planningReads() > reads, 3000); // the change arrived
    QCOMPARE(given->text(), QStringLiteral("Annabelle"));
    QCOMPARE(catalogue->commentEdit()->toPlainText(), QStringLiteral("HR ticket"));
    QCOMPARE(catalogue->input().targets, QStringList { QStringLiteral("dc01") });
}

void TestGuiRequestFlow::copyShareAndCancel()
{
    GuiFixture fixture;
    auto alice = fixture.open(QStringLiteral("alice"));
    alice->window->showApprovals();
    ApprovalsWidget* approvals = alice->window->approvals();
    approvals->showOutgoing();
    QVERIFY(approvals->selectRequest(1));
    RequestDetailWidget* detail = approvals->detail();
    detail->copyToClipboard();
    QVERIFY(QGuiApplication::clipboard()->text().contains(QLatin1String("givenName: Maria")));
    detail->shareByEmail();
    QCOMPARE(alice->prompts.opened.size(), 1);
    const QUrl mail = alice->prompts.opened.first();
    QCOMPARE(mail.scheme(), QStringLiteral("mailto"));
    const QString decoded = QUrl::fromPercentEncoding(mail.toEncoded());
    QVERIFY2(decoded.contains(QLatin1String("subject=Countersign request #1: create-directory-user&body=")),
             qPrintable(decoded));
    QVERIFY(decoded.contains(QLatin1String("surname: Lopez\n")));

    QVERIFY(detail->cancelButton()->isVisible());
    QTest::mouseClick(detail->cancelButton(), Qt::LeftButton);
    QTRY_COMPARE(inQueue(approvals->outgoing(), 1)->state, RequestState::Cancelled);
    QVERIFY(!detail->cancelButton()->isVisible());
}

void TestGuiRequestFlow::invisibleCharactersAreShownEscaped()
{
    GuiFixture fixture;
    // The demo's create-directory-user, with a given name that may hold invisible characters.
    QString path;
    for (const QString& p : demoActionFiles())
        if (p.contains(QLatin1String("create-directory-user")))
            path = p;
    auto file = loadDemoAction(path);
    QVERIFY2(file.ok(), qPrintable(file.error().message));
    ParameterDefinition& given = file->definition.parameters[0];
    QCOMPARE(given.name, QStringLiteral("givenName"));
    given.pattern.clear();
    given.allowInvisibleCharacters = true;
    auto imported = fixture.workspace().admin().importAction(QStringLiteral("dave"), *file);
    QVERIFY2(imported.ok(), qPrintable(imported.error().message));
    // "Ana<RLO>txt.exe" reads as "Anaexe.txt".
    auto r = fixture.workspace().requests().submit(
        QStringLiteral("alice"),
        { QStringLiteral("create-directory-user"),
          { { QStringLiteral("givenName"), QStringLiteral("Ana\u202Etxt.exe") },
            { QStringLiteral("surname"), QStringLiteral("Silva") },
            { QStringLiteral("email"), QStringLiteral("ana.silva@example.com") } },
          { QStringLiteral("dc01") },
          QStringLiteral("New hire") },
        SubmitMode::RequestApproval);
    QVERIFY2(r.ok(), qPrintable(r.error().message));

    auto bob = fixture.open(QStringLiteral("bob"));
    bob->window->showApprovals();
    QVERIFY(bob->window->approvals()->selectRequest(r->id));
    RequestDetailWidget* detail = bob->window->approvals()->detail();
    const QAbstractItemModel* model = detail->parametersView()->model();
    QModelIndex givenValue;
    QModelIndex surnameValue;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString label = model->index(row, 0).data().toString();
        if (label.contains(QLatin1String("(givenName)")))
            givenValue = model->index(row, 1);
        if (label.contains(QLatin1String("(surname)")))
            surnameValue = model->index(row, 1);
    }
    QVERIFY(givenValue.isValid() && surnameValue.isValid());
    QCOMPARE(givenValue.data().toString(), QStringLiteral("Ana\\u202Etxt.exe"));
    QVERIFY(givenValue.data(Qt::ForegroundRole).isValid()); // highlighted
    QVERIFY2(givenValue.data(Qt::ToolTipRole).toString().contains(QLatin1String("invisible characters")),
             qPrintable(givenValue.data(Qt::ToolTipRole).toString()));
    QCOMPARE(surnameValue.data().toString(), QStringLiteral("Silva"));
    QVERIFY(!surnameValue.data(Qt::ForegroundRole).isValid());

    // The summary the approver confirms spells it out too.
    bob->prompts.comments = { QStringLiteral("ok") };
    QTest::mouseClick(detail->approveButton(), Qt::LeftButton);
    QVERIFY(!bob->prompts.summaries.isEmpty());
    QVERIFY2(bob->prompts.summaries.first().contains(QLatin1String("givenName: Ana\\u202Etxt.exe")),
             qPrintable(bob->prompts.summaries.first()));
    QVERIFY(!bob->prompts.summaries.first().contains(QChar(0x202E)));
}

void TestGuiRequestFlow::keyboardShortcutApproves()
{
    GuiFixture fixture;
    auto bob = fixture.open(QStringLiteral("bob"));
    bob->window->showApprovals();
    QVERIFY(bob->window->approvals()->selectRequest(1));
    bob->prompts.comments = { QString() };
    bob->window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(bob->window.get()));
    QTest::keySequence(bob->window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    QTRY_COMPARE(inQueue(bob->window->approvals()->incoming(), 1)->state, RequestState::Approved);
}

void TestGuiRequestFlow::auditViewPagesAndFollowsChanges()
{
    GuiFixture fixture;
    auto erin = fixture.open(QStringLiteral("erin"));
    AuditWidget* audit = erin->window->audit();
    audit->setPageSize(10);
    QCOMPARE(audit->loadedCount(), 0); // nothing read until the page is looked at
    erin->window->showAudit();
    QTRY_COMPARE(audit->loadedCount(), 10);
    auto* table = audit->findChild<QTableView*>(QStringLiteral("auditTable"));
    const auto seqAt = [table](int row) { return table->model()->index(row, 0).data().toLongLong(); };
    auto head = erin->session->workspace().audit().headSeq();
    QVERIFY(head.ok());
    QCOMPARE(seqAt(0), *head); // newest first
    QVERIFY(seqAt(9) < seqAt(0));

    auto* older = audit->findChild<QPushButton*>(QStringLiteral("olderButton"));
    QVERIFY(older->isEnabled());
    QTest::mouseClick(older, Qt::LeftButton);
    QVERIFY(!older->isEnabled()); // until that page is in
    QTRY_COMPARE(audit->loadedCount(), 20);
    QVERIFY(seqAt(10) < seqAt(9)); // continues below the first page
    const qint64 oldestShown = seqAt(19);

    // Another client approves: the new entries appear on top, and the older pages stay.
    auto bob = fixture.open(QStringLiteral("bob"));
    QVERIFY(bob->session->workspace().requests().decide(QStringLiteral("bob"), 1, true, {}).ok());
    auto newHead = bob->session->workspace().audit().headSeq();
    QVERIFY(newHead.ok());
    QVERIFY(*newHead > *head);
    QTRY_COMPARE(seqAt(0), *newHead);
    QTRY_VERIFY(!audit->isLoading());
    QCOMPARE(audit->loadedCount(), 20 + int(*newHead - *head));
    QCOMPARE(seqAt(audit->loadedCount() - 1), oldestShown);
}

void TestGuiRequestFlow::auditViewVerifiesTheChain()
{
    GuiFixture fixture;
    auto erin = fixture.open(QStringLiteral("erin"));
    QVERIFY(!erin->window->admin()); // auditors read, they do not administer
    QVERIFY(erin->window->audit());
    erin->window->showAudit();
    QTRY_VERIFY(erin->window->audit()->visibleCount() > 20);
    erin->window->audit()->verify();
    QTRY_VERIFY_WITH_TIMEOUT(!erin->window->audit()->isVerifying(), 10000); // it runs on a worker thread
    QVERIFY2(erin->window->audit()->verifyResult()->text().contains(QLatin1String("intact")),
             qPrintable(erin->window->audit()->verifyResult()->text()));
    auto alice = fixture.open(QStringLiteral("alice"));
    QVERIFY(!alice->window->audit());
}

void TestGuiRequestFlow::layoutIsRemembered()
{
    GuiFixture fixture;
    {
        auto alice = fixture.open(QStringLiteral("alice"));
        alice->window->showApprovals();
        alice->window->resize(1000, 700);
        alice->window->close();
    }
    auto again = fixture.open(QStringLiteral("alice"));
    QCOMPARE(again->window->pages()->currentWidget(), static_cast<QWidget*>(again->window->approvals()));
}

QTEST_MAIN(TestGuiRequestFlow)
#include "tst_gui_requestflow.moc"
