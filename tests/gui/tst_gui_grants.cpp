// The Active grants page (issue 15): the grants a reviewer may see with their time left, a failing
// revoke in red, Keep… and Revoke… through core's access review; screenshots in English, German, dark.
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTranslator>
#include <QtTest>
#include <core/audit/grantevents.h>
#include <gui/guitestsupport.h>
#include <memory>
#include <ui/grants/activegrantsmodel.h>
#include <ui/grants/activegrantswidget.h>
#include <ui/models/itemroles.h>

using namespace cs;
using namespace cs::ui;

namespace {

// alice asks for temporary admin for `person` (on `behalfOf`'s behalf, when given); bob approves;
// the grant script ran: active.
qint64 activeGrant(GuiFixture& fixture, const QString& person, const QString& duration, const QString& behalfOf = {})
{
    Workspace& ws = fixture.workspace();
    SubmitInput in { QStringLiteral("grant-temporary-admin"),
                     { { QStringLiteral("person"), person } },
                     { QStringLiteral("web-staging") },
                     QStringLiteral("deploy INC-42") };
    in.duration = duration;
    in.behalfOf = behalfOf;
    auto r = ws.requests().submit(QStringLiteral("alice"), in, SubmitMode::RequestApproval);
    if (!r.ok())
        qFatal("submit: %s", qPrintable(r.error().message));
    auto decided = ws.requests().decide(QStringLiteral("bob"), r->id, true, QStringLiteral("ok"));
    if (!decided.ok())
        qFatal("decide: %s", qPrintable(decided.error().message));
    auto plan = ws.executions().claim(r->id, QStringLiteral("a1"), QStringLiteral("test"));
    if (!plan.ok())
        qFatal("claim: %s", qPrintable(plan.error().message));
    TestWorkspace::must(ws.executions().recordStart(r->id, QStringLiteral("a1")), "start");
    TestWorkspace::must(ws.executions().finish(r->id, QStringLiteral("a1"), ExecutionState::Succeeded, 0, {}),
                        "finish");
    return r->id;
}

// The demo's grant-temporary-admin, which the help desk (alice) may also ask for on someone's behalf.
void allowOnBehalf(GuiFixture& fixture)
{
    QFile demo(QStringLiteral(":/countersign/demo/grant-temporary-admin.json"));
    if (!demo.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(demo.fileName()));
    QJsonObject json = QJsonDocument::fromJson(demo.readAll()).object();
    json.insert(QStringLiteral("onBehalf"),
                QJsonObject { { QStringLiteral("requesterGroups"), QJsonArray { QStringLiteral("helpdesk") } } });
    auto file = ActionFile::parse(QJsonDocument(json).toJson());
    if (!file.ok())
        qFatal("parse: %s", qPrintable(file.error().message));
    auto imported = fixture.workspace().admin().importAction(QStringLiteral("dave"), *file);
    if (!imported.ok())
        qFatal("import: %s", qPrintable(imported.error().message));
}

// Answers the next comment dialog with `text`.
void answerNextDialog(const QString& text)
{
    QTimer::singleShot(0, [text] {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (auto* dialog = qobject_cast<QInputDialog*>(w); dialog && dialog->isVisible()) {
                dialog->setTextValue(text);
                dialog->accept();
                return;
            }
    });
}

// Answers the comment dialogs as they come, one answer each, and records the text each one offered.
void answerDialogs(QStringList answers, const std::shared_ptr<QStringList>& offered, int tries = 200)
{
    QTimer::singleShot(0, [answers, offered, tries]() mutable {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (auto* dialog = qobject_cast<QInputDialog*>(w); dialog && dialog->isVisible()) {
                *offered << dialog->textValue();
                dialog->setTextValue(answers.takeFirst());
                if (!answers.isEmpty())
                    answerDialogs(answers, offered);
                dialog->accept();
                return;
            }
        if (tries > 0)
            answerDialogs(answers, offered, tries - 1); // not shown yet
    });
}

} // namespace

class TestGuiGrants : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsKeepsAndRevokes();
    void aRefusedCommentIsOfferedAgainAsTyped();
    void scopeAndLiveUpdates();
    void buttonsFollowWhatCoreAllows();
    void screenshots_data();
    void screenshots();
};

void TestGuiGrants::listsKeepsAndRevokes()
{
    GuiFixture fixture;
    const qint64 kept = activeGrant(fixture, QStringLiteral("kim"), QStringLiteral("1h"));
    const qint64 revoked = activeGrant(fixture, QStringLiteral("lee"), QStringLiteral("5m"));
    auto bob = fixture.open(QStringLiteral("bob")); // the approver
    auto* page = bob->window->findChild<ActiveGrantsWidget*>(QStringLiteral("activeGrants"));
    QVERIFY(page);
    auto* view = page->findChild<QTableView*>(QStringLiteral("activeGrantsView"));
    QTRY_COMPARE(view->model()->rowCount(), 2); // read on the page's worker thread
    QCOMPARE(page->scope(), GrantScope::ApprovedByMe); // not an admin or auditor: no All
    // No heading is clipped, even in a large font (a desktop theme's, or German words).
    bob->window->pages()->setCurrentWidget(page);
    bob->window->show();
    QVERIFY(QTest::qWaitForWindowExposed(bob->window.get()));
    QFont large = view->font();
    large.setPointSize(20);
    view->setFont(large);
    view->horizontalHeader()->setFont(large);
    const auto headingsFit = [view] {
        for (int column = 0; column + 1 < view->model()->columnCount(); ++column)
            if (view->horizontalHeader()->sectionSize(column) < view->horizontalHeader()->sectionSizeHint(column))
                return false;
        return true;
    };
    QTRY_VERIFY(headingsFit());
    QCOMPARE(view->model()->index(0, 0).data(RequestIdRole).toLongLong(), revoked); // soonest ending first
    QVERIFY(view->model()
                ->index(0, ActiveGrantsModel::EndsColumn)
                .data()
                .toString()
                .startsWith(QStringLiteral("ends in ")));
    QCOMPARE(view->model()->index(0, ActiveGrantsModel::ApprovedByColumn).data().toString(), QStringLiteral("bob"));
    auto* keep = page->findChild<QPushButton*>(QStringLiteral("keepGrant"));
    auto* revoke = page->findChild<QPushButton*>(QStringLiteral("revokeGrant"));
    QVERIFY(!keep->isEnabled()); // nothing selected

    view->selectRow(1);
    QVERIFY(keep->isEnabled());
    answerNextDialog(QStringLiteral("still deploying"));
    keep->click();
    auto entries = fixture.workspace().audit().entries(kept);
    bool reviewed = false;
    for (const AuditEntry& e : *entries)
        reviewed = reviewed || e.event == AuditEvent::GrantReviewed;
    QVERIFY(reviewed);
    QTRY_COMPARE(view->model()->index(1, ActiveGrantsModel::ReviewColumn).data().toString().left(11),
                 QStringLiteral("kept by bob"));

    view->selectRow(0);
    answerNextDialog(QStringLiteral("deploy done"));
    revoke->click();
    auto row = fixture.workspace().grants().revocation(revoked);
    QVERIFY(row.ok() && *row);
    QCOMPARE((*row)->earlyBy, QStringLiteral("bob"));
    QCOMPARE(page->findChild<QLabel*>(QStringLiteral("activeGrantsStatus"))->text(),
             QStringLiteral("The grant of request #%1 is revoked at the agent's next tick.").arg(revoked));

    // carol approved neither: nothing to review.
    auto carol = fixture.open(QStringLiteral("carol"));
    auto* hers = carol->window->findChild<ActiveGrantsWidget*>(QStringLiteral("activeGrants"));
    QTRY_VERIFY(!hers->isLoading());
    QCOMPARE(hers->findChild<QTableView*>(QStringLiteral("activeGrantsView"))->model()->rowCount(), 0);
    // An empty table says what would be there.
    auto* empty = hers->findChild<QLabel*>(QStringLiteral("activeGrantsViewEmpty"));
    QVERIFY(empty);
    QVERIFY(!empty->isHidden());
    QVERIFY2(empty->text().startsWith(QStringLiteral("No active grants for you to review.")),
             qPrintable(empty->text()));
    QVERIFY(page->findChild<QLabel*>(QStringLiteral("activeGrantsViewEmpty"))->isHidden());
}

// A comment core refuses (too long) comes back in the dialog as typed, the reason said; the
// corrected one is recorded.
void TestGuiGrants::aRefusedCommentIsOfferedAgainAsTyped()
{
    GuiFixture fixture;
    const qint64 id = activeGrant(fixture, QStringLiteral("kim"), QStringLiteral("1h"));
    auto bob = fixture.open(QStringLiteral("bob"));
    auto* page = bob->window->findChild<ActiveGrantsWidget*>(QStringLiteral("activeGrants"));
    auto* view = page->findChild<QTableView*>(QStringLiteral("activeGrantsView"));
    QTRY_COMPARE(view->model()->rowCount(), 1); // the list is read off the GUI thread
    view->selectRow(0);
    const QString tooLong = QStringLiteral("still deploying ") + QString(4000, QLatin1Char('x'));
    auto offered = std::make_shared<QStringList>();
    answerDialogs({ tooLong, QStringLiteral("still deploying") }, offered);
    page->findChild<QPushButton*>(QStringLiteral("keepGrant"))->click();
    QCOMPARE(offered->size(), 2);
    QCOMPARE(offered->at(0), QString());
    QCOMPARE(offered->at(1), tooLong); // offered again as typed
    QCOMPARE(page->findChild<QLabel*>(QStringLiteral("activeGrantsStatus"))->text(),
             QStringLiteral("The grant of request #%1 is kept; the review is recorded.").arg(id));
    QTRY_COMPARE(view->model()->index(0, ActiveGrantsModel::ReviewColumn).data().toString().left(11),
                 QStringLiteral("kept by bob"));
}

// The scope chooses whose grants: alice's own, bob's approved, all for the admin; a grant made by
// someone else arrives live, and the selection stays on its row.
void TestGuiGrants::scopeAndLiveUpdates()
{
    GuiFixture fixture;
    const qint64 first = activeGrant(fixture, QStringLiteral("kim"), QStringLiteral("1h"));
    auto alice = fixture.open(QStringLiteral("alice")); // the requester
    auto* hers = alice->window->findChild<ActiveGrantsWidget*>(QStringLiteral("activeGrants"));
    auto* herView = hers->findChild<QTableView*>(QStringLiteral("activeGrantsView"));
    QTRY_VERIFY(!hers->isLoading());
    QCOMPARE(herView->model()->rowCount(), 0); // she approved none
    auto* scope = hers->findChild<QComboBox*>(QStringLiteral("activeGrantsScope"));
    QCOMPARE(scope->count(), 2); // Mine, Approved by me: All is for admins and auditors
    hers->setScope(GrantScope::Mine);
    QTRY_COMPARE(herView->model()->rowCount(), 1);
    QVERIFY(!hers->findChild<QPushButton*>(QStringLiteral("keepGrant"))->isEnabled());

    auto dave = fixture.open(QStringLiteral("dave")); // the admin
    auto* all = dave->window->findChild<ActiveGrantsWidget*>(QStringLiteral("activeGrants"));
    QCOMPARE(all->scope(), GrantScope::All);
    auto* allView = all->findChild<QTableView*>(QStringLiteral("activeGrantsView"));
    QTRY_COMPARE(allView->model()->rowCount(), 1);
    allView->selectRow(0);

    // Another client makes a grant that ends sooner: both pages show it; dave's selection stays.
    const qint64 second = activeGrant(fixture, QStringLiteral("lee"), QStringLiteral("5m"));
    QTRY_COMPARE(herView->model()->rowCount(), 2);
    QTRY_COMPARE(allView->model()->rowCount(), 2);
    QCOMPARE(allView->model()->index(0, 0).data(RequestIdRole).toLongLong(), second);
    const QModelIndexList selected = allView->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data(RequestIdRole).toLongLong(), first);
}

// Keep… and Revoke… follow what core says each reader may do with the selected grant, the reason
// as their tooltip: the auditor reading All and erin, whom the grant is for, may do neither; bob,
// who approved it, both; alice, who asked, may end it early but not review it.
void TestGuiGrants::buttonsFollowWhatCoreAllows()
{
    GuiFixture fixture;
    allowOnBehalf(fixture);
    const qint64 id = activeGrant(fixture, QStringLiteral("erin"), QStringLiteral("1h"), QStringLiteral("erin"));
    const QString notReviewer
        = QStringLiteral("Only an admin or an approver of request #%1 can review its grant.").arg(id);
    const QString notEntitled
        = QStringLiteral("Only the requester (alice), an admin or an approver of request #%1 can revoke it.").arg(id);
    struct Reader
    {
        QString login;
        GrantScope scope;
        bool keeps;
        bool revokes;
    };
    for (const Reader& reader : { Reader { QStringLiteral("erin"), GrantScope::All, false, false },
                                  Reader { QStringLiteral("erin"), GrantScope::Mine, false, false },
                                  Reader { QStringLiteral("bob"), GrantScope::ApprovedByMe, true, true },
                                  Reader { QStringLiteral("alice"), GrantScope::Mine, false, true } }) {
        auto client = fixture.open(reader.login);
        auto* page = client->window->findChild<ActiveGrantsWidget*>(QStringLiteral("activeGrants"));
        auto* view = page->findChild<QTableView*>(QStringLiteral("activeGrantsView"));
        page->setScope(reader.scope);
        QCOMPARE(page->scope(), reader.scope);
        QTRY_VERIFY(!page->isLoading());
        QTRY_COMPARE(view->model()->rowCount(), 1);
        view->selectRow(0);
        auto* keep = page->findChild<QPushButton*>(QStringLiteral("keepGrant"));
        auto* revoke = page->findChild<QPushButton*>(QStringLiteral("revokeGrant"));
        const QByteArray who = reader.login.toUtf8();
        QVERIFY2(keep->isEnabled() == reader.keeps, who.constData());
        QVERIFY2(revoke->isEnabled() == reader.revokes, who.constData());
        if (!reader.keeps)
            QCOMPARE(keep->toolTip(), notReviewer);
        if (!reader.revokes)
            QCOMPARE(revoke->toolTip(), notEntitled);
    }
}

void TestGuiGrants::screenshots_data()
{
    QTest::addColumn<QString>("variant");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("dark") << QStringLiteral("dark");
}

// The Active grants page with a failing revoke, and the revoke dialog, to build/screenshots/grants/.
void TestGuiGrants::screenshots()
{
    QFETCH(QString, variant);
    if (qEnvironmentVariable("COUNTERSIGN_TEST_ENGINE") == QLatin1String("postgresql"))
        QSKIP("the SQLite run writes these pictures; two runs at once would write the same files");
    QDir out(QStringLiteral(CS_SCREENSHOT_DIR));
    QVERIFY(out.mkpath(QStringLiteral("grants")) && out.cd(QStringLiteral("grants")));
    ScreenshotLook look(variant == QLatin1String("de"), variant == QLatin1String("dark"));
    QVERIFY(look.loaded());
    GuiFixture fixture;
    activeGrant(fixture, QStringLiteral("kim"), QStringLiteral("1h"));
    const qint64 failing = activeGrant(fixture, QStringLiteral("lee"), QStringLiteral("1h"));
    activeGrant(fixture, QStringLiteral("sam"), QStringLiteral("5m"));
    QVERIFY(fixture.workspace()
                .database()
                .exec(QStringLiteral("UPDATE revocations SET attempts = 3, last_error = ? WHERE request_id = ?"),
                      { QStringLiteral("The revoke script exited with code 1. Output: ldap_modify: Can't contact "
                                       "LDAP server (-1)"),
                        failing })
                .ok());
    auto dave = fixture.open(QStringLiteral("dave")); // the admin sees every grant
    auto* page = dave->window->findChild<ActiveGrantsWidget*>(QStringLiteral("activeGrants"));
    dave->window->findChild<QTabWidget*>(QStringLiteral("pages"))->setCurrentWidget(page);
    page->refresh();
    auto* view = page->findChild<QTableView*>(QStringLiteral("activeGrantsView"));
    QTRY_VERIFY(!page->isLoading());
    QCOMPARE(view->model()->rowCount(), 3);
    view->resizeColumnsToContents();
    view->selectRow(0);
    QVERIFY(QTest::qWaitForWindowExposed(dave->window.get()));
    QCoreApplication::processEvents();
    const QString pagePath = out.filePath(QStringLiteral("%1-active-grants.png").arg(variant));
    QVERIFY2(dave->window->grab().save(pagePath), qPrintable(pagePath));

    // The revoke dialog as it asks for the comment (grabbed, then cancelled).
    QString dialogPath = out.filePath(QStringLiteral("%1-revoke-dialog.png").arg(variant));
    bool grabbed = false;
    QTimer::singleShot(100, [&] {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (auto* dialog = qobject_cast<QInputDialog*>(w); dialog && dialog->isVisible()) {
                dialog->setTextValue(QStringLiteral("vendor finished"));
                grabbed = dialog->grab().save(dialogPath);
                dialog->reject();
            }
    });
    page->findChild<QPushButton*>(QStringLiteral("revokeGrant"))->click();
    QVERIFY(grabbed);
    if (variant == QLatin1String("de"))
        QCOMPARE(page->findChild<QPushButton*>(QStringLiteral("revokeGrant"))->text(), QStringLiteral("Entziehen …"));

    dave.reset();
}

QTEST_MAIN(TestGuiGrants)
#include "tst_gui_grants.moc"
