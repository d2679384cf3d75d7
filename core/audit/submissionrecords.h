#pragma once

#include <QHash>
#include <QString>
#include <core/common/result.h>

namespace cs {

class Database;

// What a request's `request.submitted` entry recorded: where it is, and the digest submitted.
struct RecordedSubmission
{
    qint64 seq = 0;
    QString digest;
};

// The submissions of the requests (afterId, throughId], by request; a request's first counts (a
// second would already break its chain). Read inside the caller's transaction: the integrity
// check reads them in the snapshot it reads the requests in. PostgreSQL streams them with COPY.
Result<QHash<qint64, RecordedSubmission>> recordedSubmissions(Database& db, qint64 afterId, qint64 throughId);

} // namespace cs
