#pragma once

#include <QString>
#include <QVariantList>

namespace cs {

struct Request;
struct RequestPage;

// Finding requests by what a person remembers of them (issue 20): the number, the action, the
// requester, the comment, a parameter's value or a target's name. Each word is looked for on its own
// and all must be found ("Maria Lopez": given name Maria, surname Lopez); case does not matter. Secret parameters are
// never matched: their stored value is a commitment, not the secret.
//
// Two halves with one meaning: the SQL condition narrows a page in the database (a LIKE on the
// stored parameter and target text, so no request is loaded to be looked at), and
// requestMatches() is the exact rule, applied to what the condition let through (the stored text
// also holds parameter names) and by the desktop to the queue it already holds.
bool requestMatches(const Request& request, const QString& text);

// " AND (...)" over the alias r of the requests table, appended to sql with its values; nothing for
// blank text.
void addSearchCondition(const QString& text, QString* sql, QVariantList* values);

// Drops the rows requestMatches() refuses (after the SQL condition); paging stays as read.
void keepMatching(RequestPage* page, const QString& text);

} // namespace cs
