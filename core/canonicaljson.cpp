#include "canonicaljson.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <openssl/sha.h>

#include <algorithm>

namespace cs {

QByteArray canonicalJson(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray canonicalJson(const QJsonArray& array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QString sha256Hex(const QByteArray& bytes)
{
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char*>(bytes.constData()), size_t(bytes.size()), digest);
    static constexpr char kHex[] = "0123456789abcdef";
    QString hex(2 * SHA256_DIGEST_LENGTH, Qt::Uninitialized);
    QChar* out = hex.data();
    for (unsigned char byte : digest) {
        *out++ = QLatin1Char(kHex[byte >> 4]);
        *out++ = QLatin1Char(kHex[byte & 0xf]);
    }
    return hex;
}

bool appendJsonString(QByteArray& out, QStringView s)
{
    out.append('"');
    const char16_t* p = s.utf16();
    const char16_t* const end = p + s.size();
    while (p != end) {
        const char16_t* run = p;
        while (p != end && *p >= 0x20 && *p < 0x80 && *p != u'"' && *p != u'\\')
            ++p;
        if (p != run) {
            const qsizetype at = out.size();
            out.resize(at + (p - run));
            std::copy(run, p, out.data() + at); // ASCII: each UTF-16 unit is its byte
        }
        if (p == end)
            break;
        if (*p == u'"' || *p == u'\\') {
            out.append('\\').append(char(*p++));
        } else if (*p < 0x20) {
            return false;
        } else {
            run = p;
            while (p != end && *p >= 0x80)
                ++p;
            const QStringView wide(run, p);
            if (!wide.isValidUtf16())
                return false;
            out.append(wide.toUtf8());
        }
    }
    out.append('"');
    return true;
}

bool parseJsonObject(const QByteArray& text, QJsonObject* out, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("invalid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString());
        return false;
    }
    if (!doc.isObject()) {
        *error = QStringLiteral("expected a JSON object at the top level");
        return false;
    }
    *out = doc.object();
    return true;
}

} // namespace cs
