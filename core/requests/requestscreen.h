#pragma once

#include <QHash>
#include <core/requests/storedrequest.h>
#include <optional>

namespace cs {

// Clears request rows for the integrity check without parsing their JSON, which costs many times
// more than hashing them. A row is cleared only when reading it back (RequestStore) is certain to
// succeed with the same digest: its stored texts hash to its digest column, its JSON columns are
// each one bracketed value (see isOneBracketedValue), its policy snapshot parses, and its state and
// phase fit. Whether that digest is the one recorded at submission is the caller's to compare.
// A row not cleared is not judged: the caller reads it back in full, which names the problem.
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
