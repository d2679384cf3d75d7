#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <agent/noticetransport.h>
#include <core/notify/noticemessage.h>
#include <curl/curl.h>
#include <memory>

namespace cs::agent {
namespace {

struct CurlDeleter
{
    void operator()(CURL* c) const { curl_easy_cleanup(c); }
};
struct SlistDeleter
{
    void operator()(curl_slist* l) const { curl_slist_free_all(l); }
};
struct MimeDeleter
{
    void operator()(curl_mime* m) const { curl_mime_free(m); }
};
using CurlHandle = std::unique_ptr<CURL, CurlDeleter>;
using Slist = std::unique_ptr<curl_slist, SlistDeleter>;

void append(Slist& list, const QString& line)
{
    curl_slist* grown = curl_slist_append(list.get(), line.toUtf8().constData());
    if (grown) {
        static_cast<void>(list.release());
        list.reset(grown);
    }
}

// RFC 2047 for a header holding anything but printable ASCII.
QString headerText(const QString& text)
{
    for (QChar c : text)
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return QStringLiteral("=?UTF-8?B?%1?=").arg(QString::fromLatin1(text.toUtf8().toBase64()));
    return text;
}

size_t discard(char*, size_t size, size_t count, void*)
{
    return size * count;
}

QString curlError(CURLcode code, const char* detail)
{
    const QString text = QString::fromUtf8(detail);
    return text.isEmpty() ? QString::fromUtf8(curl_easy_strerror(code)) : text;
}

struct GlobalInit
{
    GlobalInit() { curl_global_init(CURL_GLOBAL_DEFAULT); }
};

} // namespace

NoticeTransportSettings NoticeTransportSettings::fromEnvironment()
{
    NoticeTransportSettings s;
    s.smtpUrl = qEnvironmentVariable("COUNTERSIGN_SMTP_URL");
    s.smtpFrom = qEnvironmentVariable("COUNTERSIGN_SMTP_FROM", QStringLiteral("countersign@localhost"));
    s.smtpUser = qEnvironmentVariable("COUNTERSIGN_SMTP_USER");
    s.smtpPassword = qEnvironmentVariable("COUNTERSIGN_SMTP_PASSWORD");
    s.requireTls = qEnvironmentVariable("COUNTERSIGN_SMTP_REQUIRE_TLS") == QStringLiteral("1");
    s.webhookSecret = qgetenv("COUNTERSIGN_WEBHOOK_SECRET");
    return s;
}

NoticeTransport::NoticeTransport(NoticeTransportSettings settings)
    : m_settings(std::move(settings))
{
    static GlobalInit once;
}

NoticeTransport::~NoticeTransport()
{
    if (m_mailHandle)
        curl_easy_cleanup(static_cast<CURL*>(m_mailHandle));
}

Status NoticeTransport::sendMail(const MailMessage& m)
{
    if (m_settings.smtpUrl.isEmpty())
        return Error::invalid(QStringLiteral("No SMTP server is configured (COUNTERSIGN_SMTP_URL)."));
    // The address goes into the envelope and a header: nothing that could end or add a line.
    static const QRegularExpression plainAddress(QStringLiteral("^[^\\s<>,;\\\\\"]+@[^\\s<>,;\\\\\"]+$"));
    if (!plainAddress.match(m.to).hasMatch())
        return Error::invalid(QStringLiteral("\"%1\" is not a plain e-mail address.").arg(m.to));
    if (!m_mailHandle)
        m_mailHandle = curl_easy_init();
    if (!m_mailHandle)
        return Error::storage(QStringLiteral("libcurl could not start a transfer."));
    CURL* c = static_cast<CURL*>(m_mailHandle);
    curl_easy_reset(c); // options from the last mail go; its open connection stays
    char detail[CURL_ERROR_SIZE] = {};
    const QByteArray url = m_settings.smtpUrl.toUtf8();
    const QByteArray from = QStringLiteral("<%1>").arg(m_settings.smtpFrom).toUtf8();
    const QByteArray user = m_settings.smtpUser.toUtf8();
    const QByteArray password = m_settings.smtpPassword.toUtf8();
    curl_easy_setopt(c, CURLOPT_URL, url.constData());
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, detail);
    curl_easy_setopt(c, CURLOPT_MAIL_FROM, from.constData());
    Slist rcpt;
    append(rcpt, QStringLiteral("<%1>").arg(m.to));
    curl_easy_setopt(c, CURLOPT_MAIL_RCPT, rcpt.get());
    // STARTTLS when the server offers it; required if so configured (smtps:// is TLS from the start).
    curl_easy_setopt(c, CURLOPT_USE_SSL, long(m_settings.requireTls ? CURLUSESSL_ALL : CURLUSESSL_TRY));
    if (!user.isEmpty()) {
        curl_easy_setopt(c, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(c, CURLOPT_PASSWORD, password.constData());
    }
    curl_easy_setopt(c, CURLOPT_TIMEOUT, long(m_settings.timeoutSeconds));
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);

    Slist headers;
    append(headers, QStringLiteral("From: Countersign <%1>").arg(m_settings.smtpFrom));
    append(headers, QStringLiteral("To: <%1>").arg(m.to));
    append(headers, QStringLiteral("Subject: %1").arg(headerText(m.subject)));
    append(headers, QStringLiteral("Message-ID: <%1>").arg(m.messageId));
    append(headers,
           QStringLiteral("Date: %1")
               .arg(QLocale::c().toString(QDateTime::currentDateTimeUtc(),
                                          QStringLiteral("ddd, dd MMM yyyy hh:mm:ss +0000"))));
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers.get());

    // multipart/alternative: the plain text first, the HTML after it (libcurl's MIME API).
    std::unique_ptr<curl_mime, MimeDeleter> mime(curl_mime_init(c));
    curl_mime* alternative = curl_mime_init(c);
    const QByteArray text = m.text.toUtf8();
    const QByteArray html = m.html.toUtf8();
    curl_mimepart* part = curl_mime_addpart(alternative);
    curl_mime_data(part, text.constData(), size_t(text.size()));
    curl_mime_type(part, "text/plain; charset=utf-8");
    curl_mime_encoder(part, "quoted-printable");
    part = curl_mime_addpart(alternative);
    curl_mime_data(part, html.constData(), size_t(html.size()));
    curl_mime_type(part, "text/html; charset=utf-8");
    curl_mime_encoder(part, "quoted-printable");
    part = curl_mime_addpart(mime.get());
    curl_mime_subparts(part, alternative); // owned by mime from here on
    curl_mime_type(part, "multipart/alternative");
    Slist partHeaders;
    append(partHeaders, QStringLiteral("Content-Disposition: inline"));
    curl_mime_headers(part, partHeaders.release(), 1);
    curl_easy_setopt(c, CURLOPT_MIMEPOST, mime.get());

    const CURLcode code = curl_easy_perform(c);
    if (code != CURLE_OK)
        return Error::storage(
            QStringLiteral("The mail to %1 was not accepted: %2.").arg(m.to, curlError(code, detail)));
    return {};
}

Status NoticeTransport::postWebhook(const QString& url, const QByteArray& body, const QString& deliveryId,
                                    const QString& event, const QList<QPair<QByteArray, QByteArray>>& extraHeaders,
                                    const QByteArray& secret) const
{
    CurlHandle curl(curl_easy_init());
    if (!curl)
        return Error::storage(QStringLiteral("libcurl could not start a transfer."));
    CURL* c = curl.get();
    char detail[CURL_ERROR_SIZE] = {};
    const QByteArray address = url.toUtf8();
    curl_easy_setopt(c, CURLOPT_URL, address.constData());
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, detail);
    curl_easy_setopt(c, CURLOPT_POST, 1L);
    curl_easy_setopt(c, CURLOPT_POSTFIELDS, body.constData());
    curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE, long(body.size()));
    curl_easy_setopt(c, CURLOPT_TIMEOUT, long(m_settings.timeoutSeconds));
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, discard);
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
    Slist headers;
    append(headers, QStringLiteral("Content-Type: application/json"));
    append(headers, QStringLiteral("X-Countersign-Event: %1").arg(event));
    append(headers, QStringLiteral("X-Countersign-Delivery: %1").arg(deliveryId));
    for (const auto& [name, value] : extraHeaders)
        append(headers, QString::fromUtf8(name + ": " + value));
    const QByteArray key = secret.isEmpty() ? m_settings.webhookSecret : secret;
    if (!key.isEmpty())
        append(headers, QStringLiteral("X-Countersign-Signature: sha256=%1").arg(hmacSha256Hex(key, body)));
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers.get());
    const CURLcode code = curl_easy_perform(c);
    if (code != CURLE_OK)
        return Error::storage(QStringLiteral("The webhook call failed: %1.").arg(curlError(code, detail)));
    long status = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
    if (status < 200 || status > 299)
        return Error::storage(QStringLiteral("The webhook answered HTTP %1.").arg(status));
    return {};
}

} // namespace cs::agent
