#pragma once

#include <QStringList>
#include <core/policy/policy.h>

namespace cs {

// One line of a diff between two workflow revisions, as admins read it.
struct DiffLine
{
    enum class Kind { Same, Removed, Added };
    Kind kind = Kind::Same;
    QString text;
};

// A policy as the lines a diff compares: its JSON, indented, keys sorted.
QStringList workflowPolicyLines(const Policy& policy);
// The lines of `from` and `to` in order, each kept, removed or added (a longest common subsequence).
QList<DiffLine> diffLines(const QStringList& from, const QStringList& to);
// What changed from one revision's policy to another's.
QList<DiffLine> workflowDiff(const Policy& from, const Policy& to);

} // namespace cs
