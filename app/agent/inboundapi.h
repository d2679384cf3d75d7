#pragma once

#include <QByteArray>
#include <QStringList>
#include <agent/httpmessage.h>
#include <optional>

namespace cs {
class Workspace;
}

namespace cs::agent {

// The inbound API (issue 17): other systems (monitoring, ITSM) request actions as a service account,
// with a bearer token that core maps to it. Every call is core's RequestService with the service
// account as the actor, the same validation and policy as for a person; on PostgreSQL inside a
// transaction that runs as the service account's role, so row-level security and the guard
// triggers apply. Turned on by "api": {"enabled": true} in the agent configuration.
class InboundApi
{
public:
    explicit InboundApi(Workspace& workspace);

    // Whether the path is one of the API's (then admit() and respond() answer it).
    static bool owns(const QByteArray& path);
    // The OpenAPI path templates the API answers ("/v1/requests/{id}"), for QHttpServer's routes
    // and the test that the document lists them all.
    static QStringList pathTemplates();
    // QHttpServer's spelling of the same routes ("/v1/requests/<arg>").
    static QStringList routePatterns();
    // The OpenAPI 3.0 document served at /v1/openapi.json (a Qt resource).
    static QByteArray openApiDocument();

    // From the headers alone: a wrong method (405), a missing bearer token (401), a malformed id (400),
    // a body not sent as application/json (415).
    std::optional<HttpReply> admit(const HttpRequest& head) const;
    HttpReply respond(const HttpRequest& request);

private:
    enum class Endpoint { None, OpenApi, Actions, Requests, Request, Cancel, Incoming, Outgoing };
    struct Route
    {
        Endpoint endpoint = Endpoint::None;
        QByteArray allow;
        std::optional<qint64> id;
    };
    static Route route(const QByteArray& path);

    HttpReply actions(const QString& login);
    HttpReply submit(const QString& login, const HttpRequest& request);
    HttpReply request(const QString& login, qint64 id);
    HttpReply cancel(const QString& login, qint64 id, const HttpRequest& request);
    HttpReply queue(const QString& login, bool incoming);

    Workspace& m_workspace;
};

} // namespace cs::agent
