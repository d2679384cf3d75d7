#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>
#include <core/requests/request.h>
#include <core/requests/requestsearch.h>
#include <core/requests/requeststore.h>

namespace cs {

namespace {

bool contains(const QString& haystack, const QString& needle)
{
    return haystack.contains(needle, Qt::CaseInsensitive);
}

bool valueMatches(const QJsonValue& value, const QString& text)
{
    if (isSecretCommitment(value))
        return false;
    switch (value.type()) {
    case QJsonValue::String:
        return contains(value.toString(), text);
    case QJsonValue::Double:
        return contains(QString::number(value.toDouble(), 'g', 17), text);
    case QJsonValue::Bool:
        return contains(value.toBool() ? QStringLiteral("true") : QStringLiteral("false"), text);
    case QJsonValue::Array: {
        const QJsonArray items = value.toArray();
        return std::any_of(items.begin(), items.end(), [&text](const QJsonValue& v) { return valueMatches(v, text); });
    }
    default:
        return false;
    }
}

// LIKE's wildcards in what was typed are meant literally. The databases' LOWER() folds only ASCII
// (SQLite's always), so a letter beyond ASCII matches any one character here: the SQL is a coarse
// filter and keepMatching() decides, folding case as Qt does ("özdemir" finds "Özdemir").
QString likePattern(const QString& text)
{
    QString escaped;
    for (const QChar c : text.toLower()) {
        if (c == QLatin1Char('!') || c == QLatin1Char('%') || c == QLatin1Char('_'))
            escaped += QLatin1Char('!') + c;
        else if (c.unicode() > 0x7f)
            escaped += QLatin1Char('_');
        else
            escaped += c;
    }
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// Each word on its own: "Maria Lopez" finds a request whose given name is Maria and surname Lopez.
QStringList wordsOf(const QString& text)
{
    return text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
}

bool wordMatches(const Request& request, const QString& word)
{
    QString number = word;
    if (number.startsWith(QLatin1Char('#')))
        number.remove(0, 1);
    if (QString::number(request.id) == number)
        return true;
    if (contains(request.action, word) || contains(request.requester, word) || contains(request.comment, word)
        || contains(request.behalfOf, word) || contains(request.ticket, word))
        return true;
    for (const QString& target : request.targets)
        if (contains(target, word))
            return true;
    for (auto it = request.parameters.begin(); it != request.parameters.end(); ++it)
        if (valueMatches(it.value(), word))
            return true;
    return false;
}

} // namespace

bool requestMatches(const Request& request, const QString& text)
{
    const QStringList words = wordsOf(text);
    return std::all_of(words.begin(), words.end(),
                       [&request](const QString& word) { return wordMatches(request, word); });
}

void addSearchCondition(const QString& text, QString* sql, QVariantList* values)
{
    for (const QString& word : wordsOf(text)) {
        QString number = word;
        if (number.startsWith(QLatin1Char('#')))
            number.remove(0, 1);
        bool isNumber = false;
        const qint64 id = number.toLongLong(&isNumber);
        const QString pattern = likePattern(word);
        *sql += QStringLiteral(" AND (LOWER(r.action) LIKE ? ESCAPE '!' OR LOWER(r.requester) LIKE ? ESCAPE '!'"
                               " OR LOWER(r.comment) LIKE ? ESCAPE '!' OR LOWER(r.targets) LIKE ? ESCAPE '!'"
                               " OR LOWER(r.parameters) LIKE ? ESCAPE '!' OR LOWER(r.behalf_of) LIKE ? ESCAPE '!'"
                               " OR LOWER(r.ticket) LIKE ? ESCAPE '!' OR r.id = ?)");
        *values << pattern << pattern << pattern << pattern << pattern << pattern << pattern
                << (isNumber ? id : qint64(-1));
    }
}

void keepMatching(RequestPage* page, const QString& text)
{
    if (wordsOf(text).isEmpty())
        return;
    page->requests.removeIf([&text](const Request& r) { return !requestMatches(r, text); });
}

} // namespace cs
