#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonParseError>
#include <algorithm>
#include <array>
#include <core/common/canonicaljson.h>
#include <core/common/coretext.h>
#include <cstring>
#include <memory>
#include <openssl/evp.h>
#include <openssl/sha.h>

namespace cs {

QByteArray canonicalJson(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray canonicalJson(const QJsonArray& array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

namespace {

// The implementation fetched once: OpenSSL 3's one-shot SHA256() looks it up on every call under
// a process-wide lock, which showed as the top cost when two threads hash audit entries.
const EVP_MD* sha256Implementation()
{
    static EVP_MD* const md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return md;
}

} // namespace

bool sha256Raw(const char* data, size_t size, unsigned char* digest)
{
    thread_local const std::unique_ptr<EVP_MD_CTX, void (*)(EVP_MD_CTX*)> context(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    const EVP_MD* md = sha256Implementation();
    unsigned int length = 0;
    return md && context && EVP_DigestInit_ex2(context.get(), md, nullptr) == 1
        && EVP_DigestUpdate(context.get(), data, size) == 1 && EVP_DigestFinal_ex(context.get(), digest, &length) == 1
        && length == SHA256_DIGEST_LENGTH;
}

QString sha256Hex(const QByteArray& bytes)
{
    unsigned char digest[SHA256_DIGEST_LENGTH];
    if (!sha256Raw(bytes.constData(), size_t(bytes.size()),
                   digest)) // libcrypto unusable (no default provider): Qt's own, same result
        return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    char hex[2 * SHA256_DIGEST_LENGTH];
    writeHex(digest, sizeof digest, hex);
    return QString::fromLatin1(hex, sizeof hex);
}

void writeHex(const unsigned char* bytes, size_t size, char* out)
{
    // A byte's two digits at once: audit verify spells a digest for each of a million entries.
    static constexpr std::array<char, 512> kPairs = [] {
        std::array<char, 512> t {};
        constexpr char kHex[] = "0123456789abcdef";
        for (size_t b = 0; b < 256; ++b) {
            t[2 * b] = kHex[b >> 4];
            t[2 * b + 1] = kHex[b & 0xf];
        }
        return t;
    }();
    for (size_t i = 0; i < size; ++i)
        std::memcpy(out + 2 * i, &kPairs[2 * size_t(bytes[i])], 2);
}

bool appendJsonString(QByteArray& out, QStringView s)
{
    // Written through a pointer into room for the worst ASCII case (every character escaped),
    // trimmed at the end: this runs for every field of every entry audit verify checks.
    qsizetype at = out.size();
    out.resize(at + 2 + 2 * s.size());
    char* d = out.data() + at;
    *d++ = '"';
    const char16_t* p = s.utf16();
    const char16_t* const end = p + s.size();
    while (p != end) {
        const char16_t c = *p;
        if (c < 0x80) {
            if (c < 0x20)
                return false;
            if (c == u'"' || c == u'\\')
                *d++ = '\\';
            *d++ = char(c);
            ++p;
            continue;
        }
        const char16_t* run = p;
        while (p != end && *p >= 0x80)
            ++p;
        const QStringView wide(run, p);
        if (!wide.isValidUtf16())
            return false;
        const QByteArray utf8 = wide.toUtf8();
        at = d - out.data();
        out.resize(at + utf8.size() + 1 + 2 * (end - p));
        d = std::copy(utf8.cbegin(), utf8.cend(), out.data() + at);
    }
    *d++ = '"';
    out.resize(d - out.data());
    return true;
}

TextPosition textPosition(const QByteArray& text, qsizetype offset)
{
    TextPosition at;
    const qsizetype end = qBound(qsizetype(0), offset, text.size());
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < end; ++i)
        if (text.at(i) == '\n') {
            ++at.line;
            lineStart = i + 1;
        }
    // Characters, not bytes: "ü" is one column.
    at.column = int(QString::fromUtf8(text.constData() + lineStart, end - lineStart).size()) + 1;
    return at;
}

bool parseJsonObject(const QByteArray& text, QJsonObject* out, QString* error)
{
    return parseJsonObject(text, out, error, nullptr);
}

bool parseJsonObject(const QByteArray& text, QJsonObject* out, QString* error, TextPosition* where)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt's offset is just past the character it stumbled on; people want that character.
        const TextPosition at = textPosition(text, qMax(0, parseError.offset - 1));
        if (where)
            *where = at;
        *error = CoreText::tr("invalid JSON at line %1, column %2: %3")
                     .arg(at.line)
                     .arg(at.column)
                     .arg(parseError.errorString());
        return false;
    }
    if (!doc.isObject()) {
        *error = CoreText::tr("expected a JSON object at the top level");
        return false;
    }
    *out = doc.object();
    return true;
}

} // namespace cs
