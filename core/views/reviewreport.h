#pragma once

#include <QByteArray>
#include <core/execution/reviewcampaign.h>

namespace cs {

// An access review as CSV (open or closed): one row per grant, with who reviewed it, the decision,
// the comment and when; undecided grants list their assigned reviewers and an empty decision.
QByteArray reviewReportCsv(const ReviewCampaignDetail& detail);

} // namespace cs
