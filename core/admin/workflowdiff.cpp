#include <QJsonDocument>
#include <core/admin/workflowdiff.h>

namespace cs {

QStringList workflowPolicyLines(const Policy& policy)
{
    // QJsonDocument sorts object keys, so equal policies give equal lines.
    const QString text = QString::fromUtf8(QJsonDocument(policy.toJson()).toJson(QJsonDocument::Indented));
    QStringList lines = text.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

QList<DiffLine> diffLines(const QStringList& from, const QStringList& to)
{
    // Policies are a few hundred lines at most, so the quadratic table is small.
    const qsizetype n = from.size();
    const qsizetype m = to.size();
    QList<QList<int>> common(n + 1, QList<int>(m + 1, 0));
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            common[i][j] = from.at(i) == to.at(j) ? common[i + 1][j + 1] + 1 : qMax(common[i + 1][j], common[i][j + 1]);
    QList<DiffLine> out;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && from.at(i) == to.at(j)) {
            out.append({ DiffLine::Kind::Same, from.at(i) });
            ++i;
            ++j;
        } else if (i < n && (j == m || common[i + 1][j] >= common[i][j + 1])) {
            out.append({ DiffLine::Kind::Removed, from.at(i++) }); // removals first, as diff(1) shows them
        } else {
            out.append({ DiffLine::Kind::Added, to.at(j++) });
        }
    }
    return out;
}

QList<DiffLine> workflowDiff(const Policy& from, const Policy& to)
{
    return diffLines(workflowPolicyLines(from), workflowPolicyLines(to));
}

} // namespace cs
