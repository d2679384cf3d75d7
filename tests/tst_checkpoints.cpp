#include <QFile>
#include <QJsonDocument>
#include <QtTest>
#include <core/admin/integritycheck.h>
#include <core/audit/auditcheckpoints.h>
#include <core/audit/auditevents.h>
#include <core/audit/auditrow.h>
#include <core/audit/checkpointkeyfile.h>
#include <support/testworkspace.h>

using namespace cs;

// Signed audit checkpoints: what the hash chains alone cannot see (a whole chain deleted with its
// head, history rewritten with every hash recomputed) is named against the last checkpoint.
class TestCheckpoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void validLogPasses();
    void deletedChainIsNamed();
    void rewrittenHistoryIsNamed();
    void badSignatureIsNamed();
    void unknownKeyIsNamed();
    void keyOutsideItsValidityIsNamed();
    void removedHeadRecordIsNamed();
    void sinceCheckpointWalksOnlyTheNewEntries();
    void sinceCheckpointNamesAnEditAfterIt();
    void sinceCheckpointNamesAnEditAfterTheRecordedHead();
    void sinceCheckpointLeavesEntriesBeforeTheHeadToTheFullVerify();
    void exportedCheckpointVerifiesLater();
    void onlyAdminsListKeysAndOnlyAuditorsCheckpoint();
    void keyFileIsTheOwnersAlone();
    void checkpointsAreFoundWithoutReadingTheLog();

private:
    qint64 submit();
    AuditCheckpoint checkpoint();
    AuditVerification verifyAll();
    // What someone with write access to the database can do: recompute every hash of a chain.
    void rehashChain(qint64 chain);
    void deleteRequest(qint64 id);
    std::unique_ptr<TestWorkspace> t;
    std::optional<SigningKey> key;
};

void TestCheckpoints::init()
{
    t = std::make_unique<TestWorkspace>();
    buildStandardWorkspace(*t);
    t->user(QStringLiteral("erin"), {}, {}, { QStringLiteral("auditor") });
    auto made = SigningKey::generate();
    QVERIFY(made.ok());
    key = std::move(made).value();
    QVERIFY(t->ws().auditService().registerCheckpointKey(QStringLiteral("root"), key->publicKey()).ok());
    submit();
    submit();
}

void TestCheckpoints::cleanup()
{
    t.reset();
    key.reset();
}

qint64 TestCheckpoints::submit()
{
    auto r = t->ws().requests().submit(QStringLiteral("req"),
                                       { QStringLiteral("act"), {}, { QStringLiteral("test1") }, QStringLiteral("x") },
                                       SubmitMode::RequestApproval);
    if (!r.ok())
        qFatal("submit: %s", qPrintable(r.error().message));
    if (!t->ws().requests().decide(QStringLiteral("alice"), r->id, true, {}).ok())
        qFatal("decide failed");
    t->clock.advanceSecs(1);
    return r->id;
}

AuditCheckpoint TestCheckpoints::checkpoint()
{
    auto c = t->ws().auditService().checkpoint(QStringLiteral("erin"), *key);
    if (!c.ok())
        qFatal("checkpoint: %s", qPrintable(c.error().message));
    t->clock.advanceSecs(1);
    return *c;
}

AuditVerification TestCheckpoints::verifyAll()
{
    auto v = verifyIntegrity(t->db(), t->clock);
    if (!v.ok())
        qFatal("verify: %s", qPrintable(v.error().message));
    return *v;
}

void TestCheckpoints::rehashChain(qint64 chain)
{
    auto rows = t->db().exec(
        QStringLiteral("SELECT %1 FROM audit_log WHERE chain = ? ORDER BY chain_seq").arg(kAuditColumns), { chain });
    auto entries = auditEntriesOf(std::move(rows));
    QVERIFY(entries.ok());
    QString previous;
    for (AuditEntry e : *entries) {
        e.prevHash = previous;
        e.hash = AuditLog::entryHash(e);
        QVERIFY(t->db()
                    .exec(QStringLiteral("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?"),
                          { e.prevHash, e.hash, e.seq })
                    .ok());
        previous = e.hash;
    }
    QVERIFY(t->db().exec(QStringLiteral("UPDATE audit_chains SET hash = ? WHERE chain = ?"), { previous, chain }).ok());
}

void TestCheckpoints::deleteRequest(qint64 id)
{
    for (const char* table : { "decisions", "request_audience", "request_secrets", "executions", "dispatch_attempts" })
        QVERIFY(
            t->db().exec(QStringLiteral("DELETE FROM %1 WHERE request_id = ?").arg(QLatin1String(table)), { id }).ok());
    QVERIFY(t->db().exec(QStringLiteral("DELETE FROM audit_log WHERE chain = ?"), { id }).ok());
    QVERIFY(t->db().exec(QStringLiteral("DELETE FROM audit_chains WHERE chain = ?"), { id }).ok());
    QVERIFY(t->db().exec(QStringLiteral("DELETE FROM requests WHERE id = ?"), { id }).ok());
}

void TestCheckpoints::validLogPasses()
{
    const AuditCheckpoint first = checkpoint();
    QCOMPARE(first.number, 1);
    QCOMPARE(first.chains, 3); // the global chain and two requests
    QCOMPARE(first.changed, 3);
    submit();
    const AuditCheckpoint second = checkpoint();
    QCOMPARE(second.number, 2);
    QCOMPARE(second.chains, 4);
    QCOMPARE(second.changed, 2); // the global chain (the first checkpoint moved it) and the new request
    submit();
    const AuditVerification v = verifyAll();
    QVERIFY2(v.intact, qPrintable(v.problem));
    QCOMPARE(v.checkpointsChecked, 2);
    QCOMPARE(v.lastCheckpoint, 2);
    QCOMPARE(v.lastCheckpointSeq, second.seq);
}

void TestCheckpoints::deletedChainIsNamed()
{
    const AuditCheckpoint c = checkpoint();
    deleteRequest(1);
    // The chains alone and the requests read back see nothing: both went together.
    auto chains = t->ws().audit().verify();
    QVERIFY(chains.ok() && chains->intact);
    const AuditVerification v = verifyAll();
    QVERIFY(!v.intact);
    QCOMPARE(v.problem,
             QStringLiteral("The audit chain of request #1 is missing: checkpoint 1 (audit entry #%1) recorded it "
                            "with 4 entries.")
                 .arg(c.seq));
}

void TestCheckpoints::rewrittenHistoryIsNamed()
{
    const AuditCheckpoint c = checkpoint();
    submit();
    QVERIFY(
        t->db().exec(QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE chain = 2 AND chain_seq = 1")).ok());
    rehashChain(2);
    auto chains = t->ws().audit().verify();
    QVERIFY(chains.ok());
    QVERIFY2(chains->intact, qPrintable(chains->problem)); // every hash was recomputed
    const AuditVerification v = verifyAll();
    QVERIFY(!v.intact);
    QCOMPARE(
        v.problem,
        QStringLiteral("The audit chain of request #2 was rewritten: its entry 4 is no longer the one checkpoint 1 "
                       "(audit entry #%1) recorded.")
            .arg(c.seq));
}

void TestCheckpoints::badSignatureIsNamed()
{
    const AuditCheckpoint c = checkpoint();
    // One fewer chain claimed, the global chain rehashed so that only the signature can tell.
    QJsonObject payload = c.payload;
    payload.insert(QStringLiteral("chains"), c.chains - 1);
    QVERIFY(t->db()
                .exec(QStringLiteral("UPDATE audit_log SET payload = ? WHERE seq = ?"),
                      { QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)), c.seq })
                .ok());
    rehashChain(0);
    const AuditVerification v = verifyAll();
    QVERIFY(!v.intact);
    QCOMPARE(v.problem,
             QStringLiteral("The signature of checkpoint 1 (audit entry #%1) is not valid: the checkpoint was altered "
                            "or forged.")
                 .arg(c.seq));
}

void TestCheckpoints::unknownKeyIsNamed()
{
    const AuditCheckpoint c = checkpoint();
    QVERIFY(t->db().exec(QStringLiteral("DELETE FROM audit_keys")).ok());
    const AuditVerification v = verifyAll();
    QVERIFY(!v.intact);
    QCOMPARE(v.problem,
             QStringLiteral("Checkpoint 1 (audit entry #%1) is signed with key %2, which this workspace does not list.")
                 .arg(c.seq)
                 .arg(key->keyId()));
}

void TestCheckpoints::keyOutsideItsValidityIsNamed()
{
    const AuditCheckpoint c = checkpoint();
    QVERIFY(t->db().exec(QStringLiteral("UPDATE audit_keys SET valid_from = ?"), { t->clock.nowMs() }).ok());
    const AuditVerification v = verifyAll();
    QVERIFY(!v.intact);
    QCOMPARE(v.problem,
             QStringLiteral("Checkpoint 1 (audit entry #%1) was signed with key %2 outside the time the key is valid.")
                 .arg(c.seq)
                 .arg(key->keyId()));
    // And a key no longer valid signs nothing new.
    QVERIFY(t->db().exec(QStringLiteral("UPDATE audit_keys SET valid_from = 0, valid_until = 1")).ok());
    auto refused = t->ws().auditService().checkpoint(QStringLiteral("erin"), *key);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Forbidden);
}

void TestCheckpoints::removedHeadRecordIsNamed()
{
    const AuditCheckpoint c = checkpoint();
    QVERIFY(t->db().exec(QStringLiteral("DELETE FROM audit_checkpoint_heads WHERE chain = 1")).ok());
    const AuditVerification v = verifyAll();
    QVERIFY(!v.intact);
    QCOMPARE(v.problem,
             QStringLiteral("The chain heads recorded with checkpoint 1 (audit entry #%1) are not the ones it signed: "
                            "they were altered or removed.")
                 .arg(c.seq));
}

void TestCheckpoints::sinceCheckpointWalksOnlyTheNewEntries()
{
    checkpoint();
    submit(); // 4 entries in a new chain
    auto v = verifySinceCheckpoint(t->db(), t->clock);
    QVERIFY(v.ok());
    QVERIFY2(v->intact, qPrintable(v->problem));
    // The global chain from its checkpointed head (that entry and the checkpoint), and the new request.
    QCOMPARE(v->entriesChecked, 2 + 4);
    QCOMPARE(v->checkpointsChecked, 1);
}

void TestCheckpoints::sinceCheckpointNamesAnEditAfterIt()
{
    checkpoint();
    const qint64 id = submit();
    auto entries = t->ws().audit().entries(id);
    QVERIFY(entries.ok() && entries->size() == 4);
    const qint64 seq = entries->at(2).seq;
    QVERIFY(t->db().exec(QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE seq = ?"), { seq }).ok());
    auto v = verifySinceCheckpoint(t->db(), t->clock);
    QVERIFY(v.ok());
    QVERIFY(!v->intact);
    QCOMPARE(v->firstBrokenSeq, seq);
    QVERIFY2(v->problem.startsWith(QStringLiteral("Audit entry #%1 (").arg(seq)), qPrintable(v->problem));
}

// A chain the checkpoint recorded that grew afterwards: what it gained is rehashed and an edit is named.
void TestCheckpoints::sinceCheckpointNamesAnEditAfterTheRecordedHead()
{
    auto r = t->ws().requests().submit(QStringLiteral("req"),
                                       { QStringLiteral("act"), {}, { QStringLiteral("test1") }, QStringLiteral("x") },
                                       SubmitMode::RequestApproval);
    QVERIFY(r.ok());
    auto before = t->ws().audit().entries(r->id);
    QVERIFY(before.ok());
    checkpoint(); // records the pending request's head
    QVERIFY(t->ws().requests().decide(QStringLiteral("alice"), r->id, true, {}).ok());
    auto after = t->ws().audit().entries(r->id);
    QVERIFY(after.ok() && after->size() > before->size());
    const qint64 seq = after->last().seq;
    QVERIFY(t->db().exec(QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE seq = ?"), { seq }).ok());
    auto v = verifySinceCheckpoint(t->db(), t->clock);
    QVERIFY(v.ok());
    QVERIFY(!v->intact);
    QCOMPARE(v->firstBrokenSeq, seq);
    QVERIFY2(v->problem.startsWith(QStringLiteral("Audit entry #%1 (").arg(seq)), qPrintable(v->problem));
}

// What --since-checkpoint does not do, as README and --help say: an entry before a recorded head
// is not hashed again (the recorded head pins the chain up to it); the full verify names an edit there.
void TestCheckpoints::sinceCheckpointLeavesEntriesBeforeTheHeadToTheFullVerify()
{
    checkpoint();
    auto entries = t->ws().audit().entries(1);
    QVERIFY(entries.ok() && entries->size() == 4);
    const qint64 seq = entries->at(1).seq;
    QVERIFY(t->db().exec(QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE seq = ?"), { seq }).ok());
    auto quick = verifySinceCheckpoint(t->db(), t->clock);
    QVERIFY(quick.ok());
    QVERIFY2(quick->intact, qPrintable(quick->problem));
    const AuditVerification full = verifyAll();
    QVERIFY(!full.intact);
    QCOMPARE(full.firstBrokenSeq, seq);
}

void TestCheckpoints::exportedCheckpointVerifiesLater()
{
    const AuditCheckpoint c = checkpoint();
    auto exported = t->ws().auditService().exportCheckpoint(QStringLiteral("erin"));
    QVERIFY(exported.ok());
    submit();
    AuditCheckpoints checkpoints(t->db(), t->ws().audit(), t->clock);
    auto v = checkpoints.verifyAgainst(*exported);
    QVERIFY(v.ok());
    QVERIFY2(v->intact, qPrintable(v->problem));

    // An altered file proves nothing.
    QJsonObject forged = *exported;
    QJsonObject payload = forged.value(QStringLiteral("checkpoint")).toObject();
    payload.insert(QStringLiteral("chains"), 99);
    forged.insert(QStringLiteral("checkpoint"), payload);
    auto refused = checkpoints.verifyAgainst(forged);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Integrity);

    // The owner replaces the checkpoint with one of his own key, rehashing the global chain: the
    // workspace verifies on its own, the auditor's file does not.
    QVERIFY(t->db().exec(QStringLiteral("DELETE FROM audit_checkpoint_heads")).ok());
    QVERIFY(t->db().exec(QStringLiteral("DELETE FROM audit_keys")).ok());
    QVERIFY(t->db().exec(QStringLiteral("DELETE FROM audit_log WHERE seq = ?"), { c.seq }).ok());
    QVERIFY(t->db()
                .exec(QStringLiteral("UPDATE audit_log SET chain_seq = chain_seq - 1 WHERE chain = 0 AND seq > ?"),
                      { c.seq })
                .ok());
    QVERIFY(t->db().exec(QStringLiteral("UPDATE audit_chains SET seq = seq - 1 WHERE chain = 0")).ok());
    rehashChain(0);
    QVERIFY2(verifyAll().intact, qPrintable(verifyAll().problem));
    v = checkpoints.verifyAgainst(*exported);
    QVERIFY(v.ok());
    QVERIFY(!v->intact);
    QCOMPARE(v->problem,
             QStringLiteral("Checkpoint 1 (audit entry #%1) from the file is not in this workspace: its audit log was "
                            "replaced or rewritten since.")
                 .arg(c.seq));
}

void TestCheckpoints::onlyAdminsListKeysAndOnlyAuditorsCheckpoint()
{
    auto other = SigningKey::generate();
    QVERIFY(other.ok());
    auto listed = t->ws().auditService().registerCheckpointKey(QStringLiteral("erin"), other->publicKey());
    QVERIFY(!listed.ok());
    QCOMPARE(listed.error().code, Error::Code::Forbidden);
    auto made = t->ws().auditService().checkpoint(QStringLiteral("req"), *key);
    QVERIFY(!made.ok());
    QCOMPARE(made.error().code, Error::Code::Forbidden);
    // A key nobody listed signs nothing.
    made = t->ws().auditService().checkpoint(QStringLiteral("erin"), *other);
    QVERIFY(!made.ok());
    QCOMPARE(made.error().code, Error::Code::Forbidden);
}

void TestCheckpoints::keyFileIsTheOwnersAlone()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("checkpoint.pem"));
    bool created = false;
    auto made = loadOrCreateKeyFile(path, &created);
    QVERIFY(made.ok());
    QVERIFY(created);
    QCOMPARE(QFile(path).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto again = loadOrCreateKeyFile(path, &created);
    QVERIFY(again.ok());
    QVERIFY(!created);
    QCOMPARE(again->keyId(), made->keyId());
    QVERIFY(QFile::setPermissions(path, QFile(path).permissions() | QFileDevice::ReadOther));
    auto refused = loadOrCreateKeyFile(path);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Forbidden);
}

QTEST_GUILESS_MAIN(TestCheckpoints)
void TestCheckpoints::checkpointsAreFoundWithoutReadingTheLog()
{
    // Among millions of entries there are a few checkpoints: verify, evidence and the next
    // checkpoint find them through their own index, not by reading the global chain.
    checkpoint();
    Database& db = t->ws().database();
    const bool postgres = db.engine() == Database::Engine::Postgres;
    for (const QString& statement :
         { CheckpointStatements::inOrder(), CheckpointStatements::newest(), CheckpointStatements::count() }) {
        QStringList plan;
        QVERIFY(db.readSnapshot([&]() -> Status {
                      if (postgres) // a few rows: without this the planner rightly reads the table
                          CS_TRY(db.exec(QStringLiteral("SET LOCAL enable_seqscan = off")));
                      auto q = db.exec((postgres ? QStringLiteral("EXPLAIN ") : QStringLiteral("EXPLAIN QUERY PLAN "))
                                       + statement);
                      CS_TRY(q);
                      while (q->next())
                          plan << q->value(postgres ? 0 : 3).toString();
                      return {};
                  }).ok());
        QVERIFY2(plan.join(QLatin1Char('\n')).contains(QLatin1String("audit_log_checkpoints")),
                 qPrintable(statement + QLatin1Char('\n') + plan.join(QLatin1Char('\n'))));
    }
    const AuditVerification v = verifyAll();
    QVERIFY2(v.intact, qPrintable(v.problem));
    QCOMPARE(v.checkpointsChecked, 1);
}

#include "tst_checkpoints.moc"
