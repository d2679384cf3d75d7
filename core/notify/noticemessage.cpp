#include <QJsonArray>
#include <QJsonDocument>
#include <core/notify/noticemessage.h>
#include <core/views/requesttext.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace cs {
namespace {

QString subjectFor(const OutboxRow& row, const Request* r)
{
    const QString what = Notice::describe(row.event);
    if (!r)
        return QStringLiteral("[Countersign] %1").arg(what);
    return QStringLiteral("[Countersign] #%1 %2: %3").arg(r->id).arg(r->action, what);
}

QString htmlBlock(const QString& note, const QString& link, const QString& requestText)
{
    QString html = QStringLiteral("<p>%1</p>").arg(note.toHtmlEscaped());
    if (!link.isEmpty())
        html += QStringLiteral("<p><a href=\"%1\">Open request in Countersign</a> (%1)</p>").arg(link.toHtmlEscaped());
    if (!requestText.isEmpty())
        html += QStringLiteral("<pre style=\"font-family:monospace\">%1</pre>").arg(requestText.toHtmlEscaped());
    return html;
}

QString textBlock(const QString& note, const QString& link, const QString& requestText)
{
    QString text = note + QLatin1Char('\n');
    if (!link.isEmpty())
        text += QStringLiteral("\nOpen it in Countersign: %1\n").arg(link);
    if (!requestText.isEmpty())
        text += QLatin1Char('\n') + requestText;
    return text;
}

QString htmlPage(const QString& body)
{
    return QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>%1</body></html>").arg(body);
}

} // namespace

QString requestLink(qint64 requestId)
{
    return QStringLiteral("countersign://request/%1").arg(requestId);
}

NoticeMessage renderNotice(const OutboxRow& row, const RequestDetails* d)
{
    NoticeMessage m;
    const Request* r = d ? &d->request : nullptr;
    m.subject = subjectFor(row, r);
    m.link = r ? requestLink(r->id) : QString();
    const QString requestText = d ? requestAsText(*d) : QString();
    m.text = textBlock(row.note, m.link, requestText);
    m.html = htmlPage(htmlBlock(row.note, m.link, requestText));
    return m;
}

NoticeMessage renderDigest(const QList<QPair<OutboxRow, std::optional<RequestDetails>>>& items)
{
    NoticeMessage m;
    m.subject = QStringLiteral("[Countersign] Daily digest: %1 notice(s)").arg(items.size());
    QStringList texts;
    QString html;
    for (const auto& [row, d] : items) {
        const QString link = d ? requestLink(d->request.id) : QString();
        const QString requestText = d ? requestAsText(*d) : QString();
        texts << textBlock(row.note, link, requestText);
        html += htmlBlock(row.note, link, requestText) + QStringLiteral("<hr>");
    }
    m.text = texts.join(QStringLiteral("\n----------------------------------------\n\n"));
    m.html = htmlPage(html);
    return m;
}

QByteArray webhookBody(const QString& format, const OutboxRow& row, const NoticeMessage& message, const Request* r)
{
    QJsonObject body;
    const QString line = message.subject + QStringLiteral(" — ") + row.note;
    if (format == QStringLiteral("slack")) {
        body = { { QStringLiteral("text"),
                   message.link.isEmpty() ? line : line + QStringLiteral(" <%1|Open>").arg(message.link) } };
    } else if (format == QStringLiteral("teams")) {
        // The MessageCard format Teams' incoming webhooks accept.
        body = { { QStringLiteral("@type"), QStringLiteral("MessageCard") },
                 { QStringLiteral("@context"), QStringLiteral("https://schema.org/extensions") },
                 { QStringLiteral("summary"), message.subject },
                 { QStringLiteral("title"), message.subject },
                 { QStringLiteral("text"),
                   message.link.isEmpty() ? row.note : row.note + QStringLiteral(" (%1)").arg(message.link) } };
    } else {
        body = { { QStringLiteral("delivery"), QString::number(row.id) },
                 { QStringLiteral("event"), row.event },
                 { QStringLiteral("auditSeq"), QString::number(row.auditSeq) },
                 { QStringLiteral("summary"), message.subject },
                 { QStringLiteral("note"), row.note } };
        if (r) {
            body.insert(QStringLiteral("request"),
                        QJsonObject { { QStringLiteral("id"), r->id },
                                      { QStringLiteral("action"), r->action },
                                      { QStringLiteral("requester"), r->requester },
                                      { QStringLiteral("state"), stateName(r->state) },
                                      { QStringLiteral("targets"), QJsonArray::fromStringList(r->targets) },
                                      { QStringLiteral("link"), message.link } });
        }
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QString hmacSha256Hex(const QByteArray& key, const QByteArray& body)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!HMAC(EVP_sha256(), key.constData(), int(key.size()), reinterpret_cast<const unsigned char*>(body.constData()),
              size_t(body.size()), out, &length))
        return {};
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(out), int(length)).toHex());
}

} // namespace cs
