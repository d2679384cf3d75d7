#include <QJsonDocument>
#include <QtTest>
#include <core/actions/parametervalidator.h>

using namespace cs;

namespace {

ParameterDefinition definition(const char* json)
{
    auto d = ParameterDefinition::fromJson(QJsonDocument::fromJson(json).object());
    if (!d.ok())
        qFatal("bad fixture %s: %s", json, qPrintable(d.error().message));
    return *d;
}

} // namespace

class TestParameterValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void value_data();
    void value();
    void wholeSet_data();
    void wholeSet();
    void formGetsEveryIssue();
    void secretsAreNeverEchoed();
    void definitionErrors_data();
    void definitionErrors();
    void nonFiniteNumbersAreRefused();
};

void TestParameterValidator::value_data()
{
    QTest::addColumn<QByteArray>("def");
    QTest::addColumn<QJsonValue>("input");
    QTest::addColumn<QJsonValue>("canonical"); // Undefined when an error is expected
    QTest::addColumn<QString>("error"); // substring of the message

    const QByteArray integer = R"({"name":"count","type":"integer","min":1,"max":10})";
    QTest::newRow("integer from text") << integer << QJsonValue(QStringLiteral(" 7 ")) << QJsonValue(7) << QString();
    QTest::newRow("integer from number") << integer << QJsonValue(3) << QJsonValue(3) << QString();
    QTest::newRow("integer: not a number")
        << integer << QJsonValue(QStringLiteral("seven")) << QJsonValue() << "must be a whole number (got \"seven\")";
    QTest::newRow("integer: fraction") << integer << QJsonValue(2.5) << QJsonValue() << "must be a whole number";
    QTest::newRow("integer: below minimum")
        << integer << QJsonValue(QStringLiteral("0")) << QJsonValue() << "must be at least 1 (got 0)";
    QTest::newRow("integer: above maximum")
        << integer << QJsonValue(11) << QJsonValue() << "must be at most 10 (got 11)";

    const QByteArray boolean = R"({"name":"flag","type":"boolean"})";
    QTest::newRow("boolean: yes") << boolean << QJsonValue(QStringLiteral("yes")) << QJsonValue(true) << QString();
    QTest::newRow("boolean: OFF") << boolean << QJsonValue(QStringLiteral("OFF")) << QJsonValue(false) << QString();
    QTest::newRow("boolean: json") << boolean << QJsonValue(true) << QJsonValue(true) << QString();
    QTest::newRow("boolean: maybe") << boolean << QJsonValue(QStringLiteral("maybe")) << QJsonValue()
                                    << "must be true or false";

    const QByteArray choice = R"({"name":"shell","type":"choice","choices":["bash","zsh"]})";
    QTest::newRow("choice: listed") << choice << QJsonValue(QStringLiteral("zsh")) << QJsonValue(QStringLiteral("zsh"))
                                    << QString();
    QTest::newRow("choice: not listed") << choice << QJsonValue(QStringLiteral("fish")) << QJsonValue()
                                        << "must be one of: bash, zsh (got \"fish\")";
    QTest::newRow("choice: case matters")
        << choice << QJsonValue(QStringLiteral("Bash")) << QJsonValue() << "must be one of";

    const QByteArray email = R"({"name":"mail","type":"email"})";
    QTest::newRow("email: valid") << email << QJsonValue(QStringLiteral("a.b@example.com"))
                                  << QJsonValue(QStringLiteral("a.b@example.com")) << QString();
    QTest::newRow("email: no domain dot")
        << email << QJsonValue(QStringLiteral("a@example")) << QJsonValue() << "must be an e-mail address";
    QTest::newRow("email: two ats") << email << QJsonValue(QStringLiteral("a@b@example.com")) << QJsonValue()
                                    << "must be an e-mail address";

    const QByteArray date = R"({"name":"start","type":"date"})";
    QTest::newRow("date: valid") << date << QJsonValue(QStringLiteral("2026-02-28"))
                                 << QJsonValue(QStringLiteral("2026-02-28")) << QString();
    QTest::newRow("date: impossible") << date << QJsonValue(QStringLiteral("2026-02-30")) << QJsonValue()
                                      << "must be a date written YYYY-MM-DD";
    QTest::newRow("date: other format") << date << QJsonValue(QStringLiteral("28.02.2026")) << QJsonValue()
                                        << "must be a date";

    const QByteArray pattern = R"({"name":"login","type":"string","pattern":"[a-z]{2,8}"})";
    QTest::newRow("pattern: match") << pattern << QJsonValue(QStringLiteral("jdoe"))
                                    << QJsonValue(QStringLiteral("jdoe")) << QString();
    QTest::newRow("pattern: full match required") << pattern << QJsonValue(QStringLiteral("jdoe1")) << QJsonValue()
                                                  << "does not match the required pattern [a-z]{2,8}";
    QTest::newRow("string: newline refused")
        << QByteArray(R"({"name":"s","type":"string"})") << QJsonValue(QStringLiteral("a\nb")) << QJsonValue()
        << "must be a single line";
    QTest::newRow("string: control char") << QByteArray(R"({"name":"s","type":"string"})")
                                          << QJsonValue(QStringLiteral("a\x01")) << QJsonValue() << "control character";
    QTest::newRow("string: too long") << QByteArray(R"({"name":"s","type":"string","maxLength":3})")
                                      << QJsonValue(QStringLiteral("abcd")) << QJsonValue()
                                      << "longer than 3 characters";
    QTest::newRow("string: shell text kept verbatim")
        << QByteArray(R"({"name":"s","type":"string"})") << QJsonValue(QStringLiteral("$(rm -rf /); `x` 'q\" ü"))
        << QJsonValue(QStringLiteral("$(rm -rf /); `x` 'q\" ü")) << QString();
    QTest::newRow("string: list refused") << QByteArray(R"({"name":"s","type":"string"})")
                                          << QJsonValue(QJsonArray { 1 }) << QJsonValue() << "single value";
    QTest::newRow("multiline: newline kept")
        << QByteArray(R"({"name":"m","type":"multiline"})") << QJsonValue(QStringLiteral("a\nb"))
        << QJsonValue(QStringLiteral("a\nb")) << QString();

    // Huge numbers are refused, never converted (casting 1e300 or 2^63 to qint64 is undefined behaviour).
    QTest::newRow("integer: 1e300") << QByteArray(R"({"name":"n","type":"integer"})") << QJsonValue(1e300)
                                    << QJsonValue() << "is too large";
    QTest::newRow("integer: -1e300") << QByteArray(R"({"name":"n","type":"integer"})") << QJsonValue(-1e300)
                                     << QJsonValue() << "is too large";
    QTest::newRow("integer: 2^63") << QByteArray(R"({"name":"n","type":"integer"})")
                                   << QJsonValue(9223372036854775808.0) << QJsonValue() << "is too large";
    QTest::newRow("integer: NaN") << QByteArray(R"({"name":"n","type":"integer"})") << QJsonValue(qQNaN())
                                  << QJsonValue() << "must be a whole number";
    QTest::newRow("integer: infinity") << QByteArray(R"({"name":"n","type":"integer"})") << QJsonValue(qInf())
                                       << QJsonValue() << "must be a whole number";
    QTest::newRow("integer: 2^53 kept") << QByteArray(R"({"name":"n","type":"integer"})")
                                        << QJsonValue(9007199254740992.0) << QJsonValue(9007199254740992.0)
                                        << QString();
    QTest::newRow("integer: -2^63 as text")
        << QByteArray(R"({"name":"n","type":"integer"})") << QJsonValue(QStringLiteral("-9223372036854775808"))
        << QJsonValue() << "is too large";

    // What approvers read must be what runs.
    const QByteArray line = R"({"name":"s","type":"string"})";
    QTest::newRow("string: right-to-left override refused")
        << line << QJsonValue(QStringLiteral("invoice\u202Efdp.exe")) << QJsonValue()
        << "contains the invisible character U+202E";
    QTest::newRow("string: zero-width space refused")
        << line << QJsonValue(QStringLiteral("ro\u200Bot")) << QJsonValue() << "invisible character U+200B";
    QTest::newRow("string: isolate refused")
        << line << QJsonValue(QStringLiteral("a\u2066b")) << QJsonValue() << "invisible character U+2066";
    QTest::newRow("email: left-to-right mark refused")
        << QByteArray(R"({"name":"m","type":"email"})") << QJsonValue(QStringLiteral("a\u200E@example.com"))
        << QJsonValue() << "invisible character U+200E";
    QTest::newRow("string: tag character beyond the BMP refused")
        << line << QJsonValue(QStringLiteral("a\U000E0041")) << QJsonValue() << "invisible character U+E0041";
    QTest::newRow("string: allowed by the action")
        << QByteArray(R"({"name":"s","type":"string","allowInvisibleCharacters":true})")
        << QJsonValue(QStringLiteral("a\u202Eb")) << QJsonValue(QStringLiteral("a\u202Eb")) << QString();
    QTest::newRow("multiline: allowed by default")
        << QByteArray(R"({"name":"m","type":"multiline"})") << QJsonValue(QStringLiteral("a\u202Eb"))
        << QJsonValue(QStringLiteral("a\u202Eb")) << QString();
    QTest::newRow("multiline: forbidden by the action")
        << QByteArray(R"({"name":"m","type":"multiline","allowInvisibleCharacters":false})")
        << QJsonValue(QStringLiteral("a\u202Eb")) << QJsonValue() << "invisible character U+202E";
    QTest::newRow("string: other scripts kept") << line << QJsonValue(QStringLiteral("שלום Ärger 東京 😀"))
                                                << QJsonValue(QStringLiteral("שלום Ärger 東京 😀")) << QString();
    QTest::newRow("string: replacement character refused")
        << QByteArray(R"({"name":"s","type":"string","allowInvisibleCharacters":true})")
        << QJsonValue(QString::fromUtf8("ab\xff")) << QJsonValue() << "contains U+FFFD";
    QTest::newRow("multiline: lone surrogate refused")
        << QByteArray(R"({"name":"m","type":"multiline"})")
        << QJsonValue(QString(QString(QChar(0xD800)) + QLatin1Char('x'))) << QJsonValue() << "not valid text";
}

void TestParameterValidator::value()
{
    QFETCH(QByteArray, def);
    QFETCH(QJsonValue, input);
    QFETCH(QJsonValue, canonical);
    QFETCH(QString, error);
    const ParameterDefinition d = definition(def.constData());
    QJsonValue out;
    const QString problem = ParameterValidator::checkValue(d, input, &out);
    if (error.isEmpty()) {
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(out, canonical);
    } else {
        QVERIFY2(problem.contains(error), qPrintable(problem));
    }
}

void TestParameterValidator::wholeSet_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message"); // full message, or empty when valid

    QTest::newRow("valid with default applied") << QByteArray(R"({"name":"Ann"})") << QString();
    QTest::newRow("unknown parameter") << QByteArray(R"({"name":"Ann","colour":"red"})")
                                       << "Unknown parameter \"colour\"; this action takes: name, count, flag.";
    QTest::newRow("missing required") << QByteArray(R"({"count":"2"})") << "Parameter \"name\" is required.";
    QTest::newRow("blank required") << QByteArray(R"({"name":"   "})") << "Parameter \"name\" is required.";
    QTest::newRow("wrong type") << QByteArray(R"({"name":"Ann","count":"two"})")
                                << "Parameter \"count\" must be a whole number (got \"two\").";
    QTest::newRow("out of range") << QByteArray(R"({"name":"Ann","count":99})")
                                  << "Parameter \"count\" must be at most 5 (got 99).";
}

void TestParameterValidator::wholeSet()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, message);
    const ParameterList defs { definition(R"({"name":"name","type":"string","required":true})"),
                               definition(R"({"name":"count","type":"integer","max":5,"default":1})"),
                               definition(R"({"name":"flag","type":"boolean"})") };
    auto result = ParameterValidator::validate(defs, QJsonDocument::fromJson(input).object());
    if (message.isEmpty()) {
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QCOMPARE(result->value(QStringLiteral("count")), QJsonValue(1));
        QVERIFY(!result->contains(QStringLiteral("flag"))); // optional blank stays absent
    } else {
        QVERIFY(!result.ok());
        QCOMPARE(result.error().message, message);
        QCOMPARE(result.error().code, Error::Code::Invalid);
    }
}

void TestParameterValidator::formGetsEveryIssue()
{
    const ParameterList defs { definition(R"({"name":"a","type":"integer","required":true})"),
                               definition(R"({"name":"b","type":"email","required":true})") };
    const auto issues = ParameterValidator::check(
        defs, { { QStringLiteral("a"), QStringLiteral("x") }, { QStringLiteral("b"), QStringLiteral("y") } });
    QCOMPARE(issues.size(), 2);
    QCOMPARE(issues.at(0).parameter, QStringLiteral("a"));
    QCOMPARE(issues.at(1).parameter, QStringLiteral("b"));
}

void TestParameterValidator::secretsAreNeverEchoed()
{
    const ParameterDefinition d = definition(R"({"name":"pw","type":"secret","pattern":".{12,}"})");
    const QString problem = ParameterValidator::checkValue(d, QStringLiteral("hunter2"));
    QVERIFY(!problem.isEmpty());
    QVERIFY2(!problem.contains(QLatin1String("hunter2")), qPrintable(problem));
}

void TestParameterValidator::definitionErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("bad name") << QByteArray(R"({"name":"1x"})") << "Parameter name \"1x\" is invalid";
    QTest::newRow("shell name") << QByteArray(R"x({"name":"a$(id)"})x") << "is invalid";
    QTest::newRow("unknown type") << QByteArray(R"({"name":"a","type":"float"})") << "unknown type \"float\"";
    QTest::newRow("unknown field") << QByteArray(R"({"name":"a","requird":true})") << "unknown field \"requird\"";
    QTest::newRow("min > max") << QByteArray(R"({"name":"a","type":"integer","min":5,"max":1})")
                               << "\"min\" is greater than \"max\"";
    QTest::newRow("min on string") << QByteArray(R"({"name":"a","min":1})") << "applies only to integer";
    QTest::newRow("bad regex") << QByteArray(R"({"name":"a","pattern":"(["})") << "not a valid regular expression";
    QTest::newRow("choice without choices") << QByteArray(R"({"name":"a","type":"choice"})") << "non-empty \"choices\"";
    QTest::newRow("duplicate choice") << QByteArray(R"({"name":"a","type":"choice","choices":["x","x"]})")
                                      << "listed twice";
    QTest::newRow("secret default") << QByteArray(R"({"name":"a","type":"secret","default":"pw"})")
                                    << "cannot have a default";
    QTest::newRow("invalid default") << QByteArray(R"({"name":"a","type":"integer","max":3,"default":4})")
                                     << "the default is not valid";
    QTest::newRow("required not bool") << QByteArray(R"({"name":"a","required":"yes"})")
                                       << "\"required\" must be true or false";
    QTest::newRow("min 1e300") << QByteArray(R"({"name":"a","type":"integer","min":1e300})")
                               << "Parameter \"a\": \"min\" must be a whole number from -9007199254740992 to "
                                  "9007199254740992.";
    QTest::newRow("max -1e300") << QByteArray(R"({"name":"a","type":"integer","max":-1e300})")
                                << "\"max\" must be a whole number from";
    QTest::newRow("max 2^63") << QByteArray(R"({"name":"a","type":"integer","max":9223372036854775808})")
                              << "\"max\" must be a whole number from";
    QTest::newRow("min -2^63") << QByteArray(R"({"name":"a","type":"integer","min":-9223372036854775808})")
                               << "\"min\" must be a whole number from";
    QTest::newRow("max 2^53+2") << QByteArray(R"({"name":"a","type":"integer","max":9007199254740994})")
                                << "\"max\" must be a whole number from";
    QTest::newRow("maxLength 1e300") << QByteArray(R"({"name":"a","maxLength":1e300})")
                                     << "\"maxLength\" must be a whole number from 1 to 1048576";
    QTest::newRow("maxLength -1e300") << QByteArray(R"({"name":"a","maxLength":-1e300})")
                                      << "\"maxLength\" must be a whole number from 1 to 1048576";
    QTest::newRow("maxLength 2^63") << QByteArray(R"({"name":"a","maxLength":9223372036854775808})")
                                    << "\"maxLength\" must be a whole number from 1 to 1048576";
    QTest::newRow("integer default 1e300")
        << QByteArray(R"({"name":"a","type":"integer","default":1e300})") << "the default is not valid: is too large";
    QTest::newRow("integer default 2^63")
        << QByteArray(R"({"name":"a","type":"integer","default":9223372036854775808})") << "is too large";
    QTest::newRow("invisible on integer")
        << QByteArray(R"({"name":"a","type":"integer","allowInvisibleCharacters":true})")
        << "\"allowInvisibleCharacters\" applies only to text parameters";
    QTest::newRow("invisible not bool") << QByteArray(R"({"name":"a","allowInvisibleCharacters":"yes"})")
                                        << "\"allowInvisibleCharacters\" must be true or false";
    QTest::newRow("default with an override")
        << QByteArray("{\"name\":\"a\",\"default\":\"x\xE2\x80\xAEy\"}") << "invisible character U+202E";
}

void TestParameterValidator::nonFiniteNumbersAreRefused()
{
    // JSON text cannot spell NaN or infinity, but a QJsonObject built in code can.
    for (const double bad : { qQNaN(), qInf(), -qInf() }) {
        for (const char* key : { "min", "max", "maxLength", "default" }) {
            const QJsonObject o { { QStringLiteral("name"), QStringLiteral("a") },
                                  { QStringLiteral("type"), QStringLiteral("integer") },
                                  { QLatin1String(key), bad } };
            auto d = ParameterDefinition::fromJson(o);
            QVERIFY2(!d.ok(), key);
            QVERIFY2(d.error().message.contains(QLatin1String(key))
                         || d.error().message.contains(QLatin1String("default")),
                     qPrintable(d.error().message));
        }
    }
}

void TestParameterValidator::definitionErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    auto d = ParameterDefinition::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(!d.ok());
    QVERIFY2(d.error().message.contains(error), qPrintable(d.error().message));
}

QTEST_GUILESS_MAIN(TestParameterValidator)
#include "tst_parametervalidator.moc"
