#include <QJsonDocument>
#include <agent/apilanguage.h>
#include <agent/webhookreplyapi.h>
#include <core/requests/requestservice.h>
#include <core/requests/requeststate.h>

namespace cs::agent {
namespace {

int statusFor(const Error& e)
{
    switch (e.code) {
    case Error::Code::Invalid:
        return 400;
    case Error::Code::Forbidden:
        return 403;
    case Error::Code::NotFound:
        return 404;
    case Error::Code::Conflict:
    case Error::Code::Integrity:
        return 409;
    case Error::Code::Storage:
    case Error::Code::OutcomeUnknown:
        return 503;
    }
    return 500;
}

} // namespace

HttpReply webhookReply(RequestService& requests, const HttpRequest& request)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return HttpReply::problem(400,
                                  AgentText::tr("The body must be a JSON object with token, decision and "
                                                "an optional reason."));
    const QJsonObject o = doc.object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        if (it.key() != QLatin1String("token") && it.key() != QLatin1String("decision")
            && it.key() != QLatin1String("reason"))
            return HttpReply::problem(
                400, AgentText::tr("Unknown member \"%1\": send token, decision and reason.").arg(it.key()));
    const QJsonValue token = o.value(QStringLiteral("token"));
    const QJsonValue decision = o.value(QStringLiteral("decision"));
    const QJsonValue reason = o.value(QStringLiteral("reason"));
    if (!token.isString() || token.toString().isEmpty())
        return HttpReply::problem(400, AgentText::tr("\"token\" must be the token of the call, as a string."));
    if (decision != QJsonValue(QStringLiteral("approve")) && decision != QJsonValue(QStringLiteral("decline")))
        return HttpReply::problem(400, AgentText::tr("\"decision\" must be \"approve\" or \"decline\"."));
    if (!reason.isUndefined() && !reason.isString())
        return HttpReply::problem(400, AgentText::tr("\"reason\" must be text."));
    WebhookReply reply;
    reply.token = token.toString();
    reply.approve = decision.toString() == QLatin1String("approve");
    reply.reason = reason.toString();
    reply.address = request.peerAddress;
    auto decided = requests.decideByWebhook(reply);
    if (!decided.ok() && decided.error().code == Error::Code::OutcomeUnknown) {
        // Told apart from a plain failure, as the inbound API does: the token is single-use, so
        // sending the same reply again is safe -- accepted once, or refused (409) as already used.
        HttpReply unknown = HttpReply::problem(
            503,
            AgentText::tr("The database did not say whether this decision was recorded; send the same reply "
                          "again (it is accepted once, or refused as already used)."));
        unknown.body.insert(QStringLiteral("code"), QStringLiteral("outcome_unknown"));
        return unknown;
    }
    if (!decided.ok())
        return HttpReply::problem(statusFor(decided.error()), decided.error().message);
    return { 200,
             { { QStringLiteral("requestId"), decided->id },
               { QStringLiteral("state"), stateName(decided->state) },
               { QStringLiteral("phase"), decided->phase + 1 } },
             {} };
}

} // namespace cs::agent
