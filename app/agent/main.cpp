#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <agent/agentconfig.h>
#include <agent/agentserver.h>
#include <agent/demoagent.h>
#include <agent/directoryschedule.h>
#include <agent/logging.h>
#include <agent/noticesender.h>
#include <agent/phaseschedule.h>
#include <agent/signalwatcher.h>
#include <agent/startupretry.h>
#include <core/common/clock.h>
#include <core/storage/database.h>
#include <csignal>
#include <memory>
#include <sys/resource.h>

namespace {

// Descriptors the agent needs besides its client connections: the database, the journal, and
// each run's pipes, lifeline and files.
constexpr rlim_t kDescriptorHeadroom = 256;

// Raises the soft limit on open files as far as the connection limit needs (the hard limit
// allows it; the default soft limit is 1,024). Where it cannot, fewer connections are allowed,
// so that a client holding connections can never leave a run without a descriptor.
void fitDescriptors(cs::agent::HttpLimits& limits)
{
    rlimit files {};
    if (::getrlimit(RLIMIT_NOFILE, &files) != 0)
        return;
    const rlim_t needed = rlim_t(limits.maxConnections) + kDescriptorHeadroom;
    if (files.rlim_cur != RLIM_INFINITY && files.rlim_cur < needed) {
        files.rlim_cur = files.rlim_max == RLIM_INFINITY ? needed : qMin(needed, files.rlim_max);
        static_cast<void>(::setrlimit(RLIMIT_NOFILE, &files));
        static_cast<void>(::getrlimit(RLIMIT_NOFILE, &files));
    }
    if (files.rlim_cur != RLIM_INFINITY && files.rlim_cur < needed) {
        const int fits = int(qMax<rlim_t>(files.rlim_cur, kDescriptorHeadroom + 16) - kDescriptorHeadroom);
        qCWarning(cs::agent::lcAgent).noquote()
            << QStringLiteral("only %1 open files are allowed (LimitNOFILE): at most %2 connections, not %3")
                   .arg(files.rlim_cur)
                   .arg(fits)
                   .arg(limits.maxConnections);
        limits.maxConnections = fits;
    }
}

} // namespace

int main(int argc, char* argv[])
{
    // Every log line (the agent's and core's) with its time and category, on stderr; a
    // QT_MESSAGE_PATTERN in the environment still wins.
    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-ddThh:mm:ss.zzz} %{type} %{category}: %{message}"));
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("countersign-agent"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COUNTERSIGN_VERSION));
    QTextStream err(stderr);
    QTextStream out(stdout);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Runs approved Countersign requests, exactly once, exactly as approved."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption config(QStringLiteral("config"), QStringLiteral("The agent configuration file (JSON)."),
                                    QStringLiteral("file"));
    const QCommandLineOption newToken(QStringLiteral("new-token"),
                                      QStringLiteral("Print a new client token and its configuration line."),
                                      QStringLiteral("name"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QStringLiteral(
            "Run the demo's local agent for the demo workspace in this folder, with a token made for this run."),
        QStringLiteral("folder"));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("With --demo: the port (default 8765)."),
                                  QStringLiteral("port"), QStringLiteral("8765"));
    parser.addOptions({ config, newToken, demo, port });
    parser.process(app);

    if (parser.isSet(newToken)) {
        const auto [token, line] = cs::agent::AgentConfig::generateToken(parser.value(newToken));
        out << "token:  " << token << "\nconfig: " << line << '\n';
        return 0;
    }
    if (!parser.isSet(config) && !parser.isSet(demo)) {
        err << "countersign-agent: --config FILE is required (see --help).\n";
        return 2;
    }
    QString configFile = parser.value(config);
    QString demoToken;
    const QString demoDir = parser.value(demo);
    if (parser.isSet(demo)) {
        bool portOk = false;
        const uint demoPort = parser.value(port).toUInt(&portOk);
        if (!portOk || demoPort == 0 || demoPort > 65535) {
            err << "countersign-agent: --port must be a number from 1 to 65535.\n";
            return 2;
        }
        auto prepared = cs::agent::DemoAgent::prepare(demoDir, quint16(demoPort));
        if (!prepared.ok()) {
            err << "countersign-agent: " << prepared.error().message << '\n';
            return 1;
        }
        demoToken = *prepared;
        configFile = cs::agent::DemoAgent::configPath(demoDir);
    }
    auto loaded = cs::agent::AgentConfig::load(configFile);
    if (!loaded.ok()) {
        err << "countersign-agent: " << loaded.error().message << '\n';
        return 1;
    }
    fitDescriptors(loaded->limits);
    // Watching from here on: a stop signal ends a start-up wait for the database promptly, and
    // once the loop runs it stops the server cleanly.
    cs::agent::SignalWatcher watcher({ SIGTERM, SIGINT });
    if (!watcher.isActive()) {
        err << "countersign-agent: cannot set up signal handling.\n";
        return 1;
    }
    // Each step that needs the database waits for it (with back-off, saying why) rather than
    // exiting: a dropped connection or a restarting server at start-up is not a reason to stop.
    cs::agent::StartupRetry retry(watcher);
    const auto stoppedOr = [&](const cs::Error& e) {
        if (!retry.stopped().isEmpty()) {
            qCInfo(cs::agent::lcAgent).noquote()
                << QStringLiteral("stopped on %1 during start-up").arg(retry.stopped());
            return 0;
        }
        err << "countersign-agent: " << e.message << '\n';
        return 1;
    };
    // COUNTERSIGN_TEST_NOW moves the agent's clock (a testing aid for its schedules), loudly.
    static const std::unique_ptr<cs::Clock> agentClock = []() -> std::unique_ptr<cs::Clock> {
        const QDateTime testNow = QDateTime::fromString(qEnvironmentVariable("COUNTERSIGN_TEST_NOW"), Qt::ISODate);
        if (!testNow.isValid())
            return std::make_unique<cs::SystemClock>();
        qCWarning(cs::agent::lcAgent).noquote()
            << QStringLiteral("COUNTERSIGN_TEST_NOW is set: this agent's clock starts at %1 (a testing aid)")
                   .arg(testNow.toUTC().toString(Qt::ISODate));
        return std::make_unique<cs::ShiftedClock>(testNow.toUTC());
    }();
    const cs::Clock& clock = *agentClock;
    auto workspace
        = retry.run(QStringLiteral("open the workspace"), [&] { return cs::Workspace::open(loaded->database, clock); });
    if (!workspace.ok())
        return stoppedOr(workspace.error());
    // On PostgreSQL the agent is who it logs in as: its audit entries and claims carry that role.
    if ((*workspace)->database().engine() == cs::Database::Engine::Postgres) {
        auto role = retry.run(QStringLiteral("learn the agent's database role"),
                              [&] { return (*workspace)->database().currentUser(); });
        if (!role.ok())
            return stoppedOr(role.error());
        loaded->name = *role;
    }
    // The notification outbox, delivered on its own connection and thread.
    auto noticeSettings = cs::agent::NoticeSender::Settings::fromEnvironment();
    if (noticeSettings.replyUrl.isEmpty()) // approval webhooks answer to this agent (issue 17)
        noticeSettings.replyUrl = loaded->publicUrl + QStringLiteral("/v1/approval-webhooks/reply");
    cs::agent::NoticeSender notices((*workspace)->database().opener(), clock, loaded->name, noticeSettings);
    cs::agent::AgentServer server(*loaded, std::move(workspace).value());
    const cs::Status recovered
        = retry.run(QStringLiteral("record the runs of the previous start"), [&] { return server.recover(); });
    if (!recovered.ok())
        return stoppedOr(recovered.error());
    QObject::connect(&watcher, &cs::agent::SignalWatcher::received, &server, [&server](int signalNumber) {
        server.stop(cs::agent::SignalWatcher::name(signalNumber));
        QCoreApplication::quit();
    });
    cs::agent::DirectorySchedule directorySync(loaded->database, clock); // when an admin configured one
    // Reminders, escalations and timeout outcomes of pending requests (issue 16).
    cs::agent::PhaseSchedule phaseSchedule(loaded->database, clock, loaded->name);
    auto started = server.start();
    if (!started.ok()) {
        err << "countersign-agent: " << started.error().message << '\n';
        return 1;
    }
    notices.start();
    // Only a demo agent that listens hands out its token: one that could not start leaves the running one's.
    if (!demoToken.isEmpty()) {
        if (const cs::Status published = cs::agent::DemoAgent::publishToken(demoDir, demoToken); !published.ok()) {
            err << "countersign-agent: " << published.error().message << '\n';
            return 1;
        }
        out << "demo token: " << cs::agent::DemoAgent::tokenPath(demoDir) << Qt::endl;
    }
    const int code = app.exec();
    if (!demoToken.isEmpty())
        cs::agent::DemoAgent::withdrawToken(demoDir);
    return code;
}
