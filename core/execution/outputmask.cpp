#include <QByteArray>
#include <QUrl>
#include <algorithm>
#include <core/execution/outputmask.h>

namespace cs {
namespace {

// Shorter encoded fragments would also hide innocent output and give away little: a base64 core
// of 4 characters carries 3 bytes of the secret.
constexpr int kShortestCore = 4;

// The base64 characters that depend only on the secret's bytes when they follow `offset` other
// bytes in a longer encoded text: base64 character i covers bits [6i, 6i + 6) of the input.
QByteArray stableCore(const QByteArray& secret, int offset)
{
    const QByteArray padded = QByteArray(offset, '\0') + secret + QByteArray(2, '\0');
    const QByteArray encoded = padded.toBase64(QByteArray::OmitTrailingEquals);
    const int first = (8 * offset + 5) / 6;
    const int end = 8 * (offset + int(secret.size())) / 6; // one past the last character fully inside
    return end - first >= kShortestCore ? encoded.mid(first, end - first) : QByteArray();
}

void addBase64(const QByteArray& secret, QStringList* out)
{
    QList<QByteArray> forms { secret.toBase64(), secret.toBase64(QByteArray::OmitTrailingEquals) };
    for (int offset = 0; offset < 3; ++offset)
        forms << stableCore(secret, offset);
    for (const QByteArray& form : forms) {
        if (form.isEmpty())
            continue;
        *out << QString::fromLatin1(form);
        // URL-safe base64 differs only in these two characters.
        *out << QString::fromLatin1(QByteArray(form).replace('+', '-').replace('/', '_'));
    }
}

void addPercentEncoded(const QByteArray& secret, QStringList* out)
{
    for (const QByteArray& form :
         { QUrl::toPercentEncoding(QString::fromUtf8(secret)), QByteArray(secret).toPercentEncoding() }) {
        *out << QString::fromLatin1(form) << QString::fromLatin1(form).toLower();
        // Forms write a space as '+'.
        *out << QString::fromLatin1(form).replace(QLatin1String("%20"), QLatin1String("+"));
    }
    // Every byte encoded, as some encoders do.
    QString all;
    for (const char c : secret)
        all += QStringLiteral("%%1").arg(quint8(c), 2, 16, QLatin1Char('0'));
    *out << all << all.toUpper();
}

} // namespace

OutputMask::OutputMask(const QStringList& secrets)
{
    for (const QString& secret : secrets) {
        if (secret.isEmpty())
            continue;
        const QByteArray bytes = secret.toUtf8();
        m_patterns << secret;
        addBase64(bytes, &m_patterns);
        addPercentEncoded(bytes, &m_patterns);
        m_patterns << QString::fromLatin1(bytes.toHex()) << QString::fromLatin1(bytes.toHex()).toUpper();
    }
    m_patterns.removeAll(QString());
    m_patterns.removeDuplicates();
    // Longest first: a whole encoding goes before the core inside it, leaving nothing of it behind.
    std::stable_sort(m_patterns.begin(), m_patterns.end(),
                     [](const QString& a, const QString& b) { return a.size() > b.size(); });
}

QString OutputMask::apply(QString text) const
{
    for (const QString& pattern : m_patterns)
        text.replace(pattern, Mask);
    return text;
}

} // namespace cs
