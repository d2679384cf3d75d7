#pragma once

#include <QLoggingCategory>

// One logging category per folder of core, named countersign.core.<folder>, so a rule such as
// QT_LOGGING_RULES="countersign.core.storage.debug=true" selects one concern. Only the folders
// that log (or obviously will) have one; add the next here, not in the folder.
namespace cs {

Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcAudit)
Q_DECLARE_LOGGING_CATEGORY(lcRequests)
Q_DECLARE_LOGGING_CATEGORY(lcExecution)

} // namespace cs
