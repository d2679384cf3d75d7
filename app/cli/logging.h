#pragma once

#include <QLoggingCategory>

// The CLI's diagnostics. Debug and info are off unless asked for (QT_LOGGING_RULES): what a
// script reads on stderr is the one "countersign-cli: ..." line of a failure, nothing else.
namespace cs::cli {

Q_DECLARE_LOGGING_CATEGORY(lcCli)

} // namespace cs::cli
