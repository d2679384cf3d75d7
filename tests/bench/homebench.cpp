// My work at scale: the approver's home view (core's homeView: every page of the pending queue,
// sorted by deadline) and the home model taking it, as the desktop's worker thread and GUI do.
#include <QElapsedTimer>
#include <bench/benchmark.h>
#include <core/views/homeview.h>
#include <ui/desk/homemodel.h>

QJsonObject measureHome(Bench& b)
{
    QList<double> load;
    QList<double> model;
    QList<double> cold;
    int toDecide = 0;
    for (int run = 0; run < 10; ++run) {
        QElapsedTimer t;
        t.start();
        auto view = cs::homeView(b.ws->requests(), b.ws->requestStore(), b.ws->directory(), b.ws->clock(), b.approver);
        load << t.nsecsElapsed() / 1e6;
        mustOk(view, QStringLiteral("home view"));
        toDecide = view->toDecide.size();
        cs::ui::HomeModel homeModel;
        t.restart();
        homeModel.setItems(view->toDecide, view->now);
        model << t.nsecsElapsed() / 1e6;
    }
    // The client's first look: a fresh connection, as the home page's worker thread opens.
    for (int run = 0; run < 3; ++run) {
        auto fresh = b.connect();
        QElapsedTimer t;
        t.start();
        auto view
            = cs::homeView(fresh->requests(), fresh->requestStore(), fresh->directory(), fresh->clock(), b.approver);
        cold << t.nsecsElapsed() / 1e6;
        mustOk(view, QStringLiteral("home view on a fresh connection"));
    }
    QJsonObject out = measureSearch(b); // issue 20: search figures beside the page's
    const QJsonObject home { { QStringLiteral("pendingForApprover"), b.approverPending },
                             { QStringLiteral("toDecide"), toDecide },
                             { QStringLiteral("loadMsP50"), percentile(load, 50) },
                             { QStringLiteral("loadMsP95"), percentile(load, 95) },
                             { QStringLiteral("loadFreshConnectionMsP50"), percentile(cold, 50) },
                             { QStringLiteral("modelLoadMsP50"), percentile(model, 50) },
                             { QStringLiteral("note"),
                               QStringLiteral(
                                   "off the GUI thread; the page shows the previous figures until it is done") } };
    for (auto it = home.begin(); it != home.end(); ++it)
        out.insert(it.key(), it.value());
    return out;
}
