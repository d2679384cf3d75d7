// Administration → Service accounts (issue 17): add one, issue a token shown once in a dialog with a
// copy button (the token works; only its hash is stored), revoke it, disable the account; and
// screenshots in English, German and dark. Offscreen.
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyleFactory>
#include <QTableView>
#include <QTranslator>
#include <QtTest>
#include <gui/guitestsupport.h>
#include <ui/admin/adminwidget.h>
#include <ui/admin/serviceaccountspage.h>
#include <ui/messagebanner.h>

using namespace cs;
using namespace cs::ui;

class TestGuiServiceAccounts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addIssueRevokeDisable();
    void screenshots_data();
    void screenshots();
};

void TestGuiServiceAccounts::addIssueRevokeDisable()
{
    GuiFixture fixture;
    auto dave = fixture.open(QStringLiteral("dave")); // the demo's admin
    ServiceAccountsPage* page = dave->window->findChild<ServiceAccountsPage*>();
    QVERIFY(page);
    // Core's refusal in one sentence, nothing added.
    QVERIFY(!page->addAccount(QStringLiteral("9bad"), {}));
    QVERIFY(page->banner()->isError());
    QCOMPARE(page->table()->model()->rowCount(), 0);
    // The empty table says what belongs there (hidden only with its page, not by itself).
    auto* empty = page->table()->findChild<QLabel*>(QStringLiteral("serviceAccountsEmpty"));
    QVERIFY(empty);
    QVERIFY(!empty->isHidden());
    QVERIFY2(empty->text().startsWith(QStringLiteral("No service accounts yet.")), qPrintable(empty->text()));

    QVERIFY2(page->addAccount(QStringLiteral("nagios"), QStringLiteral("Nagios monitoring")),
             qPrintable(page->banner()->text()));
    QCOMPARE(page->table()->model()->rowCount(), 1);
    QVERIFY(empty->isHidden());
    QCOMPARE(page->table()->model()->index(0, 2).data().toString(), QStringLiteral("Active"));
    const QString token = page->issueToken(QStringLiteral("prod"));
    QVERIFY(!token.isEmpty());
    TokenDialog* dialog = page->lastTokenDialog();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->token(), token);
    dialog->copyButton()->click();
    QCOMPARE(QApplication::clipboard()->text(), token);
    // The token is the account's, and only its hash is kept.
    QCOMPARE(*fixture.workspace().serviceAccounts().authenticate(token.toUtf8()), QStringLiteral("nagios"));
    QCOMPARE(page->table()->model()->index(0, 3).data().toString(), QStringLiteral("prod"));

    dialog->close();
    QPushButton* revoke = page->findChild<QPushButton*>(QStringLiteral("revokeToken"));
    QVERIFY(revoke->isEnabled());
    dave->prompts.chosen << QStringLiteral("prod");
    revoke->click();
    QCOMPARE(dave->prompts.choices, QList<QStringList> { { QStringLiteral("prod") } });
    QCOMPARE(page->table()->model()->index(0, 3).data().toString(), QStringLiteral("prod (revoked)"));
    QVERIFY(!fixture.workspace().serviceAccounts().authenticate(token.toUtf8()).ok());

    page->select(QStringLiteral("nagios"));
    QVERIFY(page->disableSelected());
    QCOMPARE(page->table()->model()->index(0, 2).data().toString(), QStringLiteral("Disabled"));
    QVERIFY(!page->findChild<QPushButton*>(QStringLiteral("issueToken"))->isEnabled());
}

void TestGuiServiceAccounts::screenshots_data()
{
    QTest::addColumn<QString>("variant");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("dark") << QStringLiteral("dark");
}

// The page with two accounts and the new-token dialog, to build/screenshots/serviceaccounts/.
void TestGuiServiceAccounts::screenshots()
{
    QFETCH(QString, variant);
    QDir out(QStringLiteral(CS_SCREENSHOT_DIR));
    QVERIFY(out.mkpath(QStringLiteral("serviceaccounts")) && out.cd(QStringLiteral("serviceaccounts")));
    ScreenshotLook look(variant == QLatin1String("de"), variant == QLatin1String("dark"));
    QVERIFY(look.loaded());
    GuiFixture fixture;
    ServiceAccounts accounts = fixture.workspace().serviceAccounts();
    QVERIFY(accounts.add(QStringLiteral("dave"), QStringLiteral("zabbix"), QStringLiteral("Zabbix"), {}).ok());
    QVERIFY(accounts.issueToken(QStringLiteral("dave"), QStringLiteral("zabbix"), QStringLiteral("old")).ok());
    QVERIFY(accounts.revokeToken(QStringLiteral("dave"), QStringLiteral("zabbix"), QStringLiteral("old")).ok());
    auto dave = fixture.open(QStringLiteral("dave"));
    AdminWidget* admin = dave->window->findChild<AdminWidget*>();
    ServiceAccountsPage* page = dave->window->findChild<ServiceAccountsPage*>();
    dave->window->findChild<QTabWidget*>(QStringLiteral("pages"))->setCurrentWidget(admin);
    admin->setCurrentWidget(page);
    QVERIFY(page->addAccount(QStringLiteral("nagios"), QStringLiteral("Nagios monitoring")));
    dave->window->show();
    QVERIFY(QTest::qWaitForWindowExposed(dave->window.get()));
    QVERIFY(!page->issueToken(QStringLiteral("prod")).isEmpty());
    QCoreApplication::processEvents();
    QVERIFY(dave->window->grab().save(out.filePath(variant + QStringLiteral("-admin-serviceaccounts.png"))));
    TokenDialog* dialog = page->lastTokenDialog();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(dialog->grab().save(out.filePath(variant + QStringLiteral("-token-dialog.png"))));
    if (variant == QLatin1String("de")) {
        QCOMPARE(admin->tabText(admin->indexOf(page)), QStringLiteral("Dienstkonten"));
        QCOMPARE(dialog->copyButton()->text(), QStringLiteral("&Kopieren"));
    }
}

QTEST_MAIN(TestGuiServiceAccounts)
#include "tst_gui_serviceaccounts.moc"
