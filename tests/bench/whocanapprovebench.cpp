// Who can approve a pending request's open phase (the requester's "who can approve" line in show and
// the client's detail pane, and the recipients of each approval notice): read from the people the
// phase names (DirectoryFacts::loadCandidates, issue 16) against reading the whole directory
// (DirectoryFacts::load, what both paths did before). Same requests, same answer, both timed.
#include <QElapsedTimer>
#include <bench/benchmark.h>
#include <core/directory/directoryfacts.h>
#include <core/requests/approvers.h>

QJsonObject measureWhoCanApprove(Bench& b)
{
    constexpr int kSamples = 200;
    cs::Workspace& ws = *b.ws;
    QList<double> everyoneMs, candidatesMs, detailsMs;
    int asked = 0;
    for (qint64 id : std::as_const(b.pendingForApprover)) {
        if (asked == kSamples)
            break;
        auto r = ws.requestStore().load(id);
        mustOk(r, QStringLiteral("pending request"));
        if (r->state != cs::RequestState::Pending)
            continue;
        auto decisions = ws.requestStore().decisions(id);
        mustOk(decisions, QStringLiteral("decisions"));
        const qint64 now = b.clock.nowMs();
        QElapsedTimer t;
        t.start();
        auto everyone = cs::DirectoryFacts::load(ws.directory());
        mustOk(everyone, QStringLiteral("directory"));
        const QStringList before = cs::openPhaseApprovers(*r, *decisions, *everyone, now).logins;
        everyoneMs << t.nsecsElapsed() / 1e6;
        t.restart();
        auto candidates
            = cs::DirectoryFacts::loadCandidates(ws.directory(), r->effectivePhase(r->phase), r->requester, r->targets);
        mustOk(candidates, QStringLiteral("candidates"));
        const QStringList after = cs::openPhaseApprovers(*r, *decisions, *candidates, now).logins;
        candidatesMs << t.nsecsElapsed() / 1e6;
        if (before != after)
            fail(QStringLiteral("request #%1: the candidates name other approvers than the whole directory").arg(id));
        t.restart();
        mustOk(ws.requests().details(r->requester, id), QStringLiteral("details"));
        detailsMs << t.nsecsElapsed() / 1e6;
        ++asked;
    }
    if (asked == 0)
        fail(QStringLiteral("no pending request to ask about"));
    return { { QStringLiteral("requests"), asked },
             { QStringLiteral("wholeDirectoryMsP50"), percentile(everyoneMs, 50) },
             { QStringLiteral("wholeDirectoryMsP99"), percentile(everyoneMs, 99) },
             { QStringLiteral("candidatesMsP50"), percentile(candidatesMs, 50) },
             { QStringLiteral("candidatesMsP99"), percentile(candidatesMs, 99) },
             { QStringLiteral("detailsMsP50"), percentile(detailsMs, 50) },
             { QStringLiteral("detailsMsP99"), percentile(detailsMs, 99) } };
}
