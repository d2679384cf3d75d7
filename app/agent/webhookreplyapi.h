#pragma once

#include <agent/httpmessage.h>

namespace cs {
class RequestService;
}

namespace cs::agent {

// POST /v1/approval-webhooks/reply (issue 17): an approval webhook's answer,
// {"token": "...", "decision": "approve" | "decline", "reason": "..."}. The single-use token is the
// credential; core decides whether it still counts and audits every refusal.
HttpReply webhookReply(RequestService& requests, const HttpRequest& request);

} // namespace cs::agent
