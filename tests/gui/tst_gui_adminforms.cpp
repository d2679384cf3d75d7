// The forms people fill in and edit: people and targets after creation, the action editor's
// unsaved edits and advanced flow, a catalogue form whose action changes or goes away, dates,
// and the question before a direct run. Real widgets, offscreen.
#include <QAction>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QtTest>
#include <gui/guitestsupport.h>
#include <ui/admin/actioneditor.h>
#include <ui/admin/actionspage.h>
#include <ui/admin/adminwidget.h>
#include <ui/admin/directorydialogs.h>
#include <ui/admin/directorypages.h>
#include <ui/catalogue/cataloguewidget.h>
#include <ui/catalogue/datefield.h>
#include <ui/catalogue/parameterform.h>
#include <ui/messagebanner.h>

using namespace cs;
using namespace cs::ui;

namespace {

QString rowText(QTableView* view, const QString& key)
{
    for (int r = 0; r < view->model()->rowCount(); ++r)
        if (view->model()->index(r, 0).data().toString() == key) {
            QStringList cells;
            for (int c = 0; c < view->model()->columnCount(); ++c)
                cells << view->model()->index(r, c).data().toString();
            return cells.join(QLatin1Char('|'));
        }
    return {};
}

void check(QListWidget* list, const QString& prefix)
{
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->text().startsWith(prefix))
            list->item(i)->setCheckState(Qt::Checked);
}

QAction* shortcut(QWidget* window, const QKeySequence& keys)
{
    for (QAction* action : window->findChildren<QAction*>())
        if (action->shortcuts().contains(keys))
            return action;
    return nullptr;
}

int requestCount(Workspace& ws)
{
    auto page = ws.requests().all(QStringLiteral("dave"));
    return page.ok() ? int(page->requests.size()) : -1;
}

} // namespace

class TestGuiAdminForms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void peopleAreEditedDisabledAndRemovedWhereNothingRefersToThem();
    void targetsAreEditedAndRemovedWhereNothingRefersToThem();
    void switchingActionsWithUnsavedEditsAsksFirst();
    void flowEditorNamesLineAndColumnAndKeepsTheFieldsInStep();
    void aChangedActionIsReloadedOnlyWhenAskedKeepingWhatFits();
    void refreshKeepsAHalfFilledForm();
    void losingTheRightToRequestSaysWhy();
    void datesOpenOnTodayAndKeepTypedIsoText();
    void aDirectRunIsConfirmedAndNotCalledApproved();
    void groupChecklistsShowEveryGroupWithoutScrolling();
};

void TestGuiAdminForms::peopleAreEditedDisabledAndRemovedWhereNothingRefersToThem()
{
    GuiFixture fixture;
    auto dave = fixture.open(QStringLiteral("dave"));
    UsersPage* users = dave->window->admin()->users();

    // Edit: the dialog starts from the person as stored and hands its change to core.
    users->select(QStringLiteral("grace"));
    QVERIFY(users->editButton()->isEnabled());
    auto grace = fixture.workspace().directory().user(QStringLiteral("grace"));
    auto everyone = fixture.workspace().directory().users();
    PersonDialog dialog(*grace, *everyone);
    QCOMPARE(dialog.nameField()->text(), QStringLiteral("Grace Green"));
    dialog.nameField()->setText(QStringLiteral("Grace Hopper"));
    dialog.managerField()->setCurrentIndex(dialog.managerField()->findData(QStringLiteral("carol")));
    dialog.auditorField()->setChecked(true);
    QVERIFY(users->applyEdit(dialog.changes()));
    QCOMPARE(rowText(users->findChild<QTableView*>(), QStringLiteral("grace")),
             QStringLiteral("grace|Grace Hopper|grace@example.com|carol|auditor|security|active|Local"));

    // Disable keeps the person (and says so); the button then offers Enable.
    QVERIFY(users->setSelectedActive(false));
    QVERIFY(dave->prompts.confirmations.last().contains(QLatin1String("stay")));
    QVERIFY(
        rowText(users->findChild<QTableView*>(), QStringLiteral("grace")).endsWith(QLatin1String("|disabled|Local")));
    QCOMPARE(users->activeButton()->text(), QStringLiteral("Enable"));
    QVERIFY(!fixture.workspace().directory().activeUser(QStringLiteral("grace")).ok());
    QVERIFY(users->setSelectedActive(true));
    QVERIFY(fixture.workspace().directory().activeUser(QStringLiteral("grace")).ok());

    // Remove: alice made a request; the reason is shown and she stays.
    users->select(QStringLiteral("alice"));
    const int asked = dave->prompts.confirmations.size();
    QVERIFY(!users->removeSelected());
    QCOMPARE(dave->prompts.confirmations.size(), asked); // refused before asking
    QVERIFY(users->banner()->isError());
    QVERIFY2(users->banner()->text().contains(QLatin1String("made")), qPrintable(users->banner()->text()));
    QVERIFY(!rowText(users->findChild<QTableView*>(), QStringLiteral("alice")).isEmpty());

    // Someone nothing refers to goes.
    QVERIFY(
        fixture.workspace().admin().addUser(QStringLiteral("dave"), { QStringLiteral("temp"), {}, {}, {}, {} }).ok());
    users->refresh();
    users->select(QStringLiteral("temp"));
    QVERIFY(users->removeSelected());
    QVERIFY(rowText(users->findChild<QTableView*>(), QStringLiteral("temp")).isEmpty());
    QVERIFY(!fixture.workspace().directory().user(QStringLiteral("temp")).ok());
}

void TestGuiAdminForms::targetsAreEditedAndRemovedWhereNothingRefersToThem()
{
    GuiFixture fixture;
    auto dave = fixture.open(QStringLiteral("dave"));
    TargetsPage* targets = dave->window->admin()->targets();
    auto web = fixture.workspace().directory().target(QStringLiteral("web-staging"));
    auto everyone = fixture.workspace().directory().users();
    TargetDialog dialog(*web, *everyone);
    QCOMPARE(dialog.attributesField()->text(), QStringLiteral("environment=staging"));
    dialog.attributesField()->setText(QStringLiteral("environment=staging, site=berlin"));
    dialog.ownerField()->setCurrentIndex(dialog.ownerField()->findData(QStringLiteral("frank")));
    TargetChanges changes;
    QString error;
    QVERIFY(dialog.changes(&changes, &error));
    QVERIFY(targets->applyEdit(changes));
    QVERIFY2(rowText(targets->findChild<QTableView*>(), QStringLiteral("web-staging")).contains(QLatin1String("frank")),
             qPrintable(rowText(targets->findChild<QTableView*>(), QStringLiteral("web-staging"))));
    QCOMPARE(
        fixture.workspace().directory().target(QStringLiteral("web-staging"))->attributes.value(QStringLiteral("site")),
        QJsonValue(QStringLiteral("berlin")));
    dialog.attributesField()->setText(QStringLiteral("no equals sign"));
    QVERIFY(!dialog.changes(&changes, &error));
    QVERIFY(error.contains(QLatin1String("key=value")));

    // dc01 is named by the demo's requests: refused with the reason.
    targets->select(QStringLiteral("dc01"));
    QVERIFY(!targets->removeSelected());
    QVERIFY2(targets->banner()->text().contains(QLatin1String("request")), qPrintable(targets->banner()->text()));
    // reports01 is listed by an action.
    targets->select(QStringLiteral("reports01"));
    QVERIFY(!targets->removeSelected());
    QVERIFY2(targets->banner()->text().contains(QLatin1String("generate-report")),
             qPrintable(targets->banner()->text()));
    // dc-lab: nothing refers to it.
    targets->select(QStringLiteral("dc-lab"));
    QVERIFY(targets->removeSelected());
    QVERIFY(rowText(targets->findChild<QTableView*>(), QStringLiteral("dc-lab")).isEmpty());
}

void TestGuiAdminForms::switchingActionsWithUnsavedEditsAsksFirst()
{
    GuiFixture fixture;
    auto dave = fixture.open(QStringLiteral("dave"));
    dave->window->showAdmin();
    ActionsPage* page = dave->window->admin()->actions();
    QVERIFY(page->openAction(QStringLiteral("restart-service")));
    auto* list = page->findChild<QListWidget*>(QStringLiteral("adminActionList"));
    auto* script = page->editor()->findChild<QPlainTextEdit*>(QStringLiteral("actionScript"));
    QVERIFY(!page->editor()->isModified());
    // Merely opening and switching asks nothing.
    list->setCurrentItem(list->findItems(QStringLiteral("generate-report"), Qt::MatchExactly).first());
    QVERIFY(dave->prompts.confirmations.isEmpty());
    QVERIFY(page->openAction(QStringLiteral("restart-service")));

    script->moveCursor(QTextCursor::End);
    QTest::keyClick(script, Qt::Key_Return);
    QTest::keyClicks(script, QStringLiteral("echo edited"));
    QVERIFY(page->editor()->isModified());
    dave->prompts.confirmAnswer = false; // keep editing
    QListWidgetItem* other = list->findItems(QStringLiteral("generate-report"), Qt::MatchExactly).first();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(other).center());
    QCOMPARE(dave->prompts.confirmations.size(), 1);
    QVERIFY(dave->prompts.confirmations.last().contains(QLatin1String("restart-service")));
    QVERIFY(script->toPlainText().endsWith(QLatin1String("echo edited")));
    QTRY_COMPARE(list->selectedItems().value(0) ? list->selectedItems().first()->text() : QString(),
                 QStringLiteral("restart-service"));
    QCOMPARE(list->currentItem()->text(), QStringLiteral("restart-service"));
    // Leaving the page asks too, and stays.
    dave->window->showCatalogue();
    QCOMPARE(dave->prompts.confirmations.size(), 2);
    QCOMPARE(dave->window->pages()->currentWidget(), dave->window->admin());
    QVERIFY(script->toPlainText().endsWith(QLatin1String("echo edited")));

    dave->prompts.confirmAnswer = true; // discard
    list->setCurrentItem(list->findItems(QStringLiteral("generate-report"), Qt::MatchExactly).first());
    QCOMPARE(dave->prompts.confirmations.size(), 3);
    QVERIFY(!script->toPlainText().contains(QLatin1String("echo edited")));
    QVERIFY(!page->editor()->isModified());
    // Nothing was saved.
    QVERIFY(!fixture.workspace()
                 .actions()
                 .currentVersion(QStringLiteral("restart-service"))
                 ->definition.script.contains(QLatin1String("echo edited")));
}

void TestGuiAdminForms::groupChecklistsShowEveryGroupWithoutScrolling()
{
    GuiFixture fixture; // the demo has seven groups
    auto dave = fixture.open(QStringLiteral("dave"));
    ActionsPage* page = dave->window->admin()->actions();
    QVERIFY(page->openAction(QStringLiteral("create-directory-user")));
    ActionEditor* editor = page->editor();
    for (QListWidget* list : { editor->requesterGroups(), editor->approverGroups() }) {
        QVERIFY(list->count() >= 7);
        const int needed = list->count() * list->sizeHintForRow(0) + 2 * list->frameWidth();
        QVERIFY2(list->maximumHeight() >= needed,
                 qPrintable(QStringLiteral("%1 < %2").arg(list->maximumHeight()).arg(needed)));
    }
}

void TestGuiAdminForms::flowEditorNamesLineAndColumnAndKeepsTheFieldsInStep()
{
    GuiFixture fixture;
    givePolicy(fixture.workspace(), QStringLiteral("create-directory-user"), simpleDirectoryPolicy());
    auto dave = fixture.open(QStringLiteral("dave"));
    ActionsPage* page = dave->window->admin()->actions();
    QVERIFY(page->openAction(QStringLiteral("create-directory-user")));
    ActionEditor* editor = page->editor();
    editor->advancedMode()->setChecked(true);
    // Switching on shows the same policy as the fields.
    QVERIFY(editor->policyJson()->toPlainText().contains(QLatin1String("\"approvers\"")));
    QVERIFY(!editor->flowStatus()->isError());

    // A typo (missing comma after line 2) is named by line and column as the admin types.
    editor->policyJson()->clear();
    for (const QString& line : { QStringLiteral("{"), QStringLiteral("  \"approvalRequired\": true"),
                                 QStringLiteral("  \"approverGroups\": [\"security\"]"), QStringLiteral("}") }) {
        QTest::keyClicks(editor->policyJson(), line);
        if (line != QLatin1String("}"))
            QTest::keyClick(editor->policyJson(), Qt::Key_Return);
    }
    QTRY_VERIFY_WITH_TIMEOUT(editor->flowStatus()->isError(), 3000);
    QVERIFY2(editor->flowStatus()->text().contains(QLatin1String("line 3, column 3")),
             qPrintable(editor->flowStatus()->text()));
    QVERIFY(!editor->flowStatus()->text().contains(QLatin1String("needs a")));
    QVERIFY(!page->save());
    QVERIFY(page->banner()->text().contains(QLatin1String("line 3, column 3")));

    // Fixed: the greyed fields now show what the JSON says.
    editor->policyJson()->setPlainText(QStringLiteral(
        "{\n  \"approvalRequired\": true,\n  \"approverGroups\": [\"security\"],\n  \"deadlineHours\": 12\n}"));
    editor->validateFlowNow();
    QVERIFY2(!editor->flowStatus()->isError(), qPrintable(editor->flowStatus()->text()));
    QStringList checkedGroups;
    for (int i = 0; i < editor->approverGroups()->count(); ++i)
        if (editor->approverGroups()->item(i)->checkState() == Qt::Checked)
            checkedGroups << editor->approverGroups()->item(i)->text();
    QCOMPARE(checkedGroups, QStringList { QStringLiteral("security") });
    QCOMPARE(editor->deadline()->value(), 12);
    QCOMPARE(editor->bypassGroup()->currentData().toString(), QString()); // the JSON names none now
    QVERIFY(!editor->approverGroups()->isEnabled()); // still greyed: the JSON is what is saved

    // A flow with rules and phases has no simple form: the fields that cannot show it are hidden.
    editor->policyJson()->setPlainText(
        QStringLiteral(R"({"rules":[{"name":"all","phases":[{"name":"p1","approve":{"group":"security"}}]}]})"));
    editor->validateFlowNow();
    QVERIFY2(!editor->flowStatus()->isError(), qPrintable(editor->flowStatus()->text()));
    QVERIFY(editor->approverGroups()->isHidden());

    // Reminders, escalation and the timeout outcome are shown in words under the JSON (issue 16).
    editor->policyJson()->setPlainText(QStringLiteral(
        R"({"timeout":{"outcome":"escalate","group":"security","extendHours":24},"rules":[{"name":"all","phases":[
        {"name":"p1","approve":{"group":"security"},"reminder":{"afterHours":8},
         "escalation":{"afterHours":48,"group":"approvers"}}]}]})"));
    editor->validateFlowNow();
    const QString timing = editor->flowStatus()->text();
    QVERIFY2(!editor->flowStatus()->isError(), qPrintable(timing));
    QVERIFY2(timing.contains(QLatin1String("p1: a reminder after 8 h without a decision")), qPrintable(timing));
    QVERIFY2(timing.contains(QLatin1String("p1: escalation to approvers after 48 h")), qPrintable(timing));
    QVERIFY2(timing.contains(QLatin1String("on timeout: escalated to security with 24 h more")), qPrintable(timing));
    if (const QByteArray shot = qgetenv("COUNTERSIGN_SCREENSHOT_DIR"); !shot.isEmpty()) {
        dave->window->showAdmin();
        if (auto* tabs = editor->findChild<QTabWidget*>())
            tabs->setCurrentIndex(tabs->count() - 1); // Approval
        dave->window->resize(1200, 900);
        dave->window->grab().save(QString::fromLocal8Bit(shot) + QStringLiteral("/flow-timing.png"));
    }
}

void TestGuiAdminForms::aChangedActionIsReloadedOnlyWhenAskedKeepingWhatFits()
{
    GuiFixture fixture;
    auto alice = fixture.open(QStringLiteral("alice"));
    CatalogueWidget* catalogue = alice->window->catalogue();
    QVERIFY(catalogue->selectAction(QStringLiteral("create-directory-user")));
    QTest::keyClicks(catalogue->form()->editor(QStringLiteral("givenName")), QStringLiteral("Annabelle"));
    QTest::keyClicks(catalogue->form()->editor(QStringLiteral("email")), QStringLiteral("ann@example.com"));
    check(catalogue->targetList(), QStringLiteral("dc01"));
    QTest::keyClicks(catalogue->commentEdit(), QStringLiteral("HR ticket 9"));

    // An admin publishes a new version: "email" becomes a plain string, "phone" is new.
    auto version = fixture.workspace().actions().currentVersion(QStringLiteral("create-directory-user"));
    auto policy = fixture.workspace().actions().currentPolicy(QStringLiteral("create-directory-user"));
    ActionFile file { version->definition, policy->policy };
    file.definition.description = QStringLiteral("Now with a phone number.");
    for (ParameterDefinition& p : file.definition.parameters)
        if (p.name == QLatin1String("email"))
            p.type = ParameterType::String;
    ParameterDefinition phone;
    phone.name = QStringLiteral("phone");
    phone.type = ParameterType::String;
    file.definition.parameters.append(phone);
    auto imported = fixture.workspace().admin().importAction(QStringLiteral("dave"), file);
    QVERIFY2(imported.ok() && imported->newVersion, "a new version");

    // Said, offered, and nothing typed is lost; it cannot be submitted for the old version.
    QTRY_VERIFY_WITH_TIMEOUT(!catalogue->reloadButton()->isHidden(), 5000);
    QVERIFY(catalogue->banner()->text().contains(QLatin1String("version 2")));
    QVERIFY(!catalogue->submitButton()->isEnabled());
    QCOMPARE(qobject_cast<QLineEdit*>(catalogue->form()->editor(QStringLiteral("givenName")))->text(),
             QStringLiteral("Annabelle"));
    QVERIFY(!catalogue->form()->editor(QStringLiteral("phone")));
    // Core refuses the old form too (a submit racing the live update), saving nothing.
    const auto before = fixture.workspace().requestStore().find({})->requests.size();
    auto stale = fixture.workspace().requests().submit(QStringLiteral("alice"), catalogue->input(),
                                                       SubmitMode::RequestApproval);
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().code, Error::Code::Conflict);
    QCOMPARE(fixture.workspace().requestStore().find({})->requests.size(), before);

    QTest::mouseClick(catalogue->reloadButton(), Qt::LeftButton);
    QVERIFY(catalogue->form()->editor(QStringLiteral("phone")));
    QVERIFY(catalogue->reloadButton()->isHidden());
    const SubmitInput in = catalogue->input();
    QCOMPARE(in.parameters.value(QStringLiteral("givenName")).toString(), QStringLiteral("Annabelle"));
    QCOMPARE(in.parameters.value(QStringLiteral("email")).toString(), QString()); // its type changed: not kept
    QCOMPARE(in.targets, QStringList { QStringLiteral("dc01") });
    QCOMPARE(in.comment, QStringLiteral("HR ticket 9"));
    QCOMPARE(in.expectedVersionDigest, fixture.workspace().actions().currentVersion(in.action)->digest);
}

void TestGuiAdminForms::refreshKeepsAHalfFilledForm()
{
    GuiFixture fixture;
    auto alice = fixture.open(QStringLiteral("alice"));
    CatalogueWidget* catalogue = alice->window->catalogue();
    QVERIFY(catalogue->selectAction(QStringLiteral("create-directory-user")));
    QTest::keyClicks(catalogue->form()->editor(QStringLiteral("givenName")), QStringLiteral("Annabelle"));
    QTest::keyClicks(catalogue->commentEdit(), QStringLiteral("HR ticket"));
    QAction* refresh = shortcut(alice->window.get(), QKeySequence(QKeySequence::Refresh));
    QVERIFY(refresh);
    refresh->trigger();
    QCOMPARE(qobject_cast<QLineEdit*>(catalogue->form()->editor(QStringLiteral("givenName")))->text(),
             QStringLiteral("Annabelle"));
    QCOMPARE(catalogue->commentEdit()->toPlainText(), QStringLiteral("HR ticket"));
    // Also after a new version arrived: F5 offers the reload rather than doing it.
    auto version = fixture.workspace().actions().currentVersion(QStringLiteral("create-directory-user"));
    auto policy = fixture.workspace().actions().currentPolicy(QStringLiteral("create-directory-user"));
    ActionFile file { version->definition, policy->policy };
    file.definition.description += QStringLiteral(" (v2)");
    QVERIFY(fixture.workspace().admin().importAction(QStringLiteral("dave"), file).ok());
    refresh->trigger();
    QCOMPARE(qobject_cast<QLineEdit*>(catalogue->form()->editor(QStringLiteral("givenName")))->text(),
             QStringLiteral("Annabelle"));
    QVERIFY(!catalogue->reloadButton()->isHidden());
}

void TestGuiAdminForms::losingTheRightToRequestSaysWhy()
{
    GuiFixture fixture;
    auto alice = fixture.open(QStringLiteral("alice"));
    CatalogueWidget* catalogue = alice->window->catalogue();
    QVERIFY(catalogue->selectAction(QStringLiteral("set-initial-password")));
    QTest::keyClicks(catalogue->commentEdit(), QStringLiteral("ticket 5"));
    // An admin removes alice from helpdesk, the only group that may request it.
    QVERIFY(fixture.workspace()
                .admin()
                .setMembership(QStringLiteral("dave"), QStringLiteral("helpdesk"), QStringLiteral("alice"), false)
                .ok());
    QTRY_VERIFY_WITH_TIMEOUT(catalogue->banner()->isError(), 5000);
    QVERIFY2(catalogue->banner()->text().contains(QLatin1String("set-initial-password"))
                 && catalogue->banner()->text().contains(QLatin1String("not in a group allowed to request")),
             qPrintable(catalogue->banner()->text()));
    QVERIFY(!catalogue->submitButton()->isEnabled());
    QCOMPARE(catalogue->commentEdit()->toPlainText(), QStringLiteral("ticket 5")); // nothing vanished
    for (QLabel* label : catalogue->findChildren<QLabel*>())
        QVERIFY(!label->text().contains(QLatin1String("takes no parameters")));
}

void TestGuiAdminForms::datesOpenOnTodayAndKeepTypedIsoText()
{
    GuiFixture fixture;
    auto alice = fixture.open(QStringLiteral("alice"));
    CatalogueWidget* catalogue = alice->window->catalogue();
    QVERIFY(catalogue->selectAction(QStringLiteral("generate-report")));
    auto* since = qobject_cast<DateField*>(catalogue->form()->editor(QStringLiteral("since")));
    QVERIFY(since);
    // Optional and empty: the calendar opens on today, not on 1900; a clear button is offered.
    QCOMPARE(since->text(), QString());
    QCOMPARE(since->calendar()->selectedDate(), QDate::currentDate());
    QCOMPARE(since->calendar()->yearShown(), QDate::currentDate().year());
    QVERIFY(since->lineEdit()->isClearButtonEnabled());
    // A typed ISO date is taken as typed and kept when focus leaves.
    since->lineEdit()->setFocus();
    QTest::keyClicks(since->lineEdit(), QStringLiteral("2026-12-07"));
    catalogue->commentEdit()->setFocus();
    QCOMPARE(since->lineEdit()->text(), QStringLiteral("2026-12-07"));
    QCOMPARE(catalogue->input().parameters.value(QStringLiteral("since")).toString(), QStringLiteral("2026-12-07"));
    QVERIFY(catalogue->form()->issueText(QStringLiteral("since")).isEmpty());
    QCOMPARE(since->calendar()->selectedDate(), QDate(2026, 12, 7));
    // Picking from the calendar writes ISO text; clearing leaves the optional date out.
    QTest::mouseClick(since->pickButton(), Qt::LeftButton);
    Q_EMIT since->calendar()->clicked(QDate(2027, 1, 15));
    QCOMPARE(since->text(), QStringLiteral("2027-01-15"));
    since->lineEdit()->clear();
    QCOMPARE(catalogue->input().parameters.value(QStringLiteral("since")).toString(), QString());
    QVERIFY(catalogue->form()->issueText(QStringLiteral("since")).isEmpty());
}

void TestGuiAdminForms::aDirectRunIsConfirmedAndNotCalledApproved()
{
    GuiFixture fixture;
    auto dave = fixture.open(QStringLiteral("dave"));
    CatalogueWidget* catalogue = dave->window->catalogue();
    QVERIFY(catalogue->selectAction(QStringLiteral("create-directory-user")));
    QTest::keyClicks(catalogue->form()->editor(QStringLiteral("givenName")), QStringLiteral("Ana"));
    QTest::keyClicks(catalogue->form()->editor(QStringLiteral("surname")), QStringLiteral("Silva"));
    QTest::keyClicks(catalogue->form()->editor(QStringLiteral("email")), QStringLiteral("ana@example.com"));
    check(catalogue->targetList(), QStringLiteral("dc01"));
    QTest::keyClicks(catalogue->commentEdit(), QStringLiteral("urgent"));
    QCOMPARE(catalogue->submitButton()->text(), QStringLiteral("Run"));
    const int before = requestCount(fixture.workspace());

    dave->prompts.confirmAnswer = false;
    QTest::mouseClick(catalogue->submitButton(), Qt::LeftButton);
    QCOMPARE(dave->prompts.confirmations,
             QStringList { QStringLiteral("Run create-directory-user on dc01 (production) now, without approval?") });
    QCOMPARE(requestCount(fixture.workspace()), before); // declined: nothing recorded
    QVERIFY(dave->prompts.informed.isEmpty());

    dave->prompts.confirmAnswer = true;
    QTest::mouseClick(catalogue->submitButton(), Qt::LeftButton);
    QCOMPARE(requestCount(fixture.workspace()), before + 1);
    QCOMPARE(dave->prompts.informed.size(), 1);
    QVERIFY2(!dave->prompts.informed.first().contains(QLatin1String("approved"), Qt::CaseInsensitive),
             qPrintable(dave->prompts.informed.first()));
    QVERIFY(dave->prompts.informed.first().contains(QLatin1String("without approval")));
}

QTEST_MAIN(TestGuiAdminForms)
#include "tst_gui_adminforms.moc"
