#include <QtTest>
#include <core/admin/integritycheck.h>
#include <core/audit/auditevents.h>
#include <core/common/canonicaljson.h>
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
    void headSpelledDifferentlyIsNamed();
    void vanishedTrailIsNamed();
    void intactRequestsVerify();
    void editedRequestIsNamed();
    void editedRequestWithRewrittenDigestIsNamed();
    void requestsAfterTheFirstPageAreChecked();
    void sha256MatchesKnownVector();
    void jsonStringMatchesQJsonDocument_data();
    void jsonStringMatchesQJsonDocument();
    void entryHashMatchesCanonicalObject_data();
    void entryHashMatchesCanonicalObject();

private:
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
    const AuditVerification v = verify();
    QVERIFY(!v.intact);
    QCOMPARE(v.firstBrokenSeq, 6);
    QCOMPARE(v.problem, QStringLiteral("Audit entry #6 does not link to entry #5: the chain was broken there."));
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

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
