// Renders the main screens in English and German to PNG files in the build tree
// (build/screenshots/), for people to look at; asserts that the German build is German.
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTranslator>
#include <QtTest>
#include <gui/guitestsupport.h>
#include <ui/admin/actioneditor.h>
#include <ui/admin/actionspage.h>
#include <ui/admin/adminwidget.h>
#include <ui/admin/directorydialogs.h>
#include <ui/admin/directorypages.h>
#include <ui/approvals/approvalswidget.h>
#include <ui/approvals/requestdetailwidget.h>
#include <ui/approvals/requestqueueview.h>
#include <ui/audit/auditwidget.h>
#include <ui/catalogue/cataloguewidget.h>
#include <ui/catalogue/datefield.h>
#include <ui/catalogue/parameterform.h>
#include <ui/messagebanner.h>
#include <ui/startpage.h>

using namespace cs::ui;

class TestGuiScreenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void render_data();
    void render();

private:
    void save(QWidget* widget, const QString& language, const QString& screen);
};

void TestGuiScreenshots::save(QWidget* widget, const QString& language, const QString& screen)
{
    QVERIFY(QTest::qWaitForWindowExposed(widget));
    QVERIFY(widget->width() >= 800);
    const QString path = QStringLiteral(CS_SCREENSHOT_DIR "/%1-%2.png").arg(language, screen);
    QVERIFY2(saveScreenshot(widget, path), qPrintable(path));
}

void TestGuiScreenshots::render_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("English, dark palette") << QStringLiteral("en-dark");
}

namespace { } // namespace

void TestGuiScreenshots::render()
{
    QFETCH(QString, language);
    QDir().mkpath(QStringLiteral(CS_SCREENSHOT_DIR));
    const ScreenshotLook look(language == QLatin1String("de"), language == QLatin1String("en-dark"));
    QVERIFY(look.loaded());

    GuiFixture fixture;
    {
        auto alice = fixture.open(QStringLiteral("alice"));
        alice->window->showCatalogue(); // the window opens on My work
        CatalogueWidget* catalogue = alice->window->catalogue();
        QVERIFY(catalogue->selectAction(QStringLiteral("create-directory-user")));
        QTest::keyClicks(catalogue->form()->editor(QStringLiteral("givenName")), QStringLiteral("Ana"));
        QTest::keyClicks(catalogue->form()->editor(QStringLiteral("surname")), QStringLiteral("Silva"));
        QTest::keyClicks(catalogue->form()->editor(QStringLiteral("email")), QStringLiteral("ana.silva"));
        catalogue->targetList()->item(0)->setCheckState(Qt::Checked);
        QCOMPARE(catalogue->submitButton()->text(),
                 language == QLatin1String("de") ? QStringLiteral("Genehmigung beantragen")
                                                 : QStringLiteral("Request Approval"));
        save(alice->window.get(), language, QStringLiteral("catalogue"));

        alice->window->showApprovals();
        alice->window->approvals()->showOutgoing();
        QVERIFY(alice->window->approvals()->selectRequest(2));
        save(alice->window.get(), language, QStringLiteral("outgoing"));
    }
    {
        auto bob = fixture.open(QStringLiteral("bob"));
        bob->window->showApprovals();
        QVERIFY(bob->window->approvals()->selectRequest(1));
        QCOMPARE(bob->window->approvals()->tabs()->tabText(0),
                 language == QLatin1String("de") ? QStringLiteral("Eingang (1 zu entscheiden)")
                                                 : QStringLiteral("Incoming (1 to decide)"));
        save(bob->window.get(), language, QStringLiteral("incoming"));
        bob->window->approvals()->detail()->tabs()->setCurrentIndex(1);
        save(bob->window.get(), language, QStringLiteral("incoming-parameters"));

        // A finished run, recorded the way an agent records it.
        cs::Workspace& ws = bob->session->workspace();
        QVERIFY(ws.requests().decide(QStringLiteral("bob"), 1, true, QStringLiteral("HR ticket checked")).ok());
        QVERIFY(ws.executions().claim(1, QStringLiteral("agent-berlin-1"), QStringLiteral("bob")).ok());
        QVERIFY(ws.executions().recordStart(1, QStringLiteral("agent-berlin-1")).ok());
        QVERIFY(ws.executions()
                    .appendOutput(
                        1,
                        QStringLiteral(
                            "Creating directory user Maria Lopez <maria.lopez@example.com>\nDepartment: Finance\n"))
                    .ok());
        QVERIFY(ws.executions()
                    .finish(1, QStringLiteral("agent-berlin-1"), cs::ExecutionState::Succeeded, 0, QString())
                    .ok());
        bob->session->checkForChanges();
        bob->window->approvals()->incoming()->statusFilter()->setCurrentIndex(0);
        QVERIFY(bob->window->approvals()->selectRequest(1));
        bob->window->approvals()->detail()->tabs()->setCurrentIndex(4);
        const QString executionText = bob->window->approvals()->detail()->executionText();
        QVERIFY2(executionText.contains(language == QLatin1String("de") ? QStringLiteral("erfolgreich")
                                                                        : QStringLiteral("succeeded")),
                 qPrintable(executionText));
        save(bob->window.get(), language, QStringLiteral("execution"));
    }
    {
        auto dave = fixture.open(QStringLiteral("dave"));
        dave->window->showAdmin();
        QVERIFY(dave->window->admin()->actions()->openAction(QStringLiteral("create-directory-user")));
        auto* tabs
            = dave->window->admin()->actions()->editor()->findChild<QTabWidget*>(QStringLiteral("actionEditorTabs"));
        QVERIFY(tabs);
        tabs->setCurrentWidget(dave->window->admin()->actions()->editor()->approvalTab());
        save(dave->window.get(), language, QStringLiteral("admin-approval"));
        tabs->setCurrentIndex(1);
        save(dave->window.get(), language, QStringLiteral("admin-parameters"));
    }
    {
        // People and targets after creation: edit, disable, remove (refused with the reason), and the flow
        // editor naming a typo by line and column.
        auto dave = fixture.open(QStringLiteral("dave"));
        cs::Workspace& ws = dave->session->workspace();
        dave->window->showAdmin();
        AdminWidget* admin = dave->window->admin();
        admin->setCurrentWidget(admin->users());
        QVERIFY(ws.admin().setUserActive(QStringLiteral("dave"), QStringLiteral("grace"), false).ok());
        admin->users()->refresh();
        admin->users()->select(QStringLiteral("alice"));
        QVERIFY(!admin->users()->removeSelected());
        save(dave->window.get(), language, QStringLiteral("admin-people"));
        PersonDialog person(*ws.directory().user(QStringLiteral("alice")), *ws.directory().users());
        person.resize(820, person.sizeHint().height());
        person.show();
        save(&person, language, QStringLiteral("admin-person-dialog"));
        person.hide();
        admin->setCurrentWidget(admin->targets());
        admin->targets()->select(QStringLiteral("reports01"));
        QVERIFY(!admin->targets()->removeSelected());
        save(dave->window.get(), language, QStringLiteral("admin-targets"));
        TargetDialog target(*ws.directory().target(QStringLiteral("web01")), *ws.directory().users());
        target.resize(820, target.sizeHint().height());
        target.show();
        save(&target, language, QStringLiteral("admin-target-dialog"));
        target.hide();
        admin->setCurrentWidget(admin->actions());
        ActionEditor* editor = admin->actions()->editor();
        QVERIFY(admin->actions()->openAction(QStringLiteral("create-directory-user")));
        editor->findChild<QTabWidget*>(QStringLiteral("actionEditorTabs"))->setCurrentWidget(editor->approvalTab());
        editor->advancedMode()->setChecked(true);
        editor->policyJson()->setPlainText(
            QStringLiteral("{\n  \"approvalRequired\": true\n  \"approverGroups\": [\"security\"]\n}"));
        editor->validateFlowNow();
        QVERIFY(editor->flowStatus()->isError());
        save(dave->window.get(), language, QStringLiteral("admin-flow-error"));
        editor->policyJson()->setPlainText(QStringLiteral(
            "{\n  \"approvalRequired\": true,\n  \"approverGroups\": [\"security\"],\n  \"deadlineHours\": 12\n}"));
        editor->validateFlowNow();
        QVERIFY(!editor->flowStatus()->isError());
        save(dave->window.get(), language, QStringLiteral("admin-flow-valid"));
        dave->prompts.confirmAnswer = true; // leave the edits unsaved
        admin->setCurrentWidget(admin->users());
    }
    {
        // The catalogue: a typed date, a changed action offered for reload, a lost right.
        auto frank = fixture.open(QStringLiteral("frank"));
        frank->window->showCatalogue();
        cs::Workspace& ws = fixture.workspace(); // another connection: frank's client learns of it as others do
        CatalogueWidget* catalogue = frank->window->catalogue();
        QVERIFY(catalogue->selectAction(QStringLiteral("generate-report")));
        auto* since = qobject_cast<DateField*>(catalogue->form()->editor(QStringLiteral("since")));
        QVERIFY(since);
        QTest::keyClicks(since->lineEdit(), QStringLiteral("2026-12-07"));
        save(frank->window.get(), language, QStringLiteral("catalogue-date"));

        QVERIFY(catalogue->selectAction(QStringLiteral("restart-service")));
        QLineEdit* first = catalogue->form()->findChild<QLineEdit*>();
        QVERIFY(first);
        QTest::keyClicks(first, QStringLiteral("nginx"));
        QTest::keyClicks(catalogue->commentEdit(), QStringLiteral("Ticket 12"));
        auto version = ws.actions().currentVersion(QStringLiteral("restart-service"));
        auto policy = ws.actions().currentPolicy(QStringLiteral("restart-service"));
        cs::ActionFile file { version->definition, policy->policy };
        file.definition.description += QStringLiteral(" Now logs the restart.");
        QVERIFY(ws.admin().importAction(QStringLiteral("dave"), file).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!catalogue->reloadButton()->isHidden(), 5000);
        save(frank->window.get(), language, QStringLiteral("catalogue-changed"));
        QVERIFY(ws.admin()
                    .setMembership(QStringLiteral("dave"), QStringLiteral("operators"), QStringLiteral("frank"), false)
                    .ok());
        catalogue->reloadAction();
        QTRY_VERIFY_WITH_TIMEOUT(catalogue->banner()->isError(), 5000);
        save(frank->window.get(), language, QStringLiteral("catalogue-unavailable"));
    }
    {
        auto erin = fixture.open(QStringLiteral("erin"));
        erin->window->showAudit();
        QTRY_VERIFY(!erin->window->audit()->isLoading());
        erin->window->audit()->verify();
        QTRY_VERIFY_WITH_TIMEOUT(!erin->window->audit()->isVerifying(), 10000);
        save(erin->window.get(), language, QStringLiteral("audit"));
    }
    StartPage start;
    start.resize(820, 560);
    start.show();
    save(&start, language, QStringLiteral("start"));
}

QTEST_MAIN(TestGuiScreenshots)
#include "tst_gui_screenshots.moc"
