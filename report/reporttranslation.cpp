#include <core/common/coretranslation.h>
#include <report/reporttranslation.h>

namespace cs::report {

void installReportTranslation()
{
    installTranslation(QStringLiteral("countersign_report"));
}

} // namespace cs::report
