// The integrity check's screen of stored request rows (core/requests/requestscreen), without a
// database: it may clear a row only when reading it back in full would find it intact.
#include <QtTest>
#include <core/common/canonicaljson.h>
#include <core/requests/request.h>
#include <core/requests/requestscreen.h>

using namespace cs;

namespace {

// A request and its row as RequestStore writes it: each JSON value's canonical text.
struct Written
{
    Request request;
    QByteArray parameters;
    QByteArray targets;
    QByteArray policy;
    QByteArray bypass;
    QByteArray action;
    QByteArray versionDigest;
    QByteArray requester;
    QByteArray comment;
    QByteArray behalfOf;
    QByteArray ticket;
    QByteArray state = "pending";
    QByteArray digest;
    qint64 phase = 0;
    qint64 phaseCount = 2;

    StoredRequestRow row() const
    {
        StoredRequestRow r;
        r.id = 7;
        r.action = action;
        r.actionVersion = request.actionVersion;
        r.versionDigest = versionDigest;
        r.requester = requester;
        r.comment = comment;
        r.parameters = parameters;
        r.targets = targets;
        r.policy = policy;
        r.bypass = bypass;
        r.deadline = request.deadline;
        r.durationSeconds = request.durationSeconds;
        r.notBefore = request.notBefore;
        r.previousRequest = request.previousRequest;
        r.behalfOf = behalfOf;
        r.ticket = ticket;
        r.state = state;
        r.phase = phase;
        r.phaseCount = phaseCount;
        r.digest = digest;
        return r;
    }
};

Written written(const QJsonObject& parameters, bool optional)
{
    const QJsonObject phase { { QStringLiteral("name"), QStringLiteral("Review") },
                              { QStringLiteral("approve"),
                                QJsonObject { { QStringLiteral("group"), QStringLiteral("ops") } } } };
    auto flow = Flow::fromJson(QJsonObject { { QStringLiteral("phases"), QJsonArray { phase, phase } } });
    if (!flow.ok())
        qFatal("flow: %s", qPrintable(flow.error().message));
    Written w;
    Request& r = w.request;
    r.action = QStringLiteral("restart-sérvice");
    r.actionVersion = 3;
    r.versionDigest = sha256Hex("v3");
    r.requester = QStringLiteral("alice");
    r.comment = QStringLiteral("Quotes \"and\" back\\slashes, ümlauts");
    r.parameters = parameters;
    r.targets = { QStringLiteral("db01"), QStringLiteral("web01") };
    r.flow = *flow;
    r.deadline = 1763700000000;
    if (optional) {
        r.bypass = QJsonObject { { QStringLiteral("reason"), QStringLiteral("outage") } };
        r.durationSeconds = 3600;
        r.notBefore = 1763700000001;
        r.previousRequest = 12;
        r.behalfOf = QStringLiteral("erin");
        r.ticket = QStringLiteral("CHG-1");
    }
    r.digest = r.computeDigest();
    w.parameters = canonicalJson(r.parameters);
    w.targets = canonicalJson(QJsonArray::fromStringList(r.targets));
    w.policy = canonicalJson(r.flow.toJson());
    w.bypass = canonicalJson(r.bypass);
    w.action = r.action.toUtf8();
    w.versionDigest = r.versionDigest.toUtf8();
    w.requester = r.requester.toUtf8();
    w.comment = r.comment.toUtf8();
    w.behalfOf = r.behalfOf.toUtf8();
    w.ticket = r.ticket.toUtf8();
    w.digest = r.digest.toUtf8();
    return w;
}

const QJsonObject kParameters { { QStringLiteral("count"), 3 },
                                { QStringLiteral("note"), QStringLiteral("a {b} [c]") } };

} // namespace

class TestRequestScreen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storedTextDigestIsTheRequestDigest();
    void intactRowsAreCleared();
    void rowsThatDoNotFitAreLeftToTheReadBack_data();
    void rowsThatDoNotFitAreLeftToTheReadBack();
    void bytesMovedBetweenColumnsAreNotCleared();
    void bracketedValues_data();
    void bracketedValues();
};

void TestRequestScreen::storedTextDigestIsTheRequestDigest()
{
    for (bool optional : { false, true }) {
        const Written w = written(kParameters, optional);
        std::vector<char> room;
        char hex[64];
        QVERIFY(storedTextDigest(w.row(), room, hex));
        QCOMPARE(QString::fromLatin1(hex, 64), w.request.computeDigest());
    }
}

void TestRequestScreen::intactRowsAreCleared()
{
    RequestScreen screen;
    for (bool optional : { false, true }) {
        Written w = written(kParameters, optional);
        QVERIFY(screen.clears(w.row()));
        w.phase = 2; // past the last phase: approved, running, done
        w.state = "succeeded";
        QVERIFY(screen.clears(w.row()));
    }
}

void TestRequestScreen::rowsThatDoNotFitAreLeftToTheReadBack_data()
{
    QTest::addColumn<QByteArray>("column");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("rehashed"); // the digest column rewritten to match the edited row
    QTest::newRow("comment edited") << QByteArray("comment") << QByteArray("nothing to see") << false;
    QTest::newRow("parameters edited") << QByteArray("parameters") << QByteArray(R"({"count":4,"note":"a {b} [c]"})")
                                       << false;
    QTest::newRow("parameters spelled otherwise")
        << QByteArray("parameters") << QByteArray(R"({"count": 3,"note":"a {b} [c]"})") << false;
    QTest::newRow("digest emptied") << QByteArray("digest") << QByteArray() << false;
    QTest::newRow("digest in capitals") << QByteArray("digest") << QByteArray("upper") << false;
    QTest::newRow("unknown state") << QByteArray("state") << QByteArray("approved-ish") << false;
    QTest::newRow("phase past the policy") << QByteArray("phase") << QByteArray("3") << false;
    QTest::newRow("negative phase") << QByteArray("phase") << QByteArray("-1") << false;
    QTest::newRow("phase count edited") << QByteArray("phaseCount") << QByteArray("1") << false;
    // Spelled by the general writer (\n), whose digest the row carries: never hashed as stored.
    QTest::newRow("control character") << QByteArray("comment, general digest") << QByteArray("line\nbreak") << false;
    // A row that agrees with its own digest is still refused when reading it back would fail.
    QTest::newRow("parameters unclosed, rehashed") << QByteArray("parameters") << QByteArray(R"({"count":3)") << true;
    QTest::newRow("parameters with more after, rehashed")
        << QByteArray("parameters") << QByteArray(R"({"count":3},{"note":"x"})") << true;
    QTest::newRow("targets an object, rehashed") << QByteArray("targets") << QByteArray(R"({"db01":1})") << true;
    QTest::newRow("bypass a list, rehashed") << QByteArray("bypass") << QByteArray("[]") << true;
    QTest::newRow("policy not JSON, rehashed") << QByteArray("policy") << QByteArray("{phases}") << true;
}

void TestRequestScreen::rowsThatDoNotFitAreLeftToTheReadBack()
{
    QFETCH(QByteArray, column);
    QFETCH(QByteArray, value);
    QFETCH(bool, rehashed);
    Written w = written(kParameters, true);
    if (column == "comment")
        w.comment = value;
    else if (column == "comment, general digest") {
        w.request.comment = QString::fromUtf8(value);
        w.comment = value;
        w.digest = w.request.computeDigest().toUtf8();
    } else if (column == "parameters")
        w.parameters = value;
    else if (column == "digest")
        w.digest = value == "upper" ? w.digest.toUpper() : value;
    else if (column == "state")
        w.state = value;
    else if (column == "phase")
        w.phase = value.toLongLong();
    else if (column == "phaseCount")
        w.phaseCount = value.toLongLong();
    else if (column == "targets")
        w.targets = value;
    else if (column == "bypass")
        w.bypass = value;
    else if (column == "policy")
        w.policy = value;
    if (rehashed) {
        std::vector<char> room;
        char hex[64];
        QVERIFY(storedTextDigest(w.row(), room, hex));
        w.digest = QByteArray(hex, 64);
    }
    RequestScreen screen;
    QVERIFY(!screen.clears(w.row()));
}

// A parameter named like the column after it lets bytes move from one column into the next with
// the text the digest covers unchanged: the digest alone would clear it.
void TestRequestScreen::bytesMovedBetweenColumnsAreNotCleared()
{
    const QJsonObject parameters { { QStringLiteral("count"), 3 }, { QStringLiteral("policy"), QStringLiteral("v") } };
    const Written w = written(parameters, false);
    RequestScreen screen;
    QVERIFY(screen.clears(w.row()));
    const QByteArray cut = ",\"policy\":";
    const qsizetype at = w.parameters.indexOf(cut);
    QVERIFY(at > 0);
    Written moved = w;
    moved.parameters = w.parameters.left(at);
    moved.policy = w.parameters.mid(at + cut.size()) + cut + w.policy;
    std::vector<char> room;
    char before[64];
    char after[64];
    QVERIFY(storedTextDigest(w.row(), room, before) && storedTextDigest(moved.row(), room, after));
    QCOMPARE(QByteArray(after, 64), QByteArray(before, 64));
    QVERIFY(!screen.clears(moved.row()));
}

void TestRequestScreen::bracketedValues_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("one");
    QTest::newRow("empty object") << QByteArray("{}") << true;
    QTest::newRow("nested") << QByteArray(R"({"a":[1,{"b":[]}],"c":"}"})") << true;
    QTest::newRow("escaped quote") << QByteArray(R"({"a":"x\"}"})") << true;
    QTest::newRow("escaped backslash") << QByteArray(R"({"a":"x\\"})") << true;
    QTest::newRow("unclosed") << QByteArray(R"({"a":1)") << false;
    QTest::newRow("closed in a string only") << QByteArray(R"({"a":"}")") << false;
    QTest::newRow("something after") << QByteArray(R"({"a":1},"policy":{})") << false;
    QTest::newRow("space after") << QByteArray("{} ") << false;
    QTest::newRow("space before") << QByteArray(" {}") << false;
    QTest::newRow("another bracket") << QByteArray("[]") << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestRequestScreen::bracketedValues()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, one);
    QCOMPARE(isOneBracketedValue(text, '{'), one);
}

QTEST_GUILESS_MAIN(TestRequestScreen)
#include "tst_requestscreen.moc"
