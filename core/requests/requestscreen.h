#pragma once

#include <QHash>
#include <core/requests/storedrequest.h>
#include <optional>

namespace cs {

// Clears request rows for the integrity check without parsing their JSON, which costs many times
// more than hashing them. A row is cleared when its stored texts hash to its digest column, each
// JSON column is one bracketed value (see isOneBracketedValue), its policy snapshot parses, and
// its state and phase fit. That alone proves nothing: whoever edits a row can rewrite its digest.
// What makes a cleared row safe is the caller's comparison with the digest recorded at submission
// (in the verified audit chain): equal digests mean the stored bytes are the ones written then,
// which read back intact. A row not cleared is not judged: the caller reads it back in full
// (RequestStore), which names the problem.
class RequestScreen
{
public:
    bool clears(const StoredRequestRow& row);

private:
    // How many phases a policy snapshot has; nothing when it does not parse.
    std::optional<qsizetype> phasesOf(QByteArrayView policy);

    QHash<QByteArray, std::optional<qsizetype>> m_phases; // requests share a few snapshots
    std::vector<char> m_room;
};

} // namespace cs
