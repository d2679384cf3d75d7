#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <agent/agentapi.h>
#include <agent/apilanguage.h>
#include <agent/inboundapi.h>
#include <core/common/clock.h>
#include <core/storage/postgressetup.h>
#include <core/views/requestjson.h>
#include <core/workspace.h>

namespace cs::agent {
namespace {

constexpr int kMaxDepth = 8; // {"parameters": {"x": [ ... ]}} needs 3 or 4
constexpr int kQueueLimit = 200;

HttpReply ok(const QJsonObject& body, int status = 200)
{
    return { status, body, {} };
}

HttpReply refusal(int status, const QString& code, const QString& message)
{
    return { status, { { QStringLiteral("error"), message }, { QStringLiteral("code"), code } }, {} };
}

// Core's error as the CLI would print it, with a status and a code a program can branch on.
HttpReply failure(const Error& e, const QString& login)
{
    switch (e.code) {
    case Error::Code::Invalid:
        return refusal(400, QStringLiteral("invalid"), e.message);
    case Error::Code::NotFound:
        return refusal(404, QStringLiteral("not_found"), e.message);
    case Error::Code::Forbidden:
        return refusal(403, QStringLiteral("forbidden"), e.message);
    case Error::Code::Conflict:
        return refusal(409, QStringLiteral("conflict"), e.message);
    case Error::Code::Integrity:
        return refusal(409, QStringLiteral("integrity"), e.message);
    case Error::Code::OutcomeUnknown:
        return refusal(503, QStringLiteral("outcome_unknown"),
                       AgentText::tr("The database did not say whether this call took effect; read the request "
                                     "before trying again (a submit may be sent again with the same "
                                     "Idempotency-Key, which never makes a second request)."));
    case Error::Code::Storage:
        break;
    }
    // PostgreSQL's own refusal (a grant, row-level security, a guard): the database enforced it.
    if (e.fromDatabase
        && (e.message.contains(QLatin1String("permission denied"), Qt::CaseInsensitive)
            || e.message.contains(QLatin1String("row-level security"), Qt::CaseInsensitive)
            || e.message.contains(QLatin1String("Countersign:"))))
        return refusal(403, QStringLiteral("refused_by_database"),
                       AgentText::tr("The database refused this for service account %1.").arg(login));
    return refusal(503, QStringLiteral("unavailable"),
                   AgentText::tr("The workspace database cannot be reached now; try again later."));
}

// Nesting deeper than kMaxDepth, counted on the text (QJsonDocument would recurse first).
bool tooDeep(const QByteArray& body)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const char c = body[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > kMaxDepth)
                return true;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return false;
}

// Whether the call carries a body: as its headers announce it (the guard looks before the body
// arrives) or as it came.
bool hasBody(const HttpRequest& r)
{
    return !r.body.isEmpty() || r.header("content-length").trimmed().toLongLong() > 0
        || !r.header("transfer-encoding").isEmpty();
}

// application/json, with parameters such as "; charset=utf-8"; a media type is case-insensitive.
bool isJson(const QByteArray& contentType)
{
    return contentType.split(';').first().trimmed().toLower() == "application/json";
}

// The body as one JSON object, or the sentence saying why not.
std::optional<QJsonObject> bodyObject(const QByteArray& body, bool emptyAllowed, HttpReply* why)
{
    if (body.trimmed().isEmpty() && emptyAllowed)
        return QJsonObject();
    if (tooDeep(body)) {
        *why = refusal(400, QStringLiteral("invalid_json"),
                       AgentText::tr("The body nests deeper than %1 levels.").arg(kMaxDepth));
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        *why = refusal(400, QStringLiteral("invalid_json"),
                       error.error != QJsonParseError::NoError
                           ? AgentText::tr("The body is not valid JSON (%1 at byte %2).")
                                 .arg(error.errorString())
                                 .arg(error.offset)
                           : AgentText::tr("The body must be a JSON object."));
        return std::nullopt;
    }
    return doc.object();
}

QJsonObject page(const RequestPage& p)
{
    QJsonArray requests;
    for (const Request& r : p.requests)
        requests.append(Json::request(r));
    return { { QStringLiteral("requests"), requests }, { QStringLiteral("more"), p.nextBeforeId != 0 } };
}

} // namespace

InboundApi::InboundApi(Workspace& workspace)
    : m_workspace(workspace)
{ }

QStringList InboundApi::pathTemplates()
{
    return { QStringLiteral("/v1/openapi.json"),
             QStringLiteral("/v1/actions"),
             QStringLiteral("/v1/requests"),
             QStringLiteral("/v1/requests/{id}"),
             QStringLiteral("/v1/requests/{id}/cancel"),
             QStringLiteral("/v1/incoming"),
             QStringLiteral("/v1/outgoing") };
}

QStringList InboundApi::routePatterns()
{
    QStringList out;
    for (QString p : pathTemplates())
        out.append(p.replace(QStringLiteral("{id}"), QStringLiteral("<arg>")));
    return out;
}

QByteArray InboundApi::openApiDocument()
{
    QFile file(QStringLiteral(":/countersign/agent/openapi.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

InboundApi::Route InboundApi::route(const QByteArray& path)
{
    static const QByteArray requestPrefix = "/v1/requests/";
    if (path == "/v1/openapi.json")
        return { Endpoint::OpenApi, "GET,HEAD", std::nullopt };
    if (path == "/v1/actions")
        return { Endpoint::Actions, "GET,HEAD", std::nullopt };
    if (path == "/v1/requests")
        return { Endpoint::Requests, "POST", std::nullopt };
    if (path == "/v1/incoming")
        return { Endpoint::Incoming, "GET,HEAD", std::nullopt };
    if (path == "/v1/outgoing")
        return { Endpoint::Outgoing, "GET,HEAD", std::nullopt };
    if (path.startsWith(requestPrefix)) {
        const QByteArray rest = path.mid(requestPrefix.size());
        if (rest.endsWith("/cancel"))
            return { Endpoint::Cancel, "POST", plainRequestNumber(QByteArrayView(rest).chopped(7)) };
        if (!rest.contains('/'))
            return { Endpoint::Request, "GET,HEAD", plainRequestNumber(rest) };
    }
    return {};
}

bool InboundApi::owns(const QByteArray& path)
{
    return route(path).endpoint != Endpoint::None;
}

std::optional<HttpReply> InboundApi::admit(const HttpRequest& head) const
{
    const Route r = route(head.path);
    const bool allowed = r.allow.split(',').contains(head.method) || (head.method == "HEAD" && r.allow.contains("GET"));
    if (!allowed) {
        HttpReply reply = refusal(405, QStringLiteral("method_not_allowed"),
                                  AgentText::tr("Use %1.").arg(
                                      QString::fromLatin1(r.allow).replace(QLatin1Char(','), AgentText::tr(" or "))));
        reply.headers.append({ "Allow", QByteArray(r.allow).replace(",", ", ") });
        return reply;
    }
    if (r.endpoint == Endpoint::OpenApi)
        return std::nullopt; // the description is public
    if (!head.header("authorization").startsWith("Bearer "))
        return refusal(401, QStringLiteral("unauthorized"),
                       AgentText::tr("A service account's API token is required (Authorization: Bearer ...)."));
    if ((r.endpoint == Endpoint::Request || r.endpoint == Endpoint::Cancel) && !r.id)
        return refusal(400, QStringLiteral("invalid"),
                       AgentText::tr("The address must name a request number (digits only)."));
    if (head.method == "POST" && hasBody(head) && !isJson(head.header("content-type")))
        return refusal(415, QStringLiteral("unsupported_media_type"),
                       AgentText::tr("The body must be JSON, sent with Content-Type: application/json."));
    return std::nullopt;
}

HttpReply InboundApi::respond(const HttpRequest& request)
{
    if (auto refused = admit(request))
        return *refused;
    const Route r = route(request.path);
    if (r.endpoint == Endpoint::OpenApi) {
        const QJsonDocument doc = QJsonDocument::fromJson(openApiDocument());
        return ok(doc.object());
    }
    // The token is looked up by its hash; it is never logged.
    auto login = m_workspace.serviceAccounts().authenticate(request.header("authorization").mid(7).trimmed());
    if (!login.ok()) {
        if (login.error().code != Error::Code::Forbidden)
            return failure(login.error(), {});
        return refusal(401, QStringLiteral("unauthorized"), login.error().message);
    }
    switch (r.endpoint) {
    case Endpoint::Actions:
        return actions(*login);
    case Endpoint::Requests:
        return submit(*login, request);
    case Endpoint::Request:
        return this->request(*login, *r.id);
    case Endpoint::Cancel:
        return cancel(*login, *r.id, request);
    case Endpoint::Incoming:
        return queue(*login, true);
    case Endpoint::Outgoing:
        return queue(*login, false);
    case Endpoint::OpenApi:
    case Endpoint::None:
        break;
    }
    return refusal(404, QStringLiteral("not_found"), AgentText::tr("There is nothing at this address."));
}

namespace {

// Runs work in one transaction as the service account: on PostgreSQL (once set up) under its role,
// so that the database's grants, row-level security and guards judge it as they judge a person.
Status asServiceAccount(Workspace& ws, const QString& login, const std::function<Status()>& work)
{
    return ws.database().transaction([&]() -> Status {
        auto enforced = PostgresSetup::isApplied(ws.database());
        CS_TRY(enforced);
        if (*enforced)
            CS_TRY(PostgresSetup::actAs(ws.database(), login));
        return work();
    });
}

} // namespace

HttpReply InboundApi::actions(const QString& login)
{
    QJsonArray out;
    const Status s = asServiceAccount(m_workspace, login, [&]() -> Status {
        auto versions = m_workspace.requests().requestableActions(login);
        CS_TRY(versions);
        for (const ActionVersion& v : std::as_const(*versions)) {
            auto policy = m_workspace.actions().currentPolicy(v.definition.name);
            CS_TRY(policy);
            auto required = m_workspace.requests().approvalRequired(v.definition.name);
            CS_TRY(required);
            out.append(Json::action(v, *policy, *required));
        }
        return {};
    });
    if (!s.ok())
        return failure(s.error(), login);
    return ok({ { QStringLiteral("actions"), out } });
}

HttpReply InboundApi::submit(const QString& login, const HttpRequest& http)
{
    HttpReply why;
    const auto body = bodyObject(http.body, false, &why);
    if (!body)
        return why;
    static const QSet<QString> known { QStringLiteral("action"),   QStringLiteral("parameters"),
                                       QStringLiteral("targets"),  QStringLiteral("comment"),
                                       QStringLiteral("duration"), QStringLiteral("expectedVersionDigest"),
                                       QStringLiteral("behalfOf"), QStringLiteral("ticket") };
    for (auto it = body->begin(); it != body->end(); ++it) {
        if (!known.contains(it.key()))
            return refusal(400, QStringLiteral("invalid"),
                           AgentText::tr("Unknown field \"%1\" in the request.").arg(it.key().left(64)));
    }
    const auto isStringOrAbsent
        = [&](const QString& key) { return !body->contains(key) || body->value(key).isString(); };
    for (const QString& key :
         { QStringLiteral("action"), QStringLiteral("comment"), QStringLiteral("duration"),
           QStringLiteral("expectedVersionDigest"), QStringLiteral("behalfOf"), QStringLiteral("ticket") })
        if (!isStringOrAbsent(key))
            return refusal(400, QStringLiteral("invalid"), AgentText::tr("\"%1\" must be a string.").arg(key));
    if (body->value(QStringLiteral("action")).toString().isEmpty())
        return refusal(400, QStringLiteral("invalid"), AgentText::tr("\"action\" names the action to request."));
    if (body->contains(QStringLiteral("parameters")) && !body->value(QStringLiteral("parameters")).isObject())
        return refusal(400, QStringLiteral("invalid"),
                       AgentText::tr("\"parameters\" must be an object of parameter names and values."));
    SubmitInput input;
    input.action = body->value(QStringLiteral("action")).toString();
    input.parameters = body->value(QStringLiteral("parameters")).toObject();
    input.comment = body->value(QStringLiteral("comment")).toString();
    input.duration = body->value(QStringLiteral("duration")).toString();
    input.expectedVersionDigest = body->value(QStringLiteral("expectedVersionDigest")).toString();
    input.behalfOf = body->value(QStringLiteral("behalfOf")).toString();
    input.ticket = body->value(QStringLiteral("ticket")).toString();
    const QJsonValue targets = body->value(QStringLiteral("targets"));
    if (!targets.isUndefined() && !targets.isArray())
        return refusal(400, QStringLiteral("invalid"), AgentText::tr("\"targets\" must be an array of names."));
    for (const QJsonValue& t : targets.toArray()) {
        if (!t.isString())
            return refusal(400, QStringLiteral("invalid"), AgentText::tr("\"targets\" must be an array of names."));
        input.targets.append(t.toString());
    }
    // A retry with the same key returns the request the first call made (200 instead of 201).
    input.key = QString::fromUtf8(http.header("idempotency-key"));

    Request made;
    bool existed = false;
    const Status s = asServiceAccount(m_workspace, login, [&]() -> Status {
        if (!input.key.isEmpty()) {
            auto id = m_workspace.requestStore().idForKey(login, input.key);
            CS_TRY(id);
            existed = *id > 0;
        }
        auto r = m_workspace.requests().submit(login, input, SubmitMode::RequestApproval);
        CS_TRY(r);
        made = *r;
        return {};
    });
    if (!s.ok())
        return failure(s.error(), login);
    HttpReply reply = ok({ { QStringLiteral("request"), Json::request(made) } }, existed ? 200 : 201);
    reply.headers.append({ "Location", QByteArray("/v1/requests/") + QByteArray::number(made.id) });
    return reply;
}

HttpReply InboundApi::request(const QString& login, qint64 id)
{
    QJsonObject out;
    const Status s = asServiceAccount(m_workspace, login, [&]() -> Status {
        auto details = m_workspace.requests().details(login, id);
        CS_TRY(details);
        auto execution = m_workspace.executions().execution(id);
        CS_TRY(execution);
        auto dispatch = m_workspace.executions().lastDispatch(id);
        CS_TRY(dispatch);
        out = Json::details(*details, *execution, *dispatch);
        return {};
    });
    if (!s.ok())
        return failure(s.error(), login);
    return ok(out);
}

HttpReply InboundApi::cancel(const QString& login, qint64 id, const HttpRequest& http)
{
    HttpReply why;
    const auto body = bodyObject(http.body, true, &why);
    if (!body)
        return why;
    for (auto it = body->begin(); it != body->end(); ++it)
        if (it.key() != QLatin1String("comment"))
            return refusal(400, QStringLiteral("invalid"),
                           AgentText::tr("Unknown field \"%1\" in the request.").arg(it.key().left(64)));
    if (body->contains(QStringLiteral("comment")) && !body->value(QStringLiteral("comment")).isString())
        return refusal(400, QStringLiteral("invalid"), AgentText::tr("\"comment\" must be a string."));
    Request cancelled;
    const Status s = asServiceAccount(m_workspace, login, [&]() -> Status {
        auto r = m_workspace.requests().cancel(login, id, body->value(QStringLiteral("comment")).toString());
        CS_TRY(r);
        cancelled = *r;
        return {};
    });
    if (!s.ok())
        return failure(s.error(), login);
    return ok({ { QStringLiteral("request"), Json::request(cancelled) } });
}

HttpReply InboundApi::queue(const QString& login, bool incoming)
{
    QJsonObject out;
    const Status s = asServiceAccount(m_workspace, login, [&]() -> Status {
        auto p = incoming ? m_workspace.requests().incoming(login, { RequestState::Pending }, 0, kQueueLimit)
                          : m_workspace.requests().outgoing(login, {}, 0, kQueueLimit);
        CS_TRY(p);
        out = page(*p);
        return {};
    });
    if (!s.ok())
        return failure(s.error(), login);
    return ok(out);
}

} // namespace cs::agent
