#include <QtTest>
#include <support/testworkspace.h>

using namespace cs;

// Feedback: one per person and request, edits kept (the last 12), never a decision, 280 characters,
// only for people who may read the request, audited, and the requester is told.
class TestRequestFeedback : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void onePerPersonAndToggleable();
    void editsAreKeptToTwelve();
    void neverADecision();
    void lengthAndReadersAreChecked();
    void auditedAndTheRequesterIsTold();

private:
    qint64 submit();
    qint64 count(const QString& sql);
    std::unique_ptr<TestWorkspace> t;
};

void TestRequestFeedback::init()
{
    t = std::make_unique<TestWorkspace>();
    buildStandardWorkspace(*t);
}

void TestRequestFeedback::cleanup()
{
    t.reset();
}

qint64 TestRequestFeedback::submit()
{
    auto r = t->ws().requests().submit(
        QStringLiteral("req"), { QStringLiteral("act"), {}, { QStringLiteral("test1") }, QStringLiteral("why") },
        SubmitMode::RequestApproval);
    if (!r.ok())
        qFatal("submit: %s", qPrintable(r.error().message));
    return r->id;
}

qint64 TestRequestFeedback::count(const QString& sql)
{
    auto q = t->db().exec(sql);
    if (!q.ok() || !q->next())
        qFatal("count: %s", qPrintable(sql));
    return q->value(0).toLongLong();
}

void TestRequestFeedback::onePerPersonAndToggleable()
{
    const qint64 id = submit();
    RequestService& s = t->ws().requests();
    auto up = s.giveFeedback(QStringLiteral("alice"), id, { 1, QStringLiteral("Looks right") });
    QVERIFY2(up.ok(), qPrintable(up.error().message));
    QCOMPARE(up->vote, 1);
    auto down = s.giveFeedback(QStringLiteral("alice"), id, { -1, std::nullopt });
    QVERIFY(down.ok());
    QCOMPARE(down->vote, -1);
    QCOMPARE(down->comment, QStringLiteral("Looks right")); // the comment stays as it was
    auto none = s.giveFeedback(QStringLiteral("Alice"), id, { 0, std::nullopt });
    QVERIFY(none.ok());
    QVERIFY(s.giveFeedback(QStringLiteral("bob"), id, { 1, std::nullopt }).ok());
    auto all = s.feedback(QStringLiteral("req"), id);
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 2); // one row per person, however often they change it
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM request_feedback WHERE login = 'alice'")), 1);
    QCOMPARE(all->at(0).login, QStringLiteral("alice"));
    QCOMPARE(all->at(0).vote, 0);
    QVERIFY(!s.giveFeedback(QStringLiteral("bob"), id, {}).ok()); // nothing given: refused
}

void TestRequestFeedback::editsAreKeptToTwelve()
{
    const qint64 id = submit();
    RequestService& s = t->ws().requests();
    for (int i = 1; i <= 15; ++i) {
        t->clock.advanceSecs(60);
        QVERIFY(s.giveFeedback(QStringLiteral("bob"), id, { std::nullopt, QStringLiteral("wording %1").arg(i) }).ok());
    }
    auto all = s.feedback(QStringLiteral("bob"), id);
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 1);
    const Feedback& f = all->at(0);
    QCOMPARE(f.comment, QStringLiteral("wording 15"));
    QCOMPARE(f.versions.size(), kFeedbackVersionsKept);
    QCOMPARE(f.versions.first().comment, QStringLiteral("wording 15"));
    QCOMPARE(f.versions.last().comment, QStringLiteral("wording 4"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM request_feedback_versions")), 12);
    // The same wording again is no new version; a vote alone is none either.
    QVERIFY(s.giveFeedback(QStringLiteral("bob"), id, { 1, QStringLiteral("wording 15") }).ok());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM request_feedback_versions")), 12);
    QCOMPARE(s.feedback(QStringLiteral("bob"), id)->at(0).versions.first().comment, QStringLiteral("wording 15"));
}

void TestRequestFeedback::neverADecision()
{
    const qint64 id = submit();
    RequestService& s = t->ws().requests();
    // Two approvers vote up: the request stays pending in its first phase, with no decision,
    // and both may still decide.
    QVERIFY(s.giveFeedback(QStringLiteral("alice"), id, { 1, QStringLiteral("+1") }).ok());
    QVERIFY(s.giveFeedback(QStringLiteral("bob"), id, { 1, QStringLiteral("+1") }).ok());
    auto d = s.details(QStringLiteral("alice"), id);
    QVERIFY(d.ok());
    QCOMPARE(d->request.state, RequestState::Pending);
    QCOMPARE(d->request.phase, 0);
    QVERIFY(d->decisions.isEmpty());
    QVERIFY(d->eligibility.canDecide);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM decisions")), 0);
    QVERIFY(RequestService::verifyApproval(d->request, d->decisions).error().code == Error::Code::Conflict);
    auto decided = s.decide(QStringLiteral("alice"), id, true, {});
    QVERIFY(decided.ok());
    QCOMPARE(decided->state, RequestState::Approved);
}

void TestRequestFeedback::lengthAndReadersAreChecked()
{
    const qint64 id = submit();
    RequestService& s = t->ws().requests();
    auto tooLong = s.giveFeedback(QStringLiteral("alice"), id, { std::nullopt, QString(281, QLatin1Char('x')) });
    QVERIFY(!tooLong.ok());
    QCOMPARE(tooLong.error().code, Error::Code::Invalid);
    QVERIFY(s.giveFeedback(QStringLiteral("alice"), id, { std::nullopt, QString(280, QLatin1Char('x')) }).ok());
    // carol (security) is not involved in this request: she cannot read it, so she cannot give feedback.
    auto outsider = s.giveFeedback(QStringLiteral("carol"), id, { 1, std::nullopt });
    QVERIFY(!outsider.ok());
    QCOMPARE(outsider.error().code, Error::Code::Forbidden);
    QVERIFY(!s.feedback(QStringLiteral("carol"), id).ok());
    // The auditor and the requester may.
    QVERIFY(s.giveFeedback(QStringLiteral("audit"), id, { -1, std::nullopt }).ok());
    QVERIFY(s.giveFeedback(QStringLiteral("req"), id, { std::nullopt, QStringLiteral("urgent, please") }).ok());
    QVERIFY(!s.giveFeedback(QStringLiteral("alice"), 9999, { 1, std::nullopt }).ok());
}

void TestRequestFeedback::auditedAndTheRequesterIsTold()
{
    const qint64 id = submit();
    RequestService& s = t->ws().requests();
    const qint64 events = count(QStringLiteral("SELECT COUNT(*) FROM notify_events"));
    QVERIFY(s.giveFeedback(QStringLiteral("bob"), id, { 1, QStringLiteral("fine") }).ok());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event = 'request.feedback' AND actor = 'bob'")),
             1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM notify_events")), events + 1);
    auto expanded = t->ws().notify().expandEvents(100);
    QVERIFY2(expanded.ok(), qPrintable(expanded.error().message));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM notify_outbox WHERE event = 'feedback' AND recipient = 'req'")),
             1);
    // Nothing changed, nothing written.
    const qint64 entries = count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    QVERIFY(s.giveFeedback(QStringLiteral("bob"), id, { 1, QStringLiteral("fine") }).ok());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), entries);
}

QTEST_GUILESS_MAIN(TestRequestFeedback)
#include "tst_requestfeedback.moc"
