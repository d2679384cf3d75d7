#include <agent/apilanguage.h>
#include <agent/requesthead.h>
#include <cstring>

namespace cs::agent {
namespace {

constexpr int kMaxHeaders = 64;

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
              || (c != 0 && std::strchr("!#$%&'*+-.^_`|~", c) != nullptr)))
            return false;
    return true;
}

bool isFieldValue(QByteArrayView text)
{
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t') || u == 0x7f)
            return false;
    }
    return true;
}

bool isDigits(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 18)
        return false;
    for (char c : text)
        if (c < '0' || c > '9')
            return false;
    return true;
}

RequestHead refused(int status, const QString& why)
{
    RequestHead r;
    r.refusal = status;
    r.why = why;
    r.keepAlive = false;
    return r;
}

RequestHead malformed()
{
    return refused(400, AgentText::tr("The request is malformed."));
}

} // namespace

RequestHead RequestHead::parse(const QByteArray& head)
{
    if (head.contains('\0'))
        return malformed();
    QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) { // CRLF only: a bare CR or LF is refused
        if (!lines[i].endsWith('\r'))
            return malformed();
        lines[i].chop(1);
    }
    for (const QByteArray& line : std::as_const(lines))
        if (line.isEmpty() || line.contains('\r'))
            return malformed();
    const QList<QByteArray> requestLine = lines.first().split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine[0]) || !requestLine[1].startsWith('/'))
        return malformed();
    for (char c : requestLine[1])
        if (c <= 0x20 || c >= 0x7f)
            return malformed();
    const QByteArray& version = requestLine[2];
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        const bool otherVersion = version.size() == 8 && version.startsWith("HTTP/") && version[6] == '.';
        return refused(otherVersion ? 505 : 400, AgentText::tr("Only HTTP/1.1 and HTTP/1.0 are served."));
    }
    if (lines.size() - 1 > kMaxHeaders)
        return refused(431, AgentText::tr("The request has more than %1 headers.").arg(kMaxHeaders));

    RequestHead r;
    r.request.method = requestLine[0];
    const qsizetype query = requestLine[1].indexOf('?');
    r.request.path = query < 0 ? requestLine[1] : requestLine[1].left(query);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray& line = lines[i];
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(QByteArrayView(line).first(colon))) // also refuses obsolete line folding
            return malformed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (!isFieldValue(value))
            return malformed();
        r.request.headers.append({ line.left(colon).toLower(), value });
    }
    int lengths = 0;
    int encodings = 0;
    bool host = false;
    for (const auto& [name, value] : std::as_const(r.request.headers)) {
        if (name == "content-length" && (++lengths > 1 || !isDigits(value)))
            return malformed();
        if (name == "transfer-encoding" && (++encodings > 1 || value.compare("chunked", Qt::CaseInsensitive) != 0))
            return refused(501, AgentText::tr("Only the chunked transfer coding is understood."));
        host = host || name == "host";
    }
    if ((lengths > 0 && encodings > 0) || (version == "HTTP/1.1" && !host))
        return malformed();
    r.chunked = encodings > 0;
    r.contentLength = lengths > 0 ? r.request.header("content-length").toLongLong() : 0;
    const QByteArray connection = r.request.header("connection").toLower();
    r.keepAlive = version == "HTTP/1.1" ? !connection.contains("close") : connection.contains("keep-alive");
    r.expectsContinue = r.request.header("expect").compare("100-continue", Qt::CaseInsensitive) == 0;
    return r;
}

} // namespace cs::agent
