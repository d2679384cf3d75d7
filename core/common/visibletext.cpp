#include <QChar>
#include <core/common/visibletext.h>

namespace cs {
namespace {

template<typename F> void forEachCodePoint(QStringView text, F&& f)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            if (!f(c, text.mid(i, 2)))
                return;
            ++i;
            continue;
        }
        if (!f(c, text.mid(i, 1)))
            return;
    }
}

QString hex(char32_t c, int digits)
{
    return QStringLiteral("%1").arg(uint(c), digits, 16, QLatin1Char('0')).toUpper();
}

} // namespace

bool isInvisibleCharacter(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    return category == QChar::Other_Format || category == QChar::Separator_Line
        || category == QChar::Separator_Paragraph;
}

std::optional<char32_t> firstInvisibleCharacter(QStringView text)
{
    std::optional<char32_t> found;
    forEachCodePoint(text, [&](char32_t c, QStringView) {
        if (isInvisibleCharacter(c))
            found = c;
        return !found;
    });
    return found;
}

QString escapeInvisibleCharacters(QStringView text)
{
    QString out;
    out.reserve(text.size());
    forEachCodePoint(text, [&](char32_t c, QStringView units) {
        if (!isInvisibleCharacter(c))
            out += units;
        else if (c <= 0xFFFF)
            out += QStringLiteral("\\u") + hex(c, 4);
        else
            out += QStringLiteral("\\U") + hex(c, 8);
        return true;
    });
    return out;
}

QString codePointName(char32_t c)
{
    return QStringLiteral("U+") + hex(c, 4);
}

} // namespace cs
