#include <QtTest>
#include <core/views/requestjson.h>
#include <core/views/requesttext.h>
#include <support/testworkspace.h>

using namespace cs;

namespace {

// Every page in turn from the newest (ten at most): the ids in the order seen, or the first error.
Result<QList<qint64>> walkPages(const std::function<Result<RequestPage>(qint64 beforeId)>& page, int* pages)
{
    QList<qint64> seen;
    qint64 before = 0;
    *pages = 0;
    do {
        auto p = page(before);
        CS_TRY(p);
        for (const Request& r : std::as_const(p->requests))
            seen << r.id;
        before = p->nextBeforeId;
        ++*pages;
    } while (before > 0 && *pages < 10);
    return seen;
}

} // namespace

class TestRequestLifecycle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void digestStableAcrossSaveAndLoad();
    void digestChangesWithEveryField_data();
    void digestChangesWithEveryField();
    void tamperedRowIsAnErrorNeverAccepted();
    void tamperedRowCannotBeApproved();
    void rowTamperedAfterBeingReadIsStillNoticed();
    void damagedRowsAreReportedInLists();
    void secretsAreCommittedNotStoredInTheRequest();
    void secretsOfRequestsThatNeverRunAreDeleted_data();
    void secretsOfRequestsThatNeverRunAreDeleted();
    void commentIsMandatory();
    void submitAgainstAnOlderFormIsRefused();
    void invalidParametersLoseNothing();
    void targetsAreCheckedAndSorted();
    void queues();
    void textRenderingShowsWhatIsApproved();
    void invisibleCharactersAreRefusedOrShownEscaped();
    void incomingFindsOldRequestsBehindManyOthers();
    void queuesPageWithoutGapsOrRepeats();
    void historyPagesWithoutGapsOrRepeats();
    void incomingNamesManagersAndOwners();
    void rebuiltAudienceRestoresTheQueue();
    void keyedSubmitFindsItsOwnRequest();
    void keyedSubmitWithOtherInputIsRefused();
    void keyedRetryAfterAnUnknownOutcome();

private:
    bool secretLeftBehind(qint64 requestId, const QByteArray& canary);
    Request submit(const QJsonObject& params = {}, const QStringList& targets = { QStringLiteral("test1") });
    std::unique_ptr<TestWorkspace> t;
};

void TestRequestLifecycle::init()
{
    t = std::make_unique<TestWorkspace>();
    buildStandardWorkspace(*t);
}

void TestRequestLifecycle::cleanup()
{
    t.reset();
}

namespace {

qint64 countOf(Database& db, const QString& table)
{
    auto q = db.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
    return q.ok() && q->next() ? q->value(0).toLongLong() : -1;
}

SubmitInput keyed(const QString& key, const QJsonObject& params = {})
{
    return { QStringLiteral("act"), params, { QStringLiteral("test1") }, QStringLiteral("because"), key };
}

} // namespace

void TestRequestLifecycle::keyedSubmitFindsItsOwnRequest()
{
    const QJsonObject params { { QStringLiteral("count"), QStringLiteral("3") },
                               { QStringLiteral("pin"), QStringLiteral("1234") } };
    auto first = t->ws().requests().submit(QStringLiteral("req"), keyed(QStringLiteral("job-17"), params),
                                           SubmitMode::RequestApproval);
    QVERIFY2(first.ok(), qPrintable(first.error().message));
    QCOMPARE(first->key, QStringLiteral("job-17"));
    QCOMPARE(Json::request(*first).value(QStringLiteral("key")).toString(), QStringLiteral("job-17"));
    const qint64 requests = countOf(t->db(), QStringLiteral("requests"));
    const qint64 entries = countOf(t->db(), QStringLiteral("audit_log"));

    // The same input again, typed a little differently (3 as a number, targets with spaces): the same request.
    SubmitInput again = keyed(QStringLiteral("job-17"),
                              { { QStringLiteral("count"), 3 }, { QStringLiteral("pin"), QStringLiteral("1234") } });
    again.targets = { QStringLiteral(" test1 ") };
    auto retried = t->ws().requests().submit(QStringLiteral("req"), again, SubmitMode::RequestApproval);
    QVERIFY2(retried.ok(), qPrintable(retried.error().message));
    QCOMPARE(retried->id, first->id);
    QCOMPARE(retried->digest, first->digest);
    QCOMPARE(countOf(t->db(), QStringLiteral("requests")), requests);
    QCOMPARE(countOf(t->db(), QStringLiteral("audit_log")), entries); // nothing new in the log

    // Keys are per requester; without a key every submit is a new request.
    auto hers = t->ws().requests().submit(QStringLiteral("alice"), keyed(QStringLiteral("job-17"), params),
                                          SubmitMode::RequestApproval);
    QVERIFY2(hers.ok(), qPrintable(hers.error().message));
    QVERIFY(hers->id != first->id);
    const Request a = submit();
    const Request b = submit();
    QVERIFY(a.id != b.id);
    QVERIFY(a.key.isEmpty());
    QVERIFY(!Json::request(a).contains(QStringLiteral("key")));
    QCOMPARE(t->ws().requestStore().load(first->id)->key, QStringLiteral("job-17"));
}

void TestRequestLifecycle::keyedSubmitWithOtherInputIsRefused()
{
    const QJsonObject params { { QStringLiteral("pin"), QStringLiteral("1234") } };
    auto first = t->ws().requests().submit(QStringLiteral("req"), keyed(QStringLiteral("k"), params),
                                           SubmitMode::RequestApproval);
    QVERIFY(first.ok());
    const qint64 requests = countOf(t->db(), QStringLiteral("requests"));
    SubmitInput otherComment = keyed(QStringLiteral("k"), params);
    otherComment.comment = QStringLiteral("another reason");
    SubmitInput otherTarget = keyed(QStringLiteral("k"), params);
    otherTarget.targets = { QStringLiteral("prod1") };
    for (const SubmitInput& other :
         { keyed(QStringLiteral("k"), {}), // the secret left out
           keyed(
               QStringLiteral("k"),
               { { QStringLiteral("pin"), QStringLiteral("1234") }, { QStringLiteral("note"), QStringLiteral("x") } }),
           keyed(QStringLiteral("k"),
                 { { QStringLiteral("pin"), QStringLiteral("1234") }, { QStringLiteral("count"), 2 } }),
           otherComment, otherTarget }) {
        auto refused = t->ws().requests().submit(QStringLiteral("req"), other, SubmitMode::RequestApproval);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::Conflict);
        QCOMPARE(refused.error().message,
                 QStringLiteral("The request key \"k\" was already used for request #%1, which asks for something "
                                "else; use a new key for a new request.")
                     .arg(first->id));
    }
    QCOMPARE(countOf(t->db(), QStringLiteral("requests")), requests);
    auto badKey
        = t->ws().requests().submit(QStringLiteral("req"), keyed(QStringLiteral(" k")), SubmitMode::RequestApproval);
    QCOMPARE(badKey.error().code, Error::Code::Invalid);
}

void TestRequestLifecycle::keyedRetryAfterAnUnknownOutcome()
{
    // The COMMIT went through but its answer was lost: the retry under the same key finds it.
    t->db().loseNextCommitAnswer();
    auto unknown = t->ws().requests().submit(QStringLiteral("req"), keyed(QStringLiteral("nightly-2026-11-30")),
                                             SubmitMode::RequestApproval);
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().code, Error::Code::OutcomeUnknown);
    const qint64 requests = countOf(t->db(), QStringLiteral("requests"));
    QCOMPARE(requests, 1);
    auto retried = t->ws().requests().submit(QStringLiteral("req"), keyed(QStringLiteral("nightly-2026-11-30")),
                                             SubmitMode::RequestApproval);
    QVERIFY2(retried.ok(), qPrintable(retried.error().message));
    QCOMPARE(countOf(t->db(), QStringLiteral("requests")), requests);
    QCOMPARE(retried->key, QStringLiteral("nightly-2026-11-30"));
}

Request TestRequestLifecycle::submit(const QJsonObject& params, const QStringList& targets)
{
    auto r = t->ws().requests().submit(QStringLiteral("req"),
                                       { QStringLiteral("act"), params, targets, QStringLiteral("because") },
                                       SubmitMode::RequestApproval);
    if (!r.ok())
        qFatal("submit failed: %s", qPrintable(r.error().message));
    return *r;
}

void TestRequestLifecycle::digestStableAcrossSaveAndLoad()
{
    const Request r = submit(
        { { QStringLiteral("count"), QStringLiteral("3") }, { QStringLiteral("note"), QStringLiteral("ü ☃ \"q\"") } });
    QCOMPARE(r.digest.size(), 64);
    t->reopen();
    auto loaded = t->ws().requestStore().load(r.id);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
    QCOMPARE(loaded->digest, r.digest);
    QCOMPARE(loaded->computeDigest(), r.digest);
    QCOMPARE(loaded->parameters, r.parameters);
    // A decision changes state, not the digest.
    QVERIFY(t->ws().requests().decide(QStringLiteral("alice"), r.id, true, {}).ok());
    QCOMPARE(t->ws().requestStore().load(r.id)->digest, r.digest);
}

void TestRequestLifecycle::digestChangesWithEveryField_data()
{
    QTest::addColumn<QString>("field");
    for (const char* f : { "action", "actionVersion", "versionDigest", "parameters", "targets", "requester", "deadline",
                           "comment", "policy", "bypass" })
        QTest::newRow(f) << QString::fromLatin1(f);
}

void TestRequestLifecycle::digestChangesWithEveryField()
{
    QFETCH(QString, field);
    const Request original = submit({ { QStringLiteral("count"), 2 } });
    Request r = original;
    if (field == QLatin1String("action"))
        r.action += QLatin1Char('x');
    else if (field == QLatin1String("actionVersion"))
        r.actionVersion += 1;
    else if (field == QLatin1String("versionDigest"))
        r.versionDigest[0] = r.versionDigest[0] == QLatin1Char('a') ? QLatin1Char('b') : QLatin1Char('a');
    else if (field == QLatin1String("parameters"))
        r.parameters.insert(QStringLiteral("count"), 3);
    else if (field == QLatin1String("targets"))
        r.targets.append(QStringLiteral("prod1"));
    else if (field == QLatin1String("requester"))
        r.requester = QStringLiteral("alice");
    else if (field == QLatin1String("deadline"))
        r.deadline += 1;
    else if (field == QLatin1String("comment"))
        r.comment += QLatin1Char('.');
    else if (field == QLatin1String("policy"))
        r.flow.phases.first().quorum = 2;
    else if (field == QLatin1String("bypass"))
        r.bypass.insert(QStringLiteral("reason"), QStringLiteral("forged"));
    QVERIFY(r.computeDigest() != original.digest);
    // State, phase and timestamps of updates are not part of what was approved.
    Request moved = original;
    moved.state = RequestState::Approved;
    moved.phase = 1;
    moved.updatedAt += 1000;
    QCOMPARE(moved.computeDigest(), original.digest);
}

void TestRequestLifecycle::tamperedRowIsAnErrorNeverAccepted()
{
    const Request r = submit({ { QStringLiteral("count"), 2 } });
    QVERIFY(t->db()
                .exec(QStringLiteral("UPDATE requests SET parameters = ? WHERE id = ?"),
                      { QStringLiteral("{\"count\":200}"), r.id })
                .ok());
    auto loaded = t->ws().requestStore().load(r.id);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code, Error::Code::Integrity);
    QCOMPARE(loaded.error().message,
             QStringLiteral("Request #%1 was altered outside Countersign: its contents no longer match its digest.")
                 .arg(r.id));
}

void TestRequestLifecycle::rowTamperedAfterBeingReadIsStillNoticed()
{
    // Core remembers rows it has checked; a row changed since must be checked again.
    const Request r = submit({ { QStringLiteral("count"), 2 } });
    QVERIFY(t->ws().requestStore().load(r.id).ok());
    QVERIFY(t->ws().requestStore().load(r.id).ok());
    const auto set = [&](const QString& column, const QString& text) {
        QVERIFY(
            t->db().exec(QStringLiteral("UPDATE requests SET %1 = ? WHERE id = ?").arg(column), { text, r.id }).ok());
    };
    set(QStringLiteral("parameters"), QStringLiteral("{\"count\":200}"));
    QCOMPARE(t->ws().requestStore().load(r.id).error().code, Error::Code::Integrity);
    set(QStringLiteral("parameters"), QStringLiteral("{\"count\":2}"));
    QVERIFY(t->ws().requestStore().load(r.id).ok()); // the original text again
    set(QStringLiteral("digest"), QString(64, QLatin1Char('0')));
    QCOMPARE(t->ws().requestStore().load(r.id).error().code, Error::Code::Integrity);
    set(QStringLiteral("digest"), r.digest);
    set(QStringLiteral("comment"), QStringLiteral("because!"));
    auto page = t->ws().requestStore().find({ QStringLiteral("req"), {}, 50, 0 });
    QVERIFY(page.ok());
    QVERIFY(page->requests.isEmpty());
    QCOMPARE(page->integrityProblems.size(), 1);
}

void TestRequestLifecycle::tamperedRowCannotBeApproved()
{
    const Request r = submit();
    QVERIFY(t->db()
                .exec(QStringLiteral("UPDATE requests SET targets = ? WHERE id = ?"),
                      { QStringLiteral("[\"prod1\"]"), r.id })
                .ok());
    auto decided = t->ws().requests().decide(QStringLiteral("alice"), r.id, true, {});
    QVERIFY(!decided.ok());
    QCOMPARE(decided.error().code, Error::Code::Integrity);
    auto count = t->db().exec(QStringLiteral("SELECT COUNT(*) FROM decisions"));
    QVERIFY(count.ok() && count->next());
    QCOMPARE(count->value(0).toInt(), 0);
}

void TestRequestLifecycle::damagedRowsAreReportedInLists()
{
    const Request good = submit();
    const Request bad = submit();
    QVERIFY(t->db()
                .exec(QStringLiteral("UPDATE requests SET state = 'approved' WHERE id = ?"), { bad.id })
                .ok()); // still consistent
    QVERIFY(t->db().exec(QStringLiteral("UPDATE requests SET policy = 'not json' WHERE id = ?"), { bad.id }).ok());
    auto page = t->ws().requests().outgoing(QStringLiteral("req"));
    QVERIFY(page.ok());
    QCOMPARE(page->requests.size(), 1);
    QCOMPARE(page->requests.first().id, good.id);
    QCOMPARE(page->integrityProblems.size(), 1);
    QVERIFY2(page->integrityProblems.first().contains(QStringLiteral("Request #%1 is damaged").arg(bad.id)),
             qPrintable(page->integrityProblems.first()));
}

void TestRequestLifecycle::secretsAreCommittedNotStoredInTheRequest()
{
    const QString secret = QStringLiteral("correct horse battery staple");
    const Request r = submit({ { QStringLiteral("pin"), secret } });
    QVERIFY(isSecretCommitment(r.parameters.value(QStringLiteral("pin"))));
    QVERIFY(!r.parameters.value(QStringLiteral("pin")).toString().contains(secret));

    auto stored
        = t->db().exec(QStringLiteral("SELECT salt, value FROM request_secrets WHERE request_id = ?"), { r.id });
    QVERIFY(stored.ok() && stored->next());
    QCOMPARE(stored->value(1).toString(), secret); // kept for execution only
    QCOMPARE(secretCommitment(QByteArray::fromHex(stored->value(0).toString().toLatin1()), secret),
             r.parameters.value(QStringLiteral("pin")).toString());
    stored->finish();

    auto requests = t->db().exec(QStringLiteral("SELECT COUNT(*) FROM requests WHERE parameters LIKE ?"),
                                 { QStringLiteral("%horse%") });
    QVERIFY(requests.ok() && requests->next());
    QCOMPARE(requests->value(0).toInt(), 0);
    auto audit = t->db().exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE payload LIKE ?"),
                              { QStringLiteral("%horse%") });
    QVERIFY(audit.ok() && audit->next());
    QCOMPARE(audit->value(0).toInt(), 0);

    auto details = t->ws().requests().details(QStringLiteral("alice"), r.id);
    QVERIFY(details.ok());
    QVERIFY(!requestAsText(*details).contains(secret));
    QVERIFY(requestAsText(*details).contains(QStringLiteral("pin: ********")));
    QCOMPARE(
        Json::details(*details).value(QStringLiteral("parameters")).toObject().value(QStringLiteral("pin")).toString(),
        Json::SecretMask);
}

// On SQLite the bytes of the file and its WAL (a deleted row can live on in free space or in an
// old WAL frame); on PostgreSQL the table.
bool TestRequestLifecycle::secretLeftBehind(qint64 requestId, const QByteArray& canary)
{
    if (TestWorkspace::onPostgres()) {
        auto q
            = t->db().exec(QStringLiteral("SELECT COUNT(*) FROM request_secrets WHERE request_id = ?"), { requestId });
        return !q.ok() || !q->next() || q->value(0).toInt() != 0;
    }
    for (const QString& suffix : { QString(), QStringLiteral("-wal") }) {
        QFile file(t->path() + suffix);
        if (file.exists() && (!file.open(QIODevice::ReadOnly) || file.readAll().contains(canary)))
            return true;
    }
    return false;
}

void TestRequestLifecycle::secretsOfRequestsThatNeverRunAreDeleted_data()
{
    QTest::addColumn<QString>("ending");
    QTest::newRow("rejected") << QStringLiteral("reject");
    QTest::newRow("cancelled") << QStringLiteral("cancel");
    QTest::newRow("expired while pending") << QStringLiteral("expire");
    QTest::newRow("expired once approved") << QStringLiteral("approve, expire");
    QTest::newRow("expired when decided late") << QStringLiteral("decide late");
}

void TestRequestLifecycle::secretsOfRequestsThatNeverRunAreDeleted()
{
    QFETCH(QString, ending);
    const QByteArray canary = "canary-7f3d9a-never-ran";
    const Request r = submit({ { QStringLiteral("pin"), QString::fromLatin1(canary) } });
    const Request other = submit({ { QStringLiteral("pin"), QStringLiteral("another secret") } });
    QVERIFY2(secretLeftBehind(r.id, canary), "the search must find the secret while it is kept");

    RequestService& service = t->ws().requests();
    if (ending == QLatin1String("reject")) {
        QVERIFY(service.decide(QStringLiteral("alice"), r.id, false, QStringLiteral("no")).ok());
    } else if (ending == QLatin1String("cancel")) {
        QVERIFY(service.cancel(QStringLiteral("req"), r.id).ok());
    } else if (ending == QLatin1String("decide late")) {
        t->clock.advanceSecs(400 * 3600);
        QVERIFY(!service.decide(QStringLiteral("alice"), r.id, true, {}).ok()); // refused, and expired
    } else {
        if (ending.startsWith(QLatin1String("approve")))
            QVERIFY(service.decide(QStringLiteral("alice"), r.id, true, {}).ok());
        t->clock.advanceSecs(400 * 3600);
        auto expired = service.expireDue(QStringLiteral("root"));
        QVERIFY(expired.ok());
        QVERIFY(expired->contains(r.id));
    }
    auto after = t->ws().requestStore().load(r.id);
    QVERIFY(after.ok());
    QVERIFY(isTerminal(after->state));

    QVERIFY2(!secretLeftBehind(r.id, canary),
             qPrintable(QStringLiteral("the secret of a request that was %1 is still "
                                       "stored")
                            .arg(stateName(after->state))));
    auto kept = t->ws().requestStore().secrets(r.id);
    QVERIFY(kept.ok());
    QVERIFY(kept->isEmpty());
    // Only that request's: another one still pending keeps its own (unless it expired alongside).
    auto others = t->ws().requestStore().secrets(other.id);
    QVERIFY(others.ok());
    auto otherNow = t->ws().requestStore().load(other.id);
    QVERIFY(otherNow.ok());
    QCOMPARE(others->size(), otherNow->state == RequestState::Pending ? 1 : 0);
}

void TestRequestLifecycle::commentIsMandatory()
{
    for (const QString& comment : { QString(), QStringLiteral("   \n ") }) {
        auto r = t->ws().requests().submit(QStringLiteral("req"),
                                           { QStringLiteral("act"), {}, { QStringLiteral("test1") }, comment },
                                           SubmitMode::RequestApproval);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message, QStringLiteral("A comment giving the reason for the request is required."));
    }
    const Request r = submit();
    auto reject = t->ws().requests().decide(QStringLiteral("alice"), r.id, false, QStringLiteral("  "));
    QVERIFY(!reject.ok());
    QCOMPARE(reject.error().message, QStringLiteral("A comment is required to reject a request."));
    QCOMPARE(t->ws().requestStore().load(r.id)->state, RequestState::Pending);
}

void TestRequestLifecycle::submitAgainstAnOlderFormIsRefused()
{
    auto shown = t->ws().requests().requestableActions(QStringLiteral("req"));
    QVERIFY(shown.ok());
    QCOMPARE(shown->size(), 1);
    const QString formDigest = shown->first().digest;
    // An admin publishes a new version while the requester fills in the form.
    t->action(actionWithPolicy(R"({"approvalRequired":true,"approverGroups":["approvers"]})")
                  .replace("echo hi", "echo changed"));

    SubmitInput in { QStringLiteral("act"), {}, { QStringLiteral("test1") }, QStringLiteral("needed") };
    in.expectedVersionDigest = formDigest;
    auto refused = t->ws().requests().submit(QStringLiteral("req"), in, SubmitMode::RequestApproval);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Conflict);
    QVERIFY2(refused.error().message.contains(QLatin1String("version 2")), qPrintable(refused.error().message));
    QVERIFY(t->ws().requestStore().find({})->requests.isEmpty());

    auto now = t->ws().requests().requestableActions(QStringLiteral("req"));
    QVERIFY(now.ok());
    in.expectedVersionDigest = now->first().digest;
    auto accepted = t->ws().requests().submit(QStringLiteral("req"), in, SubmitMode::RequestApproval);
    QVERIFY2(accepted.ok(), qPrintable(accepted.error().message));
    QCOMPARE(accepted->actionVersion, 2);
}

void TestRequestLifecycle::invalidParametersLoseNothing()
{
    auto before = t->ws().audit().entries();
    QVERIFY(before.ok());
    auto r = t->ws().requests().submit(QStringLiteral("req"),
                                       { QStringLiteral("act"),
                                         { { QStringLiteral("count"), QStringLiteral("lots") } },
                                         { QStringLiteral("test1") },
                                         QStringLiteral("x") },
                                       SubmitMode::RequestApproval);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().message, QStringLiteral("Parameter \"count\" must be a whole number (got \"lots\")."));
    QCOMPARE(t->ws().audit().entries()->size(), before->size());
    QVERIFY(t->ws().requestStore().find({})->requests.isEmpty());
}

void TestRequestLifecycle::targetsAreCheckedAndSorted()
{
    const Request r = submit({}, { QStringLiteral("test1"), QStringLiteral("prod1"), QStringLiteral("test1") });
    QCOMPARE(r.targets, (QStringList { QStringLiteral("prod1"), QStringLiteral("test1") }));
    auto none = t->ws().requests().submit(QStringLiteral("req"), { QStringLiteral("act"), {}, {}, QStringLiteral("x") },
                                          SubmitMode::RequestApproval);
    QVERIFY(!none.ok());
    QVERIFY(none.error().message.contains(QLatin1String("at least one target")));
    auto unknown = t->ws().requests().submit(
        QStringLiteral("req"), { QStringLiteral("act"), {}, { QStringLiteral("nope") }, QStringLiteral("x") },
        SubmitMode::RequestApproval);
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().message, QStringLiteral("There is no target \"nope\"."));
    t->target(QStringLiteral("other"), QStringLiteral("desktop"), QStringLiteral("test"));
    auto notAllowed = t->ws().requests().submit(
        QStringLiteral("req"), { QStringLiteral("act"), {}, { QStringLiteral("other") }, QStringLiteral("x") },
        SubmitMode::RequestApproval);
    QVERIFY(!notAllowed.ok());
    QCOMPARE(notAllowed.error().message, QStringLiteral("Action \"act\" may not run on target \"other\"."));
}

void TestRequestLifecycle::queues()
{
    const Request a = submit();
    const Request b = submit();
    QVERIFY(t->ws().requests().decide(QStringLiteral("bob"), b.id, false, QStringLiteral("no")).ok());

    auto aliceIncoming = t->ws().requests().incoming(QStringLiteral("alice"));
    QVERIFY(aliceIncoming.ok());
    QCOMPARE(aliceIncoming->requests.size(), 1); // b is rejected, only a pending
    QCOMPARE(aliceIncoming->requests.first().id, a.id);
    QVERIFY(t->ws().requests().incoming(QStringLiteral("carol"))->requests.isEmpty());
    QVERIFY(t->ws().requests().incoming(QStringLiteral("req"))->requests.isEmpty()); // never one's own
    auto bobAll = t->ws().requests().incoming(QStringLiteral("bob"), {});
    QCOMPARE(bobAll->requests.size(), 2); // a to decide, b decided
    auto outgoing = t->ws().requests().outgoing(QStringLiteral("req"), { RequestState::Rejected });
    QCOMPARE(outgoing->requests.size(), 1);
    QCOMPARE(outgoing->requests.first().id, b.id);
    QVERIFY(!t->ws().requests().all(QStringLiteral("req")).ok());
    QCOMPARE(t->ws().requests().all(QStringLiteral("audit"))->requests.size(), 2);
}

void TestRequestLifecycle::textRenderingShowsWhatIsApproved()
{
    const Request r = submit({ { QStringLiteral("note"), QStringLiteral("rotate keys") } });
    QVERIFY(t->ws().requests().decide(QStringLiteral("alice"), r.id, true, QStringLiteral("fine")).ok());
    auto details = t->ws().requests().details(QStringLiteral("req"), r.id);
    QVERIFY(details.ok());
    const QString text = requestAsText(*details);
    for (const QString& expected :
         { QStringLiteral("Request #%1: act (version 1)").arg(r.id), QStringLiteral("Status:     approved"),
           QStringLiteral("note: rotate keys"), QStringLiteral("Targets:    test1"),
           QStringLiteral("alice approved in phase 1"), QStringLiteral("member of group approvers"),
           QStringLiteral(": \"fine\""), r.digest })
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" missing from:\n") + text));
}

void TestRequestLifecycle::invisibleCharactersAreRefusedOrShownEscaped()
{
    // "invoice<RLO>fdp.exe" reads as "invoiceexe.pdf": a single-line text refuses it by default.
    const QString tricky = QStringLiteral("invoice\u202Efdp.exe");
    auto refused = t->ws().requests().submit(QStringLiteral("req"),
                                             { QStringLiteral("act"),
                                               { { QStringLiteral("note"), tricky } },
                                               { QStringLiteral("test1") },
                                               QStringLiteral("x") },
                                             SubmitMode::RequestApproval);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().message,
             QStringLiteral("Parameter \"note\" contains the invisible character U+202E (a direction override, "
                            "zero-width or other format character), which could make it read differently from "
                            "what runs."));

    // An action that allows them: `show` spells them out instead of letting them act.
    t->action(actionWithPolicy(R"({"approvalRequired":true,"approverGroups":["approvers"]})")
                  .replace("\"act\"", "\"act5\"")
                  .replace(R"("type": "string" })", R"("type": "string", "allowInvisibleCharacters": true })"));
    auto r = t->ws().requests().submit(QStringLiteral("req"),
                                       { QStringLiteral("act5"),
                                         { { QStringLiteral("note"), tricky } },
                                         { QStringLiteral("test1") },
                                         QStringLiteral("see \u2067attached\u2069") },
                                       SubmitMode::RequestApproval);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->parameters.value(QStringLiteral("note")).toString(), tricky); // runs exactly as given
    auto details = t->ws().requests().details(QStringLiteral("alice"), r->id);
    QVERIFY(details.ok());
    const QString text = requestAsText(*details);
    QVERIFY2(text.contains(QStringLiteral("note: invoice\\u202Efdp.exe")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Comment:    see \\u2067attached\\u2069")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Invisible characters are written as \\uXXXX")), qPrintable(text));
    QVERIFY2(!text.contains(QChar(0x202E)) && !text.contains(QChar(0x2067)), qPrintable(text));

    // Without any, no note.
    const Request plain = submit({ { QStringLiteral("note"), QStringLiteral("plain") } });
    auto plainDetails = t->ws().requests().details(QStringLiteral("alice"), plain.id);
    QVERIFY(plainDetails.ok());
    QVERIFY(!requestAsText(*plainDetails).contains(QStringLiteral("Invisible characters")));
}

// The queue is answered from an index of who each phase names, not by filtering a window of the
// newest requests: an approver's old request is found however many newer ones others must decide.
void TestRequestLifecycle::incomingFindsOldRequestsBehindManyOthers()
{
    t->action(QByteArray(actionWithPolicy(R"({"approvalRequired":true,"approverGroups":["security"]})"))
                  .replace("\"act\"", "\"act-security\""));
    const Request mine = submit(); // for approvers (alice, bob)
    for (int i = 0; i < 30; ++i) {
        auto other = t->ws().requests().submit(
            QStringLiteral("req"),
            { QStringLiteral("act-security"), {}, { QStringLiteral("test1") }, QStringLiteral("x") },
            SubmitMode::RequestApproval);
        QVERIFY(other.ok());
    }
    auto page = t->ws().requests().incoming(QStringLiteral("alice"), { RequestState::Pending }, 0, 10);
    QVERIFY(page.ok());
    QCOMPARE(page->requests.size(), 1);
    QCOMPARE(page->requests.first().id, mine.id);
    QCOMPARE(page->nextBeforeId, 0);
    auto carol = t->ws().requests().incoming(QStringLiteral("carol"), { RequestState::Pending }, 0, 10);
    QCOMPARE(carol->requests.size(), 10);
    QVERIFY(carol->nextBeforeId > 0);
}

void TestRequestLifecycle::queuesPageWithoutGapsOrRepeats()
{
    QList<qint64> submitted;
    for (int i = 0; i < 11; ++i)
        submitted.prepend(submit().id);
    for (const QString& who : { QStringLiteral("alice"), QStringLiteral("req") }) {
        int pages = 0;
        auto seen = walkPages(
            [&](qint64 before) {
                return who == QLatin1String("alice")
                    ? t->ws().requests().incoming(who, { RequestState::Pending }, before, 4)
                    : t->ws().requests().outgoing(who, {}, before, 4);
            },
            &pages);
        QVERIFY(seen.ok());
        QCOMPARE(*seen, submitted); // newest first, each once
        QCOMPARE(pages, 3);
    }
}

void TestRequestLifecycle::historyPagesWithoutGapsOrRepeats()
{
    // The same group in both phases puts two audience rows per request: each request still
    // appears once, and decided ones stay in the history.
    t->action(
        QByteArray(actionWithPolicy(R"({"rules":[{"name":"d","phases":[{"name":"A","approve":{"group":"approvers"}},)"
                                    R"({"name":"B","approve":{"group":"approvers"}}]}]})"))
            .replace("\"act\"", "\"act-twice\""));
    QList<qint64> submitted;
    for (int i = 0; i < 8; ++i) {
        auto r = t->ws().requests().submit(QStringLiteral("req"),
                                           { i % 2 ? QStringLiteral("act") : QStringLiteral("act-twice"),
                                             {},
                                             { QStringLiteral("test1") },
                                             QStringLiteral("x") },
                                           SubmitMode::RequestApproval);
        QVERIFY(r.ok());
        submitted.prepend(r->id);
    }
    QVERIFY(t->ws().requests().decide(QStringLiteral("alice"), submitted.at(0), true, {}).ok());
    QVERIFY(t->ws().requests().decide(QStringLiteral("alice"), submitted.at(5), false, QStringLiteral("no")).ok());
    int pages = 0;
    auto seen = walkPages(
        [&](qint64 before) { return t->ws().requests().incoming(QStringLiteral("alice"), {}, before, 3); }, &pages);
    QVERIFY(seen.ok());
    QCOMPARE(*seen, submitted);
    QCOMPARE(pages, 3);
    auto rejected = t->ws().requests().incoming(QStringLiteral("alice"), { RequestState::Rejected }, 0, 3);
    QVERIFY(rejected.ok());
    QCOMPARE(rejected->requests.size(), 1);
    QCOMPARE(rejected->requests.first().id, submitted.at(5));
    QVERIFY(t->ws().requests().incoming(QStringLiteral("req"), {}, 0, 3)->requests.isEmpty()); // never one's own
}

void TestRequestLifecycle::incomingNamesManagersAndOwners()
{
    t->action(
        QByteArray(
            actionWithPolicy(
                R"({"rules":[{"name":"d","phases":[{"name":"Boss","approve":{"manager":true}},{"name":"Owner","approve":{"owner":true}}]}]})"))
            .replace("\"act\"", "\"act-boss\""));
    auto r = t->ws().requests().submit(
        QStringLiteral("req"), { QStringLiteral("act-boss"), {}, { QStringLiteral("prod1") }, QStringLiteral("x") },
        SubmitMode::RequestApproval);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(t->ws().requests().incoming(QStringLiteral("mgr"))->requests.size(), 1);
    QVERIFY(t->ws().requests().incoming(QStringLiteral("owner1"))->requests.isEmpty()); // phase 2 is not open yet
    QVERIFY(t->ws().requests().decide(QStringLiteral("mgr"), r->id, true, {}).ok());
    QCOMPARE(t->ws().requests().incoming(QStringLiteral("owner1"))->requests.size(), 1);
    QVERIFY(t->ws().requests().incoming(QStringLiteral("mgr"))->requests.isEmpty());
    QCOMPARE(t->ws().requests().incoming(QStringLiteral("mgr"), {})->requests.size(),
             1); // decided by them: in their history
}

void TestRequestLifecycle::rebuiltAudienceRestoresTheQueue()
{
    const Request r = submit();
    QVERIFY(t->db().exec(QStringLiteral("DELETE FROM request_audience")).ok());
    QVERIFY(t->ws().requests().incoming(QStringLiteral("alice"))->requests.isEmpty());
    QVERIFY(t->ws().requests().rebuildAudience().ok());
    QCOMPARE(t->ws().requests().incoming(QStringLiteral("alice"))->requests.first().id, r.id);
}

QTEST_GUILESS_MAIN(TestRequestLifecycle)
#include "tst_requestlifecycle.moc"
