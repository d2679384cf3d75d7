#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QtTest>
#include <core/actions/parametervalidator.h>
#include <core/audit/auditevents.h>
#include <core/common/coretext.h>
#include <core/common/coretranslation.h>
#include <core/notify/notice.h>
#include <core/policy/reasonwords.h>
#include <core/views/audittext.h>
#include <core/views/requesttext.h>
#include <core/workspace.h>
#include <support/testworkspace.h>

using namespace cs;

namespace {

// The standard workspace's action, requested by `requester`.
Result<Request> submitStandardRequest(TestWorkspace& t, const QString& requester)
{
    buildStandardWorkspace(t);
    return t.ws().requests().submit(requester,
                                    { QStringLiteral("act"),
                                      { { QStringLiteral("count"), 1 } },
                                      { QStringLiteral("test1") },
                                      QStringLiteral("why"),
                                      {} },
                                    SubmitMode::RequestApproval);
}

} // namespace

// Core's sentences reach people in their language: the client and the CLI install core's
// translation, and every message core can say has its German.
class TestCoreTranslation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void eachTranslationIsInstalledOnce();
    void validationMessagesAreGerman();
    void refusalsAreGerman();
    void storedReasonsAreReadInGerman();
    void everyCoreMessageHasItsGerman_data();
    void everyCoreMessageHasItsGerman();
};

void TestCoreTranslation::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    installCoreTranslation();
}

// Core and the reports install their translations through one function, called by each program
// (and again, harmlessly): one translator per name, however often it is asked for.
void TestCoreTranslation::eachTranslationIsInstalledOnce()
{
    // Installing a translator tells the application its language changed: count those.
    struct LanguageChanges : QObject
    {
        int count = 0;
        bool eventFilter(QObject* watched, QEvent* event) override
        {
            if (event->type() == QEvent::LanguageChange)
                ++count;
            return QObject::eventFilter(watched, event);
        }
    } changes;
    QCoreApplication::instance()->installEventFilter(&changes);
    installCoreTranslation();
    installTranslation(QStringLiteral("countersign_core"));
    installTranslation(QStringLiteral("countersign_nowhere")); // no such translation: nothing
    QCoreApplication::instance()->removeEventFilter(&changes);
    QCOMPARE(changes.count, 0);
    QCOMPARE(CoreText::tr("succeeded"), QStringLiteral("erfolgreich"));
}

void TestCoreTranslation::validationMessagesAreGerman()
{
    auto def = ParameterDefinition::fromJson(
        QJsonDocument::fromJson(R"({"name": "count", "label": "Count", "type": "integer", "min": 1, "max": 5})")
            .object());
    QVERIFY(def.ok());
    const auto result = ParameterValidator::validate({ *def }, { { QStringLiteral("count"), 9 } });
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(QStringLiteral("darf höchstens 5 sein")),
             qPrintable(result.error().message));
}

void TestCoreTranslation::refusalsAreGerman()
{
    TestWorkspace t;
    auto submitted = submitStandardRequest(t, QStringLiteral("req"));
    QVERIFY2(submitted.ok(), qPrintable(submitted.error().message));
    const auto own = t.ws().requests().decide(QStringLiteral("req"), submitted->id, true, QStringLiteral("mine"));
    QVERIFY(!own.ok());
    QVERIFY2(own.error().message.contains(QLatin1String("eigenen Antrag")), qPrintable(own.error().message));
    // The notices' refusals too (they were English only).
    const Status offAndMandatory = t.ws().notify().setDefault(QStringLiteral("req"), Notice::Decision,
                                                              NoticeChannel::Email, QStringLiteral("off"), true);
    QVERIFY(!offAndMandatory.ok());
    QCOMPARE(offAndMandatory.error().message,
             QStringLiteral("Eine verpflichtende Benachrichtigung kann nicht standardmäßig abgeschaltet sein."));
}

// Why a vote counted, and why a request needed no vote, are stored in English (the record reads
// the same for everyone) and shown to people in their language.
void TestCoreTranslation::storedReasonsAreReadInGerman()
{
    TestWorkspace t;
    auto submitted = submitStandardRequest(t, QStringLiteral("alice"));
    QVERIFY2(submitted.ok(), qPrintable(submitted.error().message));
    QVERIFY(t.ws().requests().decide(QStringLiteral("bob"), submitted->id, true, QStringLiteral("ok")).ok());
    auto decisions = t.ws().requestStore().decisions(submitted->id);
    QVERIFY(decisions.ok());
    QCOMPARE(decisions->size(), 1);
    const QJsonArray basis = decisions->first().basis;
    QCOMPARE(basis.first().toObject().value(QStringLiteral("reason")).toString(),
             QStringLiteral("member of group approvers"));
    QCOMPARE(ReasonWords::basisForPeople(basis), QStringLiteral("Mitglied der Gruppe approvers"));

    // Every kind's stored words come back in German, with the value in its place.
    for (CriterionKind kind : { CriterionKind::User, CriterionKind::Group, CriterionKind::Role, CriterionKind::Manager,
                                CriterionKind::TargetOwner, CriterionKind::TeamMember, CriterionKind::Webhook }) {
        const QString stored = ReasonWords::storedReason(kind, QStringLiteral("ops-7"));
        const QString german = ReasonWords::reasonForPeople(stored);
        QVERIFY2(german != stored, qPrintable(stored));
        QCOMPARE(german.contains(QLatin1String("ops-7")), stored.contains(QLatin1String("ops-7")));
    }
    for (auto why :
         { ReasonWords::Bypass::NoPhases, ReasonWords::Bypass::BypassGroup, ReasonWords::Bypass::AutomaticPhases }) {
        const QString stored = ReasonWords::storedBypass(why);
        QVERIFY2(ReasonWords::bypassForPeople(stored) != stored, qPrintable(stored));
    }
    // A run's end names its state in German on the Audit page too (it said "succeeded").
    AuditEntry finished;
    finished.event = AuditEvent::ExecutionFinished;
    finished.payload = QStringLiteral(R"({"state":"succeeded","exitCode":0})");
    QVERIFY2(auditEntrySentence(finished).contains(QLatin1String("erfolgreich")),
             qPrintable(auditEntrySentence(finished)));

    // A request's stored state too (the reports' covers and rows read it), and a run's.
    QCOMPARE(requestStateForPeople(QStringLiteral("pending")), QStringLiteral("offen"));
    QCOMPARE(executionStateLabel(QStringLiteral("succeeded")), QStringLiteral("erfolgreich"));

    // Words another version wrote are shown as they were stored.
    QCOMPARE(requestStateForPeople(QStringLiteral("archived")), QStringLiteral("archived"));
    QCOMPARE(ReasonWords::reasonForPeople(QStringLiteral("approved by the moon")),
             QStringLiteral("approved by the moon"));
    QCOMPARE(ReasonWords::reasonForPeople(QStringLiteral("member of group ")), QStringLiteral("member of group "));
}

void TestCoreTranslation::everyCoreMessageHasItsGerman_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("core") << QStringLiteral("countersign_core_de.ts");
    QTest::newRow("client") << QStringLiteral("countersign_de.ts");
    QTest::newRow("agent") << QStringLiteral("countersign_agent_de.ts"); // the API's refusals (issue 17)
    QTest::newRow("report") << QStringLiteral("countersign_report_de.ts"); // the PDF reports' labels
}

void TestCoreTranslation::everyCoreMessageHasItsGerman()
{
    QFETCH(QString, file);
    QFile ts(QDir(QStringLiteral(CS_TRANSLATIONS_DIR)).filePath(file));
    QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
    const QString text = QString::fromUtf8(ts.readAll());
    QVERIFY(text.contains(QLatin1String("<message")));
    // fill_de.py marks what its glossary lacks as unfinished; lupdate marks new sources the same way.
    static const QRegularExpression unfinished(
        QStringLiteral("<source>([^<]*)</source>\\s*<translation type=\"unfinished\""));
    QStringList missing;
    for (auto it = unfinished.globalMatch(text); it.hasNext();)
        missing << it.next().captured(1);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1String(" | "))));
}

QTEST_GUILESS_MAIN(TestCoreTranslation)
#include "tst_coretranslation.moc"
