// "Verify chain" on a large log: the answer comes from a worker thread while the window keeps
// handling events, with progress on the way.
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>
#include <gui/guitestsupport.h>
#include <ui/audit/auditwidget.h>

using namespace cs;
using namespace cs::ui;

namespace {

// Appends `count` entries to the global chain through core, in one transaction.
void seedLargeLog(Workspace& ws, int count, const QString& actor = QStringLiteral("dave"))
{
    TestWorkspace::must(ws.database().transaction([&]() -> Status {
        for (int i = 0; i < count; ++i)
            CS_TRY(ws.audit().append(actor, QStringLiteral("test.bulk"), 0, { { QStringLiteral("n"), i } }));
        return {};
    }),
                        "seed the audit log");
}

} // namespace

class TestGuiAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verifyKeepsTheWindowResponsive();
    void filtersNarrowTheLogByPersonRequestAndDate();
    void filteredViewKeepsTheReadersPlace();
};

void TestGuiAudit::verifyKeepsTheWindowResponsive()
{
    GuiFixture fixture;
    // Large enough that verifying takes many event-loop turns, small enough to seed in seconds.
    const bool postgres = qEnvironmentVariable("COUNTERSIGN_TEST_ENGINE") == QLatin1String("postgresql");
    seedLargeLog(fixture.workspace(), postgres ? 20000 : 80000);
    auto erin = fixture.open(QStringLiteral("erin"));
    erin->window->showAudit();
    AuditWidget* audit = erin->window->audit();

    // The GUI thread's own timer: it ticks only while the event loop runs.
    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(5);
    connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
    QStringList texts;
    QTimer watcher;
    watcher.setInterval(1);
    connect(&watcher, &QTimer::timeout, this, [&] {
        if (texts.isEmpty() || texts.last() != audit->verifyResult()->text())
            texts << audit->verifyResult()->text();
    });
    ticker.start();
    watcher.start();

    QTest::mouseClick(audit->verifyButton(), Qt::LeftButton);
    QVERIFY(audit->isVerifying());
    QVERIFY(!audit->verifyButton()->isEnabled());
    QVERIFY(audit->cancelButton()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!audit->isVerifying(), 20000);
    ticker.stop();
    watcher.stop();

    const QString result = audit->verifyResult()->text();
    QVERIFY2(result.contains(QLatin1String("intact")), qPrintable(result));
    QVERIFY(audit->verifyButton()->isEnabled());
    QVERIFY(!audit->cancelButton()->isVisible());
    QVERIFY2(ticks >= 3, qPrintable(QStringLiteral("the GUI thread ticked %1 times").arg(ticks)));
    int progress = 0;
    for (const QString& t : std::as_const(texts))
        if (t.contains(QLatin1String("entries read")) || t.startsWith(QLatin1String("Verifying")))
            ++progress;
    // The person saw that it is under way before the result: the "Verifying…" line, and progress
    // lines as the entries are read (how many depends on how fast the machine is: on a quick run
    // the result comes before the first progress report).
    QVERIFY2(progress >= 1 && !texts.first().contains(QLatin1String("intact")),
             qPrintable(texts.join(QLatin1Char('\n'))));

    // A tampered entry is still named.
    auto seq = fixture.workspace().database().exec(QStringLiteral("SELECT MAX(seq) FROM audit_log WHERE event = ?"),
                                                   { QStringLiteral("test.bulk") });
    QVERIFY(seq.ok() && seq->next());
    const qint64 tampered = seq->value(0).toLongLong() - 1000;
    seq->finish();
    QVERIFY(fixture.workspace()
                .database()
                .exec(QStringLiteral("UPDATE audit_log SET payload = ? WHERE seq = ?"),
                      { QStringLiteral("{\"n\":-1}"), tampered })
                .ok());
    audit->verify();
    QTRY_VERIFY_WITH_TIMEOUT(!audit->isVerifying(), 20000);
    QVERIFY2(
        audit->verifyResult()->text().contains(QStringLiteral("Audit entry #%1 (test.bulk) was altered").arg(tampered)),
        qPrintable(audit->verifyResult()->text()));

    // Cancelling stops it and says so.
    audit->verify();
    audit->cancelVerify();
    QTRY_VERIFY_WITH_TIMEOUT(!audit->isVerifying(), 20000);
    QVERIFY2(audit->verifyResult()->text().contains(QLatin1String("cancelled")),
             qPrintable(audit->verifyResult()->text()));
}

namespace {

// The Who and Request columns of every row shown.
QStringList columnOf(AuditWidget* audit, int column)
{
    auto* table = audit->findChild<QTableView*>(QStringLiteral("auditTable"));
    QStringList out;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        out << table->model()->index(row, column).data().toString();
    return out;
}

} // namespace

void TestGuiAudit::filtersNarrowTheLogByPersonRequestAndDate()
{
    GuiFixture fixture;
    auto erin = fixture.open(QStringLiteral("erin"));
    erin->window->showAudit();
    AuditWidget* audit = erin->window->audit();
    QTRY_VERIFY(audit->rowCount() > 0);
    const int everything = audit->rowCount();

    // A person: only their entries, read from the database (not the page already loaded).
    QTest::keyClicks(audit->actorEdit(), QStringLiteral("alice"));
    QTRY_VERIFY(audit->rowCount() > 0 && audit->rowCount() < everything);
    QVERIFY(!columnOf(audit, 2).isEmpty());
    for (const QString& who : columnOf(audit, 2))
        QCOMPARE(who, QStringLiteral("alice"));
    const int alices = audit->rowCount();
    // And a request: both at once.
    QTest::keyClicks(audit->requestEdit(), QStringLiteral("#2"));
    QTRY_VERIFY(audit->rowCount() > 0 && audit->rowCount() < alices);
    for (const QString& request : columnOf(audit, 4))
        QCOMPARE(request, QStringLiteral("#2"));

    // A change arriving while the filter stands: frank's decision is not alice's.
    const int before = audit->rowCount();
    QVERIFY(fixture.workspace().requests().decide(QStringLiteral("frank"), 2, true, QStringLiteral("ok")).ok());
    audit->refresh();
    QTRY_VERIFY(!audit->isLoading());
    QCOMPARE(audit->rowCount(), before);
    audit->actorEdit()->clear();
    audit->applyFilterNow();
    QTRY_VERIFY(!audit->isLoading());
    QVERIFY(columnOf(audit, 2).contains(QStringLiteral("frank")));

    // Dates: today holds everything; from tomorrow on, nothing yet.
    audit->requestEdit()->clear();
    audit->fromEdit()->setDate(QDate::currentDate());
    audit->toEdit()->setDate(QDate::currentDate());
    audit->applyFilterNow();
    QTRY_VERIFY(!audit->isLoading());
    QVERIFY(audit->rowCount() > everything); // and frank's vote
    audit->fromEdit()->setDate(QDate::currentDate().addDays(1));
    audit->toEdit()->setDate(audit->toEdit()->minimumDate()); // "any day"
    audit->applyFilterNow();
    QTRY_VERIFY(!audit->isLoading());
    QCOMPARE(audit->rowCount(), 0);
}

// Others' activity that the filter does not show never sends the reader back to the first page:
// the older page they opened stays, and a matching entry arrives on top.
void TestGuiAudit::filteredViewKeepsTheReadersPlace()
{
    GuiFixture fixture;
    seedLargeLog(fixture.workspace(), 12, QStringLiteral("kim"));
    seedLargeLog(fixture.workspace(), 12); // dave's, after kim's newest
    auto erin = fixture.open(QStringLiteral("erin"));
    erin->window->showAudit();
    AuditWidget* audit = erin->window->audit();
    QTRY_VERIFY(audit->rowCount() > 0);
    audit->setPageSize(5);
    audit->actorEdit()->setText(QStringLiteral("kim"));
    audit->applyFilterNow();
    QTRY_VERIFY(!audit->isLoading());
    QCOMPARE(audit->rowCount(), 5);
    audit->showOlder();
    QTRY_VERIFY(!audit->isLoading());
    QCOMPARE(audit->rowCount(), 10);

    // A little unrelated activity, then more than a page of it: the place stays.
    seedLargeLog(fixture.workspace(), 1);
    audit->refresh();
    QTRY_VERIFY(!audit->isLoading());
    QCOMPARE(audit->rowCount(), 10);
    seedLargeLog(fixture.workspace(), 12);
    audit->refresh();
    QTRY_VERIFY(!audit->isLoading());
    QCOMPARE(audit->rowCount(), 10);

    // kim's next entry comes on top of what is shown.
    seedLargeLog(fixture.workspace(), 1, QStringLiteral("kim"));
    audit->refresh();
    QVERIFY(audit->isLoading()); // read on a worker thread: the page stays as it was meanwhile
    QCOMPARE(audit->rowCount(), 10);
    QTRY_VERIFY(!audit->isLoading());
    QCOMPARE(audit->rowCount(), 11);
}

QTEST_MAIN(TestGuiAudit)
#include "tst_gui_audit.moc"
