#pragma once

#include <QJsonObject>
#include <core/common/result.h>

namespace cs::report {

// The period report (Json::periodReport) as a PDF: a cover page (range, filters, who generated it,
// totals by state, the workspace's verification and its checkpoint), then one section per request.
QString periodReportHtml(const QJsonObject& report);
Status writePeriodReportPdf(const QString& path, const QJsonObject& report);

} // namespace cs::report
