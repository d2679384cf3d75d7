#include <QDir>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QSslKey>
#include <QTimer>
#include <agent/agentapi.h>
#include <agent/agentserver.h>
#include <agent/apilanguage.h>
#include <agent/logging.h>
#include <agent/webhookreplyapi.h>

namespace cs::agent {
namespace {

// HTTP status codes.
enum Http : int {
    Ok = 200,
    Accepted = 202,
    BadRequest = 400,
    Unauthorized = 401,
    Forbidden = 403,
    NotFound = 404,
    MethodNotAllowed = 405,
    Conflict = 409,
    PayloadTooLarge = 413,
    InternalServerError = 500,
    ServiceUnavailable = 503,
};

HttpReply json(const QJsonObject& body, Http status)
{
    return { status, body, {} };
}

HttpReply problem(const QString& message, Http status)
{
    return HttpReply::problem(status, message);
}

Http statusFor(const Error& e)
{
    switch (e.code) {
    case Error::Code::NotFound:
        return Http::NotFound;
    case Error::Code::Forbidden:
        return Http::Forbidden;
    case Error::Code::Invalid:
        return Http::BadRequest;
    case Error::Code::Storage:
    case Error::Code::OutcomeUnknown:
        return Http::ServiceUnavailable;
    case Error::Code::Conflict:
    case Error::Code::Integrity:
        return Http::Conflict;
    }
    return Http::InternalServerError;
}

// The database could not be reached (or did not say whether it took the write): try again later.
bool mayRetry(const Error& e)
{
    return e.code == Error::Code::Storage || e.code == Error::Code::OutcomeUnknown;
}

} // namespace

AgentServer::AgentServer(AgentConfig config, std::unique_ptr<Workspace> workspace, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_workspace(std::move(workspace))
    , m_guard(new ConnectionGuard(
          m_config.limits, [this](const HttpRequest& head) { return admit(head); }, this))
    , m_journal(QDir(m_config.workDir).filePath(QStringLiteral("unrecorded-runs.jsonl")))
{
    m_guard->setHttpServer(&m_http);
    // Every method: a wrong one gets 405 with Allow (from the guard, and again here).
    const auto method = QHttpServerRequest::Method::AnyKnown;
    const auto served
        = [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) { serve(request, responder); };
    m_http.route(QStringLiteral("/v1/health"), method, served);
    m_http.route(QStringLiteral("/v1/executions"), method, served);
    m_http.route(QStringLiteral("/v1/approval-webhooks/reply"), method, served); // issue 17 (webhookreplyapi)
    m_http.route(QStringLiteral("/v1/executions/<arg>"), method,
                 [served](const QString&, const QHttpServerRequest& request, QHttpServerResponder&& responder) {
                     served(request, std::move(responder));
                 });
    // The inbound API (issue 17): its own routes, admitted and answered by InboundApi.
    if (m_config.apiEnabled) {
        m_api = std::make_unique<InboundApi>(*m_workspace);
        for (const QString& pattern : InboundApi::routePatterns()) {
            if (pattern.count(QStringLiteral("<arg>")) == 0)
                m_http.route(pattern, method, served);
            else
                m_http.route(pattern, method,
                             [served](const QString&, const QHttpServerRequest& request,
                                      QHttpServerResponder&& responder) { served(request, std::move(responder)); });
        }
    }
    connect(&m_sweep, &QTimer::timeout, this, &AgentServer::sweep);
    connect(&m_approvals, &ApprovalWatcher::workMayWait, this, &AgentServer::sweep);
}

void AgentServer::log(const QString& message) const
{
    // The name tells agents apart where several log into one journal.
    qCInfo(lcAgent).noquote() << m_config.name + QStringLiteral(": ") + message;
}

void AgentServer::warn(const QString& message) const
{
    qCWarning(lcAgent).noquote() << m_config.name + QStringLiteral(": ") + message;
}

Status AgentServer::recover()
{
    if (!QDir().mkpath(m_config.workDir))
        return Error::forbidden(QStringLiteral("Cannot create the work directory %1.").arg(m_config.workDir));
    if (!m_journalLoaded) {
        auto kept = m_journal.load();
        if (!kept.ok())
            return Error::forbidden(kept.error().message);
        m_unrecorded = *kept;
        m_journalLoaded = true;
        for (const FinishedRun& run : std::as_const(m_unrecorded))
            log(QStringLiteral("request #%1 ended (%2) before the last stop; recording it")
                    .arg(run.requestId)
                    .arg(run.state));
    }
    // First what is known to have ended, so that it is not taken for interrupted below.
    CS_TRY(recordKept());
    // A run this agent had started before it died is recorded as interrupted, never run twice.
    auto interrupted = m_workspace->executions().markInterrupted(m_config.name, keptIds());
    CS_TRY(interrupted);
    for (qint64 id : *interrupted)
        log(QStringLiteral("request #%1 was interrupted by a previous stop; it will not run again").arg(id));
    // A revoke it had started runs again (revoke scripts are idempotent; access must not stay).
    return m_grants.recover();
}

Result<quint16> AgentServer::start()
{
    if (!m_config.tlsCertificate.isEmpty()) {
        QFile certFile(m_config.tlsCertificate);
        QFile keyFile(m_config.tlsKey);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return Error::notFound(QStringLiteral("Cannot read the TLS certificate or key."));
        const QSslCertificate certificate(&certFile, QSsl::Pem);
        const QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
        if (certificate.isNull() || key.isNull())
            return Error::invalid(QStringLiteral("The TLS certificate or key is not valid PEM (RSA keys)."));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(certificate);
        tls.setPrivateKey(key);
        m_guard->setTls(tls);
    }
    if (!m_guard->listen(m_config.address, m_config.port))
        return Error::storage(
            QStringLiteral("Cannot listen on %1:%2.").arg(m_config.address.toString()).arg(m_config.port));
    m_http.bind(m_guard); // QHttpServer serves what the guard lets through
    const quint16 port = m_guard->serverPort();
    log(QStringLiteral("listening on %1://%2:%3 for %4")
            .arg(m_config.tlsCertificate.isEmpty() ? QStringLiteral("http") : QStringLiteral("https"),
                 m_config.address.toString())
            .arg(port)
            .arg(m_config.publicUrl));
    m_sweep.start(m_config.pollSeconds * 1000);
    m_approvals.start(m_workspace->database()); // before the first sweep: nothing approved falls between
    m_checkpoints.start();
    connect(&m_grants, &GrantSchedule::startsDue, this, &AgentServer::sweep);
    m_grants.start();
    QMetaObject::invokeMethod(this, &AgentServer::sweep, Qt::QueuedConnection);
    return port;
}

void AgentServer::stop(const QString& why)
{
    if (m_stopping)
        return;
    m_stopping = true;
    log(QStringLiteral("stopping on %1").arg(why));
    m_sweep.stop();
    m_approvals.stop();
    m_grants.stop();
    m_guard->closeAll();

    // Running scripts are ended, not waited for: a run may last up to its timeout (hours), a
    // service manager sends SIGKILL after its grace period, and a script outliving its agent
    // runs unsupervised with no one to record its end. As after a crash, such a run is recorded
    // as interrupted and never run again (markInterrupted); here that happens at once, so the
    // request shows its final state now rather than at the next start. The runners' own
    // signals are cut first: a killed script must not be recorded as failed.
    m_queue.clear(); // claimed, never started: marked interrupted below with the rest
    for (ScriptRunner* runner : findChildren<ScriptRunner*>(Qt::FindDirectChildrenOnly)) {
        runner->disconnect(this);
        delete runner; // kills the script's process group, waits for it, removes its directory
    }
    m_running = 0;
    // Ends known but not yet recorded stay in the journal for the next start, never "interrupted".
    if (!m_unrecorded.isEmpty())
        if (const Status s = recordKept(); !s.ok())
            warn(QStringLiteral("cannot record the runs that ended (the next start will): %1").arg(s.error().message));
    auto interrupted = m_workspace->executions().markInterrupted(m_config.name, keptIds());
    if (!interrupted.ok())
        warn(QStringLiteral("cannot record the interrupted runs (the next start will): %1")
                 .arg(interrupted.error().message));
    else
        for (qint64 id : *interrupted)
            log(QStringLiteral("request #%1 was interrupted by this stop; it will not run again").arg(id));
    log(QStringLiteral("stopped on %1").arg(why));
}

QString AgentServer::caller(const HttpRequest& request) const
{
    const QByteArray header = request.header("authorization");
    if (!header.startsWith("Bearer "))
        return {};
    return m_config.authenticate(header.mid(7).trimmed());
}

std::optional<HttpReply> AgentServer::admit(const HttpRequest& head) const
{
    if (m_api && InboundApi::owns(head.path))
        return m_api->admit(head);
    const AgentRoute route = routeFor(head.path);
    if (route.endpoint == AgentRoute::Endpoint::None)
        return problem(AgentText::tr("There is nothing at this address."), Http::NotFound);
    if (!route.allows(head.method)) {
        HttpReply refusal
            = problem(AgentText::tr("Use %1.").arg(
                          QString::fromLatin1(route.allow).replace(QLatin1Char(','), AgentText::tr(" or "))),
                      Http::MethodNotAllowed);
        refusal.headers.append({ "Allow", QByteArray(route.allow).replace(",", ", ") });
        return refusal;
    }
    if (route.needsToken && caller(head).isEmpty())
        return problem(AgentText::tr("A valid bearer token is required."), Http::Unauthorized);
    if (route.endpoint == AgentRoute::Endpoint::Execution && !route.id)
        return problem(AgentText::tr("The address must end in a request number (digits only)."), Http::BadRequest);
    return std::nullopt;
}

void AgentServer::serve(const QHttpServerRequest& request, QHttpServerResponder& responder)
{
    const HttpRequest r = HttpRequest::from(request);
    // Core's sentences and the agent's own in the caller's language (de or en).
    const ApiLanguageScope language(apiLanguage(r.header("accept-language")));
    HttpReply reply;
    if (auto refusal = admit(r))
        reply = *refusal;
    else if (r.body.size() > m_config.limits.maxBodyBytes) // a chunked one, assembled
        reply = problem(AgentText::tr("The request body is larger than %1 bytes.").arg(m_config.limits.maxBodyBytes),
                        Http::PayloadTooLarge);
    else
        reply = respond(r);
    if (r.header("connection").toLower().contains("close"))
        reply.headers.append({ QByteArray("Connection"), QByteArray("close") }); // the guard closes it once answered
    reply.writeTo(responder, r.method == "HEAD");
    m_guard->answered(responder.socket());
}

HttpReply AgentServer::respond(const HttpRequest& request)
{
    if (m_api && InboundApi::owns(request.path))
        return m_api->respond(request);
    const AgentRoute route = routeFor(request.path);
    switch (route.endpoint) {
    case AgentRoute::Endpoint::Health:
        return health();
    case AgentRoute::Endpoint::Executions:
        return executions(request);
    case AgentRoute::Endpoint::Execution:
        if (!route.id)
            return problem(AgentText::tr("The address must end in a request number (digits only)."), Http::BadRequest);
        return executionById(*route.id);
    case AgentRoute::Endpoint::WebhookReply: // issue 17: an approval webhook's answer
        return webhookReply(m_workspace->requests(), request);
    case AgentRoute::Endpoint::None:
        break;
    }
    return problem(AgentText::tr("There is nothing at this address."), Http::NotFound);
}

HttpReply AgentServer::health() const
{
    return json({ { QStringLiteral("status"), QStringLiteral("ok") },
                  { QStringLiteral("agent"), m_config.name },
                  { QStringLiteral("running"), m_running },
                  { QStringLiteral("queued"), m_queue.size() + m_deferred },
                  { QStringLiteral("connections"), m_guard->connectionCount() } },
                Http::Ok);
}

HttpReply AgentServer::executions(const HttpRequest& request)
{
    const QString who = caller(request);
    if (m_stopping)
        return problem(AgentText::tr("The agent is stopping."), Http::ServiceUnavailable);
    const std::optional<qint64> requestId = requestIdFromBody(request.body);
    if (!requestId)
        return problem(AgentText::tr("The body must be a JSON object {\"requestId\": N} with N a positive whole "
                                     "number in digits, and nothing else."),
                       Http::BadRequest);
    const qint64 id = *requestId;

    auto existing = m_workspace->executions().execution(id);
    if (!existing.ok())
        return problem(existing.error().message, statusFor(existing.error()));
    if (*existing && (*existing)->state == ExecutionState::Refused) // refused for good: answered alike each time
        return problem((*existing)->error, Http::Conflict);
    if (*existing)
        return json((*existing)->toJson(), Http::Ok); // idempotent: the same id, the same execution
    auto claimed = claimAndQueue(id, who);
    if (!claimed.ok())
        return problem(claimed.error().message, statusFor(claimed.error()));
    return json(claimed->toJson(), Http::Accepted);
}

HttpReply AgentServer::executionById(qint64 id)
{
    auto e = m_workspace->executions().execution(id);
    if (!e.ok())
        return problem(e.error().message, statusFor(e.error()));
    if (!*e)
        return problem(AgentText::tr("Request #%1 has not been executed.").arg(id), Http::NotFound);
    return json((*e)->toJson(), Http::Ok);
}

Result<Execution> AgentServer::claimAndQueue(qint64 requestId, const QString& caller)
{
    auto plan = m_workspace->executions().claim(requestId, m_config.name, caller, m_config.interpreters);
    if (!plan.ok() && plan.error().code == Error::Code::OutcomeUnknown) {
        // Not known to be ours: nothing starts until the sweep has read the claim back.
        warn(QStringLiteral("claim of request #%1 unconfirmed: %2").arg(requestId).arg(plan.error().message));
        return plan.error();
    }
    if (!plan.ok()) {
        // Another agent (or a parallel call) won the claim: report its execution, not an error. A
        // refusal for good also leaves a row (state "refused"); that one is answered as the refusal.
        auto existing = m_workspace->executions().execution(requestId);
        if (existing.ok() && *existing && (*existing)->state != ExecutionState::Refused)
            return **existing;
        warn(QStringLiteral("refused request #%1: %2").arg(requestId).arg(plan.error().message));
        return plan.error();
    }
    log(QStringLiteral("claimed request #%1 (%2) for %3").arg(requestId).arg(plan->request.action, caller));
    m_queue.append(std::move(plan).value()); // enqueue() would copy
    startQueued();
    // The claim is committed and the run on its way; only its record is answered from here.
    auto e = m_workspace->executions().execution(requestId);
    if (!e.ok())
        return Error::storage(
            QStringLiteral("Request #%1 was claimed and is running, but its record cannot be read back now: %2")
                .arg(requestId)
                .arg(e.error().message));
    if (!*e)
        return Error::integrity(
            QStringLiteral("Request #%1 was claimed, but its execution record is missing.").arg(requestId));
    return **e;
}

void AgentServer::recordEnd(const FinishedRun& run)
{
    const Status s = m_workspace->executions().finish(run.requestId, run.agent, run.state, run.exitCode, run.error,
                                                      run.finishedAt);
    if (s.ok())
        return;
    if (!mayRetry(s.error())) {
        warn(s.error().message);
        return;
    }
    warn(QStringLiteral("cannot record the end of request #%1 yet (it is kept and recorded once the database is "
                        "back): %2")
             .arg(run.requestId)
             .arg(s.error().message));
    m_unrecorded.append(run);
    if (const Status kept = m_journal.append(run); !kept.ok())
        warn(QStringLiteral("the end of request #%1 is kept in memory only: %2")
                 .arg(run.requestId)
                 .arg(kept.error().message));
}

Status AgentServer::recordOne(const FinishedRun& run)
{
    auto row = m_workspace->executions().execution(run.requestId);
    CS_TRY(row);
    if (!*row || (*row)->agent != run.agent || (*row)->isFinished())
        return {}; // on record already (a COMMIT reported unknown that did commit), or not this agent's
    return m_workspace->executions().finish(run.requestId, run.agent, run.state, run.exitCode, run.error,
                                            run.finishedAt);
}

Status AgentServer::recordKept()
{
    QList<FinishedRun> remaining;
    std::optional<Error> waiting;
    for (const FinishedRun& run : std::as_const(m_unrecorded)) {
        if (waiting) {
            remaining.append(run); // the database is still away: no point trying the rest now
            continue;
        }
        const Status s = recordOne(run);
        if (s.ok()) {
            log(QStringLiteral("recorded the end of request #%1: %2%3")
                    .arg(run.requestId)
                    .arg(run.state, run.exitCode ? QStringLiteral(" (exit %1)").arg(*run.exitCode) : QString()));
        } else if (mayRetry(s.error())) {
            waiting = s.error();
            remaining.append(run);
        } else {
            warn(QStringLiteral("cannot record the end of request #%1; giving up: %2")
                     .arg(run.requestId)
                     .arg(s.error().message));
        }
    }
    if (remaining.size() != m_unrecorded.size()) {
        m_unrecorded = remaining;
        if (const Status s = m_journal.rewrite(m_unrecorded); !s.ok())
            warn(s.error().message); // the recorded lines stay: recording them again finds them ended
    }
    if (waiting)
        return *waiting;
    return {};
}

QSet<qint64> AgentServer::keptIds() const
{
    QSet<qint64> ids;
    for (const FinishedRun& run : m_unrecorded)
        ids.insert(run.requestId);
    return ids;
}

void AgentServer::sweep()
{
    // Claim only what can start now: a claimed request is "running" for everyone else, and a
    // backlog claimed at once would keep this loop from answering, and fail whole if the agent
    // stopped. The rest is taken as runs finish.
    if (m_stopping)
        return;
    if (m_workspace->executions().unsettledClaims() > 0) {
        auto settled = m_workspace->executions().settleClaims();
        if (!settled.ok()) {
            warn(settled.error().message);
            return; // the database is still away: nothing new is claimed either
        }
        for (ExecutionPlan& plan : *settled) {
            log(QStringLiteral("claim of request #%1 confirmed; starting it").arg(plan.request.id));
            m_queue.append(std::move(plan)); // enqueue() has no moving overload
        }
        startQueued();
    }
    // Ends of runs come before new work: while they cannot be recorded, nothing new is claimed.
    if (!m_unrecorded.isEmpty()) {
        if (const Status s = recordKept(); !s.ok()) {
            warn(QStringLiteral("cannot record the runs that ended yet: %1").arg(s.error().message));
            return;
        }
    }
    const int free = m_config.concurrency - m_running - int(m_queue.size()) - m_deferred;
    if (free <= 0) {
        m_backlog = true; // unknown: look again when a slot frees up
        return;
    }
    auto waiting = m_workspace->executions().awaitingExecution(m_config.publicUrl, free);
    if (!waiting.ok()) {
        warn(QStringLiteral("cannot look for approved requests: %1").arg(waiting.error().message));
        return;
    }
    m_backlog = waiting->size() == free; // as many as fit: there may be more
    for (qint64 id : *waiting)
        static_cast<void>(claimAndQueue(id, QStringLiteral("sweep")));
}

void AgentServer::startQueued()
{
    while (!m_stopping && m_running < m_config.concurrency && !m_queue.isEmpty()) {
        ExecutionPlan plan = m_queue.dequeue();
        const qint64 id = plan.request.id;
        auto* runner = new ScriptRunner(std::move(plan), { m_config.workDir }, this);
        ++m_running;
        ExecutionService& executions = m_workspace->executions();
        connect(runner, &ScriptRunner::started, this, [this, &executions, id] {
            if (const Status s = executions.recordStart(id, m_config.name); !s.ok())
                warn(s.error().message);
        });
        // Output that cannot be appended is lost (with a warning): it is not kept like the run's end.
        connect(runner, &ScriptRunner::output, this, [this, &executions, id](const QString& chunk) {
            if (const Status s = executions.appendOutput(id, chunk); !s.ok())
                warn(s.error().message);
        });
        connect(runner, &ScriptRunner::finished, this,
                [this, id, runner](const QString& state, std::optional<int> exitCode, const QString& error) {
                    m_startAttempts.remove(id);
                    recordEnd({ id, m_config.name, state, exitCode, error, m_workspace->clock().nowMs() });
                    log(QStringLiteral("request #%1 finished: %2%3")
                            .arg(id)
                            .arg(state, exitCode ? QStringLiteral(" (exit %1)").arg(*exitCode) : QString()));
                    runner->deleteLater();
                    --m_running;
                    startQueued();
                    if (m_backlog && m_queue.isEmpty())
                        QTimer::singleShot(0, this, &AgentServer::sweep); // the next of a backlog
                });
        connect(runner, &ScriptRunner::notStarted, this, [this, runner](const QString& reason) {
            runner->deleteLater();
            --m_running;
            deferStart(runner->plan(), reason);
        });
        runner->start();
    }
}

void AgentServer::deferStart(ExecutionPlan plan, const QString& reason)
{
    // Nothing of the script ran, so trying again keeps it exactly once; the claim stays this
    // agent's meanwhile (a stop marks it interrupted like any claimed run). 1 s, doubling to 60 s.
    const qint64 id = plan.request.id;
    const int attempt = ++m_startAttempts[id];
    const int delay = 1 << qMin(attempt - 1, 6);
    const int seconds = qMin(delay, 60);
    warn(QStringLiteral("request #%1 could not start: %2 It is tried again in %3 s.").arg(id).arg(reason).arg(seconds));
    // Audited at the 1st, 2nd, 4th, 8th... attempt: a cause that lasts days adds a few dozen
    // entries, not one a minute.
    if ((attempt & (attempt - 1)) == 0)
        if (const Status s = m_workspace->executions().recordDeferredStart(id, m_config.name, reason, seconds); !s.ok())
            warn(s.error().message);
    ++m_deferred;
    QTimer::singleShot(seconds * 1000, this, [this, plan = std::move(plan), reason] {
        --m_deferred;
        if (m_stopping)
            return;
        const qint64 now = m_workspace->clock().nowMs();
        if (plan.request.deadline > 0 && now > plan.request.deadline) {
            // The approval was for running before its deadline: past it, the run ends unstarted.
            m_startAttempts.remove(plan.request.id);
            recordEnd({ plan.request.id, m_config.name, ExecutionState::Failed, std::nullopt,
                        QStringLiteral("The script never started before the request's deadline: %1").arg(reason),
                        now });
            return;
        }
        m_queue.prepend(plan);
        startQueued();
    });
}

} // namespace cs::agent
