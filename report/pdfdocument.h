#pragma once

#include <QString>
#include <core/common/result.h>

namespace cs::report {

// Writes HTML as an A4 PDF with numbered pages (QTextDocument paginates; QPdfWriter writes). Needs a
// QGuiApplication (fonts).
Status writePdf(const QString& path, const QString& title, const QString& html);

// Text for HTML: escaped, line breaks kept.
QString html(const QString& text);

} // namespace cs::report
