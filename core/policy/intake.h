#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <core/common/result.h>

namespace cs {

// What a request must bring besides parameters (issue 19): a ticket reference matching a pattern and
// a minimum comment length. Declared by a workflow or an embedded policy ("intake"), checked at submit.
struct Intake
{
    bool asksTicket = false; // a ticket field is shown on the form
    bool ticketRequired = false;
    QString ticketLabel; // "Change ticket"; "Ticket" when not given
    QString ticketPattern; // anchored by the author; empty: any text
    int minCommentLength = 0;

    bool isSet() const { return asksTicket || minCommentLength > 0; }
    static Result<Intake> fromJson(const QJsonValue& json);
    QJsonObject toJson() const;

    // Why this ticket cannot be submitted (the field named), or ok.
    Status checkTicket(const QString& ticket) const;
    // Why this (trimmed) comment is too short (the minimum named), or ok.
    Status checkComment(const QString& comment) const;
    // Both, the first problem found: the form's live check and submit's.
    Status check(const QString& ticket, const QString& comment) const;
};

} // namespace cs
