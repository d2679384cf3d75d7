// Administration → Directory against the real OpenLDAP server the test command starts: the source
// shown, a preview off the GUI thread that changes nothing, the sync, the removal guard's "Sync
// anyway", and synced people and groups read-only on the People and Groups pages.
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTranslator>
#include <QtTest>
#include <gui/guitestsupport.h>
#include <support/ldapdirectory.h>
#include <ui/admin/adminwidget.h>
#include <ui/admin/directorypages.h>
#include <ui/admin/directorysyncpage.h>
#include <ui/messagebanner.h>

using namespace cs;
using namespace cs::ui;

namespace {

#define REQUIRE_LDAP()                                                                                                 \
    if (!LdapDirectory::available())                                                                                   \
        QSKIP("COUNTERSIGN_TEST_LDAP_URL is not set: run through packaging/test.sh, or start a server with "           \
              "eval \"$(packaging/ldap-server.sh start)\".");

QString cell(QTableView* view, const QString& key, int column)
{
    for (int r = 0; r < view->model()->rowCount(); ++r)
        if (view->model()->index(r, 0).data().toString() == key)
            return view->model()->index(r, column).data().toString();
    return QStringLiteral("<no row %1>").arg(key);
}

int column(QTableView* view, const QString& header)
{
    for (int c = 0; c < view->model()->columnCount(); ++c)
        if (view->model()->headerData(c, Qt::Horizontal).toString() == header)
            return c;
    return -1;
}

bool runAndWait(DirectorySyncPage* page, void (DirectorySyncPage::*what)())
{
    QSignalSpy done(page, &DirectorySyncPage::finished);
    (page->*what)();
    return done.wait(60000);
}

} // namespace

class TestGuiDirectorySync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qunsetenv(DirectorySource::PasswordVariable); }
    void withoutSourceSaysHowToConfigureOne();
    void previewSyncAndReadOnlySyncedEntries();
    void removalGuardAsksBeforeSyncingAnyway();
    void screenshots_data();
    void screenshots();
};

void TestGuiDirectorySync::withoutSourceSaysHowToConfigureOne()
{
    GuiFixture f;
    auto dave = f.open(QStringLiteral("dave"));
    DirectorySyncPage* page = dave->window->admin()->directorySync();
    QVERIFY(page->sourceLabel()->text().contains(QStringLiteral("No directory source is configured")));
    QVERIFY(page->sourceLabel()->text().contains(QStringLiteral("countersign-cli directory configure")));
    QVERIFY(!page->previewButton()->isEnabled());
    QVERIFY(!page->syncButton()->isEnabled());
    // Every demo person is local: nothing is read-only.
    UsersPage* users = dave->window->admin()->users();
    QCOMPARE(cell(users->table(), QStringLiteral("alice"), column(users->table(), QStringLiteral("Origin"))),
             QStringLiteral("Local"));
    users->select(QStringLiteral("alice"));
    QVERIFY(users->editButton()->isEnabled());
}

void TestGuiDirectorySync::previewSyncAndReadOnlySyncedEntries()
{
    REQUIRE_LDAP();
    GuiFixture f;
    LdapDirectory ldap;
    const DirectorySource source = ldap.source(QStringLiteral("active-directory"));
    TestWorkspace::must(f.workspace().directorySync().configure(QStringLiteral("dave"), source), "configure");
    auto dave = f.open(QStringLiteral("dave"));
    DirectorySyncPage* page = dave->window->admin()->directorySync();
    QVERIFY2(page->sourceLabel()->text().contains(source.url), qPrintable(page->sourceLabel()->text()));
    QVERIFY(page->sourceLabel()->text().contains(source.peopleBase));
    QVERIFY(page->sourceLabel()->text().contains(QStringLiteral("Never synced.")));

    // No password in the keychain: asked once, for this bind DN.
    dave->prompts.directoryPasswords << Prompts::Secret { LdapDirectory::password(), true };
    QSignalSpy done(page, &DirectorySyncPage::finished);
    page->preview();
    QVERIFY(page->isBusy()); // off the GUI thread: the page is still answering
    QVERIFY(!page->previewButton()->isEnabled());
    QVERIFY(!page->syncButton()->isEnabled());
    QVERIFY(done.wait(60000));
    QVERIFY(!page->isBusy());
    QCOMPARE(dave->prompts.directoryPasswordQuestions, QStringList { source.bindDn });
    const QStringList preview = page->changeLines();
    QVERIFY2(preview.contains(QStringLiteral("Add person carl (Carl Chief)")), qPrintable(preview.join('\n')));
    QVERIFY(preview.contains(QStringLiteral("Add person ada (Ada Admin)")));
    QVERIFY(preview.contains(QStringLiteral("Add group leads")));
    QVERIFY2(page->banner()->text().startsWith(QStringLiteral("Preview, nothing changed yet:")),
             qPrintable(page->banner()->text()));
    QVERIFY(!f.workspace().directory().user(QStringLiteral("carl")).ok()); // the preview changed nothing

    QVERIFY(runAndWait(page, &DirectorySyncPage::syncNow));
    QVERIFY2(!page->banner()->isError(), qPrintable(page->banner()->text()));
    QVERIFY(page->banner()->text().startsWith(QStringLiteral("The directory was synced:")));
    QCOMPARE(f.workspace().directory().user(QStringLiteral("carl"))->displayName, QStringLiteral("Carl Chief"));
    QCOMPARE(dave->prompts.directoryPasswordQuestions.size(), 1); // not asked again
    // Accepted by the directory and "remember" ticked: kept in the keychain under the source's key.
    QCOMPARE(dave->credentials.read(source.credentialKey()).value(), LdapDirectory::password());
    QVERIFY2(page->sourceLabel()->text().contains(QStringLiteral("Last sync")),
             qPrintable(page->sourceLabel()->text()));
    QVERIFY(!page->sourceLabel()->text().contains(LdapDirectory::password()));
    QVERIFY(!page->banner()->text().contains(LdapDirectory::password()));

    // People: synced ones marked and read-only with core's reason, local ones as before.
    UsersPage* users = dave->window->admin()->users();
    users->refresh();
    const int origin = column(users->table(), QStringLiteral("Origin"));
    QCOMPARE(cell(users->table(), QStringLiteral("carl"), origin), QStringLiteral("Directory"));
    QCOMPARE(cell(users->table(), QStringLiteral("alice"), origin), QStringLiteral("Local"));
    users->select(QStringLiteral("carl"));
    QVERIFY(!users->editButton()->isEnabled());
    QVERIFY(!users->activeButton()->isEnabled());
    QVERIFY(!users->removeButton()->isEnabled());
    const auto reason = syncedUserReason(f.workspace().database(), QStringLiteral("carl"));
    QVERIFY(reason.ok() && !reason->isEmpty());
    QCOMPARE(users->editButton()->toolTip(), *reason);
    users->select(QStringLiteral("alice"));
    QVERIFY(users->editButton()->isEnabled());
    QVERIFY(users->editButton()->toolTip().isEmpty());

    // Groups: a synced group's members change only in the directory; a local one of the same name
    // (the demo's approvers) stays local and editable.
    GroupsPage* groups = dave->window->admin()->groups();
    groups->refresh();
    const int groupOrigin = column(groups->table(), QStringLiteral("Origin"));
    QCOMPARE(cell(groups->table(), QStringLiteral("leads"), groupOrigin), QStringLiteral("Directory"));
    QCOMPARE(cell(groups->table(), QStringLiteral("approvers"), groupOrigin), QStringLiteral("Local"));
    groups->select(QStringLiteral("leads"));
    QVERIFY(!groups->addMemberButton()->isEnabled());
    QCOMPARE(groups->addMemberButton()->toolTip(),
             *syncedGroupReason(f.workspace().database(), QStringLiteral("leads")));
    groups->select(QStringLiteral("approvers"));
    QVERIFY(groups->addMemberButton()->isEnabled());

    // A second preview finds nothing to do; only the warnings about the local namesakes remain.
    QVERIFY(runAndWait(page, &DirectorySyncPage::preview));
    QVERIFY2(page->banner()->text().startsWith(QStringLiteral("No changes")), qPrintable(page->banner()->text()));
    QVERIFY(!page->changeLines().isEmpty());
    for (const QString& line : page->changeLines())
        QVERIFY2(line.startsWith(QStringLiteral("Warning: ")), qPrintable(line));
}

void TestGuiDirectorySync::removalGuardAsksBeforeSyncingAnyway()
{
    REQUIRE_LDAP();
    GuiFixture f;
    LdapDirectory ldap;
    TestWorkspace::must(f.workspace().directorySync().configure(QStringLiteral("dave"),
                                                                ldap.source(QStringLiteral("active-directory"))),
                        "configure");
    auto dave = f.open(QStringLiteral("dave"));
    // The bind password already in the keychain, as `directory configure --password-stdin` keeps it.
    const DirectorySource source = ldap.source(QStringLiteral("active-directory"));
    TestWorkspace::must(dave->credentials.write(source.credentialKey(), LdapDirectory::password()), "keychain");
    DirectorySyncPage* page = dave->window->admin()->directorySync();
    QVERIFY(runAndWait(page, &DirectorySyncPage::syncNow));
    QVERIFY2(!page->banner()->isError(), qPrintable(page->banner()->text()));
    QVERIFY(dave->prompts.directoryPasswordQuestions.isEmpty());

    // A broken people base would disable everyone from the directory: stopped, then asked.
    DirectorySource broken = source;
    broken.peopleBase = QStringLiteral("ou=groups,ou=ad,") + ldap.base();
    TestWorkspace::must(f.workspace().directorySync().configure(QStringLiteral("dave"), broken), "configure");
    dave->prompts.confirmAnswer = false;
    QVERIFY(runAndWait(page, &DirectorySyncPage::syncNow));
    QVERIFY(page->banner()->isError());
    QVERIFY2(page->banner()->text().contains(QStringLiteral("disable 6 of 6 people")),
             qPrintable(page->banner()->text()));
    QCOMPARE(dave->prompts.confirmations.size(), 1);
    QVERIFY(f.workspace().directory().activeUser(QStringLiteral("carl")).ok()); // nothing applied

    // "Sync anyway" passes force: the six are disabled, never deleted.
    dave->prompts.confirmAnswer = true;
    QSignalSpy done(page, &DirectorySyncPage::finished);
    page->syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty() && !page->isBusy(), 60000);
    QVERIFY2(!page->banner()->isError(), qPrintable(page->banner()->text()));
    QCOMPARE(dave->prompts.confirmations.size(), 2);
    QVERIFY(!f.workspace().directory().activeUser(QStringLiteral("carl")).ok());
    QVERIFY(f.workspace().directory().user(QStringLiteral("carl")).ok());
    QVERIFY(page->changeLines().contains(QStringLiteral("Disable carl (gone from the directory)")));
}

void TestGuiDirectorySync::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("German") << QStringLiteral("de");
}

// The Directory page before a sync, with a preview and after it, and the People page with synced
// entries, to build/screenshots/directory/ for people to look at; the German one must be German.
void TestGuiDirectorySync::screenshots()
{
    REQUIRE_LDAP();
    QFETCH(QString, language);
    QDir out(QStringLiteral(CS_SCREENSHOT_DIR));
    QVERIFY(out.mkpath(QStringLiteral("directory")) && out.cd(QStringLiteral("directory")));
    QTranslator translator;
    QTranslator coreTranslator; // core's sentences: the reasons and warnings
    if (language == QLatin1String("de")) {
        QVERIFY(translator.load(QStringLiteral(":/i18n/countersign_de.qm")));
        QCoreApplication::installTranslator(&translator);
        QVERIFY(coreTranslator.load(QStringLiteral(":/i18n/countersign_core_de.qm")));
        QCoreApplication::installTranslator(&coreTranslator);
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    } else {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    GuiFixture f;
    LdapDirectory ldap;
    const DirectorySource source = ldap.source(QStringLiteral("active-directory"));
    TestWorkspace::must(f.workspace().directorySync().configure(QStringLiteral("dave"), source), "configure");
    auto dave = f.open(QStringLiteral("dave"));
    TestWorkspace::must(dave->credentials.write(source.credentialKey(), LdapDirectory::password()), "keychain");
    auto* pages = dave->window->findChild<QTabWidget*>(QStringLiteral("pages"));
    AdminWidget* admin = dave->window->admin();
    pages->setCurrentWidget(admin);
    DirectorySyncPage* page = admin->directorySync();
    admin->setCurrentWidget(page);
    const auto save = [&](const QString& screen) {
        QVERIFY(QTest::qWaitForWindowExposed(dave->window.get()));
        QCoreApplication::processEvents();
        const QString path = out.filePath(QStringLiteral("%1-%2.png").arg(language, screen));
        QVERIFY2(dave->window->grab().save(path), qPrintable(path));
    };
    save(QStringLiteral("directory-before"));
    QVERIFY(runAndWait(page, &DirectorySyncPage::preview));
    save(QStringLiteral("directory-preview"));
    QVERIFY(runAndWait(page, &DirectorySyncPage::syncNow));
    save(QStringLiteral("directory-synced"));
    admin->setCurrentWidget(admin->users());
    admin->users()->select(QStringLiteral("carl"));
    save(QStringLiteral("people-synced"));
    if (language == QLatin1String("de")) {
        QCOMPARE(admin->tabText(admin->indexOf(page)), QStringLiteral("Verzeichnis"));
        QCOMPARE(page->previewButton()->text(), QStringLiteral("Änderungen vorab zeigen"));
        QVERIFY(page->changeLines().contains(QStringLiteral("Person carl (Carl Chief) hinzufügen")));
        QCOMPARE(cell(admin->users()->table(), QStringLiteral("carl"),
                      column(admin->users()->table(), QStringLiteral("Herkunft"))),
                 QStringLiteral("Verzeichnis"));
        QVERIFY(admin->users()->editButton()->toolTip().contains(QStringLiteral("stammt aus dem Firmenverzeichnis")));
        QCoreApplication::removeTranslator(&translator);
        QCoreApplication::removeTranslator(&coreTranslator);
    }
}

QTEST_MAIN(TestGuiDirectorySync)
#include "tst_gui_directorysync.moc"
