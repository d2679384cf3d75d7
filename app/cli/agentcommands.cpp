// agent login and execute: the client side of countersign-agent.
#include <QEventLoop>
#include <QFile>
#include <QThread>
#include <cli/commands.h>
#include <core/execution/dispatcher.h>
#include <core/views/requesttext.h>

namespace cs::cli {

int agentLogin(CliContext& ctx)
{
    const QString url = ctx.line.positionals.at(0);
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return ctx.fail(QStringLiteral("Cannot read the token from standard input."), Usage);
    const QString token = QString::fromUtf8(in.readLine()).trimmed();
    if (token.isEmpty())
        return ctx.fail(
            QStringLiteral(
                "Give the token on standard input (for example: countersign-cli agent login URL < token-file)."),
            Usage);

    AgentClient client;
    QString problem;
    QEventLoop loop;
    QObject::connect(&client, &AgentClient::replied, &loop, [&](qint64, const QJsonObject&, const QString& error) {
        problem = error;
        loop.quit();
    });
    client.checkToken(url, token);
    loop.exec();
    if (problem.contains(QLatin1String("refused the token")))
        return ctx.fail(problem + QStringLiteral(" Nothing was stored."), Forbidden);
    if (const Status s = ctx.credentials().write(agentTokenKey(url), token); !s.ok())
        return ctx.fail(s.error());
    if (!problem.isEmpty())
        ctx.fail(QStringLiteral("warning: the token could not be checked now: %1").arg(problem), Ok);
    ctx.print(QStringLiteral("The token for %1 is stored in the system keychain.").arg(url));
    return Ok;
}

int executeRequest(CliContext& ctx)
{
    bool ok = false;
    const qint64 id = QString(ctx.line.positionals.at(0)).remove(QLatin1Char('#')).toLongLong(&ok);
    if (!ok || id <= 0)
        return ctx.fail(QStringLiteral("\"%1\" is not a request number.").arg(ctx.line.positionals.at(0)), Usage);
    auto details = ctx.ws().requests().details(ctx.actor(), id); // only people involved may push it
    if (!details.ok())
        return ctx.fail(details.error());
    ExecutionService& executions = ctx.ws().executions();
    auto needed = executions.needsDispatch(details->request);
    if (!needed.ok())
        return ctx.fail(needed.error());
    if (*needed) {
        auto url = executions.agentUrlFor(details->request); // no agent named: say so now
        if (!url.ok())
            return ctx.fail(url.error());
        Dispatcher dispatcher(executions, ctx.ws().requestStore(), ctx.credentials());
        QString problem;
        int code = Ok;
        bool answered = false; // the dispatcher may answer before the loop runs (no token, no agent)
        QEventLoop loop;
        QObject::connect(
            &dispatcher, &Dispatcher::dispatched, &loop, [&](qint64, const QString& error, Error::Code reason) {
                problem = error;
                // The agent's 503: it may have claimed the run; the script looks before retrying.
                code = error.isEmpty() ? Ok : reason == Error::Code::OutcomeUnknown ? OutcomeUnknown : Conflict;
                answered = true;
                loop.quit();
            });
        QObject::connect(&dispatcher, &Dispatcher::tokenMissing, &loop,
                         [&](qint64, const QString& url, const QString& why) {
                             problem = QStringLiteral("No token for the agent at %1 is available (%2). Store one with "
                                                      "\"countersign-cli agent login %1\".")
                                           .arg(url, why);
                             code = Forbidden;
                             answered = true;
                             loop.quit();
                         });
        dispatcher.dispatch(id);
        if (!answered)
            loop.exec();
        if (code != Ok)
            return ctx.fail(problem, code);
        if (ctx.line.has(QStringLiteral("no-wait"))) {
            ctx.print(QStringLiteral("Request #%1 was handed to its agent.").arg(id));
            return Ok;
        }
    }

    // Follow the run in the shared database, where the agent records it.
    const qint64 limitMs = (details->version.definition.timeoutSeconds + 60) * 1000LL;
    QElapsedTimer waited;
    waited.start();
    std::optional<Execution> e;
    while (true) {
        auto current = executions.execution(id);
        if (!current.ok())
            return ctx.fail(current.error());
        e = *current;
        if ((e && e->isFinished()) || ctx.line.has(QStringLiteral("no-wait")) || waited.elapsed() > limitMs)
            break;
        QThread::msleep(200);
    }
    if (ctx.json())
        ctx.printJson(e ? e->toJson() : QJsonObject());
    else
        ctx.print(executionAsText(details->request, e, std::nullopt));
    if (!e || !e->isFinished())
        return ctx.fail(
            QStringLiteral("Request #%1 is still running; look again with \"countersign-cli show %1\".").arg(id),
            Conflict);
    if (e->state != ExecutionState::Succeeded)
        return ctx.fail(
            QStringLiteral("Request #%1 %2%3.")
                .arg(id)
                .arg(e->state, e->exitCode ? QStringLiteral(" with exit code %1").arg(*e->exitCode) : QString()),
            Failure);
    return Ok;
}

} // namespace cs::cli
