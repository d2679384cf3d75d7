// db login and admin setup-postgres: the shared PostgreSQL workspace.
#include <QFile>
#include <cli/commands.h>
#include <core/storage/database.h>
#include <core/storage/postgressetup.h>

namespace cs::cli {

int databaseLogin(CliContext& ctx)
{
    const QString url = ctx.line.positionals.at(0);
    if (!Database::isPostgresUrl(url))
        return ctx.fail(
            QStringLiteral("\"%1\" is not a postgresql:// address; SQLite workspaces have no password.").arg(url),
            Usage);
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return ctx.fail(QStringLiteral("Cannot read the password from standard input."), Usage);
    const QString password = QString::fromUtf8(in.readLine()).trimmed();
    if (password.isEmpty())
        return ctx.fail(QStringLiteral("Give the password on standard input."), Usage);
    // Only a password the server accepts is worth remembering.
    auto db = Database::openPostgres(url, password);
    if (!db.ok())
        return ctx.fail(db.error().message + QStringLiteral(" Nothing was stored."), exitCodeFor(db.error().code));
    const QString location = (*db)->location();
    if (const Status s = ctx.credentials().write(databasePasswordKey(location), password); !s.ok())
        return ctx.fail(s.error());
    ctx.print(QStringLiteral("The password for %1 is stored in the system keychain.").arg(location));
    return Ok;
}

int setupPostgres(CliContext& ctx)
{
    Workspace& ws = ctx.ws();
    if (ws.database().engine() != Database::Engine::Postgres)
        return ctx.fail(QStringLiteral("setup-postgres needs a postgresql:// workspace (--db)."), Usage);
    const QString admin = ctx.line.option(QStringLiteral("admin"));
    auto hasUsers = ws.directory().hasUsers();
    if (!hasUsers.ok())
        return ctx.fail(hasUsers.error());
    if (!*hasUsers && !admin.isEmpty())
        if (const Status s = ws.admin().bootstrap(admin, QString()); !s.ok())
            return ctx.fail(s.error());
    if (const Status s = PostgresSetup::apply(ws.database()); !s.ok())
        return ctx.fail(s.error());
    auto users = ws.directory().users();
    if (!users.ok())
        return ctx.fail(users.error());
    ctx.print(
        QStringLiteral("PostgreSQL now enforces Countersign's permissions on %1 (%2 people with login roles).\n"
                       "Give people a way to log in (ALTER ROLE name PASSWORD '...', or pg_hba.conf), and give agents "
                       "their own login role with the agent role (user add NAME --role agent).")
            .arg(ws.database().location())
            .arg(users->size()));
    return Ok;
}

} // namespace cs::cli
