#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <core/policy/reasonwords.h>
#include <core/views/requesttext.h>
#include <report/evidencereport.h>
#include <report/pdfdocument.h>

namespace cs::report {
namespace {

QString str(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    if (v.isBool())
        return v.toBool() ? QCoreApplication::translate("Report", "yes") : QCoreApplication::translate("Report", "no");
    if (v.isNull() || v.isUndefined())
        return {};
    return QString::fromUtf8(v.isObject() ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)
                                          : QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
}

QString objectTable(const QJsonObject& o)
{
    if (o.isEmpty())
        return QStringLiteral("—");
    QString rows;
    for (auto it = o.begin(); it != o.end(); ++it)
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(html(it.key()), html(str(it.value())));
    return QStringLiteral("<table>%1</table>").arg(rows);
}

// Why each vote counted: the criterion as the policy writes it, and its stored reason in the reader's
// language (the JSON keeps the stored words).
QString basisText(const QJsonArray& basis)
{
    QStringList out;
    for (const QJsonValue& v : basis) {
        const QJsonObject o = v.toObject();
        const QString criterion = o.value(QStringLiteral("criterion")).toString();
        const QString reason = ReasonWords::reasonForPeople(o.value(QStringLiteral("reason")).toString());
        if (criterion.isEmpty())
            out << str(v);
        else if (reason.isEmpty())
            out << criterion;
        else
            out << QStringLiteral("%1 (%2)").arg(criterion, reason);
    }
    return out.join(QStringLiteral("; "));
}

} // namespace

QString tableRow(const QString& label, const QString& valueHtml)
{
    return QStringLiteral("<tr><th width=\"28%\">%1</th><td>%2</td></tr>").arg(html(label), valueHtml);
}

QString verificationHtml(const QJsonObject& v)
{
    QString out = v.value(QStringLiteral("intact")).toBool()
        ? QStringLiteral("<span class=\"good\">%1</span>").arg(html(QCoreApplication::translate("Report", "Intact")))
        : QStringLiteral("<span class=\"bad\">%1</span> %2")
              .arg(html(QCoreApplication::translate("Report", "Broken:")),
                   html(v.value(QStringLiteral("problem")).toString()));
    out += QStringLiteral(" — ")
        + html(QCoreApplication::translate("Report", "%1 entries checked")
                   .arg(v.value(QStringLiteral("entriesChecked")).toInteger()));
    const QJsonObject c = v.value(QStringLiteral("checkpoint")).toObject();
    if (c.isEmpty()) {
        out += QStringLiteral("<br>") + html(QCoreApplication::translate("Report", "No signed checkpoint yet."));
        return out;
    }
    out += QStringLiteral("<br>")
        + html(QCoreApplication::translate("Report", "Checked against signed checkpoint %1 (audit entry #%2).")
                   .arg(c.value(QStringLiteral("number")).toInteger())
                   .arg(c.value(QStringLiteral("entry")).toInteger()));
    if (c.contains(QStringLiteral("key")))
        out += QLatin1Char(' ')
            + html(QCoreApplication::translate("Report", "Signed %1 with key %2.")
                       .arg(c.value(QStringLiteral("at")).toString(), c.value(QStringLiteral("key")).toString()));
    return out;
}

QString evidenceHtml(const QJsonObject& e)
{
    const QJsonObject r = e.value(QStringLiteral("request")).toObject();
    const qint64 id = r.value(QStringLiteral("id")).toInteger();
    QString out = QStringLiteral("<h1>%1</h1>")
                      .arg(html(QCoreApplication::translate("Report", "Evidence for request #%1").arg(id)));
    out += QStringLiteral("<p>%1</p>")
               .arg(html(QCoreApplication::translate("Report", "Generated %1 by %2.")
                             .arg(e.value(QStringLiteral("generatedAt")).toString(),
                                  e.value(QStringLiteral("generatedBy")).toString())));

    out += QStringLiteral("<h2>%1</h2><table width=\"100%\">")
               .arg(html(QCoreApplication::translate("Report", "Request")));
    out += tableRow(QCoreApplication::translate("Report", "Requested by"),
                    html(r.value(QStringLiteral("requester")).toString()));
    // Issues 17 and 19, where the request has them: whom it was for, and its ticket reference.
    if (r.contains(QStringLiteral("behalfOf")))
        out += tableRow(QCoreApplication::translate("Report", "On behalf of"),
                        html(r.value(QStringLiteral("behalfOf")).toString()));
    if (r.contains(QStringLiteral("ticket")))
        out += tableRow(QCoreApplication::translate("Report", "Ticket"),
                        html(r.value(QStringLiteral("ticket")).toString()));
    out += tableRow(QCoreApplication::translate("Report", "Requested at"),
                    html(r.value(QStringLiteral("createdAt")).toString()));
    out += tableRow(QCoreApplication::translate("Report", "Action"),
                    html(QCoreApplication::translate("Report", "%1, version %2")
                             .arg(r.value(QStringLiteral("action")).toString())
                             .arg(r.value(QStringLiteral("actionVersion")).toInteger())));
    out += tableRow(
        QCoreApplication::translate("Report", "Script digest"),
        QStringLiteral("<span class=\"mono\">%1</span>").arg(html(r.value(QStringLiteral("scriptDigest")).toString())));
    out += tableRow(
        QCoreApplication::translate("Report", "Request digest"),
        QStringLiteral("<span class=\"mono\">%1</span>").arg(html(r.value(QStringLiteral("digest")).toString())));
    out += tableRow(QCoreApplication::translate("Report", "State"),
                    html(requestStateForPeople(r.value(QStringLiteral("state")).toString())));
    out += tableRow(QCoreApplication::translate("Report", "Parameters"),
                    objectTable(r.value(QStringLiteral("parameters")).toObject()));
    out += tableRow(QCoreApplication::translate("Report", "Comment"),
                    html(r.value(QStringLiteral("comment")).toString()));
    if (r.contains(QStringLiteral("bypass")))
        out += tableRow(QCoreApplication::translate("Report", "Approved without a vote"),
                        html(ReasonWords::bypassForPeople(r.value(QStringLiteral("bypass")).toObject())));
    out += QStringLiteral("</table>");

    out += QStringLiteral("<h2>%1</h2><table width=\"100%\"><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
               .arg(html(QCoreApplication::translate("Report", "Targets")),
                    html(QCoreApplication::translate("Report", "Name")),
                    html(QCoreApplication::translate("Report", "Kind")),
                    html(QCoreApplication::translate("Report", "Owner")),
                    html(QCoreApplication::translate("Report", "Attributes")));
    for (const QJsonValue& v : e.value(QStringLiteral("targets")).toArray()) {
        const QJsonObject t = v.toObject();
        out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                   .arg(html(t.value(QStringLiteral("name")).toString()),
                        html(t.value(QStringLiteral("kind")).toString()),
                        html(t.value(QStringLiteral("owner")).toString()),
                        objectTable(t.value(QStringLiteral("attributes")).toObject()));
    }
    out += QStringLiteral("</table>");

    const QJsonObject policy = e.value(QStringLiteral("policy")).toObject();
    out += QStringLiteral("<h2>%1</h2><table width=\"100%\">")
               .arg(html(QCoreApplication::translate("Report", "Policy at submission")));
    out += tableRow(QCoreApplication::translate("Report", "Rule"),
                    html(policy.value(QStringLiteral("rule")).toString()));
    out += tableRow(QCoreApplication::translate("Report", "Policy revision"),
                    html(str(policy.value(QStringLiteral("policyRevision")))));
    int n = 0;
    for (const QJsonValue& v : policy.value(QStringLiteral("phases")).toArray()) {
        const QJsonObject p = v.toObject();
        out += tableRow(QCoreApplication::translate("Report", "Phase %1: %2")
                            .arg(++n)
                            .arg(p.value(QStringLiteral("name")).toString()),
                        html(p.value(QStringLiteral("requires")).toString()));
    }
    out += QStringLiteral("</table>");

    out += QStringLiteral("<h2>%1</h2>").arg(html(QCoreApplication::translate("Report", "Decisions")));
    const QJsonArray decisions = e.value(QStringLiteral("decisions")).toArray();
    if (decisions.isEmpty())
        out += QStringLiteral("<p>%1</p>").arg(html(QCoreApplication::translate("Report", "No decisions.")));
    for (const QJsonValue& v : decisions) {
        const QJsonObject d = v.toObject();
        out += QStringLiteral("<table width=\"100%\">");
        out += tableRow(
            QCoreApplication::translate("Report", "Approver"),
            html(QCoreApplication::translate("Report", "%1: %2 (phase %3, %4)")
                     .arg(d.value(QStringLiteral("approver")).toString(), d.value(QStringLiteral("verdict")).toString())
                     .arg(d.value(QStringLiteral("phase")).toInteger())
                     .arg(d.value(QStringLiteral("phaseName")).toString())));
        out += tableRow(QCoreApplication::translate("Report", "Decided at"),
                        html(d.value(QStringLiteral("decidedAt")).toString()));
        out += tableRow(QCoreApplication::translate("Report", "Counted because"),
                        html(basisText(d.value(QStringLiteral("basis")).toArray())));
        out += tableRow(
            QCoreApplication::translate("Report", "Digest approved"),
            QStringLiteral("<span class=\"mono\">%1</span> %2")
                .arg(html(d.value(QStringLiteral("requestDigest")).toString()),
                     d.value(QStringLiteral("digestMatchesRequest")).toBool()
                         ? html(QCoreApplication::translate("Report", "(matches the request)"))
                         : QStringLiteral("<span class=\"bad\">%1</span>")
                               .arg(html(QCoreApplication::translate("Report", "(differs from the request)")))));
        if (!d.value(QStringLiteral("comment")).toString().isEmpty())
            out += tableRow(QCoreApplication::translate("Report", "Comment"),
                            html(d.value(QStringLiteral("comment")).toString()));
        out += QStringLiteral("</table><br>");
    }

    out += QStringLiteral("<h2>%1</h2>").arg(html(QCoreApplication::translate("Report", "Execution")));
    const QJsonObject x = e.value(QStringLiteral("execution")).toObject();
    if (x.isEmpty()) {
        out += QStringLiteral("<p>%1</p>").arg(html(QCoreApplication::translate("Report", "Not run.")));
    } else {
        out += QStringLiteral("<table width=\"100%\">");
        out += tableRow(QCoreApplication::translate("Report", "Agent"),
                        html(x.value(QStringLiteral("agent")).toString()));
        out += tableRow(QCoreApplication::translate("Report", "State"),
                        html(executionStateLabel(x.value(QStringLiteral("state")).toString())));
        out += tableRow(QCoreApplication::translate("Report", "Claimed"),
                        html(x.value(QStringLiteral("claimedAt")).toString()));
        out += tableRow(QCoreApplication::translate("Report", "Started"),
                        html(x.value(QStringLiteral("startedAt")).toString()));
        out += tableRow(QCoreApplication::translate("Report", "Finished"),
                        html(x.value(QStringLiteral("finishedAt")).toString()));
        out += tableRow(QCoreApplication::translate("Report", "Exit code"),
                        html(str(x.value(QStringLiteral("exitCode")))));
        if (x.contains(QStringLiteral("error")))
            out += tableRow(QCoreApplication::translate("Report", "Error"),
                            html(x.value(QStringLiteral("error")).toString()));
        out += tableRow(QCoreApplication::translate("Report", "Output (excerpt)"),
                        QStringLiteral("<span class=\"mono\">%1</span>")
                            .arg(html(x.value(QStringLiteral("outputExcerpt")).toString())));
        out += QStringLiteral("</table>");
    }

    out += QStringLiteral("<h2>%1</h2>").arg(html(QCoreApplication::translate("Report", "Revocation")));
    const QJsonObject revocation = e.value(QStringLiteral("revocation")).toObject();
    out += revocation.isEmpty()
        ? QStringLiteral("<p>%1</p>").arg(html(QCoreApplication::translate("Report", "Not revoked.")))
        : objectTable(revocation);

    out += QStringLiteral("<h2>%1</h2><p>%2</p>")
               .arg(html(QCoreApplication::translate("Report", "Audit trail")),
                    verificationHtml(e.value(QStringLiteral("verification")).toObject()));
    out += QStringLiteral("<table width=\"100%\"><tr><th>#</th><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
               .arg(html(QCoreApplication::translate("Report", "Time")),
                    html(QCoreApplication::translate("Report", "Actor")),
                    html(QCoreApplication::translate("Report", "Event")),
                    html(QCoreApplication::translate("Report", "Hash")));
    for (const QJsonValue& v : e.value(QStringLiteral("auditTrail")).toArray()) {
        const QJsonObject a = v.toObject();
        out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td class=\"mono\">%5</td></tr>")
                   .arg(a.value(QStringLiteral("seq")).toInteger())
                   .arg(html(a.value(QStringLiteral("at")).toString()),
                        html(a.value(QStringLiteral("actor")).toString()),
                        html(a.value(QStringLiteral("event")).toString()),
                        html(a.value(QStringLiteral("hash")).toString().left(16)));
    }
    out += QStringLiteral("</table>");
    return out;
}

Status writeEvidencePdf(const QString& path, const QJsonObject& evidence)
{
    const qint64 id = evidence.value(QStringLiteral("request")).toObject().value(QStringLiteral("id")).toInteger();
    return writePdf(path, QCoreApplication::translate("Report", "Evidence for request #%1").arg(id),
                    evidenceHtml(evidence));
}

} // namespace cs::report
