// The desktop's exports: the detail pane's "Export evidence…" and the Audit page's report, written
// off the GUI thread, in English and in German. The PDFs are kept in the build tree
// (build/screenshots/evidence/) for people to look at.
#include <QApplication>
#include <QDir>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTranslator>
#include <QtTest>
#include <gui/guitestsupport.h>
#include <ui/approvals/approvalswidget.h>
#include <ui/approvals/requestdetailwidget.h>
#include <ui/audit/auditwidget.h>
#include <ui/messagebanner.h>
#include <ui/reports/reportexporter.h>

using namespace cs;
using namespace cs::ui;

namespace {

QString pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { path, QStringLiteral("-") });
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        qFatal("pdftotext failed on %s", qPrintable(path));
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestGuiEvidenceExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void detailPaneExportsEvidence_data();
    void detailPaneExportsEvidence();
    void auditPageExportsReport_data();
    void auditPageExportsReport();

private:
    void setLanguage(const QString& language);
    QDir out;
    QTranslator translator;
    QTranslator reportTranslator; // the reports' labels, as the client's main installs them
};

void TestGuiEvidenceExport::initTestCase()
{
    out = QDir(QStringLiteral(CS_SCREENSHOT_DIR));
    QVERIFY(out.mkpath(QStringLiteral("evidence")));
    QVERIFY(out.cd(QStringLiteral("evidence")));
}

void TestGuiEvidenceExport::setLanguage(const QString& language)
{
    QApplication::removeTranslator(&translator);
    QApplication::removeTranslator(&reportTranslator);
    if (language == QLatin1String("de")) {
        QVERIFY(translator.load(QStringLiteral(":/i18n/countersign_de.qm")));
        QVERIFY(reportTranslator.load(QStringLiteral(":/i18n/countersign_report_de.qm")));
        QApplication::installTranslator(&translator);
        QApplication::installTranslator(&reportTranslator);
    }
}

void TestGuiEvidenceExport::detailPaneExportsEvidence_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("heading");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Evidence for request #1");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Nachweis für Antrag #1");
}

void TestGuiEvidenceExport::detailPaneExportsEvidence()
{
    QFETCH(QString, language);
    QFETCH(QString, heading);
    setLanguage(language);
    GuiFixture fixture;
    auto erin = fixture.open(QStringLiteral("erin"));
    RequestDetailWidget* detail = erin->window->approvals()->detail();
    detail->showRequest(1);
    QTRY_VERIFY(detail->exportEvidenceButton()->isEnabled());
    const QString path = out.filePath(QStringLiteral("evidence-%1.pdf").arg(language));
    QFile::remove(path);
    erin->prompts.savePath = path;
    QSignalSpy done(detail->exporter(), &ReportExporter::finished);
    detail->exportEvidenceButton()->click();
    QVERIFY(!detail->exportEvidenceButton()->isEnabled()); // while the worker writes
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 30000);
    QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
    QVERIFY(!detail->banner()->isHidden()); // the outcome, told in the pane
    QVERIFY(pdfText(path).contains(heading));
    setLanguage(QStringLiteral("en"));
}

void TestGuiEvidenceExport::auditPageExportsReport_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en-pdf") << QStringLiteral("en") << QStringLiteral("pdf") << QStringLiteral("Totals by state");
    QTest::newRow("de-pdf") << QStringLiteral("de") << QStringLiteral("pdf")
                            << QStringLiteral("Countersign-Zeitraumbericht");
    QTest::newRow("en-csv") << QStringLiteral("en") << QStringLiteral("csv") << QStringLiteral("request_digest");
}

void TestGuiEvidenceExport::auditPageExportsReport()
{
    QFETCH(QString, language);
    QFETCH(QString, format);
    QFETCH(QString, expected);
    setLanguage(language);
    GuiFixture fixture;
    auto erin = fixture.open(QStringLiteral("erin"));
    AuditWidget* audit = erin->window->audit();
    const QString path = out.filePath(QStringLiteral("report-%1.%2").arg(language, format));
    QFile::remove(path);
    PeriodFilter filter;
    filter.to = QDateTime::currentMSecsSinceEpoch() + 3600000;
    QSignalSpy done(audit->exporter(), &ReportExporter::finished);
    audit->exportReport(filter, format, path);
    QVERIFY(!audit->exportButton()->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 60000);
    QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
    QVERIFY(audit->exportButton()->isEnabled());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = format == QLatin1String("pdf") ? pdfText(path) : QString::fromUtf8(file.readAll());
    QVERIFY2(text.contains(expected), qPrintable(text.left(400)));
    setLanguage(QStringLiteral("en"));
}

QTEST_MAIN(TestGuiEvidenceExport)
#include "tst_gui_evidenceexport.moc"
