#include <QAbstractItemModelTester>
#include <QtTest>
#include <ui/models/actionlistmodel.h>
#include <ui/models/itemroles.h>
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
    void simpleAndActionModels();
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

void TestGuiModels::simpleAndActionModels()
{
    SimpleTableModel simple({ QStringLiteral("A"), QStringLiteral("B") });
    QAbstractItemModelTester tester(&simple, QAbstractItemModelTester::FailureReportingMode::QtTest);
    simple.setRows({ { QStringLiteral("1"), QStringLiteral("2") }, { QStringLiteral("3") } }, { 7, 8 });
    QCOMPARE(simple.rowCount(), 2);
    QCOMPARE(simple.index(1, 1).data().toString(), QString());
    QCOMPARE(simple.index(1, 0).data(RowDataRole).toInt(), 8);

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

QTEST_MAIN(TestGuiModels)
#include "tst_gui_models.moc"
