#include <cli/logging.h>

namespace cs::cli {

Q_LOGGING_CATEGORY(lcCli, "countersign.cli", QtWarningMsg)

} // namespace cs::cli
