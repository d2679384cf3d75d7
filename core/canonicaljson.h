#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

namespace cs {

// Compact JSON with object keys in sorted order (QJsonObject keeps them sorted): the same
// value always encodes to the same bytes, which is what digests and the hash chain need.
QByteArray canonicalJson(const QJsonObject& object);
QByteArray canonicalJson(const QJsonArray& array);

QString sha256Hex(const QByteArray& bytes);

// Parses a JSON object, or explains in one sentence why the text is not one.
bool parseJsonObject(const QByteArray& text, QJsonObject* out, QString* error);

} // namespace cs
