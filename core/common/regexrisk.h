#pragma once

#include <QString>

namespace cs {

// Whether a regular expression has the shapes that make a backtracking engine take exponential time
// on some inputs: a repeated group that itself repeats something ((a+)+, (a*)*, (\d+)*) or whose
// alternatives can match the same text ((a|a)*, (a|ab)+). A static heuristic for warnings: it finds
// the usual mistakes, not every slow pattern. Evaluation still fails closed when PCRE2 gives up.
bool mayBacktrackCatastrophically(const QString& pattern);

} // namespace cs
