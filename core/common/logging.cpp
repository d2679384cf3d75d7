#include <core/common/logging.h>

namespace cs {

Q_LOGGING_CATEGORY(lcStorage, "countersign.core.storage")
Q_LOGGING_CATEGORY(lcAudit, "countersign.core.audit")
Q_LOGGING_CATEGORY(lcRequests, "countersign.core.requests")
Q_LOGGING_CATEGORY(lcExecution, "countersign.core.execution")

} // namespace cs
