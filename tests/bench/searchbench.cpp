// Finding a request by a parameter's value at the bench's size (issue 20): the SQL search of the
// approver's pending queue (10,000 requests), of a requester's Outgoing and of everything (admins),
// and the desktop's in-memory filter over a loaded page. Part of the "home" section.
#include <QElapsedTimer>
#include <bench/benchmark.h>
#include <core/requests/requestsearch.h>

QJsonObject measureSearch(Bench& b)
{
    // One request among the approver's 10,000 pending carries the value looked for.
    auto planted = b.ws->requests().submit(QStringLiteral("u0001"),
                                           { QStringLiteral("act01"),
                                             { { QStringLiteral("n"), 424242 } },
                                             { QStringLiteral("t1") },
                                             QStringLiteral("benchmark search") },
                                           cs::SubmitMode::RequestApproval);
    mustOk(planted, QStringLiteral("plant a request to find"));
    const QString value = QStringLiteral("424242");
    const auto time = [&](const std::function<cs::Result<cs::RequestPage>()>& search, int* found) {
        QList<double> ms;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer t;
            t.start();
            auto page = search();
            ms << t.nsecsElapsed() / 1e6;
            mustOk(page, QStringLiteral("search"));
            *found = page->requests.size();
        }
        return percentile(ms, 50);
    };
    int inQueue = 0;
    const double queueMs = time(
        [&] { return b.ws->requests().incoming(b.approver, { cs::RequestState::Pending }, 0, 500, value); }, &inQueue);
    int inOutgoing = 0;
    const double outgoingMs
        = time([&] { return b.ws->requests().outgoing(QStringLiteral("u0001"), {}, 0, 500, value); }, &inOutgoing);
    int inAll = 0;
    const double allMs = time([&] { return b.ws->requests().all(QStringLiteral("admin"), {}, 0, 500, value); }, &inAll);

    // The desktop's filter: core's rule over the page it holds, per (debounced) change of the text.
    auto page = b.ws->requests().incoming(b.approver, { cs::RequestState::Pending }, 0, 500);
    mustOk(page, QStringLiteral("queue page"));
    QElapsedTimer t;
    t.start();
    int matched = 0;
    for (const cs::Request& r : std::as_const(page->requests))
        matched += cs::requestMatches(r, QStringLiteral("maria lopez")) ? 1 : 0;
    const double filterMs = t.nsecsElapsed() / 1e6;

    mustOk(b.ws->requests().cancel(QStringLiteral("u0001"), planted->id), QStringLiteral("cancel the planted request"));
    return { { QStringLiteral("searchQueueMsP50"), queueMs },
             { QStringLiteral("searchQueueFound"), inQueue },
             { QStringLiteral("searchOutgoingMsP50"), outgoingMs },
             { QStringLiteral("searchOutgoingFound"), inOutgoing },
             { QStringLiteral("searchAllMsP50"), allMs },
             { QStringLiteral("searchAllFound"), inAll },
             { QStringLiteral("filterLoadedPageMs"), filterMs },
             { QStringLiteral("filterLoadedPageRows"), int(page->requests.size()) },
             { QStringLiteral("searchNote"),
               QStringLiteral("a parameter value among all requests: the queue walks the approver's audience "
                              "index; \"all\" reads newest first until a page of matches or the end") } };
}
