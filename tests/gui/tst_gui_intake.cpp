// The request form's intake rows (issue 19: the ticket field next to the comment, validated live by
// core) and the "On behalf of" picker (issue 17), and both names where approvers look.
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyleFactory>
#include <QTableView>
#include <QTranslator>
#include <QtTest>
#include <gui/guitestsupport.h>
#include <ui/approvals/approvalswidget.h>
#include <ui/approvals/requestdetailwidget.h>
#include <ui/approvals/requestqueueview.h>
#include <ui/catalogue/cataloguewidget.h>
#include <ui/models/requesttablemodel.h>

using namespace cs;
using namespace cs::ui;

namespace {

// A help-desk action in the demo: alice (helpdesk) may ask for someone else; a change ticket and a
// reason of 20 characters are required.
void importResetAction(GuiFixture& fixture)
{
    const QByteArray json
        = R"({"name":"reset-mfa","description":"Reset the second factor of a person.","script":"echo reset",)"
          R"("requesterGroups":["helpdesk"],"onBehalf":{"requesterGroups":["helpdesk"]},"targets":["dc01"],)"
          R"("policy":{"approvalRequired":true,"approverGroups":["approvers"],"intake":{"ticket":)"
          R"({"label":"Change ticket","pattern":"^(INC|CHG)-[0-9]+$","required":true},"minCommentLength":20}}})";
    auto file = ActionFile::parse(json);
    QVERIFY2(file.ok(), qPrintable(file.error().message));
    auto imported = fixture.workspace().admin().importAction(QStringLiteral("dave"), *file);
    QVERIFY2(imported.ok(), qPrintable(imported.error().message));
}

void checkAll(QListWidget* list)
{
    for (int i = 0; i < list->count(); ++i)
        list->item(i)->setCheckState(Qt::Checked);
}

} // namespace

class TestGuiIntake : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ticketFieldValidatesLiveAndExplainsTheButton();
    void onBehalfPickerOnlyWhereAllowedAndBothNamesShown();
    void screenshots_data();
    void screenshots();
};

void TestGuiIntake::ticketFieldValidatesLiveAndExplainsTheButton()
{
    GuiFixture fixture;
    importResetAction(fixture);
    auto alice = fixture.open(QStringLiteral("alice"));
    alice->session->checkForChanges();
    CatalogueWidget* catalogue = alice->window->catalogue();
    QVERIFY(catalogue->selectAction(QStringLiteral("restart-service")));
    auto* ticket = catalogue->findChild<QLineEdit*>(QStringLiteral("ticketField"));
    auto* behalf = catalogue->findChild<QComboBox*>(QStringLiteral("behalfOfPicker"));
    QVERIFY(ticket && behalf);
    QVERIFY(ticket->isHidden()); // no intake, no on-behalf for this action
    QVERIFY(behalf->isHidden());

    QTRY_VERIFY(catalogue->selectAction(QStringLiteral("reset-mfa")));
    QVERIFY(!ticket->isHidden());
    // A requester reads whether it may stay empty; the pattern is in the tooltip, not in the field.
    QCOMPARE(ticket->placeholderText(), QStringLiteral("required"));
    QVERIFY(ticket->toolTip().contains(QLatin1String("^(INC|CHG)-[0-9]+$")));
    QCOMPARE(catalogue->commentEdit()->placeholderText(), QStringLiteral("Why is this needed? (required)"));
    checkAll(catalogue->targetList());
    QPushButton* submit = catalogue->submitButton();
    QTRY_VERIFY(!submit->isEnabled());
    QVERIFY2(submit->toolTip().contains(QLatin1String("\"Change ticket\" is required")), qPrintable(submit->toolTip()));

    QTest::keyClicks(ticket, QStringLiteral("CHG-"));
    QTRY_VERIFY2(submit->toolTip().contains(QLatin1String("does not have the expected form")),
                 qPrintable(submit->toolTip()));
    QVERIFY(!submit->isEnabled());
    QTest::keyClicks(ticket, QStringLiteral("12"));
    QTRY_VERIFY2(submit->toolTip().contains(QLatin1String("at least 20 characters")), qPrintable(submit->toolTip()));
    QTest::keyClicks(catalogue->commentEdit(), QStringLiteral("locked out after a phone change"));
    QTRY_VERIFY(submit->isEnabled());
    QVERIFY(submit->toolTip().isEmpty());
    QTest::mouseClick(submit, Qt::LeftButton);
    QCOMPARE(alice->prompts.informed.size(), 1);
    auto mine = fixture.workspace().requests().outgoing(QStringLiteral("alice"));
    QVERIFY(mine.ok());
    QCOMPARE(mine->requests.first().ticket, QStringLiteral("CHG-12"));
    QVERIFY(mine->requests.first().behalfOf.isEmpty());
    // The ticket went with that request, like its comment: the next one starts without it.
    QCOMPARE(ticket->text(), QString());
    QCOMPARE(catalogue->commentEdit()->toPlainText(), QString());
}

void TestGuiIntake::onBehalfPickerOnlyWhereAllowedAndBothNamesShown()
{
    GuiFixture fixture;
    importResetAction(fixture);
    auto alice = fixture.open(QStringLiteral("alice"));
    auto bob = fixture.open(QStringLiteral("bob"));
    alice->session->checkForChanges();
    CatalogueWidget* catalogue = alice->window->catalogue();
    QTRY_VERIFY(catalogue->selectAction(QStringLiteral("reset-mfa")));
    auto* behalf = catalogue->findChild<QComboBox*>(QStringLiteral("behalfOfPicker"));
    QVERIFY(behalf);
    QTRY_VERIFY(!behalf->isHidden());
    QCOMPARE(behalf->itemData(0).toString(), QString()); // "Myself" first
    const int grace = behalf->findData(QStringLiteral("grace"));
    QVERIFY(grace > 0);
    QCOMPARE(behalf->findData(QStringLiteral("alice")), -1); // not oneself
    behalf->setCurrentIndex(grace);
    checkAll(catalogue->targetList());
    QTest::keyClicks(catalogue->findChild<QLineEdit*>(QStringLiteral("ticketField")), QStringLiteral("INC-7"));
    QTest::keyClicks(catalogue->commentEdit(), QStringLiteral("Grace lost her phone on the train"));
    QTRY_VERIFY(catalogue->submitButton()->isEnabled());
    QTest::mouseClick(catalogue->submitButton(), Qt::LeftButton);
    auto mine = fixture.workspace().requests().outgoing(QStringLiteral("alice"));
    QVERIFY(mine.ok());
    const Request made = mine->requests.first();
    QCOMPARE(made.behalfOf, QStringLiteral("grace"));

    // Bob's Incoming names both, and so does the detail pane.
    ApprovalsWidget* approvals = bob->window->approvals();
    QTRY_VERIFY_WITH_TIMEOUT(approvals->incoming()->model()->request(made.id) != nullptr, 5000);
    bob->window->showApprovals();
    QVERIFY(tableText(approvals->incoming()->findChild<QTableView*>()).contains(QLatin1String("alice for grace")));
    QVERIFY(approvals->selectRequest(made.id));
    auto* overview = approvals->detail()->findChild<QLabel*>(QStringLiteral("overview"));
    QVERIFY(overview);
    QVERIFY2(overview->text().contains(QLatin1String(" for Grace Green")), qPrintable(overview->text()));
    QVERIFY(overview->text().contains(QLatin1String("INC-7")));
}

void TestGuiIntake::screenshots_data()
{
    QTest::addColumn<QString>("variant");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("dark") << QStringLiteral("dark");
}

// The form with the ticket field and the picker, and bob's detail pane, to build/screenshots/intake/.
void TestGuiIntake::screenshots()
{
    QFETCH(QString, variant);
    QDir out(QStringLiteral(CS_SCREENSHOT_DIR));
    QVERIFY(out.mkpath(QStringLiteral("intake")) && out.cd(QStringLiteral("intake")));
    ScreenshotLook look(variant == QLatin1String("de"), variant == QLatin1String("dark"));
    QVERIFY(look.loaded());
    {
        GuiFixture fixture;
        importResetAction(fixture);
        auto alice = fixture.open(QStringLiteral("alice"));
        auto bob = fixture.open(QStringLiteral("bob"));
        alice->session->checkForChanges();
        CatalogueWidget* catalogue = alice->window->catalogue();
        alice->window->showCatalogue(); // the form is what the picture is of
        QTRY_VERIFY(catalogue->selectAction(QStringLiteral("reset-mfa")));
        auto* behalf = catalogue->findChild<QComboBox*>(QStringLiteral("behalfOfPicker"));
        QTRY_VERIFY(!behalf->isHidden());
        behalf->setCurrentIndex(behalf->findData(QStringLiteral("grace")));
        checkAll(catalogue->targetList());
        QTest::keyClicks(catalogue->findChild<QLineEdit*>(QStringLiteral("ticketField")), QStringLiteral("CHG-"));
        QTest::keyClicks(catalogue->commentEdit(), QStringLiteral("Grace lost her phone on the train"));
        QTest::qWait(300); // the plan runs once typing pauses
        const auto save = [&](QWidget* w, const QString& screen) {
            QCoreApplication::processEvents();
            const QString path = out.filePath(QStringLiteral("%1-%2.png").arg(variant, screen));
            QVERIFY2(w->grab().save(path), qPrintable(path));
        };
        save(alice->window.get(), QStringLiteral("form-ticket-invalid"));
        QTest::keyClicks(catalogue->findChild<QLineEdit*>(QStringLiteral("ticketField")), QStringLiteral("4711"));
        QTRY_VERIFY(catalogue->submitButton()->isEnabled());
        save(alice->window.get(), QStringLiteral("form-ready"));
        QTest::mouseClick(catalogue->submitButton(), Qt::LeftButton);
        auto mine = fixture.workspace().requests().outgoing(QStringLiteral("alice"));
        QVERIFY(mine.ok() && !mine->requests.isEmpty());
        ApprovalsWidget* approvals = bob->window->approvals();
        QTRY_VERIFY_WITH_TIMEOUT(approvals->incoming()->model()->request(mine->requests.first().id) != nullptr, 5000);
        bob->window->showApprovals();
        QVERIFY(approvals->selectRequest(mine->requests.first().id));
        save(bob->window.get(), QStringLiteral("detail"));
    }
}

QTEST_MAIN(TestGuiIntake)
#include "tst_gui_intake.moc"
