#include <QJsonObject>
#include <QRegularExpression>
#include <core/common/coretext.h>
#include <core/common/regexrisk.h>
#include <core/policy/intake.h>

namespace cs {
namespace {

constexpr int kMaxPatternLength = 200;
constexpr int kMaxTicketLength = 200;
constexpr int kMaxCommentMinimum = 2000;

Status checkKeys(const QJsonObject& o, const QStringList& allowed, const QString& where)
{
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!allowed.contains(it.key()))
            return Error::invalid(CoreText::tr("%1: unknown field \"%2\".").arg(where, it.key().left(80)));
    return {};
}

} // namespace

Result<Intake> Intake::fromJson(const QJsonValue& json)
{
    if (!json.isObject())
        return Error::invalid(CoreText::tr("Policy: \"intake\" must be a JSON object."));
    const QJsonObject o = json.toObject();
    CS_TRY(checkKeys(o, { QStringLiteral("ticket"), QStringLiteral("minCommentLength") }, QStringLiteral("intake")));
    Intake intake;
    const QJsonValue min = o.value(QStringLiteral("minCommentLength"));
    if (!min.isUndefined()) {
        const int length = min.toInt(-1);
        if (!min.isDouble() || min.toDouble() != length || length < 0 || length > kMaxCommentMinimum)
            return Error::invalid(CoreText::tr("intake: \"minCommentLength\" must be a whole number from 0 to %1.")
                                      .arg(kMaxCommentMinimum));
        intake.minCommentLength = length;
    }
    const QJsonValue ticket = o.value(QStringLiteral("ticket"));
    if (ticket.isUndefined())
        return intake;
    if (!ticket.isObject())
        return Error::invalid(
            CoreText::tr("intake: \"ticket\" must be a JSON object with label, pattern and required."));
    const QJsonObject t = ticket.toObject();
    CS_TRY(checkKeys(t, { QStringLiteral("label"), QStringLiteral("pattern"), QStringLiteral("required") },
                     QStringLiteral("intake.ticket")));
    const QJsonValue label = t.value(QStringLiteral("label"));
    const QJsonValue pattern = t.value(QStringLiteral("pattern"));
    const QJsonValue required = t.value(QStringLiteral("required"));
    if (!label.isUndefined() && (!label.isString() || label.toString().trimmed().isEmpty()))
        return Error::invalid(CoreText::tr("intake.ticket: \"label\" must be a non-empty text."));
    if (!pattern.isUndefined() && !pattern.isString())
        return Error::invalid(CoreText::tr("intake.ticket: \"pattern\" must be a regular expression as text."));
    if (!required.isUndefined() && !required.isBool())
        return Error::invalid(CoreText::tr("intake.ticket: \"required\" must be true or false."));
    intake.asksTicket = true;
    intake.ticketLabel = label.toString().trimmed();
    intake.ticketPattern = pattern.toString();
    intake.ticketRequired = required.toBool(true);
    if (intake.ticketPattern.size() > kMaxPatternLength)
        return Error::invalid(
            CoreText::tr("intake.ticket: the pattern is longer than %1 characters.").arg(kMaxPatternLength));
    const QRegularExpression re(intake.ticketPattern);
    if (!re.isValid())
        return Error::invalid(CoreText::tr("intake.ticket: the pattern \"%1\" is not a valid regular expression (%2).")
                                  .arg(intake.ticketPattern.left(80), re.errorString()));
    if (mayBacktrackCatastrophically(intake.ticketPattern))
        return Error::invalid(CoreText::tr("intake.ticket: the pattern \"%1\" repeats a group that itself repeats or "
                                           "has overlapping alternatives, which can take exponential time; "
                                           "simplify it.")
                                  .arg(intake.ticketPattern.left(80)));
    return intake;
}

QJsonObject Intake::toJson() const
{
    QJsonObject o;
    if (asksTicket) {
        QJsonObject t { { QStringLiteral("required"), ticketRequired } };
        if (!ticketLabel.isEmpty())
            t.insert(QStringLiteral("label"), ticketLabel);
        if (!ticketPattern.isEmpty())
            t.insert(QStringLiteral("pattern"), ticketPattern);
        o.insert(QStringLiteral("ticket"), t);
    }
    if (minCommentLength > 0)
        o.insert(QStringLiteral("minCommentLength"), minCommentLength);
    return o;
}

Status Intake::checkTicket(const QString& raw) const
{
    const QString ticket = raw.trimmed();
    const QString label = ticketLabel.isEmpty() ? CoreText::tr("Ticket") : ticketLabel;
    if (ticket.isEmpty()) {
        if (asksTicket && ticketRequired)
            return Error::invalid(CoreText::tr("The field \"%1\" is required for this request.").arg(label));
        return {};
    }
    if (!asksTicket)
        return Error::invalid(CoreText::tr("This request takes no ticket reference."));
    if (ticket.size() > kMaxTicketLength)
        return Error::invalid(
            CoreText::tr("The field \"%1\" is longer than %2 characters.").arg(label).arg(kMaxTicketLength));
    if (!ticketPattern.isEmpty()) {
        const QRegularExpressionMatch m = QRegularExpression(ticketPattern).match(ticket);
        // Fails closed: a match PCRE2 gave up on is no match.
        if (!m.hasMatch())
            return Error::invalid(CoreText::tr("The field \"%1\" does not have the expected form (%2): \"%3\".")
                                      .arg(label, ticketPattern, ticket.left(80)));
    }
    return {};
}

Status Intake::checkComment(const QString& comment) const
{
    if (comment.trimmed().size() < minCommentLength)
        return Error::invalid(CoreText::tr("The comment must be at least %1 characters long (it has %2).")
                                  .arg(minCommentLength)
                                  .arg(comment.trimmed().size()));
    return {};
}

Status Intake::check(const QString& ticket, const QString& comment) const
{
    CS_TRY(checkTicket(ticket));
    return checkComment(comment);
}

} // namespace cs
