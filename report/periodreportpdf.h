#pragma once

#include <QJsonObject>
#include <QStringList>
#include <core/common/result.h>

namespace cs::report {

// The period report (Json::periodReport) as a PDF: a cover page (range, filters, who generated it,
// totals by state, the workspace's verification and its checkpoint), then one section per request.
// The cover, then one section per request (each starts a page).
QStringList periodReportSections(const QJsonObject& report);
Status writePeriodReportPdf(const QString& path, const QJsonObject& report);

} // namespace cs::report
