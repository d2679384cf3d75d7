#pragma once

#include <QJsonArray>
#include <core/requests/requestfeedback.h>

namespace cs {

// Feedback as `show --json` and `show` render it: apart from decisions, and saying it decides nothing.
namespace Json {
QJsonArray feedback(const QList<Feedback>& feedback);
}
// "Feedback (decides nothing): 2 up, 1 down" and a line per person; empty when there is none.
QString feedbackAsText(const QList<Feedback>& feedback);

} // namespace cs
