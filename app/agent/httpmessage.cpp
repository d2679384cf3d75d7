#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QUrl>
#include <agent/httpmessage.h>

namespace cs::agent {
namespace {

QByteArray reasonPhrase(int status)
{
    const char* name = QMetaEnum::fromType<QHttpServerResponder::StatusCode>().valueToKey(status);
    if (!name)
        return status < 500 ? "Client Error" : "Server Error";
    // "PayloadTooLarge" -> "Payload Too Large"
    QByteArray phrase;
    for (const char* c = name; *c; ++c) {
        if (c != name && *c >= 'A' && *c <= 'Z')
            phrase += ' ';
        phrase += *c;
    }
    return phrase;
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    return QByteArray(QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(method))).toUpper();
}

} // namespace

QByteArray HttpRequest::header(const QByteArray& lowerCaseName) const
{
    for (const auto& [name, value] : headers)
        if (name == lowerCaseName)
            return value;
    return {};
}

HttpRequest HttpRequest::from(const QHttpServerRequest& request)
{
    HttpRequest r;
    r.method = methodName(request.method());
    r.path = request.url().path(QUrl::FullyEncoded).toLatin1();
    // Only what the handlers read; QHttpServer matches names without regard to case.
    // idempotency-key: the inbound API's; accept-language: the language of the answer's sentences;
    // content-type: a body must be sent as JSON.
    for (const char* name : { "authorization", "connection", "idempotency-key", "accept-language", "content-type" })
        if (const QByteArray value = request.value(name); !value.isEmpty())
            r.headers.append({ name, value });
    r.body = request.body();
    r.peerAddress = request.remoteAddress().toString();
    return r;
}

HttpReply HttpReply::problem(int status, const QString& message)
{
    return { status, { { QStringLiteral("error"), message } }, {} };
}

QByteArray HttpReply::serialized(bool headOnly, bool close) const
{
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    out += "Content-Type: application/json\r\nCache-Control: no-store\r\nContent-Length: "
        + QByteArray::number(json.size()) + "\r\n";
    for (const auto& [name, value] : headers)
        out += name + ": " + value + "\r\n";
    if (close)
        out += "Connection: close\r\n";
    out += "\r\n";
    if (!headOnly)
        out += json;
    return out;
}

void HttpReply::writeTo(QHttpServerResponder& responder, bool headOnly) const
{
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(status));
    responder.writeHeader("Content-Type", "application/json");
    responder.writeHeader("Cache-Control", "no-store");
    responder.writeHeader("Content-Length", QByteArray::number(json.size()));
    for (const auto& [name, value] : headers)
        responder.writeHeader(name, value);
    responder.writeBody(headOnly ? QByteArray() : json); // ends the headers in any case
}

} // namespace cs::agent
