#pragma once

#include <QString>
#include <core/common/result.h>

namespace cs::ui {

// countersign://request/NUMBER, the links the desktop entry hands the client (shared by e-mail,
// chat, tickets): the request number, or one sentence saying why the text is not such a link.
Result<qint64> requestIdFromLink(const QString& link);

} // namespace cs::ui
