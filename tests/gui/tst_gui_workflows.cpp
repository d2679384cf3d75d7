// Administration → Workflows (issue 19): the list with where-used counts, saving with core's impact
// sentence, archiving refused while in use, the diff between revisions, pending requests per
// revision, and the action editor referring an action to a workflow. Real widgets, offscreen.
#include <QComboBox>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTranslator>
#include <QtTest>
#include <core/admin/workflowservice.h>
#include <gui/guitestsupport.h>
#include <ui/admin/actioneditor.h>
#include <ui/admin/actionspage.h>
#include <ui/admin/adminwidget.h>
#include <ui/admin/workflowpolicytree.h>
#include <ui/admin/workflowspage.h>
#include <ui/messagebanner.h>

using namespace cs;
using namespace cs::ui;

namespace {

const QByteArray kChange = R"({"name": "change", "description": "Team lead review",
    "policy": {"approvalRequired": true, "approverGroups": ["approvers"]}})";

void saveWorkflow(Workspace& ws, const QByteArray& json)
{
    auto file = WorkflowFile::parse(json);
    TestWorkspace::must(file.ok() ? Status() : Status(file.error()), "parse workflow");
    auto saved = ws.workflows().save(QStringLiteral("dave"), *file);
    TestWorkspace::must(saved.ok() ? Status() : Status(saved.error()), "save workflow");
}

// Makes a demo action refer to a workflow, as an admin importing its file would.
void referTo(Workspace& ws, const QString& action, const QString& workflow)
{
    givePolicy(ws, action, { { QStringLiteral("workflow"), workflow } });
}

// Reads again and waits for the page's worker to hand over the result.
bool reload(WorkflowsPage* page, const QString& name)
{
    QSignalSpy loaded(page, &WorkflowsPage::loaded);
    page->select(name);
    return loaded.wait(10000);
}

bool settle(WorkflowsPage* page)
{
    QSignalSpy loaded(page, &WorkflowsPage::loaded);
    return !page->isLoading() || loaded.wait(10000);
}

QStringList diffLines(QListWidget* view, const QString& mark)
{
    QStringList out;
    for (int i = 0; i < view->count(); ++i)
        if (view->item(i)->text().startsWith(mark))
            out << view->item(i)->text();
    return out;
}

QString revisionRow(QTableView* view, int revision)
{
    for (int r = 0; r < view->model()->rowCount(); ++r)
        if (view->model()->index(r, 0).data().toString() == QString::number(revision))
            return view->model()->index(r, 1).data().toString() + QLatin1Char('|')
                + view->model()->index(r, 3).data().toString();
    return {};
}

// The row of one workflow in the list, every cell followed by '|' (as tableText does).
QString workflowRow(QTableView* view, const QString& name)
{
    const QAbstractItemModel* m = view->model();
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->index(r, 0).data().toString() != name)
            continue;
        QString row;
        for (int c = 0; c < m->columnCount(); ++c)
            row += m->index(r, c).data().toString() + QLatin1Char('|');
        return row;
    }
    return {};
}

} // namespace

class TestGuiWorkflows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsWorkflowsWithWhereUsed();
    void savingShowsTheImpactAndTheDiffShowsWhatChanged();
    void archivingInUseIsRefusedWithCoreSentence();
    void editorChecksAsTypedAndShowsTheStructure();
    void actionEditorRefersAnActionToAWorkflow();
    void policyTreeShowsTheIntakeInTheReadersLanguage();
    void screenshots_data();
    void screenshots(); // en, de and dark: looked at by people, not compared
};

void TestGuiWorkflows::listsWorkflowsWithWhereUsed()
{
    GuiFixture fixture;
    fixture.clock().set(fixture.clock().now().addSecs(60)); // saved after the demo's requests
    saveWorkflow(fixture.workspace(), kChange);
    saveWorkflow(fixture.workspace(), R"({"name": "spare", "policy": {"approvalRequired": false}})");
    referTo(fixture.workspace(), QStringLiteral("restart-service"), QStringLiteral("change"));
    referTo(fixture.workspace(), QStringLiteral("create-directory-user"), QStringLiteral("change"));
    auto dave = fixture.open(QStringLiteral("dave"));
    auto* page = dave->window->admin()->findChild<WorkflowsPage*>();
    QVERIFY(page);
    QVERIFY(reload(page, QStringLiteral("change")));

    // Both demo requests are pending, and both of their actions now use "change".
    QCOMPARE(page->table()->model()->rowCount(), 4); // with the demo's directory-change and standard-change
    QCOMPARE(workflowRow(page->table(), QStringLiteral("change")), QStringLiteral("change|Team lead review|1|||2|2|"));
    QCOMPARE(workflowRow(page->table(), QStringLiteral("spare")), QStringLiteral("spare||1|||0|0|"));
    // set-initial-password still uses the demo's shared workflow, without a pending request.
    QVERIFY(workflowRow(page->table(), QStringLiteral("directory-change")).endsWith(QLatin1String("|1|||1|0|")));
    // The demo's default gates rotate-logs, which has no policy of its own.
    QVERIFY(workflowRow(page->table(), QStringLiteral("standard-change")).endsWith(QLatin1String("|1|Default||1|0|")));
    QCOMPARE(page->usedBy()->count(), 2);
    QCOMPARE(page->usedBy()->item(0)->text(), QStringLiteral("create-directory-user"));
    QCOMPARE(page->usedBy()->item(1)->text(), QStringLiteral("restart-service"));
    // They were submitted before the actions referred to it: no revision's snapshot.
    QCOMPARE(revisionRow(page->revisionTable(), 1), QStringLiteral("dave|0"));

    // The default workflow also counts the actions without a policy of their own.
    QVERIFY(reload(page, QStringLiteral("spare")));
    QVERIFY(page->setSelectedAsDefault());
    QVERIFY(page->banner()->text().contains(QLatin1String("is now the default")));
    QVERIFY(settle(page));
    QCOMPARE(workflowRow(page->table(), QStringLiteral("spare")), QStringLiteral("spare||1|Default||1|0|"));
    QVERIFY(workflowRow(page->table(), QStringLiteral("standard-change")).endsWith(QLatin1String("|1|||0|0|")));
}

void TestGuiWorkflows::savingShowsTheImpactAndTheDiffShowsWhatChanged()
{
    GuiFixture fixture;
    fixture.clock().set(fixture.clock().now().addSecs(60)); // saved after the demo's requests
    saveWorkflow(fixture.workspace(), kChange);
    referTo(fixture.workspace(), QStringLiteral("restart-service"), QStringLiteral("change"));
    referTo(fixture.workspace(), QStringLiteral("create-directory-user"), QStringLiteral("change"));
    // One request submitted under revision 1 (later than it, so the page can tell).
    fixture.clock().set(fixture.clock().now().addSecs(60));
    auto third
        = fixture.workspace().requests().submit(QStringLiteral("alice"),
                                                { QStringLiteral("restart-service"),
                                                  { { QStringLiteral("service"), QStringLiteral("sshd.service") } },
                                                  { QStringLiteral("web01") },
                                                  QStringLiteral("Config reload") },
                                                SubmitMode::RequestApproval);
    QVERIFY2(third.ok(), qPrintable(third.error().message));
    fixture.clock().set(fixture.clock().now().addSecs(60));

    auto dave = fixture.open(QStringLiteral("dave"));
    auto* page = dave->window->admin()->findChild<WorkflowsPage*>();
    QVERIFY(reload(page, QStringLiteral("change")));
    QString text = page->editor()->toPlainText();
    QVERIFY(text.contains(QLatin1String("\"approvers\"")));
    page->editor()->setPlainText(text.replace(QLatin1String("\"approvers\""), QLatin1String("\"security\"")));
    QSignalSpy loaded(page, &WorkflowsPage::loaded);
    QVERIFY(page->save());
    QVERIFY(!page->banner()->isError());
    QCOMPARE(page->banner()->text(),
             QStringLiteral("Workflow change saved (revision 2): affects new requests of 2 actions; 3 pending "
                            "requests keep their snapshot."));
    QVERIFY(loaded.wait(10000));
    QVERIFY(tableText(page->table()).startsWith(QLatin1String("change|Team lead review|2|||2|3|")));

    // History: who saved each revision and the pending request submitted under the first.
    QCOMPARE(page->revisionTable()->model()->rowCount(), 2);
    QCOMPARE(revisionRow(page->revisionTable(), 1), QStringLiteral("dave|1"));
    QCOMPARE(revisionRow(page->revisionTable(), 2), QStringLiteral("dave|0"));

    // The diff (shown for the two newest by default) names exactly the changed line.
    page->showDiff(1, 2);
    const QStringList removed = diffLines(page->diffView(), QStringLiteral("- "));
    const QStringList added = diffLines(page->diffView(), QStringLiteral("+ "));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(added.size(), 1);
    QVERIFY(removed.first().contains(QLatin1String("\"approvers\"")));
    QVERIFY(added.first().contains(QLatin1String("\"security\"")));
    page->showDiff(2, 2);
    QVERIFY(diffLines(page->diffView(), QStringLiteral("+ ")).isEmpty());
    QVERIFY(diffLines(page->diffView(), QStringLiteral("- ")).isEmpty());

    // Saving it again unchanged makes no revision.
    QVERIFY(page->save());
    QCOMPARE(page->banner()->text(), QStringLiteral("Workflow change is unchanged."));
}

void TestGuiWorkflows::archivingInUseIsRefusedWithCoreSentence()
{
    GuiFixture fixture;
    saveWorkflow(fixture.workspace(), kChange);
    saveWorkflow(fixture.workspace(), R"({"name": "spare", "policy": {"approvalRequired": false}})");
    referTo(fixture.workspace(), QStringLiteral("restart-service"), QStringLiteral("change"));
    auto dave = fixture.open(QStringLiteral("dave"));
    auto* page = dave->window->admin()->findChild<WorkflowsPage*>();
    QVERIFY(reload(page, QStringLiteral("change")));
    const int asked = dave->prompts.confirmations.size();
    QVERIFY(!page->archiveSelected());
    QCOMPARE(dave->prompts.confirmations.size(), asked); // refused before asking
    QVERIFY(page->banner()->isError());
    QCOMPARE(page->banner()->text(),
             QStringLiteral("Workflow \"change\" cannot be archived: actions refer to it (restart-service)."));
    auto stored = WorkflowStore(fixture.workspace().database()).workflow(QStringLiteral("change"));
    QVERIFY(stored.ok() && !stored->archived);

    // An unused one is archived once confirmed, and the list says so.
    QVERIFY(reload(page, QStringLiteral("spare")));
    QVERIFY(page->archiveSelected());
    QCOMPARE(dave->prompts.confirmations.size(), asked + 1);
    QVERIFY(settle(page));
    QVERIFY(tableText(page->table()).contains(QLatin1String("spare||1||Archived|0|0|")));
}

void TestGuiWorkflows::editorChecksAsTypedAndShowsTheStructure()
{
    GuiFixture fixture;
    auto dave = fixture.open(QStringLiteral("dave"));
    auto* page = dave->window->admin()->findChild<WorkflowsPage*>();
    QVERIFY(settle(page));
    page->newWorkflow();
    page->editor()->setPlainText(QStringLiteral(R"({"name": "prod", "policy": {"rules": [
        {"name": "production", "when": [{"field": "target.environment", "op": "eq", "value": "production"}],
         "phases": [{"name": "Review", "approve": {"all": [{"group": "tech-leads"}, {"group": "security"}]}}]},
        {"name": "default", "phases": [{"name": "Approval", "approve": {"group": "approvers"}}]}]},
        "colour": "blue"})"));
    page->validateNow();
    QVERIFY(page->editorStatus()->isError());
    QCOMPARE(page->editorStatus()->text(), QStringLiteral("Workflow field \"colour\" is unknown."));
    QVERIFY(!page->save()); // nothing is written
    QVERIFY(!WorkflowStore(fixture.workspace().database()).workflow(QStringLiteral("prod")).ok());

    QString text = page->editor()->toPlainText();
    page->editor()->setPlainText(text.replace(QLatin1String(",\n        \"colour\": \"blue\""), QString()));
    page->validateNow();
    QVERIFY2(!page->editorStatus()->isError(), qPrintable(page->editorStatus()->text()));
    const QString tree = page->policyTree()->text();
    QVERIFY2(tree.contains(QLatin1String("Rule production\n  When: target.environment eq production\n  Phase "
                                         "Review (1 approver(s))\n    All of\n")),
             qPrintable(tree));
    QVERIFY(page->save());
    QVERIFY(page->banner()->text().startsWith(QLatin1String("Workflow prod saved (revision 1): affects new requests "
                                                            "of 0 actions")));
    QVERIFY(WorkflowStore(fixture.workspace().database()).workflow(QStringLiteral("prod")).ok());
}

void TestGuiWorkflows::actionEditorRefersAnActionToAWorkflow()
{
    GuiFixture fixture;
    saveWorkflow(fixture.workspace(), kChange);
    saveWorkflow(fixture.workspace(), R"({"name": "old", "policy": {"approvalRequired": false}})");
    TestWorkspace::must(fixture.workspace().workflows().archive(QStringLiteral("dave"), QStringLiteral("old")),
                        "archive");
    auto dave = fixture.open(QStringLiteral("dave"));
    ActionsPage* actions = dave->window->admin()->actions();
    actions->refresh();
    QVERIFY(actions->openAction(QStringLiteral("generate-report")));
    QComboBox* choice = actions->editor()->workflowChoice();
    QVERIFY(choice->findData(QStringLiteral("change")) >= 0);
    QCOMPARE(choice->findData(QStringLiteral("old")), -1); // archived: not offered

    choice->setCurrentIndex(choice->findData(QStringLiteral("change")));
    QVERIFY(actions->editor()->isModified());
    QVERIFY(actions->save());
    auto policy = fixture.workspace().actions().currentPolicy(QStringLiteral("generate-report"));
    QVERIFY(policy.ok());
    QVERIFY(policy->policy.refersToWorkflow);
    QCOMPARE(policy->policy.workflow, QStringLiteral("change"));
    // Reopened, the editor shows the reference, not an own policy.
    QVERIFY(actions->openAction(QStringLiteral("generate-report")));
    QCOMPARE(actions->editor()->workflowChoice()->currentData().toString(), QStringLiteral("change"));
    QVERIFY(!actions->editor()->isModified());

    // The default workflow: an empty policy, which the demo's default (standard-change) resolves.
    choice->setCurrentIndex(choice->findData(QStringLiteral("(default)")));
    QVERIFY2(actions->save(), qPrintable(actions->banner()->text()));
    auto byDefault = fixture.workspace().actions().currentPolicy(QStringLiteral("generate-report"));
    QVERIFY(byDefault.ok());
    QVERIFY(byDefault->policy.refersToWorkflow);
    QVERIFY(byDefault->policy.workflow.isEmpty());
    // With no default in the workspace, core refuses it, in its words.
    auto archived = fixture.workspace().workflows().archive(QStringLiteral("dave"), QStringLiteral("standard-change"));
    QVERIFY2(!archived.ok(), "the default workflow was archived while actions use it");
    QVERIFY(actions->openAction(QStringLiteral("create-directory-user")));
    QCOMPARE(actions->editor()->workflowChoice()->currentData().toString(), QStringLiteral("directory-change"));
}

void TestGuiWorkflows::policyTreeShowsTheIntakeInTheReadersLanguage()
{
    auto policy = Policy::fromJson(QJsonDocument::fromJson(R"({"approverGroups": ["approvers"], "deadlineHours": 48,
        "intake": {"ticket": {"label": "HR or change ticket", "pattern": "^(HR|CHG)-[0-9]+$", "required": false},
                   "minCommentLength": 15}})")
                                       .object());
    QVERIFY2(policy.ok(), qPrintable(policy.error().message));
    WorkflowPolicyTree tree;
    tree.showPolicy(*policy);
    QString text = tree.text();
    QVERIFY2(
        text.contains(QLatin1String("  Asks for: HR or change ticket (optional)\n    Matching ^(HR|CHG)-[0-9]+$\n")),
        qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("  Comment of at least 15 characters\n")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("a member of approvers")), qPrintable(text));
    {
        const ScreenshotLook german(true, false);
        QVERIFY(german.loaded());
        tree.showPolicy(*policy);
        text = tree.text();
    }
    // Core keeps the criterion in English with each decision; the tree says it in German.
    QVERIFY2(text.contains(QLatin1String("ein Mitglied von approvers")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Verlangt: HR or change ticket (optional)")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("a member of")), qPrintable(text));
}

void TestGuiWorkflows::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("English, dark palette") << QStringLiteral("en-dark");
}

void TestGuiWorkflows::screenshots()
{
    QFETCH(QString, language);
    QDir().mkpath(QStringLiteral(CS_SCREENSHOT_DIR));
    QTranslator translator;
    QTranslator coreTranslator;
    if (language == QLatin1String("de")) {
        QVERIFY(translator.load(QStringLiteral(":/i18n/countersign_de.qm")));
        QCoreApplication::installTranslator(&translator);
        QVERIFY(coreTranslator.load(QStringLiteral(":/i18n/countersign_core_de.qm")));
        QCoreApplication::installTranslator(&coreTranslator);
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    }
    const QPalette lightPalette = QApplication::palette();
    const QString lightStyle = QApplication::style()->name();
    if (language == QLatin1String("en-dark")) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
    }
    const auto save = [&](QWidget* widget, const QString& screen) {
        const QString path = QStringLiteral(CS_SCREENSHOT_DIR "/%1-%2.png").arg(language, screen);
        QVERIFY2(widget->grab().save(path), qPrintable(path));
    };
    {
        GuiFixture fixture;
        fixture.clock().set(fixture.clock().now().addSecs(60));
        saveWorkflow(fixture.workspace(), kChange);
        saveWorkflow(fixture.workspace(), R"({"name": "standard", "description": "Any approver", "default": true,
            "policy": {"approvalRequired": true, "approverGroups": ["approvers"], "deadlineHours": 48}})");
        referTo(fixture.workspace(), QStringLiteral("restart-service"), QStringLiteral("change"));
        referTo(fixture.workspace(), QStringLiteral("create-directory-user"), QStringLiteral("change"));
        auto dave = fixture.open(QStringLiteral("dave"));
        dave->window->showAdmin();
        AdminWidget* admin = dave->window->admin();
        auto* page = admin->findChild<WorkflowsPage*>();
        admin->setCurrentWidget(page);
        QVERIFY(reload(page, QStringLiteral("change")));
        fixture.clock().set(fixture.clock().now().addSecs(3600));
        QString text = page->editor()->toPlainText();
        page->editor()->setPlainText(text.replace(QLatin1String(R"("approverGroups": [
            "approvers"
        ])"),
                                                  QLatin1String(R"("approverGroups": [
            "approvers",
            "security"
        ])")));
        QSignalSpy loaded(page, &WorkflowsPage::loaded);
        QVERIFY(page->save());
        QVERIFY(loaded.wait(10000));
        save(dave->window.get(), QStringLiteral("workflows-editor-impact"));
        page->detailTabs()->setCurrentIndex(1);
        page->showDiff(1, 2);
        save(dave->window.get(), QStringLiteral("workflows-history-diff"));
        page->detailTabs()->setCurrentIndex(2);
        save(dave->window.get(), QStringLiteral("workflows-where-used"));

        ActionsPage* actions = admin->actions();
        admin->setCurrentWidget(actions);
        actions->refresh();
        QVERIFY(actions->openAction(QStringLiteral("restart-service")));
        actions->editor()
            ->findChild<QTabWidget*>(QStringLiteral("actionEditorTabs"))
            ->setCurrentWidget(actions->editor()->approvalTab());
        save(dave->window.get(), QStringLiteral("action-workflow-picker"));
    }
    QCoreApplication::removeTranslator(&translator);
    QCoreApplication::removeTranslator(&coreTranslator);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    if (language == QLatin1String("en-dark")) {
        QApplication::setStyle(QStyleFactory::create(lightStyle));
        QApplication::setPalette(lightPalette);
    }
}

QTEST_MAIN(TestGuiWorkflows)
#include "tst_gui_workflows.moc"
