#include <algorithm>
#include <core/audit/chainruns.h>

namespace cs::auditcheck {

ChainRuns::ChainRuns(qint64 places)
    : m_runs(size_t(places))
{ }

void ChainRuns::check(const WalkedEntry& e)
{
    ++m_entries;
    if (m_spoiled)
        return;
    if (!e.hashMatches || !e.placed || e.chainSeq < 1 || e.chain < 0 || e.chain >= qint64(m_runs.size())
        || m_ended.size() >= kMostEndedRuns) {
        m_spoiled = true;
        return;
    }
    ChainRun& run = m_runs[size_t(e.chain)];
    if (!run.empty() && e.chainSeq - 1 == run.last && e.prev == run.lastHash) {
        run.last = e.chainSeq;
        run.lastHash = e.hash;
        return;
    }
    if (!run.empty())
        m_ended.push_back(run);
    run = { e.chain, e.chainSeq, e.chainSeq, e.prev, e.hash };
}

bool chainsLinkUp(const std::vector<ChainHead>& heads, qint64 places, const std::vector<ChainRuns>& parts)
{
    std::vector<ChainRun> ended;
    for (const ChainRuns& part : parts)
        ended.insert(ended.end(), part.ended().begin(), part.ended().end());
    const auto byPosition = [](const ChainRun& a, const ChainRun& b) {
        return std::make_pair(a.chain, a.first) < std::make_pair(b.chain, b.first);
    };
    std::sort(ended.begin(), ended.end(), byPosition);
    size_t nextEnded = 0;
    size_t nextHead = 0;
    std::vector<ChainRun> runs;
    for (qint64 chain = 0; chain < places; ++chain) {
        runs.clear();
        for (const ChainRuns& part : parts)
            if (!part.run(chain).empty())
                runs.push_back(part.run(chain));
        for (; nextEnded < ended.size() && ended[nextEnded].chain == chain; ++nextEnded)
            runs.push_back(ended[nextEnded]);
        std::sort(runs.begin(), runs.end(), byPosition);
        const bool hasHead = nextHead < heads.size() && heads[nextHead].chain == chain;
        const ChainHead* head = hasHead ? &heads[nextHead++] : nullptr;
        if (runs.empty()) {
            if (head && head->seq != 0)
                return false;
            continue;
        }
        if (!head || runs.front().first != 1 || runs.front().firstPrev != StoredHash())
            return false;
        for (size_t i = 1; i < runs.size(); ++i)
            if (!runs[i - 1].continuedBy(runs[i]))
                return false;
        if (head->seq != runs.back().last || !head->hash.isDigest() || head->hash != runs.back().lastHash)
            return false;
    }
    return nextHead == heads.size();
}

} // namespace cs::auditcheck
