// Out of office, preferences and webhooks in the desktop client: the delegation dialog hands
// approvals over and ends them, a delegate's decision reads "Erin for Bob", the Notifications page
// saves through core and locks mandatory notices, and a disabled webhook is re-enabled. Offscreen.
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStyleFactory>
#include <QTableView>
#include <QTranslator>
#include <QtTest>
#include <gui/guitestsupport.h>
#include <ui/admin/adminwidget.h>
#include <ui/admin/webhookspage.h>
#include <ui/approvals/approvalswidget.h>
#include <ui/approvals/requestdetailwidget.h>
#include <ui/decisiondialog.h>
#include <ui/delegationdialog.h>
#include <ui/messagebanner.h>
#include <ui/preferencesdialog.h>

using namespace cs;
using namespace cs::ui;

class TestGuiDelegation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dialogHandsApprovalsOverAndEndsThem();
    void adminsHandOverSomeoneElses();
    void delegatesDecisionShowsBothNames();
    void notificationsPageSavesAndLocksMandatory();
    void webhooksPageReenablesADisabledWebhook();
    void screenshots_data();
    void screenshots();
};

void TestGuiDelegation::dialogHandsApprovalsOverAndEndsThem()
{
    GuiFixture fixture;
    auto bob = fixture.open(QStringLiteral("bob"));
    DelegationDialog dialog(*bob->session);
    QVERIFY(dialog.delegatorCombo()->isHidden()); // not an admin
    QCOMPARE(dialog.delegateCombo()->findData(QStringLiteral("bob")), -1); // never oneself
    dialog.delegateCombo()->setCurrentIndex(dialog.delegateCombo()->findData(QStringLiteral("erin")));

    // An end before the start is refused by core, in one sentence, and nothing is stored.
    dialog.untilEdit()->setDateTime(dialog.fromEdit()->dateTime().addDays(-1));
    QVERIFY(!dialog.add());
    QVERIFY(dialog.banner()->isError());
    QVERIFY(fixture.workspace().delegations().list(QStringLiteral("bob"))->isEmpty());

    dialog.untilEdit()->setDateTime(dialog.fromEdit()->dateTime().addDays(7));
    QVERIFY2(dialog.add(), qPrintable(dialog.banner()->text()));
    QCOMPARE(dialog.table()->model()->rowCount(), 1);
    QCOMPARE(dialog.table()->model()->index(0, 2).data().toString(), QStringLiteral("erin"));
    auto stored = fixture.workspace().delegations().list(QStringLiteral("bob"));
    QCOMPARE(stored->size(), 1);
    QCOMPARE(stored->first().delegate, QStringLiteral("erin"));

    QVERIFY(!dialog.endButton()->isEnabled());
    dialog.table()->selectRow(0);
    QVERIFY(dialog.endButton()->isEnabled());
    QVERIFY(dialog.endSelected());
    QCOMPARE(dialog.table()->model()->rowCount(), 0);
    QVERIFY(fixture.workspace().delegations().list(QStringLiteral("bob"))->isEmpty());
}

void TestGuiDelegation::adminsHandOverSomeoneElses()
{
    GuiFixture fixture;
    auto dave = fixture.open(QStringLiteral("dave"));
    DelegationDialog dialog(*dave->session);
    QVERIFY(!dialog.delegatorCombo()->isHidden());
    dialog.delegatorCombo()->setCurrentIndex(dialog.delegatorCombo()->findData(QStringLiteral("bob")));
    dialog.delegateCombo()->setCurrentIndex(dialog.delegateCombo()->findData(QStringLiteral("erin")));
    QVERIFY2(dialog.add(), qPrintable(dialog.banner()->text()));
    const Delegation d = fixture.workspace().delegations().list(QStringLiteral("bob"))->first();
    QCOMPARE(d.delegator, QStringLiteral("bob"));
    QCOMPARE(d.createdBy, QStringLiteral("dave"));
}

void TestGuiDelegation::delegatesDecisionShowsBothNames()
{
    GuiFixture fixture;
    const qint64 now = fixture.workspace().clock().nowMs();
    QVERIFY(fixture.workspace()
                .delegations()
                .add(QStringLiteral("bob"), { {}, QStringLiteral("erin"), now - 60000, now + 86400000 })
                .ok());
    auto queue = fixture.workspace().requests().incoming(QStringLiteral("erin"));
    QVERIFY2(queue.ok() && !queue->requests.isEmpty(), "bob's items reach erin's queue");
    const qint64 id = queue->requests.first().id;

    auto erin = fixture.open(QStringLiteral("erin"));
    erin->window->showApprovals();
    QTRY_VERIFY(erin->window->approvals()->selectRequest(id));
    RequestDetailWidget* detail = erin->window->approvals()->detail();
    QTRY_VERIFY(detail->approveButton()->isEnabled());
    QVERIFY2(detail->decisionHint()->text().contains(QLatin1String("Bob Brown")),
             qPrintable(detail->decisionHint()->text()));
    // The dialog asking for the comment says whose vote it is.
    auto details = fixture.workspace().requests().details(QStringLiteral("erin"), id);
    QVERIFY(details.ok());
    DecisionDialog dialog(QStringLiteral("Approve"), *details, false);
    QVERIFY2(dialog.valueOf(QStringLiteral("Deciding for:")).startsWith(QLatin1String("bob")),
             qPrintable(dialog.valueOf(QStringLiteral("Deciding for:"))));
    erin->prompts.comments << QStringLiteral("Bob is away; looks right");
    detail->approve();
    QTRY_VERIFY2(detail->overview()->text().contains(QLatin1String("Erin Evans (erin) for Bob Brown (bob)")),
                 qPrintable(detail->overview()->text()));
    const Decision vote = fixture.workspace().requestStore().decisions(id)->first();
    QCOMPARE(vote.approver, QStringLiteral("bob"));
    QCOMPARE(vote.decidedBy, QStringLiteral("erin"));
}

void TestGuiDelegation::notificationsPageSavesAndLocksMandatory()
{
    GuiFixture fixture;
    QVERIFY(
        fixture.workspace()
            .notify()
            .setDefault(QStringLiteral("dave"), Notice::Failed, NoticeChannel::Email, QStringLiteral("immediate"), true)
            .ok());
    auto bob = fixture.open(QStringLiteral("bob"));
    PreferencesDialog dialog(*bob->session);
    QCOMPARE(dialog.pageList()->count(), 1);
    QCOMPARE(dialog.pageList()->item(0)->text(), QStringLiteral("Notifications"));
    NotificationsPage* page = dialog.notifications();
    // Every event is named in words, none by its stored key ("reminder", "feedback", ...).
    for (QLabel* label : page->findChildren<QLabel*>())
        QVERIFY2(!Notice::events().contains(label->text()), qPrintable(label->text()));

    QComboBox* approval = page->combo(Notice::ApprovalNeeded, NoticeChannel::Email);
    QVERIFY(approval);
    approval->setCurrentIndex(approval->findData(QStringLiteral("digest")));
    bool saved = false;
    const auto prefs = fixture.workspace().notify().preferences(QStringLiteral("bob"));
    for (const NoticePreference& p : *prefs)
        saved = saved || (p.event == Notice::ApprovalNeeded && p.mode == NoticeMode::Digest);
    QVERIFY(saved);
    QVERIFY(!page->banner()->isError());

    // Mandatory: "off" cannot be picked, and the row says why.
    QComboBox* failed = page->combo(Notice::Failed, NoticeChannel::Email);
    auto* model = qobject_cast<QStandardItemModel*>(failed->model());
    QVERIFY(model && !model->item(failed->findData(QStringLiteral("off")))->isEnabled());
    auto* lock = page->findChild<QLabel*>(QStringLiteral("lock_failed"));
    QVERIFY(lock && lock->text().contains(QLatin1String("administrator")));
    // Even if set anyway, core refuses and the page goes back to what is stored.
    failed->setCurrentIndex(failed->findData(QStringLiteral("off")));
    QVERIFY(page->banner()->isError());
    QCOMPARE(failed->currentData().toString(), QStringLiteral("immediate"));
}

void TestGuiDelegation::webhooksPageReenablesADisabledWebhook()
{
    GuiFixture fixture;
    QVERIFY(fixture.workspace()
                .notify()
                .addWebhook(QStringLiteral("dave"), QStringLiteral("chat"),
                            QStringLiteral("https://hooks.example.com/T1"), QStringLiteral("slack"))
                .ok());
    // As the agent leaves it after five failures in a row.
    QVERIFY(
        fixture.workspace()
            .database()
            .exec(QStringLiteral("UPDATE notify_webhooks SET enabled = 0, failures = 5, last_error = ? WHERE name = ?"),
                  { QStringLiteral("HTTP 500 from the receiver"), QStringLiteral("chat") })
            .ok());
    auto dave = fixture.open(QStringLiteral("dave"));
    WebhooksPage* page = dave->window->findChild<AdminWidget*>()->webhooks();
    page->refresh();
    QTableView* table = page->table();
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 2).data().toString(), QStringLiteral("Disabled"));
    QCOMPARE(table->model()->index(0, 3).data().toString(), QStringLiteral("5"));
    QCOMPARE(table->model()->index(0, 4).data().toString(), QStringLiteral("HTTP 500 from the receiver"));
    QVERIFY(!page->reenableButton()->isEnabled());
    page->select(QStringLiteral("chat"));
    QVERIFY(page->reenableButton()->isEnabled());
    QVERIFY(page->reenableSelected());
    QCOMPARE(table->model()->index(0, 2).data().toString(), QStringLiteral("Enabled"));
    QVERIFY(!page->reenableButton()->isEnabled());
    QVERIFY(fixture.workspace().notify().webhooks(QStringLiteral("dave"))->first().enabled);
}

void TestGuiDelegation::screenshots_data()
{
    QTest::addColumn<QString>("variant");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("dark") << QStringLiteral("dark");
}

// The delegation dialog, the Notifications page, the Webhooks page and a decision "Erin for Bob",
// to build/screenshots/delegation/ for people to look at; the German ones must be German.
void TestGuiDelegation::screenshots()
{
    QFETCH(QString, variant);
    QDir out(QStringLiteral(CS_SCREENSHOT_DIR));
    QVERIFY(out.mkpath(QStringLiteral("delegation")) && out.cd(QStringLiteral("delegation")));
    ScreenshotLook look(variant == QLatin1String("de"), variant == QLatin1String("dark"));
    QVERIFY(look.loaded());
    GuiFixture fixture;
    const qint64 now = fixture.workspace().clock().nowMs();
    QVERIFY(fixture.workspace()
                .delegations()
                .add(QStringLiteral("bob"), { {}, QStringLiteral("erin"), now - 60000, now + 7 * 86400000LL })
                .ok());
    QVERIFY(
        fixture.workspace()
            .notify()
            .setDefault(QStringLiteral("dave"), Notice::Failed, NoticeChannel::Email, QStringLiteral("immediate"), true)
            .ok());
    QVERIFY(fixture.workspace()
                .notify()
                .addWebhook(QStringLiteral("dave"), QStringLiteral("chat"),
                            QStringLiteral("https://hooks.example.com/T1"), QStringLiteral("slack"))
                .ok());
    QVERIFY(
        fixture.workspace()
            .database()
            .exec(QStringLiteral("UPDATE notify_webhooks SET enabled = 0, failures = 5, last_error = ? WHERE name = ?"),
                  { QStringLiteral("HTTP 500 Internal Server Error"), QStringLiteral("chat") })
            .ok());
    const auto save = [&](QWidget* w, const QString& screen) {
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        QCoreApplication::processEvents();
        const QString path = out.filePath(QStringLiteral("%1-%2.png").arg(variant, screen));
        QVERIFY2(w->grab().save(path), qPrintable(path));
    };
    auto bob = fixture.open(QStringLiteral("bob"));
    {
        DelegationDialog dialog(*bob->session, bob->window.get());
        dialog.table()->selectRow(0);
        save(&dialog, QStringLiteral("delegation-dialog"));
        if (variant == QLatin1String("de"))
            QCOMPARE(dialog.windowTitle(), QStringLiteral("Abwesenheit"));
    }
    {
        PreferencesDialog dialog(*bob->session, bob->window.get());
        save(&dialog, QStringLiteral("preferences-notifications"));
        if (variant == QLatin1String("de"))
            QCOMPARE(dialog.pageList()->item(0)->text(), QStringLiteral("Benachrichtigungen"));
    }
    auto dave = fixture.open(QStringLiteral("dave"));
    AdminWidget* admin = dave->window->findChild<AdminWidget*>();
    dave->window->findChild<QTabWidget*>(QStringLiteral("pages"))->setCurrentWidget(admin);
    admin->setCurrentWidget(admin->webhooks());
    admin->webhooks()->select(QStringLiteral("chat"));
    save(dave->window.get(), QStringLiteral("admin-webhooks"));

    auto queue = fixture.workspace().requests().incoming(QStringLiteral("erin"));
    QVERIFY(queue.ok() && !queue->requests.isEmpty());
    const qint64 id = queue->requests.first().id;
    auto erin = fixture.open(QStringLiteral("erin"));
    erin->window->showApprovals();
    QTRY_VERIFY(erin->window->approvals()->selectRequest(id));
    RequestDetailWidget* detail = erin->window->approvals()->detail();
    QTRY_VERIFY(detail->approveButton()->isEnabled());
    erin->prompts.comments << QStringLiteral("Bob is away this week; checked with him");
    detail->approve();
    QTRY_VERIFY(detail->overview()->text().contains(QLatin1String("(erin)")));
    save(erin->window.get(), QStringLiteral("decision-for"));
}

QTEST_MAIN(TestGuiDelegation)
#include "tst_gui_delegation.moc"
