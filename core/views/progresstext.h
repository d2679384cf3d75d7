#pragma once

#include <core/requests/request.h>

namespace cs {

// Where a pending request stands among its phases, for badges and lists:
// "Technical review done · waiting for Security sign-off (2 of 2)". Empty unless pending with phases.
QString phaseProgress(const Request& request);

} // namespace cs
