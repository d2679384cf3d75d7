#pragma once

#include <core/actions/parameterdefinition.h>
#include <core/requests/request.h>
#include <core/requests/requeststore.h>

namespace cs {

struct SubmitInput;

// Request keys (idempotent submit): what a key may be, and whether a submit retried under a key
// asks for exactly what the request made under it holds.
namespace RequestKey {

constexpr int kMaxLength = 200;

// A key is 1 to 200 printable characters; empty means no key. Refused in one sentence.
Status check(const QString& key);

// Whether `input` asks for what `existing` records: the same action, targets, comment and
// parameters (validated against the version it was made with, `definitions`). A secret counts
// as the same when given in both: its value is kept where only agents may read it back.
bool sameSubmission(const Request& existing, const SubmitInput& input, const ParameterList& definitions);

} // namespace RequestKey
} // namespace cs
