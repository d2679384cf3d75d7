#pragma once

#include <QJsonObject>
#include <core/common/result.h>

namespace cs::report {

// The evidence of one request (Json::evidence) as printable HTML and as a PDF: the same document as
// the JSON, laid out for a person, in the application's language.
QString evidenceHtml(const QJsonObject& evidence);
Status writeEvidencePdf(const QString& path, const QJsonObject& evidence);

// Helpers the period report shares.
QString tableRow(const QString& label, const QString& valueHtml);
QString verificationHtml(const QJsonObject& verification);

} // namespace cs::report
