#pragma once

namespace cs::report {

// The reports' own words (their labels and headings, context "Report") in the reader's language:
// :/i18n/countersign_report_de.qm, for every program that writes a report (the desktop client and
// the CLI). Installed once (cs::installTranslation); core's sentences inside a report come with
// installCoreTranslation().
void installReportTranslation();

} // namespace cs::report
