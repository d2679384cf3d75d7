// directory configure, show and sync: the people and groups copied from LDAP or Active Directory.
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <cli/commands.h>
#include <core/directorysync/directorysync.h>

namespace cs::cli {
namespace {

// The bind password: the service environment's, else the one `directory configure
// --password-stdin` stored in the keychain. Never on the command line.
Result<QString> bindPassword(CliContext& ctx, const DirectorySource& source)
{
    auto fromEnvironment = source.environmentPassword();
    CS_TRY(fromEnvironment);
    if (*fromEnvironment)
        return **fromEnvironment;
    if (source.bindDn.isEmpty())
        return QString(); // anonymous bind
    auto stored = ctx.credentials().read(source.credentialKey());
    if (!stored.ok())
        return Error::notFound(
            QStringLiteral("There is no bind password for %1: store it with \"directory configure "
                           "... --password-stdin\" or set %2 (%3).")
                .arg(source.bindDn, QLatin1String(DirectorySource::PasswordVariable), stored.error().message));
    return stored;
}

bool wholeNumber(const QString& text, int* out)
{
    bool ok = false;
    *out = text.toInt(&ok);
    return ok;
}

QStringList planLines(const SyncReport& report)
{
    const SyncPlan& p = report.plan;
    QStringList lines;
    for (const SnapshotPerson& x : p.added)
        lines << QStringLiteral("+ person %1 (%2)").arg(x.login, x.displayName);
    for (const PersonChange& c : p.changed)
        for (auto it = c.changes.begin(); it != c.changes.end(); ++it)
            lines << QStringLiteral("~ person %1: %2 \"%3\" -> \"%4\"")
                         .arg(c.login, it.key(), it.value()[QStringLiteral("from")].toString(),
                              it.value()[QStringLiteral("to")].toString());
    for (const QString& login : p.enabled)
        lines << QStringLiteral("+ person %1 enabled again").arg(login);
    for (const QString& login : p.disabled)
        lines << QStringLiteral("- person %1 disabled").arg(login);
    for (const SnapshotGroup& g : p.groupsAdded)
        lines << QStringLiteral("+ group %1").arg(g.name);
    for (const GroupChange& g : p.groupsChanged)
        lines << QStringLiteral("~ group %1: description \"%2\"").arg(g.name, g.description);
    for (const QString& g : p.groupsRemoved)
        lines << QStringLiteral("- group %1").arg(g);
    for (const Membership& m : p.membershipsAdded)
        lines << QStringLiteral("+ %1 in %2").arg(m.second, m.first);
    for (const Membership& m : p.membershipsRemoved)
        lines << QStringLiteral("- %1 from %2").arg(m.second, m.first);
    for (const QString& w : p.warnings)
        lines << QStringLiteral("! ") + w;
    for (qint64 id : report.strandedRequests)
        lines << QStringLiteral("! request #%1 could only have been approved by people this sync disables").arg(id);
    return lines;
}

} // namespace

int directoryConfigure(CliContext& ctx)
{
    auto source = DirectorySource::fromPreset(ctx.line.positionals.at(0));
    if (!source.ok())
        return ctx.fail(source.error().message, Usage);
    DirectorySource& s = *source;
    const auto text = [&](const char* option, QString* field) {
        if (ctx.line.has(QLatin1String(option)))
            *field = ctx.line.option(QLatin1String(option)).trimmed();
    };
    text("url", &s.url);
    text("bind-dn", &s.bindDn);
    text("people-base", &s.peopleBase);
    text("people-filter", &s.peopleFilter);
    text("group-base", &s.groupBase);
    text("group-filter", &s.groupFilter);
    text("tls-ca", &s.tlsCaFile);
    s.startTls = ctx.line.has(QStringLiteral("start-tls"));
    if (ctx.line.has(QStringLiteral("nesting"))) {
        QJsonObject json = s.toJson();
        json.insert(QStringLiteral("nesting"), ctx.line.option(QStringLiteral("nesting")));
        auto parsed = DirectorySource::fromJson(json);
        if (!parsed.ok())
            return ctx.fail(parsed.error().message, Usage);
        s.nesting = parsed->nesting;
    }
    for (const auto& [option, field] :
         { std::pair { "page-size", &s.pageSize }, std::pair { "max-removal", &s.maxRemovalPercent },
           std::pair { "interval", &s.intervalMinutes } })
        if (ctx.line.has(QLatin1String(option)) && !wholeNumber(ctx.line.option(QLatin1String(option)), field))
            return ctx.fail(QStringLiteral("--%1 takes a whole number.").arg(QLatin1String(option)), Usage);

    if (const Status saved = ctx.ws().directorySync().configure(ctx.actor(), s); !saved.ok())
        return ctx.fail(saved.error());
    QString message = QStringLiteral("The directory source is %1 (%2).").arg(s.url, s.preset);
    if (ctx.line.has(QStringLiteral("password-stdin"))) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return ctx.fail(QStringLiteral("Cannot read the bind password from standard input."), Usage);
        const QString password = QString::fromUtf8(in.readLine()).trimmed();
        if (password.isEmpty())
            return ctx.fail(QStringLiteral("Give the bind password on standard input."), Usage);
        if (const Status stored = ctx.credentials().write(s.credentialKey(), password); !stored.ok())
            return ctx.fail(stored.error());
        message += QStringLiteral(" Its bind password is stored in the system keychain.");
    }
    if (ctx.json())
        ctx.printJson(QJsonObject { { QStringLiteral("ok"), true },
                                    { QStringLiteral("message"), message },
                                    { QStringLiteral("source"), s.toJson() } });
    else
        ctx.print(message);
    return Ok;
}

int directoryShow(CliContext& ctx)
{
    auto source = ctx.ws().directorySync().source(ctx.actor());
    if (!source.ok())
        return ctx.fail(source.error());
    auto last = ctx.ws().directorySync().lastSync(ctx.actor());
    if (!last.ok())
        return ctx.fail(last.error());
    const QString when = last->at ? QDateTime::fromMSecsSinceEpoch(last->at).toString(Qt::ISODate) : QString();
    if (ctx.json()) {
        ctx.printJson(QJsonObject { { QStringLiteral("source"), source->toJson() },
                                    { QStringLiteral("lastSyncAt"), when },
                                    { QStringLiteral("lastSync"), last->summary } });
        return Ok;
    }
    const QJsonObject json = source->toJson();
    QStringList lines;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QJsonValue v = it.value();
        const QString value = v.isArray() ? v.toVariant().toStringList().join(QStringLiteral(", "))
            : v.isBool()                  ? QString(v.toBool() ? QStringLiteral("yes") : QStringLiteral("no"))
                                          : v.toVariant().toString();
        lines << QStringLiteral("%1 %2").arg(it.key() + QLatin1Char(':'), -26).arg(value);
    }
    lines << (when.isEmpty() ? QStringLiteral("Never synced.")
                             : QStringLiteral("Last sync %1: %2").arg(when, last->summary));
    ctx.print(lines.join(QLatin1Char('\n')));
    return Ok;
}

int directorySync(CliContext& ctx)
{
    auto source = ctx.ws().directorySync().source(ctx.actor());
    if (!source.ok())
        return ctx.fail(source.error());
    auto password = bindPassword(ctx, *source);
    if (!password.ok())
        return ctx.fail(password.error());
    DirectorySync::Options options;
    options.dryRun = ctx.line.has(QStringLiteral("dry-run"));
    options.force = ctx.line.has(QStringLiteral("force"));
    auto report = ctx.ws().directorySync().sync(ctx.actor(), *password, options);
    if (!report.ok())
        return ctx.fail(report.error());
    if (ctx.json()) {
        ctx.printJson(report->toJson());
        return Ok;
    }
    QStringList lines = planLines(*report);
    lines << report->summary();
    ctx.print(lines.join(QLatin1Char('\n')));
    return Ok;
}

} // namespace cs::cli
