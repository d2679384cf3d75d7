// Policy evaluation rate: a 3-phase flow whose phases hold 12-node ALL/ANY/NOT expressions.
#include <QElapsedTimer>
#include <QJsonDocument>
#include <bench/benchmark.h>
#include <core/policy/policyengine.h>

QJsonObject measurePolicyEvaluation()
{
    // 12 nodes: all(any(g01, g02), any(role admin, 2 of g03), not(u0666), any(manager, g04)).
    const QByteArray expression = R"({"all":[
        {"any":[{"group":"g01"},{"group":"g02"}]},
        {"any":[{"role":"admin"},{"group":"g03","count":2}]},
        {"not":{"user":"u0666"}},
        {"any":[{"manager":true},{"group":"g04"}]}]})";
    QList<cs::Phase> phases;
    for (int i = 0; i < 3; ++i) {
        auto phase = cs::Phase::fromJson(
            QJsonDocument::fromJson(QByteArray(R"({"name":"p","quorum":2,"approve":)") + expression + "}").object(), i);
        if (!phase.ok())
            fail(phase.error().message);
        phases.append(*phase);
    }
    // Votes as recorded with decisions: which criteria each approver satisfied.
    const QList<cs::Vote> votes { { QStringLiteral("a"), { 0, 2, 5 } },
                                  { QStringLiteral("b"), { 1, 3, 6 } },
                                  { QStringLiteral("c"), { 3 } } };
    const cs::ApproverFacts facts {
        QStringLiteral("a"), { QStringLiteral("g01"), QStringLiteral("g03") }, { QStringLiteral("admin") }, true, false
    };
    qint64 evaluations = 0;
    qint64 satisfied = 0;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 2000) {
        for (int i = 0; i < 1000; ++i) {
            const cs::Phase& phase = phases.at(i % 3);
            satisfied += cs::PolicyEngine::isSatisfied(phase, votes) ? 1 : 0;
            satisfied += cs::PolicyEngine::matchingCriteria(phase, facts).size();
            evaluations += 2;
        }
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    return { { QStringLiteral("evaluationsPerSecond"), qRound64(evaluations / seconds) },
             { QStringLiteral("expressionNodes"), 12 },
             { QStringLiteral("phases"), 3 },
             { QStringLiteral("checksum"), satisfied },
             { QStringLiteral("goal"), QStringLiteral(">= 1,000,000 evaluations/s") } };
}
