// Administration → Approval webhooks (issue 17): add one through the form (core's refusal shown in one
// sentence, nothing added), queue a test call, enable one the agent disabled after failures; and
// screenshots in English, German and dark. Offscreen.
#include <QDir>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>
#include <core/audit/auditevents.h>
#include <gui/guitestsupport.h>
#include <ui/admin/adminwidget.h>
#include <ui/admin/approvalwebhookspage.h>
#include <ui/approvals/approvalswidget.h>
#include <ui/approvals/requestdetailwidget.h>
#include <ui/messagebanner.h>

using namespace cs;
using namespace cs::ui;

namespace {

// Types a webhook into the page's form, as an admin would.
void fillForm(ApprovalWebhooksPage* page, const QString& name, const QString& url, const QString& headers = {},
              const QString& fields = {})
{
    page->findChild<QLineEdit*>(QStringLiteral("approvalWebhookName"))->setText(name);
    page->findChild<QLineEdit*>(QStringLiteral("approvalWebhookUrl"))->setText(url);
    page->findChild<QPlainTextEdit*>(QStringLiteral("approvalWebhookHeaders"))->setPlainText(headers);
    page->findChild<QPlainTextEdit*>(QStringLiteral("approvalWebhookFields"))->setPlainText(fields);
}

int auditCount(Workspace& ws, QLatin1String event)
{
    auto entries = ws.audit().entries(0, 100000);
    if (!entries.ok())
        qFatal("audit: %s", qPrintable(entries.error().message));
    int n = 0;
    for (const AuditEntry& e : *entries)
        n += e.event == event;
    return n;
}

} // namespace

class TestGuiApprovalWebhooks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addTestEnable();
    void othersChangesArriveWhileTyping();
    void aWebhookDisabledByHandSaysWhoDidIt();
    void theDetailNamesTheWebhookThatDecided_data();
    void theDetailNamesTheWebhookThatDecided();
    void screenshots_data();
    void screenshots();
};

void TestGuiApprovalWebhooks::addTestEnable()
{
    GuiFixture fixture;
    auto dave = fixture.open(QStringLiteral("dave")); // the demo's admin
    ApprovalWebhooksPage* page = dave->window->findChild<ApprovalWebhooksPage*>();
    QVERIFY(page);
    page->refresh();
    QCOMPARE(page->table()->model()->rowCount(), 0);

    // Core's refusal in one sentence, nothing added, and the form kept for correcting.
    fillForm(page, QStringLiteral("cmdb"), QStringLiteral("ftp://cmdb.example/approve"));
    page->findChild<QPushButton*>(QStringLiteral("addApprovalWebhook"))->click();
    QVERIFY(page->banner()->isError());
    QVERIFY2(page->banner()->text().contains(QStringLiteral("ftp://cmdb.example/approve")),
             qPrintable(page->banner()->text()));
    QCOMPARE(page->table()->model()->rowCount(), 0);
    QCOMPARE(page->findChild<QLineEdit*>(QStringLiteral("approvalWebhookName"))->text(), QStringLiteral("cmdb"));

    fillForm(page, QStringLiteral("cmdb"), QStringLiteral("https://cmdb.example/approve"),
             QStringLiteral("X-Team: ops"), QStringLiteral("tenant=acme"));
    QVERIFY2(page->addFromForm(), qPrintable(page->banner()->text()));
    QVERIFY(!page->banner()->isError());
    QCOMPARE(page->table()->model()->rowCount(), 1);
    QCOMPARE(tableText(page->table()),
             QStringLiteral("cmdb|Enabled|0||COUNTERSIGN_WEBHOOK_SECRET|https://cmdb.example/approve|"));
    auto stored = fixture.workspace().approvalWebhooks().webhooks(QStringLiteral("dave"));
    QVERIFY(stored.ok());
    QCOMPARE(stored->first().headers.value(QStringLiteral("X-Team")).toString(), QStringLiteral("ops"));
    QCOMPARE(stored->first().fields.value(QStringLiteral("tenant")).toString(), QStringLiteral("acme"));
    QVERIFY(page->findChild<QLineEdit*>(QStringLiteral("approvalWebhookName"))->text().isEmpty());

    // Nothing selected: neither Test nor Enable; an enabled webhook cannot be enabled again.
    QPushButton* test = page->findChild<QPushButton*>(QStringLiteral("testApprovalWebhook"));
    QPushButton* enable = page->findChild<QPushButton*>(QStringLiteral("enableApprovalWebhook"));
    QVERIFY(!test->isEnabled());
    QVERIFY(!enable->isEnabled());
    page->table()->selectRow(0);
    QVERIFY(test->isEnabled());
    QVERIFY(!enable->isEnabled());
    test->click();
    QVERIFY(!page->banner()->isError());
    QCOMPARE(auditCount(fixture.workspace(), AuditEvent::ApprovalWebhookTested), 1);

    // As the agent's sender does after repeated failures; the page shows it and offers Enable.
    ApprovalWebhookStore store(fixture.workspace().database());
    QVERIFY(store.recordResult(QStringLiteral("cmdb"), false, QStringLiteral("connection refused")).ok());
    QVERIFY(store.setEnabled(QStringLiteral("cmdb"), false).ok());
    page->refresh();
    QCOMPARE(
        tableText(page->table()),
        QStringLiteral("cmdb|Disabled|1|connection refused|COUNTERSIGN_WEBHOOK_SECRET|https://cmdb.example/approve|"));
    page->table()->selectRow(0);
    QVERIFY(enable->isEnabled());
    enable->click();
    QVERIFY2(!page->banner()->isError(), qPrintable(page->banner()->text()));
    QVERIFY(fixture.workspace().approvalWebhooks().webhooks(QStringLiteral("dave"))->first().enabled);
    QCOMPARE(page->table()->model()->index(0, 1).data().toString(), QStringLiteral("Enabled"));
    QCOMPARE(page->table()->model()->index(0, 2).data().toString(), QStringLiteral("0"));
    QCOMPARE(auditCount(fixture.workspace(), AuditEvent::ApprovalWebhookEnabled), 1);
}

// Issue 17, used as a person would: the page is shown, half a webhook typed in its form, while another
// admin adds one, and later enables the one this admin disabled. Both arrive; the form stays as typed.
void TestGuiApprovalWebhooks::othersChangesArriveWhileTyping()
{
    GuiFixture fixture;
    auto dave = fixture.open(QStringLiteral("dave"));
    AdminWidget* admin = dave->window->findChild<AdminWidget*>();
    ApprovalWebhooksPage* page = dave->window->findChild<ApprovalWebhooksPage*>();
    dave->window->findChild<QTabWidget*>(QStringLiteral("pages"))->setCurrentWidget(admin);
    admin->setCurrentWidget(page);
    QVERIFY(QTest::qWaitForWindowExposed(dave->window.get()));
    // The empty table says what belongs there.
    auto* empty = page->table()->findChild<QLabel*>(QStringLiteral("approvalWebhooksEmpty"));
    QVERIFY(empty);
    QVERIFY(empty->isVisible());
    QVERIFY2(empty->text().startsWith(QStringLiteral("No approval webhooks yet.")), qPrintable(empty->text()));

    fillForm(page, QStringLiteral("half-typed"), QStringLiteral("https://half"));
    ApprovalWebhookService hooks = fixture.workspace().approvalWebhooks(); // the other admin's connection
    QVERIFY(hooks
                .add(QStringLiteral("dave"),
                     { QStringLiteral("cmdb"), QStringLiteral("https://cmdb.example/"), {}, {}, {} })
                .ok());
    QTRY_COMPARE(page->table()->model()->rowCount(), 1);
    QVERIFY(!empty->isVisible());
    QCOMPARE(page->findChild<QLineEdit*>(QStringLiteral("approvalWebhookName"))->text(), QStringLiteral("half-typed"));
    QCOMPARE(page->findChild<QLineEdit*>(QStringLiteral("approvalWebhookUrl"))->text(), QStringLiteral("https://half"));

    // Disable: offered for an enabled webhook only, audited, shown.
    QPushButton* enable = page->findChild<QPushButton*>(QStringLiteral("enableApprovalWebhook"));
    QPushButton* disable = page->findChild<QPushButton*>(QStringLiteral("disableApprovalWebhook"));
    QVERIFY(disable);
    QVERIFY(!disable->isEnabled()); // nothing selected
    page->table()->selectRow(0);
    QVERIFY(disable->isEnabled());
    disable->click();
    QVERIFY2(!page->banner()->isError(), qPrintable(page->banner()->text()));
    QVERIFY(!hooks.webhooks(QStringLiteral("dave"))->first().enabled);
    QCOMPARE(auditCount(fixture.workspace(), AuditEvent::ApprovalWebhookDisabled), 1);
    QCOMPARE(page->table()->model()->index(0, 1).data().toString(), QStringLiteral("Disabled"));
    QVERIFY(enable->isEnabled());
    QVERIFY(!disable->isEnabled());

    // The other admin enables it again: it arrives, the selection stays, Disable is offered again.
    QVERIFY(hooks.enable(QStringLiteral("dave"), QStringLiteral("cmdb")).ok());
    QTRY_COMPARE(page->table()->model()->index(0, 1).data().toString(), QStringLiteral("Enabled"));
    QVERIFY(page->table()->selectionModel()->isRowSelected(0, {}));
    QVERIFY(disable->isEnabled());
    QCOMPARE(page->findChild<QLineEdit*>(QStringLiteral("approvalWebhookName"))->text(), QStringLiteral("half-typed"));

    // A webhook without a name is asked for one in a sentence, not told '"" is not' a name.
    fillForm(page, QString(), QStringLiteral("https://x.example/"));
    page->findChild<QPushButton*>(QStringLiteral("addApprovalWebhook"))->click();
    QVERIFY(page->banner()->isError());
    QVERIFY2(page->banner()->text().startsWith(QStringLiteral("Give the approval webhook a name")),
             qPrintable(page->banner()->text()));
}

// A webhook an admin disabled after a failure or two says who disabled it, not "after repeated
// failures"; that is said only when the agent's failure rule did it.
void TestGuiApprovalWebhooks::aWebhookDisabledByHandSaysWhoDidIt()
{
    GuiFixture fixture;
    ApprovalWebhookService hooks = fixture.workspace().approvalWebhooks();
    QVERIFY(hooks
                .add(QStringLiteral("dave"),
                     { QStringLiteral("cmdb"), QStringLiteral("https://cmdb.example/"), {}, {}, {} })
                .ok());
    ApprovalWebhookStore store(fixture.workspace().database());
    QVERIFY(store.recordResult(QStringLiteral("cmdb"), false, QStringLiteral("connection refused")).ok());
    auto dave = fixture.open(QStringLiteral("dave"));
    ApprovalWebhooksPage* page = dave->window->findChild<ApprovalWebhooksPage*>();
    page->refresh();
    page->table()->selectRow(0);
    page->findChild<QPushButton*>(QStringLiteral("disableApprovalWebhook"))->click();
    QVERIFY2(!page->banner()->isError(), qPrintable(page->banner()->text()));
    const QModelIndex status = page->table()->model()->index(0, 1);
    QCOMPARE(status.data().toString(), QStringLiteral("Disabled"));
    QCOMPARE(status.data(Qt::ToolTipRole).toString(),
             QStringLiteral("Disabled by dave; its phases wait for the admins."));

    // Enabled again, then the agent's sender disables it after repeated failures.
    QVERIFY(hooks.enable(QStringLiteral("dave"), QStringLiteral("cmdb")).ok());
    QVERIFY(store.recordResult(QStringLiteral("cmdb"), false, QStringLiteral("connection refused")).ok());
    QVERIFY(store.setEnabled(QStringLiteral("cmdb"), false).ok());
    page->refresh();
    QCOMPARE(page->table()->model()->index(0, 1).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Disabled after repeated failures; its phases wait for the admins."));
}

void TestGuiApprovalWebhooks::theDetailNamesTheWebhookThatDecided_data()
{
    QTest::addColumn<bool>("approve");
    QTest::newRow("approved") << true;
    QTest::newRow("declined") << false;
}

// Issue 17: a phase a webhook decided says so by name in the request's detail, not as a person.
void TestGuiApprovalWebhooks::theDetailNamesTheWebhookThatDecided()
{
    QFETCH(bool, approve);
    GuiFixture fixture;
    Workspace& ws = fixture.workspace();
    QVERIFY(ws.approvalWebhooks()
                .add(QStringLiteral("dave"),
                     { QStringLiteral("cmdb"), QStringLiteral("https://cmdb.example/"), {}, {}, {} })
                .ok());
    givePolicy(ws, QStringLiteral("rotate-logs"),
               QJsonDocument::fromJson(R"({"rules":[{"name":"default","phases":[
                   {"name":"CMDB","approve":{"webhook":"cmdb"}},
                   {"name":"People","approve":{"group":"approvers"}}]}]})")
                   .object());
    SubmitInput in { QStringLiteral("rotate-logs"),
                     { { QStringLiteral("unit"), QStringLiteral("nginx.service") } },
                     { QStringLiteral("web-staging") },
                     QStringLiteral("disk almost full on staging") };
    auto r = ws.requests().submit(QStringLiteral("alice"), in, SubmitMode::RequestApproval);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    auto token = ws.requests().issueWebhookToken(r->id, 0, QStringLiteral("cmdb"));
    QVERIFY2(token.ok(), qPrintable(token.error().message));
    auto decided = ws.requests().decideByWebhook(
        { *token, approve, approve ? QString() : QStringLiteral("no change ticket"), QStringLiteral("10.0.0.7") });
    QVERIFY2(decided.ok(), qPrintable(decided.error().message));

    auto alice = fixture.open(QStringLiteral("alice"));
    alice->window->showApprovals();
    alice->window->approvals()->showOutgoing();
    QVERIFY(alice->window->approvals()->selectRequest(r->id));
    auto* overview = alice->window->approvals()->detail()->findChild<QLabel*>(QStringLiteral("overview"));
    QTRY_VERIFY(overview->text().contains(QStringLiteral("#%1").arg(r->id)));
    const QString text = overview->text();
    QVERIFY2(text.contains(approve ? QStringLiteral("Approved by webhook cmdb on ")
                                   : QStringLiteral("Declined by webhook cmdb on ")),
             qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("webhook:cmdb")), qPrintable(text)); // never the internal login
    if (!approve)
        QVERIFY2(text.contains(QStringLiteral("Declined by:")), qPrintable(text));
}

void TestGuiApprovalWebhooks::screenshots_data()
{
    QTest::addColumn<QString>("variant");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("dark") << QStringLiteral("dark");
}

// The page with an enabled and a disabled webhook and a refusal, to build/screenshots/approvalwebhooks/.
void TestGuiApprovalWebhooks::screenshots()
{
    QFETCH(QString, variant);
    QDir out(QStringLiteral(CS_SCREENSHOT_DIR));
    QVERIFY(out.mkpath(QStringLiteral("approvalwebhooks")) && out.cd(QStringLiteral("approvalwebhooks")));
    ScreenshotLook look(variant == QLatin1String("de"), variant == QLatin1String("dark"));
    QVERIFY(look.loaded());
    GuiFixture fixture;
    ApprovalWebhookService hooks = fixture.workspace().approvalWebhooks();
    QVERIFY(hooks
                .add(QStringLiteral("dave"),
                     { QStringLiteral("cmdb"),
                       QStringLiteral("https://cmdb.example/approve"),
                       {},
                       {},
                       QStringLiteral("CMDB_KEY") })
                .ok());
    QVERIFY(hooks
                .add(QStringLiteral("dave"),
                     { QStringLiteral("scanner"), QStringLiteral("http://10.0.0.7:8080/"), {}, {}, {} })
                .ok());
    ApprovalWebhookStore store(fixture.workspace().database());
    QVERIFY(store.recordResult(QStringLiteral("scanner"), false, QStringLiteral("connection refused")).ok());
    QVERIFY(store.setEnabled(QStringLiteral("scanner"), false).ok());
    auto dave = fixture.open(QStringLiteral("dave"));
    AdminWidget* admin = dave->window->findChild<AdminWidget*>();
    ApprovalWebhooksPage* page = dave->window->findChild<ApprovalWebhooksPage*>();
    dave->window->findChild<QTabWidget*>(QStringLiteral("pages"))->setCurrentWidget(admin);
    admin->setCurrentWidget(page);
    QVERIFY(QTest::qWaitForWindowExposed(dave->window.get()));
    fillForm(page, QStringLiteral("Bad Name"), QStringLiteral("https://x.example/"), QStringLiteral("X-Team: ops"),
             QStringLiteral("tenant=acme"));
    QVERIFY(!page->addFromForm());
    page->table()->selectRow(1);
    QVERIFY(saveScreenshot(dave->window.get(), out.filePath(variant + QStringLiteral("-admin-approvalwebhooks.png"))));
    if (variant == QLatin1String("de")) {
        QCOMPARE(admin->tabText(admin->indexOf(page)), QStringLiteral("Genehmigungs-Webhooks"));
        QCOMPARE(page->table()->model()->index(1, 1).data().toString(), QStringLiteral("Deaktiviert"));
        QVERIFY2(page->banner()->text().contains(QStringLiteral("kein gültiger Name")),
                 qPrintable(page->banner()->text()));
    }
}

QTEST_MAIN(TestGuiApprovalWebhooks)
#include "tst_gui_approvalwebhooks.moc"
