#include <algorithm>
#include <core/common/coretext.h>
#include <core/common/identity.h>
#include <core/views/homeview.h>
#include <core/views/progresstext.h>

namespace cs {
namespace {

using PageReader = std::function<Result<RequestPage>(qint64 beforeId)>;

// Every page of a queue, newest first.
Result<QList<Request>> allPages(const PageReader& read, QStringList& problems)
{
    QList<Request> out;
    qint64 before = 0;
    while (true) {
        auto page = read(before);
        CS_TRY(page);
        out += page->requests;
        problems += page->integrityProblems;
        if (page->nextBeforeId == 0)
            return out;
        before = page->nextBeforeId;
    }
}

void byDeadline(QList<HomeItem>& items)
{
    std::stable_sort(items.begin(), items.end(), [](const HomeItem& a, const HomeItem& b) {
        // The deadline in force: a timeout escalation's later one counts (issue 16).
        const qint64 da = a.request.effectiveDeadline();
        const qint64 db = b.request.effectiveDeadline();
        return da != db ? da < db : a.request.id < b.request.id;
    });
}

QString outcomeOf(const Request& r, const QList<Decision>& decisions)
{
    if (r.state == RequestState::Rejected) {
        for (const Decision& d : decisions)
            if (!d.approve)
                return d.comment.isEmpty() ? CoreText::tr("Rejected by %1.").arg(d.approver)
                                           : CoreText::tr("Rejected by %1: “%2”").arg(d.approver, d.comment);
        return CoreText::tr("Rejected.");
    }
    if (r.state == RequestState::Expired)
        return CoreText::tr("Nobody decided before the deadline.");
    return CoreText::tr("It did not run successfully; open it to see why.");
}

} // namespace

Result<HomeView> homeView(RequestService& requests, RequestStore& store, Directory& directory, const Clock& clock,
                          const QString& actor)
{
    HomeView view;
    view.now = clock.nowMs();
    const QString me = normalizeLogin(actor);

    auto mine = allPages([&](qint64 before) { return requests.incoming(actor, { RequestState::Pending }, before); },
                         view.integrityProblems);
    CS_TRY(mine);
    for (const Request& r : std::as_const(*mine))
        view.toDecide.append({ r, phaseProgress(r), {}, {} });
    byDeadline(view.toDecide);

    auto pending = allPages([&](qint64 before) { return requests.outgoing(actor, { RequestState::Pending }, before); },
                            view.integrityProblems);
    CS_TRY(pending);
    if (!pending->isEmpty()) {
        auto facts = DirectoryFacts::load(directory);
        CS_TRY(facts);
        for (const Request& r : std::as_const(*pending)) {
            auto decisions = store.decisions(r.id);
            CS_TRY(decisions);
            const OpenPhaseApprovers who = openPhaseApprovers(r, *decisions, *facts, view.now);
            view.waiting.append({ r,
                                  phaseProgress(r),
                                  who.summary.isEmpty() ? CoreText::tr("nobody can approve it now") : who.summary,
                                  {} });
        }
        byDeadline(view.waiting);
    }

    // Lately ended: the queue reads newest first; the window is by when they ended.
    qint64 before = 0;
    const QList<RequestState> ended { RequestState::Rejected, RequestState::Expired, RequestState::Failed };
    while (true) {
        auto page = requests.outgoing(actor, ended, before);
        CS_TRY(page);
        view.integrityProblems += page->integrityProblems;
        for (const Request& r : std::as_const(page->requests)) {
            if (r.updatedAt < view.now - kHomeTroubleWindowMs)
                continue;
            auto decisions = store.decisions(r.id);
            CS_TRY(decisions);
            view.troubled.append({ r, {}, {}, outcomeOf(r, *decisions) });
        }
        if (page->nextBeforeId == 0)
            break;
        before = page->nextBeforeId;
    }
    std::stable_sort(view.troubled.begin(), view.troubled.end(),
                     [](const HomeItem& a, const HomeItem& b) { return a.request.updatedAt > b.request.updatedAt; });

    // Grants about to end (issue 20): theirs as requester or beneficiary, within the window, soonest first.
    before = 0;
    while (true) {
        auto page = store.find({ {}, { RequestState::Active }, 500, before });
        CS_TRY(page);
        view.integrityProblems += page->integrityProblems;
        for (const Request& r : std::as_const(page->requests))
            if ((r.requester == me || r.behalfOf == me) && r.activeUntil > 0
                && r.activeUntil <= view.now + kHomeEndingWindowMs)
                view.endingSoon.append(
                    { r, CoreText::tr("Access on %1").arg(r.targets.join(QStringLiteral(", "))), {}, {} });
        if (page->nextBeforeId == 0)
            break;
        before = page->nextBeforeId;
    }
    std::stable_sort(view.endingSoon.begin(), view.endingSoon.end(), [](const HomeItem& a, const HomeItem& b) {
        return a.request.activeUntil < b.request.activeUntil;
    });
    if (view.endingSoon.size() > kHomeEndingMax)
        view.endingSoon.resize(kHomeEndingMax);
    view.integrityProblems.removeDuplicates();
    return view;
}

} // namespace cs
