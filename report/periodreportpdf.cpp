#include <QCoreApplication>
#include <QJsonArray>
#include <report/evidencereport.h>
#include <report/pdfdocument.h>
#include <report/periodreportpdf.h>

namespace cs::report {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Report", text);
}

} // namespace

QString periodReportHtml(const QJsonObject& report)
{
    const QJsonObject filter = report.value(QStringLiteral("filter")).toObject();
    QString out = QStringLiteral("<h1>%1</h1>").arg(html(tr("Countersign period report")));
    out += QStringLiteral("<table width=\"100%\">");
    out += tableRow(
        tr("Period"),
        html(tr("%1 to %2")
                 .arg(filter.value(QStringLiteral("from")).toString(), filter.value(QStringLiteral("to")).toString())));
    QStringList filters;
    const QList<QPair<QString, QString>> names { { QStringLiteral("action"), tr("action") },
                                                 { QStringLiteral("target"), tr("target") },
                                                 { QStringLiteral("requester"), tr("requester") },
                                                 { QStringLiteral("state"), tr("state") } };
    for (const auto& [key, label] : names)
        if (filter.contains(key))
            filters << QStringLiteral("%1 = %2").arg(label, filter.value(key).toString());
    out += tableRow(tr("Filters"), html(filters.isEmpty() ? tr("none") : filters.join(QStringLiteral(", "))));
    out += tableRow(tr("Generated"),
                    html(tr("%1 by %2")
                             .arg(report.value(QStringLiteral("generatedAt")).toString(),
                                  report.value(QStringLiteral("generatedBy")).toString())));
    out += tableRow(tr("Requests"), QString::number(report.value(QStringLiteral("count")).toInteger()));
    const QJsonObject totals = report.value(QStringLiteral("totals")).toObject();
    QString totalRows;
    for (auto it = totals.begin(); it != totals.end(); ++it)
        totalRows += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
                         .arg(html(it.key()))
                         .arg(it.value().toInteger());
    out += tableRow(tr("Totals by state"),
                    totals.isEmpty() ? QStringLiteral("—") : QStringLiteral("<table>%1</table>").arg(totalRows));
    out += tableRow(tr("Workspace verification"),
                    verificationHtml(report.value(QStringLiteral("verification")).toObject()));
    out += QStringLiteral("</table>");
    for (const QJsonValue& v : report.value(QStringLiteral("requests")).toArray())
        out += evidenceHtml(v.toObject(), true);
    return out;
}

Status writePeriodReportPdf(const QString& path, const QJsonObject& report)
{
    return writePdf(path, tr("Countersign period report"), periodReportHtml(report));
}

} // namespace cs::report
