#include <cli/commandline.h>

#include <QtTest>

using namespace cs::cli;

class TestCliParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesGlobalAndCommandOptions();
    void repeatedOptionsCollect();
    void errors_data();
    void errors();
};

void TestCliParser::parsesGlobalAndCommandOptions()
{
    CommandLine line;
    QString error;
    QVERIFY(parseCommandLine({ QStringLiteral("--db"), QStringLiteral("/tmp/x.db"), QStringLiteral("approve"),
                               QStringLiteral("12"), QStringLiteral("--comment=fine by me"), QStringLiteral("--json"),
                               QStringLiteral("--as"), QStringLiteral("Bob") },
                             &line, &error));
    QCOMPARE(line.database, QStringLiteral("/tmp/x.db"));
    QCOMPARE(line.actor, QStringLiteral("Bob"));
    QVERIFY(line.json);
    QCOMPARE(line.spec->name, QStringLiteral("approve"));
    QCOMPARE(line.positionals, QStringList { QStringLiteral("12") });
    QCOMPARE(line.option(QStringLiteral("comment")), QStringLiteral("fine by me"));
}

void TestCliParser::repeatedOptionsCollect()
{
    CommandLine line;
    QString error;
    QVERIFY(parseCommandLine({ QStringLiteral("request"), QStringLiteral("act"), QStringLiteral("--param"),
                               QStringLiteral("a=1"), QStringLiteral("--param"), QStringLiteral("b=--x"),
                               QStringLiteral("--target"), QStringLiteral("t") },
                             &line, &error));
    QCOMPARE(line.all(QStringLiteral("param")), (QStringList { QStringLiteral("a=1"), QStringLiteral("b=--x") }));
}

void TestCliParser::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("error");
    QTest::newRow("nothing") << QStringList {} << "No command given";
    QTest::newRow("unknown") << QStringList { QStringLiteral("approve-all") } << "Unknown command";
    QTest::newRow("missing argument") << QStringList { QStringLiteral("approve") }
                                      << "Usage: countersign-cli approve ID";
    QTest::newRow("extra argument") << QStringList { QStringLiteral("approve"), QStringLiteral("1"),
                                                     QStringLiteral("2") }
                                    << "Usage:";
    QTest::newRow("missing value") << QStringList { QStringLiteral("approve"), QStringLiteral("1"),
                                                    QStringLiteral("--comment") }
                                   << "Option --comment needs a value.";
    QTest::newRow("given twice") << QStringList { QStringLiteral("approve"),   QStringLiteral("1"),
                                                  QStringLiteral("--comment"), QStringLiteral("a"),
                                                  QStringLiteral("--comment"), QStringLiteral("b") }
                                 << "given twice";
    QTest::newRow("foreign option") << QStringList { QStringLiteral("expire"), QStringLiteral("--demo") }
                                    << "does not apply";
}

void TestCliParser::errors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, error);
    CommandLine line;
    QString message;
    QVERIFY(!parseCommandLine(args, &line, &message));
    QVERIFY2(message.contains(error), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestCliParser)
#include "tst_cliparser.moc"
