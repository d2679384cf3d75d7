// Service accounts' API tokens (issue 17): what authenticating records. A poller calling every
// second must not write every second: last_used_at moves at most once a minute per token.
#include <QtTest>
#include <core/admin/serviceaccounts.h>
#include <support/testworkspace.h>

using namespace cs;

class TestServiceAccounts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lastUsedIsWrittenAtMostOnceAMinute();

private:
    qint64 lastUsed(TestWorkspace& t, const QString& tokenName);
};

qint64 TestServiceAccounts::lastUsed(TestWorkspace& t, const QString& tokenName)
{
    auto accounts = t.ws().serviceAccounts().list(QStringLiteral("root"));
    TestWorkspace::must(accounts.ok() ? Status() : Status(accounts.error()), "list");
    for (const ServiceAccount& a : std::as_const(*accounts))
        for (const ApiToken& token : a.tokens)
            if (token.name == tokenName)
                return token.lastUsedAt;
    qFatal("no token %s", qPrintable(tokenName));
}

void TestServiceAccounts::lastUsedIsWrittenAtMostOnceAMinute()
{
    TestWorkspace t;
    t.clock.set(QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC));
    ServiceAccounts accounts = t.ws().serviceAccounts();
    TestWorkspace::must(
        accounts.add(QStringLiteral("root"), QStringLiteral("api_poller"), QStringLiteral("Poller"), {}), "add");
    auto first = accounts.issueToken(QStringLiteral("root"), QStringLiteral("api_poller"), QStringLiteral("one"));
    auto second = accounts.issueToken(QStringLiteral("root"), QStringLiteral("api_poller"), QStringLiteral("two"));
    QVERIFY(first.ok() && second.ok());
    QCOMPARE(lastUsed(t, QStringLiteral("one")), 0);

    const qint64 start = t.clock.nowMs();
    auto who = accounts.authenticate(first->toUtf8());
    QVERIFY2(who.ok(), who.ok() ? "" : qPrintable(who.error().message));
    QCOMPARE(*who, QStringLiteral("api_poller"));
    QCOMPARE(lastUsed(t, QStringLiteral("one")), start);

    // Within the minute: authenticated every time, recorded once.
    for (int i = 0; i < 59; ++i) {
        t.clock.advanceSecs(1);
        QVERIFY(accounts.authenticate(first->toUtf8()).ok());
    }
    QCOMPARE(lastUsed(t, QStringLiteral("one")), start);
    QCOMPARE(lastUsed(t, QStringLiteral("two")), 0); // per token: the other was never used

    // A minute after the last write, the next call writes again.
    t.clock.advanceSecs(1);
    QVERIFY(accounts.authenticate(first->toUtf8()).ok());
    QCOMPARE(lastUsed(t, QStringLiteral("one")), t.clock.nowMs());
    QVERIFY(accounts.authenticate(second->toUtf8()).ok());
    QCOMPARE(lastUsed(t, QStringLiteral("two")), t.clock.nowMs());
}

QTEST_GUILESS_MAIN(TestServiceAccounts)
#include "tst_serviceaccounts.moc"
