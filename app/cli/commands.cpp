#include <cli/commands.h>

#include <QCoreApplication>
#include <demo/demoworkspace.h>

namespace cs::cli {
namespace {

int init(CliContext& ctx)
{
    if (const Status s = ctx.open(true); !s.ok())
        return ctx.fail(s.error());
    const Status s = ctx.line.has(QStringLiteral("demo")) ? seedDemoWorkspace(ctx.ws(), ctx.actor())
                                                          : ctx.ws().admin().bootstrap(ctx.actor(), QString());
    if (!s.ok())
        return ctx.fail(s.error());
    if (ctx.json())
        ctx.printJson(QJsonObject { { QStringLiteral("database"), ctx.ws().database().location() },
                                    { QStringLiteral("admin"), ctx.actor() },
                                    { QStringLiteral("demo"), ctx.line.has(QStringLiteral("demo")) } });
    else
        ctx.print(QStringLiteral("Workspace created at %1; %2 is its first admin.%3")
                      .arg(ctx.ws().database().location(), ctx.actor(),
                           ctx.line.has(QStringLiteral("demo"))
                               ? QStringLiteral("\nDemo people: alice (helpdesk), bob and carol (approvers), frank "
                                                "(tech lead), grace (security), dave (admin), erin (auditor).")
                               : QString()));
    return Ok;
}

} // namespace

int run(const QStringList& args, QTextStream& out, QTextStream& err)
{
    CommandLine line;
    QString problem;
    if (!parseCommandLine(args, &line, &problem)) {
        err << "countersign-cli: " << problem << '\n';
        return Usage;
    }
    if (line.help) {
        out << usageText();
        return Ok;
    }
    if (line.version) {
        out << "countersign-cli " << QCoreApplication::applicationVersion() << '\n';
        return Ok;
    }

    CliContext ctx(line, out, err);
    if (line.spec->name == QLatin1String("init"))
        return init(ctx);
    if (line.spec->name == QLatin1String("db login"))
        return runDatabaseLogin(ctx);
    if (const Status s = ctx.open(false); !s.ok())
        return ctx.fail(s.error());

    const QString group = line.spec->name.section(QLatin1Char(' '), 0, 0);
    if (group == QLatin1String("agent") || group == QLatin1String("execute"))
        return runAgentCommand(ctx);
    if (group == QLatin1String("admin"))
        return runSetupPostgres(ctx);
    static const QStringList adminGroups { QStringLiteral("user"), QStringLiteral("group"), QStringLiteral("target"),
                                           QStringLiteral("action"), QStringLiteral("audit") };
    return adminGroups.contains(group) ? runAdminCommand(ctx) : runRequestCommand(ctx);
}

} // namespace cs::cli
