#include <QtTest>
#include <core/requests/requestsearch.h>
#include <core/requests/savedfilters.h>
#include <support/testworkspace.h>

using namespace cs;

// Finding a request by what a person remembers of it (issue 20): a parameter's value, a target,
// the number; never by a secret. The same rule for the CLI's list and the desktop's filter. And
// the filters a person saves to pick again.
class TestRequestSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void findsByParameterValueInEveryQueue();
    void findsByTargetNumberAndComment();
    void neverMatchesSecretsOrParameterNames();
    void wildcardsAreLiteral();
    void lettersBeyondAsciiMatchInAnyCase();
    void pagesThroughMatchesOnly();
    void savedFiltersArePerPersonAndQueue();

private:
    qint64 submit(const QString& note, const QString& target = QStringLiteral("test1"),
                  const QString& pin = QStringLiteral("0000"));
    QList<qint64> ids(const Result<RequestPage>& page);
    std::unique_ptr<TestWorkspace> t;
};

void TestRequestSearch::init()
{
    t = std::make_unique<TestWorkspace>();
    buildStandardWorkspace(*t);
}

void TestRequestSearch::cleanup()
{
    t.reset();
}

qint64 TestRequestSearch::submit(const QString& note, const QString& target, const QString& pin)
{
    auto r = t->ws().requests().submit(QStringLiteral("req"),
                                       { QStringLiteral("act"),
                                         { { QStringLiteral("note"), note }, { QStringLiteral("pin"), pin } },
                                         { target },
                                         QStringLiteral("weekly") },
                                       SubmitMode::RequestApproval);
    if (!r.ok())
        qFatal("submit: %s", qPrintable(r.error().message));
    t->clock.advanceSecs(30);
    return r->id;
}

QList<qint64> TestRequestSearch::ids(const Result<RequestPage>& page)
{
    if (!page.ok())
        qFatal("list: %s", qPrintable(page.error().message));
    QList<qint64> out;
    for (const Request& r : page->requests)
        out << r.id;
    return out;
}

void TestRequestSearch::findsByParameterValueInEveryQueue()
{
    const qint64 maria = submit(QStringLiteral("new laptop for Maria Lopez"));
    submit(QStringLiteral("printer for John"));
    const qint64 again = submit(QStringLiteral("MARIA LOPEZ again"));
    RequestService& s = t->ws().requests();
    const QString text = QStringLiteral("maria lopez");
    QCOMPARE(ids(s.incoming(QStringLiteral("alice"), { RequestState::Pending }, 0, 500, text)),
             (QList<qint64> { again, maria }));
    QCOMPARE(ids(s.incoming(QStringLiteral("alice"), {}, 0, 500, text)), (QList<qint64> { again, maria })); // named
    QCOMPARE(ids(s.outgoing(QStringLiteral("req"), {}, 0, 500, text)), (QList<qint64> { again, maria }));
    QCOMPARE(ids(s.all(QStringLiteral("adminx"), {}, 0, 500, text)), (QList<qint64> { again, maria }));
    QVERIFY(s.decide(QStringLiteral("alice"), maria, true, {}).ok());
    // Decided by her: out of her pending queue, still in her history.
    QCOMPARE(ids(s.incoming(QStringLiteral("alice"), { RequestState::Pending }, 0, 500, text)),
             QList<qint64> { again });
    QCOMPARE(ids(s.incoming(QStringLiteral("alice"), {}, 0, 500, text)), (QList<qint64> { again, maria }));
    QCOMPARE(ids(s.outgoing(QStringLiteral("req"), {}, 0, 500, QStringLiteral("Nobody"))), QList<qint64>());
    // Every word, anywhere and in any order.
    QCOMPARE(ids(s.outgoing(QStringLiteral("req"), {}, 0, 500, QStringLiteral("laptop  maria"))),
             QList<qint64> { maria });
    QCOMPARE(ids(s.outgoing(QStringLiteral("req"), {}, 0, 500, QStringLiteral("laptop john"))), QList<qint64>());
    // The in-memory rule agrees.
    auto loaded = t->ws().requestStore().load(maria);
    QVERIFY(loaded.ok());
    QVERIFY(requestMatches(*loaded, QStringLiteral("Lopez")));
    QVERIFY(!requestMatches(*loaded, QStringLiteral("John")));
}

void TestRequestSearch::findsByTargetNumberAndComment()
{
    const qint64 onProd = submit(QStringLiteral("x"), QStringLiteral("prod1"));
    const qint64 onTest = submit(QStringLiteral("y"), QStringLiteral("test1"));
    RequestService& s = t->ws().requests();
    QCOMPARE(ids(s.outgoing(QStringLiteral("req"), {}, 0, 500, QStringLiteral("PROD"))), QList<qint64> { onProd });
    QCOMPARE(ids(s.outgoing(QStringLiteral("req"), {}, 0, 500, QStringLiteral("#%1").arg(onTest))),
             QList<qint64> { onTest });
    QCOMPARE(ids(s.outgoing(QStringLiteral("req"), {}, 0, 500, QStringLiteral("weekly"))),
             (QList<qint64> { onTest, onProd }));
}

void TestRequestSearch::neverMatchesSecretsOrParameterNames()
{
    submit(QStringLiteral("plain"), QStringLiteral("test1"), QStringLiteral("hunter2"));
    RequestService& s = t->ws().requests();
    QCOMPARE(ids(s.outgoing(QStringLiteral("req"), {}, 0, 500, QStringLiteral("hunter2"))), QList<qint64>());
    QCOMPARE(ids(s.outgoing(QStringLiteral("req"), {}, 0, 500, QStringLiteral("sha256"))), QList<qint64>());
    // "note" is a parameter's name, in the stored text but not a value anyone typed.
    QCOMPARE(ids(s.outgoing(QStringLiteral("req"), {}, 0, 500, QStringLiteral("note"))), QList<qint64>());
}

void TestRequestSearch::wildcardsAreLiteral()
{
    const qint64 percent = submit(QStringLiteral("disk at 100% on db_1"));
    submit(QStringLiteral("disk at 1000 on dbx1"));
    RequestService& s = t->ws().requests();
    QCOMPARE(ids(s.outgoing(QStringLiteral("req"), {}, 0, 500, QStringLiteral("100%"))), QList<qint64> { percent });
    QCOMPARE(ids(s.outgoing(QStringLiteral("req"), {}, 0, 500, QStringLiteral("db_1"))), QList<qint64> { percent });
}

// The databases fold only ASCII; "özdemir" still finds "Özdemir", and not "Ozdemir".
void TestRequestSearch::lettersBeyondAsciiMatchInAnyCase()
{
    const qint64 umlaut = submit(QStringLiteral("account for Ünal Özdemir"));
    submit(QStringLiteral("account for Unal Ozdemir"));
    RequestService& s = t->ws().requests();
    QCOMPARE(ids(s.outgoing(QStringLiteral("req"), {}, 0, 500, QStringLiteral("özdemir"))), QList<qint64> { umlaut });
    QCOMPARE(ids(s.outgoing(QStringLiteral("req"), {}, 0, 500, QStringLiteral("ÜNAL"))), QList<qint64> { umlaut });
    QCOMPARE(ids(s.all(QStringLiteral("adminx"), {}, 0, 500, QStringLiteral("ünal özdemir"))),
             QList<qint64> { umlaut });
}

void TestRequestSearch::pagesThroughMatchesOnly()
{
    QList<qint64> matching;
    for (int i = 0; i < 5; ++i) {
        matching.prepend(submit(QStringLiteral("Maria %1").arg(i)));
        submit(QStringLiteral("other %1").arg(i));
    }
    RequestService& s = t->ws().requests();
    auto first = s.outgoing(QStringLiteral("req"), {}, 0, 3, QStringLiteral("maria"));
    QCOMPARE(ids(first), matching.mid(0, 3));
    QVERIFY(first->nextBeforeId > 0);
    auto second = s.outgoing(QStringLiteral("req"), {}, first->nextBeforeId, 3, QStringLiteral("maria"));
    QCOMPARE(ids(second), matching.mid(3));
}

void TestRequestSearch::savedFiltersArePerPersonAndQueue()
{
    SavedFilters filters(t->ws().database(), t->ws().clock());
    QVERIFY(filters
                .save(QStringLiteral("alice"),
                      { QStringLiteral("incoming"), QStringLiteral("  Maria's  "), QStringLiteral("pending"),
                        QStringLiteral("maria lopez ") })
                .ok());
    QVERIFY(filters.save(QStringLiteral("alice"), { QStringLiteral("incoming"), QStringLiteral("All"), {}, {} }).ok());
    QVERIFY(filters.save(QStringLiteral("bob"), { QStringLiteral("incoming"), QStringLiteral("Bob's"), {}, {} }).ok());
    auto alice = filters.list(QStringLiteral("Alice"), QStringLiteral("incoming")); // logins are case-blind
    QVERIFY(alice.ok());
    QCOMPARE(alice->size(), 2);
    QCOMPARE(alice->at(0).name, QStringLiteral("All"));
    QCOMPARE(alice->at(1).name, QStringLiteral("Maria's"));
    QCOMPARE(alice->at(1).state, QStringLiteral("pending"));
    QCOMPARE(alice->at(1).search, QStringLiteral("maria lopez"));
    QCOMPARE(filters.list(QStringLiteral("alice"), QStringLiteral("outgoing"))->size(), 0);

    // The same name again replaces it; removing it leaves the others.
    QVERIFY(filters
                .save(QStringLiteral("alice"),
                      { QStringLiteral("incoming"), QStringLiteral("Maria's"), {}, QStringLiteral("lopez") })
                .ok());
    alice = filters.list(QStringLiteral("alice"), QStringLiteral("incoming"));
    QCOMPARE(alice->size(), 2);
    QCOMPARE(alice->at(1).search, QStringLiteral("lopez"));
    QCOMPARE(alice->at(1).state, QString());
    QVERIFY(filters.remove(QStringLiteral("alice"), QStringLiteral("incoming"), QStringLiteral("All")).ok());
    QCOMPARE(filters.list(QStringLiteral("alice"), QStringLiteral("incoming"))->size(), 1);
    QCOMPARE(filters.list(QStringLiteral("bob"), QStringLiteral("incoming"))->size(), 1);

    // Refused: no name, too long a name, another queue.
    QVERIFY(!filters.save(QStringLiteral("alice"), { QStringLiteral("incoming"), QStringLiteral("   "), {}, {} }).ok());
    QVERIFY(!filters
                 .save(QStringLiteral("alice"),
                       { QStringLiteral("incoming"), QString(kSavedFilterNameMax + 1, QLatin1Char('x')), {}, {} })
                 .ok());
    QVERIFY(!filters.save(QStringLiteral("alice"), { QStringLiteral("audit"), QStringLiteral("x"), {}, {} }).ok());
}

QTEST_GUILESS_MAIN(TestRequestSearch)
#include "tst_requestsearch.moc"
