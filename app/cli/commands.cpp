#include <QCoreApplication>
#include <cli/commands.h>
#include <cli/logging.h>
#include <demo/demoworkspace.h>

namespace cs::cli {

int initWorkspace(CliContext& ctx)
{
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

    // The parser only returns known commands, and every command in the table has a handler.
    qCDebug(lcCli) << "running" << line.spec->name << "on"
                   << (line.database.isEmpty() ? "the default workspace" : line.database);
    CliContext ctx(line, out, err);
    if (line.spec->workspace != WorkspaceUse::None)
        if (const Status s = ctx.open(line.spec->workspace == WorkspaceUse::Create); !s.ok())
            return ctx.fail(s.error());
    const int code = line.spec->handler(ctx);
    // Told after a success only: a failure's stderr is its one line.
    if (code == Ok && line.spec->workspace != WorkspaceUse::None)
        for (const QString& warning : ctx.ws().database().warnings())
            ctx.fail(QStringLiteral("warning: ") + warning, Ok);
    return code;
}

} // namespace cs::cli
