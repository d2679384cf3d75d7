#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QtTest>
#include <core/common/clock.h>
#include <ui/approvals/requestqueueview.h>
#include <ui/grants/activegrantsmodel.h>
#include <ui/models/actionlistmodel.h>
#include <ui/models/itemroles.h>
#include <ui/models/parametertablemodel.h>
#include <ui/models/requestfilterproxy.h>
#include <ui/models/requesttablemodel.h>
#include <ui/models/simpletablemodel.h>

using namespace cs;
using namespace cs::ui;

namespace {

Request request(qint64 id, RequestState state, const QString& action, const QString& comment, qint64 created)
{
    Request r;
    r.id = id;
    r.action = action;
    r.requester = QStringLiteral("alice");
    r.comment = comment;
    r.state = state;
    r.createdAt = created;
    r.updatedAt = created;
    r.deadline = created + 3600000;
    r.flow.phases.append(Phase {});
    return r;
}

} // namespace

class TestGuiModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestModelDiffsByIdAndKeepsRows();
    void proxyFiltersByStatusAndText();
    void proxySortsByTimeNotText();
    void durationColumnAndStartTime();
    void activeGrantsCountDownAndShowFailingRevokes();
    void simpleAndActionModels();
    void parameterModelEditsCoreDefinitions();
    void statusFilterListsCoresStates();
};

void TestGuiModels::requestModelDiffsByIdAndKeepsRows()
{
    RequestTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRequests({ request(1, RequestState::Pending, QStringLiteral("a"), QStringLiteral("x"), 1000),
                        request(2, RequestState::Pending, QStringLiteral("b"), QStringLiteral("y"), 2000) });
    QCOMPARE(model.rowCount(), 2);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removes(&model, &QAbstractItemModel::rowsRemoved);
    Request approved = request(2, RequestState::Approved, QStringLiteral("b"), QStringLiteral("y"), 2000);
    approved.updatedAt = 3000;
    model.setRequests({ approved, request(3, RequestState::Pending, QStringLiteral("c"), QStringLiteral("z"), 4000) });
    QCOMPARE(resets.count(), 0);
    QCOMPARE(removes.count(), 1);
    QCOMPARE(inserts.count(), 1);
    QCOMPARE(changes.count(), 1);
    QCOMPARE(model.ids(), (QList<qint64> { 2, 3 }));
    QCOMPARE(model.index(0, RequestTableModel::StatusColumn).data().toString(), QStringLiteral("approved"));
    QCOMPARE(model.index(1, RequestTableModel::StatusColumn).data().toString(), QStringLiteral("pending (1/1)"));
    QCOMPARE(model.index(1, 0).data(RequestIdRole).toLongLong(), 3);
}

void TestGuiModels::proxyFiltersByStatusAndText()
{
    RequestTableModel model;
    RequestFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRequests(
        { request(1, RequestState::Pending, QStringLiteral("create-user"), QStringLiteral("new hire"), 1000),
          request(2, RequestState::Rejected, QStringLiteral("restart"), QStringLiteral("tls cert"), 2000),
          request(3, RequestState::Pending, QStringLiteral("restart"), QStringLiteral("memory leak"), 3000) });
    proxy.setStates({ QStringLiteral("pending") });
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setSearchText(QStringLiteral("RESTART"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(RequestIdRole).toLongLong(), 3);
    proxy.setStates({});
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setSearchText(QStringLiteral("#1"));
    QCOMPARE(proxy.rowCount(), 1);
}

void TestGuiModels::proxySortsByTimeNotText()
{
    RequestTableModel model;
    RequestFilterProxy proxy;
    proxy.setSourceModel(&model);
    // Ids 9 and 10 sort wrongly as text ("#10" < "#9"); the sort role keeps them numeric.
    model.setRequests({ request(9, RequestState::Pending, QStringLiteral("a"), {}, 5000),
                        request(10, RequestState::Pending, QStringLiteral("b"), {}, 1000) });
    proxy.sort(RequestTableModel::IdColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, 0).data(RequestIdRole).toLongLong(), 9);
    proxy.sort(RequestTableModel::CreatedColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, 0).data(RequestIdRole).toLongLong(), 10);
}

void TestGuiModels::durationColumnAndStartTime()
{
    RequestTableModel model;
    RequestFilterProxy proxy;
    proxy.setSourceModel(&model);
    Request eightHours = request(1, RequestState::Approved, QStringLiteral("grant"), {}, 1000);
    eightHours.durationSeconds = 8 * 3600;
    eightHours.notBefore = 1767225600000; // 2026-01-01T00:00:00Z
    Request oneHour = request(2, RequestState::Pending, QStringLiteral("grant"), {}, 2000);
    oneHour.durationSeconds = 3600;
    const Request ordinary = request(3, RequestState::Pending, QStringLiteral("restart"), {}, 3000);
    model.setRequests({ eightHours, oneHour, ordinary });
    QCOMPARE(model.headerData(RequestTableModel::DurationColumn, Qt::Horizontal).toString(),
             QStringLiteral("Duration"));
    QCOMPARE(model.index(0, RequestTableModel::DurationColumn).data().toString(), QStringLiteral("8h"));
    QCOMPARE(model.index(1, RequestTableModel::DurationColumn).data().toString(), QStringLiteral("1h"));
    QCOMPARE(model.index(2, RequestTableModel::DurationColumn).data().toString(), QString());
    QCOMPARE(model.index(0, RequestTableModel::StatusColumn).data().toString(),
             QStringLiteral("approved, runs at %1")
                 .arg(QLocale().toString(fromMs(1767225600000).toLocalTime(), QLocale::ShortFormat)));
    proxy.sort(RequestTableModel::DurationColumn, Qt::DescendingOrder); // by seconds, not by text
    QCOMPARE(proxy.index(0, 0).data(RequestIdRole).toLongLong(), 1);
    QCOMPARE(proxy.index(1, 0).data(RequestIdRole).toLongLong(), 2);
}

void TestGuiModels::activeGrantsCountDownAndShowFailingRevokes()
{
    ActiveGrantsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 now = 1767225600000;
    ReviewItem fine;
    fine.request = request(4, RequestState::Active, QStringLiteral("grant"), {}, 1000);
    fine.request.targets = { QStringLiteral("web01"), QStringLiteral("web02") };
    fine.request.activeUntil = now + 3 * 3600 * 1000;
    fine.approvedBy = { QStringLiteral("alice") };
    ReviewItem failing = fine;
    failing.request.id = 5;
    failing.request.activeUntil = now - 60 * 1000;
    failing.revocation = Revocation {};
    failing.revocation->state = QStringLiteral("waiting");
    failing.revocation->attempts = 3;
    failing.revocation->lastError = QStringLiteral("ldap down");
    model.setItems({ fine, failing });
    model.setNow(now);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, ActiveGrantsModel::EndsColumn).data().toString(), QStringLiteral("ends in 3 h 0 min"));
    QCOMPARE(model.index(0, ActiveGrantsModel::TargetsColumn).data().toString(), QStringLiteral("web01, web02"));
    QCOMPARE(model.index(0, ActiveGrantsModel::ApprovedByColumn).data().toString(), QStringLiteral("alice"));
    QCOMPARE(model.index(0, ActiveGrantsModel::RevokeColumn).data().toString(), QStringLiteral("scheduled"));
    QVERIFY(!model.index(0, 0).data(Qt::ForegroundRole).isValid());
    QCOMPARE(model.index(1, ActiveGrantsModel::EndsColumn).data().toString(), QStringLiteral("ends now"));
    QCOMPARE(model.index(1, ActiveGrantsModel::RevokeColumn).data().toString(),
             QStringLiteral("REVOKE FAILING: 3 attempt(s); last error: ldap down"));
    QVERIFY(model.index(1, 0).data(Qt::ForegroundRole).isValid()); // loud
    QCOMPARE(model.index(1, 0).data(RequestIdRole).toLongLong(), 5);
    QCOMPARE(ActiveGrantsModel::timeLeft(now, now + 61 * 1000), QStringLiteral("ends in 2 min"));
    QCOMPARE(ActiveGrantsModel::timeLeft(now, now + 3 * 86400 * 1000), QStringLiteral("ends in 3 days"));
}

void TestGuiModels::simpleAndActionModels()
{
    SimpleTableModel simple({ QStringLiteral("A"), QStringLiteral("B") });
    QAbstractItemModelTester tester(&simple, QAbstractItemModelTester::FailureReportingMode::QtTest);
    simple.setRows({ { QStringLiteral("1"), QStringLiteral("2") }, { QStringLiteral("3") } }, { 7, 8 });
    QCOMPARE(simple.rowCount(), 2);
    QCOMPARE(simple.index(1, 1).data().toString(), QString());
    QCOMPARE(simple.index(1, 0).data(RowDataRole).toInt(), 8);
    // A marked cell stands out and explains itself; it follows its row when rows are inserted above.
    simple.markCell(0, 1, QStringLiteral("why"));
    QCOMPARE(simple.index(0, 1).data(Qt::ToolTipRole).toString(), QStringLiteral("why"));
    QVERIFY(simple.index(0, 1).data(Qt::BackgroundRole).isValid());
    QVERIFY(!simple.index(0, 0).data(Qt::BackgroundRole).isValid());
    QCOMPARE(simple.index(0, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("1"));
    simple.addRows(0, { { QStringLiteral("0") } });
    QVERIFY(!simple.isMarked(0, 1));
    QVERIFY(simple.isMarked(1, 1));
    simple.setRows({ { QStringLiteral("1"), QStringLiteral("2") } });
    QVERIFY(!simple.index(0, 1).data(Qt::BackgroundRole).isValid());

    ActionListModel actions;
    QAbstractItemModelTester actionTester(&actions, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ActionVersion v;
    v.definition.name = QStringLiteral("restart-service");
    v.definition.description = QStringLiteral("Restart a unit");
    actions.setActions({ v });
    QCOMPARE(actions.index(0).data(SearchTextRole).toString(), QStringLiteral("restart-service Restart a unit"));
    QVERIFY(actions.action(QStringLiteral("restart-service")));
    QVERIFY(!actions.action(QStringLiteral("other")));
}

void TestGuiModels::parameterModelEditsCoreDefinitions()
{
    ParameterTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ParameterDefinition count;
    count.name = QStringLiteral("count");
    count.type = ParameterType::Integer;
    count.defaultValue = 3.0;
    count.minimum = 1;
    model.setParameters({ count });
    QCOMPARE(model.rowCount(), 1);
    using M = ParameterTableModel;
    QCOMPARE(model.index(0, M::TypeColumn).data(Qt::EditRole).toString(), QStringLiteral("integer"));
    QCOMPARE(model.index(0, M::TypeColumn).data().toString(), ParameterTableModel::typeLabel(ParameterType::Integer));
    QCOMPARE(model.index(0, M::DefaultColumn).data().toString(), QStringLiteral("3"));
    QCOMPARE(model.index(0, M::MinColumn).data().toString(), QStringLiteral("1"));
    QCOMPARE(model.index(0, M::MaxColumn).data().toString(), QString());

    // Cells write the definition's typed fields.
    model.addParameter();
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.setData(model.index(1, M::NameColumn), QStringLiteral("  region ")));
    QVERIFY(model.setData(model.index(1, M::TypeColumn), QStringLiteral("choice")));
    QVERIFY(model.setData(model.index(1, M::ChoicesColumn), QStringLiteral("eu, us,, asia ")));
    QVERIFY(model.setData(model.index(1, M::RequiredColumn), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(model.setData(model.index(1, M::DefaultColumn), QStringLiteral("eu")));
    QVERIFY(!model.setData(model.index(1, M::TypeColumn), QStringLiteral("float"))); // not a core type
    QVERIFY(!model.setData(model.index(0, M::MaxColumn), QStringLiteral("ten"))); // a bound is a number
    QVERIFY(model.setData(model.index(0, M::MaxColumn), QStringLiteral("10")));
    const ParameterDefinition& region = model.parameters().at(1);
    QCOMPARE(region.name, QStringLiteral("region"));
    QCOMPARE(region.type, ParameterType::Choice);
    QCOMPARE(region.choices, (QStringList { QStringLiteral("eu"), QStringLiteral("us"), QStringLiteral("asia") }));
    QVERIFY(region.required);
    QCOMPARE(region.defaultValue, QJsonValue(QStringLiteral("eu")));
    QCOMPARE(model.parameters().at(0).maximum, std::optional<qint64>(10));

    // A default is typed by its parameter's type, also when the type changes after it.
    QVERIFY(model.setData(model.index(0, M::TypeColumn), QStringLiteral("string")));
    QCOMPARE(model.parameters().at(0).defaultValue, QJsonValue(QStringLiteral("3")));
    QVERIFY(model.setData(model.index(0, M::TypeColumn), QStringLiteral("integer")));
    QCOMPARE(model.parameters().at(0).defaultValue, QJsonValue(3.0));

    // What the model holds is what core reads back from its own serialisation.
    ActionDefinition d;
    d.name = QStringLiteral("edited");
    d.script = QStringLiteral("true");
    d.targetKind = QStringLiteral("server");
    d.parameters = model.parameters();
    auto file = ActionFile { d, Policy::simple(false, {}) }.validated();
    QVERIFY2(file.ok(), qPrintable(file.error().message));
    QCOMPARE(file->definition.parameters, model.parameters());

    QVERIFY(model.removeRow(0));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.parameters().first().name, QStringLiteral("region"));
}

void TestGuiModels::statusFilterListsCoresStates()
{
    RequestQueueView view(QStringLiteral("queue"), QStringLiteral("pending"));
    QComboBox* filter = view.statusFilter();
    QStringList listed;
    for (int i = 1; i < filter->count(); ++i) // 0 is "All statuses"
        listed << filter->itemData(i).toString();
    QCOMPARE(filter->itemData(0).toString(), QString());
    QCOMPARE(listed, allStateNames());
    QCOMPARE(filter->itemText(1 + allStates().indexOf(RequestState::Revoked)),
             RequestQueueView::stateLabel(RequestState::Revoked));
    QCOMPARE(filter->currentData().toString(), QStringLiteral("pending"));
}

QTEST_MAIN(TestGuiModels)
#include "tst_gui_models.moc"
