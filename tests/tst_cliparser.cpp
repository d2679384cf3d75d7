#include <QtTest>
#include <cli/commandline.h>
#include <cli/commands.h>
#include <cli/parameterinput.h>
#include <core/common/timetext.h>
#include <set>

using namespace cs::cli;

class TestCliParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesGlobalAndCommandOptions();
    void isoTimesKeepTheirTime();
    void repeatedOptionsCollect();
    void errors_data();
    void errors();
    void everyCommandHasItsOwnHandler();
    void everyCommandIsFoundByItsName();
    void onlyInitCreatesAWorkspace();
    void unknownCommandsAreUsageErrors_data();
    void unknownCommandsAreUsageErrors();
    void argumentsMustBeUtf8();
    void secretParametersAreRefusedOnTheCommandLine();
    void parameterFilesAndSecretInput();
};

void TestCliParser::isoTimesKeepTheirTime()
{
    const auto ms
        = [](int d, int h, int m) { return QDateTime(QDate(2026, 12, d), QTime(h, m), Qt::UTC).toMSecsSinceEpoch(); };
    QCOMPARE(cs::parseIsoTimeMs(QStringLiteral("2026-12-01T10:00")), ms(1, 10, 0)); // not the day's start
    QCOMPARE(cs::parseIsoTimeMs(QStringLiteral("2026-12-01T10:00:00Z")), ms(1, 10, 0));
    QCOMPARE(cs::parseIsoTimeMs(QStringLiteral("2026-12-01T11:30+01:00")), ms(1, 10, 30));
    QCOMPARE(cs::parseIsoTimeMs(QStringLiteral("2026-12-01")), ms(1, 0, 0));
    QCOMPARE(cs::parseIsoTimeMs(QStringLiteral("2026-12-01"), true), ms(2, 0, 0));
    QCOMPARE(cs::parseIsoTimeMs(QStringLiteral("2026-12-01T10:00"), true), ms(1, 10, 0)); // a time is never moved
    QVERIFY(!cs::parseIsoTimeMs(QStringLiteral("yesterday")));
    QVERIFY(!cs::parseIsoTimeMs(QStringLiteral("2026-13-01")));
    QVERIFY(!cs::parseIsoTimeMs(QString()));
}

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
    QTest::newRow("extra argument") << QStringList { QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("2") }
                                    << "Usage:";
    // approve and reject take one or more ids (ID...), but at least one.
    QTest::newRow("no id to reject") << QStringList { QStringLiteral("reject"), QStringLiteral("--comment"),
                                                      QStringLiteral("no") }
                                     << "Usage: countersign-cli reject ID...";
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

void TestCliParser::everyCommandHasItsOwnHandler()
{
    std::set<CommandHandler> handlers;
    for (const CommandSpec& spec : commandSpecs()) {
        QVERIFY2(spec.handler, qPrintable(spec.name));
        handlers.insert(spec.handler);
    }
    QCOMPARE(qsizetype(handlers.size()), commandSpecs().size()); // no command runs another's code
}

void TestCliParser::everyCommandIsFoundByItsName()
{
    QSet<QString> names;
    QSet<QString> groups;
    for (const CommandSpec& spec : commandSpecs()) {
        QVERIFY2(!names.contains(spec.name), qPrintable(spec.name));
        names.insert(spec.name);
        const QStringList words = spec.name.split(QLatin1Char(' '));
        if (words.size() > 1)
            groups.insert(words.first());
        QStringList args = words;
        if (!spec.arguments.isEmpty())
            for (const QString& placeholder : spec.arguments.split(QLatin1Char(' ')))
                args.append(placeholder.toLower());
        CommandLine line;
        QString error;
        QVERIFY2(parseCommandLine(args, &line, &error), qPrintable(spec.name + QStringLiteral(": ") + error));
        QCOMPARE(line.spec, &spec);
        QCOMPARE(line.positionals, args.mid(words.size()));
    }
    // A group is never also a command, or "user frobnicate" could run "user" with an argument.
    for (const QString& group : std::as_const(groups))
        QVERIFY2(!names.contains(group), qPrintable(group));
}

void TestCliParser::onlyInitCreatesAWorkspace()
{
    // Any other command on a mistyped --db must fail, not leave an empty workspace behind.
    for (const CommandSpec& spec : commandSpecs())
        QCOMPARE(spec.workspace == WorkspaceUse::Create, spec.name == QLatin1String("init"));
}

void TestCliParser::unknownCommandsAreUsageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("shown");
    QTest::newRow("unknown") << QStringList { QStringLiteral("frobnicate") } << "frobnicate";
    QTest::newRow("group, unknown verb") << QStringList { QStringLiteral("user"), QStringLiteral("frobnicate") }
                                         << "user frobnicate";
    QTest::newRow("unknown verb with an argument")
        << QStringList { QStringLiteral("audit"), QStringLiteral("erase"), QStringLiteral("1") } << "audit erase";
    QTest::newRow("group alone") << QStringList { QStringLiteral("group") } << "group";
    QTest::newRow("verb before group") << QStringList { QStringLiteral("add"), QStringLiteral("user"),
                                                        QStringLiteral("bob") }
                                       << "add user";
    QTest::newRow("case matters") << QStringList { QStringLiteral("Approve"), QStringLiteral("1") } << "Approve 1";
    QTest::newRow("prefix of a command") << QStringList { QStringLiteral("appr"), QStringLiteral("1") } << "appr 1";
    QTest::newRow("prefix of a verb") << QStringList { QStringLiteral("user"), QStringLiteral("li") } << "user li";
}

void TestCliParser::unknownCommandsAreUsageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, shown);
    CommandLine line;
    QString message;
    QVERIFY(!parseCommandLine(args, &line, &message));
    QCOMPARE(message, QStringLiteral("Unknown command \"%1\"; see countersign-cli --help.").arg(shown));
    QVERIFY(!line.spec);

    // Through run(): exit code 2, one line on stderr, nothing run (there is no workspace to open).
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    const QStringList withDb = QStringList { QStringLiteral("--db"), QStringLiteral("/nonexistent/x.db") } + args;
    QCOMPARE(run(withDb, outStream, errStream), int(Usage));
    outStream.flush();
    errStream.flush();
    QCOMPARE(out, QString());
    QCOMPARE(err, QStringLiteral("countersign-cli: ") + message + QLatin1Char('\n'));
}

void TestCliParser::argumentsMustBeUtf8()
{
    QStringList args;
    QString error;
    // A Latin-1 "é" (0xE9) where UTF-8 was expected would silently become U+FFFD.
    QVERIFY(
        !decodeArguments({ QByteArray("submit"), QByteArray("--param"), QByteArray("name=Ren\xE9") }, &args, &error));
    QVERIFY2(error.startsWith(QLatin1String("Argument 3 (")) && error.contains(QLatin1String("not valid UTF-8")),
             qPrintable(error));
    QVERIFY(!decodeArguments({ QByteArray("\xC3\x28") }, &args, &error)); // a broken two-byte sequence
    QVERIFY(!decodeArguments({ QByteArray("\xED\xA0\x80") }, &args, &error)); // an encoded surrogate

    QVERIFY2(decodeArguments({ QByteArray("submit"), QByteArray("name=Ren\xC3\xA9 \xE2\x80\xAE") }, &args, &error),
             qPrintable(error));
    QCOMPARE(args, (QStringList { QStringLiteral("submit"), QStringLiteral("name=René \u202E") }));
}

namespace {

CommandLine requestLine(const QStringList& options)
{
    CommandLine line;
    QString error;
    if (!parseCommandLine(QStringList { QStringLiteral("request"), QStringLiteral("act") } + options, &line, &error))
        qFatal("does not parse: %s", qPrintable(error));
    return line;
}

ParameterReaders fakeReaders(QStringList* asked)
{
    ParameterReaders readers;
    readers.file = [](const QString& path) -> cs::Result<QByteArray> {
        if (path == QLatin1String("params"))
            return QByteArray("# comment\n\n  account = jdoe\r\npin=a b=c \n");
        return cs::Error::invalid(QStringLiteral("no file %1").arg(path));
    };
    readers.secret = [asked](const QString& name) -> cs::Result<QString> {
        asked->append(name);
        return QString(QStringLiteral("typed ") + name);
    };
    return readers;
}

} // namespace

void TestCliParser::secretParametersAreRefusedOnTheCommandLine()
{
    QStringList asked;
    const QSet<QString> secrets { QStringLiteral("pin") };
    auto refused = collectParameters(requestLine({ QStringLiteral("--param"), QStringLiteral("pin=1234"),
                                                   QStringLiteral("--param"), QStringLiteral("account=jdoe") }),
                                     secrets, fakeReaders(&asked));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QLatin1String("\"pin\" is secret"))
                 && !refused.error().message.contains(QLatin1String("1234")),
             qPrintable(refused.error().message));
    // Other parameters on the command line, and secrets of other actions, are fine.
    auto plain = collectParameters(requestLine({ QStringLiteral("--param"), QStringLiteral("pin=1234") }), {},
                                   fakeReaders(&asked));
    QVERIFY(plain.ok());
    auto forced = collectParameters(requestLine({ QStringLiteral("--param"), QStringLiteral("pin=1234"),
                                                  QStringLiteral("--allow-secret-on-command-line") }),
                                    secrets, fakeReaders(&asked));
    QVERIFY(forced.ok());
    QCOMPARE(forced->value(QStringLiteral("pin")).toString(), QStringLiteral("1234"));
    QVERIFY(asked.isEmpty());
}

void TestCliParser::parameterFilesAndSecretInput()
{
    QStringList asked;
    const QSet<QString> secrets { QStringLiteral("pin"), QStringLiteral("token") };
    auto fromFile = collectParameters(requestLine({ QStringLiteral("--param-file"), QStringLiteral("params"),
                                                    QStringLiteral("--secret"), QStringLiteral("token") }),
                                      secrets, fakeReaders(&asked));
    QVERIFY2(fromFile.ok(), qPrintable(fromFile.error().message));
    QCOMPARE(fromFile->value(QStringLiteral("account")).toString(), QStringLiteral(" jdoe"));
    QCOMPARE(fromFile->value(QStringLiteral("pin")).toString(), QStringLiteral("a b=c "));
    QCOMPARE(fromFile->value(QStringLiteral("token")).toString(), QStringLiteral("typed token"));
    QCOMPARE(asked, QStringList { QStringLiteral("token") });

    auto twice = collectParameters(requestLine({ QStringLiteral("--param-file"), QStringLiteral("params"),
                                                 QStringLiteral("--secret"), QStringLiteral("pin") }),
                                   secrets, fakeReaders(&asked));
    QVERIFY(!twice.ok());
    QVERIFY2(twice.error().message.contains(QLatin1String("\"pin\" is given twice")),
             qPrintable(twice.error().message));
    auto missing = collectParameters(requestLine({ QStringLiteral("--param-file"), QStringLiteral("nope") }), secrets,
                                     fakeReaders(&asked));
    QVERIFY(!missing.ok());
    auto malformed = parseParameterLines("a=1\njust words\n", QStringLiteral("\"f\""));
    QVERIFY(!malformed.ok());
    QCOMPARE(malformed.error().message, QStringLiteral("Line 2 of \"f\" is not NAME=VALUE."));
}

QTEST_GUILESS_MAIN(TestCliParser)
#include "tst_cliparser.moc"
