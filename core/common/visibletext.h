#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace cs {

// Characters that change how text reads without showing themselves: the bidirectional controls
// (U+202A-U+202E, U+2066-U+2069, U+200E/U+200F, U+061C), every other format character (Unicode
// category Cf: zero-width space and joiners, soft hyphen, byte order mark, tags...) and the line and
// paragraph separators. With them an approver can be shown one text while another runs.
bool isInvisibleCharacter(char32_t c);

// The first such character in the text, if any.
std::optional<char32_t> firstInvisibleCharacter(QStringView text);

// The text with each such character written as \uXXXX (\UXXXXXXXX beyond the BMP), for every place
// a person inspects a value before it runs.
QString escapeInvisibleCharacters(QStringView text);

// "U+202E", for messages.
QString codePointName(char32_t c);

} // namespace cs
