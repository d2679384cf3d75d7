#include <QtTest>
#include <atomic>
#include <core/admin/auditservice.h>
#include <core/admin/integritycheck.h>
#include <core/audit/auditchainverifier.h>
#include <core/audit/auditevents.h>
#include <core/audit/auditrow.h>
#include <core/audit/auditstoredorderscan.h>
#include <core/common/canonicaljson.h>
#include <core/requests/request.h>
#include <core/requests/requeststore.h>
#include <core/views/auditfeed.h>
#include <core/views/feedbacknews.h>
#include <support/testworkspace.h>

using namespace cs;

class TestAuditLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void intactChainVerifies();
    void editedRowIsNamed();
    void editedHashIsNamed();
    void deletedRowIsNamed();
    void truncatedTailIsNamed();
    void appendedOutsideIsNamed();
    void entriesAreFilteredByRequest();
    void newestPagesBackwards();
    void feedCatchesUpOrStartsAgain();
    void feedPicksUpEntriesThatCommitLate();
    void feedLooksBelowTheHeadOnlyWhereEntriesCommitLate();
    void gapsAreHolesOnlyWhereEntriesCommitLate();
    void feedbackNewsPicksUpFeedbackThatCommitsLate();
    void positionsAreReadWithoutTheirEntries();
    void headSpelledDifferentlyIsNamed();
    void vanishedTrailIsNamed();
    void spansCutAnywhereVerifyAsOne_data();
    void spansCutAnywhereVerifyAsOne();
    void cutsShareTheEntriesOut();
    void storedOrderScanClearsWhatTheWalkClears_data();
    void storedOrderScanClearsWhatTheWalkClears();
    void absurdHeadCountsAreNamedNotFailed();
    void intactRequestsVerify();
    void editedRequestIsNamed();
    void brokenChainIsNamedBeforeAnEditedRequest();
    void stoppingTheWholeCheckStopsBothParts();
    void requestWithEmptiedDigestIsRefused();
    void editedRequestWithRewrittenDigestIsNamed();
    void requestsAfterTheFirstPageAreChecked();
    void screenClearsIntactRequests();
    void requestsNumberedZeroOrBelowAreChecked();
    void wholeCheckAgreesWithReadingBack_data();
    void wholeCheckAgreesWithReadingBack();
    void sha256MatchesKnownVector();
    void jsonStringMatchesQJsonDocument_data();
    void jsonStringMatchesQJsonDocument();
    void entryHashMatchesCanonicalObject_data();
    void entryHashMatchesCanonicalObject();
    void requestDigestFromStoredTextMatches_data();
    void requestDigestFromStoredTextMatches();

private:
    void editAndRehash5(); // entry #5 (global) edited and its own hash recomputed
    AuditVerification verify();
    AuditVerification verifyAll();
    qint64 submittedSeq(qint64 requestId);
    std::unique_ptr<TestWorkspace> t;
    qint64 lastSeq = 0;
};

void TestAuditLog::init()
{
    t = std::make_unique<TestWorkspace>();
    buildStandardWorkspace(*t);
    auto r = t->ws().requests().submit(QStringLiteral("req"),
                                       { QStringLiteral("act"), {}, { QStringLiteral("test1") }, QStringLiteral("x") },
                                       SubmitMode::RequestApproval);
    QVERIFY(r.ok());
    QVERIFY(t->ws().requests().decide(QStringLiteral("alice"), r->id, true, {}).ok());
    auto entries = t->ws().audit().entries();
    QVERIFY(entries.ok());
    lastSeq = entries->last().seq;
    QVERIFY(lastSeq > 10);
}

void TestAuditLog::cleanup()
{
    t.reset();
}

AuditVerification TestAuditLog::verify()
{
    auto v = t->ws().audit().verify();
    if (!v.ok())
        qFatal("verify failed to run: %s", qPrintable(v.error().message));
    return *v;
}

AuditVerification TestAuditLog::verifyAll()
{
    auto v = verifyIntegrity(t->db(), t->clock);
    if (!v.ok())
        qFatal("verifyIntegrity failed to run: %s", qPrintable(v.error().message));
    return *v;
}

qint64 TestAuditLog::submittedSeq(qint64 requestId)
{
    auto entries = t->ws().audit().entries(requestId);
    if (!entries.ok() || entries->isEmpty() || entries->first().event != AuditEvent::RequestSubmitted)
        qFatal("request #%lld has no submission entry", requestId);
    return entries->first().seq;
}

void TestAuditLog::intactChainVerifies()
{
    const AuditVerification v = verify();
    QVERIFY2(v.intact, qPrintable(v.problem));
    QCOMPARE(v.entriesChecked, lastSeq);
}

void TestAuditLog::editedRowIsNamed()
{
    QVERIFY(t->db().exec(QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE seq = 7")).ok());
    const AuditVerification v = verify();
    QVERIFY(!v.intact);
    QCOMPARE(v.firstBrokenSeq, 7);
    QVERIFY2(v.problem.startsWith(QLatin1String("Audit entry #7 ("))
                 && v.problem.endsWith(QLatin1String("was altered: its contents no longer match its hash.")),
             qPrintable(v.problem));
}

void TestAuditLog::editedHashIsNamed()
{
    // Recomputing the entry's own hash does not help: the next entry links to the old one.
    editAndRehash5();
    const AuditVerification v = verify();
    QVERIFY(!v.intact);
    QCOMPARE(v.firstBrokenSeq, 6);
    QCOMPARE(v.problem, QStringLiteral("Audit entry #6 does not link to entry #5: the chain was broken there."));
}

void TestAuditLog::editAndRehash5()
{
    QVERIFY(t->db().exec(QStringLiteral("UPDATE audit_log SET payload = '{}' WHERE seq = 5")).ok());
    auto q = t->db().exec(QStringLiteral(
        "SELECT seq, at, actor, event, request_id, payload, prev_hash, hash FROM audit_log WHERE seq = 5"));
    QVERIFY(q.ok() && q->next());
    AuditEntry e;
    e.seq = q->value(0).toLongLong();
    e.at = q->value(1).toLongLong();
    e.actor = q->value(2).toString();
    e.event = q->value(3).toString();
    e.requestId = q->value(4).toLongLong();
    e.payload = q->value(5).toString();
    e.prevHash = q->value(6).toString();
    e.chainSeq = e.seq; // the directory events sit in the global chain, at their own position
    q->finish();
    QVERIFY(
        t->db().exec(QStringLiteral("UPDATE audit_log SET hash = ? WHERE seq = 5"), { AuditLog::entryHash(e) }).ok());
}

void TestAuditLog::deletedRowIsNamed()
{
    QVERIFY(t->db().exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 4")).ok());
    const AuditVerification v = verify();
    QVERIFY(!v.intact);
    QCOMPARE(v.firstBrokenSeq, 5);
    QCOMPARE(v.problem, QStringLiteral("An audit entry is missing from the global audit chain between #3 and #5."));
}

void TestAuditLog::truncatedTailIsNamed()
{
    QVERIFY(t->db().exec(QStringLiteral("DELETE FROM audit_log WHERE seq > ?"), { lastSeq - 3 }).ok());
    const AuditVerification v = verify();
    QVERIFY(!v.intact);
    QCOMPARE(v.firstBrokenSeq, lastSeq - 2);
    QCOMPARE(v.problem,
             QStringLiteral("The last 3 audit entries of the audit chain of request #1 were removed (after #%1).")
                 .arg(lastSeq - 3));
}

void TestAuditLog::appendedOutsideIsNamed()
{
    QVERIFY(
        t->db()
            .exec(QStringLiteral(
                      "INSERT INTO audit_log (seq, at, actor, event, request_id, payload, prev_hash, hash) "
                      "SELECT seq + 1, at, actor, event, request_id, payload, hash, hash FROM audit_log WHERE seq = ?"),
                  { lastSeq })
            .ok());
    const AuditVerification v = verify();
    QVERIFY(!v.intact);
    QCOMPARE(v.firstBrokenSeq, lastSeq + 1);
}

void TestAuditLog::entriesAreFilteredByRequest()
{
    auto entries = t->ws().audit().entries(1);
    QVERIFY(entries.ok());
    QStringList events;
    for (const AuditEntry& e : *entries)
        events << e.event;
    QCOMPARE(events,
             (QStringList { QStringLiteral("request.submitted"), QStringLiteral("decision.approved"),
                            QStringLiteral("request.phase_completed"), QStringLiteral("request.approved") }));
}

void TestAuditLog::vanishedTrailIsNamed()
{
    // Entries and head gone together: no chain is left to find broken, the request is still there.
    QVERIFY(t->db().exec(QStringLiteral("DELETE FROM audit_log WHERE chain = 1")).ok());
    QVERIFY(t->db().exec(QStringLiteral("DELETE FROM audit_chains WHERE chain = 1")).ok());
    const AuditVerification v = verify();
    QVERIFY(!v.intact);
    QCOMPARE(v.problem, QStringLiteral("The audit trail of request #1 is missing."));
}

void TestAuditLog::intactRequestsVerify()
{
    const AuditVerification v = verifyAll();
    QVERIFY2(v.intact, qPrintable(v.problem));
    QCOMPARE(v.entriesChecked, lastSeq);
    QCOMPARE(v.requestsChecked, 1);
}

void TestAuditLog::editedRequestIsNamed()
{
    // What `show` and `approve` refuse (exit 7) must not pass the auditor's check either.
    QVERIFY(t->db().exec(QStringLiteral("UPDATE requests SET parameters = '{\"x\":1}' WHERE id = 1")).ok());
    QVERIFY(verify().intact); // the chains alone cannot see it
    const AuditVerification v = verifyAll();
    QVERIFY(!v.intact);
    QCOMPARE(v.firstBrokenSeq, submittedSeq(1));
    QCOMPARE(v.problem,
             QStringLiteral("Request #1 was altered outside Countersign: its contents no longer match its digest."));
}

// A broken chain comes first, before an edited request: a request's recorded digest is evidence
// only once the chains hold.
void TestAuditLog::brokenChainIsNamedBeforeAnEditedRequest()
{
    QVERIFY(t->db().exec(QStringLiteral("UPDATE requests SET parameters = '{\"x\":1}' WHERE id = 1")).ok());
    QVERIFY(t->db().exec(QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE seq = 7")).ok());
    const AuditVerification v = verifyAll();
    QVERIFY(!v.intact);
    QCOMPARE(v.firstBrokenSeq, 7);
    QVERIFY2(v.problem.startsWith(QLatin1String("Audit entry #7 (")), qPrintable(v.problem));
}

void TestAuditLog::stoppingTheWholeCheckStopsBothParts()
{
    for (int i = 0; i < 3; ++i)
        QVERIFY(t->ws()
                    .requests()
                    .submit(QStringLiteral("req"),
                            { QStringLiteral("act"), {}, { QStringLiteral("test1") }, QStringLiteral("more") },
                            SubmitMode::RequestApproval)
                    .ok());
    // The chains are asked first, then the request check after each page: a run that says stop
    // at its first question stops the chains, one that says stop at its last stops the requests.
    std::atomic<int> asked { 0 };
    auto whole = verifyIntegrity(
        t->db(), t->clock,
        [&](qint64) {
            ++asked;
            return true;
        },
        1);
    QVERIFY2(whole.ok() && whole->intact, whole.ok() ? qPrintable(whole->problem) : "");
    QCOMPARE(whole->requestsChecked, 4);
    const int questions = asked;
    QVERIFY(questions > 4); // a page of one request at a time asks after each
    for (const int stopAt : { 1, questions }) {
        std::atomic<int> n { 0 };
        auto v = verifyIntegrity(
            t->db(), t->clock, [&](qint64) { return ++n < stopAt; }, 1);
        QVERIFY2(!v.ok(), qPrintable(QStringLiteral("stopping at question %1 of %2").arg(stopAt).arg(questions)));
        QCOMPARE(v.error().message, QStringLiteral("The audit chain verification was cancelled."));
    }
    // Nothing was left running on the workspace's connection.
    auto after = t->db().exec(QStringLiteral("SELECT COUNT(*) FROM requests"));
    QVERIFY(after.ok() && after->next());
    QCOMPARE(after->value(0).toInt(), 4);
}

// A comment with a line break takes the general writer's path; emptying the stored digest must
// not make the row pass as if nothing had been compared.
void TestAuditLog::requestWithEmptiedDigestIsRefused()
{
    auto r = t->ws().requests().submit(
        QStringLiteral("req"),
        { QStringLiteral("act"), {}, { QStringLiteral("test1") }, QStringLiteral("first line\nsecond line") },
        SubmitMode::RequestApproval);
    QVERIFY(r.ok());
    QVERIFY(
        t->db()
            .exec(QStringLiteral("UPDATE requests SET digest = '', parameters = '{\"x\":1}' WHERE id = ?"), { r->id })
            .ok());
    RequestStore store(t->db());
    auto read = store.load(r->id);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, Error::Code::Integrity);
    QVERIFY(!verifyAll().intact);
}

void TestAuditLog::editedRequestWithRewrittenDigestIsNamed()
{
    // Whoever edits the row can recompute its digest too; the one its submission recorded stays.
    auto r = t->ws().requestStore().load(1);
    QVERIFY(r.ok());
    Request edited = *r;
    edited.comment = QStringLiteral("nothing to see");
    QVERIFY(t->db()
                .exec(QStringLiteral("UPDATE requests SET comment = ?, digest = ? WHERE id = 1"),
                      { edited.comment, edited.computeDigest() })
                .ok());
    QVERIFY(t->ws().requestStore().load(1).ok()); // the row agrees with itself now
    const AuditVerification v = verifyAll();
    QVERIFY(!v.intact);
    QCOMPARE(v.firstBrokenSeq, submittedSeq(1));
    QCOMPARE(v.problem,
             QStringLiteral("Request #1 was altered outside Countersign: its digest no longer matches the one "
                            "recorded when it was submitted (audit entry #%1).")
                 .arg(submittedSeq(1)));
}

void TestAuditLog::requestsAfterTheFirstPageAreChecked()
{
    // Many pages, on two connections (lower and upper half of the ids): every request is read,
    // and the problem named is the lowest-numbered one, whichever half finds it.
    const int count = 300;
    QVERIFY(t->db()
                .transaction([&]() -> Status {
                    for (int i = 0; i < count; ++i)
                        CS_TRY(t->ws().requests().submit(
                            QStringLiteral("req"),
                            { QStringLiteral("act"), {}, { QStringLiteral("test1") }, QStringLiteral("n%1").arg(i) },
                            SubmitMode::RequestApproval));
                    return {};
                })
                .ok());
    const auto check = [&] {
        auto v = verifyIntegrity(t->db(), t->clock, {}, 7);
        if (!v.ok())
            qFatal("verifyIntegrity failed to run: %s", qPrintable(v.error().message));
        return *v;
    };
    const AuditVerification intact = check();
    QVERIFY2(intact.intact, qPrintable(intact.problem));
    QCOMPARE(intact.requestsChecked, count + 1);
    const auto edit = [&](qint64 id) {
        return t->db().exec(QStringLiteral("UPDATE requests SET comment = 'edited' WHERE id = ?"), { id }).ok();
    };
    QVERIFY(edit(count + 1) && edit(count - 40));
    AuditVerification v = check();
    QVERIFY(!v.intact);
    QVERIFY2(v.problem.startsWith(QStringLiteral("Request #%1 ").arg(count - 40)), qPrintable(v.problem));
    QVERIFY(edit(30));
    v = check();
    QVERIFY2(v.problem.startsWith(QStringLiteral("Request #30 ")), qPrintable(v.problem));
    QCOMPARE(v.firstBrokenSeq, submittedSeq(30));
}

namespace {

// Ways to tamper with the log that verify must name, wherever the entries are read.
void addTamperings()
{
    QTest::addColumn<QString>("tampering");
    QTest::newRow("intact") << QString();
    QTest::newRow("edited global entry") << QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE seq = 6");
    QTest::newRow("deleted global entry") << QStringLiteral("DELETE FROM audit_log WHERE seq = 5");
    QTest::newRow("deleted first global entry") << QStringLiteral("DELETE FROM audit_log WHERE seq = 1");
    QTest::newRow("deleted request entry") << QStringLiteral("DELETE FROM audit_log WHERE chain = 1 AND chain_seq = 2");
    QTest::newRow("deleted request tail") << QStringLiteral("DELETE FROM audit_log WHERE chain = 1 AND chain_seq > 1");
    QTest::newRow("deleted whole request chain") << QStringLiteral("DELETE FROM audit_log WHERE chain = 1");
    QTest::newRow("relinked global entry") << QStringLiteral("UPDATE audit_log SET prev_hash = hash WHERE seq = 7");
    QTest::newRow("head moved back") << QStringLiteral("UPDATE audit_chains SET seq = seq - 1 WHERE chain = 1");
    QTest::newRow("head moved on") << QStringLiteral("UPDATE audit_chains SET seq = seq + 2 WHERE chain = 0");
}

} // namespace

void TestAuditLog::spansCutAnywhereVerifyAsOne_data()
{
    addTamperings();
}

// verify cuts the entries into spans checked on separate connections; wherever a cut falls (in
// the global chain, in a request's, between chains), the spans together must report exactly what
// one span over everything reports.
void TestAuditLog::spansCutAnywhereVerifyAsOne()
{
    QFETCH(QString, tampering);
    if (!tampering.isEmpty())
        QVERIFY(t->db().exec(tampering).ok());
    constexpr ChainPosition kStart { std::numeric_limits<qint64>::min(), 1 };
    constexpr ChainPosition kEnd { std::numeric_limits<qint64>::max(), 1 };
    auto whole = verifyChainSpan(t->db(), kStart, kEnd);
    QVERIFY(whole.ok());
    QCOMPARE(whole->verification.intact, tampering.isEmpty());
    // Read and hashed three entries at a time (on PostgreSQL two batches take turns, one walked
    // while the next is read into the other's room), the report is the same.
    auto small = verifyChainSpan(t->db(), kStart, kEnd, {}, 3);
    QVERIFY(small.ok());
    QCOMPARE(small->verification.problem, whole->verification.problem);
    QCOMPARE(small->verification.firstBrokenSeq, whole->verification.firstBrokenSeq);
    QCOMPARE(small->verification.entriesChecked, whole->verification.entriesChecked);

    QList<ChainPosition> cuts;
    auto chains = t->db().exec(QStringLiteral("SELECT chain, seq FROM audit_chains ORDER BY chain"));
    QVERIFY(chains.ok());
    // Every place near the start of a chain (where the tampering is) and around its end.
    while (chains->next()) {
        const qint64 last = chains->value(1).toLongLong();
        for (qint64 at = 1; at <= last + 2; ++at)
            if (at <= 10 || at >= last - 2)
                cuts.append({ chains->value(0).toLongLong(), at });
    }
    chains->finish();
    QVERIFY(cuts.size() > 15);
    for (const ChainPosition cut : std::as_const(cuts)) {
        auto lower = verifyChainSpan(t->db(), kStart, cut);
        auto upper = verifyChainSpan(t->db(), cut, kEnd);
        QVERIFY(lower.ok() && upper.ok());
        ChainRangeVerification both = *lower;
        both.merge(*upper);
        const QByteArray where = QStringLiteral("cut at chain %1, position %2: %3")
                                     .arg(cut.chain)
                                     .arg(cut.chainSeq)
                                     .arg(both.verification.problem)
                                     .toUtf8();
        QVERIFY2(both.verification.intact == whole->verification.intact, where.constData());
        QVERIFY2(both.verification.problem == whole->verification.problem, where.constData());
        QVERIFY2(both.verification.firstBrokenSeq == whole->verification.firstBrokenSeq, where.constData());
        QVERIFY2(both.verification.entriesChecked == whole->verification.entriesChecked, where.constData());
    }
}

void TestAuditLog::cutsShareTheEntriesOut()
{
    auto cuts = chainSplits(t->db(), 2);
    QVERIFY(cuts.ok());
    QCOMPARE(cuts->size(), 1);
    // The global chain holds most entries here: the cut falls inside it, halfway.
    QCOMPARE(cuts->first().chain, 0);
    QCOMPARE(cuts->first().chainSeq, lastSeq / 2 + 1); // every entry has its own global position here
    auto four = chainSplits(t->db(), 4);
    QVERIFY(four.ok());
    QCOMPARE(four->size(), 3);
    for (int i = 1; i < 3; ++i)
        QVERIFY(std::make_pair(four->at(i - 1).chain, four->at(i - 1).chainSeq)
                < std::make_pair(four->at(i).chain, four->at(i).chainSeq));
}

void TestAuditLog::storedOrderScanClearsWhatTheWalkClears_data()
{
    addTamperings();
    // Each of these only one of the scan's checks can see (the others still hold).
    QTest::newRow("rehashed global entry") << QStringLiteral("rehash #5");
    QTest::newRow("global positions moved on with their head")
        << QStringLiteral("UPDATE audit_log SET chain_seq = chain_seq + 1000 WHERE chain = 0 AND chain_seq > 5; "
                          "UPDATE audit_chains SET seq = seq + 1000 WHERE chain = 0");
    QTest::newRow("request head removed") << QStringLiteral("DELETE FROM audit_chains WHERE chain = 1");
    QTest::newRow("request head in capitals")
        << QStringLiteral("UPDATE audit_chains SET hash = UPPER(hash) WHERE chain = 1");
    QTest::newRow("last global entry taken out of its chain")
        << QStringLiteral("ALTER TABLE audit_log ALTER chain DROP NOT NULL; UPDATE audit_log SET chain = NULL WHERE "
                          "chain = 0 AND chain_seq = (SELECT MAX(chain_seq) FROM audit_log WHERE chain = 0)");
    // Not tampering: an entry rewritten as it was moves to another page, out of its chain's order.
    QTest::newRow("global entries stored out of order")
        << QStringLiteral("UPDATE audit_log SET actor = actor WHERE seq IN (2, 6)");
    QTest::newRow("request entries stored out of order")
        << QStringLiteral("UPDATE audit_log SET event = event WHERE chain = 1 AND chain_seq IN (1, 3)");
}

// On PostgreSQL a whole-log check first reads the entries in the order stored, a range of pages on
// each connection; it may clear the log only where the walk in chain order finds nothing, however
// the pages are cut and the entries lie on them. Anything else it leaves to the walk to name.
void TestAuditLog::storedOrderScanClearsWhatTheWalkClears()
{
    QFETCH(QString, tampering);
    // Requests enough for several pages, their entries interleaved with the global chain's.
    for (int i = 0; i < 40; ++i) {
        auto r = t->ws().requests().submit(
            QStringLiteral("req"), { QStringLiteral("act"), {}, { QStringLiteral("test1") }, QStringLiteral("more") },
            SubmitMode::RequestApproval);
        QVERIFY(r.ok());
        if (i % 2 == 0)
            QVERIFY(t->ws().requests().decide(QStringLiteral("alice"), r->id, true, {}).ok());
    }
    const bool postgres = t->db().engine() == Database::Engine::Postgres;
    if (tampering.startsWith(QLatin1String("ALTER")) && !postgres)
        QSKIP("SQLite cannot drop a column's NOT NULL");
    if (postgres) { // several pages, so that parts cut chains
        auto pages = t->db().exec(
            QStringLiteral("SELECT pg_relation_size('audit_log') / current_setting('block_size')::bigint"));
        QVERIFY(pages.ok() && pages->next());
        QVERIFY2(pages->value(0).toInt() >= 3, qPrintable(pages->value(0).toString()));
        pages->finish();
    }
    if (tampering == QLatin1String("rehash #5"))
        editAndRehash5();
    else if (!tampering.isEmpty())
        for (const QString& statement : tampering.split(QStringLiteral("; ")))
            QVERIFY(t->db().exec(statement).ok());
    const bool movedOnly = QString::fromLatin1(QTest::currentDataTag()).endsWith(QLatin1String("out of order"));
    if (postgres && movedOnly) {
        auto strays = t->db().exec(QStringLiteral(
            "SELECT COUNT(*) FROM (SELECT chain_seq, LAG(chain_seq) OVER (PARTITION BY chain ORDER BY ctid) AS before "
            "FROM audit_log) x WHERE chain_seq < before"));
        QVERIFY(strays.ok() && strays->next());
        QVERIFY2(strays->value(0).toInt() > 0, "the rewritten entries were not moved out of order");
        strays->finish();
    }
    auto walked = verifyChainSpan(t->db(), { std::numeric_limits<qint64>::min(), 1 },
                                  { std::numeric_limits<qint64>::max(), 1 });
    QVERIFY(walked.ok());
    QCOMPARE(walked->verification.intact, tampering.isEmpty() || movedOnly);
    for (const int parts : { 1, 2, 3, 7 }) {
        for (const int batchRows : { 0, 3 }) {
            auto screened = screenChainsInStoredOrder(t->db(), {}, parts, batchRows);
            QVERIFY2(screened.ok(), screened.ok() ? "" : qPrintable(screened.error().message));
            const QByteArray where = QStringLiteral("%1 parts, batches of %2").arg(parts).arg(batchRows).toUtf8();
            if (!postgres) // SQLite reads in chain order only
                QVERIFY2(!*screened, where.constData());
            else if (walked->verification.intact)
                QVERIFY2(*screened && **screened == walked->verification.entriesChecked, where.constData());
            else
                QVERIFY2(!*screened, where.constData());
        }
    }
    // The whole check says what the walk says, whichever way it went.
    const AuditVerification v = verify();
    QCOMPARE(v.intact, walked->verification.intact);
    QCOMPARE(v.problem, walked->verification.problem);
    QCOMPARE(v.entriesChecked, walked->verification.entriesChecked);
}

// Heads whose counts add up past any integer only place the cuts: verify still runs and names them.
void TestAuditLog::absurdHeadCountsAreNamedNotFailed()
{
    QVERIFY(t->db().exec(QStringLiteral("UPDATE audit_chains SET seq = 5000000000000000000")).ok());
    auto v = t->ws().audit().verify();
    QVERIFY2(v.ok(), v.ok() ? "" : qPrintable(v.error().message));
    QVERIFY(!v->intact);
}

void TestAuditLog::headSpelledDifferentlyIsNamed()
{
    // The same digest in capitals is not the text Countersign wrote: a head row edited by hand.
    QVERIFY(t->db().exec(QStringLiteral("UPDATE audit_chains SET hash = UPPER(hash) WHERE chain = 1")).ok());
    const AuditVerification v = verify();
    QVERIFY(!v.intact);
    QVERIFY2(v.problem.contains(QLatin1String("does not match the recorded head of the audit chain of request #1")),
             qPrintable(v.problem));
    QVERIFY(t->db().exec(QStringLiteral("UPDATE audit_chains SET hash = LOWER(hash) WHERE chain = 1")).ok());
    QVERIFY(verify().intact);
    QVERIFY(t->db().exec(QStringLiteral("UPDATE audit_chains SET hash = 'xyz' WHERE chain = 1")).ok());
    QVERIFY(!verify().intact);
}

void TestAuditLog::newestPagesBackwards()
{
    auto all = t->ws().audit().entries(0, 100000);
    QVERIFY(all.ok());
    QList<qint64> expected;
    for (auto it = all->crbegin(); it != all->crend(); ++it)
        expected << it->seq;
    QList<qint64> paged;
    qint64 before = 0;
    for (;;) {
        auto page = t->ws().audit().newest(4, before);
        QVERIFY(page.ok());
        QVERIFY(page->size() <= 4);
        for (const AuditEntry& e : *page)
            paged << e.seq;
        if (page->size() < 4)
            break;
        before = page->last().seq;
    }
    QCOMPARE(paged, expected);
    QCOMPARE(paged.first(), lastSeq);
}

// The Audit page's reads (core's AuditFeed): a live update reads on from where the whole log ended,
// a page at a time, whatever the filter shows; a burst of more than it reads starts again.
void TestAuditLog::feedCatchesUpOrStartsAgain()
{
    const auto add = [this](const QString& actor, int count) {
        for (int i = 0; i < count; ++i)
            QVERIFY(t->ws().audit().append(actor, QStringLiteral("test.feed"), 0, {}).ok());
    };
    AuditFilter kims;
    kims.actor = QStringLiteral("kim");
    add(QStringLiteral("kim"), 3);
    add(QStringLiteral("dave"), 2);
    AuditFeed feed(t->ws().auditService(), QStringLiteral("audit"), 2, kims);
    auto newest = feed.newest(t->clock.nowMs());
    QVERIFY2(newest.ok(), qPrintable(newest.error().message));
    QCOMPARE(newest->entries.size(), 2);
    QVERIFY(newest->mayHaveOlder);
    auto head = t->ws().audit().headSeq();
    QVERIFY(head.ok());
    QCOMPARE(newest->cursor.readUpTo, *head); // dave's, which the filter hides, are read past too
    QVERIFY(newest->cursor.holes.isEmpty());
    auto older = feed.olderThan(newest->entries.last().seq);
    QVERIFY(older.ok());
    QCOMPARE(older->entries.size(), 1);

    add(QStringLiteral("dave"), 5);
    add(QStringLiteral("kim"), 1);
    auto newer = feed.newerThan(newest->cursor, t->clock.nowMs());
    QVERIFY(newer.ok());
    QVERIFY(!newer->startAgain);
    QCOMPARE(newer->entries.size(), 1); // kim's, across three pages of two
    QCOMPARE(newer->entries.first().actor, QStringLiteral("kim"));
    QCOMPARE(newer->cursor.readUpTo, *t->ws().audit().headSeq());

    add(QStringLiteral("dave"), 2 * AuditFeed::kCatchUpPages + 1);
    auto burst = feed.newerThan(newer->cursor, t->clock.nowMs());
    QVERIFY(burst.ok());
    QVERIFY(burst->startAgain);
    QVERIFY(burst->entries.isEmpty());
    // Someone who is neither auditor nor admin reads no whole log.
    AuditFeed outsider(t->ws().auditService(), QStringLiteral("carol"), 2, {});
    QCOMPARE(outsider.newest(t->clock.nowMs()).error().code, Error::Code::Forbidden);
}

// On PostgreSQL an entry's position is drawn before its transaction commits, so a later one can be
// read first. The feed asks for a skipped position again until it appears, for a minute at most.
void TestAuditLog::feedPicksUpEntriesThatCommitLate()
{
    const auto add = [this](int count) {
        for (int i = 0; i < count; ++i)
            QVERIFY(t->ws().audit().append(QStringLiteral("kim"), QStringLiteral("test.feed"), 0, {}).ok());
    };
    add(2);
    AuditFeed feed(t->ws().auditService(), QStringLiteral("audit"), 10, {});
    auto newest = feed.newest(t->clock.nowMs());
    QVERIFY(newest.ok());
    AuditFeedCursor cursor = newest->cursor;
    cursor.holesPossible = true; // as on PostgreSQL, so that SQLite runs the same mechanism
    add(3);
    // The middle one of the three is not committed yet when the feed reads: take it out meanwhile.
    const qint64 late = cursor.readUpTo + 2;
    auto row = t->db().exec(QStringLiteral("SELECT %1 FROM audit_log WHERE seq = ?").arg(kAuditColumns), { late });
    QVERIFY(row.ok() && row->next());
    const AuditEntry held = auditEntryFromRow(*row);
    row->finish();
    QVERIFY(t->db().exec(QStringLiteral("DELETE FROM audit_log WHERE seq = ?"), { late }).ok());
    auto first = feed.newerThan(cursor, t->clock.nowMs());
    QVERIFY(first.ok());
    QCOMPARE(first->entries.size(), 2);
    QCOMPARE(first->cursor.holes.keys(), QList<qint64> { late });
    QVERIFY(first->late.isEmpty());

    // It commits: the next catch-up brings it, once.
    QVERIFY(
        t->db()
            .exec(QStringLiteral("INSERT INTO audit_log (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(kAuditColumns),
                  { held.seq, held.at, held.actor, held.event, QVariant(), held.payload, held.prevHash, held.hash,
                    held.chain, held.chainSeq })
            .ok());
    auto second = feed.newerThan(first->cursor, t->clock.nowMs());
    QVERIFY(second.ok());
    QVERIFY(second->entries.isEmpty());
    QCOMPARE(second->late.size(), 1);
    QCOMPARE(second->late.first().seq, late);
    QVERIFY(second->cursor.holes.isEmpty());

    // A position that never appears (a rolled-back transaction's) is forgotten after a minute.
    QVERIFY(t->db().exec(QStringLiteral("DELETE FROM audit_log WHERE seq = ?"), { late }).ok());
    add(1);
    auto third = feed.newerThan(second->cursor, t->clock.nowMs());
    QVERIFY(third.ok());
    QVERIFY(third->cursor.holes.isEmpty()); // below what was read already: not a new hole
    AuditFeedCursor gap = third->cursor;
    gap.holes.insert(late, t->clock.nowMs());
    t->clock.set(QDateTime::fromMSecsSinceEpoch(t->clock.nowMs() + AuditFeedCursor::kHoleMs + 1, Qt::UTC));
    auto fourth = feed.newerThan(gap, t->clock.nowMs());
    QVERIFY(fourth.ok());
    QVERIFY(fourth->late.isEmpty());
    QVERIFY(fourth->cursor.holes.isEmpty());
}

// Only on PostgreSQL can a position below the head still fill (positions are drawn before commit):
// there the feed and the feedback news start with its empty ones as holes. SQLite writes one entry
// at a time, so they read nothing below the head.
void TestAuditLog::feedLooksBelowTheHeadOnlyWhereEntriesCommitLate()
{
    for (int i = 0; i < 3; ++i)
        QVERIFY(t->ws().audit().append(QStringLiteral("kim"), QStringLiteral("test.feed"), 0, {}).ok());
    auto head = t->ws().audit().headSeq();
    QVERIFY(head.ok());
    // The one below the head is not committed yet when the feed starts: take it out meanwhile.
    QVERIFY(t->db().exec(QStringLiteral("DELETE FROM audit_log WHERE seq = ?"), { *head - 1 }).ok());
    const bool late = t->db().engine() == Database::Engine::Postgres;
    QCOMPARE(t->ws().audit().entriesMayCommitLate(), late);

    AuditFeed feed(t->ws().auditService(), QStringLiteral("audit"), 10, {});
    auto newest = feed.newest(t->clock.nowMs());
    QVERIFY(newest.ok());
    QCOMPARE(newest->cursor.readUpTo, *head);
    QCOMPARE(newest->cursor.holes.keys(), late ? QList<qint64> { *head - 1 } : QList<qint64> {});

    auto start = feedbackNewsStart(t->ws().audit(), t->clock.nowMs());
    QVERIFY(start.ok());
    QCOMPARE(start->readUpTo, *head);
    QCOMPARE(start->holes.keys(), late ? QList<qint64> { *head - 1 } : QList<qint64> {});
}

// A gap in the positions read is a hole (asked for again) only where entries commit late: on SQLite
// it is a position no entry will fill, so neither the Audit page nor the feedback news asks for it.
void TestAuditLog::gapsAreHolesOnlyWhereEntriesCommitLate()
{
    const auto add = [this](int count) {
        for (int i = 0; i < count; ++i)
            QVERIFY(t->ws().audit().append(QStringLiteral("kim"), QStringLiteral("test.feed"), 0, {}).ok());
    };
    add(1);
    AuditFeed feed(t->ws().auditService(), QStringLiteral("audit"), 10, {});
    auto newest = feed.newest(t->clock.nowMs());
    QVERIFY(newest.ok());
    auto start = feedbackNewsStart(t->ws().audit(), t->clock.nowMs());
    QVERIFY(start.ok());
    QVERIFY(newest->cursor.holes.isEmpty() && start->holes.isEmpty());
    add(3);
    const qint64 gap = newest->cursor.readUpTo + 2;
    QVERIFY(t->db().exec(QStringLiteral("DELETE FROM audit_log WHERE seq = ?"), { gap }).ok());
    const QList<qint64> holes = t->ws().audit().entriesMayCommitLate() ? QList<qint64> { gap } : QList<qint64> {};

    auto newer = feed.newerThan(newest->cursor, t->clock.nowMs());
    QVERIFY(newer.ok());
    QCOMPARE(newer->entries.size(), 2);
    QCOMPARE(newer->cursor.holes.keys(), holes);
    auto news = feedbackOnRequestsOf(t->ws().audit(), QStringLiteral("req"), *start, t->clock.nowMs());
    QVERIFY(news.ok());
    QCOMPARE(news->cursor.readUpTo, newer->cursor.readUpTo);
    QCOMPARE(news->cursor.holes.keys(), holes);
}

// The requester's feedback news reads past entries that are not committed yet, as the Audit page
// does: a piece of feedback whose position was drawn before a later one's is still news once it
// commits (it was skipped for good before).
void TestAuditLog::feedbackNewsPicksUpFeedbackThatCommitsLate()
{
    auto r = t->ws().requests().submit(QStringLiteral("req"),
                                       { QStringLiteral("act"), {}, { QStringLiteral("test1") }, QStringLiteral("y") },
                                       SubmitMode::RequestApproval);
    QVERIFY(r.ok());
    QVERIFY(t->ws().requests().giveFeedback(QStringLiteral("bob"), r->id, { 1, QStringLiteral("old") }).ok());
    auto start = feedbackNewsStart(t->ws().audit(), t->clock.nowMs());
    QVERIFY(start.ok());
    const auto news = [this](const AuditFeedCursor& from) {
        auto n = feedbackOnRequestsOf(t->ws().audit(), QStringLiteral("req"), from, t->clock.nowMs());
        if (!n.ok())
            qFatal("%s", qPrintable(n.error().message));
        return *n;
    };
    AuditFeedCursor from = *start;
    from.holesPossible = true; // as on PostgreSQL, so that SQLite runs the same mechanism
    QVERIFY(news(from).entries.isEmpty()); // what was there before is not news

    QVERIFY(t->ws().requests().giveFeedback(QStringLiteral("alice"), r->id, { -1, QStringLiteral("first") }).ok());
    QVERIFY(t->ws().requests().giveFeedback(QStringLiteral("req"), r->id, { 1, QStringLiteral("mine") }).ok());
    QVERIFY(t->ws().requests().giveFeedback(QStringLiteral("bob"), r->id, { -1, QStringLiteral("second") }).ok());
    // Alice's is not committed yet when the news is read: take it out meanwhile.
    auto row = t->db().exec(
        QStringLiteral("SELECT %1 FROM audit_log WHERE event = ? AND actor = ? ORDER BY seq DESC LIMIT 1")
            .arg(kAuditColumns),
        { QString(AuditEvent::RequestFeedback), QStringLiteral("alice") });
    QVERIFY(row.ok() && row->next());
    const AuditEntry held = auditEntryFromRow(*row);
    row->finish();
    QVERIFY(t->db().exec(QStringLiteral("DELETE FROM audit_log WHERE seq = ?"), { held.seq }).ok());

    const FeedbackNews first = news(from);
    QCOMPARE(first.entries.size(), 1); // bob's; the requester's own is not news to her
    QCOMPARE(first.entries.first().actor, QStringLiteral("bob"));
    QVERIFY(first.cursor.holes.contains(held.seq));

    QVERIFY(
        t->db()
            .exec(QStringLiteral("INSERT INTO audit_log (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(kAuditColumns),
                  { held.seq, held.at, held.actor, held.event, held.requestId, held.payload, held.prevHash, held.hash,
                    held.chain, held.chainSeq })
            .ok());
    const FeedbackNews second = news(first.cursor);
    QCOMPARE(second.entries.size(), 1);
    QCOMPARE(second.entries.first().seq, held.seq);
    QVERIFY(second.cursor.holes.isEmpty());
    QVERIFY(news(second.cursor).entries.isEmpty()); // told once

    // Feedback on someone else's request is not hers.
    auto other = t->ws().requests().submit(
        QStringLiteral("alice"), { QStringLiteral("act"), {}, { QStringLiteral("test1") }, QStringLiteral("z") },
        SubmitMode::RequestApproval);
    QVERIFY(other.ok());
    QVERIFY(t->ws().requests().giveFeedback(QStringLiteral("bob"), other->id, { 1, {} }).ok());
    QVERIFY(news(second.cursor).entries.isEmpty());
}

// A live view follows the log by positions (where, what, who), and asks for more than one IN list
// holds at once: the log reads them a slice at a time.
void TestAuditLog::positionsAreReadWithoutTheirEntries()
{
    auto head = t->ws().audit().headSeq();
    QVERIFY(head.ok());
    for (const char* actor : { "kim", "dave", "kim" })
        QVERIFY(t->ws().audit().append(QLatin1String(actor), QStringLiteral("test.positions"), 0, {}).ok());
    auto after = t->ws().audit().positionsAfter(*head, 2);
    QVERIFY(after.ok());
    QCOMPARE(after->size(), 2);
    QCOMPARE(after->at(0).seq, *head + 1);
    QCOMPARE(after->at(0).event, QStringLiteral("test.positions"));
    QCOMPARE(after->at(0).actor, QStringLiteral("kim"));
    QCOMPARE(after->at(1).actor, QStringLiteral("dave"));

    QList<qint64> asked { *head + 3 };
    for (qint64 missing = *head + 4; missing < *head + 1200; ++missing)
        asked << missing;
    asked << *head + 1;
    auto at = t->ws().audit().positionsAt(asked);
    QVERIFY2(at.ok(), qPrintable(at.error().message));
    QCOMPARE(at->size(), 2);
    QCOMPARE(at->at(0).seq, *head + 1);
    QCOMPARE(at->at(1).seq, *head + 3);

    // The Audit page reads positions (not entries) below the head as whole-log readers only.
    auto audited = t->ws().auditService().positionsAfter(QStringLiteral("audit"), *head, 10);
    QVERIFY2(audited.ok(), qPrintable(audited.error().message));
    QCOMPARE(audited->size(), 3);
    QCOMPARE(audited->at(2).seq, *head + 3);
    QCOMPARE(t->ws().auditService().positionsAfter(QStringLiteral("carol"), *head, 10).error().code,
             Error::Code::Forbidden);
}

// The whole check screens requests before reading them back (RequestScreen): every intact row
// as Countersign writes it is cleared, on both engines, with its digest as stored.
void TestAuditLog::screenClearsIntactRequests()
{
    QVERIFY(t->ws()
                .requests()
                .submit(QStringLiteral("req"),
                        { QStringLiteral("act"),
                          { { QStringLiteral("note"), QStringLiteral("quotes \"and\" {braces}, ümlauts") },
                            { QStringLiteral("pin"), QStringLiteral("1234") } },
                          { QStringLiteral("test1"), QStringLiteral("prod1") },
                          QStringLiteral("second: \\ back") },
                        SubmitMode::RequestApproval)
                .ok());
    // Request 1 with every optional field set (time-bound, on behalf of, with a ticket) and a digest
    // to match: the screen clears a row that agrees with itself (the caller compares the digest
    // with the submission's), so each of those columns is read as written, on both engines.
    auto first = t->ws().requestStore().load(1);
    QVERIFY(first.ok());
    Request full = *first;
    full.durationSeconds = 3600;
    full.notBefore = 1763700000001;
    full.previousRequest = 12;
    full.behalfOf = QStringLiteral("erin");
    full.ticket = QStringLiteral("CHG-1");
    QVERIFY(t->db()
                .exec(QStringLiteral("UPDATE requests SET duration_seconds = ?, not_before = ?, previous_request = ?, "
                                     "behalf_of = ?, ticket = ?, digest = ? WHERE id = 1"),
                      { full.durationSeconds, full.notBefore, full.previousRequest, full.behalfOf, full.ticket,
                        full.computeDigest() })
                .ok());
    RequestStore store(t->db());
    QList<ScreenedRequest> page;
    QVERIFY(t->db()
                .readSnapshot([&]() -> Status {
                    auto screened = store.screenedPage(0, 100, 10);
                    CS_TRY(screened);
                    page = *screened;
                    return {};
                })
                .ok());
    QCOMPARE(page.size(), 2);
    for (const ScreenedRequest& screened : std::as_const(page)) {
        QVERIFY2(screened.cleared, qPrintable(QString::number(screened.id)));
        auto read = store.load(screened.id);
        QVERIFY(read.ok());
        QCOMPARE(screened.digest, read->digest);
        if (screened.id == 1)
            QCOMPARE(read->ticket, full.ticket);
    }
}

// Ids are Countersign's from 1 on, but rows written outside it may take any: a page that ends at
// id 0 is a page like any other, and a request without a submission is named.
void TestAuditLog::requestsNumberedZeroOrBelowAreChecked()
{
    for (const qint64 id : { -1, 0 })
        QVERIFY(t->db()
                    .exec(QStringLiteral("INSERT INTO requests (id, action, action_version, version_digest, requester, "
                                         "comment, parameters, targets, policy, bypass, state, phase, phase_count, "
                                         "created_at, deadline, updated_at, digest) SELECT ?, action, action_version, "
                                         "version_digest, requester, comment, parameters, targets, policy, bypass, "
                                         "state, phase, phase_count, created_at, deadline, updated_at, digest FROM "
                                         "requests WHERE id = 1"),
                          { id })
                    .ok());
    const AuditVerification v = verifyAll();
    QVERIFY(!v.intact);
    QCOMPARE(v.problem, QStringLiteral("Request #-1 has no submission in its audit trail."));
    QCOMPARE(v.firstBrokenSeq, 0);
}

void TestAuditLog::wholeCheckAgreesWithReadingBack_data()
{
    QTest::addColumn<QString>("edit");
    QTest::addColumn<bool>("intact");
    QTest::newRow("parameters edited") << QStringLiteral("parameters = '{\"count\":2}'") << false;
    QTest::newRow("parameters spelled otherwise")
        << QStringLiteral("parameters = REPLACE(parameters, ':', ': ')") << true;
    QTest::newRow("targets not a list") << QStringLiteral("targets = '{}'") << false;
    QTest::newRow("policy not JSON") << QStringLiteral("policy = 'phases'") << false;
    QTest::newRow("bypass not an object") << QStringLiteral("bypass = '[]'") << false;
    QTest::newRow("unknown state") << QStringLiteral("state = 'approved-ish'") << false;
    QTest::newRow("phase past the policy") << QStringLiteral("phase = 5") << false;
    QTest::newRow("phase count edited") << QStringLiteral("phase_count = 3") << false;
    QTest::newRow("digest emptied") << QStringLiteral("digest = ''") << false;
}

// Whatever the screen leaves to the read back, the whole check says what reading the row says:
// intact for a row only spelled otherwise (an older writer's), its problem for any other edit.
void TestAuditLog::wholeCheckAgreesWithReadingBack()
{
    QFETCH(QString, edit);
    QFETCH(bool, intact);
    QVERIFY(t->db().exec(QStringLiteral("UPDATE requests SET %1 WHERE id = 1").arg(edit)).ok());
    RequestStore store(t->db());
    QList<ScreenedRequest> page;
    QVERIFY(t->db()
                .readSnapshot([&]() -> Status {
                    auto screened = store.screenedPage(0, 1, 10);
                    CS_TRY(screened);
                    page = *screened;
                    return {};
                })
                .ok());
    QCOMPARE(page.size(), 1);
    QVERIFY(!page.first().cleared);
    const auto read = store.load(1);
    QCOMPARE(read.ok(), intact);
    const AuditVerification v = verifyAll();
    QCOMPARE(v.intact, intact);
    if (!read.ok()) {
        QCOMPARE(v.problem, read.error().message);
        QCOMPARE(v.firstBrokenSeq, submittedSeq(1));
    } else {
        QCOMPARE(v.requestsChecked, 1);
    }
}

void TestAuditLog::sha256MatchesKnownVector()
{
    QCOMPARE(sha256Hex("abc"), QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QCOMPARE(sha256Hex({}), QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
}

namespace {
void addTrickyStrings()
{
    QTest::addColumn<QString>("text");
    QString everyAscii;
    for (char16_t c = 0x20; c < 0x80; ++c)
        everyAscii.append(QChar(c));
    QTest::newRow("empty") << QString();
    QTest::newRow("every printable ascii") << everyAscii;
    QTest::newRow("canonical json") << QStringLiteral(R"({"a":"b\"c","n":[1,2]})");
    QTest::newRow("umlauts") << QStringLiteral("Jürgen Groß");
    QTest::newRow("emoji pair") << QStringLiteral("ok \U0001F600 done");
    QTest::newRow("cjk") << QStringLiteral("\u7BA1\u7406\u8005");
    QTest::newRow("newline and tab") << QStringLiteral("line\nnext\tcol\r\b\f");
    QTest::newRow("other control") << (QStringLiteral("bell") + QChar(0x07) + QChar(0x1f));
    QTest::newRow("lone high surrogate") << (QStringLiteral("x") + QChar(0xD83D) + QStringLiteral("y"));
    QTest::newRow("lone low surrogate at end") << (QStringLiteral("x") + QChar(0xDE00));
    QTest::newRow("nul") << (QStringLiteral("a") + QChar(0) + QStringLiteral("b"));
}
} // namespace

void TestAuditLog::jsonStringMatchesQJsonDocument_data()
{
    addTrickyStrings();
}

void TestAuditLog::jsonStringMatchesQJsonDocument()
{
    QFETCH(QString, text);
    QByteArray mine("{\"k\":");
    if (!appendJsonString(mine, text))
        QVERIFY(text.contains(QChar(0x07)) || text.contains(QChar(0)) || text.contains(QLatin1Char('\n'))
                || !QStringView(text).isValidUtf16()); // only the cases it declines
    else
        QCOMPARE(mine + '}', canonicalJson(QJsonObject { { QStringLiteral("k"), text } }));
}

void TestAuditLog::entryHashMatchesCanonicalObject_data()
{
    addTrickyStrings();
}

void TestAuditLog::entryHashMatchesCanonicalObject()
{
    QFETCH(QString, text);
    for (qint64 chain : { qint64(0), qint64(42) }) {
        AuditEntry e;
        e.seq = 1234567;
        e.at = 1763700000000;
        e.actor = text;
        e.event = QStringLiteral("request.submitted");
        e.requestId = chain;
        e.chain = chain;
        e.chainSeq = chain ? 3 : 0;
        e.payload = QStringLiteral(R"({"comment":")") + text + QStringLiteral(R"("})");
        e.prevHash = sha256Hex(text.toUtf8());
        QCOMPARE(AuditLog::entryHash(e), sha256Hex(canonicalJson(AuditLog::entryObject(e))));
    }
}

void TestAuditLog::requestDigestFromStoredTextMatches_data()
{
    addTrickyStrings();
}

// Reading a request checks its digest from the stored JSON texts; it must say "equal" exactly when
// the general writer does, whatever the text, and with every optional field set or not.
void TestAuditLog::requestDigestFromStoredTextMatches()
{
    QFETCH(QString, text);
    const QJsonObject phase { { QStringLiteral("name"), QStringLiteral("Review") },
                              { QStringLiteral("approve"),
                                QJsonObject { { QStringLiteral("group"), QStringLiteral("ops") } } } };
    auto flow = Flow::fromJson(QJsonObject { { QStringLiteral("phases"), QJsonArray { phase } } });
    QVERIFY2(flow.ok(), flow.ok() ? "" : qPrintable(flow.error().message));
    for (bool optional : { false, true }) {
        Request r;
        r.action = text;
        r.actionVersion = 7;
        r.versionDigest = sha256Hex("v");
        r.requester = QStringLiteral("alice") + text;
        r.comment = text;
        r.parameters = QJsonObject { { QStringLiteral("name"), text },
                                     { QStringLiteral("n"), 3 },
                                     { QStringLiteral("ratio"), 0.25 },
                                     { QStringLiteral("on"), true } };
        r.targets = QStringList { QStringLiteral("db01"), text };
        r.flow = *flow;
        r.deadline = 1763700000000;
        if (optional) {
            r.bypass = QJsonObject { { QStringLiteral("reason"), text } };
            r.durationSeconds = 3600;
            r.notBefore = 1763700000001;
            r.previousRequest = 12;
            r.behalfOf = QStringLiteral("erin") + text;
            r.ticket = text + QStringLiteral("-1");
        }
        r.digest = r.computeDigest();
        // As RequestStore writes the columns: each JSON value's canonical text.
        const QString stored
            = r.digestOfStoredText(canonicalJson(r.parameters), canonicalJson(QJsonArray::fromStringList(r.targets)),
                                   canonicalJson(r.flow.toJson()), canonicalJson(r.bypass));
        if (stored.isEmpty())
            QVERIFY2(text.contains(QChar(0)) || text.contains(QChar(0x07)) || text.contains(QLatin1Char('\n'))
                         || text.contains(QChar(0xD83D)) || text.contains(QChar(0xDE00)),
                     "only text the general writer must spell may take the slow path");
        else
            QCOMPARE(stored, r.digest);
        // Another spelling of the same value (not what Countersign writes) never passes as equal.
        const QString spaced = r.digestOfStoredText(QByteArray(QByteArray(" ") + canonicalJson(r.parameters)),
                                                    canonicalJson(QJsonArray::fromStringList(r.targets)),
                                                    canonicalJson(r.flow.toJson()), canonicalJson(r.bypass));
        QVERIFY(spaced != r.digest);
    }
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
