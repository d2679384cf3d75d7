#include <agent/logging.h>

namespace cs::agent {

Q_LOGGING_CATEGORY(lcAgent, "countersign.agent")

} // namespace cs::agent
