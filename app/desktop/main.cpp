#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>
#include <core/common/coretranslation.h>
#include <core/common/identity.h>
#include <core/storage/database.h>
#include <keychain/keychainstore.h>
#include <report/reporttranslation.h>
#include <ui/clientcontroller.h>
#include <ui/mainwindow.h>
#include <ui/prompts.h>
#include <ui/settings.h>

int main(int argc, char* argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("countersign"));
    QApplication::setApplicationDisplayName(QStringLiteral("Countersign"));
    QApplication::setApplicationVersion(QStringLiteral(COUNTERSIGN_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.countersign.Countersign"));

    // Follows the system language (LANGUAGE=de shows German), unless Preferences → General chose one.
    cs::ui::Settings settings;
    if (const QString language = settings.language(); !language.isEmpty())
        QLocale::setDefault(QLocale(language));
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("countersign"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);
    cs::installCoreTranslation();
    cs::report::installReportTranslation();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Countersign desktop client"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), QApplication::translate("main", "Workspace database to open."),
                                QStringLiteral("path"));
    const QCommandLineOption as(QStringLiteral("as"),
                                QApplication::translate("main", "Act as this login (SQLite only)."),
                                QStringLiteral("login"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("main", "Open (creating if needed) the demo workspace."));
    parser.addOptions({ db, as, demo });
    parser.addPositionalArgument(QStringLiteral("link"),
                                 QApplication::translate("main", "A countersign://request/NUMBER link to open."),
                                 QStringLiteral("[link]"));
    parser.process(app);
    const QString link = parser.positionalArguments().value(0);

    cs::ui::DialogPrompts prompts;
    cs::SystemClock clock;
    cs::KeychainStore keychain(QStringLiteral("org.countersign.Countersign"), /*retryOnce=*/true);
    cs::ui::ClientController controller(settings, prompts, keychain, clock);
    const QString actor = parser.value(as); // empty: the OS account (SQLite) or the database role (PostgreSQL)

    // Followed once the window is up (its first event-loop turn).
    if (!link.isEmpty())
        QTimer::singleShot(0, &controller, [&] { controller.openLink(link); });
    if (parser.isSet(demo)) {
        controller.startDemo(parser.value(as));
        return app.exec();
    }
    QString location = parser.value(db);
    if (location.isEmpty())
        location = qEnvironmentVariable("COUNTERSIGN_DB");
    if (location.isEmpty() && QFileInfo::exists(settings.lastWorkspace()))
        location = settings.lastWorkspace();
    if (location.isEmpty() && QFileInfo::exists(cs::Database::defaultLocation()))
        location = cs::Database::defaultLocation();
    controller.start(location, actor);
    // For countersign-bench: report when the window is up (its first event-loop turn), then quit.
    if (qEnvironmentVariableIsSet("COUNTERSIGN_STARTUP_PROBE"))
        QTimer::singleShot(0, &app, [&] {
            QTextStream(stdout) << "startup-ms " << sinceStart.elapsed() << (controller.window() ? "" : " (start page)")
                                << Qt::endl;
            QApplication::quit();
        });
    return app.exec();
}
