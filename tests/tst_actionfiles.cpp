#include <QtTest>
#include <demo/demoworkspace.h>
#include <support/testworkspace.h>

using namespace cs;

class TestActionFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void brokenFixturesAreRejected_data();
    void brokenFixturesAreRejected();
    void everyBrokenFixtureIsCovered();
    void oversizedFileIsRejected();
    void invalidUtf8AndHugeNumbersAreRejected();
    void demoActionsParse();
    void serialisingIsTheInverseOfParsing_data();
    void serialisingIsTheInverseOfParsing();
    void parameterTypesComeFromOneTable();
    void reimportVersions();
    void importChecksReferences();
    void onlyAdminsImport();
    void aPolicyTypoIsNamedByLineAndColumn();
};

void TestActionFiles::brokenFixturesAreRejected_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("error");
    QTest::newRow("truncated") << "truncated.json"
                               << "The action file is not valid: invalid JSON at line 1, column";
    QTest::newRow("not json") << "not-json.json"
                              << "The action file is not valid: invalid JSON";
    QTest::newRow("array root") << "array-root.json"
                                << "expected a JSON object at the top level";
    QTest::newRow("no script") << "no-script.json"
                               << "Action field \"script\" is required and must be text.";
    QTest::newRow("script not text") << "script-not-text.json"
                                     << "Action field \"script\" is required and must be text.";
    QTest::newRow("bad name") << "bad-name.json"
                              << "Action name \"Restart Service; rm -rf /\" is invalid";
    QTest::newRow("shell interpreter") << "shell-interpreter.json"
                                       << "must be a program name or absolute path without spaces or shell characters";
    QTest::newRow("hostile parameter name") << "hostile-parameter-name.json"
                                            << "Parameter name \"x$(id)\" is invalid";
    QTest::newRow("duplicate parameter") << "duplicate-parameter.json"
                                         << "Parameter \"USER\" is declared twice.";
    QTest::newRow("unknown field") << "unknown-field.json"
                                   << "Unknown action field \"aproval\".";
    QTest::newRow("no targets") << "no-targets.json"
                                << "Action \"no-targets\" names no targets";
    QTest::newRow("huge timeout") << "timeout-huge.json"
                                  << "\"timeoutSeconds\" must be a whole number from 1 to 86400.";
    QTest::newRow("approval without approvers") << "approval-without-approvers.json"
                                                << "no approver group is named";
    QTest::newRow("broken pattern") << "catastrophic-pattern.json"
                                    << "Parameter \"p\": pattern is not a valid regular expression";
    QTest::newRow("deep expression") << "deep-expression.json"
                                     << "nested more than 12 levels deep";
}

void TestActionFiles::brokenFixturesAreRejected()
{
    QFETCH(QString, file);
    QFETCH(QString, error);
    QFile f(QStringLiteral(CS_TEST_DATA_DIR "/actions/broken/") + file);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
    auto parsed = ActionFile::parse(f.readAll());
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, Error::Code::Invalid);
    QVERIFY2(parsed.error().message.contains(error), qPrintable(parsed.error().message));
    QVERIFY(!parsed.error().message.contains(QLatin1Char('\n')));
}

void TestActionFiles::everyBrokenFixtureIsCovered()
{
    // A fixture added without a row above would silently test nothing.
    const QStringList files = QDir(QStringLiteral(CS_TEST_DATA_DIR "/actions/broken")).entryList(QDir::Files);
    QCOMPARE(files.size(), 16);
}

void TestActionFiles::oversizedFileIsRejected()
{
    const QByteArray big = "{\"name\":\"huge\",\"script\":\"" + QByteArray(1100000, 'A')
        + "\",\"targets\":[\"t\"],\"policy\":{\"approvalRequired\":false}}";
    auto parsed = ActionFile::parse(big);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().message, QStringLiteral("The action file is larger than 1 MiB."));
}

void TestActionFiles::invalidUtf8AndHugeNumbersAreRejected()
{
    QByteArray base = actionWithPolicy(R"({"approvalRequired":false})");
    QVERIFY(ActionFile::parse(base).ok());

    // A byte that is not UTF-8 in the description: refused, never replaced by U+FFFD.
    QByteArray broken = base;
    broken.replace("test action", "test \xC3\x28 action");
    auto parsed = ActionFile::parse(broken);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().message.contains(QLatin1String("UTF-8")), qPrintable(parsed.error().message));

    // Numbers no integer can hold: a clear error naming the field, and no undefined conversion.
    for (const char* huge : { "1e300", "-1e300", "9223372036854775808", "1.7976931348623157e308" }) {
        QByteArray timeout = base;
        timeout.replace("\"script\": \"echo hi\"",
                        QByteArray("\"script\": \"echo hi\", \"timeoutSeconds\": ").append(huge));
        auto t = ActionFile::parse(timeout);
        QVERIFY2(!t.ok(), huge);
        QVERIFY2(t.error().message.contains(QLatin1String("timeoutSeconds")), qPrintable(t.error().message));

        QByteArray minimum = base;
        minimum.replace("\"type\": \"integer\", \"default\": 1",
                        QByteArray("\"type\": \"integer\", \"min\": ").append(huge));
        auto m = ActionFile::parse(minimum);
        QVERIFY2(!m.ok(), huge);
        QVERIFY2(m.error().message.contains(QLatin1String("\"min\" must be a whole number from")),
                 qPrintable(m.error().message));

        QByteArray deflt = base;
        deflt.replace("\"type\": \"integer\", \"default\": 1",
                      QByteArray("\"type\": \"integer\", \"default\": ").append(huge));
        auto d = ActionFile::parse(deflt);
        QVERIFY2(!d.ok(), huge);
        QVERIFY2(d.error().message.contains(QLatin1String("Parameter \"count\": the default is not valid")),
                 qPrintable(d.error().message));

        QByteArray length = base;
        length.replace("\"type\": \"string\" }",
                       QByteArray("\"type\": \"string\", \"maxLength\": ").append(huge).append(" }"));
        auto l = ActionFile::parse(length);
        QVERIFY2(!l.ok(), huge);
        QVERIFY2(l.error().message.contains(QLatin1String("\"maxLength\" must be a whole number")),
                 qPrintable(l.error().message));
    }
}

void TestActionFiles::demoActionsParse()
{
    const QStringList files = demoActionFiles();
    QCOMPARE(files.size(), 7);
    for (const QString& path : files) {
        auto file = loadDemoAction(path);
        QVERIFY2(file.ok(), qPrintable(path + QStringLiteral(": ") + file.error().message));
    }
}

void TestActionFiles::serialisingIsTheInverseOfParsing_data()
{
    QTest::addColumn<QByteArray>("json");
    for (const QString& path : demoActionFiles()) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QTest::newRow(qPrintable(path)) << f.readAll();
    }
    QTest::newRow("simple policy") << actionWithPolicy(
        R"({"approvalRequired":true,"approverGroups":["approvers"],"bypassGroups":["ops"],"deadlineHours":4})");
    QTest::newRow("no approval") << actionWithPolicy(R"({"approvalRequired":false})");
    QTest::newRow("advanced policy") << actionWithPolicy(R"({"deadlineHours": 12, "rules": [
        { "name": "prod", "when": [ { "field": "target.environment", "op": "eq", "value": "prod" },
                                    { "field": "param.count", "op": "gt", "value": 5 } ],
          "phases": [ { "name": "Tech", "approve": { "any": [ { "group": "approvers" }, { "user": "bob" } ] } },
                      { "name": "Boss", "quorum": 2, "approve": { "all": [ { "group": "security", "count": 2 } ] } } ] },
        { "name": "default", "phases": [] } ]})");
    QTest::newRow("every parameter field") << QByteArray(R"json({
        "name": "every-field", "description": "all of it", "interpreter": "/usr/bin/python3", "script": "print(1)",
        "revokeScript": "print(0)", "revokeTimeoutSeconds": 30, "durations": ["1h", "8h"], "maxDuration": "24h",
        "earliestStart": true, "timeoutSeconds": 60, "requesterGroups": ["a", "b"], "targetKind": "server",
        "parameters": [
            { "name": "s", "label": "Text", "help": "Some text", "required": true, "pattern": "[a-z]+",
              "default": "abc", "maxLength": 20 },
            { "name": "m", "type": "multiline", "default": "two\nlines" },
            { "name": "i", "type": "integer", "min": -5, "max": 500, "default": 7 },
            { "name": "b", "type": "boolean", "default": false },
            { "name": "c", "type": "choice", "choices": ["x", "y"], "default": "y" },
            { "name": "e", "type": "email", "default": "a@example.com" },
            { "name": "d", "type": "date", "default": "2024-02-29" },
            { "name": "p", "type": "secret", "required": true },
            { "name": "rtl", "type": "string", "allowInvisibleCharacters": true },
            { "name": "strict", "type": "multiline", "allowInvisibleCharacters": false } ],
        "policy": { "approvalRequired": true, "approverGroups": ["a"] } })json");
}

void TestActionFiles::serialisingIsTheInverseOfParsing()
{
    QFETCH(QByteArray, json);
    auto parsed = ActionFile::parse(json);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    const QJsonObject written = parsed->toJson();
    auto reread = ActionFile::fromJson(written);
    QVERIFY2(reread.ok(), qPrintable(reread.error().message));
    QVERIFY(reread->definition == parsed->definition);
    QCOMPARE(reread->definition.versionDigest(), parsed->definition.versionDigest());
    QCOMPARE(reread->policy.toJson(), parsed->policy.toJson());
    QCOMPARE(reread->policy.simpleMode, parsed->policy.simpleMode);
    QCOMPARE(reread->toJson(), written); // and writing again changes nothing
    auto validated = parsed->validated();
    QVERIFY2(validated.ok(), qPrintable(validated.error().message));
    QVERIFY(validated->definition == parsed->definition);

    // A changed field is a different definition: equality looks at every field.
    ActionFile changed = *parsed;
    changed.definition.timeoutSeconds += 1;
    QVERIFY(changed.definition != parsed->definition);
    if (!changed.definition.parameters.isEmpty()) {
        changed = *parsed;
        changed.definition.parameters.last().help += QStringLiteral("!");
        QVERIFY(changed.definition != parsed->definition);
    }
}

void TestActionFiles::parameterTypesComeFromOneTable()
{
    QCOMPARE(parameterTypes().size(), 8);
    QStringList names;
    for (const ParameterTypeInfo& t : parameterTypes()) {
        QCOMPARE(parameterTypeName(t.type), t.name);
        QCOMPARE(parameterTypeFromName(t.name), std::optional<ParameterType>(t.type));
        QVERIFY(!t.label.isEmpty());
        QJsonObject json { { QStringLiteral("name"), QStringLiteral("x") }, { QStringLiteral("type"), t.name } };
        if (t.type == ParameterType::Choice)
            json.insert(QStringLiteral("choices"), QJsonArray { QStringLiteral("a") });
        auto parsed = ParameterDefinition::fromJson(json);
        QVERIFY2(parsed.ok(), qPrintable(t.name + QStringLiteral(": ") + parsed.error().message));
        QCOMPARE(parsed->type, t.type);
        names << t.name;
    }
    QVERIFY(!parameterTypeFromName(QStringLiteral("float")));
    auto unknown = ParameterDefinition::fromJson(QJsonObject { { QStringLiteral("name"), QStringLiteral("x") },
                                                               { QStringLiteral("type"), QStringLiteral("float") } });
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().message,
             QStringLiteral("Parameter \"x\": unknown type \"float\" (use string, multiline, integer, boolean, choice, "
                            "email, date or secret)."));
}

void TestActionFiles::reimportVersions()
{
    TestWorkspace t;
    buildStandardDirectory(t);
    const ImportOutcome first = t.action(actionWithPolicy(R"({"approvalRequired":false})"));
    QVERIFY(first.created && first.newVersion && first.policyChanged);
    QCOMPARE(first.version, 1);

    const ImportOutcome same = t.action(actionWithPolicy(R"({"approvalRequired":false})"));
    QVERIFY(!same.created && !same.newVersion && !same.policyChanged);
    QCOMPARE(same.version, 1);

    QByteArray changed = actionWithPolicy(R"({"approvalRequired":false})");
    changed.replace("echo hi", "echo bye");
    const ImportOutcome edited = t.action(changed);
    QVERIFY(edited.newVersion && !edited.policyChanged);
    QCOMPARE(edited.version, 2);

    auto v1 = t.ws().actions().version(QStringLiteral("act"), 1);
    auto v2 = t.ws().actions().version(QStringLiteral("act"), 2);
    QVERIFY(v1.ok() && v2.ok());
    QCOMPARE(v1->definition.script, QStringLiteral("echo hi")); // old versions stay as they were
    QVERIFY(v1->digest != v2->digest);
}

void TestActionFiles::importChecksReferences()
{
    TestWorkspace t;
    buildStandardDirectory(t);
    for (const auto& [json, error] : QList<QPair<QByteArray, QString>> {
             { actionWithPolicy(R"({"approvalRequired":true,"approverGroups":["ghosts"]})"),
               QStringLiteral("refers to group \"ghosts\", which does not exist") },
             { actionWithPolicy(R"({"rules":[{"name":"d","phases":[{"name":"p","approve":{"user":"nobody"}}]}]})"),
               QStringLiteral("names approver \"nobody\", who is not a user") },
         }) {
        auto file = ActionFile::parse(json);
        QVERIFY(file.ok());
        auto outcome = t.ws().admin().importAction(QStringLiteral("root"), *file);
        QVERIFY(!outcome.ok());
        QVERIFY2(outcome.error().message.contains(error), qPrintable(outcome.error().message));
    }
    QVERIFY(t.ws().actions().names()->isEmpty());

    // A policy nobody can satisfy imports with a warning (admins see it; requests are refused).
    auto file = ActionFile::parse(actionWithPolicy(R"({"approvalRequired":true,"approverGroups":["empty"]})"));
    auto outcome = t.ws().admin().importAction(QStringLiteral("root"), *file);
    QVERIFY(outcome.ok());
    QCOMPARE(outcome->warnings.size(), 1);
    QVERIFY(outcome->warnings.first().contains(QLatin1String("nobody could approve")));
}

void TestActionFiles::onlyAdminsImport()
{
    TestWorkspace t;
    buildStandardDirectory(t);
    auto file = ActionFile::parse(actionWithPolicy(R"({"approvalRequired":false})"));
    auto outcome = t.ws().admin().importAction(QStringLiteral("alice"), *file);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().code, Error::Code::Forbidden);
    QVERIFY(t.ws().actions().names()->isEmpty());
    QVERIFY(t.ws().admin().importAction(QStringLiteral("adminx"), *file).ok());
}

void TestActionFiles::aPolicyTypoIsNamedByLineAndColumn()
{
    // A missing comma on the third line: not "needs a policy object", but where.
    const QByteArray typo = "{\n  \"approvalRequired\": true\n  \"approverGroups\": [\"ops\"]\n}";
    TextPosition where;
    auto policy = ActionFile::parsePolicy(QStringLiteral("act"), typo, &where);
    QVERIFY(!policy.ok());
    QCOMPARE(where.line, 3);
    QCOMPARE(where.column, 3);
    QVERIFY2(
        policy.error().message.startsWith(QStringLiteral("The policy is not valid: invalid JSON at line 3, column 3:")),
        qPrintable(policy.error().message));
    // Columns count characters, not UTF-8 bytes.
    const QByteArray umlaut = "{\"n\u00e4me\": 1,\n \"\u00fc\u00fc\": x}";
    QCOMPARE(textPosition(umlaut, umlaut.indexOf('x')).column, 8);
    QCOMPARE(textPosition("ab\ncd", 4).line, 2);
    QCOMPARE(textPosition("ab\ncd", 4).column, 2);
    // A well-formed policy that is not an object still says what is expected.
    auto array = ActionFile::parsePolicy(QStringLiteral("act"), "[1]");
    QVERIFY(array.error().message.contains(QStringLiteral("expected a JSON object")));
}

QTEST_GUILESS_MAIN(TestActionFiles)
#include "tst_actionfiles.moc"
