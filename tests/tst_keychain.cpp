// The system keychain through QtKeychain (run by packaging/test.sh inside a private session bus
// with GNOME Keyring; elsewhere it is skipped unless CS_REQUIRE_KEYCHAIN is set).
#include <QtTest>
#include <keychain/keychainstore.h>

using namespace cs;

class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip();
    void missingEntryIsNotFound();
    void answeringKeychainMayBeOfferedToRemember();
};

void TestKeychain::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") && qEnvironmentVariableIsEmpty("CS_REQUIRE_KEYCHAIN"))
        QSKIP("no session bus: run through packaging/test.sh");
}

void TestKeychain::roundTrip()
{
    KeychainStore store(QStringLiteral("org.countersign.Countersign.tests"));
    const QString key = agentTokenKey(QStringLiteral("https://agent.example.com:8765/"));
    QCOMPARE(key, QStringLiteral("agent-token:https://agent.example.com:8765"));
    const Status written = store.write(key, QStringLiteral("t0k3n-✓"));
    QVERIFY2(written.ok(), qPrintable(written.error().message));
    auto read = store.read(key);
    QVERIFY2(read.ok(), qPrintable(read.error().message));
    QCOMPARE(*read, QStringLiteral("t0k3n-✓"));
    QVERIFY(store.write(key, QStringLiteral("replaced")).ok());
    QCOMPARE(*store.read(key), QStringLiteral("replaced"));
    QVERIFY(store.remove(key).ok());
    QCOMPARE(store.read(key).error().code, Error::Code::NotFound);
}

void TestKeychain::missingEntryIsNotFound()
{
    KeychainStore store(QStringLiteral("org.countersign.Countersign.tests"));
    auto read = store.read(QStringLiteral("never-written"));
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, Error::Code::NotFound);
    QVERIFY(store.remove(QStringLiteral("never-written")).ok());
}

void TestKeychain::answeringKeychainMayBeOfferedToRemember()
{
    // The client offers "Remember it in the system keychain" only when this says so.
    KeychainStore store(QStringLiteral("org.countersign.Countersign.tests"));
    QVERIFY(store.canRemember());
    QVERIFY(!store.read(QStringLiteral("countersign-probe")).ok()); // the probe writes nothing
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
