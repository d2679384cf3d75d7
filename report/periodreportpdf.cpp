#include <QCoreApplication>
#include <QJsonArray>
#include <core/views/requesttext.h>
#include <report/evidencereport.h>
#include <report/pdfdocument.h>
#include <report/periodreportpdf.h>

namespace cs::report {
QStringList periodReportSections(const QJsonObject& report)
{
    const QJsonObject filter = report.value(QStringLiteral("filter")).toObject();
    QString out
        = QStringLiteral("<h1>%1</h1>").arg(html(QCoreApplication::translate("Report", "Countersign period report")));
    out += QStringLiteral("<table width=\"100%\">");
    out += tableRow(
        QCoreApplication::translate("Report", "Period"),
        html(QCoreApplication::translate("Report", "%1 to %2")
                 .arg(filter.value(QStringLiteral("from")).toString(), filter.value(QStringLiteral("to")).toString())));
    QStringList filters;
    const QList<QPair<QString, QString>> names {
        { QStringLiteral("action"), QCoreApplication::translate("Report", "action") },
        { QStringLiteral("target"), QCoreApplication::translate("Report", "target") },
        { QStringLiteral("requester"), QCoreApplication::translate("Report", "requester") },
        { QStringLiteral("state"), QCoreApplication::translate("Report", "state") }
    };
    for (const auto& [key, label] : names)
        if (filter.contains(key))
            filters << QStringLiteral("%1 = %2").arg(label,
                                                     key == QLatin1String("state")
                                                         ? requestStateForPeople(filter.value(key).toString())
                                                         : filter.value(key).toString());
    out += tableRow(
        QCoreApplication::translate("Report", "Filters"),
        html(filters.isEmpty() ? QCoreApplication::translate("Report", "none") : filters.join(QStringLiteral(", "))));
    out += tableRow(QCoreApplication::translate("Report", "Generated"),
                    html(QCoreApplication::translate("Report", "%1 by %2")
                             .arg(report.value(QStringLiteral("generatedAt")).toString(),
                                  report.value(QStringLiteral("generatedBy")).toString())));
    out += tableRow(QCoreApplication::translate("Report", "Requests"),
                    QString::number(report.value(QStringLiteral("count")).toInteger()));
    const QJsonObject totals = report.value(QStringLiteral("totals")).toObject();
    QString totalRows;
    for (auto it = totals.begin(); it != totals.end(); ++it)
        totalRows += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
                         .arg(html(requestStateForPeople(it.key())))
                         .arg(it.value().toInteger());
    out += tableRow(QCoreApplication::translate("Report", "Totals by state"),
                    totals.isEmpty() ? QStringLiteral("—") : QStringLiteral("<table>%1</table>").arg(totalRows));
    out += tableRow(QCoreApplication::translate("Report", "Workspace verification"),
                    verificationHtml(report.value(QStringLiteral("verification")).toObject()));
    out += QStringLiteral("</table>");
    QStringList sections { out };
    for (const QJsonValue& v : report.value(QStringLiteral("requests")).toArray())
        sections << evidenceHtml(v.toObject());
    return sections;
}

Status writePeriodReportPdf(const QString& path, const QJsonObject& report)
{
    return writePdf(path, QCoreApplication::translate("Report", "Countersign period report"),
                    periodReportSections(report));
}

} // namespace cs::report
