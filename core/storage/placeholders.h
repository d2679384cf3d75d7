#pragma once

#include <QString>
#include <QStringList>

namespace cs {

// "?, ?, ?": the bound placeholders of an IN (...) list, or of a row of `n` values. Every value
// is bound, never written into the SQL.
inline QString placeholders(qsizetype n)
{
    return QStringList(n, QStringLiteral("?")).join(QStringLiteral(", "));
}

} // namespace cs
