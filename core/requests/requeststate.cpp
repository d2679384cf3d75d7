#include <QStringList>
#include <core/common/coretext.h>
#include <core/requests/requeststate.h>

namespace cs {
namespace {

struct StateName
{
    RequestState state;
    const char* name;
};
constexpr StateName kNames[] = {
    { RequestState::Pending, "pending" },     { RequestState::Approved, "approved" },
    { RequestState::Rejected, "rejected" },   { RequestState::Expired, "expired" },
    { RequestState::Cancelled, "cancelled" }, { RequestState::Running, "running" },
    { RequestState::Succeeded, "succeeded" }, { RequestState::Failed, "failed" },
    { RequestState::Active, "active" },       { RequestState::Revoked, "revoked" },
};

} // namespace

const QList<RequestState>& allStates()
{
    static const QList<RequestState> states = [] {
        QList<RequestState> out;
        for (const auto& n : kNames)
            out.append(n.state);
        return out;
    }();
    return states;
}

QString stateName(RequestState state)
{
    for (const auto& n : kNames)
        if (n.state == state)
            return QString::fromLatin1(n.name);
    return {};
}

std::optional<RequestState> stateFromName(const QString& name)
{
    for (const auto& n : kNames)
        if (name == QLatin1String(n.name))
            return n.state;
    return std::nullopt;
}

QStringList allStateNames()
{
    QStringList out;
    for (const auto& n : kNames)
        out.append(QString::fromLatin1(n.name));
    return out;
}

bool canTransition(RequestState from, RequestState to)
{
    using S = RequestState;
    switch (from) {
    case S::Pending:
        // Pending -> Pending is a phase advance.
        return to == S::Pending || to == S::Approved || to == S::Rejected || to == S::Expired || to == S::Cancelled;
    case S::Approved:
        // An approved request whose deadline passes before it ran is expired, never executed; one
        // the agent refuses for good (its action changed after approval) fails without running.
        return to == S::Running || to == S::Expired || to == S::Failed;
    case S::Running:
        return to == S::Succeeded || to == S::Failed;
    case S::Succeeded:
        return to == S::Active;
    case S::Active:
        return to == S::Revoked;
    default:
        return false;
    }
}

QString stateLabel(RequestState state)
{
    switch (state) {
    case RequestState::Pending:
        return CoreText::tr("pending");
    case RequestState::Approved:
        return CoreText::tr("approved");
    case RequestState::Rejected:
        return CoreText::tr("rejected");
    case RequestState::Expired:
        return CoreText::tr("expired");
    case RequestState::Cancelled:
        return CoreText::tr("cancelled");
    case RequestState::Running:
        return CoreText::tr("running");
    case RequestState::Succeeded:
        return CoreText::tr("succeeded");
    case RequestState::Failed:
        return CoreText::tr("failed");
    case RequestState::Active:
        return CoreText::tr("active");
    case RequestState::Revoked:
        return CoreText::tr("revoked");
    }
    return stateName(state);
}

QString stateInSentence(RequestState state)
{
    using S = RequestState;
    switch (state) {
    case S::Pending:
        return CoreText::tr("is still pending");
    case S::Approved:
        return CoreText::tr("is already approved");
    case S::Rejected:
        return CoreText::tr("was rejected");
    case S::Expired:
        return CoreText::tr("has expired");
    case S::Cancelled:
        return CoreText::tr("was cancelled");
    case S::Running:
        return CoreText::tr("is running");
    case S::Succeeded:
        return CoreText::tr("has already run");
    case S::Failed:
        return CoreText::tr("has already run and failed");
    case S::Active:
        return CoreText::tr("is active");
    case S::Revoked:
        return CoreText::tr("was revoked");
    }
    return {};
}

bool isTerminal(RequestState state)
{
    using S = RequestState;
    return state == S::Rejected || state == S::Expired || state == S::Cancelled || state == S::Failed
        || state == S::Revoked;
}

} // namespace cs
