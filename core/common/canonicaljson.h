#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

namespace cs {

// Compact JSON with object keys in sorted order (QJsonObject keeps them sorted): the same
// value always encodes to the same bytes, which is what digests and the hash chain need.
QByteArray canonicalJson(const QJsonObject& object);
QByteArray canonicalJson(const QJsonArray& array);

// SHA-256 through libcrypto, which uses the CPU's SHA instructions where it has them: the audit
// chain hashes every entry on every verify, and Qt's portable implementation is 5x slower.
QString sha256Hex(const QByteArray& bytes);
// The same digest as 32 raw bytes into `digest`; false when libcrypto cannot hash (no default
// provider), for callers with their own fallback. Lock-free: the implementation is fetched once.
bool sha256Raw(const char* data, size_t size, unsigned char* digest);
// A digest's bytes as sha256Hex spells them: two lower-case hex digits a byte into `out`.
void writeHex(const unsigned char* bytes, size_t size, char* out);

// Appends `s` as a JSON string exactly as QJsonDocument's compact form writes it, for building
// canonical text without a QJsonObject. Returns false (having appended nothing useful) for text
// whose encoding it does not reproduce with certainty -- control characters and broken UTF-16 --
// so the caller can fall back to QJsonDocument.
bool appendJsonString(QByteArray& out, QStringView s);

// A place in a text, counted from 1 as editors do.
struct TextPosition
{
    int line = 1;
    int column = 1;
};

// Where byte `offset` of the UTF-8 `text` is (a QJsonParseError's offset, for people: line and column).
TextPosition textPosition(const QByteArray& text, qsizetype offset);

// Parses a JSON object, or explains in one sentence why the text is not one (a syntax error by
// line and column; `where`, when given, receives that position).
bool parseJsonObject(const QByteArray& text, QJsonObject* out, QString* error, TextPosition* where);
bool parseJsonObject(const QByteArray& text, QJsonObject* out, QString* error);

} // namespace cs
