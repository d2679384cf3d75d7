#pragma once

#include <QString>
#include <QStringList>
#include <core/common/result.h>

namespace cs::report {

// Writes HTML as an A4 PDF with numbered pages (QTextDocument paginates; QPdfWriter writes). Needs a
// QGuiApplication (fonts). Sections each start a page.
Status writePdf(const QString& path, const QString& title, const QString& html);
Status writePdf(const QString& path, const QString& title, const QStringList& sections);

// Text for HTML: escaped, line breaks kept.
QString html(const QString& text);

} // namespace cs::report
