#include <core/requests/requestscreen.h>
#include <core/requests/requeststate.h>
#include <cstring>

namespace cs {

bool RequestScreen::clears(const StoredRequestRow& row)
{
    char hex[64];
    if (row.digest.size() != qsizetype(sizeof hex) || !storedTextDigest(row, m_room, hex)
        || std::memcmp(hex, row.digest.data(), sizeof hex) != 0)
        return false;
    if (!isOneBracketedValue(row.parameters, '{') || !isOneBracketedValue(row.targets, '[')
        || !isOneBracketedValue(row.bypass, '{'))
        return false;
    if (!stateFromName(QString::fromUtf8(row.state)))
        return false;
    const std::optional<qsizetype> phases = phasesOf(row.policy);
    return phases && phaseFitsPolicy(row.phase, row.phaseCount, *phases);
}

std::optional<qsizetype> RequestScreen::phasesOf(QByteArrayView policy)
{
    // Looked up in place; copied only when new.
    if (const auto known = m_phases.constFind(QByteArray::fromRawData(policy.data(), policy.size()));
        known != m_phases.constEnd())
        return *known;
    const QByteArray text = policy.toByteArray();
    const auto flow = flowOfStoredPolicy(text);
    const std::optional<qsizetype> phases = flow.ok() ? std::optional(flow->phases.size()) : std::nullopt;
    if (m_phases.size() >= 256)
        m_phases.clear();
    m_phases.insert(text, phases);
    return phases;
}

} // namespace cs
