// Renders the main screens in English and German to PNG files in the build tree
// (build/screenshots/), for people to look at; asserts that the German build is German.
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QListWidget>
#include <QPalette>
#include <QPushButton>
#include <QStyle>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTranslator>
#include <QtTest>
#include <gui/guitestsupport.h>
#include <ui/admin/actioneditor.h>
#include <ui/admin/actionspage.h>
#include <ui/admin/adminwidget.h>
#include <ui/approvals/approvalswidget.h>
#include <ui/approvals/requestdetailwidget.h>
#include <ui/approvals/requestqueueview.h>
#include <ui/audit/auditwidget.h>
#include <ui/catalogue/cataloguewidget.h>
#include <ui/catalogue/parameterform.h>
#include <ui/startpage.h>

using namespace cs::ui;

class TestGuiScreenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void render_data();
    void render();

private:
    void save(QWidget* widget, const QString& language, const QString& screen);
};

void TestGuiScreenshots::save(QWidget* widget, const QString& language, const QString& screen)
{
    QVERIFY(QTest::qWaitForWindowExposed(widget));
    QCoreApplication::processEvents();
    const QPixmap shot = widget->grab();
    QVERIFY(!shot.isNull());
    QVERIFY(shot.width() >= 800);
    const QString path = QStringLiteral(CS_SCREENSHOT_DIR "/%1-%2.png").arg(language, screen);
    QVERIFY2(shot.save(path), qPrintable(path));
}

void TestGuiScreenshots::render_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("English, dark palette") << QStringLiteral("en-dark");
}

namespace {

// Fusion with a dark palette, as a desktop's dark theme gives Qt applications.
QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(45, 45, 48));
    p.setColor(QPalette::WindowText, QColor(230, 230, 230));
    p.setColor(QPalette::Base, QColor(30, 30, 32));
    p.setColor(QPalette::AlternateBase, QColor(50, 50, 54));
    p.setColor(QPalette::Text, QColor(230, 230, 230));
    p.setColor(QPalette::Button, QColor(55, 55, 60));
    p.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    p.setColor(QPalette::Highlight, QColor(42, 130, 218));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(60, 60, 64));
    p.setColor(QPalette::ToolTipText, QColor(230, 230, 230));
    p.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    return p;
}

} // namespace

void TestGuiScreenshots::render()
{
    QFETCH(QString, language);
    QDir().mkpath(QStringLiteral(CS_SCREENSHOT_DIR));
    QTranslator translator;
    QTranslator coreTranslator; // core's sentences (validation, refusals, request text)
    if (language == QLatin1String("de")) {
        QVERIFY(translator.load(QStringLiteral(":/i18n/countersign_de.qm")));
        QCoreApplication::installTranslator(&translator);
        QVERIFY(coreTranslator.load(QStringLiteral(":/i18n/countersign_core_de.qm")));
        QCoreApplication::installTranslator(&coreTranslator);
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    } else {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    const QPalette lightPalette = QApplication::palette();
    const QString lightStyle = QApplication::style()->name(); // setStyle() deletes the style it replaces
    if (language == QLatin1String("en-dark")) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
    }

    GuiFixture fixture;
    {
        auto alice = fixture.open(QStringLiteral("alice"));
        CatalogueWidget* catalogue = alice->window->catalogue();
        QVERIFY(catalogue->selectAction(QStringLiteral("create-directory-user")));
        QTest::keyClicks(catalogue->form()->editor(QStringLiteral("givenName")), QStringLiteral("Ana"));
        QTest::keyClicks(catalogue->form()->editor(QStringLiteral("surname")), QStringLiteral("Silva"));
        QTest::keyClicks(catalogue->form()->editor(QStringLiteral("email")), QStringLiteral("ana.silva"));
        catalogue->targetList()->item(0)->setCheckState(Qt::Checked);
        QCOMPARE(catalogue->submitButton()->text(),
                 language == QLatin1String("de") ? QStringLiteral("Genehmigung beantragen")
                                                 : QStringLiteral("Request Approval"));
        save(alice->window.get(), language, QStringLiteral("catalogue"));

        alice->window->showApprovals();
        alice->window->approvals()->showOutgoing();
        QVERIFY(alice->window->approvals()->selectRequest(2));
        save(alice->window.get(), language, QStringLiteral("outgoing"));
    }
    {
        auto bob = fixture.open(QStringLiteral("bob"));
        bob->window->showApprovals();
        QVERIFY(bob->window->approvals()->selectRequest(1));
        QCOMPARE(bob->window->approvals()->tabs()->tabText(0),
                 language == QLatin1String("de") ? QStringLiteral("Eingang (1)") : QStringLiteral("Incoming (1)"));
        save(bob->window.get(), language, QStringLiteral("incoming"));
        bob->window->approvals()->detail()->tabs()->setCurrentIndex(1);
        save(bob->window.get(), language, QStringLiteral("incoming-parameters"));

        // A finished run, recorded the way an agent records it.
        cs::Workspace& ws = bob->session->workspace();
        QVERIFY(ws.requests().decide(QStringLiteral("bob"), 1, true, QStringLiteral("HR ticket checked")).ok());
        QVERIFY(ws.executions().claim(1, QStringLiteral("agent-berlin-1"), QStringLiteral("bob")).ok());
        QVERIFY(ws.executions().recordStart(1, QStringLiteral("agent-berlin-1")).ok());
        QVERIFY(ws.executions()
                    .appendOutput(
                        1,
                        QStringLiteral(
                            "Creating directory user Maria Lopez <maria.lopez@example.com>\nDepartment: Finance\n"))
                    .ok());
        QVERIFY(ws.executions()
                    .finish(1, QStringLiteral("agent-berlin-1"), cs::ExecutionState::Succeeded, 0, QString())
                    .ok());
        bob->session->checkForChanges();
        bob->window->approvals()->incoming()->statusFilter()->setCurrentIndex(0);
        QVERIFY(bob->window->approvals()->selectRequest(1));
        bob->window->approvals()->detail()->tabs()->setCurrentIndex(4);
        const QString executionText = bob->window->approvals()->detail()->executionText();
        QVERIFY2(executionText.contains(language == QLatin1String("de") ? QStringLiteral("erfolgreich")
                                                                        : QStringLiteral("succeeded")),
                 qPrintable(executionText));
        save(bob->window.get(), language, QStringLiteral("execution"));
    }
    {
        auto dave = fixture.open(QStringLiteral("dave"));
        dave->window->showAdmin();
        QVERIFY(dave->window->admin()->actions()->openAction(QStringLiteral("create-directory-user")));
        auto* tabs
            = dave->window->admin()->actions()->editor()->findChild<QTabWidget*>(QStringLiteral("actionEditorTabs"));
        QVERIFY(tabs);
        tabs->setCurrentWidget(dave->window->admin()->actions()->editor()->approvalTab());
        save(dave->window.get(), language, QStringLiteral("admin-approval"));
        tabs->setCurrentIndex(1);
        save(dave->window.get(), language, QStringLiteral("admin-parameters"));
    }
    {
        auto erin = fixture.open(QStringLiteral("erin"));
        erin->window->showAudit();
        erin->window->audit()->verify();
        QTRY_VERIFY_WITH_TIMEOUT(!erin->window->audit()->isVerifying(), 10000);
        save(erin->window.get(), language, QStringLiteral("audit"));
    }
    StartPage start;
    start.resize(820, 560);
    start.show();
    save(&start, language, QStringLiteral("start"));
    if (language == QLatin1String("en-dark")) {
        QApplication::setStyle(QStyleFactory::create(lightStyle));
        QApplication::setPalette(lightPalette);
    }

    QCoreApplication::removeTranslator(&translator);
}

QTEST_MAIN(TestGuiScreenshots)
#include "tst_gui_screenshots.moc"
