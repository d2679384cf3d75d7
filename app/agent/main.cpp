#include <agent/agentconfig.h>
#include <agent/agentserver.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <core/common/clock.h>
#include <core/storage/database.h>
#include <csignal>

int main(int argc, char* argv[])
{
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
    parser.addOptions({ config, newToken });
    parser.process(app);

    if (parser.isSet(newToken)) {
        const auto [token, line] = cs::agent::AgentConfig::generateToken(parser.value(newToken));
        out << "token:  " << token << "\nconfig: " << line << '\n';
        return 0;
    }
    if (!parser.isSet(config)) {
        err << "countersign-agent: --config FILE is required (see --help).\n";
        return 2;
    }
    auto loaded = cs::agent::AgentConfig::load(parser.value(config));
    if (!loaded.ok()) {
        err << "countersign-agent: " << loaded.error().message << '\n';
        return 1;
    }
    static cs::SystemClock clock;
    auto workspace = cs::Workspace::open(loaded->database, clock);
    if (!workspace.ok()) {
        err << "countersign-agent: " << workspace.error().message << '\n';
        return 1;
    }
    // On PostgreSQL the agent is who it logs in as: its audit entries and claims carry that role.
    if ((*workspace)->database().engine() == cs::Database::Engine::Postgres) {
        auto role = (*workspace)->database().currentUser();
        if (!role.ok()) {
            err << "countersign-agent: " << role.error().message << '\n';
            return 1;
        }
        loaded->name = *role;
    }
    cs::agent::AgentServer server(*loaded, std::move(workspace).value());
    auto started = server.start();
    if (!started.ok()) {
        err << "countersign-agent: " << started.error().message << '\n';
        return 1;
    }
    // SIGTERM/SIGINT stop the event loop; runs in progress are killed with their process groups.
    std::signal(SIGTERM, [](int) { QCoreApplication::quit(); });
    std::signal(SIGINT, [](int) { QCoreApplication::quit(); });
    return app.exec();
}
