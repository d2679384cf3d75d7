#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace cs::Csv {

// One cell as RFC 4180 writes it (quoted when it holds a comma, quote, CR or LF; quotes doubled),
// after neutralising a formula: a cell that starts with =, +, -, @, a tab or a carriage return
// gets a leading apostrophe, so a spreadsheet shows it as text instead of running it.
QString cell(const QString& value);

// The whole document: UTF-8 with a byte order mark (so spreadsheet programs read UTF-8), CRLF
// line ends.
QByteArray document(const QList<QStringList>& rows);

} // namespace cs::Csv
