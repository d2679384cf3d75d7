#include <core/common/coretext.h>
#include <core/requests/requestagain.h>

namespace cs {

bool canBeRequestedAgain(RequestState state)
{
    switch (state) {
    case RequestState::Rejected:
    case RequestState::Expired:
    case RequestState::Cancelled:
    case RequestState::Failed:
    case RequestState::Succeeded:
    case RequestState::Revoked:
        return true;
    case RequestState::Pending:
    case RequestState::Approved:
    case RequestState::Running:
    case RequestState::Active:
        return false;
    }
    return false;
}

QString notYourOwnToAskAgain(qint64 id)
{
    return CoreText::tr("Request #%1 is not your own; only your own requests can be asked again.").arg(id);
}

Status checkRequestedAgainFrom(const Request& old, const QString& requester)
{
    if (old.requester != requester)
        return Error::forbidden(notYourOwnToAskAgain(old.id));
    if (!canBeRequestedAgain(old.state))
        return Error::conflict(
            CoreText::tr("Request #%1 has not ended; only an ended request can be asked again.").arg(old.id));
    return {};
}

} // namespace cs
