#pragma once

#include <QByteArrayView>
#include <QtGlobal>
#include <charconv>
#include <cstring>
#include <vector>

namespace cs {

// Writes canonical JSON text (as QJsonDocument's compact form spells it) straight from UTF-8
// bytes into room sized for the worst case, without decoding them: what hashing a million audit
// rows, or every request's stored texts, can afford. `exact` turns false at a control character,
// which the general writer escapes as \uXXXX: such a text takes the caller's slow path.
class CanonicalWriter
{
public:
    // `need`: the most bytes the text can take (every string byte escaped, numbers 20 digits).
    CanonicalWriter(std::vector<char>& room, size_t need)
    {
        if (room.size() < need)
            room.resize(need);
        m_start = m_at = room.data();
    }

    template<size_t N> void key(const char (&literal)[N]) { raw(QByteArrayView(literal, N - 1)); }
    // Bytes written as they are: a key, or a JSON value already in canonical form.
    void raw(QByteArrayView bytes)
    {
        std::memcpy(m_at, bytes.data(), size_t(bytes.size()));
        m_at += bytes.size();
    }
    void integer(qint64 value) { m_at = std::to_chars(m_at, m_at + 20, value).ptr; }
    // An integer as QString::number writes it, quoted (hashed texts hold such numbers as strings).
    void number(qint64 value)
    {
        *m_at++ = '"';
        integer(value);
        *m_at++ = '"';
    }
    void string(QByteArrayView s)
    {
        *m_at++ = '"';
        const char* p = s.data();
        const char* const end = p + s.size();
        // Eight bytes at a time while none of them needs a look: most text has few quotes.
        while (end - p >= 8) {
            quint64 word;
            std::memcpy(&word, p, 8);
            if (needsLook(word)) {
                for (const char* const stop = p + 8; p != stop; ++p)
                    put(*p);
            } else {
                std::memcpy(m_at, p, 8);
                m_at += 8;
                p += 8;
            }
        }
        for (; p != end; ++p)
            put(*p);
        *m_at++ = '"';
    }

    bool exact() const { return m_exact; }
    const char* data() const { return m_start; }
    size_t size() const { return size_t(m_at - m_start); }

private:
    // Whether any of the word's eight bytes is a quote, a backslash or a control character (the
    // classic zero-byte tests: exact about "any", which is all that is asked).
    static bool needsLook(quint64 word)
    {
        constexpr quint64 kOnes = 0x0101010101010101ULL;
        constexpr quint64 kHighs = 0x8080808080808080ULL;
        const auto hasZeroByte = [](quint64 x) { return (x - kOnes) & ~x & kHighs; };
        const quint64 controls = (word - kOnes * 0x20) & ~word & kHighs;
        return (hasZeroByte(word ^ (kOnes * '"')) | hasZeroByte(word ^ (kOnes * '\\')) | controls) != 0;
    }
    void put(char c)
    {
        if (static_cast<unsigned char>(c) < 0x20)
            m_exact = false;
        if (c == '"' || c == '\\')
            *m_at++ = '\\';
        *m_at++ = c;
    }

    char* m_start = nullptr;
    char* m_at = nullptr;
    bool m_exact = true;
};

} // namespace cs
