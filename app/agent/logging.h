#pragma once

#include <QLoggingCategory>

// The agent's log: on stderr, one line per event with an ISO timestamp and the category (the
// message pattern is set in main.cpp).
namespace cs::agent {

Q_DECLARE_LOGGING_CATEGORY(lcAgent)

} // namespace cs::agent
